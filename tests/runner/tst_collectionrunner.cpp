#include "core/http/httpclient.h"
#include "core/runner/collectionrunner.h"
#include "tests/support/testenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace wirescope;

class tst_CollectionRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chainingAndDataIterations();
    void bailStopsAtFirstFailure();
    void unknownFolderIsRefused();
    void cancelStopsTheRun();

private:
    Collection chainCollection() const;
    QList<RequestOutcome> run(const Collection &c, const RunOptions &options, RunSummary *summary);

    test::TestServers m_servers;
};

namespace {

Assertion check(Assertion::Target target,
                const QString &property,
                Assertion::Op op,
                const QString &expected = {})
{
    Assertion a;
    a.target = target;
    a.property = property;
    a.op = op;
    a.expected = expected;
    return a;
}

CollectionItem item(HttpItem http)
{
    http.request.id = newItemId();
    return CollectionItem{http};
}

} // namespace

void tst_CollectionRunner::initTestCase()
{
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
}

Collection tst_CollectionRunner::chainCollection() const
{
    Collection c;
    c.name = QStringLiteral("Chain");
    c.variables = {Variable{QStringLiteral("base"),
                            m_servers.httpbin.toString(QUrl::StripTrailingSlash),
                            true,
                            false,
                            {}}};

    HttpItem login;
    login.request.name = QStringLiteral("login");
    login.request.method = QStringLiteral("POST");
    login.request.url = QStringLiteral("{{base}}/anything/login");
    login.request.body.kind = BodyKind::Raw;
    login.request.body.language = RawLanguage::Json;
    login.request.body.raw = QStringLiteral(R"({"token":"tok-{{user}}"})");
    login.assertions = {
        check(Assertion::Target::Status, {}, Assertion::Op::Equals, QStringLiteral("200")),
        check(Assertion::Target::JsonPath, QStringLiteral("$.json.token"), Assertion::Op::Equals,
              QStringLiteral("tok-{{user}}"))};
    Capture token;
    token.variable = QStringLiteral("token");
    token.expression = QStringLiteral("$.json.token");
    login.captures = {token};

    HttpItem whoami;
    whoami.request.name = QStringLiteral("whoami");
    whoami.request.url = QStringLiteral("{{base}}/bearer");
    whoami.request.auth.kind = AuthKind::Bearer;
    whoami.request.auth.token = QStringLiteral("{{token}}");
    whoami.assertions = {
        check(Assertion::Target::Status, {}, Assertion::Op::Equals, QStringLiteral("200")),
        check(Assertion::Target::JsonPath, QStringLiteral("$.token"), Assertion::Op::Equals,
              QStringLiteral("tok-{{user}}"))};

    HttpItem missing;
    missing.request.name = QStringLiteral("expects 200 from /status/404");
    missing.request.url = QStringLiteral("{{base}}/status/404");
    missing.assertions = {
        check(Assertion::Target::Status, {}, Assertion::Op::Equals, QStringLiteral("200"))};

    Folder folder;
    folder.name = QStringLiteral("Session");
    folder.children.push_back(item(login));
    folder.children.push_back(item(whoami));
    c.items.push_back(CollectionItem{folder});
    c.items.push_back(item(missing));
    return c;
}

QList<RequestOutcome>
tst_CollectionRunner::run(const Collection &c, const RunOptions &options, RunSummary *summary)
{
    HttpClient client;
    CollectionRunner runner(&client);
    QList<RequestOutcome> outcomes;
    connect(&runner, &CollectionRunner::requestFinished, this,
            [&](const RequestOutcome &o) { outcomes.append(o); });
    QSignalSpy finished(&runner, &CollectionRunner::finished);
    const Result<bool> started = runner.start(c, options);
    if (!started) {
        qWarning("start failed: %s", qPrintable(started.error().message));
        return {};
    }
    if (!finished.wait(30000))
        return {};
    *summary = finished.first().first().value<RunSummary>();
    return outcomes;
}

void tst_CollectionRunner::chainingAndDataIterations()
{
    const Collection c = chainCollection();
    RunOptions options;
    for (const Variable &v : c.variables)
        options.variables.set(VariableScope::Collection, v.name, v.value);
    options.iterations = 0; // one per data row
    options.data = {DataRow{{QStringLiteral("user"), QStringLiteral("ada")}},
                    DataRow{{QStringLiteral("user"), QStringLiteral("grace")}}};
    RunSummary summary;
    const QList<RequestOutcome> outcomes = run(c, options, &summary);
    QCOMPARE(outcomes.size(), 6);

    QCOMPARE(summary.iterations, 2);
    QCOMPARE(summary.requests, 6);
    QCOMPARE(summary.assertions, 10);
    QCOMPARE(summary.assertionsFailed, 2);
    QCOMPARE(summary.requestsFailed, 2);
    QVERIFY(!summary.passed());

    // Iteration 2's whoami carried the token captured from iteration 2's login.
    const RequestOutcome &whoami2 = outcomes[4];
    QCOMPARE(whoami2.iteration, 1);
    QCOMPARE(whoami2.name, QStringLiteral("whoami"));
    QCOMPARE(whoami2.folderPath, QStringList{QStringLiteral("Session")});
    QCOMPARE(whoami2.status, 200);
    QVERIFY2(whoami2.passed(), qPrintable(whoami2.assertions.value(1).message));
    QCOMPARE(whoami2.assertions[1].actual, QStringLiteral("\"tok-grace\""));
    QCOMPARE(outcomes[3].captures.value(0).value, QStringLiteral("tok-grace"));

    const RequestOutcome &missing = outcomes[2];
    QCOMPARE(missing.status, 404);
    QVERIFY(!missing.passed());
    QCOMPARE(missing.assertions.first().actual, QStringLiteral("404"));
    QVERIFY(missing.timeMs > 0);
}

void tst_CollectionRunner::bailStopsAtFirstFailure()
{
    Collection c = chainCollection();
    std::swap(c.items[0], c.items[1]); // the failing request first
    RunOptions options;
    options.variables.set(VariableScope::Collection, QStringLiteral("base"),
                          m_servers.httpbin.toString(QUrl::StripTrailingSlash));
    options.iterations = 3;
    options.bail = true;
    RunSummary summary;
    const QList<RequestOutcome> outcomes = run(c, options, &summary);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(summary.bailed);
    QCOMPARE(summary.requests, 1);
    QCOMPARE(summary.requestsFailed, 1);
}

void tst_CollectionRunner::unknownFolderIsRefused()
{
    HttpClient client;
    CollectionRunner runner(&client);
    QSignalSpy finished(&runner, &CollectionRunner::finished);
    RunOptions options;
    options.folderPath = QStringLiteral("Session/Nope");
    const Result<bool> started = runner.start(chainCollection(), options);
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains(QStringLiteral("Session/Nope")),
             qPrintable(started.error().message));
    QVERIFY(!runner.isRunning());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
}

void tst_CollectionRunner::cancelStopsTheRun()
{
    Collection c;
    HttpItem slow;
    slow.request.name = QStringLiteral("slow");
    slow.request.url =
        m_servers.httpbin.toString(QUrl::StripTrailingSlash) + QStringLiteral("/delay/5");
    c.items.push_back(item(slow));
    c.items.push_back(item(slow));
    HttpClient client;
    CollectionRunner runner(&client);
    QSignalSpy started(&runner, &CollectionRunner::requestStarted);
    QSignalSpy finished(&runner, &CollectionRunner::finished);
    QVERIFY(runner.start(c, RunOptions{}).ok());
    QVERIFY(started.wait(5000));
    runner.cancel();
    QVERIFY(finished.wait(5000));
    const auto summary = finished.first().first().value<RunSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.requests, 1);
    QVERIFY(summary.durationMs < 4000);
}

QTEST_GUILESS_MAIN(tst_CollectionRunner)
#include "tst_collectionrunner.moc"
