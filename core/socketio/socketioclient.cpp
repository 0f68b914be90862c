#include "core/socketio/socketioclient.h"

#include "core/socketio/socketiopacket.h"
#include "core/stream/messagelog.h"
#include "core/websocket/websocketsession.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace wirescope {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, message};
}

// What a refused namespace says: v5 sends {"message": ..., "data": ...}, older servers a string.
Error connectErrorFrom(const SocketIoPacket &packet)
{
    const QJsonObject o = packet.data.toObject();
    const QString message = packet.data.isString() ? packet.data.toString()
                                                   : o.value(QLatin1String("message")).toString();
    Error e{Error::Kind::Protocol,
            QStringLiteral("the server refused namespace %1: %2")
                .arg(packet.nsp, message.isEmpty() ? QStringLiteral("(no message)") : message)};
    if (o.contains(QLatin1String("data"))) {
        const QByteArray wrapped = QJsonDocument(QJsonArray{o.value(QLatin1String("data"))})
                                       .toJson(QJsonDocument::Compact);
        e.detail = QStringLiteral("data: ") + QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    return e;
}

} // namespace

SocketIoClient::SocketIoClient(QObject *parent)
    : QObject(parent)
    , m_session(new WebSocketSession(this))
{
    m_stageTimer.setSingleShot(true);
    m_pingDeadline.setSingleShot(true);
    connect(&m_stageTimer, &QTimer::timeout, this, &SocketIoClient::onStageTimeout);
    connect(&m_pingDeadline, &QTimer::timeout, this, &SocketIoClient::onPingTimeout);
    connect(m_session, &WebSocketSession::opened, this, &SocketIoClient::onSocketOpened);
    connect(m_session, &WebSocketSession::closed, this, &SocketIoClient::onSocketClosed);
    connect(m_session, &WebSocketSession::errorOccurred, this, &SocketIoClient::onSocketError);
    connect(m_session, &WebSocketSession::textReceived, this, &SocketIoClient::onText);
    connect(m_session, &WebSocketSession::binaryReceived, this, [this](const QByteArray &bytes) {
        logEvent(QStringLiteral("a binary frame of %1 bytes was skipped: binary attachments are "
                                "not supported yet")
                     .arg(bytes.size()));
    });
}

SocketIoClient::~SocketIoClient() = default;

MessageLog *SocketIoClient::log() const
{
    return m_session->log();
}

void SocketIoClient::setWireTap(WireTap *tap)
{
    m_session->setWireTap(tap);
}

Result<QUrl> SocketIoClient::engineUrl(const QString &url)
{
    QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return invalid(
            QStringLiteral("not a Socket.IO URL: \"%1\" (expected http://host:port)").arg(url));
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        u.setScheme(QStringLiteral("ws"));
    else if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        u.setScheme(QStringLiteral("wss"));
    else
        return invalid(QStringLiteral("a Socket.IO URL starts with http://, https://, ws:// or "
                                      "wss://, not \"%1\"")
                           .arg(u.scheme()));
    if (u.path().isEmpty() || u.path() == QLatin1String("/"))
        u.setPath(QStringLiteral("/socket.io/"));
    QUrlQuery query(u);
    if (!query.hasQueryItem(QStringLiteral("EIO")))
        query.addQueryItem(QStringLiteral("EIO"), QStringLiteral("4"));
    if (!query.hasQueryItem(QStringLiteral("transport")))
        query.addQueryItem(QStringLiteral("transport"), QStringLiteral("websocket"));
    u.setQuery(query);
    u.setFragment({});
    return u;
}

bool SocketIoClient::open(const SocketIoOptions &options)
{
    if (m_state != State::Closed) {
        emit errorOccurred(invalid(QStringLiteral("already connected or connecting")));
        return false;
    }
    auto url = engineUrl(options.url);
    Result<void> nsp = checkSocketIoNamespace(options.nsp);
    if (!url || !nsp) {
        emit errorOccurred(url ? nsp.error() : url.error());
        return false;
    }
    m_options = options;
    m_open = {};
    m_sid.clear();
    m_pendingAcks.clear();
    m_pingsAnswered = 0;
    m_failed = false;
    m_refused = false;
    m_closing = false;

    WebSocketRequest request;
    request.url = url->toString(QUrl::FullyEncoded);
    request.headers = options.headers;
    request.settings = options.settings;
    request.settings.autoReconnect = false; // a new Engine.IO session would be a new client
    request.settings.pingIntervalMs = 0;    // Engine.IO has its own heartbeat
    setState(State::Connecting);
    if (!m_session->open(request)) {
        setState(State::Closed);
        return false; // the session's error was forwarded
    }
    return true;
}

void SocketIoClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SocketIoClient::logEvent(const QString &text)
{
    log()->appendFrame(MessageDirection::Event, MessageKind::Event,
                       (QStringLiteral("socket.io: ") + text).toUtf8());
}

void SocketIoClient::send(const QString &engineFrame)
{
    m_session->sendVerbatimText(engineFrame);
}

void SocketIoClient::sendSocketIo(const SocketIoPacket &packet)
{
    send(encodeEngineIoPacket(EngineIoType::Message, encodeSocketIoPacket(packet)));
}

void SocketIoClient::onSocketOpened()
{
    setState(State::Handshaking);
    if (m_options.settings.connectTimeoutMs > 0)
        m_stageTimer.start(m_options.settings.connectTimeoutMs);
}

void SocketIoClient::onSocketError(const Error &error)
{
    if (m_closing && error.kind == Error::Kind::Cancelled)
        return;
    if (m_state == State::Handshaking) {
        fail(beforeOpenPacket(error));
        return;
    }
    // Refused before any socket opened (a bad header, TLS file): the session's words suffice.
    if (m_state != State::Connecting || m_session->handshake().url.isEmpty()) {
        fail(error);
        return;
    }
    Error e = error;
    e.message = QStringLiteral("could not open the Socket.IO WebSocket at %1: %2")
                    .arg(m_session->handshake().url, error.message);
    if (error.kind == Error::Kind::Protocol || error.kind == Error::Kind::ConnectionReset) {
        e.message += QStringLiteral(". Is the path right (Socket.IO servers listen on /socket.io/ "
                                    "unless configured otherwise)? A server that does not support "
                                    "Engine.IO v4 (EIO=4) or the websocket transport refuses "
                                    "with HTTP 400");
    }
    e.detail = error.detail.isEmpty() ? error.message : error.detail;
    fail(e);
}

Error SocketIoClient::beforeOpenPacket(const Error &error) const
{
    const QString eio =
        QUrlQuery(QUrl(m_session->handshake().url)).queryItemValue(QStringLiteral("EIO"));
    Error e = error;
    e.message = QStringLiteral("the connection ended before the Engine.IO open packet: %1. A "
                               "Socket.IO server does this when it does not support the Engine.IO "
                               "version asked for (EIO=%2; Wirescope speaks EIO=4, as Socket.IO 3 "
                               "or later does)")
                    .arg(error.message, eio);
    e.detail = error.detail.isEmpty() ? error.message : error.detail;
    return e;
}

void SocketIoClient::onSocketClosed(int code, const QString &reason, bool byPeer)
{
    if (m_state == State::Closed)
        return;
    if (!m_closing && !m_failed && m_state == State::Handshaking) {
        fail(beforeOpenPacket(
            Error{Error::Kind::ConnectionReset,
                  QStringLiteral("the server closed the WebSocket (%1)").arg(code), reason}));
        return;
    }
    if (!m_closing && !m_failed && m_state != State::Connected) {
        fail(Error{Error::Kind::ConnectionReset,
                   QStringLiteral("the server closed the WebSocket (%1%2) before the Socket.IO "
                                  "namespace %3 was connected")
                       .arg(code)
                       .arg(reason.isEmpty() ? QString() : QStringLiteral(", \"%1\"").arg(reason),
                            m_options.nsp)});
        return;
    }
    if (m_closing)
        finish(m_closeReason);
    else
        finish(byPeer ? QStringLiteral("the server closed the connection")
                      : QStringLiteral("closed by the client"));
}

void SocketIoClient::onText(const QString &text)
{
    auto packet = decodeEngineIoPacket(text);
    if (!packet) {
        fail(packet.error());
        return;
    }
    onEnginePacket(packet->type, packet->data);
}

void SocketIoClient::onEnginePacket(EngineIoType type, const QString &data)
{
    if (m_state == State::Handshaking && type != EngineIoType::Open) {
        fail(Error{Error::Kind::Protocol,
                   QStringLiteral("the server sent an Engine.IO %1 packet before its open packet; "
                                  "is this an Engine.IO v4 (Socket.IO 3 or later) server?")
                       .arg(engineIoTypeName(type))});
        return;
    }
    switch (type) {
    case EngineIoType::Open:
        onEngineOpen(data);
        break;
    case EngineIoType::Ping:
        send(encodeEngineIoPacket(EngineIoType::Pong, data));
        ++m_pingsAnswered;
        m_pingDeadline.start(m_open.pingIntervalMs + m_open.pingTimeoutMs);
        emit pingAnswered(m_pingsAnswered);
        break;
    case EngineIoType::Message:
        onSocketIoPacket(data);
        break;
    case EngineIoType::Close:
        logEvent(QStringLiteral("the server closed the Engine.IO session"));
        shutdown(QStringLiteral("the server closed the Engine.IO session"));
        break;
    case EngineIoType::Pong:
    case EngineIoType::Upgrade:
    case EngineIoType::Noop:
        break; // not part of a WebSocket-only session; the log shows them
    }
}

void SocketIoClient::onEngineOpen(const QString &json)
{
    if (m_state != State::Handshaking) {
        fail(Error{Error::Kind::Protocol,
                   QStringLiteral("the server sent a second Engine.IO open packet")});
        return;
    }
    auto open = parseEngineIoOpen(json);
    if (!open) {
        Error e = open.error();
        e.message += QStringLiteral("; is this an Engine.IO v4 (Socket.IO 3 or later) server?");
        fail(e);
        return;
    }
    m_open = *open;
    logEvent(QStringLiteral("Engine.IO session %1 (ping every %2 ms, timeout %3 ms)")
                 .arg(m_open.sid)
                 .arg(m_open.pingIntervalMs)
                 .arg(m_open.pingTimeoutMs));
    m_pingDeadline.start(m_open.pingIntervalMs + m_open.pingTimeoutMs);
    SocketIoPacket connectPacket;
    connectPacket.type = SocketIoType::Connect;
    connectPacket.nsp = m_options.nsp;
    if (m_options.hasAuth)
        connectPacket.data = m_options.auth;
    setState(State::Joining);
    sendSocketIo(connectPacket);
}

void SocketIoClient::onSocketIoPacket(const QString &text)
{
    auto decoded = decodeSocketIoPacket(text);
    if (!decoded) {
        fail(decoded.error());
        return;
    }
    const SocketIoPacket &p = *decoded;
    if (p.nsp != m_options.nsp) {
        logEvent(QStringLiteral("%1 for namespace %2 ignored (connected to %3)")
                     .arg(socketIoTypeName(p.type), p.nsp, m_options.nsp));
        return;
    }
    if (m_state == State::Joining) {
        onConnectReply(p);
        return;
    }
    switch (p.type) {
    case SocketIoType::Event:
        emit eventReceived(p.eventName(), p.arguments(), p.id);
        break;
    case SocketIoType::Ack:
        if (m_pendingAcks.remove(p.id))
            emit ackReceived(p.id, p.arguments());
        else
            logEvent(QStringLiteral("ACK %1 ignored: no emit is waiting for it").arg(p.id));
        break;
    case SocketIoType::Disconnect:
        logEvent(QStringLiteral("the server disconnected namespace %1").arg(p.nsp));
        send(encodeEngineIoPacket(EngineIoType::Close));
        shutdown(QStringLiteral("the server disconnected namespace %1").arg(p.nsp));
        break;
    case SocketIoType::ConnectError:
        m_refused = true;
        fail(connectErrorFrom(p));
        break;
    case SocketIoType::Connect:
        logEvent(QStringLiteral("a second CONNECT for %1 ignored").arg(p.nsp));
        break;
    case SocketIoType::BinaryEvent:
    case SocketIoType::BinaryAck: {
        // Reported and skipped: the connection itself is fine.
        const Error e = binaryAttachmentsError(p);
        logEvent(e.message);
        emit errorOccurred(e);
        break;
    }
    }
}

void SocketIoClient::onConnectReply(const SocketIoPacket &p)
{
    if (p.type == SocketIoType::ConnectError) {
        m_refused = true;
        fail(connectErrorFrom(p));
        return;
    }
    if (p.type != SocketIoType::Connect) {
        logEvent(QStringLiteral("%1 before the namespace was connected ignored")
                     .arg(socketIoTypeName(p.type)));
        return;
    }
    const QString sid = p.data.toObject().value(QLatin1String("sid")).toString();
    if (sid.isEmpty()) {
        fail(Error{Error::Kind::Protocol,
                   QStringLiteral("protocol version mismatch: the server connected namespace %1 "
                                  "without a socket id, as Socket.IO protocol v4 (Socket.IO 1 "
                                  "and 2) does; Wirescope speaks v5 (Socket.IO 3 or later)")
                       .arg(p.nsp)});
        return;
    }
    m_stageTimer.stop();
    m_sid = sid;
    logEvent(QStringLiteral("connected to namespace %1 (socket id %2)").arg(p.nsp, sid));
    setState(State::Connected);
    emit connected(sid);
}

Result<qint64> SocketIoClient::emitEvent(const QString &name, const QJsonArray &args, bool wantAck)
{
    if (m_state != State::Connected)
        return invalid(
            QStringLiteral("cannot emit \"%1\": not connected to a namespace").arg(name));
    if (name.isEmpty())
        return invalid(QStringLiteral("an event needs a name"));
    if (isReservedSocketIoEvent(name))
        return invalid(QStringLiteral("\"%1\" is a reserved Socket.IO event name").arg(name));
    SocketIoPacket p;
    p.type = SocketIoType::Event;
    p.nsp = m_options.nsp;
    QJsonArray data = args;
    data.prepend(name);
    p.data = data;
    if (wantAck)
        p.id = m_nextAckId++;
    const QString frame = encodeEngineIoPacket(EngineIoType::Message, encodeSocketIoPacket(p));
    const qint64 bytes = frame.toUtf8().size();
    if (m_open.maxPayload > 0 && bytes > m_open.maxPayload) {
        return Error{Error::Kind::TooLarge,
                     QStringLiteral("\"%1\" is %2 bytes; the server accepts at most %3 (its "
                                    "maxPayload)")
                         .arg(name)
                         .arg(bytes)
                         .arg(m_open.maxPayload)};
    }
    send(frame);
    if (wantAck) {
        m_pendingAcks.insert(p.id, name);
        QTimer::singleShot(std::max(1, m_options.ackTimeoutMs), this, [this, id = p.id] {
            const QString event = m_pendingAcks.take(id);
            if (event.isNull())
                return;
            logEvent(QStringLiteral("no acknowledgement for \"%1\" (id %2) within %3 ms")
                         .arg(event)
                         .arg(id)
                         .arg(m_options.ackTimeoutMs));
            emit ackTimedOut(id, event);
        });
    }
    return p.id;
}

void SocketIoClient::onStageTimeout()
{
    const QString what = m_state == State::Handshaking
                             ? QStringLiteral("no Engine.IO open packet")
                             : QStringLiteral("no answer to CONNECT %1").arg(m_options.nsp);
    fail(Error{
        Error::Kind::Timeout,
        QStringLiteral("%1 within %2 ms").arg(what).arg(m_options.settings.connectTimeoutMs)});
}

void SocketIoClient::onPingTimeout()
{
    fail(Error{Error::Kind::Timeout,
               QStringLiteral("the server sent no ping for %1 ms (pingInterval + pingTimeout): "
                              "the connection is considered lost")
                   .arg(m_open.pingIntervalMs + m_open.pingTimeoutMs)});
}

void SocketIoClient::close()
{
    if (m_state == State::Closed || m_closing)
        return;
    m_closing = true;
    if (m_state == State::Connected) {
        SocketIoPacket p;
        p.type = SocketIoType::Disconnect;
        p.nsp = m_options.nsp;
        sendSocketIo(p);
    }
    if (m_session->state() == WebSocketSession::State::Open)
        send(encodeEngineIoPacket(EngineIoType::Close));
    shutdown(QStringLiteral("closed by the client"));
}

void SocketIoClient::shutdown(const QString &reason)
{
    m_closing = true;
    m_closeReason = reason;
    // Queued: this may run inside one of the session's signals, and closing the session
    // there would pull its socket from under it.
    QMetaObject::invokeMethod(
        this,
        [this, reason] {
            if (m_session->state() != WebSocketSession::State::Closed)
                m_session->close();
            // Closing a connecting session ends it at once, without closed().
            if (m_session->state() == WebSocketSession::State::Closed)
                finish(reason);
        },
        Qt::QueuedConnection);
}

void SocketIoClient::fail(const Error &error)
{
    if (m_failed || m_state == State::Closed)
        return;
    m_failed = true;
    logEvent(QStringLiteral("error: ") + error.message);
    emit errorOccurred(error);
    shutdown(error.message);
}

void SocketIoClient::finish(const QString &reason)
{
    if (m_state == State::Closed)
        return;
    m_stageTimer.stop();
    m_pingDeadline.stop();
    m_pendingAcks.clear();
    setState(State::Closed);
    emit closed(reason);
}

} // namespace wirescope
