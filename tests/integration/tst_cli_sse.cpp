// wirescope-cli sse end to end: the real binary against the better-sse peer
// (tests/support/node/sse-server.js) and against `wirescope-cli serve`'s /sse endpoint,
// checking the output (human and --json) and the exit codes.

#include "tests/integration/clirunner.h"
#include "tests/support/arglist.h"
#include "tests/support/testenv.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace wirescope::test;

namespace {

QList<QJsonObject> jsonLines(const CliResult &result, const QString &event = {})
{
    QList<QJsonObject> out;
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (event.isEmpty() || o.value(QLatin1String("event")).toString() == event)
            out.append(o);
    }
    return out;
}

QStringList field(const QList<QJsonObject> &objects, const char *key)
{
    QStringList out;
    for (const QJsonObject &o : objects)
        out.append(o.value(QLatin1String(key)).toVariant().toString());
    return out;
}

} // namespace

class tst_CliSse final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void namedEventsHuman();
    void multilineJson();
    void expectStopsTheStream();
    void reconnectSendsLastEventId();
    void exitCodes_data();
    void exitCodes();
    void demoServerCounter();
    void demoServerResumesAfterLastEventId();

private:
    QString peer(const QString &path) const { return url(m_servers.sse, path); }
    QString demo(const QString &path) const { return m_demo + path; }
    TestServers m_servers;
    QProcess m_serve;
    QString m_demo;
};

void tst_CliSse::initTestCase()
{
    QString error;
    const auto servers = loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;

    m_serve.start(QStringLiteral(WIRESCOPE_CLI_PATH), A({"serve", "--port", "0"}));
    QVERIFY(m_serve.waitForStarted(10000));
    const QDeadlineTimer deadline(15000);
    QByteArray out;
    while (!deadline.hasExpired() && !out.contains("\nws-echo:")) {
        m_serve.waitForReadyRead(200);
        out += m_serve.readAllStandardOutput();
    }
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("http: "))
            m_demo = QString::fromUtf8(line.mid(6).trimmed());
    }
    QVERIFY2(!m_demo.isEmpty(), out.constData());
}

void tst_CliSse::cleanupTestCase()
{
    if (m_serve.state() != QProcess::NotRunning) {
        m_serve.terminate();
        m_serve.waitForFinished(5000);
    }
}

void tst_CliSse::namedEventsHuman()
{
    const CliResult r = runCli(A({"sse", peer(QStringLiteral("/events?count=3&event=tick"))}));
    CHECK_EXIT(r, 0);
    QStringList events;
    bool retry = false;
    for (const QString &line : r.outText().split(u'\n')) {
        const QString rest = line.section(u' ', 1); // after the time
        if (rest.startsWith(QLatin1String("< tick ")))
            events.append(rest);
        retry = retry || rest == QLatin1String("< retry 2000 ms"); // better-sse's default
    }
    QCOMPARE(events, (A({"< tick id=1 tick 1", "< tick id=2 tick 2", "< tick id=3 tick 3"})));
    QVERIFY2(retry, r.out.constData());
    QVERIFY2(r.outText().contains(QLatin1String("* the server closed the stream")),
             r.out.constData());
}

void tst_CliSse::multilineJson()
{
    const CliResult r = runCli(A({"sse", "--json", peer(QStringLiteral("/multiline"))}));
    CHECK_EXIT(r, 0);
    const QList<QJsonObject> open = jsonLines(r, QStringLiteral("open"));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(field(jsonLines(r, QStringLiteral("comment")), "text"), A({"multiline test"}));
    QCOMPARE(field(jsonLines(r, QStringLiteral("retry")), "ms"), A({"1500"}));
    const QList<QJsonObject> messages = jsonLines(r, QStringLiteral("message"));
    QCOMPARE(field(messages, "type"), A({"message", "json"}));
    QCOMPARE(field(messages, "id"), A({"m1", "m2"}));
    QCOMPARE(field(messages, "data"),
             A({"line one\nline two\nline three", "{\"n\":1,\"ok\":true}"}));
    const QList<QJsonObject> close = jsonLines(r, QStringLiteral("close"));
    QCOMPARE(close.size(), 1);
    QCOMPARE(close.at(0).value(QLatin1String("end")).toString(), QStringLiteral("server-closed"));
    QCOMPARE(close.at(0).value(QLatin1String("received")).toInt(), 2);
    QCOMPARE(close.at(0).value(QLatin1String("discardedBytes")).toInt(), 0);
    QCOMPARE(jsonLines(r).last(), close.at(0)); // the last line
}

void tst_CliSse::expectStopsTheStream()
{
    const CliResult r = runCli(
        A({"sse", "--json", "--expect", "3", "--timeout", "20", peer(QStringLiteral("/forever"))}));
    CHECK_EXIT(r, 0);
    const QList<QJsonObject> messages = jsonLines(r, QStringLiteral("message"));
    QCOMPARE(field(messages, "data"), A({"beat 1", "beat 2", "beat 3"}));
    QCOMPARE(field(messages, "type"), A({"beat", "beat", "beat"}));
    const QList<QJsonObject> close = jsonLines(r, QStringLiteral("close"));
    QCOMPARE(close.size(), 1);
    QCOMPARE(close.at(0).value(QLatin1String("end")).toString(), QStringLiteral("stopped"));
    QCOMPARE(close.at(0).value(QLatin1String("lastEventId")).toString(), QStringLiteral("3"));
}

void tst_CliSse::reconnectSendsLastEventId()
{
    // /resume sends two events after the Last-Event-ID it was given (better-sse reads the
    // header), then ends; with --reconnect the second connection must continue at 3.
    const CliResult r = runCli(A({"sse", "--json", "--reconnect", "--expect", "4", "--timeout",
                                  "20", peer(QStringLiteral("/resume"))}));
    CHECK_EXIT(r, 0);
    const QList<QJsonObject> messages = jsonLines(r, QStringLiteral("message"));
    QCOMPARE(field(messages, "id"), A({"1", "2", "3", "4"}));
    QCOMPARE(field(messages, "data"), A({"after 0", "after 1", "after 2", "after 3"}));
}

void tst_CliSse::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrHas");

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString refused = QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort());
    closed.close();

    QTest::newRow("no url") << A({"sse"}) << 2 << "no URL given";
    QTest::newRow("bad expect") << A({"sse", "--expect", "0", peer(QStringLiteral("/events"))}) << 2
                                << "positive number";
    QTest::newRow("unknown option")
        << A({"sse", "--frob", peer(QStringLiteral("/events"))}) << 2 << "unknown option --frob";
    QTest::newRow("refused") << A({"sse", refused}) << 3 << "connection refused";
    QTest::newRow("not a stream") << A({"sse", peer(QStringLiteral("/not-a-stream"))}) << 8
                                  << "404 Not Found with Content-Type text/plain";
    QTest::newRow("demo: json is not a stream")
        << A({"sse", demo(QStringLiteral("/get"))}) << 8 << "not an event stream";
    QTest::newRow("demo: bad count")
        << A({"sse", demo(QStringLiteral("/sse?count=x"))}) << 8 << "400";
    QTest::newRow("ended before expect")
        << A({"sse", "--expect", "5", peer(QStringLiteral("/events?count=2&interval=1"))}) << 10
        << "after 2 of 5 expected events";
    QTest::newRow("timeout") << A({"sse", "--timeout", "0.5", peer(QStringLiteral("/forever"))})
                             << 5 << "timed out after 0.5 s";
    QTest::newRow("event too large")
        << A({"sse", "--max-event-size", "10", peer(QStringLiteral("/multiline"))}) << 6
        << "line longer than 10 bytes";
}

void tst_CliSse::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stderrHas);
    const CliResult r = runCli(args);
    CHECK_EXIT(r, code);
    QVERIFY2(r.errText().contains(stderrHas), qPrintable(describe(r)));
}

void tst_CliSse::demoServerCounter()
{
    const CliResult r = runCli(
        A({"sse", "--json", demo(QStringLiteral("/sse?count=5&interval=0&event=tick&retry=300"))}));
    CHECK_EXIT(r, 0);
    const QList<QJsonObject> messages = jsonLines(r, QStringLiteral("message"));
    QCOMPARE(field(messages, "id"), A({"1", "2", "3", "4", "5"}));
    QCOMPARE(field(messages, "type"), A({"tick", "tick", "tick", "tick", "tick"}));
    QCOMPARE(messages.at(4).value(QLatin1String("data")).toString(), QStringLiteral("{\"n\":5}"));
    QCOMPARE(field(jsonLines(r, QStringLiteral("retry")), "ms"), A({"300"}));
    QCOMPARE(field(jsonLines(r, QStringLiteral("close")), "end"), A({"server-closed"}));

    // A slow one: one event per 100 ms, all arriving while the stream stays open.
    const CliResult slow = runCli(A({"sse", demo(QStringLiteral("/sse?count=3&interval=100"))}));
    CHECK_EXIT(slow, 0);
    QCOMPARE(slow.outText().count(QLatin1String("< message id=")), 3);
}

void tst_CliSse::demoServerResumesAfterLastEventId()
{
    const CliResult r = runCli(A({"sse", "--json", "-H", "Last-Event-ID: 7",
                                  demo(QStringLiteral("/sse?count=9&interval=0"))}));
    CHECK_EXIT(r, 0);
    QCOMPARE(field(jsonLines(r, QStringLiteral("message")), "id"), A({"8", "9"}));
}

QTEST_GUILESS_MAIN(tst_CliSse)
#include "tst_cli_sse.moc"
