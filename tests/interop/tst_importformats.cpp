// Importers on hand-written fixtures (tests/data/import): Postman v2.0 and environments, every
// auth type, Insomnia, HAR, OpenAPI with $ref cycles; format detection; corrupt and hostile input.

#include "core/interop/formatdetect.h"
#include "core/interop/importer.h"
#include "core/interop/insomniaimporter.h"
#include "tests/interop/importtesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

namespace {

ImportResult load(const QString &file, ImportFormat format = ImportFormat::Auto)
{
    auto r = importData(readDataFile(u"import/"_qs + file), format, file);
    if (!r)
        qFatal("import of %s failed: %s", qPrintable(file), qPrintable(r.error().message));
    return std::move(r).value();
}

const Variable *variable(const VariableList &list, const QString &name)
{
    for (const Variable &v : list) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

QByteArray insomniaWith(const QByteArray &method, const QByteArray &body)
{
    return R"({"_type": "export", "__export_format": 4, "resources": [
        {"_id": "wrk_1", "_type": "workspace", "name": "W"},
        {"_id": "req_1", "parentId": "wrk_1", "_type": "request", "name": "Q", "method": ")"
           + method + R"(", "url": "{{ _.BASE_URL }}/graphql", "body": )" + body + "}]}";
}

QByteArray postmanWith(const QByteArray &items)
{
    return R"({"info": {"name": "T", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": )"
           + items + "}";
}

} // namespace

class tst_ImportFormats : public QObject
{
    Q_OBJECT

private slots:
    void postmanV20();
    void postmanEnvironment();
    void postmanAuth_data();
    void postmanAuth();
    void postmanWrongTypes();
    void postmanUnsupportedScriptCalls();
    void insomniaScriptCallsAreListed();
    void insomnia();
    void insomniaOAuth2();
    void graphqlBodies_data();
    void graphqlBodies();
    void insomniaTemplates_data();
    void insomniaTemplates();
    void har();
    void openApiRefsAndSecurity();
    void openApiKeepsTheDocumentsPathOrder_data();
    void openApiKeepsTheDocumentsPathOrder();
    void detect_data();
    void detect();
    void hostile_data();
    void hostile();
    void hugeStrings();
};

void tst_ImportFormats::postmanV20()
{
    const ImportResult r = load(u"postman-v2_0.json"_qs);
    const Collection &c = r.collection;
    QCOMPARE(r.format, ImportFormat::Postman);
    QCOMPARE(c.name, u"Legacy v2.0 API"_qs);
    QCOMPARE(c.description, u"Written in the v2.0 schema"_qs);
    QCOMPARE(c.auth.kind, AuthKind::Basic);
    QCOMPARE(c.auth.username, u"admin"_qs);
    QCOMPARE(c.auth.password, u"{{adminPassword}}"_qs);
    QCOMPARE(c.variables.size(), 3);
    QCOMPARE(c.variables.at(1).value, u"3"_qs);
    QVERIFY(!c.variables.at(2).enabled);
    QCOMPARE(c.scripts.size(), 1);
    QCOMPARE(c.scripts.first().event, u"prerequest"_qs);
    QCOMPARE(countRequests(c.items), 7);
    QCOMPARE(countFolders(c.items), 2);

    const Folder *users = findFolder(c, u"Users"_qs);
    QCOMPARE(users->auth.kind, AuthKind::Bearer);
    QCOMPARE(users->auth.token, u"{{userToken}}"_qs);
    QCOMPARE(users->description, u"User endpoints"_qs);

    const HttpItem *get = findHttp(c, u"Users/Get user"_qs);
    QCOMPARE(get->request.method, u"GET"_qs);
    QCOMPARE(get->request.url, u"{{host}}/users/:id?fields=name&expand"_qs);
    QCOMPARE(get->request.queryParams,
             (KeyValueList{{u"fields"_qs, u"name"_qs, true, {}}, {u"expand"_qs, {}, true, {}}}));
    QCOMPARE(get->request.pathVariables.size(), 1);
    QCOMPARE(get->request.pathVariables.first().name, u"id"_qs);
    QCOMPARE(get->request.headers, (KeyValueList{{u"Accept"_qs, u"application/json"_qs, true, {}},
                                                 {u"X-Trace"_qs, u"abc"_qs, true, {}}}));
    QCOMPARE(get->request.auth.kind, AuthKind::Inherit);
    QCOMPARE(get->request.description, u"Fetch one user"_qs);
    QCOMPARE(get->examples.size(), 1);
    QCOMPARE(get->examples.first().name, u"Found"_qs);
    QCOMPARE(get->examples.first().status, 200);
    QCOMPARE(get->examples.first().reason, u"OK"_qs);
    QCOMPARE(get->examples.first().body, QByteArray(R"({"id": 7})"));

    const Request *del = findRequest(c, u"Users/Admin/Delete user"_qs);
    QCOMPARE(del->url, u"https://api.example.com/users/:id?hard=true"_qs);
    QCOMPARE(del->queryParams.size(), 2);
    QVERIFY(!del->queryParams.at(1).enabled);
    QCOMPARE(del->pathVariables, (KeyValueList{{u"id"_qs, u"42"_qs, true, u"user id"_qs}}));
    QCOMPARE(del->auth.kind, AuthKind::ApiKey);
    QCOMPARE(del->auth.apiKeyName, u"X-Api-Key"_qs);
    QCOMPARE(del->auth.apiKeyValue, u"{{apiKey}}"_qs);
    QCOMPARE(del->auth.apiKeyLocation, ApiKeyLocation::Header);

    const Request *upload = findRequest(c, u"Upload avatar"_qs);
    QCOMPARE(upload->auth.kind, AuthKind::None);
    QCOMPARE(upload->body.kind, BodyKind::Binary);
    QCOMPARE(upload->body.binaryFilePath, u"/home/me/avatar.png"_qs);
    QVERIFY(!upload->settings.followRedirects);
    QVERIFY(upload->settings.tls.insecure);
    QVERIFY(r.report.mentions(u"Upload avatar"_qs, u"strictSSL"_qs));

    const Request *digest = findRequest(c, u"Digest login"_qs);
    QCOMPARE(digest->auth.kind, AuthKind::Digest);
    QCOMPARE(digest->auth.username, u"dig"_qs);
    QCOMPARE(digest->auth.password, u"est"_qs);

    const HttpItem *oauth = findHttp(c, u"OAuth call"_qs);
    // An oauth2 block that only holds a saved token: the kind is kept, the token is not.
    QCOMPARE(oauth->request.auth.kind, AuthKind::OAuth2);
    QCOMPARE(oauth->request.auth.token, QString());
    QVERIFY(
        r.report.mentions(u"OAuth call"_qs, u"access token saved in the file was not imported"_qs));
    QCOMPARE(oauth->scripts.size(), 1);
    QVERIFY(!r.report.mentions(u"OAuth call"_qs, u"not run"_qs));

    const Request *forms = findRequest(c, u"Form with files"_qs);
    QCOMPARE(forms->body.multipart.size(), 3);
    QCOMPARE(forms->body.multipart.at(0).filePath, u"/tmp/a.pdf"_qs);
    QCOMPARE(forms->body.multipart.at(1).filePath, u"/tmp/b.pdf"_qs);
    QCOMPARE(forms->body.multipart.at(2).value, u"hello"_qs);
    QCOMPARE(forms->body.multipart.at(2).contentType, u"text/plain"_qs);

    // A hostile name is kept as written; turning names into file names is the store's job.
    QCOMPARE(c.items.back().name(), u"../../etc/passwd"_qs);
}

void tst_ImportFormats::postmanEnvironment()
{
    const ImportResult r = load(u"postman-environment.json"_qs);
    QCOMPARE(r.format, ImportFormat::PostmanEnvironment);
    QVERIFY(r.collection.items.empty());
    QCOMPARE(r.environments.size(), 1);
    const Environment &env = r.environments.first();
    QCOMPARE(env.name, u"Staging"_qs);
    QCOMPARE(env.variables.size(), 3);
    QCOMPARE(env.variables.at(0).value, u"https://staging.example.com"_qs);
    QVERIFY(!env.variables.at(0).secret);
    QVERIFY(env.variables.at(1).secret);
    QCOMPARE(env.variables.at(1).value, u"s3cr3t"_qs);
    QVERIFY(!env.variables.at(2).enabled);
}

void tst_ImportFormats::postmanAuth_data()
{
    QTest::addColumn<QByteArray>("auth");
    QTest::addColumn<AuthKind>("kind");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("note");

    QTest::newRow("basic v2.1") << QByteArray(
        R"({"type":"basic","basic":[{"key":"username","value":"u"},{"key":"password","value":"p"}]})")
                                << AuthKind::Basic << u"u:p"_qs << QString();
    QTest::newRow("basic v2.0") << QByteArray(
        R"({"type":"basic","basic":{"username":"u","password":"p"}})")
                                << AuthKind::Basic << u"u:p"_qs << QString();
    QTest::newRow("bearer") << QByteArray(
        R"({"type":"bearer","bearer":[{"key":"token","value":"{{tok}}"}]})")
                            << AuthKind::Bearer << u"{{tok}}"_qs << QString();
    QTest::newRow("apikey query") << QByteArray(
        R"({"type":"apikey","apikey":[{"key":"key","value":"k"},{"key":"value","value":"v"},{"key":"in","value":"query"}]})")
                                  << AuthKind::ApiKey << u"k=v@query"_qs << QString();
    QTest::newRow("digest") << QByteArray(
        R"({"type":"digest","digest":[{"key":"username","value":"d"},{"key":"password","value":"g"}]})")
                            << AuthKind::Digest << u"d:g"_qs << QString();
    QTest::newRow("noauth") << QByteArray(R"({"type":"noauth"})") << AuthKind::None << QString()
                            << QString();
    QTest::newRow("inherit") << QByteArray(R"({"type":"inherit"})") << AuthKind::Inherit
                             << QString() << QString();
    QTest::newRow("absent") << QByteArray("null") << AuthKind::Inherit << QString() << QString();
    // aws summary: access key|secret|token|region|service|query
    QTest::newRow("aws, region defaulted")
        << QByteArray(R"({"type":"awsv4","awsv4":[{"key":"accessKey","value":"A"}]})")
        << AuthKind::AwsSigV4 << u"A|||us-east-1||header"_qs << QString();
    QTest::newRow("aws v2.0 object, query")
        << QByteArray(R"({"type":"awsv4","awsv4":{"accessKey":"A","secretKey":"{{s}}",)"
                      R"("sessionToken":"t","region":"eu-west-3","service":"s3",)"
                      R"("addAuthDataToQuery":true}})")
        << AuthKind::AwsSigV4 << u"A|{{s}}|t|eu-west-3|s3|query"_qs << QString();
    // oauth1 summary: method|consumer key|secret|token|token secret|placement|realm|body hash
    QTest::newRow("oauth1, defaults") << QByteArray(R"({"type":"oauth1"})") << AuthKind::OAuth1
                                      << u"HMAC-SHA1|||||header||0"_qs << QString();
    QTest::newRow("oauth1 as Postman writes it") << QByteArray(
        R"({"type":"oauth1","oauth1":[{"key":"signatureMethod","value":"HMAC-SHA256"},)"
        R"({"key":"consumerKey","value":"ck"},{"key":"consumerSecret","value":"{{cs}}"},)"
        R"({"key":"token","value":"t"},{"key":"tokenSecret","value":"{{ts}}"},)"
        R"({"key":"realm","value":"Photos"},{"key":"includeBodyHash","value":true,"type":"boolean"},)"
        R"({"key":"addParamsToHeader","value":false,"type":"boolean"},)"
        R"({"key":"addEmptyParamsToSign","value":false,"type":"boolean"}]})")
                                                 << AuthKind::OAuth1
                                                 << u"HMAC-SHA256|ck|{{cs}}|t|{{ts}}|query|Photos|1"_qs
                                                 << QString();
    // hawk summary: id|key|algorithm|ext|app|dlg|payload hash
    QTest::newRow("hawk as Postman writes it")
        << QByteArray(
               R"({"type":"hawk","hawk":[{"key":"authId","value":"dh37fgj492je"},)"
               R"({"key":"authKey","value":"{{hawkKey}}"},{"key":"algorithm","value":"sha1"},)"
               R"({"key":"user","value":"ada"},{"key":"extraData","value":"x"},)"
               R"({"key":"app","value":"a"},{"key":"delegation","value":"d"},)"
               R"({"key":"includePayloadHash","value":true,"type":"boolean"}]})")
        << AuthKind::Hawk << u"dh37fgj492je|{{hawkKey}}|sha1|x|a|d|1"_qs << QString();
    QTest::newRow("ntlm") << QByteArray(R"({"type":"ntlm"})") << AuthKind::None << QString()
                          << u"'ntlm'"_qs;
    // oauth2 summary: grant|token URL|client id|secret|client auth|pkce|audience|extra
    QTest::newRow("oauth2 client credentials")
        << QByteArray(
               R"({"type":"oauth2","oauth2":[{"key":"grant_type","value":"client_credentials"},)"
               R"({"key":"accessTokenUrl","value":"https://id.example/token"},{"key":"clientId","value":"cid"},)"
               R"({"key":"clientSecret","value":"{{secret}}"},{"key":"client_authentication","value":"body"},)"
               R"({"key":"tokenRequestParams","value":[{"key":"audience","value":"api","send_as":"request_body"},)"
               R"({"key":"tenant","value":"t1","send_as":"request_body"}]}]})")
        << AuthKind::OAuth2
        << u"client_credentials|https://id.example/token|cid|{{secret}}|body|1|api|tenant=t1"_qs
        << QString();
    QTest::newRow("oauth2 code with pkce") << QByteArray(
        R"({"type":"oauth2","oauth2":[{"key":"grant_type","value":"authorization_code_with_pkce"},)"
        R"({"key":"authUrl","value":"https://id.example/authorize"},{"key":"accessTokenUrl","value":"https://id.example/token"},)"
        R"({"key":"clientId","value":"app"},{"key":"challengeAlgorithm","value":"S256"}]})")
                                           << AuthKind::OAuth2
                                           << u"authorization_code|https://id.example/token|app||basic|1||"_qs
                                           << QString();
    QTest::newRow("oauth2 code v2.0 object") << QByteArray(
        R"({"type":"oauth2","oauth2":{"grant_type":"authorization_code","accessTokenUrl":"https://t/","clientId":"c","clientSecret":"lit"}})")
                                             << AuthKind::OAuth2
                                             << u"authorization_code|https://t/|c|lit|basic|0||"_qs
                                             << QString();
    QTest::newRow("oauth2 password, token in file")
        << QByteArray(
               R"({"type":"oauth2","oauth2":[{"key":"grant_type","value":"password_credentials"},)"
               R"({"key":"accessTokenUrl","value":"https://t/"},{"key":"username","value":"ada"},{"key":"password","value":"pw"},)"
               R"({"key":"accessToken","value":"eyJhbGciOi.old.token"}]})")
        << AuthKind::OAuth2 << u"password|https://t/||ada:pw|basic|1||"_qs
        << u"access token saved in the file was not imported"_qs;
    QTest::newRow("oauth2 implicit")
        << QByteArray(R"({"type":"oauth2","oauth2":[{"key":"grant_type","value":"implicit"}]})")
        << AuthKind::OAuth2 << u"authorization_code||||basic|1||"_qs
        << u"implicit grant is not supported"_qs;
}

void tst_ImportFormats::postmanAuth()
{
    QFETCH(QByteArray, auth);
    QFETCH(AuthKind, kind);
    QFETCH(QString, summary);
    QFETCH(QString, note);
    const QByteArray item =
        R"([{"name": "R", "request": {"method": "GET", "url": "http://h/", "auth": )" + auth
        + "}}]";
    auto r = importData(postmanWith(item));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    const Auth &a = findRequest(r->collection, u"R"_qs)->auth;
    QCOMPARE(a.kind, kind);
    QString actual;
    if (kind == AuthKind::Basic || kind == AuthKind::Digest)
        actual = a.username + u':' + a.password;
    else if (kind == AuthKind::Bearer)
        actual = a.token;
    else if (kind == AuthKind::ApiKey)
        actual = a.apiKeyName + u'=' + a.apiKeyValue
                 + (a.apiKeyLocation == ApiKeyLocation::Query ? u"@query"_qs : u"@header"_qs);
    else if (kind == AuthKind::AwsSigV4)
        actual = QStringList{a.aws.accessKey,    a.aws.secretKey,
                             a.aws.sessionToken, a.aws.region,
                             a.aws.service,      a.aws.inQuery ? u"query"_qs : u"header"_qs}
                     .join(u'|');
    else if (kind == AuthKind::Hawk)
        actual = QStringList{a.hawk.id,
                             a.hawk.key,
                             a.hawk.algorithm,
                             a.hawk.ext,
                             a.hawk.app,
                             a.hawk.dlg,
                             a.hawk.includePayloadHash ? u"1"_qs : u"0"_qs}
                     .join(u'|');
    else if (kind == AuthKind::OAuth1)
        actual =
            QStringList{a.oauth1.signatureMethod,
                        a.oauth1.consumerKey,
                        a.oauth1.consumerSecret,
                        a.oauth1.token,
                        a.oauth1.tokenSecret,
                        a.oauth1.placement == OAuth1Placement::Header ? u"header"_qs : u"query"_qs,
                        a.oauth1.realm,
                        a.oauth1.includeBodyHash ? u"1"_qs : u"0"_qs}
                .join(u'|');
    else if (kind == AuthKind::OAuth2) {
        const OAuth2Settings &o = a.oauth2;
        QStringList extra;
        for (const KeyValue &kv : o.extraParams)
            extra.append(kv.name + u'=' + kv.value);
        const QString secret =
            o.grant == OAuthGrant::Password ? a.username + u':' + a.password : o.clientSecret;
        actual = QStringList{OAuth2Settings::grantName(o.grant),
                             o.tokenUrl,
                             o.clientId,
                             secret,
                             OAuth2Settings::clientAuthName(o.clientAuth),
                             o.pkce ? u"1"_qs : u"0"_qs,
                             o.audience,
                             extra.join(u',')}
                     .join(u'|');
    }
    QCOMPARE(actual, summary);
    if (note.isEmpty()) {
        // nothing about the request; at most the collection's list of variables to set
        for (const ImportNote &n : r->report.notes())
            QVERIFY2(n.itemPath.isEmpty() && n.message.contains(u"nothing in the file defines"_qs),
                     qPrintable(r->report.toText()));
    } else {
        QVERIFY2(r->report.mentions(u"R"_qs, note), qPrintable(r->report.toText()));
    }
}

void tst_ImportFormats::postmanWrongTypes()
{
    // url is a number: kept as text and reported.
    auto numberUrl =
        importData(postmanWith(R"([{"name": "N", "request": {"url": 42, "header": 7}}])"));
    QVERIFY(numberUrl);
    QCOMPARE(findRequest(numberUrl->collection, u"N"_qs)->url, u"42"_qs);
    QVERIFY(numberUrl->report.mentions(u"N"_qs, u"not text or an object"_qs));
    QVERIFY(numberUrl->report.mentions(u"N"_qs, u"'header' is not a list"_qs));

    // Entries that are not objects are skipped and reported; the rest imports.
    auto mixed = importData(postmanWith(R"([1, "x", {"name": "ok", "request": "http://h/ok"}])"));
    QVERIFY(mixed);
    QCOMPARE(countRequests(mixed->collection.items), 1);
    QCOMPARE(findRequest(mixed->collection, u"ok"_qs)->url, u"http://h/ok"_qs);
    QCOMPARE(mixed->report.count(ImportNote::Severity::Dropped),
             1); // merged: same note twice in a row
}

void tst_ImportFormats::postmanUnsupportedScriptCalls()
{
    // Two requests call the same unsupported APIs; each call name is reported once, where it
    // first appears. Supported calls (pm.test, pm.environment.set, chai chains, the bundled
    // libraries) are not.
    auto r = importData(postmanWith(R"([
        {"name": "A", "request": "http://h/a", "event": [{"listen": "test", "script": {"exec": [
            "pm.test('ok', () => pm.response.to.have.status(200));",
            "pm.environment.set('x', pm.response.json().id);",
            "var _ = require('lodash'); var x = require('xml2js'); pm.cookies.jar().get('u', 'c', function () {});",
            "pm.visualizer.set('<b>{{x}}</b>', {});"]}}]},
        {"name": "B", "request": "http://h/b", "event": [{"listen": "prerequest", "script": {"exec": [
            "pm.cookies.jar(); require('moment'); CryptoJS.MD5('x'); cheerio.load('<p/>');",
            "require(name); postman.getResponseCookie('c');",
            "pm.response.to.have.jsonSchema({});"]}}]}
    ])"));
    QVERIFY(r);
    QStringList calls;
    for (const ImportNote &note : r->report.notes()) {
        if (note.message.contains(u"does not implement"_qs)) {
            const qsizetype start = note.message.indexOf(u" calls "_qs) + 7;
            calls.append(note.itemPath + u": "_qs
                         + note.message.mid(start, note.message.indexOf(u","_qs, start) - start));
        }
    }
    QCOMPARE(calls, (QStringList{u"A: require('xml2js')"_qs, u"A: pm.cookies.jar"_qs,
                                 u"A: pm.visualizer.set"_qs, u"B: cheerio.load"_qs,
                                 u"B: require"_qs, u"B: postman.getResponseCookie"_qs}));
    QVERIFY(!r->report.mentions(u"A"_qs, u"not run"_qs));
    QVERIFY(r->report.mentions(QString(), u"2 pre-request/test script(s) imported"_qs));
}

void tst_ImportFormats::insomniaScriptCallsAreListed()
{
    // Insomnia's scripts use its own API: they are left out, each is reported as dropped, and
    // every call they make is named once (the folder's first, then its requests in order).
    auto r = importData(R"({"_type": "export", "__export_format": 4, "resources": [
        {"_id": "wrk_1", "_type": "workspace", "name": "W"},
        {"_id": "fld_1", "parentId": "wrk_1", "_type": "request_group", "name": "F",
         "preRequestScript": "insomnia.environment.set('t', Date.now());"},
        {"_id": "req_1", "parentId": "fld_1", "_type": "request", "name": "A", "method": "GET", "url": "http://h/a",
         "metaSortKey": 1,
         "preRequestScript": "insomnia.environment.set('x', 1);\nconst _ = require('lodash');",
         "afterResponseScript": "insomnia.test('ok', () => insomnia.expect(insomnia.response.code).to.eql(200));"},
        {"_id": "req_2", "parentId": "fld_1", "_type": "request", "name": "B", "method": "GET", "url": "http://h/b",
         "metaSortKey": 2,
         "afterResponseScript": "insomnia.test('again', () => {}); insomnia.sendRequest('http://h/c', () => {});"},
        {"_id": "req_3", "parentId": "wrk_1", "_type": "request", "name": "C", "method": "GET", "url": "http://h/c",
         "preRequestScript": "   "}
    ]})");
    QVERIFY(r);
    QStringList calls;
    QStringList dropped;
    for (const ImportNote &note : r->report.notes()) {
        if (note.message.contains(u"which Wirescope cannot run"_qs)) {
            const qsizetype start = note.message.indexOf(u" calls "_qs) + 7;
            calls.append(note.itemPath + u": "_qs
                         + note.message.mid(start, note.message.indexOf(u","_qs, start) - start));
        }
        if (note.severity == ImportNote::Severity::Dropped
            && note.message.contains(u"script not imported"_qs))
            dropped.append(note.itemPath + u": "_qs + note.message.section(u' ', 1, 1));
    }
    QCOMPARE(calls, (QStringList{u"F: insomnia.environment.set"_qs, u"F/A: require"_qs,
                                 u"F/A: insomnia.test"_qs, u"F/A: insomnia.expect"_qs,
                                 u"F/B: insomnia.sendRequest"_qs}));
    QCOMPARE(dropped, (QStringList{u"F: pre-request"_qs, u"F/A: pre-request"_qs,
                                   u"F/A: after-response"_qs, u"F/B: after-response"_qs}));
    // The requests themselves are imported, without scripts.
    const auto &folder = std::get<Folder>(r->collection.items.at(0).node);
    QCOMPARE(folder.children.size(), size_t(2));
    QVERIFY(std::get<HttpItem>(folder.children.at(0).node).scripts.isEmpty());
}

void tst_ImportFormats::insomnia()
{
    const ImportResult r = load(u"insomnia-full.json"_qs);
    const Collection &c = r.collection;
    QCOMPARE(r.format, ImportFormat::Insomnia);
    QCOMPARE(c.name, u"Shop API"_qs);
    QCOMPARE(c.description, u"Shop workspace"_qs);
    QCOMPARE(variable(c.variables, u"base_url"_qs)->value, u"https://shop.example.com"_qs);
    QCOMPARE(variable(c.variables, u"auth.token"_qs)->value, u"abc"_qs);
    QCOMPARE(r.environments.size(), 1);
    QCOMPARE(r.environments.first().name, u"Dev"_qs);
    QCOMPARE(r.environments.first().variables.first().value, u"http://localhost:3000"_qs);

    QCOMPARE(childNames(c.items),
             (QStringList{u"Create order"_qs, u"Orders"_qs, u"GraphQL search"_qs,
                          u"Upload invoice"_qs, u"Order feed"_qs}));
    QCOMPARE(countRequests(c.items), 6);
    const Folder *orders = findFolder(c, u"Orders"_qs);
    QCOMPARE(childNames(orders->children), (QStringList{u"List orders"_qs, u"Archive"_qs}));
    QCOMPARE(variable(orders->variables, u"page_size"_qs)->value, u"50"_qs);

    const Request *list = findRequest(c, u"Orders/List orders"_qs);
    QCOMPARE(list->url, u"{{base_url}}/orders?limit={{page_size}}"_qs);
    QCOMPARE(list->queryParams.size(), 2);
    QVERIFY(!list->queryParams.at(1).enabled);
    QCOMPARE(firstValue(list->headers, u"Authorization"), u"Bearer {{auth.token}}"_qs);
    QCOMPARE(list->auth.kind, AuthKind::Inherit);

    const Request *old = findRequest(c, u"Orders/Archive/Old order"_qs);
    QCOMPARE(old->url, u"{{base_url}}/orders/{% now 'iso-8601', '' %}"_qs);
    QCOMPARE(old->auth.kind, AuthKind::Basic);
    QCOMPARE(old->auth.password, u"{{ _.pw | upper }}"_qs);
    QVERIFY(r.report.mentions(u"Orders/Archive/Old order"_qs, u"kept as written"_qs));

    const Request *create = findRequest(c, u"Create order"_qs);
    QCOMPARE(create->body.kind, BodyKind::Raw);
    QCOMPARE(create->body.language, RawLanguage::Json);
    QCOMPARE(create->body.raw, uR"({"sku": "{{sku}}"})"_qs);
    QCOMPARE(create->auth.kind, AuthKind::OAuth2);
    QCOMPARE(create->auth.oauth2.grant, OAuthGrant::ClientCredentials);
    QVERIFY(!r.report.mentions(u"Create order"_qs, u"not supported"_qs));

    const Request *search = findRequest(c, u"GraphQL search"_qs);
    QCOMPARE(search->body.kind, BodyKind::GraphQL);
    QCOMPARE(search->body.graphql.query, u"{ orders { id } }"_qs);

    const Request *upload = findRequest(c, u"Upload invoice"_qs);
    QCOMPARE(upload->body.kind, BodyKind::Multipart);
    QVERIFY(upload->body.multipart.at(0).isFile);
    QCOMPARE(upload->body.multipart.at(0).filePath, u"/home/me/invoice.pdf"_qs);
    QCOMPARE(upload->body.multipart.at(1).value, u"March"_qs);

    const CollectionItem *feed = findItem(c.items, u"Order feed"_qs);
    QVERIFY(feed && feed->isWebSocket());
    const WebSocketRequest &ws = std::get<WebSocketItem>(feed->node).request;
    QCOMPARE(ws.url, u"wss://shop.example.com/feed"_qs);
    QCOMPARE(firstValue(ws.headers, u"Origin"), u"https://shop.example.com"_qs);
    QCOMPARE(ws.savedMessages.size(), 1);
    QCOMPARE(ws.savedMessages.first().name, u"Subscribe"_qs);
    QCOMPARE(ws.savedMessages.first().payload, QByteArray(R"({"op":"subscribe"})"));

    QVERIFY(r.report.mentions(u"Ping gRPC"_qs, u"grpc_request"_qs));
    QVERIFY(r.report.mentions(u"Loop A"_qs, u"cycle"_qs));
    QVERIFY(r.report.mentions(u"Loop B"_qs, u"cycle"_qs));
}

void tst_ImportFormats::insomniaOAuth2()
{
    const ImportResult r = load(u"insomnia-oauth2.json"_qs);
    const Collection &c = r.collection;
    QCOMPARE(r.format, ImportFormat::Insomnia);

    // A folder's block, template tags converted; its request inherits it.
    const Folder *api = findFolder(c, u"API"_qs);
    QVERIFY(api);
    QCOMPARE(api->auth.kind, AuthKind::OAuth2);
    const OAuth2Settings &m = api->auth.oauth2;
    QCOMPARE(m.grant, OAuthGrant::ClientCredentials);
    QCOMPARE(m.tokenUrl, u"{{issuer}}/oauth/token"_qs);
    QCOMPARE(m.clientId, u"machine"_qs);
    QCOMPARE(m.clientSecret, u"{{client_secret}}"_qs);
    QCOMPARE(m.scope, u"read:orders write:orders"_qs);
    QCOMPARE(m.audience, u"https://api.example.com"_qs);
    QCOMPARE(m.resource, u"https://api.example.com/orders"_qs);
    QCOMPARE(m.clientAuth, OAuthClientAuth::Body);
    QCOMPARE(findRequest(c, u"API/Inherits"_qs)->auth.kind, AuthKind::Inherit);

    const Request *code = findRequest(c, u"Code with PKCE"_qs);
    QCOMPARE(code->auth.kind, AuthKind::OAuth2);
    const OAuth2Settings &k = code->auth.oauth2;
    QCOMPARE(k.grant, OAuthGrant::AuthorizationCode);
    QVERIFY(k.pkce);
    QCOMPARE(k.authUrl, u"https://id.example.com/authorize"_qs);
    QCOMPARE(k.tokenUrl, u"https://id.example.com/token"_qs);
    QCOMPARE(k.clientId, u"native-app"_qs);
    QCOMPARE(k.redirectUrl, u"http://127.0.0.1:8765/callback"_qs);
    QCOMPARE(k.clientAuth, OAuthClientAuth::BasicHeader);
    QVERIFY(r.report.mentions(u"Code with PKCE"_qs, u"fixed state was not imported"_qs));

    const Request *plain = findRequest(c, u"Code without PKCE"_qs);
    QVERIFY(!plain->auth.oauth2.pkce); // as Insomnia sends it: no challenge without usePkce
    QCOMPARE(plain->auth.oauth2.clientSecret, u"literal-web-secret"_qs);

    const Request *password = findRequest(c, u"Password grant"_qs);
    QCOMPARE(password->auth.oauth2.grant, OAuthGrant::Password);
    QCOMPARE(password->auth.username, u"ada"_qs);
    QCOMPARE(password->auth.password, u"{{ada_password}}"_qs);
    QVERIFY(password->auth.token.isEmpty());
    QVERIFY(password->auth.oauth2.refreshToken.isEmpty());
    QVERIFY(r.report.mentions(u"Password grant"_qs,
                              u"access token saved in the file was not imported"_qs));
    QVERIFY(r.report.mentions(u"Password grant"_qs,
                              u"refresh token saved in the file was not imported"_qs));
    QVERIFY(r.report.mentions(u"Password grant"_qs, u"token prefix 'Token' is not supported"_qs));

    const Request *refresh = findRequest(c, u"Refresh grant"_qs);
    QCOMPARE(refresh->auth.oauth2.grant, OAuthGrant::RefreshToken);
    QCOMPARE(refresh->auth.oauth2.refreshToken, u"{{refresh}}"_qs);

    const Request *implicit = findRequest(c, u"Implicit"_qs);
    QCOMPARE(implicit->auth.oauth2.grant, OAuthGrant::AuthorizationCode);
    QVERIFY(implicit->auth.oauth2.pkce);
    QVERIFY(r.report.mentions(u"Implicit"_qs, u"implicit grant is not supported"_qs));

    QCOMPARE(findRequest(c, u"Disabled"_qs)->auth.kind, AuthKind::None);
    // No saved token reaches the collection.
    const QString all = r.report.toText();
    QVERIFY(!all.contains(u"saved.token"_qs));
    QVERIFY(!all.contains(u"saved-refresh-token"_qs));
}

void tst_ImportFormats::graphqlBodies_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("operationName");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("note"); // a report note that must exist; empty = no note at all

    const auto postman = [](const QByteArray &method, const QByteArray &graphql) {
        return postmanWith(
            R"([{"name": "Q", "request": {"method": ")" + method
            + R"(", "url": "{{base}}/graphql", "body": {"mode": "graphql", "graphql": )" + graphql
            + "}}}]");
    };
    // Postman writes the variables as the text the user typed.
    QTest::newRow("postman variables text") << postman(
        "POST",
        R"({"query": "query ($id: ID!) { book(id: $id) { title } }", "variables": "{\n  \"id\": \"{{bookId}}\"\n}"})")
                                            << u"POST"_qs
                                            << u"query ($id: ID!) { book(id: $id) { title } }"_qs
                                            << u"{\n  \"id\": \"{{bookId}}\"\n}"_qs << QString()
                                            << int(GraphQLTransport::Post) << QString();
    QTest::newRow("postman no variables") << postman("POST", R"({"query": "{ books { title } }"})")
                                          << u"POST"_qs << u"{ books { title } }"_qs << QString()
                                          << QString() << int(GraphQLTransport::Post) << QString();
    QTest::newRow("postman variables object")
        << postman("POST", R"({"query": "{ a }", "variables": {"n": 1}})") << u"POST"_qs
        << u"{ a }"_qs << u"{\n    \"n\": 1\n}"_qs << QString() << int(GraphQLTransport::Post)
        << QString();
    QTest::newRow("postman GET") << postman("GET", R"({"query": "{ a }"})") << u"GET"_qs
                                 << u"{ a }"_qs << QString() << QString()
                                 << int(GraphQLTransport::Get) << QString();
    QTest::newRow("postman PUT") << postman("PUT", R"({"query": "{ a }"})") << u"POST"_qs
                                 << u"{ a }"_qs << QString() << QString()
                                 << int(GraphQLTransport::Post) << u"the method PUT is not used"_qs;
    // From a public Insomnia v4 export (a Spacelift API workspace): query, variables object,
    // operation name, Insomnia templates inside the variables.
    QTest::newRow("insomnia export")
        << insomniaWith(
               "POST",
               R"({"mimeType": "application/graphql", "text": "{\"query\":\"mutation GetSpaceliftToken($keyId: ID!, $keySecret: String!) {\\n  apiKeyUser(id: $keyId, secret: $keySecret) {\\n    id\\n\\t\\tjwt\\n  }\\n}\",\"variables\":{\"keyId\":\"{{ _.API_KEY_ID }}\",\"keySecret\":\"{{ _.API_KEY_SECRET }}\"},\"operationName\":\"GetSpaceliftToken\"}"})")
        << u"POST"_qs
        << u"mutation GetSpaceliftToken($keyId: ID!, $keySecret: String!) {\n  apiKeyUser(id: $keyId, secret: $keySecret) {\n    id\n\t\tjwt\n  }\n}"_qs
        << u"{\n    \"keyId\": \"{{API_KEY_ID}}\",\n    \"keySecret\": \"{{API_KEY_SECRET}}\"\n}"_qs
        << u"GetSpaceliftToken"_qs << int(GraphQLTransport::Post) << QString();
    QTest::newRow("insomnia query only") << insomniaWith(
        "POST",
        R"({"mimeType": "application/graphql", "text": "{\"query\":\"{ orders { id } }\"}"})")
                                         << u"POST"_qs << u"{ orders { id } }"_qs << QString()
                                         << QString() << int(GraphQLTransport::Post) << QString();
    QTest::newRow("insomnia bare text")
        << insomniaWith("POST",
                        R"({"mimeType": "application/graphql", "text": "{ users { id name } }"})")
        << u"POST"_qs << u"{ users { id name } }"_qs << QString() << QString()
        << int(GraphQLTransport::Post) << u"its text became the query"_qs;
    QTest::newRow("insomnia GET") << insomniaWith(
        "GET", R"({"mimeType": "application/graphql", "text": "{\"query\":\"{ a }\"}"})")
                                  << u"GET"_qs << u"{ a }"_qs << QString() << QString()
                                  << int(GraphQLTransport::Get) << QString();
}

void tst_ImportFormats::graphqlBodies()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, method);
    QFETCH(QString, query);
    QFETCH(QString, variables);
    QFETCH(QString, operationName);
    QFETCH(int, transport);
    QFETCH(QString, note);
    auto imported = importData(file, ImportFormat::Auto, u"test"_qs);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    const Request *r = findRequest(imported->collection, u"Q"_qs);
    QVERIFY(r);
    QCOMPARE(r->body.kind, BodyKind::GraphQL);
    QCOMPARE(r->method, method);
    QCOMPARE(r->body.graphql.query, query);
    QCOMPARE(r->body.graphql.variables, variables);
    QCOMPARE(r->body.graphql.operationName, operationName);
    QCOMPARE(int(r->body.graphql.transport), transport);
    if (note.isEmpty())
        QVERIFY2(!imported->report.mentions(u"Q"_qs, u"graphql"_qs),
                 qPrintable(imported->report.notes().value(0).message));
    else
        QVERIFY(imported->report.mentions(u"Q"_qs, note));
}

void tst_ImportFormats::insomniaTemplates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("unsupported");
    QTest::newRow("underscore") << u"{{ _.host }}/a"_qs << u"{{host}}/a"_qs << false;
    QTest::newRow("no spaces") << u"{{_.host}}"_qs << u"{{host}}"_qs << false;
    QTest::newRow("v3 plain") << u"{{ host }}"_qs << u"{{host}}"_qs << false;
    QTest::newRow("dotted") << u"x{{ _.a.b_c }}y"_qs << u"x{{a.b_c}}y"_qs << false;
    QTest::newRow("bracket") << u"{{ _['my-var'] }}"_qs << u"{{my-var}}"_qs << false;
    QTest::newRow("filter") << u"{{ _.a | upper }}"_qs << u"{{ _.a | upper }}"_qs << true;
    QTest::newRow("tag") << u"{% uuid 'v4' %}-{{ _.x }}"_qs << u"{% uuid 'v4' %}-{{x}}"_qs << true;
    QTest::newRow("unclosed") << u"a {{ _.x"_qs << u"a {{ _.x"_qs << false;
    QTest::newRow("plain braces") << u"{\"json\": {}}"_qs << u"{\"json\": {}}"_qs << false;
}

void tst_ImportFormats::insomniaTemplates()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(bool, unsupported);
    bool flagged = !unsupported;
    QCOMPARE(interop::convertInsomniaTemplate(input, &flagged), output);
    QCOMPARE(flagged, unsupported);
}

void tst_ImportFormats::har()
{
    const ImportResult r = load(u"har-browser.har"_qs);
    const Collection &c = r.collection;
    QCOMPARE(r.format, ImportFormat::Har);
    QCOMPARE(c.name, u"har-browser"_qs);
    QCOMPARE(c.items.size(), size_t(2));
    const HttpItem &get = std::get<HttpItem>(c.items.at(0).node);
    QCOMPARE(get.request.url, u"https://example.org/api/items?page=2"_qs);
    QCOMPARE(get.request.queryParams.size(), 1); // from the URL, not doubled by queryString
    QCOMPARE(get.request.headers, (KeyValueList{{u"accept"_qs, u"application/json"_qs, true, {}},
                                                {u"Cookie"_qs, u"sid=abc123"_qs, true, {}}}));
    QVERIFY(r.report.mentions(QString(), u"pseudo-headers"_qs));
    QCOMPARE(get.examples.size(), 1);
    QCOMPARE(get.examples.first().status, 200);
    QCOMPARE(get.examples.first().body, QByteArray(R"({"ok":true})")); // base64 decoded
    QCOMPARE(get.examples.first().headers.first().value, u"application/json"_qs);

    const HttpItem &post = std::get<HttpItem>(c.items.at(1).node);
    QCOMPARE(post.request.method, u"POST"_qs);
    QCOMPARE(post.request.headers.size(), 1); // Content-Length left out
    QCOMPARE(post.request.body.kind, BodyKind::FormUrlEncoded);
    QCOMPARE(post.request.body.form,
             (KeyValueList{{u"user"_qs, u"ann"_qs, true, {}}, {u"pass"_qs, u"a b"_qs, true, {}}}));
    QCOMPARE(post.examples.first().status, 302);
    QCOMPARE(post.examples.first().name, u"Recorded 302 Found"_qs);
}

void tst_ImportFormats::openApiRefsAndSecurity()
{
    const ImportResult r = load(u"openapi-hostile.yaml"_qs);
    const Collection &c = r.collection;
    QCOMPARE(c.name, u"Tricky API"_qs);
    QCOMPARE(variable(c.variables, u"baseUrl"_qs)->value,
             u"https://{{region}}.api.example.com/v2"_qs);
    QCOMPARE(variable(c.variables, u"region"_qs)->value, u"eu"_qs);
    QVERIFY(variable(c.variables, u"password"_qs)->secret);
    QCOMPARE(r.environments.size(), 2);
    QCOMPARE(r.environments.at(1).name, u"Local"_qs);
    QCOMPARE(variable(r.environments.at(1).variables, u"baseUrl"_qs)->value,
             u"http://localhost:8080/v2"_qs);
    QCOMPARE(c.auth.kind, AuthKind::Basic);
    QCOMPARE(c.auth.username, u"{{username}}"_qs);
    // No tag list: tag folders in the order of first use as the document lists its paths
    // (/nodes, then /login), then the untagged request.
    QCOMPARE(childNames(c.items), (QStringList{u"Nodes"_qs, u"Auth"_qs, u"Upload"_qs}));

    const Request *get = findRequest(c, u"Nodes/getNode"_qs);
    QCOMPARE(get->url, u"{{baseUrl}}/nodes/:nodeId?depth=2"_qs);
    QCOMPARE(get->pathVariables.first().value, u"n-1"_qs);
    QCOMPARE(get->headers.size(), 1);
    QVERIFY(!get->headers.first().enabled); // optional header: present but off
    QCOMPARE(get->auth.kind, AuthKind::Inherit);
    QVERIFY(r.report.mentions(u"Nodes/getNode"_qs, u"refers back to itself"_qs));

    const Request *put = findRequest(c, u"Nodes/Replace a node"_qs);
    QCOMPARE(put->auth.kind, AuthKind::Bearer);
    QCOMPARE(put->auth.token, u"{{bearerToken}}"_qs);
    const QJsonObject node = QJsonDocument::fromJson(put->body.raw.toUtf8()).object();
    QCOMPARE(node.value(u"name"_qs).toString(), u"string"_qs);
    QCOMPARE(node.value(u"created"_qs).toString(), u"1970-01-01T00:00:00Z"_qs);
    QVERIFY(!node.contains(u"id"_qs));          // readOnly
    QVERIFY(node.value(u"parent"_qs).isNull()); // the self-reference stops
    QCOMPARE(node.value(u"children"_qs).toArray().size(), 1);

    const Request *upload = findRequest(c, u"Upload"_qs);
    QCOMPARE(upload->url, u"{{baseUrl}}/files/{{name}}.json"_qs);
    QCOMPARE(upload->auth.kind, AuthKind::None);
    QCOMPARE(upload->body.kind, BodyKind::Multipart);
    QVERIFY(upload->body.multipart.at(0).isFile);
    QCOMPARE(upload->body.multipart.at(1).value, u"Report"_qs);

    const Request *login = findRequest(c, u"Auth/Login with example"_qs);
    QCOMPARE(QJsonDocument::fromJson(login->body.raw.toUtf8()).object(),
             (QJsonObject{{u"user"_qs, u"ann"_qs}, {u"password"_qs, u"secret"_qs}}));
    QCOMPARE(login->auth.kind, AuthKind::OAuth2);
    QCOMPARE(login->auth.oauth2.grant, OAuthGrant::ClientCredentials);
    QCOMPARE(login->auth.oauth2.tokenUrl, u"https://auth.example.com/token"_qs);
    QCOMPARE(login->auth.oauth2.scope, u"read"_qs);
    QCOMPARE(login->auth.oauth2.clientId, u"{{clientId}}"_qs);
    QCOMPARE(login->auth.oauth2.clientSecret, u"{{clientSecret}}"_qs);
}

void tst_ImportFormats::detect_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ImportFormat>("format");
    QTest::newRow("postman v2.0") << readDataFile(u"import/postman-v2_0.json"_qs)
                                  << ImportFormat::Postman;
    QTest::newRow("environment") << readDataFile(u"import/postman-environment.json"_qs)
                                 << ImportFormat::PostmanEnvironment;
    QTest::newRow("insomnia json")
        << readDataFile(u"import/insomnia-full.json"_qs) << ImportFormat::Insomnia;
    QTest::newRow("har") << readDataFile(u"import/har-browser.har"_qs) << ImportFormat::Har;
    QTest::newRow("openapi yaml") << readDataFile(u"import/openapi-hostile.yaml"_qs)
                                  << ImportFormat::OpenApi;
    QTest::newRow("openapi json") << QByteArray(R"({"openapi": "3.0.0", "paths": {}})")
                                  << ImportFormat::OpenApi;
    QTest::newRow("bom + curl") << QByteArray("\xEF\xBB\xBF  curl http://x") << ImportFormat::Curl;
    QTest::newRow("curl.exe") << QByteArray("curl.exe \"http://x\"") << ImportFormat::Curl;
    QTest::newRow("curly word") << QByteArray("curling http://x") << ImportFormat::Auto;
    QTest::newRow("random json") << QByteArray(R"({"a": 1})") << ImportFormat::Auto;
    QTest::newRow("broken json") << QByteArray(R"({"info": )") << ImportFormat::Auto;
    QTest::newRow("text") << QByteArray("hello world") << ImportFormat::Auto;
    QTest::newRow("empty") << QByteArray() << ImportFormat::Auto;
}

void tst_ImportFormats::detect()
{
    QFETCH(QByteArray, data);
    QFETCH(ImportFormat, format);
    QCOMPARE(detectFormat(data), format);
}

void tst_ImportFormats::hostile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<QString>("message");

    const QByteArray conduit = readDataFile(u"corpus/Conduit.postman_collection.json"_qs);
    QTest::newRow("truncated json")
        << conduit.left(conduit.size() / 2) << ImportFormat::Postman << u"invalid JSON at line"_qs;
    QTest::newRow("syntax error position")
        << QByteArray("{\n  \"info\": {\n    \"name\": \"x\",,\n") << ImportFormat::Postman
        << u"invalid JSON at line 3, column"_qs;
    QTest::newRow("item is an object") << postmanWith(R"({"name": "x"})") << ImportFormat::Auto
                                       << u"'item' of 'the collection' is not a list"_qs;
    QTest::newRow("nested item not a list")
        << postmanWith(R"([{"name": "F", "item": 5}])") << ImportFormat::Auto
        << u"'item' of 'F' is not a list"_qs;
    QByteArray deep;
    for (int i = 0; i < 10000; ++i)
        deep += R"({"name": "f", "item": [)";
    QTest::newRow("10000 nested folders (json limit)")
        << postmanWith("[" + deep + "]") << ImportFormat::Postman << u"invalid JSON"_qs;
    QByteArray deep150;
    for (int i = 0; i < 150; ++i)
        deep150 += R"({"name": "f", "item": [)";
    for (int i = 0; i < 150; ++i)
        deep150 += "]}";
    QTest::newRow("150 nested folders") << postmanWith("[" + deep150 + "]") << ImportFormat::Postman
                                        << u"folders are nested deeper than 100 levels"_qs;
    QTest::newRow("10000 nested yaml")
        << QByteArray("openapi: 3.0.0\npaths: ") + QByteArray(10000, '[') << ImportFormat::OpenApi
        << u"YAML"_qs;
    QByteArray laughs = "openapi: 3.0.0\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
    char prev = 'a';
    for (char name = 'b'; name <= 'j'; ++name, ++prev)
        laughs += QByteArray(1, name) + ": &" + name + " [*" + prev + ", *" + prev + ", *" + prev
                  + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *"
                  + prev + ", *" + prev + "]\n";
    QTest::newRow("billion laughs")
        << laughs << ImportFormat::OpenApi << u"expands to more than"_qs;
    QTest::newRow("yaml syntax") << QByteArray("openapi: 3.0.0\ninfo:\n  title: [unclosed\n")
                                 << ImportFormat::OpenApi << u"invalid YAML at line"_qs;
    QTest::newRow("swagger 1.2") << QByteArray("swagger: '1.2'\npaths: {}\n") << ImportFormat::Auto
                                 << u"Swagger version '1.2' is not"_qs;
    QTest::newRow("swagger paths a list") << QByteArray("swagger: '2.0'\npaths: [1]\n")
                                          << ImportFormat::Auto << u"'paths' is not a mapping"_qs;
    QTest::newRow("openapi 4") << QByteArray(R"({"openapi": "4.0"})") << ImportFormat::OpenApi
                               << u"'4.0' is not supported"_qs;
    QTest::newRow("empty") << QByteArray(" \n ") << ImportFormat::Auto << u"the input is empty"_qs;
    QTest::newRow("unknown") << QByteArray("hello") << ImportFormat::Auto
                             << u"unrecognised format"_qs;
    QTest::newRow("har without entries") << QByteArray(R"({"log": {"entries": 3}})")
                                         << ImportFormat::Har << u"no 'log.entries' list"_qs;
    QTest::newRow("insomnia without resources") << QByteArray("_type: export\nresources: 7\n")
                                                << ImportFormat::Auto << u"no 'resources' list"_qs;
    QByteArray chain =
        R"({"_type": "export", "resources": [{"_id": "w", "_type": "workspace", "name": "W"})";
    for (int i = 0; i < 150; ++i)
        chain += QStringLiteral(
                     R"(, {"_id": "g%1", "parentId": "%2", "_type": "request_group", "name": "g"})")
                     .arg(i)
                     .arg(i == 0 ? u"w"_qs : u"g"_qs + QString::number(i - 1))
                     .toUtf8();
    QTest::newRow("insomnia deep groups") << chain + "]}" << ImportFormat::Insomnia
                                          << u"folders are nested deeper than 100 levels"_qs;
    QTest::newRow("environment without values")
        << QByteArray(R"({"name": "e"})") << ImportFormat::PostmanEnvironment
        << u"no 'values' list"_qs;
    QTest::newRow("postman v1") << QByteArray(R"({"name": "old", "requests": []})")
                                << ImportFormat::Postman << u"v1 is not supported"_qs;
}

void tst_ImportFormats::hostile()
{
    QFETCH(QByteArray, data);
    QFETCH(ImportFormat, format);
    QFETCH(QString, message);
    auto r = importData(data, format);
    QVERIFY2(!r, "the import should have failed");
    QCOMPARE(r.error().kind, Error::Kind::Parse);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void tst_ImportFormats::hugeStrings()
{
    const QString big(4 * 1024 * 1024, u'x');
    const QByteArray item = R"([{"name": ")" + big.toUtf8()
                            + R"(", "request": {"method": "POST", "url": "http://h/)" + big.toUtf8()
                            + R"(", "body": {"mode": "raw", "raw": ")" + big.toUtf8() + R"("}}}])";
    auto r = importData(postmanWith(item));
    QVERIFY(r);
    const Request &req = std::get<HttpItem>(r->collection.items.front().node).request;
    QCOMPARE(req.name.size(), big.size());
    QCOMPARE(req.url.size(), big.size() + 9);
    QCOMPARE(req.body.raw.size(), big.size());

    // A $ref cycle through schemas only (no parameters) still ends.
    const QByteArray cyclic =
        "openapi: 3.0.0\ninfo: {title: c}\npaths:\n  /a:\n    post:\n      requestBody:\n"
        "        content:\n          application/json:\n            schema: {$ref: "
        "'#/components/schemas/A'}\n"
        "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: "
        "'#/components/schemas/A'}\n";
    auto o = importData(cyclic);
    QVERIFY2(o, o ? "" : qPrintable(o.error().message));
    QCOMPARE(countRequests(o->collection.items), 1);
    QVERIFY(o->report.toText().contains(u"refers back to itself"_qs));
}

void tst_ImportFormats::openApiKeepsTheDocumentsPathOrder_data()
{
    QTest::addColumn<QByteArray>("document");
    // Paths written out of alphabetical order, with arrays and deeper mappings around them (their
    // keys must not count), an escaped quote and a \u escape in path names.
    QTest::newRow("json") << QByteArray(
        R"({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "tags": [{"name": "z"}, {"name": "a", "x": {"k": [1, {"deep": 2}]}}],
        "paths": {
          "/zebra": {"get": {"responses": {"200": {"description": "ok"}}}},
          "/caf\u00e9": {"get": {"parameters": [{"name": "q", "in": "query"}]}},
          "/a\"quote": {"post": {}},
          "/middle": {"delete": {}, "get": {}}
        },
        "components": {"schemas": {"Aardvark": {"type": "object"}}}})");
    QTest::newRow("yaml") << QByteArray(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
        "tags:\n  - name: z\n"
        "paths:\n"
        "  /zebra:\n    get: {responses: {'200': {description: ok}}}\n"
        "  \"/caf\\u00e9\":\n    get: {parameters: [{name: q, in: query}]}\n"
        "  '/a\"quote':\n    post: {}\n"
        "  /middle:\n    delete: {}\n    get: {}\n"
        "components: {schemas: {Aardvark: {type: object}}}\n");
}

void tst_ImportFormats::openApiKeepsTheDocumentsPathOrder()
{
    QFETCH(QByteArray, document);
    auto r = importData(document);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->format, ImportFormat::OpenApi);
    QStringList order;
    for (const CollectionItem &item : r->collection.items)
        order.append(std::get<HttpItem>(item.node).request.name);
    // Within a path the methods keep OpenAPI's own order (get before delete).
    QCOMPARE(order, (QStringList{u"GET /zebra"_qs, u"GET /caf\u00e9"_qs, u"POST /a\"quote"_qs,
                                 u"GET /middle"_qs, u"DELETE /middle"_qs}));
}

QTEST_GUILESS_MAIN(tst_ImportFormats)
#include "tst_importformats.moc"
