// CollectionRunner with Postman scripts, against the local httpbin: the order Postman runs
// them in, variables that persist through the run, data rows as the iteration scope,
// skipRequest and setNextRequest, pm.sendRequest through the same HttpClient, runScripts off.

#include "core/http/httpclient.h"
#include "core/runner/collectionrunner.h"
#include "tests/support/testenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace wirescope;

namespace {

CollectionItem
request(const QString &name, const QString &url, const QString &pre = {}, const QString &test = {})
{
    HttpItem http;
    http.request.id = newItemId();
    http.request.name = name;
    http.request.url = url;
    if (!pre.isEmpty())
        http.scripts.append(ImportedScript{QStringLiteral("prerequest"), pre});
    if (!test.isEmpty())
        http.scripts.append(ImportedScript{QStringLiteral("test"), test});
    return CollectionItem{http};
}

QStringList testNames(const QList<RequestOutcome> &outcomes)
{
    QStringList out;
    for (const RequestOutcome &o : outcomes) {
        for (const ScriptTestResult &t : o.scriptTests)
            out.append(o.name + u':' + t.name
                       + (t.passed ? QString() : QStringLiteral(" FAILED ") + t.message));
    }
    return out;
}

} // namespace

class tst_ScriptRunner final : public QObject
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

    void orderAndPersistence()
    {
        Collection c;
        c.name = QStringLiteral("Order");
        c.variables = {Variable{QStringLiteral("base"), m_base, true, false, {}}};
        c.environments = {Environment{
            QStringLiteral("dev"),
            {Variable{QStringLiteral("secretToken"), QStringLiteral("old"), true, true, {}}}}};
        c.scripts = {ImportedScript{QStringLiteral("prerequest"),
                                    QStringLiteral("pm.variables.set('trail', 'collection');")},
                     ImportedScript{QStringLiteral("test"),
                                    QStringLiteral("pm.test('collection test', function () {});")}};
        Folder folder;
        folder.id = newItemId();
        folder.name = QStringLiteral("F");
        folder.scripts = {
            ImportedScript{
                QStringLiteral("prerequest"),
                QStringLiteral(
                    "pm.variables.set('trail', pm.variables.get('trail') + '>folder');")},
            ImportedScript{QStringLiteral("test"),
                           QStringLiteral("pm.test('folder test', function () {});")}};
        folder.children.push_back(request(
            QStringLiteral("first"), QStringLiteral("{{base}}/anything/{{trail}}"),
            QStringLiteral("pm.variables.set('trail', pm.variables.get('trail') + '>request'); "
                           "pm.request.headers.add({key: 'X-Pre', value: 'yes'});"),
            QStringLiteral(R"(
var json = pm.response.json();
pm.test('path used the pre-request variable', function () {
    pm.expect(json.url).to.include('/anything/collection%3Efolder%3Erequest');
});
pm.test('header added by the pre-request script', function () {
    pm.expect(json.headers['X-Pre']).to.equal('yes');
});
pm.environment.set('secretToken', 'fresh-' + json.method);
pm.collectionVariables.set('counter', 1);
)")));
        c.items.push_back(CollectionItem{folder});
        c.items.push_back(request(QStringLiteral("second"), QStringLiteral("{{base}}/headers"), {},
                                  QStringLiteral(R"(
pm.test('environment value from the first request', function () {
    pm.expect(pm.environment.get('secretToken')).to.equal('fresh-GET');
    pm.expect(pm.collectionVariables.get('counter')).to.equal(1);
});
pm.sendRequest(pm.variables.get('base') + '/get?via=sendRequest', function (err, res) {
    pm.test('sendRequest answered', function () {
        pm.expect(err).to.equal(null);
        pm.expect(res.code).to.equal(200);
        pm.expect(res.json().args.via).to.equal('sendRequest');
    });
});
)")));
        HttpClient client;
        CollectionRunner runner(&client);
        QSignalSpy outcomes(&runner, &CollectionRunner::requestFinished);
        QSignalSpy changed(&runner, &CollectionRunner::variablesChanged);
        QSignalSpy done(&runner, &CollectionRunner::finished);
        RunOptions options;
        VariableContext start;
        start.set(VariableScope::Collection, QStringLiteral("base"), m_base);
        start.set(VariableScope::Environment, QStringLiteral("secretToken"), QStringLiteral("old"),
                  true);
        options.variables = start;
        QVERIFY(runner.start(c, options));
        QVERIFY(done.wait(20000));
        QList<RequestOutcome> list;
        for (const auto &args : outcomes)
            list.append(args.at(0).value<RequestOutcome>());
        QCOMPARE(testNames(list),
                 (QStringList{QStringLiteral("first:collection test"),
                              QStringLiteral("first:folder test"),
                              QStringLiteral("first:path used the pre-request variable"),
                              QStringLiteral("first:header added by the pre-request script"),
                              QStringLiteral("second:collection test"),
                              QStringLiteral("second:environment value from the first request"),
                              QStringLiteral("second:sendRequest answered")}));
        const RunSummary summary = done.first().at(0).value<RunSummary>();
        QCOMPARE(summary.scriptTests, 7);
        QCOMPARE(summary.scriptTestsFailed, 0);
        QVERIFY(summary.passed());
        QVERIFY(!changed.isEmpty());
        const ScriptVariables vars = changed.last().at(0).value<ScriptVariables>();
        QCOMPARE(vars.value(ScriptScope::Environment, QStringLiteral("secretToken")),
                 QJsonValue(QStringLiteral("fresh-GET")));
        QVERIFY(vars.isSecret(ScriptScope::Environment, QStringLiteral("secretToken")));
        QCOMPARE(runner.variables().value(ScriptScope::Collection, QStringLiteral("counter")),
                 QJsonValue(1));
    }

    void flowControl()
    {
        Collection c;
        c.name = QStringLiteral("Flow");
        c.items.push_back(request(QStringLiteral("a"), m_base + QStringLiteral("/get"), {},
                                  QStringLiteral("pm.execution.setNextRequest('c');")));
        c.items.push_back(request(QStringLiteral("b"), m_base + QStringLiteral("/get")));
        c.items.push_back(
            request(QStringLiteral("c"), m_base + QStringLiteral("/get"),
                    QStringLiteral(
                        "if (pm.iterationData.get('skip') === 'yes') pm.execution.skipRequest();"),
                    QStringLiteral("pm.test('c ran with ' + pm.iterationData.get('row'), function "
                                   "() {}); postman.setNextRequest(null);")));
        c.items.push_back(request(QStringLiteral("d"), m_base + QStringLiteral("/get")));
        HttpClient client;
        CollectionRunner runner(&client);
        QSignalSpy outcomes(&runner, &CollectionRunner::requestFinished);
        QSignalSpy done(&runner, &CollectionRunner::finished);
        RunOptions options;
        options.iterations = 0;
        options.data = {DataRow{{QStringLiteral("row"), QStringLiteral("1")},
                                {QStringLiteral("skip"), QStringLiteral("no")}},
                        DataRow{{QStringLiteral("row"), QStringLiteral("2")},
                                {QStringLiteral("skip"), QStringLiteral("yes")}}};
        QVERIFY(runner.start(c, options));
        QVERIFY(done.wait(20000));
        QStringList sequence;
        for (const auto &args : outcomes) {
            const RequestOutcome o = args.at(0).value<RequestOutcome>();
            sequence.append(
                QStringLiteral("%1%2%3")
                    .arg(o.iteration + 1)
                    .arg(o.name, o.skipped.isEmpty() ? QString() : QStringLiteral("(skipped)")));
            for (const ScriptTestResult &t : o.scriptTests)
                sequence.append(t.name);
        }
        // a jumps over b to c; setNextRequest(null) ends the iteration before d; in the second
        // row c is skipped by its pre-request script, so neither its tests nor its null jump run.
        QCOMPARE(sequence, (QStringList{QStringLiteral("1a"), QStringLiteral("1c"),
                                        QStringLiteral("c ran with 1"), QStringLiteral("2a"),
                                        QStringLiteral("2c(skipped)"), QStringLiteral("2d")}));
    }

    void scriptErrorsFailTheRequestAndTheRunGoesOn()
    {
        Collection c;
        c.name = QStringLiteral("Errors");
        c.items.push_back(request(QStringLiteral("broken"), m_base + QStringLiteral("/get"),
                                  QStringLiteral("this is not javascript"),
                                  QStringLiteral("while (true) {}")));
        c.items.push_back(request(
            QStringLiteral("fine"), m_base + QStringLiteral("/get"), {},
            QStringLiteral(
                "pm.test('still runs', function () { pm.response.to.have.status(200); });")));
        HttpClient client;
        CollectionRunner runner(&client);
        QSignalSpy outcomes(&runner, &CollectionRunner::requestFinished);
        QSignalSpy done(&runner, &CollectionRunner::finished);
        RunOptions options;
        options.scriptTimeoutMs = 300;
        QVERIFY(runner.start(c, options));
        QVERIFY(done.wait(20000));
        QCOMPARE(outcomes.size(), 2);
        const RequestOutcome broken = outcomes.at(0).at(0).value<RequestOutcome>();
        QCOMPARE(broken.scriptErrors.size(), 2);
        QCOMPARE(broken.scriptErrors.at(0).event, QStringLiteral("prerequest"));
        QVERIFY(broken.scriptErrors.at(0).message.contains(QStringLiteral("SyntaxError")));
        QCOMPARE(broken.scriptErrors.at(1).event, QStringLiteral("test"));
        QVERIFY(broken.scriptErrors.at(1).message.contains(QStringLiteral("300 ms")));
        QCOMPARE(broken.status, 200); // the request was still sent, as in Postman
        QVERIFY(!broken.passed());
        const RequestOutcome fine = outcomes.at(1).at(0).value<RequestOutcome>();
        QVERIFY(fine.passed());
        const RunSummary summary = done.first().at(0).value<RunSummary>();
        QCOMPARE(summary.scriptErrors, 2);
        QCOMPARE(summary.requestsFailed, 1);
        QVERIFY(!summary.passed());
    }

    void scriptsOnAWorkerThread()
    {
        // What the window's Runner does: the same scripts, on ScriptThread.
        Collection c;
        c.name = QStringLiteral("Worker");
        c.items.push_back(
            request(QStringLiteral("a"), m_base + QStringLiteral("/get?x=1"),
                    QStringLiteral("pm.variables.set('y', 'two');"),
                    QStringLiteral("pm.test('x echoed', function () { "
                                   "pm.expect(pm.response.json().args.x).to.equal('1'); });\n"
                                   "pm.environment.set('seen', pm.variables.get('y'));")));
        c.items.push_back(request(
            QStringLiteral("b"), m_base + QStringLiteral("/get?seen={{seen}}"), {},
            QStringLiteral("pm.test('chained', function () { "
                           "pm.expect(pm.response.json().args.seen).to.equal('two'); });")));
        HttpClient client;
        CollectionRunner runner(&client);
        QSignalSpy outcomes(&runner, &CollectionRunner::requestFinished);
        QSignalSpy done(&runner, &CollectionRunner::finished);
        RunOptions options;
        options.scriptsOnWorkerThread = true;
        QVERIFY(runner.start(c, options));
        QVERIFY(done.wait(20000));
        QList<RequestOutcome> list;
        for (const auto &args : outcomes)
            list.append(args.at(0).value<RequestOutcome>());
        QCOMPARE(testNames(list),
                 (QStringList{QStringLiteral("a:x echoed"), QStringLiteral("b:chained")}));
    }

    void runScriptsOff()
    {
        Collection c;
        c.name = QStringLiteral("Off");
        c.items.push_back(
            request(QStringLiteral("a"), m_base + QStringLiteral("/get"),
                    QStringLiteral("pm.execution.skipRequest();"),
                    QStringLiteral("pm.test('x', function () { throw new Error('no'); });")));
        HttpClient client;
        CollectionRunner runner(&client);
        QSignalSpy outcomes(&runner, &CollectionRunner::requestFinished);
        QSignalSpy done(&runner, &CollectionRunner::finished);
        RunOptions options;
        options.runScripts = false;
        QVERIFY(runner.start(c, options));
        QVERIFY(done.wait(20000));
        const RequestOutcome o = outcomes.at(0).at(0).value<RequestOutcome>();
        QVERIFY(o.skipped.isEmpty());
        QCOMPARE(o.status, 200);
        QVERIFY(o.scriptTests.isEmpty());
    }

private:
    QString m_base;
};

QTEST_GUILESS_MAIN(tst_ScriptRunner)
#include "tst_scriptrunner.moc"
