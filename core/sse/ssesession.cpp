#include "core/sse/ssesession.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/stream/messagelog.h"

#include <QTimer>

#include <algorithm>

namespace wirescope {

namespace {

bool sameName(const KeyValue &h, QLatin1String name)
{
    return h.name.compare(name, Qt::CaseInsensitive) == 0;
}

bool hasEnabledHeader(const KeyValueList &headers, QLatin1String name)
{
    return std::any_of(headers.begin(), headers.end(),
                       [name](const KeyValue &h) { return h.enabled && sameName(h, name); });
}

/// Errors after which trying again cannot help (EventSource "fails the connection" too).
bool isRetriable(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Dns:
    case Error::Kind::ConnectionRefused:
    case Error::Kind::ConnectionReset:
    case Error::Kind::Timeout:
    case Error::Kind::InactivityTimeout:
    case Error::Kind::Protocol:
    case Error::Kind::Proxy:
    case Error::Kind::Other:
        return true;
    case Error::Kind::InvalidRequest:
    case Error::Kind::Tls:
    case Error::Kind::TooLarge:
    case Error::Kind::TooManyRedirects:
    case Error::Kind::Cancelled:
    case Error::Kind::File:
    case Error::Kind::Parse:
        break;
    }
    return false;
}

} // namespace

SseSession::SseSession(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(new MessageLog(MessageLog::kDefaultCapacity, this))
    , m_reconnectTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SseSession::connectOnce);
    m_handler = [this](SseItem &item) {
        switch (item.kind) {
        case SseItem::Kind::Event:
            m_log->appendSse(MessageKind::SseEvent, item.data, item.type, item.id);
            break;
        case SseItem::Kind::Comment:
            m_log->appendSse(MessageKind::SseComment, item.data);
            break;
        case SseItem::Kind::Retry:
            m_log->appendSse(MessageKind::SseRetry,
                             QStringLiteral("retry: %1 ms").arg(item.retryMs), {}, {},
                             item.retryMs);
            break;
        }
    };
}

SseSession::~SseSession()
{
    if (m_run) {
        m_run->disconnect(this);
        delete m_run.data(); // cancels the exchange
    }
}

void SseSession::setOptions(const Options &options)
{
    m_options = options;
    m_parser = SseParser(options.limits);
    m_log->setCapacity(options.logCapacity);
}

void SseSession::setReconnect(bool reconnect)
{
    m_options.reconnect = reconnect;
    if (!reconnect && m_state == State::Reconnecting) {
        m_reconnectTimer->stop();
        logEvent(QStringLiteral("reconnection turned off: closed"));
        setState(State::Closed);
    }
}

QString SseSession::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Open:
        return QStringLiteral("open");
    case State::Reconnecting:
        return QStringLiteral("reconnecting");
    case State::Closed:
        break;
    }
    return QStringLiteral("closed");
}

bool SseSession::isEventStream(const QString &contentType)
{
    const QStringView type = QStringView(contentType).left(contentType.indexOf(u';')).trimmed();
    return type.compare(QLatin1String("text/event-stream"), Qt::CaseInsensitive) == 0;
}

void SseSession::resetForStart(const Request &request, const VariableContext &context)
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_reconnectTimer->stop();
    m_request = request;
    m_context = context;
    m_parser = SseParser(m_options.limits);
    m_error.reset();
    m_response.reset();
    m_end = End::None;
    m_reconnects = 0;
    m_stopping = false;
}

void SseSession::start(const Request &request, const VariableContext &context)
{
    resetForStart(request, context);
    connectOnce();
}

void SseSession::adopt(RequestRun *run,
                       const Request &request,
                       const VariableContext &context,
                       const Response &head)
{
    resetForStart(request, context);
    m_parser.reset();
    m_streaming = false;
    m_limitHit = false;
    m_discardedBytes = 0;
    m_bytesReceived = 0;
    ++m_connections;
    attach(run, request.url);
    onRunHeaders(head);
}

void SseSession::attach(RequestRun *run, const QString &url)
{
    setState(State::Connecting);
    logEvent(QStringLiteral("connecting to %1").arg(url));
    m_run = run;
    connect(run, &RequestRun::headersReceived, this, &SseSession::onRunHeaders);
    connect(run, &RequestRun::bodyBytesReceived, this, &SseSession::onRunBytes);
    connect(run, &RequestRun::finished, this, &SseSession::onRunFinished);
}

void SseSession::stop()
{
    m_reconnectTimer->stop();
    if (m_run) {
        m_stopping = true;
        m_run->cancel(); // finished() follows synchronously or soon; onRunFinished ends it
        return;
    }
    if (m_state != State::Closed && m_state != State::Idle) {
        m_end = End::Stopped;
        logEvent(QStringLiteral("stopped"));
        setState(State::Closed);
    }
}

Request SseSession::preparedRequest() const
{
    Request r = m_request;
    if (!hasEnabledHeader(r.headers, QLatin1String("Accept")))
        r.headers.append(
            KeyValue{QStringLiteral("Accept"), QStringLiteral("text/event-stream"), true, {}});
    if (!hasEnabledHeader(r.headers, QLatin1String("Cache-Control")))
        r.headers.append(
            KeyValue{QStringLiteral("Cache-Control"), QStringLiteral("no-cache"), true, {}});
    const QString lastId = m_parser.lastEventId();
    if (m_connections > 0 && !lastId.isEmpty()) {
        r.headers.removeIf(
            [](const KeyValue &h) { return sameName(h, QLatin1String("Last-Event-ID")); });
        r.headers.append(KeyValue{QStringLiteral("Last-Event-ID"), lastId, true, {}});
    }
    return r;
}

void SseSession::connectOnce()
{
    const Request request = preparedRequest();
    m_parser.reset();
    m_streaming = false;
    m_limitHit = false;
    m_discardedBytes = 0;
    m_bytesReceived = 0;
    ++m_connections;
    attach(m_client->send(request, m_context), request.url);
}

void SseSession::onRunHeaders(const Response &head)
{
    if (m_streaming)
        return; // adopt() may see the head it was handed once more
    m_response = head;
    const bool success = head.status >= 200 && head.status < 300;
    const bool stream = m_options.requireEventStream
                            ? head.status == 200 && isEventStream(head.contentType)
                            : success;
    if (!stream)
        return; // an ordinary response: let it complete, onRunFinished reports it
    m_streaming = true;
    m_run->setStreamBody(true);
    logEvent(QStringLiteral("open: %1 %2, %3")
                 .arg(head.status)
                 .arg(head.reason, head.contentType.isEmpty() ? QStringLiteral("no Content-Type")
                                                              : head.contentType));
    setState(State::Open);
    emit opened(head);
}

void SseSession::onRunBytes(const QByteArray &bytes)
{
    if (m_limitHit)
        return;
    m_bytesReceived += bytes.size();
    if (m_parser.feed(bytes, m_handler))
        return;
    m_limitHit = true;
    m_discardedBytes = 0;
    if (m_run)
        m_run->cancel(); // onRunFinished sees m_limitHit
}

void SseSession::onRunFinished(const Exchange &exchange)
{
    m_exchange = exchange;
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
        m_run = nullptr;
    }
    if (exchange.response)
        m_response = exchange.response;

    if (m_limitHit) {
        m_end = End::TooLarge;
        fail(Error{Error::Kind::TooLarge, m_parser.error()});
        emit connectionEnded(m_end, 0);
        setState(State::Closed);
        return;
    }
    if (m_stopping) {
        m_stopping = false;
        m_discardedBytes = m_parser.pendingBytes();
        m_end = End::Stopped;
        logEvent(QStringLiteral("stopped"));
        emit connectionEnded(m_end, m_discardedBytes);
        setState(State::Closed);
        return;
    }
    if (!m_streaming) {
        if (exchange.error) {
            m_end = End::Broken;
            fail(*exchange.error);
            emit connectionEnded(m_end, 0);
            if (isRetriable(exchange.error->kind))
                return scheduleReconnect();
            setState(State::Closed);
            return;
        }
        // EventSource fails the connection for any other status or type, without retrying.
        m_end = End::NotAStream;
        const Response &r = *exchange.response;
        fail(Error{Error::Kind::Protocol,
                   QStringLiteral("the server answered %1 %2 with %3, not an event stream "
                                  "(200 with Content-Type text/event-stream)")
                       .arg(r.status)
                       .arg(r.reason, r.contentType.isEmpty()
                                          ? QStringLiteral("no Content-Type")
                                          : QStringLiteral("Content-Type ") + r.contentType)});
        emit notEventStream(exchange);
        emit connectionEnded(m_end, 0);
        setState(State::Closed);
        return;
    }

    m_discardedBytes = m_parser.pendingBytes();
    if (exchange.error) {
        m_end = End::Broken;
        fail(*exchange.error);
    } else {
        m_end = End::ServerClosed;
        logEvent(QStringLiteral("the server closed the stream (%1 bytes received)")
                     .arg(m_bytesReceived));
    }
    if (m_discardedBytes > 0) {
        logEvent(QStringLiteral("an unfinished event was discarded (%1 bytes without the blank "
                                "line that ends an event)")
                     .arg(m_discardedBytes));
    }
    emit connectionEnded(m_end, m_discardedBytes);
    if (m_end == End::ServerClosed || isRetriable(exchange.error->kind))
        return scheduleReconnect();
    setState(State::Closed);
}

void SseSession::scheduleReconnect()
{
    if (!m_options.reconnect
        || (m_options.maxReconnects >= 0 && m_reconnects >= m_options.maxReconnects)) {
        setState(State::Closed);
        return;
    }
    ++m_reconnects;
    const qint64 retry = m_parser.reconnectionTimeMs();
    const int delay =
        int(std::clamp<qint64>(retry >= 0 ? retry : m_options.defaultRetryMs, 0, 24 * 3600 * 1000));
    const QString lastId = m_parser.lastEventId();
    logEvent(
        QStringLiteral("reconnecting in %1 ms%2")
            .arg(delay)
            .arg(lastId.isEmpty() ? QString() : QStringLiteral(" with Last-Event-ID: ") + lastId));
    setState(State::Reconnecting);
    m_reconnectTimer->start(delay);
}

void SseSession::fail(Error error)
{
    logEvent(QStringLiteral("error: ") + error.message);
    m_error = error;
    emit errorOccurred(error);
}

void SseSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SseSession::logEvent(const QString &text)
{
    StreamMessage m;
    m.direction = MessageDirection::Event;
    m.type = MessageKind::Event;
    m.payload = text.toUtf8();
    m_log->append(std::move(m));
}

} // namespace wirescope
