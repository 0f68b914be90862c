#pragma once

#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/tlsinfo.h"
#include "core/model/websocketrequest.h"
#include "core/vars/variablecontext.h"
#include "core/websocket/wstiming.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace wirescope {

class MessageLog;
class WireTap;

/// What the opening handshake looked like, kept for the connection info view.
struct WsHandshake
{
    QString url;                 ///< resolved URL actually connected to
    KeyValueList requestHeaders; ///< the handshake request headers we asked Qt to send
    int status = 0;              ///< 101 on success; the refusal status otherwise (0 = none)
    QString reason;
    KeyValueList responseHeaders;
    QByteArray refusalBody; ///< body of a refused upgrade, when one arrived
    /// What Qt 6.4 could not tell us about this handshake (e.g. that QWebSocket exposes
    /// neither the response headers nor a refusal's body); shown beside the details.
    QStringList limitations;
    QString subprotocol; ///< negotiated (empty = none)
    bool tls = false;
    TlsInfo tlsInfo;   ///< valid when tls
    WsTimings timings; ///< of this opening (filled when it opened or failed)
};

/// One live WebSocket connection built from a WebSocketRequest. Owns a QWebSocket.
/// Every frame and event goes to the MessageLog (owned by the session, outlives reconnects).
class WebSocketSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketSession)

public:
    enum class State { Closed, Connecting, Open, Closing, Reconnecting };
    Q_ENUM(State)

    explicit WebSocketSession(QObject *parent = nullptr);
    ~WebSocketSession() override;

    /// Validates @p request (scheme, header names/values, subprotocol tokens) with variables
    /// from @p context, then connects. Bad input is refused before any socket opens:
    /// errorOccurred(InvalidRequest) and the state stays Closed. Returns false then.
    bool open(const WebSocketRequest &request, const VariableContext &context = {});

    /// Text frame ({{variables}} are resolved with the context given to open()).
    bool sendText(const QString &text);
    /// Text frame sent exactly as given (no {{variable}} substitution): for protocols that
    /// encode their own frames on top of this session (Socket.IO).
    bool sendVerbatimText(const QString &text);
    bool sendBinary(const QByteArray &bytes);
    /// Sends a ping now; the round trip is reported through pongReceived().
    bool ping(const QByteArray &payload = {});
    /// Closes with @p code (1000 normal, 4000-4999 application) and @p reason.
    void close(int code = 1000, const QString &reason = {});

    /// Routes direct connections through @p tap (not owned; must outlive the session; null =
    /// direct), which measures the DNS lookup and the TCP connect of every opening. Takes
    /// effect from the next connection attempt.
    void setWireTap(WireTap *tap);

    /// For a TLS error the user accepted after seeing it: reconnect accepting it.
    void acceptTlsErrorsAndReconnect(const QList<IgnoredTlsError> &errors);

    State state() const { return m_state; }
    const WsHandshake &handshake() const { return m_handshake; }
    MessageLog *log() const { return m_log; }
    int closeCode() const { return m_closeCode; } ///< last close code (either side)
    QString closeReason() const { return m_closeReason; }
    bool closedByPeer() const { return m_closedByPeer; }
    qint64 lastRoundTripUs() const { return m_lastRoundTripUs; } ///< -1 before any pong

    /// Warnings from the last open() (unresolved {{variables}}, insecure TLS).
    QStringList warnings() const { return m_warnings; }

    static QString stateName(State state); ///< "closed", "connecting", ...
    /// Plain words for a close code: "normal closure", "abnormal closure (no close frame)",
    /// "application-defined (4000-4999)", ...
    static QString closeCodeName(int code);

Q_SIGNALS:
    void stateChanged(wirescope::WebSocketSession::State state);
    void opened(); ///< handshake done; handshake() is filled
    void closed(int code, const QString &reason, bool byPeer);
    void errorOccurred(const wirescope::Error &error);
    void pongReceived(qint64 roundTripUs);
    /// A text frame arrived (after it was logged): for protocols built on this session.
    void textReceived(const QString &text);
    /// A binary frame arrived (after it was logged).
    void binaryReceived(const QByteArray &bytes);

private:
    class Private;
    friend class Private;
    void setState(State state);
    bool canSend(); ///< true when open; else errorOccurred() says why not

    Private *d; // owned
    QStringList m_warnings;
    MessageLog *m_log = nullptr; // child
    State m_state = State::Closed;
    WsHandshake m_handshake;
    int m_closeCode = 0;
    QString m_closeReason;
    bool m_closedByPeer = false;
    qint64 m_lastRoundTripUs = -1;
};

} // namespace wirescope
