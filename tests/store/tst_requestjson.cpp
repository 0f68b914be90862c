// The JSON codecs of the store: lossless round trips of every model field, and strict,
// path-naming errors for wrong input.
#include "core/store/collectionjson.h"
#include "core/store/requestjson.h"
#include "core/store/websocketrequestjson.h"
#include "samplecollection.h"

#include <QJsonDocument>
#include <QtTest>

using namespace wirescope;

class tst_RequestJson : public QObject
{
    Q_OBJECT

private slots:
    void bodyRoundTrip_data();
    void bodyRoundTrip();
    void authRoundTrip_data();
    void authRoundTrip();
    void defaultsAreOmitted();
    void streamAsSseRoundTrip();
    void graphqlDefaultsAreOmitted_data();
    void graphqlDefaultsAreOmitted();
    void webSocketRoundTrip();
    void httpItemRoundTrip();
    void secretValueNeverWritten();
    void literalCredentialsNeverWritten_data();
    void literalCredentialsNeverWritten();
    void oauth2RoundTrip_data();
    void oauth2RoundTrip();
    void oauth2SecretsNeverWritten();
    void jwtKeyNeverWritten();
    void awsSecretsNeverWritten();
    void wrongInput_data();
    void wrongInput();
};

void tst_RequestJson::bodyRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("none") << int(BodyKind::None);
    QTest::newRow("raw") << int(BodyKind::Raw);
    QTest::newRow("urlencoded") << int(BodyKind::FormUrlEncoded);
    QTest::newRow("multipart") << int(BodyKind::Multipart);
    QTest::newRow("binary") << int(BodyKind::Binary);
    QTest::newRow("graphql") << int(BodyKind::GraphQL);
}

void tst_RequestJson::bodyRoundTrip()
{
    QFETCH(int, kind);
    const Request original = test::requestWithBody(static_cast<BodyKind>(kind));
    // Through text, as a file would be.
    const QByteArray text = QJsonDocument(toJson(original)).toJson();
    const Result<Request> back = requestFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back.value().body, original.body);
    QCOMPARE(back.value().settings, original.settings);
    QVERIFY(back.value() == original);
}

void tst_RequestJson::authRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("none") << int(AuthKind::None);
    QTest::newRow("inherit") << int(AuthKind::Inherit);
    QTest::newRow("basic") << int(AuthKind::Basic);
    QTest::newRow("bearer") << int(AuthKind::Bearer);
    QTest::newRow("apikey") << int(AuthKind::ApiKey);
    QTest::newRow("digest") << int(AuthKind::Digest);
    QTest::newRow("oauth2") << int(AuthKind::OAuth2);
    QTest::newRow("jwt") << int(AuthKind::Jwt);
    QTest::newRow("awsv4") << int(AuthKind::AwsSigV4);
    QTest::newRow("oauth1") << int(AuthKind::OAuth1);
    QTest::newRow("hawk") << int(AuthKind::Hawk);
}

void tst_RequestJson::authRoundTrip()
{
    QFETCH(int, kind);
    const Request original = test::requestWithAuth(static_cast<AuthKind>(kind));
    const QJsonObject json = toJson(original);
    QCOMPARE(json.contains(QLatin1String("auth")), kind != int(AuthKind::None));
    const Result<Request> back = requestFromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(back.value().auth.kind, original.auth.kind);
    QVERIFY(back.value() == original);
}

void tst_RequestJson::defaultsAreOmitted()
{
    Request r;
    r.id = QStringLiteral("x");
    r.name = QStringLiteral("n");
    r.url = QStringLiteral("http://a/");
    const QJsonObject json = toJson(r);
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("method"),
                                       QStringLiteral("name"), QStringLiteral("url")}));
    QVERIFY(requestFromJson(json).value() == r);

    WebSocketRequest ws;
    ws.url = QStringLiteral("ws://a/");
    QCOMPARE(toJson(ws).keys(),
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("url")}));
}

void tst_RequestJson::streamAsSseRoundTrip()
{
    Request r;
    r.id = QStringLiteral("sse");
    r.name = QStringLiteral("events");
    r.url = QStringLiteral("http://a/events");
    r.settings.streamAsSse = true;
    const QJsonObject json = toJson(r);
    QCOMPARE(json.value(QLatin1String("settings")).toObject().value(QLatin1String("streamAsSse")),
             QJsonValue(true));
    const Result<Request> back = requestFromJson(json);
    QVERIFY(back.ok());
    QVERIFY(back.value().settings.streamAsSse);
    QVERIFY(back.value() == r);
    // Off is the default and is not written (files of older versions read as off).
    r.settings.streamAsSse = false;
    QVERIFY(!toJson(r).contains(QLatin1String("settings")));
    QVERIFY(!requestFromJson(toJson(r)).value().settings.streamAsSse);
}

void tst_RequestJson::graphqlDefaultsAreOmitted_data()
{
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("operationName");
    QTest::addColumn<bool>("get");
    QTest::addColumn<QByteArray>("expected"); // the "body" object, compact, keys sorted
    QTest::newRow("query only") << QString() << QString() << false
                                << QByteArray(R"({"graphql":{"query":"{ a }"},"kind":"graphql"})");
    QTest::newRow("get transport")
        << QString() << QString() << true
        << QByteArray(R"({"graphql":{"query":"{ a }","transport":"get"},"kind":"graphql"})");
    QTest::newRow("everything")
        << QStringLiteral("{\"x\":1}") << QStringLiteral("A") << false
        << QByteArray(
               R"({"graphql":{"operationName":"A","query":"{ a }","variables":"{\"x\":1}"},"kind":"graphql"})");
}

void tst_RequestJson::graphqlDefaultsAreOmitted()
{
    QFETCH(QString, variables);
    QFETCH(QString, operationName);
    QFETCH(bool, get);
    QFETCH(QByteArray, expected);
    Body b;
    b.kind = BodyKind::GraphQL;
    b.graphql.query = QStringLiteral("{ a }");
    b.graphql.variables = variables;
    b.graphql.operationName = operationName;
    b.graphql.transport = get ? GraphQLTransport::Get : GraphQLTransport::Post;
    const QJsonObject json = toJson(b);
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact), expected);
    Request r;
    r.body = b;
    const Result<Request> back = requestFromJson(toJson(r));
    QVERIFY(back.ok());
    QCOMPARE(back.value().body, b);
}

void tst_RequestJson::webSocketRoundTrip()
{
    const Collection c = test::sampleCollection();
    const WebSocketRequest original = std::get<WebSocketItem>(c.items.at(1).node).request;
    const QJsonObject json = toJson(original);
    // Valid UTF-8 stays readable; other bytes go to base64.
    const QJsonArray messages = json.value(QLatin1String("savedMessages")).toArray();
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("payload")).toString(),
             QStringLiteral("{\"op\":\"hi\"}"));
    QVERIFY(messages.at(1).toObject().contains(QLatin1String("payloadBase64")));
    const Result<WebSocketRequest> back =
        webSocketRequestFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY(back.ok());
    QCOMPARE(back.value().savedMessages, original.savedMessages);
    QCOMPARE(back.value().settings, original.settings);
    QVERIFY(back.value() == original);
}

void tst_RequestJson::httpItemRoundTrip()
{
    const Collection c = test::sampleCollection();
    const HttpItem original = std::get<HttpItem>(c.items.at(0).node);
    const Result<HttpItem> back = httpItemFromJson(toJson(original));
    QVERIFY(back.ok());
    QCOMPARE(back.value().examples, original.examples);
    QCOMPARE(back.value().scripts, original.scripts);
    QCOMPARE(back.value().assertions, original.assertions);
    QCOMPARE(back.value().captures, original.captures);
    QVERIFY(back.value() == original);
}

void tst_RequestJson::secretValueNeverWritten()
{
    Environment env{
        QStringLiteral("e"),
        {Variable{QStringLiteral("token"), QStringLiteral("s3cr3t-value"), true, true, {}}}};
    const QByteArray text = QJsonDocument(toJson(env)).toJson();
    QVERIFY(!text.contains("s3cr3t-value"));
    QVERIFY(text.contains("\"secret\": true"));

    // A hand-edited file with a value on a secret variable does not load that value.
    QJsonObject edited = toJson(env);
    QJsonArray vars = edited.value(QLatin1String("variables")).toArray();
    QJsonObject v = vars.at(0).toObject();
    v.insert(QStringLiteral("value"), QStringLiteral("leaked"));
    vars.replace(0, v);
    edited.insert(QStringLiteral("variables"), vars);
    const Result<Environment> back = environmentFromJson(edited);
    QVERIFY(back.ok());
    QVERIFY(back.value().variables.at(0).secret);
    QCOMPARE(back.value().variables.at(0).value, QString());
}

void tst_RequestJson::literalCredentialsNeverWritten_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field"); // the auth field that holds the credential
    QTest::newRow("basic") << int(AuthKind::Basic) << QStringLiteral("password");
    QTest::newRow("digest") << int(AuthKind::Digest) << QStringLiteral("password");
    QTest::newRow("bearer") << int(AuthKind::Bearer) << QStringLiteral("token");
    QTest::newRow("apikey") << int(AuthKind::ApiKey) << QStringLiteral("apiKeyValue");
}

void tst_RequestJson::literalCredentialsNeverWritten()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    Request r = test::requestWithAuth(static_cast<AuthKind>(kind));
    r.auth.password = r.auth.kind == AuthKind::Basic || r.auth.kind == AuthKind::Digest
                          ? QStringLiteral("typed-auth-literal")
                          : QString();
    r.auth.token =
        r.auth.kind == AuthKind::Bearer ? QStringLiteral("typed-auth-literal") : QString();
    r.auth.apiKeyValue =
        r.auth.kind == AuthKind::ApiKey ? QStringLiteral("typed-auth-literal") : QString();
    r.settings.proxy = ProxySettings{ProxyMode::Http, QStringLiteral("proxy"), 3128,
                                     QStringLiteral("pu"), QStringLiteral("typed-proxy-literal")};
    r.settings.tls.clientCertificateFile = QStringLiteral("client.p12");
    r.settings.tls.clientKeyPassphrase = QStringLiteral("typed-tls-literal");

    const QJsonObject json = toJson(r);
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY2(!text.contains("literal"), text.constData());
    // Each object says which of its credentials the keychain holds.
    const QJsonObject auth = json.value(QLatin1String("auth")).toObject();
    QCOMPARE(auth.value(QLatin1String("keychain")).toArray(), QJsonArray{field});
    const QJsonObject settings = json.value(QLatin1String("settings")).toObject();
    QCOMPARE(settings.value(QLatin1String("proxy"))
                 .toObject()
                 .value(QLatin1String("keychain"))
                 .toArray(),
             QJsonArray{QStringLiteral("password")});
    QCOMPARE(
        settings.value(QLatin1String("tls")).toObject().value(QLatin1String("keychain")).toArray(),
        QJsonArray{QStringLiteral("clientKeyPassphrase")});

    // Read back: everything but the credentials.
    const Result<Request> back = requestFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back.ok());
    Request expected = r;
    expected.auth.password.clear();
    expected.auth.token.clear();
    expected.auth.apiKeyValue.clear();
    expected.settings.proxy.password.clear();
    expected.settings.tls.clientKeyPassphrase.clear();
    QVERIFY(back.value() == expected);
    QCOMPARE(back.value().auth.username, r.auth.username);

    // A reference to a variable is not a secret: it stays, and nothing is listed.
    r.auth.password = r.auth.password.isEmpty() ? QString() : QStringLiteral("{{pw}}");
    r.auth.token = r.auth.token.isEmpty() ? QString() : QStringLiteral("Bearer-{{pw}}");
    r.auth.apiKeyValue = r.auth.apiKeyValue.isEmpty() ? QString() : QStringLiteral("{{pw}}");
    const QJsonObject referring = toJson(r.auth);
    QVERIFY(!referring.contains(QLatin1String("keychain")));
    QVERIFY(referring.value(field).toString().contains(QLatin1String("{{pw}}")));

    // A WebSocket request's credentials follow the same rule.
    WebSocketRequest ws;
    ws.url = QStringLiteral("wss://example.test/");
    ws.auth = r.auth;
    ws.auth.password = ws.auth.password.isEmpty() ? QString() : QStringLiteral("typed-ws-literal");
    ws.auth.token = ws.auth.token.isEmpty() ? QString() : QStringLiteral("typed-ws-literal");
    ws.auth.apiKeyValue =
        ws.auth.apiKeyValue.isEmpty() ? QString() : QStringLiteral("typed-ws-literal");
    ws.settings.tls.clientKeyFile = QStringLiteral("key.pem");
    ws.settings.tls.clientKeyPassphrase = QStringLiteral("typed-ws-literal");
    QVERIFY(!QJsonDocument(toJson(ws)).toJson().contains("literal"));

    // A hand-written file may hold a literal value: it is read (the next save moves it).
    QJsonObject handWritten = auth;
    handWritten.remove(QLatin1String("keychain"));
    handWritten.insert(field, QStringLiteral("hand-written"));
    const Result<Auth> read = authFromJson(handWritten);
    QVERIFY(read.ok());
    QCOMPARE(read.value().password + read.value().token + read.value().apiKeyValue,
             QStringLiteral("hand-written"));
}

void tst_RequestJson::jwtKeyNeverWritten()
{
    Request r = test::requestWithAuth(AuthKind::Jwt);
    r.auth.jwt.key = QStringLiteral("-----BEGIN PRIVATE KEY-----typed-jwt-literal");
    const QJsonObject json = toJson(r);
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY2(!text.contains("literal"), text.constData());
    const QJsonObject jwt =
        json.value(QLatin1String("auth")).toObject().value(QLatin1String("jwt")).toObject();
    QCOMPARE(jwt.value(QLatin1String("keychain")).toArray(), QJsonArray{QStringLiteral("key")});
    QCOMPARE(jwt.value(QLatin1String("algorithm")).toString(), QStringLiteral("RS384"));
    QVERIFY(!jwt.contains(QLatin1String("headerPrefix"))); // the default is left out
    const Result<Request> back = requestFromJson(json);
    QVERIFY(back.ok());
    Request expected = r;
    expected.auth.jwt.key.clear(); // the keychain fills it in
    QVERIFY(back.value() == expected);
}

void tst_RequestJson::awsSecretsNeverWritten()
{
    Request r = test::requestWithAuth(AuthKind::AwsSigV4);
    r.auth.aws.secretKey = QStringLiteral("typed-aws-secret-literal");
    r.auth.aws.sessionToken = QStringLiteral("typed-aws-token-literal");
    const QJsonObject json = toJson(r);
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY2(!text.contains("literal"), text.constData());
    const QJsonObject aws =
        json.value(QLatin1String("auth")).toObject().value(QLatin1String("aws")).toObject();
    QCOMPARE(aws.value(QLatin1String("keychain")).toArray(),
             (QJsonArray{QStringLiteral("secretKey"), QStringLiteral("sessionToken")}));
    QCOMPARE(aws.value(QLatin1String("accessKey")).toString(), QStringLiteral("AKIDEXAMPLE"));
    QCOMPARE(aws.value(QLatin1String("region")).toString(), QStringLiteral("eu-west-3"));
    const Result<Request> back = requestFromJson(json);
    QVERIFY(back.ok());
    Request expected = r;
    expected.auth.aws.secretKey.clear(); // the keychain fills them in
    expected.auth.aws.sessionToken.clear();
    QVERIFY(back.value() == expected);
}

void tst_RequestJson::oauth2RoundTrip_data()
{
    QTest::addColumn<int>("grant");
    QTest::addColumn<QString>("name"); // as written in the file
    QTest::addColumn<bool>("pkce");
    QTest::addColumn<int>("clientAuth");
    QTest::newRow("code+pkce") << int(OAuthGrant::AuthorizationCode)
                               << QStringLiteral("authorization_code") << true
                               << int(OAuthClientAuth::BasicHeader);
    QTest::newRow("code without pkce")
        << int(OAuthGrant::AuthorizationCode) << QStringLiteral("authorization_code") << false
        << int(OAuthClientAuth::Body);
    QTest::newRow("client credentials")
        << int(OAuthGrant::ClientCredentials) << QStringLiteral("client_credentials") << true
        << int(OAuthClientAuth::Body);
    QTest::newRow("password") << int(OAuthGrant::Password) << QStringLiteral("password") << true
                              << int(OAuthClientAuth::BasicHeader);
    QTest::newRow("refresh token")
        << int(OAuthGrant::RefreshToken) << QStringLiteral("refresh_token") << true
        << int(OAuthClientAuth::BasicHeader);
}

void tst_RequestJson::oauth2RoundTrip()
{
    QFETCH(int, grant);
    QFETCH(QString, name);
    QFETCH(bool, pkce);
    QFETCH(int, clientAuth);
    Request r = test::requestWithAuth(AuthKind::OAuth2);
    OAuth2Settings &o = r.auth.oauth2;
    o.grant = static_cast<OAuthGrant>(grant);
    o.pkce = pkce;
    o.clientAuth = static_cast<OAuthClientAuth>(clientAuth);
    o.discoveryUrl = QStringLiteral("http://127.0.0.1:1/.well-known/openid-configuration");
    o.authUrl = QStringLiteral("http://127.0.0.1:1/authorize");
    o.resource = QStringLiteral("urn:api");
    o.redirectUrl = QStringLiteral("http://127.0.0.1:0/callback");
    o.refreshToken = QStringLiteral("{{refresh}}");
    r.auth.username = QStringLiteral("alice");
    r.auth.password = QStringLiteral("{{pw}}");
    const QByteArray text = QJsonDocument(toJson(r)).toJson();
    const QJsonObject written = QJsonDocument::fromJson(text)
                                    .object()
                                    .value(QLatin1String("auth"))
                                    .toObject()
                                    .value(QLatin1String("oauth2"))
                                    .toObject();
    QCOMPARE(written.value(QLatin1String("grant")).toString(), name);
    QCOMPARE(written.contains(QLatin1String("pkce")), !pkce); // true is the default
    const Result<Request> back = requestFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back.value().auth.oauth2, o);
    QVERIFY(back.value() == r);

    // An unknown grant is named, not silently read as another one.
    QJsonObject bad = QJsonDocument::fromJson(text).object();
    QJsonObject auth = bad.value(QLatin1String("auth")).toObject();
    QJsonObject oauth2 = auth.value(QLatin1String("oauth2")).toObject();
    oauth2.insert(QStringLiteral("grant"), QStringLiteral("implicit"));
    auth.insert(QStringLiteral("oauth2"), oauth2);
    bad.insert(QStringLiteral("auth"), auth);
    const Result<Request> refused = requestFromJson(bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("implicit")),
             qPrintable(refused.error().message));
}

void tst_RequestJson::oauth2SecretsNeverWritten()
{
    Request r = test::requestWithAuth(AuthKind::OAuth2);
    r.auth.oauth2.grant = OAuthGrant::Password;
    r.auth.oauth2.clientSecret = QStringLiteral("literal-client-secret");
    r.auth.oauth2.refreshToken = QStringLiteral("literal-refresh-token");
    r.auth.username = QStringLiteral("alice");
    r.auth.password = QStringLiteral("literal-password");
    r.auth.token = QStringLiteral("literal-access-token"); // an access token of one send

    const QJsonObject json = toJson(r);
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY2(!text.contains("literal"), text.constData());
    const QJsonObject auth = json.value(QLatin1String("auth")).toObject();
    QCOMPARE(auth.value(QLatin1String("keychain")).toArray(),
             QJsonArray{QStringLiteral("password")});
    QCOMPARE(
        auth.value(QLatin1String("oauth2")).toObject().value(QLatin1String("keychain")).toArray(),
        (QJsonArray{QStringLiteral("clientSecret"), QStringLiteral("refreshToken")}));

    // A token in a hand-edited file is not read back either.
    QJsonObject edited = json;
    QJsonObject editedAuth = auth;
    editedAuth.insert(QStringLiteral("token"), QStringLiteral("from-file"));
    edited.insert(QStringLiteral("auth"), editedAuth);
    const Result<Request> back = requestFromJson(edited);
    QVERIFY(back.ok());
    QCOMPARE(back.value().auth.token, QString());
    QCOMPARE(back.value().auth.oauth2.clientSecret, QString());
    QCOMPARE(back.value().auth.oauth2.clientId, r.auth.oauth2.clientId);
}

void tst_RequestJson::wrongInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("name not a string") << QByteArray(R"({"name": 5})")
                                       << QStringLiteral("name: expected a string, found a number");
    QTest::newRow("header row not an object")
        << QByteArray(R"({"headers": [{"name": "a", "value": "b"}, "x"]})")
        << QStringLiteral("headers[1]: expected an object, found a string");
    QTest::newRow("enabled not a bool")
        << QByteArray(
               R"({"body": {"kind": "urlencoded", "form": [{"name": "a", "enabled": "no"}]}})")
        << QStringLiteral("body.form[0].enabled: expected a boolean, found a string");
    QTest::newRow("unknown body kind") << QByteArray(R"({"body": {"kind": "xml-rpc"}})")
                                       << QStringLiteral("body.kind: unknown value \"xml-rpc\"");
    QTest::newRow("unknown auth kind") << QByteArray(R"({"auth": {"kind": "oauth3"}})")
                                       << QStringLiteral("auth.kind: unknown value \"oauth3\"");
    QTest::newRow("fractional timeout")
        << QByteArray(R"({"settings": {"timeoutMs": 1.5}})")
        << QStringLiteral("settings.timeoutMs: expected an integer");
    QTest::newRow("negative timeout") << QByteArray(R"({"settings": {"timeoutMs": -1}})")
                                      << QStringLiteral("settings.timeoutMs: -1 is out of range");
    QTest::newRow("port out of range")
        << QByteArray(R"({"settings": {"proxy": {"mode": "http", "port": 70000}}})")
        << QStringLiteral("settings.proxy.port: 70000 is out of range");
    QTest::newRow("huge int") << QByteArray(R"({"settings": {"maxRedirects": 1e300}})")
                              << QStringLiteral("settings.maxRedirects: expected an integer");
    QTest::newRow("ca files not strings")
        << QByteArray(R"({"settings": {"tls": {"caCertificateFiles": ["a", 1]}}})")
        << QStringLiteral("settings.tls.caCertificateFiles[1]: expected a string, found a number");
    QTest::newRow("bad base64 example")
        << QByteArray(R"({"examples": [{"name": "e", "bodyBase64": "!!!"}]})")
        << QStringLiteral("examples[0].bodyBase64: not valid base64");
    QTest::newRow("unknown assertion op")
        << QByteArray(R"({"assertions": [{"target": "status", "op": "approx"}]})")
        << QStringLiteral("assertions[0].op: unknown value \"approx\"");
    QTest::newRow("unknown graphql transport")
        << QByteArray(R"({"body": {"kind": "graphql", "graphql": {"transport": "ws"}}})")
        << QStringLiteral("body.graphql.transport: unknown value \"ws\"");
    QTest::newRow("graphql query not a string")
        << QByteArray(R"({"body": {"kind": "graphql", "graphql": {"query": ["a"]}}})")
        << QStringLiteral("body.graphql.query: expected a string, found an array");
    QTest::newRow("settings is an array")
        << QByteArray(R"({"settings": []})")
        << QStringLiteral("settings: expected an object, found an array");
}

void tst_RequestJson::wrongInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.isEmpty());
    const Result<HttpItem> item = httpItemFromJson(object);
    QVERIFY(!item.ok());
    QVERIFY2(item.error().message.startsWith(error), qPrintable(item.error().message));
    QCOMPARE(item.error().kind, Error::Kind::Parse);
}

QTEST_GUILESS_MAIN(tst_RequestJson)
#include "tst_requestjson.moc"
