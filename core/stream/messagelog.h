#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringEncoder>

#include <QMutex>

#include <vector>

class QTimer;

namespace wirescope {

enum class MessageDirection { Incoming, Outgoing, Event };
/// What a log entry is. The log also carries Server-Sent Events streams (SseSession):
/// SseEvent is a dispatched event (incoming data), SseComment a comment line, SseRetry a
/// valid `retry` field; connection events of a stream are Event, as for WebSocket.
enum class MessageKind { Text, Binary, Ping, Pong, Close, Event, SseEvent, SseComment, SseRetry };

/// One entry of a WebSocket conversation or an event stream: a frame, a Server-Sent Event,
/// or a connection event (connecting, open, closed, error, reconnecting) with its text in
/// `payload`.
struct StreamMessage
{
    qint64 sequence = 0;    ///< 0, 1, 2, ... over the log's lifetime; never reused
    qint64 timestampUs = 0; ///< microseconds since the Unix epoch
    MessageDirection direction = MessageDirection::Event;
    MessageKind type = MessageKind::Event;
    qint64 size = 0;     ///< payload size in bytes
    QByteArray payload;  ///< text (UTF-8), bytes, ping/pong data, close reason, event text
    int closeCode = 0;   ///< for Close frames / closed events
    QString eventType;   ///< SseEvent: the event type ("message" unless the stream named one)
    QString eventId;     ///< SseEvent: the last event ID when it was dispatched
    qint64 retryMs = -1; ///< SseRetry: the reconnection time the stream asked for
};

/// Counters that stay exact however many entries the ring has dropped.
struct MessageLogCounters
{
    qint64 incoming = 0; ///< data frames received (text + binary), or Server-Sent Events
    qint64 outgoing = 0; ///< data frames sent
    qint64 incomingBytes = 0;
    qint64 outgoingBytes = 0;
    qint64 events = 0;  ///< everything else (pings, pongs, closes, events)
    qint64 evicted = 0; ///< entries dropped from the front of the ring
    qint64 total() const { return incoming + outgoing + events; }

    friend bool operator==(const MessageLogCounters &, const MessageLogCounters &) = default;
};

/// "incoming", "outgoing", "event".
QString messageDirectionName(MessageDirection direction);
/// "text", "binary", "ping", "pong", "close", "event", "sse", "comment", "retry".
QString messageKindName(MessageKind type);

/// Microseconds since the Unix epoch from the system clock (cheap: no QDateTime).
qint64 streamNowUs();

/// A bounded ring of StreamMessage. append() is thread-safe (a reader thread may ingest);
/// readers on the log's thread call snapshot accessors. Change notifications are batched:
/// `changed` fires at most once per notifyIntervalMs (default 16 ms, ~60/s) on the log's
/// thread, never once per message.
///
/// The ring is a preallocated-as-it-grows vector written in place once full, so a steady
/// stream of appends costs one mutex lock and a move-assignment per message, and at most one
/// queued event per notification interval (no timer is touched on the append path).
class MessageLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLog)

public:
    static constexpr int kDefaultCapacity = 100000;

    explicit MessageLog(int capacity = kDefaultCapacity, QObject *parent = nullptr);
    ~MessageLog() override;

    /// Appends @p message, assigning its sequence number (and timestamp when 0). Thread-safe.
    qint64 append(StreamMessage message);

    /// Appends an incoming/outgoing data frame or control frame without building a StreamMessage
    /// first (the hot path for received frames). Thread-safe. Returns the sequence number.
    qint64 appendFrame(MessageDirection direction,
                       MessageKind type,
                       QByteArray payload,
                       int closeCode = 0);

    /// Appends a text frame, encoding @p text to UTF-8 straight into the ring slot it takes
    /// (reusing that slot's buffer when it is not shared): no allocation per message once the
    /// ring has wrapped. Thread-safe. Returns the sequence number.
    qint64 appendText(MessageDirection direction, QStringView text);

    /// Appends an incoming Server-Sent Events entry (@p type is SseEvent, SseComment or
    /// SseRetry) the way appendText() does: @p data encoded into the slot's buffer.
    /// Thread-safe. Returns the sequence number.
    qint64 appendSse(MessageKind type,
                     QStringView data,
                     const QString &eventType = {},
                     const QString &eventId = {},
                     qint64 retryMs = -1);

    int capacity() const;
    void setCapacity(int capacity); ///< shrinking evicts the oldest entries (counted)
    int size() const;               ///< entries currently retained
    /// Sequence of the oldest retained entry (== counters().evicted after clear()s are counted).
    qint64 firstSequence() const;
    /// Entry @p index (0 = oldest retained); index must be < size().
    StreamMessage at(int index) const;
    /// The retained entry with @p sequence, if still in the ring.
    bool find(qint64 sequence, StreamMessage *out) const;
    /// Copies of the retained entries, oldest first.
    QList<StreamMessage> entries() const;
    MessageLogCounters counters() const;
    void clear(); ///< drops the entries (counted as evicted); counters otherwise stay

    int notifyIntervalMs() const { return m_notifyIntervalMs; }
    void setNotifyIntervalMs(int ms) { m_notifyIntervalMs = ms; }
    /// How many times `changed` has been emitted (for tests and diagnostics).
    qint64 notificationCount() const { return m_notifications; }

Q_SIGNALS:
    /// Batched: entries were appended (and maybe evicted) since the last emission.
    /// @p firstSequence/@p size describe the ring now; views re-read what they show.
    void changed(qint64 firstSequence, int size);
    void cleared();

private:
    // Called with m_mutex held.
    StreamMessage &claimSlotLocked();
    void countLocked(const StreamMessage &message);
    qint64 store(StreamMessage &&message);
    bool markPendingLocked();
    void encodeLocked(StreamMessage &slot, QStringView text);

    void postNotify();     // any thread, m_mutex not held
    void onNotifyPosted(); // log's thread
    void notifyNow();      // log's thread

    mutable QMutex m_mutex;
    std::vector<StreamMessage> m_ring; // slots; grows up to m_capacity, then reused in place
    qsizetype m_head = 0;              // index of the oldest entry
    int m_count = 0;
    int m_capacity;
    qint64 m_nextSequence = 0;
    MessageLogCounters m_counters;
    bool m_notifyPending = false;
    int m_notifyIntervalMs = 16;
    qint64 m_notifications = 0;
    QElapsedTimer m_sinceNotify;
    QTimer *m_notifyTimer = nullptr;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace wirescope
