#pragma once

#include "core/model/websocketrequest.h"
#include "core/stream/messagelog.h"
#include "core/websocket/websocketsession.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace wirescope {

class MessageBanner;
class MessageLogPane;
class UrlLineEdit;
class VariableContext;
class WsComposer;
class WsConnectionInfo;
class WsHandshakeEditor;
struct Error;

/// One WebSocket request and its live connection: URL and Connect/Disconnect with the state,
/// errors in a banner; the message list (live, filtered, following), the selected message,
/// the composer; the handshake and settings editor; the connection info.
/// The session is a core object handed in by whoever opens the tab; the tab owns it.
class WebSocketTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTab)

public:
    /// Takes ownership of @p session. @p context (not owned, may be null) resolves variables.
    WebSocketTab(WebSocketSession *session,
                 const VariableContext *context,
                 QWidget *parent = nullptr);
    ~WebSocketTab() override;

    WebSocketRequest request() const;
    void setRequest(const WebSocketRequest &request);

    /// Opens the connection with the request as shown (or closes it when one is up).
    void toggleConnection();
    void connectToServer();
    void disconnectFromServer();

    void focusUrl();
    /// The variables changed: the URL's {{variable}} colours follow.
    void refreshVariables();
    /// Fills the message list with a session kept in the history (JSON lines, see
    /// core/stream/streammessagejson.h); lines that are not messages are skipped.
    void showTranscript(const QByteArray &jsonLines);
    /// "WS host/path" for the tab bar; "New WebSocket" when there is no URL.
    QString title() const;

    WebSocketSession *session() const { return m_session; }     // child
    MessageLogPane *messageLog() const { return m_log; }        // child
    WsComposer *composer() const { return m_composer; }         // child
    WsConnectionInfo *connectionInfo() const { return m_info; } // child
    MessageBanner *banner() const { return m_banner; }          // child

signals:
    void titleChanged();
    /// Emitted first thing in the destructor, while the session and the fields still stand:
    /// the last moment to read a connection that closing the tab is about to drop.
    void closing();
    /// Emitted (directly) on Connect when the URL uses variables no scope defines: a
    /// receiver may provide them (the demo server starts on demand).
    void variablesNeeded(const QStringList &names);

private:
    QWidget *buildMessagesPage();
    void onStateChanged(WebSocketSession::State state);
    void onOpened();
    void onClosed(int code, const QString &reason, bool byPeer);
    void onError(const Error &error);
    QString countersText(const MessageLogCounters &counters, double incomingPerSecond) const;
    QString sendFromComposer(WsPayloadKind kind, const QByteArray &payload);
    void saveLayout() const;

    WebSocketSession *m_session;      // child (handed in)
    const VariableContext *m_context; // not owned, may be null
    WebSocketRequest m_request;       ///< the fields this tab does not edit (id, auth, TLS...)

    UrlLineEdit *m_url = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_state = nullptr;
    MessageBanner *m_banner = nullptr;
    QTabWidget *m_pages = nullptr;
    MessageLogPane *m_log = nullptr;
    WsComposer *m_composer = nullptr;
    WsHandshakeEditor *m_editor = nullptr;
    WsConnectionInfo *m_info = nullptr;
    QSplitter *m_pageSplitter = nullptr;
    qint64 m_roundTripUs = -1;
};

} // namespace wirescope
