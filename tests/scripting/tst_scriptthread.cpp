// ScriptThread with pm.sendRequest: the script runs on the worker thread, the request goes
// through the one HttpClient on this (the main) thread via ScriptRequestBridge, against the
// local httpbin. Also: the main thread keeps running while the script waits, the time limit
// and cancelling (or replacing) the job abort the send in flight, errors reach the callback.

#include "core/http/httpclient.h"
#include "core/scripting/scriptthread.h"
#include "tests/scripting/scripttesthelpers.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace wirescope;
using namespace wirescope::test;

namespace {

ScriptJob job(const QString &event, const QString &source)
{
    ScriptJob j;
    j.event = event;
    j.scripts = {ScriptSource{QStringLiteral("request"), source}};
    j.request.method = QStringLiteral("GET");
    j.request.url = QStringLiteral("http://127.0.0.1:9/unused");
    return j;
}

/// Accepts connections and never answers: a send to it stays in flight until cancelled.
class SilentServer final : public QObject
{
public:
    SilentServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, socket] { received += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, this, [this] { ++disconnections; });
            }
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/hold").arg(m_server.serverPort());
    }

    int connections = 0;
    int disconnections = 0;
    QByteArray received;

private:
    QTcpServer m_server;
};

} // namespace

class tst_ScriptThread final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_base = servers->httpbin.toString(QUrl::StripTrailingSlash);
    }

    void sendRequestGoesThroughTheMainThreadsClient()
    {
        HttpClient client;
        ScriptThread thread(&client);
        QSignalSpy finished(&thread, &ScriptThread::finished);
        ScriptJob j = job(QStringLiteral("prerequest"), QStringLiteral(R"(
pm.sendRequest(pm.variables.get('base') + '/delay/1?token=abc', function (err, res) {
    pm.test('first answer', function () {
        pm.expect(err).to.equal(null);
        pm.expect(res.code).to.equal(200);
    });
    pm.environment.set('token', res.json().args.token);
    pm.sendRequest({
        url: pm.variables.get('base') + '/post',
        method: 'POST',
        header: [{key: 'X-Token', value: pm.environment.get('token')}],
        body: {mode: 'raw', raw: '{"n": 42}'}
    }, function (err2, res2) {
        pm.test('second answer, chained on the first', function () {
            pm.expect(err2).to.equal(null);
            pm.expect(res2.json().headers['X-Token']).to.equal('abc');
            pm.expect(res2.json().data).to.equal('{"n": 42}');
        });
        pm.environment.set('n', res2.json().json.n);
    });
});
)"));
        j.variables.set(ScriptScope::Collection, QStringLiteral("base"), m_base);
        // The main thread runs the client: it must keep turning while the script waits
        // (httpbin holds the first answer for a second).
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);
        thread.start(j);
        QVERIFY(finished.wait(20000));
        ticker.stop();
        const ScriptRunResult r = finished.first().at(0).value<ScriptRunResult>();
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 2);
        QCOMPARE(r.variables.value(ScriptScope::Environment, QStringLiteral("token")),
                 QJsonValue(QStringLiteral("abc")));
        QCOMPARE(r.variables.value(ScriptScope::Environment, QStringLiteral("n")), QJsonValue(42));
        QVERIFY(r.variablesChanged);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    }

    void sendRequestErrorReachesTheCallback()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        HttpClient client;
        ScriptThread thread(&client);
        QSignalSpy finished(&thread, &ScriptThread::finished);
        thread.start(job(
            QStringLiteral("test"),
            QStringLiteral("pm.sendRequest('http://127.0.0.1:%1/', function (err, res) {\n"
                           "    pm.test('refused', function () { pm.expect(err).to.be.an('error'); "
                           "pm.expect(res).to.equal(undefined); });\n"
                           "    console.log('error: ' + err);\n"
                           "});")
                .arg(port)));
        QVERIFY(finished.wait(20000));
        const ScriptRunResult r = finished.first().at(0).value<ScriptRunResult>();
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 1);
        QCOMPARE(r.console.size(), 1);
        QVERIFY2(r.console.first().text.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(r.console.first().text));
    }

    void timeLimitCancelsTheSend()
    {
        SilentServer server;
        HttpClient client;
        ScriptThread thread(&client);
        QSignalSpy finished(&thread, &ScriptThread::finished);
        thread.start(
            job(QStringLiteral("prerequest"),
                QStringLiteral(
                    "pm.sendRequest('%1', function () { pm.environment.set('late', true); });")
                    .arg(server.url())),
            800);
        QVERIFY(finished.wait(20000));
        const ScriptRunResult r = finished.first().at(0).value<ScriptRunResult>();
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().message.contains(QStringLiteral(
                     "did not finish within 800 ms: still waiting for 1 pm.sendRequest")),
                 qPrintable(r.errors.first().message));
        QVERIFY(!r.variables.has(ScriptScope::Environment, QStringLiteral("late")));
        // The request had reached the server, and the cancel closed its connection.
        QVERIFY(server.received.startsWith("GET /hold"));
        QTRY_COMPARE_WITH_TIMEOUT(server.disconnections, server.connections, 5000);
        QVERIFY(server.connections >= 1);
    }

    void cancellingTheJobCancelsItsSend()
    {
        SilentServer server;
        HttpClient client;
        ScriptThread thread(&client);
        QSignalSpy finished(&thread, &ScriptThread::finished);
        thread.start(
            job(QStringLiteral("prerequest"),
                QStringLiteral("pm.sendRequest('%1', function () {});").arg(server.url())));
        QTRY_VERIFY_WITH_TIMEOUT(server.received.startsWith("GET /hold"), 10000);
        thread.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(server.disconnections, server.connections, 5000);
        QVERIFY(server.connections >= 1);
        // Well within the 5 s limit, and no result for a cancelled job.
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);

        // The thread takes the next job as usual.
        ScriptJob next = job(
            QStringLiteral("test"),
            QStringLiteral(
                "pm.sendRequest(pm.variables.get('base') + '/get?again=1', function (err, res) {"
                " pm.test('again', function () { pm.expect(res.json().args.again).to.equal('1'); "
                "}); });"));
        next.variables.set(ScriptScope::Collection, QStringLiteral("base"), m_base);
        thread.start(next);
        QVERIFY(finished.wait(20000));
        const ScriptRunResult r = finished.first().at(0).value<ScriptRunResult>();
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 1);
    }

    void aReplacedJobsSendIsCancelled()
    {
        SilentServer server;
        HttpClient client;
        ScriptThread thread(&client);
        QSignalSpy finished(&thread, &ScriptThread::finished);
        thread.start(job(
            QStringLiteral("prerequest"),
            QStringLiteral("pm.sendRequest('%1', function () { pm.environment.set('first', 1); });")
                .arg(server.url())));
        QTRY_VERIFY_WITH_TIMEOUT(server.received.startsWith("GET /hold"), 10000);
        thread.start(
            job(QStringLiteral("prerequest"), QStringLiteral("pm.environment.set('second', 2);")));
        QVERIFY(finished.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(server.disconnections, server.connections, 5000);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        const ScriptRunResult r = finished.first().at(0).value<ScriptRunResult>();
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QVERIFY(r.variables.has(ScriptScope::Environment, QStringLiteral("second")));
        QVERIFY(!r.variables.has(ScriptScope::Environment, QStringLiteral("first")));
    }

    void withoutAClientSendRequestFailsWithAMessage()
    {
        ScriptThread thread(nullptr);
        QSignalSpy finished(&thread, &ScriptThread::finished);
        thread.start(job(QStringLiteral("test"),
                         QStringLiteral("pm.sendRequest('http://127.0.0.1:9/', function (err) { "
                                        "console.log(String(err)); });")));
        QVERIFY(finished.wait(20000));
        const ScriptRunResult r = finished.first().at(0).value<ScriptRunResult>();
        QCOMPARE(r.console.size(), 1);
        QVERIFY2(r.console.first().text.contains(QStringLiteral("HTTP client")),
                 qPrintable(r.console.first().text));
    }

private:
    QString m_base;
};

QTEST_GUILESS_MAIN(tst_ScriptThread)
#include "tst_scriptthread.moc"
