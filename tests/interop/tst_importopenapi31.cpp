// OpenAPI 3.1's own parts: JSON Schema 2020-12 type arrays, const, examples lists and tuples in
// generated values, webhooks named in the report, pathItems in components, 3.1 file parts,
// and a path key that carries a query. Real 3.1 examples from the OpenAPI Initiative plus a
// hand-written document that holds each case.

#include "core/interop/importer.h"
#include "tests/interop/importtesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

namespace {

const QByteArray kDocument = R"(openapi: 3.1.0
info: {title: Three One, version: '1'}
servers: [{url: 'http://127.0.0.1:8080'}]
paths:
  /responses:
    post:
      summary: Create response
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
  /responses?beta=true:
    post:
      summary: Create response (beta)
      parameters:
        - {name: beta, in: query, required: true, schema: {type: string}}
        - {name: version, in: query, required: true, schema: {const: v2}}
        - {name: limit, in: query, required: true, schema: {type: [integer, 'null'], examples: [7]}}
  /upload:
    put:
      summary: Upload
      requestBody:
        content:
          multipart/form-data:
            schema:
              properties:
                picture: {type: string, contentMediaType: image/png}
                caption: {type: [string, 'null']}
  /ping: {$ref: '#/components/pathItems/Ping'}
webhooks:
  petAdded: {$ref: '#/components/pathItems/Ping'}
  orderShipped:
    post: {requestBody: {content: {application/json: {schema: {type: object}}}}}
    put: {}
components:
  pathItems:
    Ping:
      get: {summary: Ping}
  schemas:
    Thing:
      type: object
      properties:
        name: {type: [string, 'null']}
        count: {type: ['null', integer]}
        kind: {const: pet}
        nothing: {type: ['null']}
        pair: {type: array, prefixItems: [{type: string}, {type: boolean}]}
        tags: {type: [array, 'null'], items: {type: string, examples: [red]}}
)";

} // namespace

class tst_ImportOpenApi31 : public QObject
{
    Q_OBJECT

private slots:
    void webhookExample();
    void nonOAuthScopes();
    void pathKeyWithQuery();
    void schemaValues();
    void fileParts();
    void pathItemsAndWebhooks();
};

void tst_ImportOpenApi31::webhookExample()
{
    const ImportResult r = importDataFile(u"import/openapi31-webhook-example.yaml"_qs);
    QCOMPARE(r.format, ImportFormat::OpenApi);
    QCOMPARE(r.collection.name, u"Webhook Example"_qs);
    QCOMPARE(countRequests(r.collection.items), 1);
    const Request *list = findRequest(r.collection, u"List all pets"_qs);
    QVERIFY(list);
    QCOMPARE(list->queryParams.first().name, u"limit"_qs);
    QVERIFY2(r.report.mentions(QString(), u"webhook 'newPet' (POST) not imported"_qs),
             qPrintable(r.report.toText()));
    QVERIFY(r.report.mentions(QString(), u"names no server"_qs));
}

void tst_ImportOpenApi31::nonOAuthScopes()
{
    const ImportResult r = importDataFile(u"import/openapi31-non-oauth-scopes.yaml"_qs);
    QCOMPARE(r.collection.items.size(), 1u);
    QVERIFY(r.collection.items.front().isHttp());
    const Request *users = &std::get<HttpItem>(r.collection.items.front().node).request;
    QCOMPARE(users->name, u"GET /users"_qs); // no summary, no operationId
    QCOMPARE(users->auth.kind, AuthKind::Bearer);
    QCOMPARE(users->auth.token, u"{{bearerToken}}"_qs);
}

void tst_ImportOpenApi31::pathKeyWithQuery()
{
    const ImportResult r = importText(kDocument);
    const Request *plain = findRequest(r.collection, u"Create response"_qs);
    const Request *beta = findRequest(r.collection, u"Create response (beta)"_qs);
    QVERIFY(plain && beta);
    QCOMPARE(plain->url, u"{{baseUrl}}/responses"_qs);
    QVERIFY(plain->queryParams.isEmpty());
    // the path's own query stays, first and once; the declared parameters follow
    QCOMPARE(beta->url, u"{{baseUrl}}/responses?beta=true&version=v2&limit=7"_qs);
    QCOMPARE(beta->queryParams.size(), 3);
    QCOMPARE(beta->queryParams.at(0), (KeyValue{u"beta"_qs, u"true"_qs, true, {}}));
    QVERIFY(r.report.mentions(u"Create response (beta)"_qs, u"carries a query"_qs));
}

void tst_ImportOpenApi31::schemaValues()
{
    const ImportResult r = importText(kDocument);
    const Request *plain = findRequest(r.collection, u"Create response"_qs);
    const QJsonObject body = QJsonDocument::fromJson(plain->body.raw.toUtf8()).object();
    const QJsonObject expected{
        {u"name"_qs, u"string"_qs},
        {u"count"_qs, 0},
        {u"kind"_qs, u"pet"_qs},
        {u"nothing"_qs, QJsonValue(QJsonValue::Null)},
        {u"pair"_qs, QJsonArray{u"string"_qs, false}},
        {u"tags"_qs, QJsonArray{u"red"_qs}},
    };
    QCOMPARE(body, expected);
}

void tst_ImportOpenApi31::fileParts()
{
    const ImportResult r = importText(kDocument);
    const Request *upload = findRequest(r.collection, u"Upload"_qs);
    QCOMPARE(upload->body.kind, BodyKind::Multipart);
    QCOMPARE(upload->body.multipart.size(), 2);
    QCOMPARE(upload->body.multipart.at(0).name, u"caption"_qs);
    QVERIFY(!upload->body.multipart.at(0).isFile);
    QCOMPARE(upload->body.multipart.at(1).name, u"picture"_qs);
    QVERIFY(upload->body.multipart.at(1).isFile);
}

void tst_ImportOpenApi31::pathItemsAndWebhooks()
{
    const ImportResult r = importText(kDocument);
    const Request *ping = findRequest(r.collection, u"Ping"_qs);
    QVERIFY(ping);
    QCOMPARE(ping->url, u"{{baseUrl}}/ping"_qs);
    QCOMPARE(countRequests(r.collection.items), 4); // webhooks are not requests
    QVERIFY(r.report.mentions(QString(), u"webhook 'petAdded' (GET) not imported"_qs));
    QVERIFY(r.report.mentions(QString(), u"webhook 'orderShipped' (PUT, POST) not imported"_qs));
}

QTEST_GUILESS_MAIN(tst_ImportOpenApi31)
#include "tst_importopenapi31.moc"
