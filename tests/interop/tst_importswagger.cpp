// Swagger 2.0 import (converted to OpenAPI 3 and read by the one OpenAPI importer): real
// documents (tests/data/import/swagger2-*, sources in tests/data/corpus/SOURCES.md) and
// hand-written ones for each parameter location, security definition and server rule.

#include "core/interop/formatdetect.h"
#include "core/interop/importer.h"
#include "tests/interop/importtesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

namespace {

QStringList names(const KeyValueList &list)
{
    QStringList out;
    for (const KeyValue &kv : list)
        out.append(kv.name);
    return out;
}

} // namespace

class tst_ImportSwagger : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void petstore();
    void petstoreYaml();
    void noHostNoDefinitions();
    void servers_data();
    void servers();
    void parameters();
    void securityDefinitions_data();
    void securityDefinitions();
    void formAndBodyTogether();
    void fuzzSeeds();
    void filesBesideTheDocument();
    void filesRefused();
};

void tst_ImportSwagger::detect_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"swagger2-petstore.json", "swagger2-petstore-tags.yml", "swagger2-user-example.json",
          "swagger2-smoke.yaml", "swagger2-dereferenced.json"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void tst_ImportSwagger::detect()
{
    QFETCH(QString, file);
    const QByteArray data = readDataFile(u"import/"_qs + file);
    QCOMPARE(detectFormat(data), ImportFormat::OpenApi);
    const auto r = importData(data, ImportFormat::Auto, file);
    if (!r)
        QFAIL(qPrintable(r.error().message));
    QVERIFY(countRequests(r->collection.items) > 0);
    QVERIFY(r->report.mentions(QString(), u"Swagger 2.0 read as OpenAPI 3"_qs));
}

void tst_ImportSwagger::petstore()
{
    const ImportResult r = importDataFile(u"import/swagger2-petstore.json"_qs);
    const Collection &c = r.collection;
    QCOMPARE(r.format, ImportFormat::OpenApi);
    QCOMPARE(c.name, u"Swagger Petstore"_qs);
    QCOMPARE(variableValue(c.variables, u"baseUrl"_qs), u"http://petstore.swagger.io/v2"_qs);
    QCOMPARE(childNames(c.items), (QStringList{u"pet"_qs, u"store"_qs, u"user"_qs}));
    QCOMPARE(countRequests(c.items), 20);

    // body parameter -> JSON body from the definition (examples kept, readOnly none here)
    const HttpItem *add = findHttp(c, u"pet/Add a new pet to the store"_qs);
    QVERIFY(add);
    QCOMPARE(add->request.method, u"POST"_qs);
    QCOMPARE(add->request.url, u"{{baseUrl}}/pet"_qs);
    QCOMPARE(add->request.body.kind, BodyKind::Raw);
    const QJsonObject pet = QJsonDocument::fromJson(add->request.body.raw.toUtf8()).object();
    QCOMPARE(pet.value(u"name"_qs).toString(), u"doggie"_qs);
    QCOMPARE(pet.value(u"status"_qs).toString(), u"available"_qs);
    QVERIFY(pet.value(u"category"_qs).isObject()); // #/definitions/Category followed
    QVERIFY(r.report.mentions(u"pet/Add a new pet to the store"_qs, u"1 other media types"_qs));

    // securityDefinitions: the implicit OAuth 2 flow becomes a code flow with PKCE
    const Auth &oauth = add->request.auth;
    QCOMPARE(oauth.kind, AuthKind::OAuth2);
    QCOMPARE(oauth.oauth2.grant, OAuthGrant::AuthorizationCode);
    QVERIFY(oauth.oauth2.pkce);
    QCOMPARE(oauth.oauth2.authUrl, u"http://petstore.swagger.io/oauth/dialog"_qs);
    QCOMPARE(oauth.oauth2.scope, u"write:pets read:pets"_qs);
    QCOMPARE(oauth.oauth2.clientId, u"{{clientId}}"_qs);
    // reported once, at the scheme's first use (PUT comes before POST in a path)
    QVERIFY(r.report.mentions(u"pet/Update an existing pet"_qs, u"implicit flow"_qs));
    QVERIFY(!r.report.mentions(u"pet/Add a new pet to the store"_qs, u"implicit flow"_qs));

    const Request *byId = findRequest(c, u"pet/Find pet by ID"_qs);
    QCOMPARE(byId->url, u"{{baseUrl}}/pet/:petId"_qs);
    QCOMPARE(names(byId->pathVariables), QStringList{u"petId"_qs});
    QCOMPARE(byId->auth.kind, AuthKind::ApiKey);
    QCOMPARE(byId->auth.apiKeyName, u"api_key"_qs);
    QCOMPARE(byId->auth.apiKeyLocation, ApiKeyLocation::Header);
    QCOMPARE(byId->auth.apiKeyValue, u"{{apiKey}}"_qs);

    // formData (urlencoded) and a file part (multipart)
    const Request *form = findRequest(c, u"pet/Updates a pet in the store with form data"_qs);
    QCOMPARE(form->body.kind, BodyKind::FormUrlEncoded);
    QCOMPARE(names(form->body.form), (QStringList{u"name"_qs, u"status"_qs}));
    const Request *upload = findRequest(c, u"pet/uploads an image"_qs);
    QCOMPARE(upload->body.kind, BodyKind::Multipart);
    QCOMPARE(upload->body.multipart.size(), 2);
    QCOMPARE(upload->body.multipart.at(1).name, u"file"_qs);
    QVERIFY(upload->body.multipart.at(1).isFile);
    QVERIFY(!upload->body.multipart.at(0).isFile);

    // header and query parameters
    const Request *remove = findRequest(c, u"pet/Deletes a pet"_qs);
    QCOMPARE(names(remove->headers), QStringList{u"api_key"_qs});
    const Request *login = findRequest(c, u"user/Logs user into the system"_qs);
    QCOMPARE(names(login->queryParams), (QStringList{u"username"_qs, u"password"_qs}));
    QCOMPARE(login->auth.kind, AuthKind::Inherit); // no security: the collection's (none)
    QCOMPARE(c.auth.kind, AuthKind::None);

    // the variables the result needs are the collection's, and the report names them
    QCOMPARE(variableValue(c.variables, u"apiKey"_qs), QString());
    QCOMPARE(variableValue(c.variables, u"clientId"_qs), QString());
    QVERIFY2(
        r.report.mentions(QString(), u"to fill in before sending: {{clientId}}, {{apiKey}}"_qs),
        qPrintable(r.report.toText()));
    QVERIFY(!r.report.mentions(QString(), u"nothing in the file defines"_qs));
}

void tst_ImportSwagger::petstoreYaml()
{
    const ImportResult r = importDataFile(u"import/swagger2-petstore-tags.yml"_qs);
    const Collection &c = r.collection;
    QCOMPARE(variableValue(c.variables, u"baseUrl"_qs), u"http://petstore.swagger.io/v1"_qs);
    QCOMPARE(childNames(c.items), QStringList{u"pets"_qs});
    QCOMPARE(findFolder(c, u"pets"_qs)->description, u"Everything about your Pets"_qs);
    const Request *list = findRequest(c, u"pets/List all pets"_qs);
    QVERIFY(list);
    QCOMPARE(list->queryParams.size(), 1);
    QCOMPARE(list->queryParams.first().name, u"limit"_qs);
    QCOMPARE(list->queryParams.first().description,
             u"How many items to return at one time (max 100)"_qs);
    QVERIFY(!list->queryParams.first().enabled); // not required
    const Request *show = findRequest(c, u"pets/Info for a specific pet"_qs);
    QCOMPARE(show->pathVariables.first().description, u"The id of the pet to retrieve"_qs);
}

void tst_ImportSwagger::noHostNoDefinitions()
{
    const ImportResult r = importDataFile(u"import/swagger2-user-example.json"_qs);
    QCOMPARE(variableValue(r.collection.variables, u"baseUrl"_qs), u"https://{{host}}"_qs);
    QCOMPARE(variableValue(r.collection.variables, u"host"_qs), QString());
    QVERIFY(r.report.mentions(QString(), u"names no host"_qs));
    QVERIFY(r.report.mentions(QString(), u"no scheme; https is used"_qs));
    // security names a scheme the document never defines
    QVERIFY2(r.report.mentions(u"Document/Some list"_qs, u"'Bearer' (unknown) is not supported"_qs),
             qPrintable(r.report.toText()));
}

void tst_ImportSwagger::servers_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QStringList>("environments");
    QTest::newRow("host and base path")
        << QByteArray("swagger: '2.0'\nhost: api.test:8443\nbasePath: /v2/\nschemes: [https]\n"
                      "paths: {/a: {get: {summary: A}}}\n")
        << u"https://api.test:8443/v2"_qs << QStringList();
    QTest::newRow("two schemes") << QByteArray(
        "swagger: '2.0'\nhost: 127.0.0.1\nschemes: [http, https]\n"
        "paths: {/a: {get: {summary: A}}}\n")
                                 << u"http://127.0.0.1"_qs << QStringList{u"http"_qs, u"https"_qs};
    QTest::newRow("no base path") << QByteArray(
        R"({"swagger": "2.0", "host": "h.test", "paths": {"/a": {"get": {}}}})")
                                  << u"https://h.test"_qs << QStringList();
}

void tst_ImportSwagger::servers()
{
    QFETCH(QByteArray, doc);
    QFETCH(QString, baseUrl);
    QFETCH(QStringList, environments);
    const ImportResult r = importText(doc);
    QCOMPARE(variableValue(r.collection.variables, u"baseUrl"_qs), baseUrl);
    QStringList envNames;
    for (const Environment &e : r.environments)
        envNames.append(e.name);
    QCOMPARE(envNames, environments);
    QCOMPARE(countRequests(r.collection.items), 1);
}

void tst_ImportSwagger::parameters()
{
    const ImportResult r = importText(R"(swagger: '2.0'
host: 127.0.0.1
parameters:
  Tenant: {name: X-Tenant, in: header, type: string, required: true, x-example: acme}
  Page: {name: page, in: query, type: integer, default: 1}
paths:
  /orgs/{org}/items:
    parameters:
      - {name: org, in: path, type: string, required: true, x-example: wirescope}
      - $ref: '#/parameters/Tenant'
    post:
      summary: Add item
      consumes: [application/x-www-form-urlencoded]
      parameters:
        - $ref: '#/parameters/Page'
        - {name: X-Tenant, in: header, type: string, enum: [override]}
        - {name: label, in: formData, type: string, x-example: hello}
        - {name: scan, in: formData, type: file}
        - $ref: '#/parameters/Missing'
)");
    const Request *add = findRequest(r.collection, u"Add item"_qs);
    QVERIFY(add);
    QCOMPARE(add->pathVariables.size(), 1);
    QCOMPARE(add->pathVariables.first().value, u"wirescope"_qs);
    QCOMPARE(add->url, u"{{baseUrl}}/orgs/:org/items"_qs); // page is optional: off
    QCOMPARE(add->queryParams, (KeyValueList{{u"page"_qs, u"1"_qs, false, {}}}));
    // the operation's X-Tenant overrides the path level's, once
    QCOMPARE(add->headers.size(), 1);
    QCOMPARE(add->headers.first().value, u"override"_qs);
    // a file part makes the form multipart, whatever consumes says; the change is reported
    QCOMPARE(add->body.kind, BodyKind::Multipart);
    QCOMPARE(add->body.multipart.size(), 2);
    QCOMPARE(add->body.multipart.at(0).value, u"hello"_qs);
    QVERIFY(add->body.multipart.at(1).isFile);
    QVERIFY(r.report.mentions(u"Add item"_qs, u"a file parameter makes the form multipart"_qs));
    QVERIFY(r.report.mentions(u"Add item"_qs, u"'#/components/parameters/Missing'"_qs));
}

void tst_ImportSwagger::securityDefinitions_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<AuthKind>("kind");
    QTest::addColumn<OAuthGrant>("grant");
    QTest::addColumn<QString>("tokenUrl");
    QTest::newRow("basic") << QByteArray("{type: basic}") << AuthKind::Basic
                           << OAuthGrant::AuthorizationCode << QString();
    QTest::newRow("api key in query")
        << QByteArray("{type: apiKey, name: key, in: query}") << AuthKind::ApiKey
        << OAuthGrant::AuthorizationCode << QString();
    QTest::newRow("access code") << QByteArray(
        "{type: oauth2, flow: accessCode, authorizationUrl: 'https://a.test/auth', "
        "tokenUrl: 'https://a.test/token', scopes: {s: x}}")
                                 << AuthKind::OAuth2 << OAuthGrant::AuthorizationCode
                                 << u"https://a.test/token"_qs;
    QTest::newRow("application") << QByteArray(
        "{type: oauth2, flow: application, tokenUrl: 'https://a.test/t'}")
                                 << AuthKind::OAuth2 << OAuthGrant::ClientCredentials
                                 << u"https://a.test/t"_qs;
    QTest::newRow("password") << QByteArray(
        "{type: oauth2, flow: password, tokenUrl: 'https://a.test/p'}")
                              << AuthKind::OAuth2 << OAuthGrant::Password << u"https://a.test/p"_qs;
}

void tst_ImportSwagger::securityDefinitions()
{
    QFETCH(QByteArray, definition);
    QFETCH(AuthKind, kind);
    QFETCH(OAuthGrant, grant);
    QFETCH(QString, tokenUrl);
    const ImportResult r = importText("swagger: '2.0'\nhost: 127.0.0.1\nsecurityDefinitions:\n"
                                      "  main: "
                                      + definition
                                      + "\nsecurity: [{main: [s]}]\npaths: {/a: {get: {summary: "
                                        "A}}}\n");
    const Auth &a = r.collection.auth;
    QCOMPARE(a.kind, kind);
    QCOMPARE(findRequest(r.collection, u"A"_qs)->auth.kind, AuthKind::Inherit);
    if (kind == AuthKind::Basic) {
        QCOMPARE(a.username, u"{{username}}"_qs);
        QCOMPARE(a.password, u"{{password}}"_qs);
    } else if (kind == AuthKind::ApiKey) {
        QCOMPARE(a.apiKeyName, u"key"_qs);
        QCOMPARE(a.apiKeyLocation, ApiKeyLocation::Query);
    } else {
        QCOMPARE(a.oauth2.grant, grant);
        QCOMPARE(a.oauth2.tokenUrl, tokenUrl);
        QCOMPARE(a.oauth2.scope, u"s"_qs);
        if (grant == OAuthGrant::Password)
            QCOMPARE(a.username, u"{{username}}"_qs);
    }
}

void tst_ImportSwagger::formAndBodyTogether()
{
    const ImportResult r = importText(R"({"swagger": "2.0", "host": "127.0.0.1", "paths": {"/x": {
        "put": {"summary": "Both", "consumes": ["application/json", "application/xml"],
                "parameters": [
                    {"name": "b", "in": "body", "schema": {"type": "object",
                        "properties": {"n": {"type": "integer", "example": 3}}}},
                    {"name": "f", "in": "formData", "type": "string"}]}}}})");
    const Request *both = findRequest(r.collection, u"Both"_qs);
    QCOMPARE(both->body.kind, BodyKind::Raw);
    QCOMPARE(QJsonDocument::fromJson(both->body.raw.toUtf8()).object(),
             (QJsonObject{{u"n"_qs, 3}}));
    QVERIFY(r.report.mentions(u"Both"_qs, u"form parameters were not imported"_qs));
}

void tst_ImportSwagger::fuzzSeeds()
{
    const QMap<QString, ImportResult> seeds = importFuzzSeeds(u"swagger"_qs);
    QCOMPARE(seeds.size(), 2);
    for (const ImportResult &r : seeds) {
        QCOMPARE(r.format, ImportFormat::OpenApi);
        QVERIFY(countRequests(r.collection.items) >= 1);
    }
}

void tst_ImportSwagger::filesBesideTheDocument()
{
    // OAI's petstore-separate: parameters, the body schema and an allOf part live in files
    // beside swagger.json; ../common/Error.json is outside the folder and is not read.
    const QString folder = sourceDataDir() + u"/import/swagger2-separate"_qs;
    const QByteArray data = readDataFile(u"import/swagger2-separate/swagger.json"_qs);
    const auto r = importData(data, ImportFormat::Auto, u"swagger.json"_qs, folder);
    if (!r)
        QFAIL(qPrintable(r.error().message));
    const Request *find = findRequest(r->collection, u"findPets"_qs);
    QVERIFY(find);
    QCOMPARE(names(find->queryParams), (QStringList{u"tags"_qs, u"limit"_qs}));
    QCOMPARE(find->queryParams.at(1).description, u"maximum number of results to return"_qs);
    const Request *add = findRequest(r->collection, u"addPet"_qs);
    const QJsonObject pet = QJsonDocument::fromJson(add->body.raw.toUtf8()).object();
    QCOMPARE(pet.keys(), (QStringList{u"description"_qs, u"id"_qs, u"name"_qs, u"tag"_qs}));
    QVERIFY2(r->report.mentions(QString(), u"'../common/Error.json' is not a file beside"_qs),
             qPrintable(r->report.toText()));

    // Without the folder (pasted text) the references are reported, not followed.
    const auto pasted = importData(data, ImportFormat::Auto, u"Pasted"_qs);
    QVERIFY(pasted);
    QVERIFY(findRequest(pasted->collection, u"findPets"_qs)->queryParams.isEmpty());
    QVERIFY(pasted->report.mentions(u"findPets"_qs, u"external reference 'parameters.json"_qs));
}

void tst_ImportSwagger::filesRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    // a.yaml and b.yaml refer to each other; broken.yaml does not parse
    write(u"a.yaml"_qs, "type: object\nproperties:\n  b: {$ref: 'b.yaml'}\n  n: {type: integer}\n");
    write(u"b.yaml"_qs, "type: object\nproperties:\n  a: {$ref: 'a.yaml#'}\n");
    write(u"broken.yaml"_qs, "a: [unclosed\n");
    const QByteArray doc = R"(openapi: 3.0.3
servers: [{url: 'http://127.0.0.1'}]
paths:
  /x:
    post:
      summary: X
      requestBody: {content: {application/json: {schema: {$ref: 'a.yaml'}}}}
      parameters:
        - $ref: 'broken.yaml#/p'
        - $ref: 'missing.yaml#/p'
        - $ref: '/etc/passwd'
        - $ref: 'https://127.0.0.1/remote.yaml'
        - $ref: 'sub/dir.yaml'
)";
    const auto r = importData(doc, ImportFormat::Auto, u"doc.yaml"_qs, dir.path());
    if (!r)
        QFAIL(qPrintable(r.error().message));
    const Request *x = findRequest(r->collection, u"X"_qs);
    const QJsonObject body = QJsonDocument::fromJson(x->body.raw.toUtf8()).object();
    QCOMPARE(body.value(u"n"_qs).toInt(-1), 0);
    QVERIFY(body.value(u"b"_qs).toObject().value(u"a"_qs).isNull()); // the cycle stops
    const QString text = r->report.toText();
    QVERIFY2(text.contains(u"'broken.yaml' a $ref names was not read: invalid YAML"_qs),
             qPrintable(text));
    QVERIFY2(text.contains(u"'missing.yaml' a $ref names was not read"_qs), qPrintable(text));
    for (const QString &name :
         {u"'/etc/passwd'"_qs, u"'https://127.0.0.1/remote.yaml'"_qs, u"'sub/dir.yaml'"_qs})
        QVERIFY2(text.contains(name + u" is not a file beside the document"_qs), qPrintable(name));
    QVERIFY(x->headers.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ImportSwagger)
#include "tst_importswagger.moc"
