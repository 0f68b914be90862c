// The demo server's /sse endpoint, read through the real client pipeline (HttpClient +
// SseSession): counter, named events, ids, retry, resume after Last-Event-ID, a fast stream
// that must arrive whole (the pump's backpressure), an endless one, and bad parameters.

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/server/demoserver.h"
#include "core/sse/ssesession.h"
#include "core/stream/messagelog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace wirescope;
using namespace wirescope::server;

namespace {

QList<StreamMessage> events(const MessageLog *log)
{
    QList<StreamMessage> out;
    for (const StreamMessage &m : log->entries()) {
        if (m.type == MessageKind::SseEvent)
            out.append(m);
    }
    return out;
}

} // namespace

class tst_DemoSse final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counterWithNamesIdsAndRetry();
    void fastStreamArrivesWhole();
    void resumesAfterLastEventId();
    void reconnectingSessionResumes();
    void endlessUntilStopped();
    void badParameters_data();
    void badParameters();

private:
    Request request(const QString &pathAndQuery) const
    {
        Request r;
        r.url = m_demo->httpUrl().toString() + pathAndQuery;
        return r;
    }
    DemoServer *m_demo = nullptr;
    HttpClient *m_client = nullptr;
};

void tst_DemoSse::initTestCase()
{
    m_demo = new DemoServer(this);
    const auto listening = m_demo->listen({});
    QVERIFY2(listening, qPrintable(listening ? QString() : listening.error().message));
    m_client = new HttpClient(this);
}

void tst_DemoSse::counterWithNamesIdsAndRetry()
{
    SseSession session(m_client);
    session.start(request(QStringLiteral("/sse?count=4&interval=5&event=tick&retry=250")));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SseSession::State::Closed, 5000);
    QCOMPARE(session.end(), SseSession::End::ServerClosed);
    QCOMPARE(session.response()->contentType, QStringLiteral("text/event-stream; charset=utf-8"));
    const QList<StreamMessage> got = events(session.log());
    QCOMPARE(got.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(got.at(i).eventType, QStringLiteral("tick"));
        QCOMPARE(got.at(i).eventId, QString::number(i + 1));
        QCOMPARE(got.at(i).payload, "{\"n\":" + QByteArray::number(i + 1) + '}');
    }
    QCOMPARE(session.reconnectionTimeMs(), 250);
    QCOMPARE(session.discardedBytes(), 0);

    SseSession plain(m_client); // without event=: unnamed events are "message"
    plain.start(request(QStringLiteral("/sse?count=1&interval=0")));
    QTRY_COMPARE_WITH_TIMEOUT(plain.state(), SseSession::State::Closed, 5000);
    QCOMPARE(events(plain.log()).size(), 1);
    QCOMPARE(events(plain.log()).at(0).eventType, QStringLiteral("message"));
    QCOMPARE(plain.reconnectionTimeMs(), -1);
}

void tst_DemoSse::fastStreamArrivesWhole()
{
    SseSession session(m_client);
    session.start(request(QStringLiteral("/sse?count=50000&interval=0")));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SseSession::State::Closed, 30000);
    QCOMPARE(session.end(), SseSession::End::ServerClosed);
    QCOMPARE(session.log()->counters().incoming, 50000);
    QCOMPARE(session.lastEventId(), QStringLiteral("50000"));
    const QList<StreamMessage> got = events(session.log());
    for (int i = 0; i < got.size(); ++i) { // in order, none lost or doubled
        if (got.at(i).eventId != QString::number(i + 1))
            QFAIL(
                qPrintable(QStringLiteral("event %1 has id %2").arg(i + 1).arg(got.at(i).eventId)));
    }
}

void tst_DemoSse::resumesAfterLastEventId()
{
    SseSession session(m_client);
    Request r = request(QStringLiteral("/sse?count=20&interval=0"));
    r.headers.append(KeyValue{QStringLiteral("Last-Event-ID"), QStringLiteral("18"), true, {}});
    session.start(r);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SseSession::State::Closed, 5000);
    const QList<StreamMessage> got = events(session.log());
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0).eventId, QStringLiteral("19"));
    QCOMPARE(got.at(1).eventId, QStringLiteral("20"));
}

void tst_DemoSse::reconnectingSessionResumes()
{
    // The server ends after id 3 and asks for 10 ms; the reconnection carries
    // Last-Event-ID: 3, so the same URL has nothing left to send (ids 4.. exceed count=3).
    SseSession session(m_client);
    SseSession::Options options;
    options.reconnect = true;
    options.maxReconnects = 1;
    session.setOptions(options);
    session.start(request(QStringLiteral("/sse?count=3&interval=0&retry=10")));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SseSession::State::Closed, 5000);
    QCOMPARE(session.connectionCount(), 2);
    QCOMPARE(session.log()->counters().incoming, 3);
    QCOMPARE(session.lastEventId(), QStringLiteral("3"));
}

void tst_DemoSse::endlessUntilStopped()
{
    SseSession session(m_client);
    session.start(request(QStringLiteral("/sse?count=0&interval=0")));
    QTRY_VERIFY_WITH_TIMEOUT(session.log()->counters().incoming >= 5000, 10000);
    QCOMPARE(session.state(), SseSession::State::Open);
    session.stop();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SseSession::State::Closed, 5000);
    QCOMPARE(session.end(), SseSession::End::Stopped);
}

void tst_DemoSse::badParameters_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative count") << "GET"
                                    << "count=-1" << 400 << "count must be";
    QTest::newRow("text count") << "GET"
                                << "count=many" << 400 << "count must be";
    QTest::newRow("interval too long") << "GET"
                                       << "interval=600000" << 400 << "interval must be";
    QTest::newRow("event with line break") << "GET"
                                           << "event=a%0Adata:x" << 400 << "event must be";
    QTest::newRow("bad retry") << "GET"
                               << "retry=soon" << 400 << "retry must be";
    QTest::newRow("POST") << "POST"
                          << "count=1" << 405 << "not allowed";
}

void tst_DemoSse::badParameters()
{
    QFETCH(QString, method);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, message);
    Request r = request(QStringLiteral("/sse?") + query);
    r.method = method;
    RequestRun *run = m_client->send(r);
    QSignalSpy finished(run, &RequestRun::finished);
    QVERIFY(finished.wait(5000));
    const Exchange exchange = run->exchange();
    run->deleteLater();
    QVERIFY(exchange.response);
    QCOMPARE(exchange.response->status, status);
    const QJsonObject body = QJsonDocument::fromJson(exchange.response->body.read()).object();
    QVERIFY2(body.value(QLatin1String("error")).toString().contains(message),
             exchange.response->body.read().constData());
}

QTEST_GUILESS_MAIN(tst_DemoSse)
#include "tst_demosse.moc"
