#include "core/oauth/loopbackredirectlistener.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace wirescope::oauth {

namespace {

constexpr qsizetype kMaxRequestHead = 16 * 1024;

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped(); // QString::toHtmlEscaped is QtCore
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finishWith({}, Error{Error::Kind::Timeout,
                             QStringLiteral("authorization: no redirect reached %1 within %2 s "
                                            "(was the browser step finished?)")
                                 .arg(m_redirectUri.toString())
                                 .arg(m_timeout->interval() / 1000)});
    });
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl>
LoopbackRedirectListener::listen(const QString &redirectUrl, const QString &state, int timeoutMs)
{
    close();
    const QUrl wanted(redirectUrl.trimmed().isEmpty()
                          ? QStringLiteral("http://127.0.0.1:0/callback")
                          : redirectUrl.trimmed(),
                      QUrl::StrictMode);
    if (!isLoopbackRedirect(wanted))
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("authorization: redirect URL \"%1\" is not http on a loopback "
                                    "address; Wirescope can only receive the code on "
                                    "http://127.0.0.1:PORT/... (register such a URL with the "
                                    "provider)")
                         .arg(redirectUrl)};
    // "localhost" may resolve to ::1 in the browser: listen where the URL says.
    const QHostAddress address =
        QHostAddress(wanted.host()).protocol() == QAbstractSocket::IPv6Protocol
            ? QHostAddress(QHostAddress::LocalHostIPv6)
            : QHostAddress(QHostAddress::LocalHost);
    const int port = wanted.port(0);
    if (!m_server->listen(address, quint16(port)))
        return Error{
            Error::Kind::Other,
            QStringLiteral("authorization: cannot listen on %1 port %2 for the redirect: %3")
                .arg(address.toString())
                .arg(port)
                .arg(m_server->errorString())};
    m_redirectUri = wanted;
    m_redirectUri.setPort(m_server->serverPort());
    m_path = wanted.path().isEmpty() ? QStringLiteral("/") : wanted.path();
    m_state = state;
    m_done = false;
    m_timeout->start(timeoutMs);
    return m_redirectUri;
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

void LoopbackRedirectListener::close()
{
    m_timeout->stop();
    m_server->close();
    m_done = true;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket] { onSocketReadyRead(socket); });
    }
}

void LoopbackRedirectListener::answer(QTcpSocket *socket,
                                      int status,
                                      const QString &title,
                                      const QString &text)
{
    const QByteArray body = (QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                            "<title>Wirescope</title></head><body><h1>")
                             + htmlEscape(title) + QStringLiteral("</h1><p>") + htmlEscape(text)
                             + QStringLiteral("</p></body></html>"))
                                .toUtf8();
    const char *reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                      + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store"
                        "\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

void LoopbackRedirectListener::onSocketReadyRead(QTcpSocket *socket)
{
    if (m_done) {
        socket->abort();
        return;
    }
    // Only the request head matters; it stays in the socket's buffer until complete.
    const QByteArray head = socket->peek(kMaxRequestHead);
    if (!head.contains("\r\n\r\n")) {
        if (socket->bytesAvailable() >= kMaxRequestHead)
            answer(socket, 400, QStringLiteral("Bad request"),
                   QStringLiteral("Request too large."));
        return;
    }
    socket->readAll();
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        answer(socket, 400, QStringLiteral("Bad request"),
               QStringLiteral("Wirescope expects the provider's redirect here."));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != m_path) {
        // A browser asks for /favicon.ico and the like: not the redirect, keep waiting.
        answer(socket, 404, QStringLiteral("Not found"), QString());
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (state != m_state) {
        // Someone else's redirect, or a forged one (CSRF): refuse it and end the attempt.
        answer(socket, 400, QStringLiteral("Authorization refused"),
               QStringLiteral("The state does not match this sign-in. Start again in Wirescope."));
        finishWith({}, Error{Error::Kind::InvalidRequest,
                             QStringLiteral("authorization: the redirect's state does not match "
                                            "the one Wirescope sent; refused (start again)")});
        return;
    }
    if (!error.isEmpty()) {
        const QString desc =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        answer(socket, 400, QStringLiteral("Authorization failed"), error + u' ' + desc);
        finishWith(
            {}, Error{Error::Kind::InvalidRequest,
                      QStringLiteral("authorization: the provider answered %1%2")
                          .arg(error, desc.isEmpty() ? QString() : QStringLiteral(": ") + desc)});
        return;
    }
    if (code.isEmpty()) {
        answer(socket, 400, QStringLiteral("Authorization failed"),
               QStringLiteral("The redirect carries no code."));
        finishWith({}, Error{Error::Kind::Protocol,
                             QStringLiteral("authorization: the redirect carries no code")});
        return;
    }
    answer(socket, 200, QStringLiteral("Signed in"),
           QStringLiteral("Wirescope received the authorization. You can close this window."));
    finishWith(code, std::nullopt);
}

void LoopbackRedirectListener::finishWith(const QString &code, const std::optional<Error> &error)
{
    if (m_done)
        return;
    close();
    if (error)
        emit failed(*error);
    else
        emit codeReceived(code);
}

} // namespace wirescope::oauth
