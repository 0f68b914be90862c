// Insomnia v5 export: round trips (ours -> v5 YAML -> ours) keep every field v5 can hold, a
// real Insomnia file survives import -> export -> import, the YAML writer keeps every value,
// and the export report lists what v5 cannot hold.

#include "core/http/urlparams.h"
#include "core/interop/documentreader.h"
#include "core/interop/formatdetect.h"
#include "core/interop/importer.h"
#include "core/interop/insomniaexporter.h"
#include "core/interop/yamlwriter.h"
#include "tests/interop/importtesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

namespace {

KeyValue kv(const QString &name, const QString &value, bool enabled = true)
{
    return KeyValue{name, value, enabled, {}};
}

HttpItem http(const QString &name, const QString &method, const QString &url)
{
    HttpItem item;
    item.request.id = newItemId();
    item.request.name = name;
    item.request.method = method;
    item.request.url = url;
    item.request.queryParams = parseQuery(url);
    item.request.auth.kind = AuthKind::Inherit;
    return item;
}

/// Everything v5 can hold, once.
Collection sample()
{
    Collection c;
    c.id = newItemId();
    c.name = u"Round trip"_qs;
    c.description = u"All the fields"_qs;
    c.variables = {{u"baseUrl"_qs, u"http://127.0.0.1:8080"_qs, true, false, {}},
                   {u"user-name"_qs, u"ann"_qs, true, false, {}}};
    for (const QString &name :
         {u"userId"_qs, u"token"_qs, u"apiKey"_qs, u"title"_qs, u"clientId"_qs, u"clientSecret"_qs})
        c.variables.append({name, u"v"_qs, true, false, {}}); // every name the requests use
    c.environments = {{u"Dev"_qs, {{u"baseUrl"_qs, u"http://127.0.0.1:1"_qs, true, false, {}}}},
                      {u"Prod"_qs, {{u"baseUrl"_qs, u"https://api.test"_qs, true, false, {}}}}};

    HttpItem get = http(u"Get user"_qs, u"GET"_qs, u"{{baseUrl}}/users/:id?fields=name&expand"_qs);
    get.request.queryParams.append(kv(u"debug"_qs, u"1"_qs, false));
    get.request.queryParams[0].description = u"which fields"_qs;
    get.request.pathVariables = {kv(u"id"_qs, u"{{userId}}"_qs)};
    get.request.headers = {kv(u"Accept"_qs, u"application/json"_qs),
                           kv(u"X-Off"_qs, u"1"_qs, false)};
    get.request.description = u"Fetch one user"_qs;
    get.request.settings.followRedirects = false;
    get.request.settings.useCookieJar = false;

    HttpItem create = http(u"Create"_qs, u"POST"_qs, u"{{baseUrl}}/users"_qs);
    create.request.headers = {kv(u"Content-Type"_qs, u"application/json"_qs)};
    create.request.body.kind = BodyKind::Raw;
    create.request.body.language = RawLanguage::Json;
    create.request.body.raw = u"{\n  \"name\": \"{{user-name}}\",\n  \"tags\": [\"a\"]\n}\n"_qs;
    create.request.auth = Auth{};
    create.request.auth.kind = AuthKind::Basic;
    create.request.auth.username = u"{{user-name}}"_qs;
    create.request.auth.password = u"p: w"_qs;

    HttpItem form = http(u"Form"_qs, u"POST"_qs, u"{{baseUrl}}/form"_qs);
    form.request.body.kind = BodyKind::FormUrlEncoded;
    form.request.body.form = {kv(u"a"_qs, u"1"_qs), kv(u"b"_qs, u"true"_qs, false)};
    form.request.auth.kind = AuthKind::ApiKey;
    form.request.auth.apiKeyName = u"key"_qs;
    form.request.auth.apiKeyValue = u"{{apiKey}}"_qs;
    form.request.auth.apiKeyLocation = ApiKeyLocation::Query;

    Folder deep;
    deep.id = newItemId();
    deep.name = u"Deep"_qs;
    deep.auth.kind = AuthKind::Inherit;
    deep.children.push_back(CollectionItem{form});

    Folder users;
    users.id = newItemId();
    users.name = u"Users"_qs;
    users.description = u"User endpoints"_qs;
    users.auth.kind = AuthKind::Bearer;
    users.auth.token = u"{{token}}"_qs;
    users.headers = {kv(u"X-Folder"_qs, u"yes"_qs)};
    users.variables = {{u"page"_qs, u"2"_qs, true, false, {}}};
    users.children.push_back(CollectionItem{get});
    users.children.push_back(CollectionItem{create});
    users.children.push_back(CollectionItem{deep});
    c.items.push_back(CollectionItem{users});

    HttpItem upload = http(u"Upload"_qs, u"POST"_qs, u"{{baseUrl}}/upload"_qs);
    upload.request.auth.kind = AuthKind::None;
    upload.request.body.kind = BodyKind::Multipart;
    MultipartPart file;
    file.name = u"file"_qs;
    file.isFile = true;
    file.filePath = u"/tmp/a.png"_qs;
    MultipartPart text;
    text.name = u"title"_qs;
    text.value = u"{{title}}"_qs;
    text.enabled = false;
    upload.request.body.multipart = {file, text};
    c.items.push_back(CollectionItem{upload});

    HttpItem graphql = http(u"GraphQL"_qs, u"POST"_qs, u"{{baseUrl}}/graphql"_qs);
    graphql.request.body.kind = BodyKind::GraphQL;
    graphql.request.body.graphql.query = u"query Q($n: Int) { items(n: $n) { id } }"_qs;
    // the JSON object travels; the importer writes it back in this layout
    graphql.request.body.graphql.variables = u"{\n    \"n\": 1\n}"_qs;
    graphql.request.body.graphql.operationName = u"Q"_qs;
    c.items.push_back(CollectionItem{graphql});

    HttpItem binary = http(u"Binary"_qs, u"PUT"_qs, u"{{baseUrl}}/blob"_qs);
    binary.request.body.kind = BodyKind::Binary;
    binary.request.body.binaryFilePath = u"/tmp/blob.bin"_qs;
    binary.request.body.binaryContentType = u"image/png"_qs;
    c.items.push_back(CollectionItem{binary});

    HttpItem oauth = http(u"OAuth"_qs, u"GET"_qs, u"{{baseUrl}}/me"_qs);
    oauth.request.auth.kind = AuthKind::OAuth2;
    OAuth2Settings &s = oauth.request.auth.oauth2;
    s.grant = OAuthGrant::AuthorizationCode;
    s.pkce = true;
    s.authUrl = u"https://id.test/authorize"_qs;
    s.tokenUrl = u"https://id.test/token"_qs;
    s.clientId = u"{{clientId}}"_qs;
    s.clientSecret = u"{{clientSecret}}"_qs;
    s.scope = u"openid profile"_qs;
    s.redirectUrl = u"http://127.0.0.1:0/callback"_qs;
    s.clientAuth = OAuthClientAuth::Body;
    c.items.push_back(CollectionItem{oauth});

    WebSocketItem ws;
    ws.request.id = newItemId();
    ws.request.name = u"Socket"_qs;
    ws.request.url = u"ws://127.0.0.1:9/ws?room=1"_qs;
    ws.request.headers = {kv(u"Origin"_qs, u"http://127.0.0.1"_qs)};
    ws.request.auth.kind = AuthKind::None;
    c.items.push_back(CollectionItem{ws});
    return c;
}

/// Ids are fresh on every import; the rest must match.
void clearIds(std::vector<CollectionItem> &items)
{
    for (CollectionItem &item : items) {
        if (auto *f = std::get_if<Folder>(&item.node)) {
            f->id.clear();
            clearIds(f->children);
        } else if (auto *h = std::get_if<HttpItem>(&item.node)) {
            h->request.id.clear();
        } else if (auto *w = std::get_if<WebSocketItem>(&item.node)) {
            w->request.id.clear();
        }
    }
}

ImportResult roundTrip(const Collection &c, ExportReport *report = nullptr)
{
    const QByteArray yaml = insomniaYamlText(exportInsomniaCollection(c, {}, report));
    if (detectFormat(yaml) != ImportFormat::Insomnia)
        qFatal("the export is not detected as Insomnia:\n%s", yaml.constData());
    auto r = importData(yaml, ImportFormat::Auto, u"export.yaml"_qs);
    if (!r)
        qFatal("the export does not import: %s\n%s", qPrintable(r.error().message),
               yaml.constData());
    return std::move(r).value();
}

} // namespace

class tst_ExportInsomnia : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void realFileRoundTrip();
    void reportListsLosses();
    void collectionAuthMovesDown();
    void documentShape();
    void yamlValues_data();
    void yamlValues();
};

void tst_ExportInsomnia::roundTripKeepsEveryField()
{
    const Collection original = sample();
    const ImportResult r = roundTrip(original);
    Collection back = r.collection;
    QCOMPARE(back.name, original.name);
    QCOMPARE(back.description, original.description);
    // in their order, through dataPropertyOrder (a JSON object keeps none)
    QCOMPARE(back.variables, original.variables);
    QCOMPARE(r.environments, original.environments);

    Collection expected = original;
    clearIds(expected.items);
    clearIds(back.items);
    QCOMPARE(back.items.size(), expected.items.size());
    for (size_t i = 0; i < expected.items.size(); ++i) {
        QVERIFY2(back.items[i] == expected.items[i], qPrintable(expected.items[i].name()));
    }
    // Nothing lost; the two body files given by absolute path are listed as outside the
    // collection's folder (the import has no folder to compare with).
    QVERIFY2(r.report.notes().size() == 2, qPrintable(r.report.toText()));
    QVERIFY(r.report.mentions(u"Upload"_qs, u"\"/tmp/a.png\", outside"_qs));
    QVERIFY(r.report.mentions(u"Binary"_qs, u"\"/tmp/blob.bin\", outside"_qs));
}

void tst_ExportInsomnia::realFileRoundTrip()
{
    for (const char *file :
         {"import/insomnia-v5-environment-cascade.yaml", "import/insomnia-v5-auth-types.yaml"}) {
        ImportResult first = importDataFile(QString::fromLatin1(file));
        first.collection.environments = first.environments;
        ImportResult second = roundTrip(first.collection);
        QCOMPARE(second.collection.variables, first.collection.variables);
        QCOMPARE(second.environments, first.environments);
        clearIds(first.collection.items);
        clearIds(second.collection.items);
        QVERIFY2(second.collection.items == first.collection.items, file);
    }
}

void tst_ExportInsomnia::reportListsLosses()
{
    Collection c = sample();
    c.auth.kind = AuthKind::Basic;
    c.headers = {kv(u"X-All"_qs, u"1"_qs)};
    c.scripts = {{u"prerequest"_qs, u"pm.variables.set('a', 1)"_qs}};
    c.variables.append({u"token"_qs, u"s3cret"_qs, true, true, {}});
    c.variables.append({u"old"_qs, u"x"_qs, false, false, {}});
    auto &users = std::get<Folder>(c.items.front().node);
    auto &get = std::get<HttpItem>(users.children.front().node);
    get.request.url = u"{{baseUrl}}/users/{{$guid}}"_qs;
    get.request.queryParams.clear();
    get.request.settings.timeoutMs = 5000;
    get.examples = {ExampleResponse{u"OK"_qs, 200, u"OK"_qs, {}, "{}"}};
    get.assertions = {Assertion{}};
    get.scripts = {{u"test"_qs, u"pm.test('ok', () => {})"_qs}};
    get.request.auth.kind = AuthKind::Jwt;
    auto &ws = std::get<WebSocketItem>(c.items.back().node);
    ws.request.savedMessages = {SavedWsMessage{}};

    ExportReport report;
    const QJsonObject doc = exportInsomniaCollection(c, {}, &report);
    const QString text = report.warnings.join(u'\n');
    for (const QString &expected :
         {u"the collection's auth was moved"_qs, u"the collection's headers were moved"_qs,
          u"1 collection-level script(s) not exported"_qs,
          u"secret variable 'token' exported without its value"_qs,
          u"disabled variable 'old' not exported"_qs,
          u"Users/Get user: {{$guid}} has no Insomnia form"_qs,
          u"Users/Get user: transport settings"_qs,
          u"Users/Get user: 1 saved response(s) not exported"_qs,
          u"Users/Get user: 1 assertion(s) and 0 capture(s)"_qs,
          u"Users/Get user: scripts exported as written"_qs,
          u"Users/Get user: jwt auth is not exported to Insomnia yet"_qs,
          u"Socket: 1 saved message(s) not exported"_qs})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_qs + text));
    // the secret's value is not in the file
    QVERIFY(!insomniaYamlText(doc).contains("s3cret"));
    InsomniaExportOptions withSecrets;
    withSecrets.exportSecrets = true;
    QVERIFY(insomniaYamlText(exportInsomniaCollection(c, withSecrets)).contains("s3cret"));
}

void tst_ExportInsomnia::collectionAuthMovesDown()
{
    Collection c = sample();
    c.auth.kind = AuthKind::Basic;
    c.auth.username = u"root"_qs;
    c.headers = {kv(u"X-All"_qs, u"1"_qs), kv(u"Accept"_qs, u"text/plain"_qs)};
    const ImportResult r = roundTrip(c);
    // Users sets its own auth; top-level requests that inherit get the collection's.
    QCOMPARE(findFolder(r.collection, u"Users"_qs)->auth.kind, AuthKind::Bearer);
    QCOMPARE(findRequest(r.collection, u"GraphQL"_qs)->auth.username, u"root"_qs);
    QCOMPARE(findRequest(r.collection, u"Upload"_qs)->auth.kind, AuthKind::None);
    QCOMPARE(findRequest(r.collection, u"Users/Deep/Form"_qs)->auth.kind, AuthKind::ApiKey);
    QCOMPARE(findRequest(r.collection, u"Users/Get user"_qs)->auth.kind, AuthKind::Inherit);
    QCOMPARE(findFolder(r.collection, u"Users"_qs)->headers.first(), kv(u"X-All"_qs, u"1"_qs));
    QCOMPARE(findRequest(r.collection, u"Binary"_qs)->headers.size(), 2);
}

void tst_ExportInsomnia::documentShape()
{
    const QJsonObject doc = exportInsomniaCollection(sample());
    const QByteArray yaml = insomniaYamlText(doc);
    if (qEnvironmentVariableIsSet("WIRESCOPE_DUMP_EXPORT"))
        qInfo().noquote() << yaml;
    QVERIFY2(yaml.startsWith("type: collection.insomnia.rest/5.0\nschema_version: \"5.1\"\n"),
             yaml.constData());
    const QJsonArray items = doc.value(u"collection"_qs).toArray();
    const QJsonObject users = items.at(0).toObject();
    QVERIFY(users.value(u"meta"_qs).toObject().value(u"id"_qs).toString().startsWith(u"fld_"_qs));
    const QJsonObject get = users.value(u"children"_qs).toArray().at(0).toObject();
    QVERIFY(get.value(u"meta"_qs).toObject().value(u"id"_qs).toString().startsWith(u"req_"_qs));
    QCOMPARE(get.value(u"url"_qs).toString(), u"{{ _.baseUrl }}/users/:id"_qs);
    QCOMPARE(get.value(u"parameters"_qs).toArray().size(), 3);
    const QJsonObject create = users.value(u"children"_qs).toArray().at(1).toObject();
    QCOMPARE(create.value(u"authentication"_qs).toObject().value(u"username"_qs).toString(),
             u"{{ _['user-name'] }}"_qs);
    const QJsonObject ws = items.last().toObject();
    QVERIFY(ws.value(u"meta"_qs).toObject().value(u"id"_qs).toString().startsWith(u"ws-req_"_qs));
    // the file reads back as the same tree
    auto parsed = interop::parseYamlDocument(yaml);
    QVERIFY(parsed);
    QCOMPARE(parsed->toObject(), doc);
}

void tst_ExportInsomnia::yamlValues_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("readBack"); // undefined: the value itself
    const QStringList strings = {u""_qs,           u"true"_qs,    u"No"_qs,    u"100"_qs,
                                 u"1.50"_qs,       u"0x1F"_qs,    u"null"_qs,  u"~"_qs,
                                 u"a: b"_qs,       u"- item"_qs,  u"#x"_qs,    u"{{ _.a }}"_qs,
                                 u"line\n"_qs,     u"a\nb"_qs,    u"a\n\n"_qs, u"  lead\nx"_qs,
                                 u"t\tab"_qs,      u"é — ✓ 😀"_qs, u"end "_qs,  u"crlf\r\nx"_qs,
                                 u"'q' \"dq\""_qs, u"@at"_qs,     u"*star"_qs, u"%pct"_qs};
    for (const QString &s : strings)
        QTest::newRow(qPrintable(u"string "_qs + s.left(12).toHtmlEscaped()))
            << QJsonValue(s) << QJsonValue(QJsonValue::Undefined);
    // characters YAML cannot hold raw (found by fuzz_import_detect's export round trip)
    const char16_t controls[] = {0x0000, 0x0001, 0x001b, 0x007f, 0x0085, 0x0099,
                                 0x2028, 0x2029, 0xfeff, 0xfffe, 0xffff};
    for (char16_t c : controls) {
        const QString line = u"a"_qs + QChar(c) + u"b"_qs;
        // the two noncharacters are not for interchange: they come back as U+FFFD
        const bool replaced = c == 0xfffe || c == 0xffff;
        QString back = line;
        back.replace(QChar(c), QChar(QChar::ReplacementCharacter));
        QTest::newRow(qPrintable(u"U+%1 inline"_qs.arg(int(c), 4, 16, QLatin1Char('0'))))
            << QJsonValue(line)
            << (replaced ? QJsonValue(back) : QJsonValue(QJsonValue::Undefined));
        QTest::newRow(qPrintable(u"U+%1 block"_qs.arg(int(c), 4, 16, QLatin1Char('0'))))
            << QJsonValue(line + u"\nnext\n"_qs)
            << (replaced ? QJsonValue(back + u"\nnext\n"_qs) : QJsonValue(QJsonValue::Undefined));
    }
    QTest::newRow("numbers") << QJsonValue(QJsonArray{0, -1, 1.5, 1e20, 1779753600000.5})
                             << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("nested") << QJsonValue(QJsonObject{
        {u"a"_qs, QJsonArray{}},
        {u"b"_qs, QJsonObject{}},
        {u"c"_qs, QJsonArray{QJsonObject{{u"d"_qs, true}}, QJsonValue(QJsonValue::Null)}},
        {u"key: with colon"_qs, false}})
                            << QJsonValue(QJsonValue::Undefined);
}

void tst_ExportInsomnia::yamlValues()
{
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, readBack);
    const QJsonObject wrapped{{u"v"_qs, value}};
    const QByteArray text = interop::yamlText(wrapped);
    auto parsed = interop::parseYamlDocument(text);
    QVERIFY2(parsed, text.constData());
    QCOMPARE(parsed->toObject().value(u"v"_qs), readBack.isUndefined() ? value : readBack);
}

QTEST_GUILESS_MAIN(tst_ExportInsomnia)
#include "tst_exportinsomnia.moc"
