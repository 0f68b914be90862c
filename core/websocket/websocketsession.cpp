#include "core/websocket/websocketsession.h"

#include "core/http/monotonicclock.h"
#include "core/http/tlsinspect.h"
#include "core/http/transportsettings.h"
#include "core/http/wireattribution.h"
#include "core/http/wiretap.h"
#include "core/stream/messagelog.h"
#include "core/vars/resolver.h"
#include "core/vars/unresolved.h"
#include "core/websocket/wscloseframe.h"
#include "core/websocket/wsrequestbuilder.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>

namespace wirescope {

namespace {

QString secondsText(int ms)
{
    return QString::number(ms / 1000.0, 'g', 4) + QStringLiteral(" s");
}

bool validCloseCodeToSend(int code)
{
    // RFC 6455 7.4: 1004-1006 and 1015 are reserved; 1012-1014 are for servers.
    return code == 1000 || code == 1001 || code == 1002 || code == 1003
           || (code >= 1007 && code <= 1011) || (code >= 3000 && code <= 4999);
}

} // namespace

class WebSocketSession::Private
{
public:
    explicit Private(WebSocketSession *q)
        : q(q)
    {}

    WebSocketSession *q;
    QWebSocket *socket = nullptr; // child of q; replaced on every connection attempt
    WebSocketRequest request;
    VariableContext context;
    PreparedWsRequest prepared;
    QSslConfiguration ssl;
    QList<IgnoredTlsError> acceptedLater; // acceptTlsErrorsAndReconnect()
    QTimer connectTimer;
    QTimer pingTimer;
    QTimer reconnectTimer;
    int reconnectDelayMs = 0;
    bool userClosing = false; // close() was called: the close is ours
    bool everOpened = false;  // this attempt reached Open
    bool failureReported = false;
    bool timedOut = false;
    QElapsedTimer pingClock;
    bool pingOutstanding = false;
    QString socketError; // last QWebSocket::errorString()
    QAbstractSocket::SocketError socketErrorCode = QAbstractSocket::UnknownSocketError;
    QList<QSslError> unacceptedTlsErrors;
    WireTap *tap = nullptr; // not owned
    bool viaTap = false;    // this attempt goes through the tap
    qint64 openAt = 0;      // monotonicNs() when this attempt was handed to Qt

    void log(MessageDirection direction, MessageKind type, const QString &text, int closeCode = 0)
    {
        q->m_log->appendFrame(direction, type, text.toUtf8(), closeCode);
    }
    void event(const QString &text) { log(MessageDirection::Event, MessageKind::Event, text); }
    WireAttribution wireForAttempt(qint64 until) const;
    QString protocolCloseMessage(const QString &qtReason) const;
    void fillTimings(std::optional<qint64> connectedAt);
    void fail(Error::Kind kind, const QString &message) { fail(Error{kind, message}); }
    void fail(const Error &error)
    {
        failureReported = true;
        event(QStringLiteral("error: ") + error.message);
        emit q->errorOccurred(error);
    }

    void connectSocket();
    void dropSocket();
    void onConnected();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void onPong(quint64 elapsedMs, const QByteArray &payload);
    void onConnectTimeout();
    void scheduleReconnect();
    Error errorFromSocket() const;
};

WebSocketSession::WebSocketSession(QObject *parent)
    : QObject(parent)
    , d(new Private(this))
    , m_log(new MessageLog(MessageLog::kDefaultCapacity, this))
{
    d->connectTimer.setSingleShot(true);
    d->reconnectTimer.setSingleShot(true);
    connect(&d->connectTimer, &QTimer::timeout, this, [this] { d->onConnectTimeout(); });
    connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { d->connectSocket(); });
    connect(&d->pingTimer, &QTimer::timeout, this, [this] { ping(); });
}

WebSocketSession::~WebSocketSession()
{
    if (d->socket) {
        d->socket->disconnect(this);
        d->socket->abort();
    }
    delete d;
}

QString WebSocketSession::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Open:
        return QStringLiteral("open");
    case State::Closing:
        return QStringLiteral("closing");
    case State::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return {};
}

QString WebSocketSession::closeCodeName(int code)
{
    switch (code) {
    case 1000:
        return QStringLiteral("normal closure");
    case 1001:
        return QStringLiteral("going away");
    case 1002:
        return QStringLiteral("protocol error");
    case 1003:
        return QStringLiteral("unsupported data");
    case 1005:
        return QStringLiteral("no status code in the close frame");
    case 1006:
        return QStringLiteral("abnormal closure (the connection dropped without a close frame)");
    case 1007:
        return QStringLiteral("invalid payload data (e.g. invalid UTF-8 in a text frame)");
    case 1008:
        return QStringLiteral("policy violation");
    case 1009:
        return QStringLiteral("message too big");
    case 1010:
        return QStringLiteral("mandatory extension missing");
    case 1011:
        return QStringLiteral("internal server error");
    case 1012:
        return QStringLiteral("service restart");
    case 1013:
        return QStringLiteral("try again later");
    case 1015:
        return QStringLiteral("TLS handshake failure");
    default:
        break;
    }
    if (code >= 4000 && code <= 4999)
        return QStringLiteral("application-defined code (4000-4999)");
    if (code >= 3000 && code <= 3999)
        return QStringLiteral("registered code (3000-3999)");
    return QStringLiteral("unknown code");
}

void WebSocketSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool WebSocketSession::open(const WebSocketRequest &request, const VariableContext &context)
{
    if (d->socket || m_state != State::Closed) {
        d->reconnectTimer.stop();
        d->dropSocket();
        setState(State::Closed);
    }
    d->request = request;
    d->context = context;
    d->acceptedLater.clear();
    m_warnings.clear();
    m_log->setCapacity(request.settings.logCapacity > 0 ? request.settings.logCapacity
                                                        : MessageLog::kDefaultCapacity);

    QStringList unresolved;
    const WebSocketRequest resolved =
        resolveWebSocketRequest(request, context, DynamicVariables::system(), &unresolved);
    if (const QStringList inUrl = variableNamesInOrigin(resolved.url); !inUrl.isEmpty()) {
        d->fail(Error::Kind::InvalidRequest,
                QStringLiteral("the URL cannot be built: %1; nothing was sent")
                    .arg(describeUnresolved(inUrl, context)));
        return false;
    }
    auto prepared = prepareWebSocketRequest(resolved);
    if (!prepared) {
        d->fail(prepared.error());
        return false;
    }
    d->prepared = std::move(prepared).value();
    d->request.settings = resolved.settings;
    if (!unresolved.isEmpty()) {
        m_warnings.append(QStringLiteral("unresolved variables sent as typed: {{%1}}")
                              .arg(unresolved.join(QStringLiteral("}}, {{"))));
    }
    if (d->prepared.url.scheme() == QLatin1String("wss")) {
        auto ssl = sslConfigurationFor(d->request.settings.tls);
        if (!ssl) {
            d->fail(ssl.error().kind, ssl.error().message);
            return false;
        }
        d->ssl = *ssl;
        if (d->request.settings.tls.insecure)
            m_warnings.append(QStringLiteral("TLS certificate verification is OFF (insecure): "
                                             "every certificate error is accepted"));
    }
    for (const QString &w : std::as_const(m_warnings))
        d->event(QStringLiteral("warning: ") + w);
    d->reconnectDelayMs = std::max(1, d->request.settings.reconnectInitialDelayMs);
    d->connectSocket();
    return true;
}

void WebSocketSession::Private::dropSocket()
{
    connectTimer.stop();
    pingTimer.stop();
    if (!socket)
        return;
    QWebSocket *old = socket;
    socket = nullptr;
    old->disconnect(q);
    old->abort();
    old->deleteLater();
}

void WebSocketSession::Private::connectSocket()
{
    dropSocket();
    userClosing = false;
    everOpened = false;
    failureReported = false;
    timedOut = false;
    pingOutstanding = false;
    socketError.clear();
    socketErrorCode = QAbstractSocket::UnknownSocketError;
    unacceptedTlsErrors.clear();
    q->m_closeCode = 0;
    q->m_closeReason.clear();
    q->m_closedByPeer = false;

    const WebSocketSettings &settings = request.settings;
    WsHandshake &hs = q->m_handshake;
    hs = WsHandshake();
    hs.url = prepared.url.toString();
    hs.tls = prepared.url.scheme() == QLatin1String("wss");
    if (!prepared.origin.isEmpty())
        hs.requestHeaders.append(KeyValue{QStringLiteral("Origin"), prepared.origin, true, {}});
    hs.requestHeaders += prepared.headers;
    if (!prepared.subprotocols.isEmpty()) {
        hs.requestHeaders.append(KeyValue{QStringLiteral("Sec-WebSocket-Protocol"),
                                          prepared.subprotocols.join(QStringLiteral(", ")),
                                          true,
                                          {}});
    }

    hs.limitations.append(QStringLiteral("Qt adds Host, Upgrade, Connection, Sec-WebSocket-Key "
                                         "and Sec-WebSocket-Version itself (the key is not "
                                         "exposed); only the headers above are ours"));
    socket = new QWebSocket(prepared.origin, QWebSocketProtocol::VersionLatest, q);
    socket->setMaxAllowedIncomingMessageSize(settings.maxMessageBytes > 0
                                                 ? quint64(settings.maxMessageBytes)
                                                 : QWebSocket::maxIncomingMessageSize());
    viaTap = wsUsesWireTap(tap, settings.proxy, prepared.url);
    // Through the relay as an HTTP CONNECT tunnel (ws and wss alike: QWebSocket tunnels any
    // TCP connection through an HTTP proxy), so the server sees exactly the direct handshake.
    socket->setProxy(viaTap ? tap->tunnelProxy() : proxyFor(settings.proxy));
    if (hs.tls)
        socket->setSslConfiguration(ssl);

    MessageLog *log = q->m_log;
    // The hot path: one conversion and one locked append per frame (emitting a signal nobody
    // listens to costs one check).
    QObject::connect(socket, &QWebSocket::textMessageReceived, q,
                     [log, q = q](const QString &text) {
                         log->appendText(MessageDirection::Incoming, text);
                         emit q->textReceived(text);
                     });
    QObject::connect(socket, &QWebSocket::binaryMessageReceived, q,
                     [log, q = q](const QByteArray &bytes) {
                         log->appendFrame(MessageDirection::Incoming, MessageKind::Binary, bytes);
                         emit q->binaryReceived(bytes);
                     });
    QObject::connect(socket, &QWebSocket::connected, q, [this] { onConnected(); });
    QObject::connect(socket, &QWebSocket::disconnected, q, [this] { onDisconnected(); });
    QObject::connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), q,
                     [this](QAbstractSocket::SocketError e) { onError(e); });
    QObject::connect(socket, &QWebSocket::sslErrors, q,
                     [this](const QList<QSslError> &errors) { onSslErrors(errors); });
    QObject::connect(socket, &QWebSocket::pong, q,
                     [this](quint64 ms, const QByteArray &payload) { onPong(ms, payload); });

    QNetworkRequest nr(prepared.url);
    for (const KeyValue &h : std::as_const(prepared.headers))
        nr.setRawHeader(h.name.toUtf8(), h.value.toUtf8());
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(prepared.subprotocols);

    q->setState(State::Connecting);
    event(QStringLiteral("connecting to %1").arg(hs.url));
    if (settings.connectTimeoutMs > 0)
        connectTimer.start(settings.connectTimeoutMs);
    openAt = monotonicNs();
    socket->open(nr, options);
}

WireAttribution WebSocketSession::Private::wireForAttempt(qint64 until) const
{
    const QUrl &url = prepared.url;
    const auto port = quint16(url.port(url.scheme() == QLatin1String("wss") ? 443 : 80));
    return WireAttribution::find(tap->log(), url.host(), port, openAt, until);
}

void WebSocketSession::Private::fillTimings(std::optional<qint64> connectedAt)
{
    WsHandshake &hs = q->m_handshake;
    if (!viaTap) {
        hs.timings = WsTimings{};
        hs.timings.tlsInHandshake = hs.tls;
        if (connectedAt)
            hs.timings.total = double(*connectedAt - openAt) / 1e6;
        hs.timings.note = tap ? QStringLiteral("a proxy is in use, so Wirescope's relay is not "
                                               "in the path and DNS and TCP connect are not "
                                               "measured")
                              : QStringLiteral("the wire relay is off, so DNS and TCP connect "
                                               "are not measured");
        return;
    }
    hs.timings = wsTimingsFromWire(wireForAttempt(connectedAt.value_or(monotonicNs())), openAt,
                                   connectedAt, hs.tls);
}

void WebSocketSession::Private::onConnected()
{
    const qint64 connectedAt = monotonicNs();
    connectTimer.stop();
    everOpened = true;
    WsHandshake &hs = q->m_handshake;
    fillTimings(connectedAt);
    hs.status = 101;
    hs.reason = QStringLiteral("Switching Protocols");
    hs.subprotocol = socket->subprotocol();
    // Qt 6.4's QWebSocket keeps the server's handshake response to itself; we can only
    // restate what it implies.
    hs.limitations.append(QStringLiteral("Qt 6.4's QWebSocket does not expose the handshake "
                                         "response headers; only the status (101) and the "
                                         "negotiated subprotocol are known"));
    if (!hs.subprotocol.isEmpty()) {
        hs.responseHeaders.append(
            KeyValue{QStringLiteral("Sec-WebSocket-Protocol"), hs.subprotocol, true, {}});
    }
    if (hs.tls) {
        fillSessionInfo(hs.tlsInfo, socket->sslConfiguration());
        hs.tlsInfo.insecure = request.settings.tls.insecure;
        hs.tlsInfo.verified = hs.tlsInfo.errors.isEmpty() && !hs.tlsInfo.chain.isEmpty();
    }
    reconnectDelayMs = std::max(1, request.settings.reconnectInitialDelayMs);
    q->setState(State::Open);
    event(hs.subprotocol.isEmpty() ? QStringLiteral("open")
                                   : QStringLiteral("open (subprotocol %1)").arg(hs.subprotocol));
    if (request.settings.pingIntervalMs > 0)
        pingTimer.start(request.settings.pingIntervalMs);
    emit q->opened();
}

void WebSocketSession::Private::onSslErrors(const QList<QSslError> &errors)
{
    TlsInfo &tls = q->m_handshake.tlsInfo;
    const TlsSettings &settings = request.settings.tls;
    QList<IgnoredTlsError> accepted = settings.ignoredErrors + acceptedLater;
    unacceptedTlsErrors.clear();
    for (const QSslError &error : errors) {
        const TlsError e = tlsError(error);
        tls.errors.append(e);
        bool ok = settings.insecure;
        for (const IgnoredTlsError &ignored : std::as_const(accepted)) {
            if (ignored.error == e.code
                && (ignored.certificateSha256.isEmpty()
                    || ignored.certificateSha256.compare(e.certificateSha256, Qt::CaseInsensitive)
                           == 0))
                ok = true;
        }
        if (ok)
            tls.acceptedErrors.append(e);
        else
            unacceptedTlsErrors.append(error);
        if (tls.chain.isEmpty() && !error.certificate().isNull())
            tls.chain.append(certificateInfo(error.certificate()));
    }
    if (unacceptedTlsErrors.isEmpty())
        socket->ignoreSslErrors();
}

void WebSocketSession::Private::onPong(quint64 elapsedMs, const QByteArray &payload)
{
    qint64 rttUs = qint64(elapsedMs) * 1000;
    if (pingOutstanding) {
        rttUs = pingClock.nsecsElapsed() / 1000;
        pingOutstanding = false;
    }
    q->m_lastRoundTripUs = rttUs;
    q->m_log->appendFrame(MessageDirection::Incoming, MessageKind::Pong, payload);
    emit q->pongReceived(rttUs);
}

void WebSocketSession::Private::onConnectTimeout()
{
    if (q->m_state != State::Connecting || !socket)
        return;
    timedOut = true;
    fail(Error::Kind::Timeout,
         QStringLiteral("no WebSocket handshake with %1 within the connect timeout of %2")
             .arg(q->m_handshake.url, secondsText(request.settings.connectTimeoutMs)));
    socket->abort();
    // abort() emits disconnected() only when a TCP connection existed.
    if (socket && q->m_state == State::Connecting)
        onDisconnected();
}

void WebSocketSession::Private::onError(QAbstractSocket::SocketError error)
{
    if (!socket)
        return;
    socketErrorCode = error;
    socketError = socket->errorString();
    // Failures before the handshake completed may not be followed by disconnected()
    // (e.g. the host name lookup failed): finish here then.
    if (!everOpened && socket->state() == QAbstractSocket::UnconnectedState)
        QTimer::singleShot(0, q, [this, s = QPointer<QWebSocket>(socket)] {
            if (s && s == socket && q->m_state == State::Connecting)
                onDisconnected();
        });
}

Error WebSocketSession::Private::errorFromSocket() const
{
    const QString &text = socketError;
    // Qt reports a refused upgrade as ConnectionRefusedError with the status in the text.
    static const QRegularExpression status(
        QStringLiteral("[Uu]nhandled http status code: (\\d{3}) \\(([^)]*)\\)"));
    const auto m = status.match(text);
    if (m.hasMatch()) {
        return Error{Error::Kind::Protocol,
                     QStringLiteral("the server refused the WebSocket upgrade: HTTP %1 %2")
                         .arg(m.captured(1), m.captured(2))};
    }
    if (!unacceptedTlsErrors.isEmpty()) {
        QStringList parts;
        for (const QSslError &e : unacceptedTlsErrors)
            parts.append(QStringLiteral("%1 (error %2)").arg(e.errorString()).arg(int(e.error())));
        return Error{Error::Kind::Tls, QStringLiteral("certificate verification failed: %1")
                                           .arg(parts.join(QStringLiteral("; ")))};
    }
    switch (socketErrorCode) {
    case QAbstractSocket::HostNotFoundError:
        return Error{Error::Kind::Dns, QStringLiteral("host not found: %1").arg(text)};
    case QAbstractSocket::ConnectionRefusedError:
        return Error{Error::Kind::ConnectionRefused,
                     QStringLiteral("connection refused: %1").arg(text)};
    case QAbstractSocket::RemoteHostClosedError:
        return Error{Error::Kind::ConnectionReset,
                     everOpened ? QStringLiteral("the server closed the connection without a "
                                                 "close frame")
                                : QStringLiteral("the server closed the connection during the "
                                                 "handshake: %1")
                                      .arg(text)};
    case QAbstractSocket::SocketTimeoutError:
        return Error{Error::Kind::Timeout, text};
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Error{Error::Kind::Tls, QStringLiteral("TLS handshake failed: %1").arg(text)};
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return Error{Error::Kind::Proxy, QStringLiteral("proxy error: %1").arg(text)};
    default:
        break;
    }
    return Error{Error::Kind::Protocol,
                 text.isEmpty() ? QStringLiteral("the connection failed") : text};
}

QString WebSocketSession::Private::protocolCloseMessage(const QString &qtReason) const
{
    const QString closed = QStringLiteral("; the connection was closed with 1002");
    // Qt 6.4 words a close code it refuses as "Invalid close code 1002": the code it sends,
    // not the one received. The relay's bytes of a plain ws:// connection name the real one.
    if (qtReason.startsWith(QLatin1String("Invalid close code"))) {
        std::optional<ReceivedClose> received;
        if (viaTap) {
            if (const auto wire = wireForAttempt(monotonicNs()).connection)
                received = firstCloseFrame(wire->rawDown);
        }
        if (received && received->code)
            return QStringLiteral("the server sent the close code %1, which is not allowed in a "
                                  "close frame (RFC 6455, section 7.4)")
                       .arg(*received->code)
                   + closed;
        if (received && received->payloadSize == 1)
            return QStringLiteral("the server sent a close frame with a 1-byte payload (a close "
                                  "code takes 2)")
                   + closed;
        return QStringLiteral("the server sent a close code that is not allowed (such as 999, "
                              "1005 or 5000); Qt 6.4 does not say which, and the relay did not "
                              "see it (wss:// or a proxy)")
               + closed;
    }
    return QStringLiteral("the server broke the WebSocket protocol") + closed
           + QStringLiteral(" (%1)").arg(qtReason);
}

void WebSocketSession::Private::onDisconnected()
{
    if (!socket)
        return;
    connectTimer.stop();
    pingTimer.stop();
    const bool wasOpen = everOpened;
    int code = socket->closeCode();
    QString reason = socket->closeReason();
    const bool localProtocolClose = !userClosing && wasOpen
                                    && (code == QWebSocketProtocol::CloseCodeTooMuchData
                                        || code == QWebSocketProtocol::CloseCodeWrongDatatype
                                        || code == QWebSocketProtocol::CloseCodeProtocolError)
                                    && socketErrorCode == QAbstractSocket::UnknownSocketError;
    bool byPeer = !userClosing;
    // Qt leaves closeCode() at 1000 when the TCP connection simply dropped; a drop shows as
    // RemoteHostClosedError without a close frame having been processed.
    const bool abrupt = wasOpen && !userClosing
                        && socketErrorCode == QAbstractSocket::RemoteHostClosedError
                        && socket->closeReason().isEmpty() && code == 1000;
    if (abrupt) {
        code = QWebSocketProtocol::CloseCodeAbnormalDisconnection;
        reason.clear();
    }

    if (!wasOpen) {
        if (socketErrorCode == QAbstractSocket::UnknownSocketError) {
            // disconnected() can come before error(): ask the socket.
            socketErrorCode = socket->error();
            socketError = socket->errorString();
        }
        fillTimings(std::nullopt);
        if (!failureReported) {
            Error e = errorFromSocket();
            // What the relay saw names the address (DNS, refused, unreachable); Qt's text,
            // in proxy words, stays in the detail.
            if (viaTap) {
                if (auto wire = wsWireFailure(wireForAttempt(monotonicNs()), prepared.url)) {
                    wire->detail = wire->detail.isEmpty() ? e.message : wire->detail;
                    e = *wire;
                }
            }
            fail(e);
        }
        if (q->m_handshake.status == 0) {
            static const QRegularExpression status(
                QStringLiteral("status code: (\\d{3}) \\(([^)]*)\\)"));
            const auto m = status.match(socketError);
            if (m.hasMatch()) {
                q->m_handshake.status = m.captured(1).toInt();
                q->m_handshake.reason = m.captured(2);
                q->m_handshake.limitations.append(
                    QStringLiteral("Qt 6.4's QWebSocket reports a refused upgrade only as an "
                                   "error text with the status; the response headers and "
                                   "body are not available"));
            }
        }
    } else {
        q->m_closeCode = code;
        q->m_closeReason = reason;
        q->m_closedByPeer = byPeer && !localProtocolClose;
        if (localProtocolClose) {
            if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
                fail(Error::Kind::TooLarge,
                     QStringLiteral("a received message exceeded the limit of %1 bytes; the "
                                    "connection was closed with 1009 (%2)")
                         .arg(request.settings.maxMessageBytes)
                         .arg(reason));
            } else if (code == QWebSocketProtocol::CloseCodeWrongDatatype) {
                fail(Error::Kind::Protocol,
                     QStringLiteral("the server sent a text frame that is not valid UTF-8; the "
                                    "connection was closed with 1007 (%1)")
                         .arg(reason));
            } else {
                fail(Error::Kind::Protocol, protocolCloseMessage(reason));
            }
            q->m_log->appendFrame(MessageDirection::Outgoing, MessageKind::Close, reason.toUtf8(),
                                  code);
        } else if (abrupt) {
            fail(Error::Kind::ConnectionReset,
                 QStringLiteral("the connection dropped without a close frame (1006, abnormal "
                                "closure)"));
        } else if (byPeer) {
            q->m_log->appendFrame(MessageDirection::Incoming, MessageKind::Close, reason.toUtf8(),
                                  code);
        }
        event(QStringLiteral("closed: %1 %2%3 (%4)")
                  .arg(code)
                  .arg(closeCodeName(code),
                       reason.isEmpty() ? QString() : QStringLiteral(", \"%1\"").arg(reason),
                       q->m_closedByPeer ? QStringLiteral("by the server")
                                         : QStringLiteral("by us")));
    }
    QWebSocket *old = socket;
    socket = nullptr;
    old->disconnect(q);
    old->deleteLater();

    const bool retry = request.settings.autoReconnect && !userClosing
                       && socketErrorCode != QAbstractSocket::SslHandshakeFailedError
                       && unacceptedTlsErrors.isEmpty();
    if (retry) {
        scheduleReconnect();
    } else {
        q->setState(State::Closed);
    }
    if (wasOpen)
        emit q->closed(q->m_closeCode, q->m_closeReason, q->m_closedByPeer);
}

void WebSocketSession::Private::scheduleReconnect()
{
    const int delay = reconnectDelayMs;
    reconnectDelayMs =
        std::min(std::max(1, request.settings.reconnectMaxDelayMs), reconnectDelayMs * 2);
    q->setState(State::Reconnecting);
    event(QStringLiteral("reconnecting in %1").arg(secondsText(delay)));
    reconnectTimer.start(delay);
}

bool WebSocketSession::canSend()
{
    if (m_state == State::Open && d->socket)
        return true;
    emit errorOccurred(
        Error{Error::Kind::InvalidRequest,
              QStringLiteral("cannot send: the connection is %1").arg(stateName(m_state))});
    return false;
}

bool WebSocketSession::sendText(const QString &text)
{
    if (!canSend())
        return false;
    QString resolved = text;
    if (text.contains(QLatin1String("{{"))) {
        Resolution r = resolveText(text, d->context, DynamicVariables::system());
        resolved = r.text;
        if (!r.unresolved.isEmpty())
            d->event(QStringLiteral("warning: unresolved variables sent as typed: {{%1}}")
                         .arg(r.unresolved.join(QStringLiteral("}}, {{"))));
    }
    return sendVerbatimText(resolved);
}

bool WebSocketSession::sendVerbatimText(const QString &text)
{
    if (!canSend())
        return false;
    const qint64 sent = d->socket->sendTextMessage(text);
    m_log->appendText(MessageDirection::Outgoing, text);
    return sent >= 0;
}

bool WebSocketSession::sendBinary(const QByteArray &bytes)
{
    if (!canSend())
        return false;
    const qint64 sent = d->socket->sendBinaryMessage(bytes);
    m_log->appendFrame(MessageDirection::Outgoing, MessageKind::Binary, bytes);
    return sent >= 0;
}

bool WebSocketSession::ping(const QByteArray &payload)
{
    if (m_state != State::Open || !d->socket)
        return false;
    if (payload.size() > 125) {
        emit errorOccurred(Error{
            Error::Kind::InvalidRequest,
            QStringLiteral("a ping payload is at most 125 bytes (%1 given)").arg(payload.size())});
        return false;
    }
    d->pingClock.start();
    d->pingOutstanding = true;
    d->socket->ping(payload);
    m_log->appendFrame(MessageDirection::Outgoing, MessageKind::Ping, payload);
    return true;
}

void WebSocketSession::close(int code, const QString &reason)
{
    if (!validCloseCodeToSend(code)) {
        emit errorOccurred(Error{Error::Kind::InvalidRequest,
                                 QStringLiteral("close code %1 cannot be sent: use 1000 (normal), "
                                                "1001-1003, 1007-1011 or 3000-4999")
                                     .arg(code)});
        return;
    }
    if (reason.toUtf8().size() > 123) {
        emit errorOccurred(Error{Error::Kind::InvalidRequest,
                                 QStringLiteral("a close reason is at most 123 bytes of UTF-8")});
        return;
    }
    switch (m_state) {
    case State::Closed:
    case State::Closing:
        return;
    case State::Reconnecting:
        d->reconnectTimer.stop();
        d->event(QStringLiteral("reconnecting cancelled"));
        setState(State::Closed);
        return;
    case State::Connecting:
        d->userClosing = true;
        d->failureReported = true;
        d->fail(Error::Kind::Cancelled, QStringLiteral("the connection attempt was cancelled"));
        d->dropSocket();
        setState(State::Closed);
        return;
    case State::Open:
        break;
    }
    d->userClosing = true;
    d->pingTimer.stop();
    setState(State::Closing);
    m_log->appendFrame(MessageDirection::Outgoing, MessageKind::Close, reason.toUtf8(), code);
    d->socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void WebSocketSession::setWireTap(WireTap *tap)
{
    d->tap = tap;
}

void WebSocketSession::acceptTlsErrorsAndReconnect(const QList<IgnoredTlsError> &errors)
{
    if (d->prepared.url.isEmpty())
        return;
    d->acceptedLater += errors;
    d->reconnectTimer.stop();
    d->event(QStringLiteral("reconnecting, accepting %1 more TLS error(s)").arg(errors.size()));
    d->connectSocket();
}

} // namespace wirescope
