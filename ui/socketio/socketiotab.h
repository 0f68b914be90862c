#pragma once

#include "core/socketio/socketioclient.h"
#include "core/socketio/socketiorequest.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace wirescope {

class MessageBanner;
class MessageLogPane;
class UrlLineEdit;
class VariableContext;
struct Error;

/// One Socket.IO connection, as Postman's Socket.IO request: URL, namespace and auth object,
/// Connect/Disconnect with the state, errors in a banner; the message list over the client's
/// log (every frame and the client's own events); an emit composer (event name, JSON arguments
/// as an array, "ack" to wait for an acknowledgement, Ctrl+Enter sends) whose line under it
/// says what the last emit got back. The client is handed in by whoever opens the tab; the tab
/// owns it.
class SocketIoTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketIoTab)

public:
    /// Takes ownership of @p client. @p context (not owned, may be null) resolves variables.
    SocketIoTab(SocketIoClient *client, const VariableContext *context, QWidget *parent = nullptr);
    ~SocketIoTab() override;

    /// Opens the connection with the fields as shown (or closes it when one is up).
    void toggleConnection();
    void connectToServer();
    void disconnectFromServer();

    /// Emits the composer's event. On bad input (no name, arguments that are not a JSON
    /// array, not connected) the reason is shown under the composer; returns success.
    bool emitFromComposer();

    void focusUrl();
    /// The variables changed: the URL's {{variable}} colours follow.
    void refreshVariables();
    /// "IO host/path" for the tab bar; "New Socket.IO" when there is no URL.
    QString title() const;
    QString url() const;

    /// The URL, namespace and auth text as shown; setRequest() fills the fields (when closed).
    SocketIoRequest request() const;
    void setRequest(const SocketIoRequest &request);
    /// Puts a kept session's messages (history JSON lines) into the message list.
    void showTranscript(const QByteArray &jsonLines);

    SocketIoClient *client() const { return m_client; }  // child
    MessageLogPane *messageLog() const { return m_log; } // child
    MessageBanner *banner() const { return m_banner; }   // child
    /// The line under the composer: the last emit's outcome or why it was not sent.
    QString emitStatus() const;

signals:
    void titleChanged();
    /// The tab is being destroyed, its connection still as it was: the last moment to read a
    /// session that closing the tab is about to drop.
    void closing();

private:
    QWidget *buildConnectionRows();
    QWidget *buildComposer();
    /// The options for the fields as shown, or nullopt with the problem in the banner.
    std::optional<SocketIoOptions> options();
    void onStateChanged(SocketIoClient::State state);
    void onError(const Error &error);
    void showEmitStatus(const QString &text, bool isError);

    SocketIoClient *m_client;         // child (handed in)
    const VariableContext *m_context; // not owned, may be null

    UrlLineEdit *m_url = nullptr;
    QLineEdit *m_namespace = nullptr;
    QLineEdit *m_auth = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_state = nullptr;
    MessageBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    MessageLogPane *m_log = nullptr;
    QLineEdit *m_event = nullptr;
    QPlainTextEdit *m_args = nullptr;
    QCheckBox *m_ack = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_emitStatus = nullptr;
};

} // namespace wirescope
