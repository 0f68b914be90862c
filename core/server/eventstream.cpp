#include "core/server/eventstream.h"

#include "core/server/httpbinresponder.h"
#include "core/server/serverrequest.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace wirescope::server {

namespace {

constexpr qint64 kMaxCount = 100'000'000;
constexpr int kMaxIntervalMs = 60'000;
constexpr qint64 kHighWater = 256 * 1024;
constexpr int kBatchBytes = 32 * 1024;

std::optional<qint64>
number(const QUrlQuery &query, const QString &key, qint64 fallback, qint64 max)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const QString text = query.queryItemValue(key);
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0 || n > max || text.startsWith(u'+'))
        return std::nullopt;
    return n;
}

bool isEventName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 200
           && std::none_of(name.begin(), name.end(),
                           [](QChar c) { return c == u'\r' || c == u'\n' || c.unicode() < 0x20; });
}

} // namespace

ServerResponse eventStreamResponse(const ServerRequest &request)
{
    const QUrlQuery query(request.url);
    const auto count = number(query, QStringLiteral("count"), 10, kMaxCount);
    if (!count)
        return HttpbinResponder::error(
            400,
            QStringLiteral("count must be 0..%1 (0: until the client hangs up)").arg(kMaxCount));
    const auto interval = number(query, QStringLiteral("interval"), 1000, kMaxIntervalMs);
    if (!interval)
        return HttpbinResponder::error(
            400, QStringLiteral("interval must be 0..%1 milliseconds").arg(kMaxIntervalMs));
    const auto retry = number(query, QStringLiteral("retry"), -1, 24 * 3600 * 1000);
    if (!retry)
        return HttpbinResponder::error(400,
                                       QStringLiteral("retry must be a number of milliseconds"));
    EventStreamPlan plan;
    plan.intervalMs = int(*interval);
    plan.retryMs = int(*retry);
    plan.lastId = *count == 0 ? -1 : *count;
    if (query.hasQueryItem(QStringLiteral("event"))) {
        const QString name = query.queryItemValue(QStringLiteral("event"), QUrl::FullyDecoded);
        if (!isEventName(name))
            return HttpbinResponder::error(
                400,
                QStringLiteral("event must be a name without line breaks or control characters"));
        plan.eventName = name.toUtf8();
    }
    bool ok = false;
    const qint64 last = request.header("last-event-id").trimmed().toLongLong(&ok);
    if (ok && last >= 0 && last < kMaxCount)
        plan.firstId = last + 1; // resume after what the client saw
    ServerResponse out;
    out.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    out.setHeader("Cache-Control", "no-cache");
    out.chunked = true;
    out.eventStream = plan;
    return out;
}

QByteArray EventPump::eventBytes(const EventStreamPlan &plan, qint64 id)
{
    QByteArray out;
    if (!plan.eventName.isEmpty())
        out += "event: " + plan.eventName + '\n';
    const QByteArray n = QByteArray::number(id);
    out += "id: " + n + "\ndata: {\"n\":" + n + "}\n\n";
    return out;
}

EventPump::EventPump(QTcpSocket *socket,
                     const EventStreamPlan &plan,
                     bool closeAfter,
                     std::function<void()> done)
    : QObject(socket)
    , m_socket(socket)
    , m_plan(plan)
    , m_next(plan.firstId)
    , m_closeAfter(closeAfter)
    , m_done(std::move(done))
{
    QByteArray opening = ": wirescope demo event stream\n";
    if (plan.retryMs >= 0)
        opening += "retry: " + QByteArray::number(plan.retryMs) + "\n";
    opening += '\n';
    writeChunk(opening);
    if (plan.intervalMs > 0) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &EventPump::pump);
        m_timer->start(plan.intervalMs);
    } else {
        connect(socket, &QTcpSocket::bytesWritten, this, &EventPump::pump);
    }
    // Never finish inside the constructor: the caller's bookkeeping comes first.
    QTimer::singleShot(0, this, &EventPump::pump);
}

EventPump::~EventPump() = default;

void EventPump::writeChunk(const QByteArray &bytes)
{
    m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
}

void EventPump::pump()
{
    if (m_finished || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const auto more = [this] {
        return m_plan.lastId < 0 || m_next <= m_plan.lastId;
    };
    if (m_timer) {
        if (more())
            writeChunk(eventBytes(m_plan, m_next++));
    } else {
        while (more() && m_socket->bytesToWrite() < kHighWater) {
            QByteArray batch;
            while (more() && batch.size() < kBatchBytes)
                batch += eventBytes(m_plan, m_next++);
            writeChunk(batch);
        }
    }
    if (!more())
        finish();
}

void EventPump::finish()
{
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    m_socket->write("0\r\n\r\n");
    if (m_closeAfter)
        m_socket->disconnectFromHost();
    if (m_done)
        m_done();
    deleteLater();
}

} // namespace wirescope::server
