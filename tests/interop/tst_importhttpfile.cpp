// .http / .rest files (JetBrains HTTP Client, VS Code REST Client): real files from the REST
// Client repository and our own JetBrains-dialect file (tests/data/import/http, sources in
// tests/data/corpus/SOURCES.md), detection, and bad input.

#include "core/interop/formatdetect.h"
#include "core/interop/importer.h"
#include "tests/interop/importtesthelpers.h"

#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

class tst_ImportHttpFile : public QObject
{
    Q_OBJECT

private slots:
    void restClientFileVariables();
    void restClientQueryMethod();
    void jetBrainsFlow();
    void jetBrainsEnvironments();
    void detection_data();
    void detection();
    void noRequestIsAnError();
};

void tst_ImportHttpFile::restClientFileVariables()
{
    const ImportResult r = importDataFile(QStringLiteral("import/http/restclient-aadtoken.http"));
    QCOMPARE(r.format, ImportFormat::HttpFile);
    QCOMPARE(r.collection.name, QStringLiteral("restclient-aadtoken"));
    QCOMPARE(r.collection.variables.size(), 10);
    QCOMPARE(variableValue(r.collection.variables, QStringLiteral("arm-cn")),
             QStringLiteral("https://management.chinacloudapi.cn"));
    QCOMPARE(countRequests(r.collection.items), 11);
    const Request &first = std::get<HttpItem>(r.collection.items.front().node).request;
    QCOMPARE(first.method, QStringLiteral("GET"));
    QCOMPARE(first.url, QStringLiteral("{{arm}}/tenants?api-version=2017-08-01"));
    QCOMPARE(first.queryParams.size(), 1);
    QCOMPARE(firstValue(first.headers, u"Authorization"), QStringLiteral("{{$aadToken}}"));
    QVERIFY(first.body.kind == BodyKind::None); // CRLF endings leave no stray body
}

void tst_ImportHttpFile::restClientQueryMethod()
{
    const ImportResult r =
        importDataFile(QStringLiteral("import/http/restclient-query-method.http"));
    QCOMPARE(countRequests(r.collection.items), 7);
    QCOMPARE(childNames(r.collection.items).first(), QStringLiteral("QUERY with JSON body"));
    const Request *json = findRequest(r.collection, QStringLiteral("QUERY with JSON body"));
    QVERIFY(json);
    QCOMPARE(json->method, QStringLiteral("QUERY"));
    QCOMPARE(json->body.kind, BodyKind::Raw);
    QCOMPARE(json->body.language, RawLanguage::Json);
    QVERIFY(json->body.raw.startsWith(QStringLiteral("{\n    \"filters\"")));
    QVERIFY(json->body.raw.endsWith(QLatin1Char('}')));
    const Request *xml = findRequest(r.collection, QStringLiteral("QUERY with XML body"));
    QVERIFY(xml);
    QCOMPARE(xml->body.language, RawLanguage::Xml);
    QCOMPARE(variableValue(r.collection.variables, QStringLiteral("token")),
             QStringLiteral("your-bearer-token"));
}

void tst_ImportHttpFile::jetBrainsFlow()
{
    const ImportResult r = importDataFile(QStringLiteral("import/http/jetbrains-login-flow.http"));
    QCOMPARE(childNames(r.collection.items),
             (QStringList{QStringLiteral("login"),
                          QStringLiteral("Profile (uses the login "
                                         "response, REST Client style)"),
                          QStringLiteral("Upload"), QStringLiteral("Form")}));
    const HttpItem *login = findHttp(r.collection, QStringLiteral("login"));
    QVERIFY(login);
    QCOMPARE(login->request.body.raw,
             QStringLiteral("{\n  \"user\": \"ada\",\n  \"password\": \"{{password}}\"\n}"));
    QCOMPARE(login->scripts.size(), 1);
    QVERIFY(login->scripts.first().source.contains(QStringLiteral("client.global.set")));
    QVERIFY(r.report.mentions(QStringLiteral("login"), QStringLiteral("response handler")));
    // {{login.response...}} in the profile request became captures on login
    QCOMPARE(login->captures.size(), 2);
    QCOMPARE(login->captures.at(0).variable, QStringLiteral("login.response.body.$.token"));
    QCOMPARE(login->captures.at(0).expression, QStringLiteral("$.token"));
    QCOMPARE(login->captures.at(1).source, Capture::Source::Header);
    QCOMPARE(login->captures.at(1).expression, QStringLiteral("X-Session"));

    const Request *profile = findRequest(
        r.collection, QStringLiteral("Profile (uses the login response, REST Client style)"));
    QVERIFY(profile);
    QCOMPARE(profile->url, QStringLiteral("{{host}}/api/profile?fields=name&expand=teams"));
    QCOMPARE(profile->queryParams.size(), 2);
    QCOMPARE(profile->headers.size(), 2);

    const Request *upload = findRequest(r.collection, QStringLiteral("Upload"));
    QVERIFY(upload);
    QVERIFY(!upload->settings.followRedirects);
    QCOMPARE(upload->body.kind, BodyKind::Binary);
    QCOMPARE(upload->body.binaryFilePath, QStringLiteral("./avatar.png"));
    QCOMPARE(upload->body.binaryContentType, QStringLiteral("image/png"));
    QVERIFY(r.report.mentions(QStringLiteral("line 27"), QStringLiteral("@timeout")));

    const Request *form = findRequest(r.collection, QStringLiteral("Form"));
    QVERIFY(form);
    QCOMPARE(form->method, QStringLiteral("POST"));
    QCOMPARE(form->url, QStringLiteral("{{host}}/api/form"));
    QVERIFY(r.report.mentions(QStringLiteral("Form"), QStringLiteral("no request has that name")));
}

void tst_ImportHttpFile::jetBrainsEnvironments()
{
    const QString folder = sourceDataDir() + QStringLiteral("/import/http");
    const auto r = importData(readDataFile(QStringLiteral("import/http/jetbrains-login-flow.http")),
                              ImportFormat::Auto, QStringLiteral("flow.http"), folder);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->environments.size(), 2);
    const Environment &dev = r->environments.at(0);
    QCOMPARE(dev.name, QStringLiteral("dev"));
    QCOMPARE(variableValue(dev.variables, QStringLiteral("apiVersion")), QStringLiteral("v2"));
    QCOMPARE(variableValue(dev.variables, QStringLiteral("retries")), QStringLiteral("3"));
    QCOMPARE(variableValue(dev.variables, QStringLiteral("password")),
             QStringLiteral("dev-secret"));
    for (const Variable &v : dev.variables)
        QCOMPARE(v.secret, v.name == u"password");
    const Environment &prod = r->environments.at(1);
    // the private file's value wins, and makes the variable secret
    QCOMPARE(variableValue(prod.variables, QStringLiteral("host")),
             QStringLiteral("https://internal.example.com"));
    QVERIFY(
        r->report.mentions(QStringLiteral("environment prod"), QStringLiteral("SSLConfiguration")));
    // without the folder (pasted text) nothing beside it is read
    const auto pasted =
        importData(readDataFile(QStringLiteral("import/http/jetbrains-login-flow.http")),
                   ImportFormat::HttpFile);
    QVERIFY(pasted);
    QVERIFY(pasted->environments.isEmpty());
}

void tst_ImportHttpFile::detection_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ImportFormat>("format");
    QTest::newRow("separator") << QByteArray("### a\nGET http://x\n") << ImportFormat::HttpFile;
    QTest::newRow("request line") << QByteArray("# c\n\nPOST https://x/y HTTP/1.1\n")
                                  << ImportFormat::HttpFile;
    QTest::newRow("variables first")
        << QByteArray("@h = http://x\n\nGET {{h}}/a\n") << ImportFormat::HttpFile;
    QTest::newRow("curl stays curl") << QByteArray("curl http://x") << ImportFormat::Curl;
    QTest::newRow("prose") << QByteArray("hello world\n") << ImportFormat::Auto;
    QTest::newRow("bare path") << QByteArray("/just/a/path\n") << ImportFormat::Auto;
}

void tst_ImportHttpFile::detection()
{
    QFETCH(QByteArray, text);
    QFETCH(ImportFormat, format);
    QCOMPARE(detectFormat(text), format);
}

void tst_ImportHttpFile::noRequestIsAnError()
{
    const auto r = importData("###\n# only a comment\n@a = 1\n", ImportFormat::HttpFile);
    QVERIFY(!r);
    QVERIFY2(r.error().message.startsWith(QStringLiteral("no request found")),
             qPrintable(r.error().message));
    const auto bad = importData("### x\nthis is not a request\n", ImportFormat::HttpFile);
    QVERIFY(!bad);
}

QTEST_GUILESS_MAIN(tst_ImportHttpFile)
#include "tst_importhttpfile.moc"
