#include "core/stream/messagelog.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace wirescope {

QString messageDirectionName(MessageDirection direction)
{
    switch (direction) {
    case MessageDirection::Incoming:
        return QStringLiteral("incoming");
    case MessageDirection::Outgoing:
        return QStringLiteral("outgoing");
    case MessageDirection::Event:
        break;
    }
    return QStringLiteral("event");
}

QString messageKindName(MessageKind type)
{
    switch (type) {
    case MessageKind::Text:
        return QStringLiteral("text");
    case MessageKind::Binary:
        return QStringLiteral("binary");
    case MessageKind::Ping:
        return QStringLiteral("ping");
    case MessageKind::Pong:
        return QStringLiteral("pong");
    case MessageKind::Close:
        return QStringLiteral("close");
    case MessageKind::SseEvent:
        return QStringLiteral("sse");
    case MessageKind::SseComment:
        return QStringLiteral("comment");
    case MessageKind::SseRetry:
        return QStringLiteral("retry");
    case MessageKind::Event:
        break;
    }
    return QStringLiteral("event");
}

qint64 streamNowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

MessageLog::MessageLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(1, capacity))
    , m_notifyTimer(new QTimer(this))
{
    m_notifyTimer->setSingleShot(true);
    connect(m_notifyTimer, &QTimer::timeout, this, &MessageLog::notifyNow);
    m_sinceNotify.start();
}

MessageLog::~MessageLog() = default;

StreamMessage &MessageLog::claimSlotLocked()
{
    if (m_count < m_capacity) {
        // Growing: the ring is laid out from slot 0 (m_head == 0) until it is full.
        const qsizetype slot = (m_head + m_count) % m_capacity;
        if (slot >= qsizetype(m_ring.size()))
            m_ring.emplace_back();
        ++m_count;
        return m_ring[size_t(slot)];
    }
    // Full: the new entry takes the oldest one's slot.
    StreamMessage &slot = m_ring[size_t(m_head)];
    m_head = (m_head + 1) % m_capacity;
    ++m_counters.evicted;
    return slot;
}

void MessageLog::countLocked(const StreamMessage &message)
{
    const bool data = message.type == MessageKind::Text || message.type == MessageKind::Binary
                      || message.type == MessageKind::SseEvent;
    if (data && message.direction == MessageDirection::Incoming) {
        ++m_counters.incoming;
        m_counters.incomingBytes += message.size;
    } else if (data && message.direction == MessageDirection::Outgoing) {
        ++m_counters.outgoing;
        m_counters.outgoingBytes += message.size;
    } else {
        ++m_counters.events;
    }
}

qint64 MessageLog::store(StreamMessage &&message)
{
    message.sequence = m_nextSequence++;
    if (message.timestampUs == 0)
        message.timestampUs = streamNowUs();
    countLocked(message);
    StreamMessage &slot = claimSlotLocked();
    slot = std::move(message);
    return slot.sequence;
}

void MessageLog::encodeLocked(StreamMessage &slot, QStringView text)
{
    const qsizetype maxBytes = text.size() * 3;
    QByteArray &out = slot.payload;
    // Reuse the evicted entry's buffer unless it is far too big (don't let one huge old
    // message pin its memory in a slot that now holds small ones).
    if (out.capacity() > std::max<qsizetype>(256, maxBytes * 4))
        out = QByteArray();
    out.resize(maxBytes); // detaches when a reader still shares the old payload
    char *end = m_utf8.appendToBuffer(out.data(), text);
    out.truncate(end - out.constData());
    slot.size = out.size();
}

qint64 MessageLog::appendText(MessageDirection direction, QStringView text)
{
    const qint64 timestamp = streamNowUs(); // outside the lock
    qint64 sequence;
    bool post;
    {
        QMutexLocker lock(&m_mutex);
        StreamMessage &slot = claimSlotLocked();
        slot.sequence = m_nextSequence++;
        slot.timestampUs = timestamp;
        slot.direction = direction;
        slot.type = MessageKind::Text;
        slot.closeCode = 0;
        slot.eventType.clear();
        slot.eventId.clear();
        slot.retryMs = -1;
        encodeLocked(slot, text);
        countLocked(slot);
        sequence = slot.sequence;
        post = markPendingLocked();
    }
    if (post)
        postNotify();
    return sequence;
}

qint64 MessageLog::appendSse(MessageKind type,
                             QStringView data,
                             const QString &eventType,
                             const QString &eventId,
                             qint64 retryMs)
{
    const qint64 timestamp = streamNowUs(); // outside the lock
    qint64 sequence;
    bool post;
    {
        QMutexLocker lock(&m_mutex);
        StreamMessage &slot = claimSlotLocked();
        slot.sequence = m_nextSequence++;
        slot.timestampUs = timestamp;
        slot.direction = MessageDirection::Incoming;
        slot.type = type;
        slot.closeCode = 0;
        slot.eventType = eventType; // shared, not copied
        slot.eventId = eventId;
        slot.retryMs = retryMs;
        encodeLocked(slot, data);
        countLocked(slot);
        sequence = slot.sequence;
        post = markPendingLocked();
    }
    if (post)
        postNotify();
    return sequence;
}

bool MessageLog::markPendingLocked()
{
    if (m_notifyPending)
        return false;
    m_notifyPending = true;
    return true;
}

qint64 MessageLog::append(StreamMessage message)
{
    if (message.size == 0)
        message.size = message.payload.size();
    qint64 sequence;
    bool post;
    {
        QMutexLocker lock(&m_mutex);
        sequence = store(std::move(message));
        post = markPendingLocked();
    }
    if (post)
        postNotify();
    return sequence;
}

qint64 MessageLog::appendFrame(MessageDirection direction,
                               MessageKind type,
                               QByteArray payload,
                               int closeCode)
{
    StreamMessage message;
    message.direction = direction;
    message.type = type;
    message.size = payload.size();
    message.payload = std::move(payload);
    message.closeCode = closeCode;
    message.timestampUs = streamNowUs(); // outside the lock
    qint64 sequence;
    bool post;
    {
        QMutexLocker lock(&m_mutex);
        sequence = store(std::move(message));
        post = markPendingLocked();
    }
    if (post)
        postNotify();
    return sequence;
}

void MessageLog::postNotify()
{
    // One queued call per batch, from whichever thread appended first since the last
    // emission; the log's thread then decides whether to emit now or after the interval.
    QMetaObject::invokeMethod(this, &MessageLog::onNotifyPosted, Qt::QueuedConnection);
}

void MessageLog::onNotifyPosted()
{
    const qint64 elapsed = m_sinceNotify.elapsed();
    if (elapsed >= m_notifyIntervalMs)
        notifyNow();
    else if (!m_notifyTimer->isActive())
        m_notifyTimer->start(int(m_notifyIntervalMs - elapsed));
}

void MessageLog::notifyNow()
{
    qint64 first;
    int size;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_notifyPending)
            return;
        m_notifyPending = false;
        first = m_nextSequence - m_count;
        size = m_count;
    }
    m_sinceNotify.restart();
    ++m_notifications;
    emit changed(first, size);
}

int MessageLog::capacity() const
{
    QMutexLocker lock(&m_mutex);
    return m_capacity;
}

void MessageLog::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    bool post = false;
    {
        QMutexLocker lock(&m_mutex);
        if (capacity == m_capacity)
            return;
        const int drop = std::max(0, m_count - capacity);
        // Re-lay the retained entries out from slot 0 in a ring of the new capacity.
        std::vector<StreamMessage> ring;
        ring.reserve(size_t(std::min(capacity, m_count)));
        const qsizetype slotCount = qsizetype(m_ring.size());
        for (int i = drop; i < m_count; ++i)
            ring.push_back(std::move(m_ring[size_t((m_head + i) % slotCount)]));
        m_ring = std::move(ring);
        m_head = 0;
        m_count -= drop;
        m_counters.evicted += drop;
        m_capacity = capacity;
        post = markPendingLocked();
    }
    if (post)
        postNotify();
}

int MessageLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_count;
}

qint64 MessageLog::firstSequence() const
{
    QMutexLocker lock(&m_mutex);
    return m_nextSequence - m_count;
}

StreamMessage MessageLog::at(int index) const
{
    QMutexLocker lock(&m_mutex);
    Q_ASSERT(index >= 0 && index < m_count);
    if (index < 0 || index >= m_count)
        return {};
    return m_ring[size_t((m_head + index) % qsizetype(m_ring.size()))];
}

bool MessageLog::find(qint64 sequence, StreamMessage *out) const
{
    QMutexLocker lock(&m_mutex);
    const qint64 first = m_nextSequence - m_count;
    if (sequence < first || sequence >= m_nextSequence)
        return false;
    if (out)
        *out = m_ring[size_t((m_head + (sequence - first)) % qsizetype(m_ring.size()))];
    return true;
}

QList<StreamMessage> MessageLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    QList<StreamMessage> list;
    list.reserve(m_count);
    for (int i = 0; i < m_count; ++i)
        list.append(m_ring[size_t((m_head + i) % qsizetype(m_ring.size()))]);
    return list;
}

MessageLogCounters MessageLog::counters() const
{
    QMutexLocker lock(&m_mutex);
    return m_counters;
}

void MessageLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_counters.evicted += m_count;
        m_ring.clear();
        m_head = 0;
        m_count = 0;
        m_notifyPending = false;
    }
    m_notifyTimer->stop();
    emit cleared();
}

} // namespace wirescope
