// Parity with newman: one Postman collection with pre-request and test scripts (passing and
// failing pm.test, legacy tests[], chaining through environment variables, pm.sendRequest,
// skipRequest, setNextRequest, a script that throws, the sandbox libraries: lodash, crypto-js,
// moment, uuid, tv4) run against the local httpbin by newman 6.2.2 and by `wirescope-cli run`
// after `wirescope-cli import`. The same tests must pass and fail, with the same names, in the
// same order.

#include "clirunner.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace wirescope::test;

namespace {

/// "Request: test name: pass|fail" lines, and script errors as "Request: error: message".
struct Verdicts
{
    QStringList tests;
    QStringList errors;
};

Verdicts newmanVerdicts(const QJsonObject &report)
{
    Verdicts out;
    QSet<QString> seen; // newman lists a request again for each pm.sendRequest it made
    for (const QJsonValue &v : report.value(u"run").toObject().value(u"executions").toArray()) {
        const QJsonObject e = v.toObject();
        const QString id =
            e.value(u"item").toObject().value(u"id").toString()
            + QString::number(e.value(u"cursor").toObject().value(u"iteration").toInt());
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const QString name = e.value(u"item").toObject().value(u"name").toString();
        for (const QJsonValue &a : e.value(u"assertions").toArray()) {
            const QJsonObject o = a.toObject();
            out.tests.append(
                name + QStringLiteral(": ") + o.value(u"assertion").toString()
                + (o.contains(u"error") ? QStringLiteral(": fail") : QStringLiteral(": pass")));
        }
        for (const char *event : {"prerequestScript", "testScript"}) {
            for (const QJsonValue &s : e.value(QLatin1String(event)).toArray()) {
                const QJsonObject error = s.toObject().value(u"error").toObject();
                if (!error.isEmpty())
                    out.errors.append(name + QStringLiteral(": error: ")
                                      + error.value(u"message").toString());
            }
        }
    }
    return out;
}

Verdicts wirescopeVerdicts(const QJsonObject &report)
{
    Verdicts out;
    for (const QJsonValue &v : report.value(u"results").toArray()) {
        const QJsonObject r = v.toObject();
        const QString name = r.value(u"name").toString();
        for (const QJsonValue &t : r.value(u"tests").toArray()) {
            const QJsonObject o = t.toObject();
            out.tests.append(name + QStringLiteral(": ") + o.value(u"name").toString()
                             + (o.value(u"passed").toBool() ? QStringLiteral(": pass")
                                                            : QStringLiteral(": fail")));
        }
        for (const QJsonValue &e : r.value(u"scriptErrors").toArray()) {
            QString message = e.toObject().value(u"message").toString();
            if (message.startsWith(u"Error: "))
                message = message.mid(7); // newman keeps the message without the error's name
            out.errors.append(name + QStringLiteral(": error: ") + message);
        }
    }
    return out;
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

} // namespace

class tst_ScriptParity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto servers = loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_servers = *servers;
        QVERIFY(m_dir.isValid());
        m_collection = sourceDataDir() + QStringLiteral("/scripts/parity.postman_collection.json");
        QVERIFY(QFile::exists(m_collection));
    }

    void sameVerdictsAsNewman()
    {
        const QString httpbin = m_servers.httpbin.toString(QUrl::StripTrailingSlash);
        const QString newmanReport = m_dir.filePath(QStringLiteral("newman.json"));
        const CliResult newman = runCliAt(
            QStringLiteral(WIRESCOPE_NEWMAN_PATH),
            {QStringLiteral("run"), m_collection, QStringLiteral("--env-var"),
             QStringLiteral("httpbin=") + httpbin, QStringLiteral("--reporters"),
             QStringLiteral("json"), QStringLiteral("--reporter-json-export"), newmanReport});
        CHECK_EXIT(newman, 1); // the collection fails on purpose

        const QString dir = m_dir.filePath(QStringLiteral("imported"));
        const CliResult imported =
            runCli({QStringLiteral("import"), m_collection, QStringLiteral("--to"), dir});
        CHECK_EXIT(imported, 0);
        QVERIFY2(!imported.outText().contains(QStringLiteral("not run"))
                     && !imported.errText().contains(QStringLiteral("not run")),
                 qPrintable(describe(imported)));
        const QString ours = m_dir.filePath(QStringLiteral("wirescope.json"));
        const QString junit = m_dir.filePath(QStringLiteral("wirescope.xml"));
        const CliResult run =
            runCli({QStringLiteral("run"), dir, QStringLiteral("--var"),
                    QStringLiteral("httpbin=") + httpbin, QStringLiteral("--no-keychain"),
                    QStringLiteral("-r"), QStringLiteral("cli"), QStringLiteral("-r"),
                    QStringLiteral("json:") + ours, QStringLiteral("-r"),
                    QStringLiteral("junit:") + junit});
        CHECK_EXIT(run, 1);

        const Verdicts expected = newmanVerdicts(readJson(newmanReport));
        const Verdicts actual = wirescopeVerdicts(readJson(ours));
        QVERIFY(expected.tests.size() >= 30);
        QCOMPARE(actual.tests, expected.tests);
        QCOMPARE(actual.errors, expected.errors);
        QCOMPARE(expected.tests.filter(QStringLiteral(": fail")).size(), 6);
        // The sandbox libraries ran in both (require and the legacy globals).
        QCOMPARE(expected.tests.filter(QStringLiteral("Sandbox libraries: libraries: ")).size(), 8);

        // The console report names the failing test with chai's message.
        QVERIFY2(run.outText().contains(
                     QStringLiteral("deliberately failing: status 201: expected response to have "
                                    "status code 201 but got 200")),
                 qPrintable(describe(run)));
        // JUnit: one testcase per pm.test, failures with the message.
        QFile file(junit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int cases = 0;
        QStringList failed;
        QString current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"testcase") {
                ++cases;
                current = xml.attributes().value(QStringLiteral("name")).toString();
            } else if (xml.isStartElement() && xml.name() == u"failure") {
                failed.append(current);
            }
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(cases,
                 int(expected.tests.size()) + 11); // + one testcase per request (11, one skipped)
        QVERIFY(failed.contains(QStringLiteral("deliberately failing legacy test")));
        QCOMPARE(failed.size(), 6);
    }

    void noScriptsSkipsThem()
    {
        const QString dir = m_dir.filePath(QStringLiteral("imported2"));
        CHECK_EXIT(runCli({QStringLiteral("import"), m_collection, QStringLiteral("--to"), dir}),
                   0);
        const QString ours = m_dir.filePath(QStringLiteral("noscripts.json"));
        const CliResult run = runCli(
            {QStringLiteral("run"), dir, QStringLiteral("--var"),
             QStringLiteral("httpbin=") + m_servers.httpbin.toString(QUrl::StripTrailingSlash),
             QStringLiteral("--no-keychain"), QStringLiteral("--no-scripts"), QStringLiteral("-r"),
             QStringLiteral("json:") + ours});
        // Without scripts nothing fails, the token is never chained, and every request is sent
        // (no skipRequest, no setNextRequest).
        CHECK_EXIT(run, 0);
        const QJsonObject report = readJson(ours);
        QCOMPARE(report.value(u"summary").toObject().value(u"scriptTests").toInt(), 0);
        QCOMPARE(report.value(u"summary").toObject().value(u"requests").toInt(), 12);
    }

private:
    TestServers m_servers;
    QTemporaryDir m_dir;
    QString m_collection;
};

QTEST_GUILESS_MAIN(tst_ScriptParity)
#include "tst_script_parity.moc"
