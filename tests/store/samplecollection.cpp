#include "samplecollection.h"

namespace wirescope::test {

namespace {

HttpItem item(const Request &request)
{
    HttpItem out;
    out.request = request;
    return out;
}

KeyValueList someHeaders()
{
    return {KeyValue{QStringLiteral("Accept"), QStringLiteral("application/json"), true, {}},
            KeyValue{QStringLiteral("X-Trace"), QStringLiteral("{{trace}}"), false,
                     QStringLiteral("off by default")},
            KeyValue{QStringLiteral("X-Dup"), QStringLiteral("a"), true, {}},
            KeyValue{QStringLiteral("X-Dup"), QStringLiteral("b"), true, {}}};
}

RequestSettings fullSettings()
{
    RequestSettings s;
    s.timeoutMs = 30000;
    s.inactivityTimeoutMs = 5000;
    s.followRedirects = false;
    s.maxRedirects = 3;
    s.httpVersion = HttpVersionPolicy::Http2PriorKnowledge;
    s.tls.insecure = true;
    s.tls.ignoredErrors = {IgnoredTlsError{14, QStringLiteral("ab12cd")}, IgnoredTlsError{9, {}}};
    s.tls.caCertificateFiles = {QStringLiteral("/etc/ca1.pem"), QStringLiteral("ca2.pem")};
    s.tls.clientCertificateFile = QStringLiteral("client.p12");
    s.tls.clientKeyFile = QStringLiteral("client.key");
    s.tls.clientKeyPassphrase = QStringLiteral("{{p12pass}}");
    s.proxy = ProxySettings{ProxyMode::Socks5, QStringLiteral("127.0.0.1"), 1080,
                            QStringLiteral("u"), QStringLiteral("{{proxyPass}}")};
    s.useCookieJar = false;
    s.maxResponseBytes = 5LL * 1024 * 1024 * 1024;
    return s;
}

Request baseRequest(const QString &name)
{
    Request r;
    r.id = QStringLiteral("req-") + name;
    r.name = name;
    r.method = QStringLiteral("POST");
    r.url = QStringLiteral("{{base}}/users/:id?page=2");
    r.queryParams = {
        KeyValue{QStringLiteral("page"), QStringLiteral("2"), true, {}},
        KeyValue{QStringLiteral("debug"), QStringLiteral("1"), false, QStringLiteral("d")}};
    r.pathVariables = {KeyValue{QStringLiteral("id"), QStringLiteral("42"), true, {}}};
    r.headers = someHeaders();
    r.description = QStringLiteral("Line one\nLine two — ünïcödé ✓");
    return r;
}

} // namespace

Request requestWithBody(BodyKind kind)
{
    Request r = baseRequest(QStringLiteral("body ") + Body::kindName(kind));
    r.body.kind = kind;
    switch (kind) {
    case BodyKind::None:
        break;
    case BodyKind::Raw:
        r.body.language = RawLanguage::Json;
        r.body.raw = QStringLiteral("{\n  \"a\": \"{{value}}\",\n  \"tab\": \"\t\"\n}");
        break;
    case BodyKind::FormUrlEncoded:
        r.body.form = {
            KeyValue{QStringLiteral("a"), QStringLiteral("1 2"), true, {}},
            KeyValue{QStringLiteral("b"), QStringLiteral("&="), false, QStringLiteral("x")}};
        break;
    case BodyKind::Multipart:
        r.body.multipart = {
            MultipartPart{QStringLiteral("text"),
                          QStringLiteral("v"),
                          false,
                          {},
                          QStringLiteral("text/csv"),
                          true},
            MultipartPart{
                QStringLiteral("file"), {}, true, QStringLiteral("/tmp/a b.png"), {}, false}};
        break;
    case BodyKind::Binary:
        r.body.binaryFilePath = QStringLiteral("data/blob.bin");
        r.body.binaryContentType = QStringLiteral("application/x-thing");
        break;
    case BodyKind::GraphQL:
        r.body.graphql.query =
            QStringLiteral("query Book($id: ID!) {\n  book(id: $id) { title author { name } }\n}");
        r.body.graphql.variables = QStringLiteral("{\n  \"id\": \"{{bookId}}\"\n}");
        r.body.graphql.operationName = QStringLiteral("Book");
        r.body.graphql.transport = GraphQLTransport::Get;
        break;
    }
    r.settings = fullSettings();
    return r;
}

Request requestWithAuth(AuthKind kind)
{
    Request r = baseRequest(QStringLiteral("auth ") + Auth::kindName(kind));
    r.auth.kind = kind;
    switch (kind) {
    case AuthKind::None:
    case AuthKind::Inherit:
        break;
    case AuthKind::Basic:
    case AuthKind::Digest:
        r.auth.username = QStringLiteral("alice");
        r.auth.password = QStringLiteral("{{password}}");
        break;
    case AuthKind::Bearer:
        r.auth.token = QStringLiteral("{{token}}");
        break;
    case AuthKind::ApiKey:
        r.auth.apiKeyName = QStringLiteral("X-Api-Key");
        r.auth.apiKeyValue = QStringLiteral("{{apiKey}}");
        r.auth.apiKeyLocation = ApiKeyLocation::Query;
        break;
    case AuthKind::OAuth2:
        r.auth.oauth2.grant = OAuthGrant::ClientCredentials;
        r.auth.oauth2.tokenUrl = QStringLiteral("{{issuer}}/token");
        r.auth.oauth2.clientId = QStringLiteral("wirescope-test");
        r.auth.oauth2.clientSecret = QStringLiteral("{{clientSecret}}");
        r.auth.oauth2.scope = QStringLiteral("read write");
        r.auth.oauth2.audience = QStringLiteral("https://api.example.test");
        r.auth.oauth2.clientAuth = OAuthClientAuth::Body;
        r.auth.oauth2.extraParams = {
            KeyValue{QStringLiteral("prompt"), QStringLiteral("none"), true, {}}};
        break;
    case AuthKind::Jwt:
        r.auth.jwt.algorithm = QStringLiteral("RS384");
        r.auth.jwt.key = QStringLiteral("{{privateKey}}");
        r.auth.jwt.payload = QStringLiteral(R"({"sub": "{{user}}"})");
        r.auth.jwt.header = QStringLiteral(R"({"kid": "k1"})");
        r.auth.jwt.inQuery = true;
        r.auth.jwt.queryParam = QStringLiteral("jwt");
        break;
    case AuthKind::AwsSigV4:
        r.auth.aws.accessKey = QStringLiteral("AKIDEXAMPLE");
        r.auth.aws.secretKey = QStringLiteral("{{awsSecret}}");
        r.auth.aws.sessionToken = QStringLiteral("{{awsSession}}");
        r.auth.aws.region = QStringLiteral("eu-west-3");
        r.auth.aws.service = QStringLiteral("execute-api");
        r.auth.aws.inQuery = true;
        r.auth.aws.unsignedPayload = true;
        break;
    case AuthKind::OAuth1:
        r.auth.oauth1.signatureMethod = QStringLiteral("RSA-SHA256");
        r.auth.oauth1.consumerKey = QStringLiteral("ck");
        r.auth.oauth1.consumerSecret = QStringLiteral("{{consumerSecret}}");
        r.auth.oauth1.token = QStringLiteral("{{token}}");
        r.auth.oauth1.tokenSecret = QStringLiteral("{{tokenSecret}}");
        r.auth.oauth1.privateKey = QStringLiteral("{{pem}}");
        r.auth.oauth1.callback = QStringLiteral("oob");
        r.auth.oauth1.verifier = QStringLiteral("v1");
        r.auth.oauth1.realm = QStringLiteral("Photos");
        r.auth.oauth1.nonce = QStringLiteral("n");
        r.auth.oauth1.timestamp = QStringLiteral("1");
        r.auth.oauth1.version.clear();
        r.auth.oauth1.placement = OAuth1Placement::Body;
        r.auth.oauth1.includeBodyHash = true;
        break;
    case AuthKind::Hawk:
        r.auth.hawk.id = QStringLiteral("dh37fgj492je");
        r.auth.hawk.key = QStringLiteral("{{hawkKey}}");
        r.auth.hawk.algorithm = QStringLiteral("sha1");
        r.auth.hawk.ext = QStringLiteral("some-app-ext-data");
        r.auth.hawk.app = QStringLiteral("app");
        r.auth.hawk.dlg = QStringLiteral("dlg");
        r.auth.hawk.nonce = QStringLiteral("j4h3g2");
        r.auth.hawk.timestamp = QStringLiteral("1353832234");
        r.auth.hawk.includePayloadHash = true;
        break;
    }
    return r;
}

Collection sampleCollection()
{
    Collection c;
    c.id = QStringLiteral("6f1c2a8e-0000-4000-8000-000000000001");
    c.name = QStringLiteral("Sample API");
    c.description = QStringLiteral("Everything the store writes");
    c.auth = Auth{};
    c.auth.kind = AuthKind::Bearer;
    c.auth.token = QStringLiteral("{{token}}");
    c.headers = {
        KeyValue{QStringLiteral("User-Agent"), QStringLiteral("wirescope-test"), true, {}}};
    c.variables = {Variable{QStringLiteral("base"), QStringLiteral("http://127.0.0.1:8080"), true,
                            false, QStringLiteral("root")},
                   Variable{QStringLiteral("off"), QStringLiteral("x"), false, false, {}},
                   Variable{QStringLiteral("token"), {}, true, true, {}}};
    c.scripts = {ImportedScript{QStringLiteral("prerequest"),
                                QStringLiteral("pm.environment.set('a', 1);")}};

    HttpItem withExamples = item(requestWithBody(BodyKind::Raw));
    withExamples.examples = {
        ExampleResponse{QStringLiteral("ok"), 200, QStringLiteral("OK"), someHeaders(),
                        QByteArray("{\"id\": 42}\n")},
        ExampleResponse{
            QStringLiteral("binary"), 500, {}, {}, QByteArray("\x00\xff\xfe\x01 bytes", 10)},
        ExampleResponse{QStringLiteral("empty"), 0, {}, {}, {}}};
    withExamples.scripts = {ImportedScript{QStringLiteral("test"), QStringLiteral("pm.test('x')")}};
    Assertion status;
    status.expected = QStringLiteral("200");
    Assertion range;
    range.target = Assertion::Target::JsonPath;
    range.property = QStringLiteral("$.items[0].price");
    range.op = Assertion::Op::InRange;
    range.expected = QStringLiteral("1");
    range.expected2 = QStringLiteral("10");
    range.enabled = false;
    withExamples.assertions = {status, range};
    Capture token;
    token.variable = QStringLiteral("token");
    token.expression = QStringLiteral("$.token");
    Capture header;
    header.variable = QStringLiteral("etag");
    header.source = Capture::Source::Header;
    header.expression = QStringLiteral("ETag");
    header.enabled = false;
    withExamples.captures = {token, header};
    c.items.push_back(CollectionItem{withExamples});

    WebSocketRequest ws;
    ws.id = QStringLiteral("ws-1");
    ws.name = QStringLiteral("Live feed");
    ws.url = QStringLiteral("wss://{{host}}/feed");
    ws.headers = {
        KeyValue{QStringLiteral("Origin"), QStringLiteral("https://example.test"), true, {}}};
    ws.subprotocols = {QStringLiteral("graphql-ws"), QStringLiteral("chat")};
    ws.auth = Auth{};
    ws.auth.kind = AuthKind::Basic;
    ws.auth.username = QStringLiteral("u");
    ws.auth.password = QStringLiteral("{{pw}}");
    ws.settings.connectTimeoutMs = 2000;
    ws.settings.autoReconnect = true;
    ws.settings.reconnectInitialDelayMs = 100;
    ws.settings.reconnectMaxDelayMs = 1000;
    ws.settings.pingIntervalMs = 15000;
    ws.settings.maxMessageBytes = 1024;
    ws.settings.logCapacity = 500;
    ws.settings.tls.caCertificateFiles = {QStringLiteral("ca.pem")};
    ws.settings.proxy = ProxySettings{ProxyMode::Http, QStringLiteral("proxy"), 3128, {}, {}};
    ws.savedMessages = {
        SavedWsMessage{QStringLiteral("hello"), WsPayloadKind::Text, QByteArray("{\"op\":\"hi\"}")},
        SavedWsMessage{QStringLiteral("raw"), WsPayloadKind::Binary, QByteArray("\x01\x02\xff", 3)},
        SavedWsMessage{QStringLiteral("utf8 bin"), WsPayloadKind::Binary, QByteArray("abc")}};
    ws.description = QStringLiteral("socket");
    c.items.push_back(CollectionItem{WebSocketItem{ws}});

    Folder bodies;
    bodies.id = QStringLiteral("folder-bodies");
    bodies.name = QStringLiteral("Bodies");
    bodies.description = QStringLiteral("one request per body kind");
    bodies.auth = Auth{};
    bodies.auth.kind = AuthKind::Inherit;
    bodies.headers = {KeyValue{QStringLiteral("X-Folder"), QStringLiteral("1"), true, {}}};
    bodies.variables = {Variable{QStringLiteral("folderVar"), QStringLiteral("f"), true, false, {}},
                        Variable{QStringLiteral("folderSecret"), {}, true, true, {}}};
    bodies.scripts = {ImportedScript{QStringLiteral("test"), QStringLiteral("// folder")}};
    for (BodyKind kind : {BodyKind::None, BodyKind::Raw, BodyKind::FormUrlEncoded,
                          BodyKind::Multipart, BodyKind::Binary})
        bodies.children.push_back(CollectionItem{item(requestWithBody(kind))});

    Folder auths;
    auths.id = QStringLiteral("folder-auth");
    auths.name = QStringLiteral("Auth kinds");
    for (AuthKind kind : {AuthKind::None, AuthKind::Inherit, AuthKind::Basic, AuthKind::Bearer,
                          AuthKind::ApiKey, AuthKind::Digest, AuthKind::OAuth2})
        auths.children.push_back(CollectionItem{item(requestWithAuth(kind))});
    Folder empty;
    empty.id = QStringLiteral("folder-empty");
    empty.name = QStringLiteral("Empty");
    auths.children.push_back(CollectionItem{empty});
    bodies.children.push_back(CollectionItem{auths});
    c.items.push_back(CollectionItem{bodies});

    Request plain;
    plain.id = QStringLiteral("plain");
    plain.name = QStringLiteral("Plain GET");
    plain.url = QStringLiteral("http://127.0.0.1/");
    c.items.push_back(CollectionItem{item(plain)});

    c.environments = {
        Environment{
            QStringLiteral("Staging"),
            {Variable{QStringLiteral("base"), QStringLiteral("https://staging"), true, false, {}},
             Variable{QStringLiteral("token"), {}, true, true, QStringLiteral("from keychain")}}},
        Environment{
            QStringLiteral("Local"),
            {Variable{
                QStringLiteral("base"), QStringLiteral("http://localhost"), true, false, {}}}}};
    return c;
}

} // namespace wirescope::test
