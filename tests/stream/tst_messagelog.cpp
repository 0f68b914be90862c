// MessageLog: the bounded ring, counters that stay exact across evictions, batched
// notifications and thread-safe appends.

#include "core/stream/messagelog.h"
#include "core/stream/streammessagejson.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <thread>
#include <vector>

using namespace wirescope;

namespace {

StreamMessage frame(MessageDirection direction, MessageKind type, const QByteArray &payload)
{
    StreamMessage m;
    m.direction = direction;
    m.type = type;
    m.payload = payload;
    return m;
}

} // namespace

class tst_MessageLog final : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTripOfEveryKind();
    void sequencesAndTimestamps();
    void countersByKind();
    void capEvictsOldestAndCountsExactly_data();
    void capEvictsOldestAndCountsExactly();
    void findAndAtAfterWrap();
    void shrinkAndGrowCapacity();
    void clearCountsAsEvicted();
    void notificationsAreBatched();
    void notificationIntervalRespected();
    void concurrentAppendsLoseNothing();
    void serverSentEventsEntries();
};

void tst_MessageLog::sequencesAndTimestamps()
{
    MessageLog log(10);
    StreamMessage stamped = frame(MessageDirection::Incoming, MessageKind::Text, "a");
    stamped.timestampUs = 42;
    QCOMPARE(log.append(stamped), 0);
    QCOMPARE(log.appendFrame(MessageDirection::Outgoing, MessageKind::Text, "bc"), 1);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).timestampUs, 42);
    QCOMPARE(log.at(0).size, 1);
    QCOMPARE(log.at(1).sequence, 1);
    QCOMPARE(log.at(1).size, 2);
    // Real clock, microseconds since the epoch: after 2020-01-01.
    QVERIFY(log.at(1).timestampUs > qint64(1577836800) * 1000000);
}

void tst_MessageLog::countersByKind()
{
    MessageLog log;
    log.append(frame(MessageDirection::Incoming, MessageKind::Text, "hello"));
    log.append(frame(MessageDirection::Incoming, MessageKind::Binary, QByteArray(10, 'x')));
    log.append(frame(MessageDirection::Outgoing, MessageKind::Text, "abc"));
    log.append(frame(MessageDirection::Outgoing, MessageKind::Ping, "p"));
    log.append(frame(MessageDirection::Incoming, MessageKind::Pong, "p"));
    log.append(frame(MessageDirection::Event, MessageKind::Event, "open"));
    MessageLogCounters expected;
    expected.incoming = 2;
    expected.incomingBytes = 15;
    expected.outgoing = 1;
    expected.outgoingBytes = 3;
    expected.events = 3;
    QCOMPARE(log.counters(), expected);
    QCOMPARE(log.counters().total(), 6);
}

void tst_MessageLog::capEvictsOldestAndCountsExactly_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appends");
    QTest::newRow("under") << 10 << 7;
    QTest::newRow("exactly") << 10 << 10;
    QTest::newRow("one over") << 10 << 11;
    QTest::newRow("many laps") << 7 << 1000;
    QTest::newRow("capacity 1") << 1 << 5;
}

void tst_MessageLog::capEvictsOldestAndCountsExactly()
{
    QFETCH(int, capacity);
    QFETCH(int, appends);
    MessageLog log(capacity);
    for (int i = 0; i < appends; ++i)
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text, QByteArray::number(i));
    const int retained = std::min(capacity, appends);
    QCOMPARE(log.size(), retained);
    const MessageLogCounters c = log.counters();
    QCOMPARE(c.incoming, appends);
    QCOMPARE(c.evicted, appends - retained);
    qint64 bytes = 0;
    for (int i = 0; i < appends; ++i)
        bytes += QByteArray::number(i).size();
    QCOMPARE(c.incomingBytes, bytes);
    QCOMPARE(log.firstSequence(), appends - retained);
    for (int i = 0; i < retained; ++i) {
        const StreamMessage m = log.at(i);
        QCOMPARE(m.sequence, appends - retained + i);
        QCOMPARE(m.payload, QByteArray::number(appends - retained + i));
    }
}

void tst_MessageLog::findAndAtAfterWrap()
{
    MessageLog log(4);
    for (int i = 0; i < 10; ++i)
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text, QByteArray::number(i));
    StreamMessage m;
    QVERIFY(!log.find(5, &m));
    QVERIFY(log.find(6, &m));
    QCOMPARE(m.payload, QByteArray("6"));
    QVERIFY(log.find(9, &m));
    QCOMPARE(m.payload, QByteArray("9"));
    QVERIFY(!log.find(10, &m));
    const auto all = log.entries();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first().payload, QByteArray("6"));
    QCOMPARE(all.last().payload, QByteArray("9"));
}

void tst_MessageLog::shrinkAndGrowCapacity()
{
    MessageLog log(10);
    for (int i = 0; i < 13; ++i) // wrapped: 3 evicted
        log.appendFrame(MessageDirection::Outgoing, MessageKind::Text, QByteArray::number(i));
    log.setCapacity(4);
    QCOMPARE(log.capacity(), 4);
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.counters().evicted, 9);
    QCOMPARE(log.at(0).payload, QByteArray("9"));
    log.setCapacity(6);
    for (int i = 13; i < 16; ++i)
        log.appendFrame(MessageDirection::Outgoing, MessageKind::Text, QByteArray::number(i));
    QCOMPARE(log.size(), 6);
    QCOMPARE(log.counters().evicted, 10);
    QCOMPARE(log.at(0).payload, QByteArray("10"));
    QCOMPARE(log.at(5).payload, QByteArray("15"));
    QCOMPARE(log.counters().outgoing, 16);
}

void tst_MessageLog::clearCountsAsEvicted()
{
    MessageLog log(5);
    QSignalSpy cleared(&log, &MessageLog::cleared);
    for (int i = 0; i < 3; ++i)
        log.appendFrame(MessageDirection::Incoming, MessageKind::Binary, "xy");
    log.clear();
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.counters().evicted, 3);
    QCOMPARE(log.counters().incoming, 3);
    QCOMPARE(log.firstSequence(), 3);
    QCOMPARE(log.appendFrame(MessageDirection::Incoming, MessageKind::Text, "z"), 3);
    QCOMPARE(log.at(0).payload, QByteArray("z"));
}

void tst_MessageLog::notificationsAreBatched()
{
    MessageLog log(100);
    QSignalSpy changed(&log, &MessageLog::changed);
    for (int i = 0; i < 10000; ++i)
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text, "m");
    QCOMPARE(changed.size(), 0); // never synchronously from append()
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), 9900);
    QCOMPARE(changed.first().at(1).toInt(), 100);
    QCOMPARE(log.notificationCount(), 1);
    // Nothing new: no further emission.
    QTest::qWait(50);
    QCOMPARE(changed.size(), 1);
}

void tst_MessageLog::notificationIntervalRespected()
{
    // Appends spread over ~300 ms with a 100 ms interval: a handful of emissions at most,
    // not one per append, and the last one describes the final ring.
    MessageLog log(1000);
    log.setNotifyIntervalMs(100);
    QSignalSpy changed(&log, &MessageLog::changed);
    int appended = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 300) {
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text, "m");
        ++appended;
        QTest::qWait(1);
    }
    QTRY_VERIFY(!changed.isEmpty() && changed.last().at(1).toInt() == std::min(appended, 1000));
    // At most one emission per started interval (bounded by the time actually spent, so a
    // slow machine cannot make this fail), and never one per append.
    const qint64 maxEmissions = clock.elapsed() / 100 + 2;
    QVERIFY2(changed.size() <= maxEmissions,
             qPrintable(
                 QStringLiteral("%1 emissions in %2 ms").arg(changed.size()).arg(clock.elapsed())));
    QVERIFY(changed.size() >= 2);
    QVERIFY(appended > changed.size() * 5);
}

void tst_MessageLog::concurrentAppendsLoseNothing()
{
    MessageLog log(1000);
    QSignalSpy changed(&log, &MessageLog::changed);
    constexpr int threads = 4;
    constexpr int perThread = 20000;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&log] {
            for (int i = 0; i < perThread; ++i)
                log.appendFrame(MessageDirection::Incoming, MessageKind::Text, "0123456789abcdef");
        });
    }
    for (auto &w : workers)
        w.join();
    const MessageLogCounters c = log.counters();
    QCOMPARE(c.incoming, threads * perThread);
    QCOMPARE(c.incomingBytes, qint64(threads) * perThread * 16);
    QCOMPARE(c.evicted, threads * perThread - 1000);
    QCOMPARE(log.size(), 1000);
    // Sequences of the retained tail are consecutive.
    for (int i = 1; i < log.size(); ++i)
        QCOMPARE(log.at(i).sequence, log.at(i - 1).sequence + 1);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toLongLong(), threads * perThread - 1000);
}

void tst_MessageLog::serverSentEventsEntries()
{
    MessageLog log(3);
    log.appendSse(MessageKind::SseEvent, u"d\u00e9ta", QStringLiteral("tick"), QStringLiteral("7"));
    log.appendSse(MessageKind::SseComment, u"keep-alive");
    log.appendSse(MessageKind::SseRetry, u"retry: 500 ms", {}, {}, 500);
    const StreamMessage event = log.at(0);
    QCOMPARE(event.direction, MessageDirection::Incoming);
    QCOMPARE(event.type, MessageKind::SseEvent);
    QCOMPARE(event.payload, QByteArray("d\xC3\xA9ta"));
    QCOMPARE(event.size, 5);
    QCOMPARE(event.eventType, QStringLiteral("tick"));
    QCOMPARE(event.eventId, QStringLiteral("7"));
    QCOMPARE(log.at(2).retryMs, 500);
    MessageLogCounters counters = log.counters();
    QCOMPARE(counters.incoming, 1); // events count as received data
    QCOMPARE(counters.incomingBytes, 5);
    QCOMPARE(counters.events, 2); // comments and retry fields as the rest
    QCOMPARE(messageKindName(MessageKind::SseEvent), QStringLiteral("sse"));
    QCOMPARE(messageKindName(MessageKind::SseComment), QStringLiteral("comment"));
    QCOMPARE(messageKindName(MessageKind::SseRetry), QStringLiteral("retry"));

    // A text frame that takes the event's slot once the ring wraps carries none of its fields.
    log.appendText(MessageDirection::Incoming, u"plain");
    const StreamMessage reused = log.at(2);
    QCOMPARE(reused.type, MessageKind::Text);
    QVERIFY(reused.eventType.isEmpty());
    QVERIFY(reused.eventId.isEmpty());
    QCOMPARE(reused.retryMs, -1);
    QCOMPARE(log.counters().evicted, 1);
}

// The JSON form (ws --json, the history's transcripts) gives back every field of every kind;
// an object without a known direction or type is refused.
void tst_MessageLog::jsonRoundTripOfEveryKind()
{
    const MessageKind kinds[] = {
        MessageKind::Text,     MessageKind::Binary,     MessageKind::Ping,
        MessageKind::Pong,     MessageKind::Close,      MessageKind::Event,
        MessageKind::SseEvent, MessageKind::SseComment, MessageKind::SseRetry};
    for (MessageKind kind : kinds) {
        StreamMessage m;
        m.type = kind;
        m.direction =
            kind == MessageKind::Text ? MessageDirection::Outgoing : MessageDirection::Incoming;
        m.timestampUs = 1'700'000'000'123'456;
        m.payload = kind == MessageKind::Binary ? QByteArray("\x00\xff\x01", 3)
                                                : QByteArray("caf\xc3\xa9 \"q\"");
        m.size = m.payload.size();
        if (kind == MessageKind::Close)
            m.closeCode = 4001;
        if (kind == MessageKind::SseEvent) {
            m.eventType = QStringLiteral("tick");
            m.eventId = QStringLiteral("42");
        }
        if (kind == MessageKind::SseRetry)
            m.retryMs = 3000;
        const std::optional<StreamMessage> back = streamMessageFromJson(streamMessageToJson(m));
        QVERIFY2(back, qPrintable(messageKindName(kind)));
        QCOMPARE(back->type, m.type);
        QCOMPARE(back->direction, m.direction);
        QCOMPARE(back->timestampUs, m.timestampUs);
        QCOMPARE(back->payload, m.payload);
        QCOMPARE(back->size, m.size);
        QCOMPARE(back->closeCode, m.closeCode);
        QCOMPARE(back->eventType, m.eventType);
        QCOMPARE(back->eventId, m.eventId);
        QCOMPARE(back->retryMs, m.retryMs);
    }
    QVERIFY(!streamMessageFromJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}}));
    QVERIFY(!streamMessageFromJson(
        QJsonObject{{QStringLiteral("direction"), QStringLiteral("incoming")},
                    {QStringLiteral("type"), QStringLiteral("gif")}}));
}

QTEST_GUILESS_MAIN(tst_MessageLog)
#include "tst_messagelog.moc"
