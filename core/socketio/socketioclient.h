#pragma once

#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/websocketrequest.h"
#include "core/socketio/engineiopacket.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace wirescope {

class MessageLog;
class WebSocketSession;
class WireTap;
struct SocketIoPacket;

/// What a Socket.IO connection is made of.
struct SocketIoOptions
{
    /// http(s):// or ws(s)://host[:port][/path][?query]; an empty path or "/" means
    /// /socket.io/. EIO=4 and transport=websocket are added unless the query names them.
    QString url;
    QString nsp = QStringLiteral("/"); ///< the namespace to connect
    QJsonObject auth;                  ///< sent with CONNECT when hasAuth
    bool hasAuth = false;
    int ackTimeoutMs = 10000; ///< how long emitEvent(..., wantAck) waits
    KeyValueList headers;     ///< extra handshake headers
    /// The WebSocket engine's options: connect timeout (also for the Engine.IO open and the
    /// namespace answer), TLS, proxy, log size. Reconnecting and WebSocket pings stay off.
    WebSocketSettings settings;
};

/// A Socket.IO v5 client (Engine.IO v4 over the WebSocket transport) on the engine's
/// WebSocketSession: its connection setup, proxy, TLS and MessageLog, where every frame in
/// and out (Engine.IO pings and pongs too) and the client's own events are logged.
///
/// open() connects the socket, reads the Engine.IO open packet, answers the server's pings,
/// and connects the namespace (with the auth object when there is one); connected() says the
/// namespace accepted. Events of the namespace (all of them) come through eventReceived();
/// emitEvent() sends one with any number of JSON arguments and, when asked, waits for the
/// acknowledgement. Every failure arrives once through errorOccurred() with words for a
/// person, and then closed().
class SocketIoClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketIoClient)

public:
    enum class State { Closed, Connecting, Handshaking, Joining, Connected };
    Q_ENUM(State)

    explicit SocketIoClient(QObject *parent = nullptr);
    ~SocketIoClient() override;

    /// The WebSocket URL for @p url (see SocketIoOptions::url), or an InvalidRequest error.
    static Result<QUrl> engineUrl(const QString &url);

    /// Checks @p options and starts connecting. Bad options: errorOccurred() and false.
    bool open(const SocketIoOptions &options);

    /// Sends an EVENT @p name with @p args on the namespace. With @p wantAck the packet
    /// carries an id; ackReceived(id, ...) or ackTimedOut(id, ...) follows. Returns the id
    /// (-1 without ack), or an error (not connected, reserved name).
    Result<qint64> emitEvent(const QString &name, const QJsonArray &args, bool wantAck = false);

    /// Leaves the namespace (DISCONNECT), then closes the Engine.IO session and the socket.
    void close();

    void setWireTap(WireTap *tap); ///< as WebSocketSession::setWireTap

    State state() const { return m_state; }
    QString engineSid() const { return m_open.sid; } ///< the Engine.IO session id
    QString sid() const { return m_sid; }            ///< the namespace's socket id
    const EngineIoOpen &handshake() const { return m_open; }
    int pingsAnswered() const { return m_pingsAnswered; }
    /// The server refused the namespace (a CONNECT_ERROR: auth, middleware, unknown name).
    bool namespaceRefused() const { return m_refused; }
    MessageLog *log() const; ///< the session's log (frames and events)
    WebSocketSession *session() const { return m_session; }

Q_SIGNALS:
    void stateChanged(wirescope::SocketIoClient::State state);
    void connected(const QString &sid);
    /// An EVENT on our namespace. @p ackId >= 0 when the server asks for an acknowledgement.
    void eventReceived(const QString &name, const QJsonArray &args, qint64 ackId);
    void ackReceived(qint64 id, const QJsonArray &args);
    void ackTimedOut(qint64 id, const QString &event);
    void pingAnswered(int count);
    void errorOccurred(const wirescope::Error &error);
    /// The connection ended (after an error, the server leaving, or close()).
    void closed(const QString &reason);

private:
    void setState(State state);
    void send(const QString &engineFrame);
    void sendSocketIo(const SocketIoPacket &packet);
    void onSocketOpened();
    void onSocketClosed(int code, const QString &reason, bool byPeer);
    void onSocketError(const Error &error);
    void onText(const QString &text);
    void onEnginePacket(EngineIoType type, const QString &data);
    void onEngineOpen(const QString &json);
    void onSocketIoPacket(const QString &text);
    void onConnectReply(const SocketIoPacket &packet);
    void onStageTimeout();
    void onPingTimeout();
    void logEvent(const QString &text);
    void fail(const Error &error);
    Error beforeOpenPacket(const Error &error) const;
    void shutdown(const QString &reason);
    void finish(const QString &reason);

    WebSocketSession *m_session = nullptr; // child
    SocketIoOptions m_options;
    State m_state = State::Closed;
    EngineIoOpen m_open;
    QString m_sid;
    qint64 m_nextAckId = 0;
    QHash<qint64, QString> m_pendingAcks; // id -> event name
    int m_pingsAnswered = 0;
    bool m_failed = false; // an error was reported for this connection
    bool m_closing = false;
    bool m_refused = false; // the server refused the namespace (CONNECT_ERROR)
    QString m_closeReason;  // why we are closing (closed()'s text)
    QTimer m_stageTimer;    // the Engine.IO open, then the namespace's answer
    QTimer m_pingDeadline;  // pingInterval + pingTimeout without a ping: the server is gone
};

} // namespace wirescope
