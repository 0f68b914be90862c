// ExchangeJob, the one pipeline every front end sends through, against the local httpbin:
// the stages in order, what flows from one stage to the next (pre-request variables and
// captures reach the test scripts, folder variables and the scripts' own collection
// variables), cancellation in every stage, skipRequest, and taking the request in flight
// (an event stream) or abandoning it without a signal.

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/runner/exchangejob.h"
#include "core/scripting/scriptrunner.h"
#include "tests/support/testenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace wirescope;

Q_DECLARE_METATYPE(wirescope::ExchangeStage)

namespace {

EffectiveRequest request(const QString &url, const QString &pre = {}, const QString &test = {})
{
    EffectiveRequest r;
    r.request.id = newItemId();
    r.request.name = QStringLiteral("job");
    r.request.method = QStringLiteral("GET");
    r.request.url = url;
    if (!pre.isEmpty())
        r.preRequestScripts.append(ScriptSource{QStringLiteral("request"), pre});
    if (!test.isEmpty())
        r.testScripts.append(ScriptSource{QStringLiteral("request"), test});
    return r;
}

QList<ExchangeStage> stages(const QSignalSpy &spy)
{
    QList<ExchangeStage> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.first().value<ExchangeStage>());
    return out;
}

QStringList failures(const ExchangeOutcome &o)
{
    QStringList out;
    for (const ScriptTestResult &t : o.scriptTests) {
        if (!t.passed)
            out.append(t.name + QStringLiteral(": ") + t.message);
    }
    for (const ScriptError &e : o.scriptErrors)
        out.append(e.message);
    return out;
}

} // namespace

class tst_ExchangeJob final : public QObject
{
    Q_OBJECT

    QString m_base;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<ScriptRunner> m_scripts;

    ExchangeOutcome
    run(ExchangeJob &job, const EffectiveRequest &r, const ExchangeScope &scope = {})
    {
        QSignalSpy finished(&job, &ExchangeJob::finished);
        job.start(r, scope);
        if (!finished.wait(15000))
            return {};
        return finished.first().first().value<ExchangeOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExchangeStage>();
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_base = servers->httpbin.toString(QUrl::StripTrailingSlash);
        m_client = std::make_unique<HttpClient>();
        m_scripts =
            std::make_unique<ScriptRunner>(m_client.get(), ScriptRunner::Placement::CallerThread);
    }

    void stagesRunInOrderAndHandOn()
    {
        ExchangeJob job(m_client.get());
        job.setScriptRunner(m_scripts.get());
        EffectiveRequest r =
            request(m_base + QStringLiteral("/get?who={{who}}"),
                    QStringLiteral("pm.variables.set('who', 'pre-' + pm.variables.get('base'));"),
                    QStringLiteral("pm.test('sees the pre-request value', () =>"
                                   " pm.expect(pm.variables.get('who')).to.equal('pre-b'));"
                                   "pm.test('sees the capture', () =>"
                                   " pm.expect(pm.variables.get('echoed')).to.equal('pre-b'));"));
        r.assertions = {Assertion{Assertion::Target::Status,
                                  {},
                                  Assertion::Op::Equals,
                                  QStringLiteral("200"),
                                  {},
                                  true},
                        Assertion{Assertion::Target::JsonPath,
                                  QStringLiteral("$.args.who"),
                                  Assertion::Op::Equals,
                                  QStringLiteral("{{who}}"),
                                  {},
                                  true}};
        r.captures = {Capture{QStringLiteral("echoed"), Capture::Source::JsonPath,
                              QStringLiteral("$.args.who"), true}};
        ExchangeScope scope;
        scope.variables.set(ScriptScope::Collection, QStringLiteral("base"), QStringLiteral("b"));
        QSignalSpy stageSpy(&job, &ExchangeJob::stageChanged);
        QSignalSpy responses(&job, &ExchangeJob::responseReceived);
        QSignalSpy scriptRuns(&job, &ExchangeJob::scriptsFinished);

        const ExchangeOutcome o = run(job, r, scope);
        QVERIFY(o.exchange && o.exchange->response);
        QCOMPARE(o.exchange->response->status, 200);
        QCOMPARE(stages(stageSpy),
                 (QList<ExchangeStage>{ExchangeStage::PreRequest, ExchangeStage::Sending,
                                       ExchangeStage::Tests, ExchangeStage::Idle}));
        QCOMPARE(responses.count(), 1);
        QCOMPARE(scriptRuns.count(), 2);
        QVERIFY2(o.exchange->sent.url.contains(QStringLiteral("who=pre-b")),
                 qPrintable(o.exchange->sent.url));
        QCOMPARE(o.assertions.size(), 2);
        QVERIFY2(o.assertions.at(1).passed, qPrintable(o.assertions.at(1).message));
        QCOMPARE(o.captures.size(), 1);
        QVERIFY(o.captures.first().found);
        QCOMPARE(o.scriptTests.size(), 2);
        QVERIFY2(failures(o).isEmpty(), qPrintable(failures(o).join(u'\n')));
        QCOMPARE(o.variables.value(ScriptScope::Local, QStringLiteral("echoed")),
                 QJsonValue(QStringLiteral("pre-b")));
        QVERIFY(!job.isRunning());
    }

    void folderVariablesYieldToWhatScriptsSet()
    {
        ExchangeJob job(m_client.get());
        job.setScriptRunner(m_scripts.get());
        EffectiveRequest r = request(m_base + QStringLiteral("/get?a={{a}}&b={{b}}"),
                                     QStringLiteral("pm.collectionVariables.set('b', 'script');"));
        r.folderVariables = {
            Variable{QStringLiteral("a"), QStringLiteral("folder"), true, false, {}},
            Variable{QStringLiteral("b"), QStringLiteral("folder"), true, false, {}}};
        ExchangeScope scope;
        scope.variables.set(ScriptScope::Collection, QStringLiteral("a"),
                            QStringLiteral("collection"));
        const ExchangeOutcome o = run(job, r, scope);
        QVERIFY(o.exchange && o.exchange->response);
        QVERIFY2(o.exchange->sent.url.endsWith(QStringLiteral("?a=folder&b=script")),
                 qPrintable(o.exchange->sent.url));
        QVERIFY(o.scriptCollectionNames.contains(QStringLiteral("b")));
        QVERIFY(!o.scriptCollectionNames.contains(QStringLiteral("a")));
        QVERIFY(o.variablesChanged);
    }

    void withoutScriptsItSendsAtOnce()
    {
        ExchangeJob job(m_client.get()); // no script runner: scripts are listed but not run
        const EffectiveRequest r = request(m_base + QStringLiteral("/status/201"),
                                           QStringLiteral("throw new Error('must not run')"));
        QSignalSpy stageSpy(&job, &ExchangeJob::stageChanged);
        const ExchangeOutcome o = run(job, r);
        QVERIFY(o.exchange && o.exchange->response);
        QCOMPARE(o.exchange->response->status, 201);
        QCOMPARE(stages(stageSpy),
                 (QList<ExchangeStage>{ExchangeStage::Sending, ExchangeStage::Idle}));
        QVERIFY(o.scriptErrors.isEmpty());
    }

    void skipRequestSendsNothing()
    {
        ExchangeJob job(m_client.get());
        job.setScriptRunner(m_scripts.get());
        const ExchangeOutcome o = run(job, request(m_base + QStringLiteral("/get"),
                                                   QStringLiteral("pm.execution.skipRequest();"),
                                                   QStringLiteral("pm.test('never', () => {});")));
        QVERIFY(o.skipped);
        QVERIFY(!o.exchange);
        QVERIFY(!o.cancelled);
        QVERIFY(o.scriptTests.isEmpty());
    }

    void cancelStopsEveryStage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pre");
        QTest::addColumn<QString>("test");
        QTest::addColumn<ExchangeStage>("stage");
        QTest::addColumn<bool>("sent");
        const QString spin = QStringLiteral("while (true) {}");
        QTest::newRow("pre-request script")
            << QStringLiteral("/get") << spin << QString() << ExchangeStage::PreRequest << false;
        QTest::newRow("sending") << QStringLiteral("/delay/10") << QString() << QString()
                                 << ExchangeStage::Sending << true;
        QTest::newRow("test script")
            << QStringLiteral("/get") << QString() << spin << ExchangeStage::Tests << true;
    }

    void cancelStopsEveryStage()
    {
        QFETCH(QString, path);
        QFETCH(QString, pre);
        QFETCH(QString, test);
        QFETCH(ExchangeStage, stage);
        QFETCH(bool, sent);
        // On a worker thread, so the spinning script leaves this thread free to cancel it.
        ScriptRunner scripts(m_client.get(), ScriptRunner::Placement::WorkerThread);
        scripts.setTimeoutMs(30000);
        ExchangeJob job(m_client.get());
        job.setScriptRunner(&scripts);
        QSignalSpy finished(&job, &ExchangeJob::finished);
        job.start(request(m_base + path, pre, test), {});
        QTRY_COMPARE_WITH_TIMEOUT(job.stage(), stage, 10000);
        QTest::qWait(100);
        QVERIFY(finished.isEmpty());
        job.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        const auto o = finished.first().first().value<ExchangeOutcome>();
        QVERIFY(o.cancelled);
        QCOMPARE(o.cancelledIn, stage);
        QCOMPARE(bool(o.exchange), sent);
        QVERIFY(!job.isRunning());
    }

    void takeRunHandsTheStreamOver()
    {
        ExchangeJob job(m_client.get());
        QSignalSpy finished(&job, &ExchangeJob::finished);
        QSignalSpy started(&job, &ExchangeJob::sendStarted);
        job.start(request(m_base + QStringLiteral("/drip?duration=1&numbytes=5")), {});
        QCOMPARE(started.count(), 1);
        RequestRun *run = job.takeRun();
        QVERIFY(run);
        QCOMPARE(job.stage(), ExchangeStage::Idle);
        QSignalSpy runFinished(run, &RequestRun::finished);
        QVERIFY(runFinished.wait(10000)); // the run goes on for its new owner
        QTest::qWait(50);
        QVERIFY(finished.isEmpty()); // the job said nothing more
        delete run;
        QVERIFY(!job.takeRun());
    }

    void abandonSaysNothing()
    {
        ExchangeJob job(m_client.get());
        QSignalSpy finished(&job, &ExchangeJob::finished);
        QSignalSpy stageSpy(&job, &ExchangeJob::stageChanged);
        job.start(request(m_base + QStringLiteral("/delay/10")), {});
        QCOMPARE(stageSpy.count(), 1);
        job.abandon();
        QCOMPARE(job.stage(), ExchangeStage::Idle);
        QTest::qWait(200);
        QVERIFY(finished.isEmpty());
        QCOMPARE(stageSpy.count(), 1);
        // And the job is ready for the next exchange.
        QCOMPARE(
            run(job, request(m_base + QStringLiteral("/status/204"))).exchange->response->status,
            204);
    }
};

QTEST_MAIN(tst_ExchangeJob)
#include "tst_exchangejob.moc"
