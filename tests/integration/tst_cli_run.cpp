// wirescope-cli run: a collection saved in the native format, run against httpbin.

#include "clirunner.h"
#include "core/secrets/secretbinder.h"
#include "core/secrets/secretstore.h"
#include "core/store/collectionfiles.h"
#include "tests/support/testenv.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QXmlStreamReader>

using namespace wirescope;
using namespace wirescope::test;

class tst_CliRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void failingAssertionExitsOneWithReports();
    void folderThatPassesExitsZero();
    void secretFromEnvFile();
    void typedCredentialFromKeychain();
    void sendSavedRequestChecksItAsRunDoes();
    void usageAndFileErrors_data();
    void usageAndFileErrors();

private:
    QString writeCollection();
    QString requestFile(const QString &name) const;

    TestServers m_servers;
    QTemporaryDir m_dir;
    QString m_collectionDir;
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

CollectionItem http(const QString &name,
                    const QString &method,
                    const QString &url,
                    AssertionList assertions,
                    CaptureList captures = {})
{
    HttpItem item;
    item.request.id = newItemId();
    item.request.name = name;
    item.request.method = method;
    item.request.url = url;
    item.assertions = std::move(assertions);
    item.captures = std::move(captures);
    return CollectionItem{item};
}

} // namespace

void tst_CliRun::initTestCase()
{
    QString error;
    const auto servers = loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
    QVERIFY(m_dir.isValid());
    m_collectionDir = writeCollection();
    QVERIFY(!m_collectionDir.isEmpty());
}

QString tst_CliRun::writeCollection()
{
    Collection c;
    c.id = newItemId();
    c.name = QStringLiteral("CLI run");
    c.variables = {Variable{QStringLiteral("base"),
                            m_servers.httpbin.toString(QUrl::StripTrailingSlash),
                            true,
                            false,
                            {}}};

    Capture token;
    token.variable = QStringLiteral("token");
    token.expression = QStringLiteral("$.args.t");
    Folder session;
    session.id = newItemId();
    session.name = QStringLiteral("Session");
    session.children.push_back(
        http(QStringLiteral("login"), QStringLiteral("GET"),
             QStringLiteral("{{base}}/get?t=tok-{{user}}"),
             {check(Assertion::Target::Status, {}, Assertion::Op::Equals, QStringLiteral("200"))},
             {token}));
    CollectionItem whoami =
        http(QStringLiteral("whoami"), QStringLiteral("GET"), QStringLiteral("{{base}}/bearer"),
             {check(Assertion::Target::JsonPath, QStringLiteral("$.token"), Assertion::Op::Equals,
                    QStringLiteral("tok-{{user}}"))});
    std::get<HttpItem>(whoami.node).request.auth.kind = AuthKind::Bearer;
    std::get<HttpItem>(whoami.node).request.auth.token = QStringLiteral("{{token}}");
    session.children.push_back(whoami);
    c.items.push_back(CollectionItem{session});

    Folder keyed;
    keyed.id = newItemId();
    keyed.name = QStringLiteral("Keyed");
    CollectionItem headers =
        http(QStringLiteral("api key"), QStringLiteral("GET"), QStringLiteral("{{base}}/headers"),
             {check(Assertion::Target::JsonPath, QStringLiteral("$.headers.X-Api-Key"),
                    Assertion::Op::Matches, QStringLiteral("^k-[0-9]+$"))});
    std::get<HttpItem>(headers.node).request.headers = {
        KeyValue{QStringLiteral("X-Api-Key"), QStringLiteral("{{apiKey}}"), true, {}}};
    keyed.children.push_back(headers);
    c.items.push_back(CollectionItem{keyed});

    c.items.push_back(
        http(QStringLiteral("teapot"), QStringLiteral("GET"), QStringLiteral("{{base}}/status/418"),
             {check(Assertion::Target::Status, {}, Assertion::Op::Equals, QStringLiteral("200"))}));

    Environment ci;
    ci.name = QStringLiteral("ci");
    ci.variables = {Variable{QStringLiteral("apiKey"), QStringLiteral("k-123"), true, true, {}}};
    c.environments = {ci};

    const QString dir = m_dir.filePath(QStringLiteral("collection"));
    const auto saved = store::saveCollectionDirectory(dir, c, {});
    if (!saved) {
        qWarning("save failed: %s", qPrintable(saved.error().message));
        return {};
    }
    // The secret's value never reached a file.
    for (const QString &file : saved->files) {
        if (readFile(dir + u'/' + file).contains("k-123")) {
            qWarning("secret value written to %s", qPrintable(file));
            return {};
        }
    }
    QFile csv(m_dir.filePath(QStringLiteral("users.csv")));
    if (!csv.open(QIODevice::WriteOnly))
        return {};
    csv.write("user\nada\ngrace\n");
    return dir;
}

void tst_CliRun::failingAssertionExitsOneWithReports()
{
    const QString junit = m_dir.filePath(QStringLiteral("junit.xml"));
    const QString json = m_dir.filePath(QStringLiteral("report.json"));
    const CliResult r = runCli(
        {QStringLiteral("run"), m_collectionDir, QStringLiteral("--folder"),
         QStringLiteral("Session"), QStringLiteral("--data"),
         m_dir.filePath(QStringLiteral("users.csv")), QStringLiteral("--no-keychain"),
         QStringLiteral("-r"), QStringLiteral("cli"), QStringLiteral("-r"),
         QStringLiteral("junit:") + junit, QStringLiteral("-r"), QStringLiteral("json:") + json});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("Iteration 2/2")), qPrintable(describe(r)));
    QVERIFY2(r.outText().contains(QStringLiteral("PASSED")), qPrintable(describe(r)));

    // The whole collection: the teapot fails, and so does "api key" without the environment.
    const CliResult all =
        runCli({QStringLiteral("run"), m_collectionDir, QStringLiteral("--var"),
                QStringLiteral("user=ada"), QStringLiteral("--no-keychain"), QStringLiteral("-r"),
                QStringLiteral("cli"), QStringLiteral("-r"), QStringLiteral("junit:") + junit,
                QStringLiteral("-r"), QStringLiteral("json:") + json});
    CHECK_EXIT(all, 1);
    QVERIFY2(all.outText().contains(QStringLiteral("✗ teapot")), qPrintable(describe(all)));
    QVERIFY2(all.outText().contains(QStringLiteral("status eq 200: expected 200 (actual 418)")),
             qPrintable(describe(all)));
    QVERIFY2(all.outText().contains(QStringLiteral("FAILED")), qPrintable(describe(all)));

    QFile xmlFile(junit);
    QVERIFY(xmlFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&xmlFile);
    int testcases = 0, failures = 0;
    QString suiteTests;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"testsuite")
            suiteTests = xml.attributes().value(QLatin1String("tests")).toString();
        if (xml.name() == u"testcase")
            ++testcases;
        if (xml.name() == u"failure")
            ++failures;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(testcases, 4);
    QCOMPARE(suiteTests, QStringLiteral("4"));
    QCOMPARE(failures, 2);

    const QJsonObject report = QJsonDocument::fromJson(readFile(json)).object();
    QCOMPARE(report.value(u"results").toArray().size(), 4);
    QCOMPARE(report.value(u"summary").toObject().value(u"assertionsFailed").toInt(), 2);
    // Captures are listed without their values (they are often tokens).
    const QJsonObject capture = report.value(u"results")
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"captures")
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(capture.value(u"variable").toString(), QStringLiteral("token"));
    QCOMPARE(capture.value(u"found").toBool(), true);
    QVERIFY(!capture.contains(u"value"));
}

void tst_CliRun::folderThatPassesExitsZero()
{
    const CliResult r =
        runCli({QStringLiteral("run"), m_collectionDir, QStringLiteral("--folder"),
                QStringLiteral("Keyed"), QStringLiteral("--env"), QStringLiteral("ci"),
                QStringLiteral("--no-keychain"), QStringLiteral("--var"),
                QStringLiteral("apiKey=k-123"), QStringLiteral("-r"), QStringLiteral("json")});
    CHECK_EXIT(r, 0);
    // json to stdout: one object per request, then the summary.
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"status").toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(lines[1])
                 .object()
                 .value(u"summary")
                 .toObject()
                 .value(u"passed")
                 .toBool(),
             true);
}

void tst_CliRun::secretFromEnvFile()
{
    const QString envFile = m_dir.filePath(QStringLiteral("ci.env"));
    QFile f(envFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# handed over by CI\nexport apiKey=\"k-123\"\n");
    f.close();
    const CliResult withFile =
        runCli({QStringLiteral("run"), m_collectionDir, QStringLiteral("--folder"),
                QStringLiteral("Keyed"), QStringLiteral("--env"), QStringLiteral("ci"),
                QStringLiteral("--no-keychain"), QStringLiteral("--env-file"), envFile});
    CHECK_EXIT(withFile, 0);
    // Without it the secret is empty (the file keeps no value) and the assertion fails.
    const CliResult without =
        runCli({QStringLiteral("run"), m_collectionDir, QStringLiteral("--folder"),
                QStringLiteral("Keyed"), QStringLiteral("--env"), QStringLiteral("ci"),
                QStringLiteral("--no-keychain")});
    CHECK_EXIT(without, 1);
}

void tst_CliRun::typedCredentialFromKeychain()
{
    // A password typed into a request's Basic auth: saved, it goes to the keychain, not the file,
    // and the runner takes it from there.
    const QString password =
        QStringLiteral("typed-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Collection c;
    c.id = newItemId();
    c.name = QStringLiteral("Typed credentials");
    // httpbin's expected password is in its URL: a variable set on the command line, not saved.
    CollectionItem item =
        http(QStringLiteral("basic"), QStringLiteral("GET"),
             m_servers.httpbin.toString(QUrl::StripTrailingSlash)
                 + QStringLiteral("/basic-auth/alice/{{expected}}"),
             {check(Assertion::Target::Status, {}, Assertion::Op::Equals, QStringLiteral("200"))});
    Auth &auth = std::get<HttpItem>(item.node).request.auth;
    auth = Auth{};
    auth.kind = AuthKind::Basic;
    auth.username = QStringLiteral("alice");
    auth.password = password;
    c.items.push_back(item);
    const QString dir = m_dir.filePath(QStringLiteral("typed"));
    const auto saved = store::saveCollectionDirectory(dir, c, {});
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    for (const QString &file : saved->files)
        QVERIFY2(!readFile(dir + u'/' + file).contains(password.toUtf8()), qPrintable(file));

    SecretStore keychain;
    QSignalSpy written(&keychain, &SecretStore::writeFinished);
    keychain.write(SecretBinder::extract(c));
    QVERIFY(written.wait(20000));
    const auto result = written.first().at(1).value<SecretWriteResult>();
    QVERIFY2(result.error.isEmpty(),
             qPrintable(QStringLiteral("no keychain (tools/test.sh runs the tests "
                                       "with gnome-keyring): ")
                        + result.error));
    QCOMPARE(result.stored, SecretBinder::credentialKeys(c));

    const QString expected = QStringLiteral("expected=") + password;
    const CliResult withKeychain =
        runCli({QStringLiteral("run"), dir, QStringLiteral("--var"), expected});
    const CliResult without = runCli({QStringLiteral("run"), dir, QStringLiteral("--var"), expected,
                                      QStringLiteral("--no-keychain")});
    // Export: the password only with --include-secrets, read from the keychain.
    const CliResult exported =
        runCli({QStringLiteral("export"), dir, QStringLiteral("--to"), QStringLiteral("postman"),
                QStringLiteral("--include-secrets")});
    const CliResult exportedPlain =
        runCli({QStringLiteral("export"), dir, QStringLiteral("--to"), QStringLiteral("postman")});
    QSignalSpy removed(&keychain, &SecretStore::removeFinished);
    keychain.remove(result.stored);
    QVERIFY(removed.wait(20000));

    CHECK_EXIT(withKeychain, 0);
    CHECK_EXIT(exported, 0);
    QVERIFY2(exported.out.contains(password.toUtf8()), qPrintable(describe(exported)));
    CHECK_EXIT(exportedPlain, 0);
    QVERIFY2(!exportedPlain.out.contains(password.toUtf8()), qPrintable(describe(exportedPlain)));
    // Without the keychain the password is empty: httpbin answers 401, and the run says why.
    CHECK_EXIT(without, 1);
    QVERIFY2(without.outText().contains(QStringLiteral("actual 401")),
             qPrintable(describe(without)));
    QVERIFY2(without.errText().contains(QStringLiteral("--no-keychain: 1 credential(s)")),
             qPrintable(describe(without)));
}

QString tst_CliRun::requestFile(const QString &name) const
{
    for (QDirIterator it(m_collectionDir, {QStringLiteral("*.request.json")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        if (readFile(path).contains(QStringLiteral("\"name\": \"%1\"").arg(name).toUtf8()))
            return path;
    }
    return {};
}

// `send --saved` goes through the same pipeline as `run`: the saved request's assertions
// decide the exit code, the environment and --var fill its variables, the collection's
// {{base}} resolves.
void tst_CliRun::sendSavedRequestChecksItAsRunDoes()
{
    const QString teapot = requestFile(QStringLiteral("teapot"));
    const QString keyed = requestFile(QStringLiteral("api key"));
    QVERIFY(!teapot.isEmpty() && !keyed.isEmpty());

    const CliResult failed = runCli({QStringLiteral("send"), QStringLiteral("--saved"), teapot});
    CHECK_EXIT(failed, 1);
    QVERIFY2(failed.outText().contains(QStringLiteral("418")), qPrintable(describe(failed)));
    QVERIFY2(failed.errText().contains(QStringLiteral("assertion failed: status eq 200")),
             qPrintable(describe(failed)));

    const CliResult held =
        runCli({QStringLiteral("send"), QStringLiteral("--saved"), keyed, QStringLiteral("-e"),
                QStringLiteral("ci"), QStringLiteral("--no-keychain"), QStringLiteral("--var"),
                QStringLiteral("apiKey=k-77")});
    CHECK_EXIT(held, 0);
    QVERIFY2(held.outText().contains(QStringLiteral("k-77")), qPrintable(describe(held)));
    QVERIFY2(held.errText().contains(QStringLiteral("assertion held")), qPrintable(describe(held)));

    const CliResult noEnv =
        runCli({QStringLiteral("send"), QStringLiteral("--saved"), keyed, QStringLiteral("-e"),
                QStringLiteral("nope"), QStringLiteral("--no-keychain")});
    CHECK_EXIT(noEnv, 2);
    QVERIFY2(noEnv.errText().contains(QStringLiteral("has no environment \"nope\" (it has: ci)")),
             qPrintable(describe(noEnv)));

    const CliResult missing = runCli({QStringLiteral("send"), QStringLiteral("--saved"),
                                      m_dir.filePath(QStringLiteral("absent.request.json"))});
    CHECK_EXIT(missing, 7);
}

void tst_CliRun::usageAndFileErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown environment")
        << QStringList{QStringLiteral("--env"), QStringLiteral("prod")} << 2
        << "no environment \"prod\" (it has: ci)";
    QTest::newRow("unknown folder")
        << QStringList{QStringLiteral("--folder"), QStringLiteral("Nope")} << 2
        << "no folder \"Nope\"";
    QTest::newRow("bad iterations") << QStringList{QStringLiteral("-n"), QStringLiteral("0")} << 2
                                    << "-n needs a whole number of at least 1";
    QTest::newRow("bad reporter") << QStringList{QStringLiteral("-r"), QStringLiteral("html")} << 2
                                  << "unknown reporter \"html\"";
    QTest::newRow("missing data file")
        << QStringList{QStringLiteral("--data"), QStringLiteral("/nonexistent/d.csv")} << 7
        << "cannot read data file /nonexistent/d.csv";
    QTest::newRow("unwritable junit")
        << QStringList{QStringLiteral("-r"), QStringLiteral("junit:/nonexistent/j.xml")} << 7
        << "/nonexistent/j.xml";
}

void tst_CliRun::usageAndFileErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QString, message);
    const CliResult r =
        runCli(QStringList{QStringLiteral("run"), m_collectionDir, QStringLiteral("--no-keychain")}
               + extra);
    CHECK_EXIT(r, code);
    QVERIFY2(r.errText().contains(message), qPrintable(describe(r)));

    const CliResult missing =
        runCli({QStringLiteral("run"), m_dir.filePath(QStringLiteral("no-such-dir"))});
    CHECK_EXIT(missing, 7);
}

QTEST_GUILESS_MAIN(tst_CliRun)
#include "tst_cli_run.moc"
