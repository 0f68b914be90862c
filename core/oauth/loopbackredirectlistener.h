#pragma once

#include "core/model/error.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace wirescope::oauth {

/// Receives the authorization code on a loopback redirect URI (RFC 8252 section 7.3): a
/// QTcpServer on 127.0.0.1 (a random port unless the redirect URL names one) that answers
/// exactly one redirect whose `state` matches, then closes. A redirect URL that is not
/// http on a loopback address is refused: the code would go to someone else.
///
/// Emits exactly one of codeReceived or failed per listen(), then stops listening.
class LoopbackRedirectListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirectListener)

public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    /// Starts listening for the redirect for @p state. @p redirectUrl is the registered
    /// redirect URL (empty: http://127.0.0.1:0/callback; port 0: any free port). Returns the
    /// exact redirect URI to send to the provider, or why it cannot listen.
    Result<QUrl> listen(const QString &redirectUrl, const QString &state, int timeoutMs = 300000);
    bool isListening() const;
    void close();

    /// Whether @p url is an http URL on 127.0.0.1, ::1 or "localhost".
    static bool isLoopbackRedirect(const QUrl &url);

signals:
    void codeReceived(const QString &code);
    void failed(const wirescope::Error &error);

private:
    void onNewConnection();
    void onSocketReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void finishWith(const QString &code, const std::optional<Error> &error);

    QTcpServer *m_server = nullptr; // child
    QTimer *m_timeout = nullptr;    // child
    QString m_state;
    QString m_path;
    QUrl m_redirectUri;
    bool m_done = true;
};

} // namespace wirescope::oauth
