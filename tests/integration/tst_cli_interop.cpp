// wirescope-cli import / export / codegen on the real-world corpus (no network).

#include "clirunner.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope::test;

class tst_CliInterop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importEveryCorpusFile_data();
    void importEveryCorpusFile();
    void postmanRoundTripThroughTheCli();
    void importedCredentialsNeverReachTheFiles();
    void importReadsRefsBesideTheFile();
    void importsABrunoFolderAndAnHttpFile();
    void insomniaRoundTripThroughTheCli();
    void curlExportAndCodegen();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
};

namespace {

QString corpus(const QString &name)
{
    return sourceDataDir() + QStringLiteral("/corpus/") + name;
}

int countFiles(const QString &dir, const QString &suffix)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (it.next().endsWith(suffix))
            ++n;
    }
    return n;
}

} // namespace

void tst_CliInterop::importEveryCorpusFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("requests");
    QTest::newRow("postman conduit") << "Conduit.postman_collection.json"
                                     << "postman" << 32;
    QTest::newRow("postman complex") << "postman-complex-v2_1-input.json"
                                     << "postman" << 6;
    QTest::newRow("curl") << "curlconverter-get_with_browser_headers.sh"
                          << "curl" << 1;
    QTest::newRow("insomnia v5") << "../import/insomnia-v5-environment-cascade.yaml"
                                 << "insomnia" << 3;
    QTest::newRow("swagger 2") << "../import/swagger2-petstore.json"
                               << "openapi" << 20;
}

void tst_CliInterop::importEveryCorpusFile()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, requests);
    const QString target =
        m_dir.filePath(QStringLiteral("import-")
                       + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    const CliResult r =
        runCli({QStringLiteral("import"), corpus(file), QStringLiteral("--to"), target});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("(%1): %2 requests").arg(format).arg(requests)),
             qPrintable(describe(r)));
    QCOMPARE(countFiles(target, QStringLiteral(".request.json")), requests);
    QVERIFY(QFile::exists(target + QStringLiteral("/collection.json")));
}

void tst_CliInterop::importReadsRefsBesideTheFile()
{
    // The CLI hands the file's folder to the importer: the parameters in parameters.json reach
    // the request file.
    const QString target = m_dir.filePath(QStringLiteral("separate"));
    const CliResult r = runCli({QStringLiteral("import"),
                                corpus(QStringLiteral("../import/swagger2-separate/swagger.json")),
                                QStringLiteral("--to"), target});
    CHECK_EXIT(r, 0);
    const QJsonObject request =
        QJsonDocument::fromJson(readFile(target + QStringLiteral("/findPets.request.json")))
            .object();
    QVERIFY2(QJsonDocument(request).toJson().contains("maximum number of results to return"),
             qPrintable(describe(r)));
}

void tst_CliInterop::importsABrunoFolderAndAnHttpFile()
{
    const QString bruno = m_dir.filePath(QStringLiteral("bruno"));
    CliResult r =
        runCli({QStringLiteral("import"), corpus(QStringLiteral("../import/bruno-testbench")),
                QStringLiteral("--to"), bruno});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("(bruno): 8 requests, 2 environments")),
             qPrintable(describe(r)));
    QCOMPARE(countFiles(bruno, QStringLiteral(".request.json")), 8);
    const QString http = m_dir.filePath(QStringLiteral("http"));
    r = runCli({QStringLiteral("import"),
                corpus(QStringLiteral("../import/http/restclient-query-method.http")),
                QStringLiteral("--to"), http});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("(http): 7 requests")), qPrintable(describe(r)));
}

void tst_CliInterop::insomniaRoundTripThroughTheCli()
{
    // Insomnia v5 in, Insomnia v5 out, and back in: the request files are the same.
    const QString first = m_dir.filePath(QStringLiteral("v5-1"));
    const QString exported = m_dir.filePath(QStringLiteral("cascade.insomnia.yaml"));
    const QString second = m_dir.filePath(QStringLiteral("v5-2"));
    CHECK_EXIT(runCli({QStringLiteral("import"),
                       corpus(QStringLiteral("../import/insomnia-v5-environment-cascade.yaml")),
                       QStringLiteral("--to"), first}),
               0);
    const CliResult out = runCli({QStringLiteral("export"), first, QStringLiteral("--to"),
                                  QStringLiteral("insomnia"), QStringLiteral("-o"), exported});
    CHECK_EXIT(out, 0);
    QVERIFY(readFile(exported).startsWith("type: collection.insomnia.rest/5.0\n"));
    const CliResult again =
        runCli({QStringLiteral("import"), exported, QStringLiteral("--to"), second});
    CHECK_EXIT(again, 0);
    QVERIFY2(again.outText().contains(QStringLiteral("(insomnia): 3 requests")),
             qPrintable(describe(again)));
    const QString someRequest =
        QStringLiteral("/cascadeFolder/innerFolder/inner request.request.json");
    QJsonObject a = QJsonDocument::fromJson(readFile(first + someRequest)).object();
    QJsonObject b = QJsonDocument::fromJson(readFile(second + someRequest)).object();
    QVERIFY2(!a.isEmpty(), qPrintable(describe(again)));
    a.remove(QStringLiteral("id"));
    b.remove(QStringLiteral("id"));
    QCOMPARE(b, a);
}

void tst_CliInterop::postmanRoundTripThroughTheCli()
{
    const QString first = m_dir.filePath(QStringLiteral("rt1"));
    const QString exported = m_dir.filePath(QStringLiteral("conduit.postman.json"));
    const QString second = m_dir.filePath(QStringLiteral("rt2"));
    CHECK_EXIT(
        runCli({QStringLiteral("import"), corpus(QStringLiteral("Conduit.postman_collection.json")),
                QStringLiteral("--to"), first}),
        0);
    CHECK_EXIT(runCli({QStringLiteral("export"), first, QStringLiteral("--to"),
                       QStringLiteral("postman"), QStringLiteral("-o"), exported}),
               0);
    const QJsonObject doc = QJsonDocument::fromJson(readFile(exported)).object();
    QCOMPARE(doc.value(u"info").toObject().value(u"name").toString(), QStringLiteral("Conduit"));
    QCOMPARE(
        doc.value(u"info").toObject().value(u"schema").toString(),
        QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"));
    const CliResult again =
        runCli({QStringLiteral("import"), exported, QStringLiteral("--to"), second});
    CHECK_EXIT(again, 0);
    QVERIFY2(again.outText().contains(QStringLiteral("32 requests")), qPrintable(describe(again)));
    // The same files with the same request content (ids are fresh on import).
    QCOMPARE(countFiles(second, QStringLiteral(".request.json")), 32);
    const QString someRequest = QStringLiteral("/Auth/Login.request.json");
    QJsonObject a = QJsonDocument::fromJson(readFile(first + someRequest)).object();
    QJsonObject b = QJsonDocument::fromJson(readFile(second + someRequest)).object();
    QVERIFY(!a.isEmpty());
    a.remove(QStringLiteral("id"));
    b.remove(QStringLiteral("id"));
    QCOMPARE(b, a);
}

void tst_CliInterop::importedCredentialsNeverReachTheFiles()
{
    // A Postman collection with a typed Basic password, imported where no keychain answers:
    // the files do not get the password, and the command says it was not kept.
    const QString source = m_dir.filePath(QStringLiteral("typed.postman.json"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"info": {"name": "Typed", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "login", "request": {"method": "GET", "url": "https://example.test/",
          "auth": {"type": "basic", "basic": [{"key": "username", "value": "ada"},
                                              {"key": "password", "value": "typed-9c1e"}]}}}]})");
    file.close();
    const QString target = m_dir.filePath(QStringLiteral("typed"));
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + m_dir.filePath(QStringLiteral("no-bus")).toUtf8());
    const CliResult r = runCli({QStringLiteral("import"), source, QStringLiteral("--to"), target});
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    CHECK_EXIT(r, 0);
    QVERIFY2(r.errText().contains(
                 QStringLiteral("1 of 1 secret value(s) and typed credential(s) were not saved")),
             qPrintable(describe(r)));
    QDirIterator it(target, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(!readFile(path).contains("typed-9c1e"), qPrintable(path));
        ++files;
    }
    QCOMPARE(files, 2); // collection.json and the request
    QVERIFY(readFile(target + QStringLiteral("/login.request.json")).contains("\"keychain\""));
}

void tst_CliInterop::curlExportAndCodegen()
{
    const QString dir = m_dir.filePath(QStringLiteral("curl-src"));
    CHECK_EXIT(
        runCli({QStringLiteral("import"), corpus(QStringLiteral("Conduit.postman_collection.json")),
                QStringLiteral("--to"), dir}),
        0);
    const CliResult script =
        runCli({QStringLiteral("export"), dir, QStringLiteral("--to"), QStringLiteral("curl")});
    CHECK_EXIT(script, 0);
    QCOMPARE(script.outText().count(QStringLiteral("\ncurl ")), 32);
    QVERIFY(
        script.outText().contains(QStringLiteral("# Auth/Login\ncurl '{{APIURL}}/users/login'")));

    const CliResult code =
        runCli({QStringLiteral("codegen"), dir + QStringLiteral("/Auth/Login.request.json"),
                QStringLiteral("--lang"), QStringLiteral("curl"), QStringLiteral("--var"),
                QStringLiteral("APIURL=http://127.0.0.1:9/api"), QStringLiteral("--single-line")});
    CHECK_EXIT(code, 0);
    QVERIFY2(
        code.outText().startsWith(QStringLiteral("curl http://127.0.0.1:9/api/users/login -H")),
        qPrintable(describe(code)));
    QVERIFY(!code.outText().contains(u'\\'));
}

void tst_CliInterop::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString conduit = corpus(QStringLiteral("Conduit.postman_collection.json"));
    QTest::newRow("import without --to")
        << QStringList{QStringLiteral("import"), conduit} << 2 << "--to DIR is required";
    QTest::newRow("import unknown format")
        << QStringList{QStringLiteral("import"), conduit,
                       QStringLiteral("--to"),   QStringLiteral("x"),
                       QStringLiteral("--from"), QStringLiteral("yaak")}
        << 2 << "unknown format \"yaak\"";
    QTest::newRow("import a file as bruno")
        << QStringList{QStringLiteral("import"), conduit,
                       QStringLiteral("--to"),   QStringLiteral("x"),
                       QStringLiteral("--from"), QStringLiteral("bruno")}
        << 2 << "a Bruno collection is a folder";
    QTest::newRow("import a folder that is no bruno collection")
        << QStringList{QStringLiteral("import"), corpus(QString()), QStringLiteral("--to"),
                       QStringLiteral("x")}
        << 2 << "without bruno.json";
    QTest::newRow("import missing file")
        << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/f.json"),
                       QStringLiteral("--to"), QStringLiteral("x")}
        << 7 << "cannot read /nonexistent/f.json";
    QTest::newRow("import wrong format")
        << QStringList{QStringLiteral("import"), conduit,
                       QStringLiteral("--to"),   QStringLiteral("x"),
                       QStringLiteral("--from"), QStringLiteral("har")}
        << 2 << "Conduit.postman_collection.json";
    QTest::newRow("export har") << QStringList{QStringLiteral("export"), QStringLiteral("d"),
                                               QStringLiteral("--to"), QStringLiteral("har")}
                                << 2 << "History pane";
    QTest::newRow("export missing dir")
        << QStringList{QStringLiteral("export"), QStringLiteral("/nonexistent"),
                       QStringLiteral("--to"), QStringLiteral("postman")}
        << 7 << "/nonexistent";
    QTest::newRow("codegen bad lang")
        << QStringList{QStringLiteral("codegen"), QStringLiteral("f"), QStringLiteral("--lang"),
                       QStringLiteral("cobol")}
        << 2 << "--lang needs one of";
    QTest::newRow("codegen missing file")
        << QStringList{QStringLiteral("codegen"), QStringLiteral("/nonexistent.request.json"),
                       QStringLiteral("--lang"), QStringLiteral("curl")}
        << 7 << "/nonexistent.request.json";
}

void tst_CliInterop::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const CliResult r = runCli(args);
    CHECK_EXIT(r, code);
    QVERIFY2(r.errText().contains(message), qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(tst_CliInterop)
#include "tst_cli_interop.moc"
