#include "core/interop/importer.h"
#include "core/interop/postmanexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wirescope;

namespace {

KeyValue
kv(const QString &name, const QString &value, bool enabled = true, const QString &description = {})
{
    return KeyValue{name, value, enabled, description};
}

HttpItem httpItem(const QString &name, const QString &method, const QString &url)
{
    HttpItem item;
    item.request.id = newItemId();
    item.request.name = name;
    item.request.method = method;
    item.request.url = url;
    return item;
}

/// A collection that uses every field both Postman v2.1 and our model carry.
Collection fullCollection()
{
    Collection c;
    c.id = newItemId();
    c.name = QStringLiteral("Everything");
    c.description = QStringLiteral("All the *fields*");
    c.auth.kind = AuthKind::Bearer;
    c.auth.token = QStringLiteral("{{token}}");
    c.variables = {Variable{QStringLiteral("base"), QStringLiteral("https://api.test"), true, false,
                            QStringLiteral("the host")},
                   Variable{QStringLiteral("token"), QStringLiteral("s3cret"), true, true, {}},
                   Variable{QStringLiteral("off"), QStringLiteral("x"), false, false, {}}};
    c.scripts = {ImportedScript{QStringLiteral("prerequest"),
                                QStringLiteral("console.log(1);\nconsole.log(2);")}};

    HttpItem get = httpItem(QStringLiteral("Get user"), QStringLiteral("GET"),
                            QStringLiteral("{{base}}/users/:id?expand=1&q=a%20b"));
    get.request.queryParams = {
        kv(QStringLiteral("expand"), QStringLiteral("1")),
        kv(QStringLiteral("q"), QStringLiteral("a%20b"), true, QStringLiteral("search")),
        kv(QStringLiteral("debug"), QStringLiteral("true"), false)};
    get.request.pathVariables = {
        kv(QStringLiteral("id"), QStringLiteral("42"), true, QStringLiteral("user id"))};
    get.request.headers = {kv(QStringLiteral("Accept"), QStringLiteral("application/json"), true,
                              QStringLiteral("json please")),
                           kv(QStringLiteral("X-Off"), QStringLiteral("1"), false)};
    get.request.description = QStringLiteral("Fetches one user");
    get.request.auth.kind = AuthKind::Inherit;
    get.examples = {
        ExampleResponse{QStringLiteral("found"),
                        200,
                        QStringLiteral("OK"),
                        {kv(QStringLiteral("Content-Type"), QStringLiteral("application/json"))},
                        QByteArray("{\"id\":42}")}};
    get.scripts = {
        ImportedScript{QStringLiteral("test"), QStringLiteral("pm.test('ok', () => {});")}};
    get.request.settings.followRedirects = false;
    get.request.settings.maxRedirects = 3;
    get.request.settings.tls.insecure = true;

    HttpItem json = httpItem(QStringLiteral("Create"), QStringLiteral("POST"),
                             QStringLiteral("https://api.test:8443/v1/items"));
    json.request.body.kind = BodyKind::Raw;
    json.request.body.language = RawLanguage::Json;
    json.request.body.raw = QString::fromUtf8("{\"name\": \"Zoë\"}");
    json.request.auth.kind = AuthKind::Basic;
    json.request.auth.username = QStringLiteral("user");
    json.request.auth.password = QStringLiteral("{{password}}");

    HttpItem form = httpItem(QStringLiteral("Form"), QStringLiteral("PUT"),
                             QStringLiteral("http://127.0.0.1:8080/form"));
    form.request.body.kind = BodyKind::FormUrlEncoded;
    form.request.body.form = {kv(QStringLiteral("a"), QStringLiteral("1")),
                              kv(QStringLiteral("b"), QStringLiteral("x y"), false)};
    form.request.auth.kind = AuthKind::ApiKey;
    form.request.auth.apiKeyName = QStringLiteral("key");
    form.request.auth.apiKeyValue = QStringLiteral("{{apiKey}}");
    form.request.auth.apiKeyLocation = ApiKeyLocation::Query;

    HttpItem multipart = httpItem(QStringLiteral("Upload"), QStringLiteral("POST"),
                                  QStringLiteral("https://api.test/upload"));
    multipart.request.body.kind = BodyKind::Multipart;
    MultipartPart text;
    text.name = QStringLiteral("title");
    text.value = QStringLiteral("hello");
    MultipartPart file;
    file.name = QStringLiteral("file");
    file.isFile = true;
    file.filePath = QStringLiteral("/home/me/photo.png");
    file.contentType = QStringLiteral("image/png");
    MultipartPart off;
    off.name = QStringLiteral("off");
    off.value = QStringLiteral("x");
    off.enabled = false;
    multipart.request.body.multipart = {text, file, off};
    multipart.request.auth.kind = AuthKind::Digest;
    multipart.request.auth.username = QStringLiteral("d");
    multipart.request.auth.password = QStringLiteral("p");

    HttpItem binary = httpItem(QStringLiteral("Binary"), QStringLiteral("POST"),
                               QStringLiteral("https://api.test/bin"));
    binary.request.body.kind = BodyKind::Binary;
    binary.request.body.binaryFilePath = QStringLiteral("/tmp/blob.bin");
    binary.request.auth.kind = AuthKind::None;

    Folder inner;
    inner.id = newItemId();
    inner.name = QStringLiteral("Inner");
    inner.description = QStringLiteral("nested");
    inner.auth.kind = AuthKind::ApiKey;
    inner.auth.apiKeyName = QStringLiteral("X-Key");
    inner.auth.apiKeyValue = QStringLiteral("k");
    inner.variables = {Variable{QStringLiteral("folderVar"), QStringLiteral("v"), true, false, {}}};
    inner.scripts = {ImportedScript{QStringLiteral("test"), QStringLiteral("// folder test")}};
    inner.children.push_back(CollectionItem{binary});

    Folder outer;
    outer.id = newItemId();
    outer.name = QStringLiteral("Users");
    outer.auth.kind = AuthKind::Inherit;
    outer.children.push_back(CollectionItem{get});
    outer.children.push_back(CollectionItem{json});
    outer.children.push_back(CollectionItem{inner});

    c.items.push_back(CollectionItem{outer});
    c.items.push_back(CollectionItem{form});
    c.items.push_back(CollectionItem{multipart});

    HttpItem graphql = httpItem(QStringLiteral("GraphQL"), QStringLiteral("POST"),
                                QStringLiteral("{{base}}/graphql"));
    graphql.request.body.kind = BodyKind::GraphQL;
    graphql.request.body.graphql.query =
        QStringLiteral("query Book($id: ID!) {\n  book(id: $id) { title }\n}");
    graphql.request.body.graphql.variables = QStringLiteral("{\n  \"id\": \"{{bookId}}\"\n}");
    c.items.push_back(CollectionItem{graphql});
    HttpItem graphqlGet = httpItem(QStringLiteral("GraphQL GET"), QStringLiteral("GET"),
                                   QStringLiteral("{{base}}/graphql"));
    graphqlGet.request.body.kind = BodyKind::GraphQL;
    graphqlGet.request.body.graphql.query = QStringLiteral("{ books { title } }");
    graphqlGet.request.body.graphql.transport = GraphQLTransport::Get;
    c.items.push_back(CollectionItem{graphqlGet});
    return c;
}

WebSocketItem webSocketItem()
{
    WebSocketItem ws;
    ws.request.id = newItemId();
    ws.request.name = QStringLiteral("Live feed");
    ws.request.url = QStringLiteral("wss://api.test/feed");
    return ws;
}

void clearIds(std::vector<CollectionItem> &items)
{
    for (CollectionItem &item : items) {
        if (auto *folder = std::get_if<Folder>(&item.node)) {
            folder->id.clear();
            clearIds(folder->children);
        } else if (auto *http = std::get_if<HttpItem>(&item.node)) {
            http->request.id.clear();
        }
    }
}

/// Names of the Request fields that differ, for a readable failure.
QString requestDiff(const Request &a, const Request &b)
{
    QStringList d;
    if (a.name != b.name)
        d << QStringLiteral("name");
    if (a.method != b.method)
        d << QStringLiteral("method");
    if (a.url != b.url)
        d << QStringLiteral("url (%1 vs %2)").arg(a.url, b.url);
    if (a.queryParams != b.queryParams)
        d << QStringLiteral("queryParams");
    if (a.pathVariables != b.pathVariables)
        d << QStringLiteral("pathVariables");
    if (a.headers != b.headers)
        d << QStringLiteral("headers");
    if (a.body != b.body)
        d << QStringLiteral("body");
    if (a.auth != b.auth)
        d << QStringLiteral("auth");
    if (a.settings != b.settings)
        d << QStringLiteral("settings");
    if (a.description != b.description)
        d << QStringLiteral("description");
    return d.join(QLatin1String(", "));
}

QString itemsDiff(const std::vector<CollectionItem> &a,
                  const std::vector<CollectionItem> &b,
                  const QString &path)
{
    if (a.size() != b.size())
        return QStringLiteral("%1: %2 vs %3 children").arg(path).arg(a.size()).arg(b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        const QString at = path + u'/' + a[i].name();
        if (a[i].node.index() != b[i].node.index())
            return at + QStringLiteral(": different kinds");
        if (const auto *fa = std::get_if<Folder>(&a[i].node)) {
            const auto &fb = std::get<Folder>(b[i].node);
            if (fa->name != fb.name || fa->description != fb.description || fa->auth != fb.auth
                || fa->variables != fb.variables || fa->scripts != fb.scripts
                || fa->headers != fb.headers)
                return at + QStringLiteral(": folder fields differ");
            const QString inner = itemsDiff(fa->children, fb.children, at);
            if (!inner.isEmpty())
                return inner;
        } else if (const auto *ha = std::get_if<HttpItem>(&a[i].node)) {
            const auto &hb = std::get<HttpItem>(b[i].node);
            const QString d = requestDiff(ha->request, hb.request);
            if (!d.isEmpty())
                return at + QStringLiteral(": ") + d;
            if (ha->examples != hb.examples)
                return at + QStringLiteral(": examples differ");
            if (ha->scripts != hb.scripts)
                return at + QStringLiteral(": scripts differ");
        }
    }
    return {};
}

QJsonObject firstItem(const QJsonObject &doc, std::initializer_list<int> path)
{
    QJsonObject o = doc;
    for (int i : path)
        o = o.value(QLatin1String("item")).toArray().at(i).toObject();
    return o;
}

/// The auth block of the first item's request in an exported collection.
QJsonObject firstRequestAuth(const QByteArray &text)
{
    return QJsonDocument::fromJson(text)
        .object()
        .value(QLatin1String("item"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("request"))
        .toObject()
        .value(QLatin1String("auth"))
        .toObject();
}

} // namespace

class tst_ExportPostman : public QObject
{
    Q_OBJECT

private slots:
    void schemaRequiredFields()
    {
        Collection c = fullCollection();
        ExportReport report;
        const QJsonObject doc = exportPostmanCollection(c, {}, &report);
        const QJsonObject info = doc.value(QLatin1String("info")).toObject();
        QCOMPARE(
            info.value(QLatin1String("schema")).toString(),
            QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"));
        QCOMPARE(info.value(QLatin1String("name")).toString(), c.name);
        QCOMPARE(info.value(QLatin1String("_postman_id")).toString(), c.id);
        QVERIFY(doc.value(QLatin1String("item")).isArray());
        // Schema: an item has a request; an item-group has item[]; both are named.
        std::function<void(const QJsonArray &)> check = [&](const QJsonArray &items) {
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                QVERIFY(o.value(QLatin1String("name")).isString());
                if (o.contains(QLatin1String("item"))) {
                    QVERIFY(!o.contains(QLatin1String("request")));
                    check(o.value(QLatin1String("item")).toArray());
                } else {
                    const QJsonObject r = o.value(QLatin1String("request")).toObject();
                    QVERIFY(r.value(QLatin1String("method")).isString());
                    QVERIFY(r.value(QLatin1String("header")).isArray());
                    QVERIFY(r.value(QLatin1String("url"))
                                .toObject()
                                .value(QLatin1String("raw"))
                                .isString());
                    QVERIFY(o.value(QLatin1String("response")).isArray());
                    for (const QJsonValue &ev : o.value(QLatin1String("event")).toArray()) {
                        QVERIFY(ev.toObject().value(QLatin1String("listen")).isString());
                        QVERIFY(ev.toObject()
                                    .value(QLatin1String("script"))
                                    .toObject()
                                    .value(QLatin1String("exec"))
                                    .isArray());
                    }
                }
            }
        };
        check(doc.value(QLatin1String("item")).toArray());

        // A closer look at a few fields.
        const QJsonObject get = firstItem(doc, {0, 0});
        QCOMPARE(get.value(QLatin1String("name")).toString(), QStringLiteral("Get user"));
        QVERIFY(!get.value(QLatin1String("request"))
                     .toObject()
                     .contains(QLatin1String("auth"))); // inherit omitted
        QCOMPARE(QJsonDocument(get.value(QLatin1String("protocolProfileBehavior")).toObject())
                     .toJson(QJsonDocument::Compact),
                 QByteArray(R"({"followRedirects":false,"maxRedirects":3,"strictSSL":false})"));
        const QJsonObject event = get.value(QLatin1String("event")).toArray().first().toObject();
        QCOMPARE(event.value(QLatin1String("listen")).toString(), QStringLiteral("test"));
        const QJsonObject upload = firstItem(doc, {2}).value(QLatin1String("request")).toObject();
        QCOMPARE(
            QJsonDocument(upload.value(QLatin1String("body")).toObject())
                .toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"formdata":[{"key":"title","type":"text","value":"hello"},)"
                R"({"contentType":"image/png","key":"file","src":"/home/me/photo.png","type":"file"},)"
                R"({"disabled":true,"key":"off","type":"text","value":"x"}],"mode":"formdata"})"));
        QCOMPARE(
            upload.value(QLatin1String("auth")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("digest"));
        const QJsonObject binary =
            firstItem(doc, {0, 2, 0}).value(QLatin1String("request")).toObject();
        QCOMPARE(QJsonDocument(binary.value(QLatin1String("body")).toObject())
                     .toJson(QJsonDocument::Compact),
                 QByteArray(R"({"file":{"src":"/tmp/blob.bin"},"mode":"file"})"));
        QCOMPARE(
            binary.value(QLatin1String("auth")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("noauth"));
        // The secret's value stayed home; the report says so.
        const QJsonArray vars = doc.value(QLatin1String("variable")).toArray();
        QCOMPARE(vars.at(1).toObject().value(QLatin1String("value")).toString(), QString());
        QCOMPARE(vars.at(1).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("secret"));
        QVERIFY(!QString::fromUtf8(postmanJsonText(doc)).contains(QStringLiteral("s3cret")));
        QVERIFY2(report.warnings.join(u'\n').contains(
                     QStringLiteral("secret variable 'token' exported without its value")),
                 qPrintable(report.warnings.join(u'\n')));
        QVERIFY(report.skipped.isEmpty());
    }

    void secretsOnlyWhenAsked()
    {
        PostmanExportOptions options;
        options.exportSecrets = true;
        ExportReport report;
        const QJsonObject doc = exportPostmanCollection(fullCollection(), options, &report);
        QCOMPARE(doc.value(QLatin1String("variable"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("s3cret"));
        QVERIFY(!report.warnings.join(u'\n').contains(QStringLiteral("secret")));
    }

    void webSocketItemsAreReportedNotDropped()
    {
        Collection c = fullCollection();
        std::get<Folder>(c.items.front().node).children.push_back(CollectionItem{webSocketItem()});
        c.items.push_back(CollectionItem{webSocketItem()});
        ExportReport report;
        const QJsonObject doc = exportPostmanCollection(c, {}, &report);
        QCOMPARE(report.skipped.size(), 2);
        QVERIFY2(report.skipped.first().startsWith(
                     QStringLiteral("Users/Live feed: WebSocket request not exported")),
                 qPrintable(report.skipped.first()));
        QVERIFY(!QString::fromUtf8(postmanJsonText(doc)).contains(QStringLiteral("wss://")));
        QCOMPARE(doc.value(QLatin1String("item")).toArray().size(),
                 5); // the top-level HTTP items, without the WebSocket one
    }

    void lossesAreReported()
    {
        Collection c;
        c.name = QStringLiteral("c");
        c.headers = {kv(QStringLiteral("X-All"), QStringLiteral("1"))};
        c.environments = {Environment{QStringLiteral("dev"), {}}};
        Folder f;
        f.name = QStringLiteral("F");
        f.headers = {kv(QStringLiteral("X-Folder"), QStringLiteral("1"))};
        HttpItem item =
            httpItem(QStringLiteral("R"), QStringLiteral("POST"), QStringLiteral("http://h/x"));
        item.request.settings.timeoutMs = 5000;
        item.request.settings.proxy.mode = ProxyMode::Http;
        item.request.body.kind = BodyKind::Binary;
        item.request.body.binaryFilePath = QStringLiteral("/tmp/x");
        item.request.body.binaryContentType = QStringLiteral("image/png");
        f.children.push_back(CollectionItem{item});
        c.items.push_back(CollectionItem{f});
        ExportReport report;
        const QJsonObject doc = exportPostmanCollection(c, {}, &report);
        const QString all = report.warnings.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral(
                     "collection headers have no Postman equivalent; not exported: X-All")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("F: folder headers have no Postman equivalent")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(
                     "F/R: settings with no Postman equivalent not exported: timeout, proxy")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("1 environment(s)")), qPrintable(all));
        // The binary body's type travels as a header, so the request still sends it.
        const QJsonArray headers = firstItem(doc, {0, 0})
                                       .value(QLatin1String("request"))
                                       .toObject()
                                       .value(QLatin1String("header"))
                                       .toArray();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("image/png"));
    }

    void graphqlBody_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("variables");
        QTest::addColumn<QString>("operationName");
        QTest::addColumn<bool>("get");
        QTest::addColumn<QByteArray>("expected"); // method and body, compact
        QTest::addColumn<QString>("warning");
        QTest::newRow("post")
            << u"POST"_qs << u"{\"id\": 1}"_qs << QString() << false
            << QByteArray(
                   "{\"body\":{\"graphql\":{\"query\":\"{ a }\",\"variables\":\"{\\\"id\\\": "
                   "1}\"},\"mode\":\"graphql\"},\"method\":\"POST\"}")
            << QString();
        QTest::newRow("no variables")
            << u"POST"_qs << QString() << QString() << false
            << QByteArray(
                   R"({"body":{"graphql":{"query":"{ a }"},"mode":"graphql"},"method":"POST"})")
            << QString();
        QTest::newRow("method follows the transport")
            << u"GET"_qs << QString() << QString() << false
            << QByteArray(
                   R"({"body":{"graphql":{"query":"{ a }"},"mode":"graphql"},"method":"POST"})")
            << QString();
        QTest::newRow("operation name lost")
            << u"POST"_qs << QString() << u"Op"_qs << false
            << QByteArray(
                   R"({"body":{"graphql":{"query":"{ a }"},"mode":"graphql"},"method":"POST"})")
            << u"R: the GraphQL operation name 'Op' has no place in Postman's graphql body"_qs;
        QTest::newRow("get")
            << u"POST"_qs << QString() << QString() << true
            << QByteArray(
                   R"({"body":{"graphql":{"query":"{ a }"},"mode":"graphql"},"method":"GET"})")
            << u"R: Postman's graphql body has no GET transport"_qs;
    }

    void graphqlBody()
    {
        QFETCH(QString, method);
        QFETCH(QString, variables);
        QFETCH(QString, operationName);
        QFETCH(bool, get);
        QFETCH(QByteArray, expected);
        QFETCH(QString, warning);
        Collection c;
        c.name = QStringLiteral("c");
        HttpItem item = httpItem(QStringLiteral("R"), method, QStringLiteral("http://h/graphql"));
        item.request.auth.kind = AuthKind::Inherit;
        item.request.body.kind = BodyKind::GraphQL;
        item.request.body.graphql.query = QStringLiteral("{ a }");
        item.request.body.graphql.variables = variables;
        item.request.body.graphql.operationName = operationName;
        item.request.body.graphql.transport = get ? GraphQLTransport::Get : GraphQLTransport::Post;
        c.items.push_back(CollectionItem{item});
        ExportReport report;
        const QJsonObject doc = exportPostmanCollection(c, {}, &report);
        const QJsonObject request = firstItem(doc, {0}).value(QLatin1String("request")).toObject();
        const QJsonObject picked{{QStringLiteral("method"), request.value(QLatin1String("method"))},
                                 {QStringLiteral("body"), request.value(QLatin1String("body"))}};
        QCOMPARE(QJsonDocument(picked).toJson(QJsonDocument::Compact), expected);
        const QString all = report.warnings.join(u'\n');
        if (warning.isEmpty())
            QVERIFY2(!all.contains(QStringLiteral("GraphQL"), Qt::CaseInsensitive),
                     qPrintable(all));
        else
            QVERIFY2(all.contains(warning), qPrintable(all));
    }

    void urlObject_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("expected"); // compact JSON without "raw"
        QTest::newRow("full")
            << "https://api.example.com:8443/v1/items/?a=1#top"
            << QByteArray(
                   R"({"hash":"top","host":["api","example","com"],"path":["v1","items",""],"port":"8443","protocol":"https","query":[{"key":"a","value":"1"}]})");
        QTest::newRow("variable host")
            << "{{base}}/users/:id"
            << QByteArray(R"({"host":["{{base}}"],"path":["users",":id"]})");
        QTest::newRow("variable with dots and port")
            << "http://{{host.name}}:{{port}}/x"
            << QByteArray(
                   R"({"host":["{{host.name}}"],"path":["x"],"port":"{{port}}","protocol":"http"})");
        QTest::newRow("ipv6")
            << "http://[::1]:9/"
            << QByteArray(R"({"host":["[::1]"],"path":[""],"port":"9","protocol":"http"})");
        QTest::newRow("no scheme no path")
            << "localhost" << QByteArray(R"({"host":["localhost"]})");
    }
    void urlObject()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, expected);
        Collection c;
        HttpItem item = httpItem(QStringLiteral("r"), QStringLiteral("GET"), url);
        c.items.push_back(CollectionItem{item});
        QJsonObject o = firstItem(exportPostmanCollection(c), {0})
                            .value(QLatin1String("request"))
                            .toObject()
                            .value(QLatin1String("url"))
                            .toObject();
        QCOMPARE(o.take(QLatin1String("raw")).toString(), url);
        QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact), expected);
    }

    /// export -> import (the Postman importer) gives back what both formats carry.
    void roundTripThroughImporter()
    {
        Collection original = fullCollection();
        PostmanExportOptions options;
        options.exportSecrets = true; // else the secret comes back empty, by design
        ExportReport report;
        const QByteArray text =
            postmanJsonText(exportPostmanCollection(original, options, &report));
        QVERIFY2(report.skipped.isEmpty(), qPrintable(report.skipped.join(u'\n')));
        const auto imported = importData(text, ImportFormat::Postman);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        Collection back = imported->collection;
        QCOMPARE(back.name, original.name);
        QCOMPARE(back.description, original.description);
        QVERIFY(back.auth == original.auth);
        QVERIFY(back.variables == original.variables);
        QVERIFY(back.scripts == original.scripts);
        clearIds(original.items);
        clearIds(back.items);
        const QString diff = itemsDiff(original.items, back.items, QString());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        original.id.clear();
        back.id.clear();
        QVERIFY(back == original);
    }

    void oauth2RoundTrip_data()
    {
        QTest::addColumn<int>("grant");
        QTest::addColumn<bool>("pkce");
        QTest::addColumn<QString>("postmanGrant");
        QTest::newRow("code+pkce") << int(OAuthGrant::AuthorizationCode) << true
                                   << QStringLiteral("authorization_code_with_pkce");
        QTest::newRow("code") << int(OAuthGrant::AuthorizationCode) << false
                              << QStringLiteral("authorization_code");
        QTest::newRow("client credentials")
            << int(OAuthGrant::ClientCredentials) << true << QStringLiteral("client_credentials");
        QTest::newRow("password") << int(OAuthGrant::Password) << true
                                  << QStringLiteral("password_credentials");
    }

    void oauth2RoundTrip()
    {
        QFETCH(int, grant);
        QFETCH(bool, pkce);
        QFETCH(QString, postmanGrant);
        Collection c;
        c.name = QStringLiteral("OAuth");
        HttpItem item;
        item.request.name = QStringLiteral("R");
        item.request.url = QStringLiteral("https://api.test/me");
        Auth &a = item.request.auth;
        a.kind = AuthKind::OAuth2;
        a.oauth2.grant = static_cast<OAuthGrant>(grant);
        a.oauth2.pkce = pkce;
        a.oauth2.authUrl = QStringLiteral("https://id.test/authorize");
        a.oauth2.tokenUrl = QStringLiteral("https://id.test/token");
        a.oauth2.clientId = QStringLiteral("cid");
        a.oauth2.clientSecret = QStringLiteral("{{clientSecret}}");
        a.oauth2.scope = QStringLiteral("openid api");
        a.oauth2.audience = QStringLiteral("urn:api");
        a.oauth2.resource = QStringLiteral("https://api.test/");
        a.oauth2.redirectUrl = QStringLiteral("http://127.0.0.1:8765/callback");
        a.oauth2.clientAuth = OAuthClientAuth::Body;
        a.oauth2.extraParams = {KeyValue{QStringLiteral("tenant"), QStringLiteral("t1"), true, {}}};
        if (a.oauth2.grant == OAuthGrant::Password) {
            a.username = QStringLiteral("ada");
            a.password = QStringLiteral("{{pw}}");
        }
        a.token = QStringLiteral("an-access-token-of-one-send");
        c.items.push_back(CollectionItem{item});
        ExportReport report;
        const QByteArray text = postmanJsonText(exportPostmanCollection(c, {}, &report));
        QVERIFY(!text.contains("an-access-token"));
        const QJsonObject block = firstRequestAuth(text);
        QCOMPARE(block.value(QLatin1String("type")).toString(), QStringLiteral("oauth2"));
        QCOMPARE(block.value(QLatin1String("oauth2"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 postmanGrant);
        const auto imported = importData(text, ImportFormat::Postman);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        Auth back = std::get<HttpItem>(imported->collection.items.at(0).node).request.auth;
        Auth expected = a;
        expected.token.clear();
        if (expected.oauth2.grant != OAuthGrant::AuthorizationCode)
            expected.oauth2.pkce = true; // only the code grant carries the PKCE choice
        QCOMPARE(back.oauth2, expected.oauth2);
        QVERIFY(back == expected);
    }

    void awsSigV4RoundTrip()
    {
        Collection c;
        c.name = QStringLiteral("AWS");
        HttpItem item;
        item.request.name = QStringLiteral("R");
        item.request.url = QStringLiteral("https://abc.execute-api.eu-west-3.amazonaws.com/prod");
        Auth &a = item.request.auth;
        a.kind = AuthKind::AwsSigV4;
        a.aws.accessKey = QStringLiteral("AKIDEXAMPLE");
        a.aws.secretKey = QStringLiteral("{{awsSecret}}");
        a.aws.sessionToken = QStringLiteral("{{awsSession}}");
        a.aws.region = QStringLiteral("eu-west-3");
        a.aws.service = QStringLiteral("execute-api");
        a.aws.inQuery = true;
        c.items.push_back(CollectionItem{item});
        const QByteArray text = postmanJsonText(exportPostmanCollection(c, {}, nullptr));
        const QJsonObject block = firstRequestAuth(text);
        QCOMPARE(block.value(QLatin1String("type")).toString(), QStringLiteral("awsv4"));
        QMap<QString, QJsonValue> params;
        for (const QJsonValue &p : block.value(QLatin1String("awsv4")).toArray())
            params.insert(p[QLatin1String("key")].toString(), p[QLatin1String("value")]);
        QCOMPARE(params.value(QStringLiteral("service")).toString(), QStringLiteral("execute-api"));
        QCOMPARE(params.value(QStringLiteral("secretKey")).toString(),
                 QStringLiteral("{{awsSecret}}"));
        QCOMPARE(params.value(QStringLiteral("addAuthDataToQuery")).toBool(), true);
        const auto imported = importData(text, ImportFormat::Postman);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(std::get<HttpItem>(imported->collection.items.at(0).node).request.auth == a);
    }

    void oauth1RoundTrip()
    {
        Collection c;
        c.name = QStringLiteral("OAuth1");
        HttpItem item;
        item.request.name = QStringLiteral("R");
        item.request.url = QStringLiteral("https://api.test/1.1/statuses");
        Auth &a = item.request.auth;
        a.kind = AuthKind::OAuth1;
        a.oauth1.signatureMethod = QStringLiteral("HMAC-SHA512");
        a.oauth1.consumerKey = QStringLiteral("ck");
        a.oauth1.consumerSecret = QStringLiteral("{{cs}}");
        a.oauth1.token = QStringLiteral("tok");
        a.oauth1.tokenSecret = QStringLiteral("{{ts}}");
        a.oauth1.callback = QStringLiteral("oob");
        a.oauth1.verifier = QStringLiteral("v");
        a.oauth1.realm = QStringLiteral("Photos");
        a.oauth1.nonce = QStringLiteral("n");
        a.oauth1.timestamp = QStringLiteral("1");
        a.oauth1.placement = OAuth1Placement::Query;
        a.oauth1.includeBodyHash = true;
        c.items.push_back(CollectionItem{item});
        const QByteArray text = postmanJsonText(exportPostmanCollection(c, {}, nullptr));
        const QJsonObject block = firstRequestAuth(text);
        QCOMPARE(block.value(QLatin1String("type")).toString(), QStringLiteral("oauth1"));
        QMap<QString, QJsonValue> params;
        for (const QJsonValue &p : block.value(QLatin1String("oauth1")).toArray())
            params.insert(p[QLatin1String("key")].toString(), p[QLatin1String("value")]);
        QCOMPARE(params.value(QStringLiteral("signatureMethod")).toString(),
                 QStringLiteral("HMAC-SHA512"));
        QCOMPARE(params.value(QStringLiteral("addParamsToHeader")).toBool(true), false);
        QCOMPARE(params.value(QStringLiteral("includeBodyHash")).toBool(), true);
        const auto imported = importData(text, ImportFormat::Postman);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(std::get<HttpItem>(imported->collection.items.at(0).node).request.auth == a);
    }

    void hawkRoundTrip()
    {
        Collection c;
        c.name = QStringLiteral("Hawk");
        HttpItem item;
        item.request.name = QStringLiteral("R");
        item.request.url = QStringLiteral("https://api.test/resource");
        Auth &a = item.request.auth;
        a.kind = AuthKind::Hawk;
        a.hawk.id = QStringLiteral("dh37fgj492je");
        a.hawk.key = QStringLiteral("{{hawkKey}}");
        a.hawk.algorithm = QStringLiteral("sha1");
        a.hawk.ext = QStringLiteral("x");
        a.hawk.app = QStringLiteral("a");
        a.hawk.dlg = QStringLiteral("d");
        a.hawk.nonce = QStringLiteral("n");
        a.hawk.timestamp = QStringLiteral("1");
        a.hawk.includePayloadHash = true;
        c.items.push_back(CollectionItem{item});
        const QByteArray text = postmanJsonText(exportPostmanCollection(c, {}, nullptr));
        const QJsonObject block = firstRequestAuth(text);
        QCOMPARE(block.value(QLatin1String("type")).toString(), QStringLiteral("hawk"));
        const auto imported = importData(text, ImportFormat::Postman);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(std::get<HttpItem>(imported->collection.items.at(0).node).request.auth == a);
    }

    /// The block as Postman 10 writes it (v2.1: a list of key/value/type; the boolean as a
    /// boolean).
    void awsSigV4FromPostman()
    {
        const QByteArray text =
            "{\"info\": {\"name\": \"S3\", \"schema\": "
            "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},"
            " \"auth\": {\"type\": \"awsv4\", \"awsv4\": ["
            "{\"key\": \"service\", \"value\": \"s3\", \"type\": \"string\"},"
            "{\"key\": \"region\", \"value\": \"eu-central-1\", \"type\": \"string\"},"
            "{\"key\": \"secretKey\", \"value\": \"{{aws_secret}}\", \"type\": \"string\"},"
            "{\"key\": \"accessKey\", \"value\": \"{{aws_key}}\", \"type\": \"string\"},"
            "{\"key\": \"addAuthDataToQuery\", \"value\": false, \"type\": \"boolean\"}]},"
            " \"item\": []}";
        const auto imported = importData(text, ImportFormat::Postman);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        const Auth &a = imported->collection.auth;
        QCOMPARE(a.kind, AuthKind::AwsSigV4);
        QCOMPARE(a.aws.service, QStringLiteral("s3"));
        QCOMPARE(a.aws.region, QStringLiteral("eu-central-1"));
        QCOMPARE(a.aws.accessKey, QStringLiteral("{{aws_key}}"));
        QCOMPARE(a.aws.secretKey, QStringLiteral("{{aws_secret}}"));
        QCOMPARE(a.aws.inQuery, false);
    }

    void environmentRoundTrip()
    {
        Environment env{
            QStringLiteral("Staging"),
            {Variable{QStringLiteral("base"), QStringLiteral("https://s.test"), true, false, {}},
             Variable{QStringLiteral("password"), QStringLiteral("hunter2"), true, true, {}},
             Variable{QStringLiteral("old"), QStringLiteral("1"), false, false, {}}}};
        ExportReport report;
        const QJsonObject doc = exportPostmanEnvironment(env, {}, &report);
        QCOMPARE(
            QJsonDocument(doc).toJson(QJsonDocument::Compact),
            QByteArray(R"({"_postman_variable_scope":"environment","name":"Staging","values":[)"
                       R"({"enabled":true,"key":"base","type":"default","value":"https://s.test"},)"
                       R"({"enabled":true,"key":"password","type":"secret","value":""},)"
                       R"({"enabled":false,"key":"old","type":"default","value":"1"}]})"));
        QCOMPARE(report.warnings,
                 QStringList{QStringLiteral(
                     "Staging: secret variable 'password' exported without its value")});

        PostmanExportOptions withSecrets;
        withSecrets.exportSecrets = true;
        const auto imported =
            importData(postmanJsonText(exportPostmanEnvironment(env, withSecrets)),
                       ImportFormat::PostmanEnvironment);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->environments.size(), 1);
        QVERIFY(imported->environments.first() == env);
    }
};

QTEST_GUILESS_MAIN(tst_ExportPostman)
#include "tst_exportpostman.moc"
