#include "core/server/demoserver.h"

#include "core/model/collection.h"
#include "core/server/eventstream.h"
#include "core/server/httpbinresponder.h"
#include "core/server/mockresponder.h"
#include "core/server/serverrequest.h"
#include "core/server/serverresponse.h"
#include "core/server/websockethub.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QLocale>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <chrono>

namespace wirescope::server {

/// QtHttpServer's connection handling (parsing, TLS, WebSocket hand-over), routed to
/// DemoServer::handle().
class DemoHttpEngine final : public QAbstractHttpServer
{
public:
    explicit DemoHttpEngine(DemoServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_owner->handle(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->disconnectFromHost();
    }

private:
    DemoServer *m_owner; // not owned (our parent)
};

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QStringLiteral("GET");
    case M::Put:
        return QStringLiteral("PUT");
    case M::Delete:
        return QStringLiteral("DELETE");
    case M::Post:
        return QStringLiteral("POST");
    case M::Head:
        return QStringLiteral("HEAD");
    case M::Options:
        return QStringLiteral("OPTIONS");
    case M::Patch:
        return QStringLiteral("PATCH");
    case M::Connect:
        return QStringLiteral("CONNECT");
    case M::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN"); // Qt 6.4 names no other method
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 407:
        return "Proxy Authentication Required";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 418:
        return "I'm a teapot";
    case 422:
        return "Unprocessable Entity";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

/// Writes @p total seeded pseudo-random bytes to a socket as it drains, so large /bytes
/// answers never sit in memory whole.
class BytePump final : public QObject
{
public:
    BytePump(
        QTcpSocket *socket, qint64 total, quint32 seed, bool closeAfter, std::function<void()> done)
        : QObject(socket)
        , m_socket(socket)
        , m_left(total)
        , m_random(seed)
        , m_closeAfter(closeAfter)
        , m_done(std::move(done))
    {
        connect(socket, &QTcpSocket::bytesWritten, this, &BytePump::pump);
        // Never finish inside the constructor: the caller's bookkeeping comes first.
        QTimer::singleShot(0, this, &BytePump::pump);
    }

private:
    static constexpr qint64 kBlock = 64 * 1024;
    static constexpr qint64 kHighWater = 4 * kBlock;

    void pump()
    {
        while (m_left > 0 && m_socket->bytesToWrite() < kHighWater) {
            const qint64 n = std::min(m_left, kBlock);
            QByteArray block((n + 3) / 4 * 4, Qt::Uninitialized);
            m_random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            block.truncate(n);
            m_socket->write(block);
            m_left -= n;
        }
        if (m_left == 0) {
            m_left = -1;
            if (m_closeAfter)
                m_socket->disconnectFromHost();
            if (m_done)
                m_done();
            deleteLater();
        }
    }

    QTcpSocket *m_socket; // not owned (our parent)
    qint64 m_left;
    QRandomGenerator m_random;
    bool m_closeAfter;
    std::function<void()> m_done;
};

/// Keeps the answers on one connection in request order: a pipelined request behind a
/// /delay or a large /bytes answer waits for it, as HTTP/1.1 requires.
class ResponseQueue final : public QObject
{
public:
    static ResponseQueue *of(QTcpSocket *socket)
    {
        // No Q_OBJECT here, so findChild<ResponseQueue *> would match any child: go by name.
        QObject *child = socket->findChild<QObject *>(kName(), Qt::FindDirectChildrenOnly);
        if (auto *queue = dynamic_cast<ResponseQueue *>(child))
            return queue;
        return new ResponseQueue(socket);
    }
    int reserve() { return m_nextTicket++; }
    /// @p write answers request @p ticket once every earlier one is written; it returns
    /// false when it finishes later (then advance() follows).
    void complete(int ticket, std::function<bool()> write)
    {
        m_ready.insert(ticket, std::move(write));
        flush();
    }
    void advance()
    {
        m_busy = false;
        ++m_current;
        flush();
    }

private:
    static QString kName() { return QStringLiteral("wirescope-response-queue"); }
    explicit ResponseQueue(QObject *parent)
        : QObject(parent)
    {
        setObjectName(kName());
    }
    void flush()
    {
        while (!m_busy && m_ready.contains(m_current)) {
            const std::function<bool()> write = m_ready.take(m_current);
            m_busy = true;
            if (write()) {
                m_busy = false;
                ++m_current;
            }
        }
    }

    int m_nextTicket = 0;
    int m_current = 0;
    bool m_busy = false;
    QHash<int, std::function<bool()>> m_ready;
};

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_engine(new DemoHttpEngine(this))
    , m_hub(new WebSocketHub(this))
{
    connect(m_hub, &WebSocketHub::connectionEvent, this, &DemoServer::webSocketEvent);
    connect(m_engine, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_engine->hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = m_engine->nextPendingWebSocketConnection();
            if (!socket)
                break;
            const QUrl url = socket->requestUrl();
            emit requestServed(QStringLiteral("GET"),
                               url.path() + (url.hasQuery() ? u'?' + url.query() : QString()), 101,
                               0.0);
            m_hub->adopt(std::move(socket));
        }
    });
}

DemoServer::~DemoServer() = default;

Result<void> DemoServer::listen(const DemoServerOptions &options)
{
    if (isListening())
        return Error{Error::Kind::Other, QStringLiteral("the demo server is already listening")};
    const bool tls = !options.certificateFile.isEmpty() || !options.keyFile.isEmpty();
    QTcpServer *server = nullptr;
    if (tls) {
        if (options.certificateFile.isEmpty() || options.keyFile.isEmpty())
            return Error{Error::Kind::InvalidRequest,
                         QStringLiteral("TLS needs both a certificate file and a key file")};
        QFile certFile(options.certificateFile);
        if (!certFile.open(QIODevice::ReadOnly))
            return Error{Error::Kind::File,
                         QStringLiteral("cannot read the certificate file %1: %2")
                             .arg(options.certificateFile, certFile.errorString())};
        const QList<QSslCertificate> chain =
            QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        if (chain.isEmpty())
            return Error{Error::Kind::File,
                         QStringLiteral("no PEM certificate in %1").arg(options.certificateFile)};
        QFile keyFile(options.keyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error{Error::Kind::File, QStringLiteral("cannot read the key file %1: %2")
                                                .arg(options.keyFile, keyFile.errorString())};
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (key.isNull())
            return Error{Error::Kind::File,
                         QStringLiteral("no unencrypted PEM RSA or EC private key in %1")
                             .arg(options.keyFile)};
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *ssl = new QSslServer(m_engine);
        ssl->setSslConfiguration(config);
        server = ssl;
    } else {
        server = new QTcpServer(m_engine);
    }
    if (!server->listen(options.address, options.port)) {
        const QString message = QStringLiteral("cannot listen on %1 port %2: %3")
                                    .arg(options.address.toString())
                                    .arg(options.port)
                                    .arg(server->errorString());
        delete server;
        return Error{Error::Kind::Other, message};
    }
    m_engine->bind(server);
    m_address = options.address;
    m_port = server->serverPort();
    m_tls = tls;
    return {};
}

void DemoServer::close()
{
    const QList<QTcpServer *> servers = m_engine->servers();
    for (QTcpServer *server : servers)
        server->close();
    m_hub->closeAll();
}

bool DemoServer::isListening() const
{
    const QList<QTcpServer *> servers = m_engine->servers();
    return std::any_of(servers.cbegin(), servers.cend(),
                       [](const QTcpServer *s) { return s->isListening(); });
}

QUrl DemoServer::httpUrl() const
{
    if (!m_port)
        return {};
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

QUrl DemoServer::webSocketUrl() const
{
    QUrl url = httpUrl();
    if (url.isEmpty())
        return url;
    url.setScheme(m_tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/ws"));
    return url;
}

int DemoServer::setMockCollection(const Collection &collection)
{
    m_mock = std::make_unique<MockResponder>(collection);
    return m_mock->routeCount();
}

void DemoServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 calls handleRequest() for a WebSocket upgrade too, and then hands the socket to
    // its QWebSocketServer (newWebSocketConnection): an HTTP answer here would corrupt the
    // handshake.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return;
    const qint64 started = nowNs();
    ServerRequest r;
    r.method = methodName(request.method());
    r.url = request.url();
    r.url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    // Rebuild the authority from the Host header ourselves: Qt 6.4 splits it at every ':'
    // and so mangles an IPv6 literal; without one (HTTP/1.0) use where we listen.
    const QByteArray host = request.value("host");
    const QUrl authority(QStringLiteral("http://") + QString::fromLatin1(host));
    if (!host.isEmpty() && authority.isValid() && !authority.host().isEmpty()) {
        r.url.setHost(authority.host());
        r.url.setPort(authority.port());
    } else {
        r.url.setHost(m_address.toString());
        r.url.setPort(m_port);
    }
    r.headers = request.headers();
    r.body = request.body();
    QHostAddress peer = request.remoteAddress();
    bool mapped = false;
    const QHostAddress v4(peer.toIPv4Address(&mapped));
    r.remoteAddress = mapped ? v4.toString() : peer.toString();

    const ServerResponse response = m_mock ? m_mock->respond(r) : HttpbinResponder().respond(r);
    send(socket, r, response, started, ResponseQueue::of(socket)->reserve());
}

void DemoServer::send(QTcpSocket *socket,
                      const ServerRequest &request,
                      const ServerResponse &response,
                      qint64 startedNs,
                      int ticket)
{
    if (response.delayMs > 0) {
        ServerResponse now = response;
        now.delayMs = 0;
        // The socket is the timer's context: a client that leaves cancels the answer.
        QTimer::singleShot(response.delayMs, socket,
                           [this, socket, request, now, startedNs, ticket] {
                               send(socket, request, now, startedNs, ticket);
                           });
        return;
    }
    ResponseQueue::of(socket)->complete(ticket, [this, socket, request, response, startedNs] {
        return write(socket, request, response, startedNs);
    });
}

bool DemoServer::write(QTcpSocket *socket,
                       const ServerRequest &request,
                       const ServerResponse &response,
                       qint64 startedNs)
{
    const QString target =
        request.url.path(QUrl::FullyEncoded)
        + (request.url.hasQuery() ? u'?' + request.url.query(QUrl::FullyEncoded) : QString());
    const auto log = [this, request, target, status = response.status, startedNs] {
        emit requestServed(request.method, target, status, double(nowNs() - startedNs) / 1e6);
    };
    if (socket->state() != QAbstractSocket::ConnectedState) {
        log();
        return true;
    }

    const int status = response.status;
    const bool bodyless = status / 100 == 1 || status == 204 || status == 304;
    const bool head = request.method == QLatin1String("HEAD");
    const bool close =
        response.closeAfter || request.header("connection").toLower().contains("close");

    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' '
                     + (response.reason.isEmpty() ? reasonPhrase(status) : response.reason)
                     + "\r\nServer: wirescope-demo\r\nDate: " + httpDate()
                     + "\r\nAccess-Control-Allow-Origin: *"
                       "\r\nAccess-Control-Allow-Credentials: true\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (response.chunked) {
        if (!bodyless)
            out += "Transfer-Encoding: chunked\r\n";
    } else if (!bodyless) {
        const qint64 length =
            response.generatedBytes >= 0 ? response.generatedBytes : response.body.size();
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    socket->write(out);

    if (!head && !bodyless) {
        if (response.eventStream) {
            new EventPump(socket, *response.eventStream, close, [log, socket] {
                log();
                ResponseQueue::of(socket)->advance();
            });
            return false;
        }
        if (response.chunked) {
            QByteArray chunks;
            for (const QByteArray &chunk : response.chunks)
                chunks += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            socket->write(chunks + "0\r\n\r\n");
        } else if (response.generatedBytes > 0) {
            new BytePump(socket, response.generatedBytes, response.generatorSeed, close,
                         [log, socket] {
                             log();
                             ResponseQueue::of(socket)->advance();
                         });
            return false;
        } else {
            socket->write(response.body);
        }
    }
    if (close)
        socket->disconnectFromHost();
    log();
    return true;
}

} // namespace wirescope::server
