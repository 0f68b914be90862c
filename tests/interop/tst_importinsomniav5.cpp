// Insomnia v5 import (Insomnia 11+): real files written by Insomnia (tests/data/import, sources
// in tests/data/corpus/SOURCES.md), the JSON form, every item kind, environments, and bad input.

#include "core/interop/formatdetect.h"
#include "core/interop/importer.h"
#include "tests/interop/importtesthelpers.h"

#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

namespace {

const Environment *environment(const ImportResult &r, const QString &name)
{
    for (const Environment &e : r.environments) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

int countNotes(const ImportReport &report, ImportNote::Severity severity, const QString &text)
{
    int n = 0;
    for (const ImportNote &note : report.notes()) {
        if (note.severity == severity && note.message.contains(text))
            ++n;
    }
    return n;
}

} // namespace

class tst_ImportInsomniaV5 : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void authTypes();
    void environmentCascade_data();
    void environmentCascade();
    void grpcIsReported();
    void designDocument();
    void itemKinds();
    void keyValueEnvironment();
    void variableOrder();
    void environmentFile();
    void badInput_data();
    void badInput();
    void fuzzSeeds();
};

void tst_ImportInsomniaV5::detect_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("yaml collection") << u"insomnia-v5-auth-types.yaml"_qs;
    QTest::newRow("json form") << u"insomnia-v5-environment-cascade.json"_qs;
    QTest::newRow("spec file") << u"insomnia-v5-security-spec.yaml"_qs;
    QTest::newRow("no schema_version") << u"insomnia-v5-grpc.yaml"_qs;
}

void tst_ImportInsomniaV5::detect()
{
    QFETCH(QString, file);
    QCOMPARE(detectFormat(readDataFile(u"import/"_qs + file)), ImportFormat::Insomnia);
}

void tst_ImportInsomniaV5::authTypes()
{
    const ImportResult r = importDataFile(u"import/insomnia-v5-auth-types.yaml"_qs);
    const Collection &c = r.collection;
    QCOMPARE(r.format, ImportFormat::Insomnia);
    QCOMPARE(c.name, u"Auth tests"_qs);
    // Insomnia lists by meta.sortKey, ascending, whatever the file's order.
    QCOMPARE(childNames(c.items), (QStringList{u"sends request with oauth1"_qs,
                                               u"sends request with basic authentication"_qs}));

    const Request *basic = findRequest(c, u"sends request with basic authentication"_qs);
    QVERIFY(basic);
    QCOMPARE(basic->url, u"http://127.0.0.1:4010/auth/basic"_qs);
    QCOMPARE(basic->auth.kind, AuthKind::Basic);
    QCOMPARE(basic->auth.username, u"user"_qs);
    QCOMPARE(basic->auth.password, u"pass"_qs);
    QCOMPARE(basic->headers,
             (KeyValueList{{u"Authorization"_qs, u"Basic dXNlcjpwYXNz"_qs, false, {}}}));

    const Request *oauth1 = findRequest(c, u"sends request with oauth1"_qs);
    QVERIFY(oauth1);
    QCOMPARE(oauth1->auth.kind, AuthKind::None);
    QVERIFY2(r.report.mentions(u"sends request with oauth1"_qs, u"'oauth1' is not supported"_qs),
             qPrintable(r.report.toText()));
    QCOMPARE(countNotes(r.report, ImportNote::Severity::Dropped, u"1 cookie(s)"_qs), 1);
    QCOMPARE(variableValue(c.variables, u"customValue"_qs), u"fromEnvManager"_qs);
    QVERIFY(r.environments.isEmpty());
}

void tst_ImportInsomniaV5::environmentCascade_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("yaml") << u"insomnia-v5-environment-cascade.yaml"_qs;
    QTest::newRow("json") << u"insomnia-v5-environment-cascade.json"_qs;
}

void tst_ImportInsomniaV5::environmentCascade()
{
    QFETCH(QString, file);
    const ImportResult r = importDataFile(u"import/"_qs + file);
    const Collection &c = r.collection;
    QCOMPARE(c.name, u"Environment Cascade"_qs);
    QCOMPARE(childNames(c.items),
             (QStringList{u"cascadeFolder"_qs, u"cascade request no folder"_qs}));
    QCOMPARE(countRequests(c.items), 3);
    QCOMPARE(countFolders(c.items), 2);

    const Folder *outer = findFolder(c, u"cascadeFolder"_qs);
    QVERIFY(outer);
    QCOMPARE(variableValue(outer->variables, u"cascadeVar"_qs), u"fromFolder"_qs);
    QCOMPARE(variableValue(outer->variables, u"folderOverride"_qs), u"fromOuterFolder"_qs);
    QCOMPARE(childNames(outer->children), (QStringList{u"innerFolder"_qs, u"cascade request"_qs}));
    const Folder *inner = findFolder(c, u"cascadeFolder/innerFolder"_qs);
    QVERIFY(inner);
    QCOMPARE(inner->variables.size(), 1);
    QCOMPARE(variableValue(inner->variables, u"folderOverride"_qs), u"fromInnerFolder"_qs);

    const Request *deep = findRequest(c, u"cascadeFolder/innerFolder/inner request"_qs);
    QVERIFY(deep);
    QCOMPARE(deep->method, u"POST"_qs);
    QCOMPARE(deep->body.kind, BodyKind::Raw);
    QCOMPARE(deep->body.language, RawLanguage::Json);
    QVERIFY2(deep->body.raw.contains(u"\"folderOverride\": \"{{folderOverride}}\""_qs),
             qPrintable(deep->body.raw));
    QCOMPARE(deep->headers.size(), 1); // the file's Content-Type, not a second one

    QCOMPARE(variableValue(c.variables, u"cascadeVar"_qs), u"fromBase"_qs);
    QCOMPARE(variableValue(c.variables, u"subOnlyVar"_qs), u"subOnly_base"_qs);
    QCOMPARE(r.environments.size(), 2);
    const Environment *b = environment(r, u"SubEnvB"_qs);
    QVERIFY(b);
    QCOMPARE(variableValue(b->variables, u"cascadeVar"_qs), u"fromSubB"_qs);
    QCOMPARE(variableValue(b->variables, u"subOnlyVar"_qs), u"subOnly_B"_qs);
    QVERIFY(environment(r, u"SubEnvA"_qs));
    QVERIFY2(r.report.isEmpty(), qPrintable(r.report.toText()));
}

void tst_ImportInsomniaV5::grpcIsReported()
{
    const ImportResult r = importDataFile(u"import/insomnia-v5-grpc.yaml"_qs);
    const Collection &c = r.collection;
    QCOMPARE(c.name, u"PreRelease gRPC"_qs);
    QCOMPARE(countRequests(c.items), 0);
    const Folder *folder = findFolder(c, u"Route Guide Example"_qs);
    QVERIFY(folder);
    QVERIFY(folder->children.empty());
    QCOMPARE(countNotes(r.report, ImportNote::Severity::Dropped, u"gRPC request not imported"_qs),
             5);
    QVERIFY(r.report.mentions(u"Route Guide Example/Unary"_qs,
                              u"/routeguide.RouteGuide/GetFeature at localhost:50051"_qs));
    QVERIFY(r.report.mentions(u"Route Guide Example/UnaryWithOutProtoFile"_qs, u"(no method)"_qs));
}

void tst_ImportInsomniaV5::designDocument()
{
    const ImportResult r = importDataFile(u"import/insomnia-v5-security-spec.yaml"_qs);
    const Collection &c = r.collection;
    QCOMPARE(c.name, u"Security & Testing"_qs);
    QCOMPARE(childNames(c.items),
             (QStringList{u"Inheritance Test"_qs, u"inheritance"_qs, u"test"_qs, u"auth"_qs}));
    QCOMPARE(countRequests(c.items), 6);

    const Request *inheritance = findRequest(c, u"Inheritance Test"_qs);
    QVERIFY(inheritance);
    QCOMPARE(inheritance->url, u"{{base_url}}/test/extra-data"_qs); // both parameters disabled
    QCOMPARE(inheritance->queryParams.size(), 2);
    QVERIFY(!inheritance->queryParams.at(0).enabled);
    QCOMPARE(inheritance->auth.username, u"{{inherited_value}}"_qs);
    QVERIFY(inheritance->description.startsWith(u"Returns a JSON object"_qs));
    QVERIFY(r.report.mentions(u"Inheritance Test"_qs, u"after-response script not imported"_qs));

    const Folder *test = findFolder(c, u"test"_qs);
    QVERIFY(test);
    QCOMPARE(test->description, u"Synthetic data generation for load and performance testing."_qs);
    QVERIFY(r.report.mentions(u"test"_qs, u"pre-request script not imported"_qs));
    QCOMPARE(childNames(test->children),
             (QStringList{u"Get extra data."_qs, u"Massive Response"_qs, u"Delayed response."_qs,
                          u"Delayed response with prompt"_qs}));
    QVERIFY(r.report.mentions(u"test/Delayed response with prompt"_qs, u"prompt"_qs));
    // each unsupported call once, where it first appears (here the folder's script)
    QVERIFY(r.report.mentions(u"test"_qs, u"calls insomnia.globals.set"_qs));
    QVERIFY(!r.report.mentions(u"auth/Get auth token."_qs, u"calls insomnia.globals.set"_qs));
    QVERIFY(r.report.mentions(u"auth/Get auth token."_qs, u"after-response script not"_qs));
    QCOMPARE(variableValue(findFolder(c, u"inheritance"_qs)->variables, u"inherited_value"_qs),
             u"from-folder"_qs);

    QCOMPARE(variableValue(c.variables, u"inherited_value"_qs), u"from-collection-env"_qs);
    QCOMPARE(r.environments.size(), 2);
    QCOMPARE(variableValue(environment(r, u"Shared Child Collection Env"_qs)->variables,
                           u"inherited_value"_qs),
             u"from-shared-child-collection-env"_qs);
    QVERIFY(environment(r, u"Empty Env"_qs)->variables.isEmpty());
    QVERIFY(r.report.mentions(QString(), u"design document"_qs));
    // what to set before sending: defined by no environment or folder of the file
    QVERIFY2(r.report.mentions(QString(), u"the requests use {{base_url}}, {{auth_token}}, which "
                                          u"nothing in the file defines"_qs),
             qPrintable(r.report.toText()));
}

void tst_ImportInsomniaV5::itemKinds()
{
    // Schema 5.2 tags items with `type`; older files say it through the id's prefix; files
    // other tools write carry neither.
    const ImportResult r = importText(R"(type: collection.insomnia.rest/5.0
schema_version: "5.2"
name: Kinds
collection:
  - type: WebSocketRequest
    name: Tagged socket
    url: wss://127.0.0.1/feed
    headers:
      - name: X-Room
        value: "{{ _.room }}"
  - name: Prefixed socket
    url: ws://127.0.0.1/ws
    meta:
      id: ws-req_1
  - name: Bare socket
    url: wss://127.0.0.1/bare
  - name: Orders
    children:
      - name: Get order
        url: "{{ _.base }}/orders/:orderId"
        method: get
        pathParameters:
          - name: orderId
            value: "42"
        settings:
          followRedirects: "off"
          cookies: {send: false, store: false}
      - name: Send only
        url: http://127.0.0.1/
        method: GET
        settings: {cookies: {send: true, store: false}}
  - type: SocketIORequest
    name: Chat
    url: http://127.0.0.1:3000
  - type: McpRequest
    name: Tools
  - name: Typed gRPC
    url: 127.0.0.1:50051
    protoMethodName: /x.Y/Z
)");
    const Collection &c = r.collection;
    QCOMPARE(childNames(c.items), (QStringList{u"Tagged socket"_qs, u"Prefixed socket"_qs,
                                               u"Bare socket"_qs, u"Orders"_qs}));
    for (const QString &name : {u"Tagged socket"_qs, u"Prefixed socket"_qs, u"Bare socket"_qs}) {
        const CollectionItem *item = findItem(c.items, name);
        QVERIFY2(item && item->isWebSocket(), qPrintable(name));
    }
    const auto &tagged = std::get<WebSocketItem>(findItem(c.items, u"Tagged socket"_qs)->node);
    QCOMPARE(tagged.request.headers.first().value, u"{{room}}"_qs);

    const Request *order = findRequest(c, u"Orders/Get order"_qs);
    QVERIFY(order);
    QCOMPARE(order->method, u"GET"_qs);
    QCOMPARE(order->url, u"{{base}}/orders/:orderId"_qs);
    QCOMPARE(order->pathVariables.size(), 1);
    QCOMPARE(order->pathVariables.first().value, u"42"_qs);
    QVERIFY(!order->settings.followRedirects);
    QVERIFY(!order->settings.useCookieJar);
    QVERIFY(findRequest(c, u"Orders/Send only"_qs)->settings.useCookieJar);
    QVERIFY(r.report.mentions(u"Orders/Send only"_qs, u"cookies are sent but not stored"_qs));

    QVERIFY(r.report.mentions(u"Chat"_qs, u"Socket.IO request not imported"_qs));
    QVERIFY(r.report.mentions(u"Tools"_qs, u"'McpRequest' is not supported"_qs));
    QVERIFY(r.report.mentions(u"Typed gRPC"_qs, u"gRPC request not imported"_qs));
}

void tst_ImportInsomniaV5::keyValueEnvironment()
{
    const ImportResult r = importText(R"(type: collection.insomnia.rest/5.0
name: KV
collection: []
environments:
  name: Base Environment
  environmentType: kv
  kvPairData:
    - name: host
      value: "{{ _.scheme }}://api.test"
      enabled: true
    - name: old
      value: x
      enabled: false
    - name: token
      value: c2VjcmV0IGJ5dGVz
      type: secret
)");
    const VariableList &vars = r.collection.variables;
    QCOMPARE(vars.size(), 3);
    QCOMPARE(vars.at(0).value, u"{{scheme}}://api.test"_qs);
    QVERIFY(!vars.at(1).enabled);
    QVERIFY(vars.at(2).secret);
    QVERIFY(vars.at(2).value.isEmpty());
    QVERIFY(r.report.mentions(u"Base Environment"_qs, u"secret 'token' is encrypted"_qs));
}

void tst_ImportInsomniaV5::variableOrder()
{
    // A JSON object sorts its keys; Insomnia records the author's order beside the data.
    const ImportResult r = importText(R"(type: collection.insomnia.rest/5.0
name: Order
collection:
  - name: F
    children: []
    environment: {zeta: 1, alpha: {x: 1, y: 2}, mid: 3}
    environmentPropertyOrder: {"&": [zeta, alpha, mid]}
environments:
  name: Base
  data: {second: 2, first: 1, unlisted: 0}
  dataPropertyOrder: {"&": [second, first]}
)");
    QStringList names;
    for (const Variable &v : r.collection.variables)
        names.append(v.name);
    QCOMPARE(names, (QStringList{u"second"_qs, u"first"_qs, u"unlisted"_qs}));
    names.clear();
    for (const Variable &v : findFolder(r.collection, u"F"_qs)->variables)
        names.append(v.name);
    QCOMPARE(names, (QStringList{u"zeta"_qs, u"alpha.x"_qs, u"alpha.y"_qs, u"mid"_qs}));
}

void tst_ImportInsomniaV5::environmentFile()
{
    const ImportResult r = importText(R"(type: environment.insomnia.rest/5.0
name: Shared
environments:
  name: Base
  data:
    region: eu
  subEnvironments:
    - name: Prod
      data:
        region: us
)");
    QCOMPARE(r.collection.items.size(), 0u);
    QVERIFY(r.collection.variables.isEmpty());
    QCOMPARE(r.environments.size(), 2);
    QCOMPARE(r.environments.at(0).name, u"Shared"_qs);
    QCOMPARE(variableValue(r.environments.at(0).variables, u"region"_qs), u"eu"_qs);
    QCOMPARE(variableValue(r.environments.at(1).variables, u"region"_qs), u"us"_qs);
}

void tst_ImportInsomniaV5::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("mock server") << QByteArray(
        "type: mock.insomnia.rest/5.0\nname: M\nroutes: []\n")
                                 << u"holds mock server routes, not requests"_qs;
    QTest::newRow("collection is a mapping")
        << QByteArray("type: collection.insomnia.rest/5.0\ncollection: {a: 1}\n")
        << u"'collection' is not a list"_qs;
    QByteArray deep = "type: collection.insomnia.rest/5.0\ncollection:\n";
    QByteArray indent = "  ";
    for (int i = 0; i < 120; ++i) {
        deep += indent + "- name: f\n" + indent + "  children:\n";
        indent += "    ";
    }
    deep += indent + "- {name: r, method: GET, url: x}\n";
    QTest::newRow("deep folders") << deep << u"nested deeper than 100 levels"_qs;
}

void tst_ImportInsomniaV5::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const auto r = importData(data, ImportFormat::Auto, u"bad.yaml"_qs);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void tst_ImportInsomniaV5::fuzzSeeds()
{
    const QMap<QString, ImportResult> seeds = importFuzzSeeds(u"insomnia-v5"_qs);
    QCOMPARE(seeds.size(), 3);
    for (auto it = seeds.begin(); it != seeds.end(); ++it) {
        QCOMPARE(it->format, ImportFormat::Insomnia);
        // every seed but the environment file holds something Wirescope cannot keep
        QVERIFY2(!it->report.isEmpty() || it.key().endsWith(u".json"_qs), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(tst_ImportInsomniaV5)
#include "tst_importinsomniav5.moc"
