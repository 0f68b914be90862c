// The JWT bearer auth against a real verifier: npm's `jsonwebtoken` (tests/support/node/
// jwt-server.js) checks each token Wirescope signs, HMAC with the shared secret and RSA with
// the test client certificate's key, in the Authorization header or the query. A wrong
// secret must be refused by the peer (so a passing row means the signature was checked), and
// every input mistake stops the send with words that name it. The same applier serves the
// WebSocket handshake and code generation.

#include "core/http/authapplier.h"
#include "core/http/httpclient.h"
#include "core/interop/codegen.h"
#include "core/websocket/wsrequestbuilder.h"
#include "exchangewaiter.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope;

namespace {

const QString kSecret = QStringLiteral("wirescope-jwt-secret");

Auth jwtAuth(const JwtSettings &jwt)
{
    Auth auth;
    auth.kind = AuthKind::Jwt;
    auth.jwt = jwt;
    return auth;
}

} // namespace

class tst_JwtAuth final : public QObject
{
    Q_OBJECT

    test::TestServers m_s;
    QString m_privateKey;
    std::unique_ptr<HttpClient> m_client;

    Request jwtRequest(const QString &path, const JwtSettings &jwt) const
    {
        Request r;
        r.method = QStringLiteral("GET");
        r.url = m_s.jwt.toString(QUrl::StripTrailingSlash) + path;
        r.auth.kind = AuthKind::Jwt;
        r.auth.jwt = jwt;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
        QFile key(m_s.clientKeyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_privateKey = QString::fromLatin1(key.readAll());
        QVERIFY(m_privateKey.contains(QLatin1String("PRIVATE KEY")));
        m_client = std::make_unique<HttpClient>();
    }

    void theVerifierAcceptsWhatWeSign_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("inQuery");
        for (const char *alg : {"HS256", "HS384", "HS512"})
            QTest::newRow(alg) << QString::fromLatin1(alg) << QStringLiteral("/hmac") << false;
        for (const char *alg : {"RS256", "RS384", "RS512"})
            QTest::newRow(alg) << QString::fromLatin1(alg) << QStringLiteral("/rsa") << false;
        QTest::newRow("HS256 in the query")
            << QStringLiteral("HS256") << QStringLiteral("/query") << true;
    }

    void theVerifierAcceptsWhatWeSign()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, path);
        QFETCH(bool, inQuery);
        JwtSettings jwt;
        jwt.algorithm = algorithm;
        jwt.key = algorithm.startsWith(u"HS") ? QStringLiteral("{{secret}}") : m_privateKey;
        jwt.payload = QStringLiteral(R"({"sub": "{{user}}", "admin": true, "exp": 4102444800})");
        jwt.header = QStringLiteral(R"({"kid": "key-1"})");
        jwt.inQuery = inQuery;
        VariableContext context;
        context.set(VariableScope::Environment, QStringLiteral("secret"), kSecret, true);
        context.set(VariableScope::Environment, QStringLiteral("user"), QStringLiteral("ada"));

        const Exchange exchange = sendAndWait(*m_client, jwtRequest(path, jwt), context);
        QVERIFY2(!exchange.error, qPrintable(exchange.error ? exchange.error->message : QString()));
        const QJsonObject body = responseJson(exchange);
        QVERIFY2(exchange.response->status == 200, QJsonDocument(body).toJson().constData());
        QCOMPARE(
            body.value(QLatin1String("header")).toObject().value(QLatin1String("alg")).toString(),
            algorithm);
        QCOMPARE(
            body.value(QLatin1String("header")).toObject().value(QLatin1String("kid")).toString(),
            QStringLiteral("key-1"));
        const QJsonObject claims = body.value(QLatin1String("claims")).toObject();
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("ada"));
        QCOMPARE(claims.value(QLatin1String("admin")).toBool(), true);
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), 4102444800LL);
    }

    void aWrongSecretIsRefusedByThePeer()
    {
        JwtSettings jwt;
        jwt.key = QStringLiteral("not-the-secret");
        jwt.payload = QStringLiteral(R"({"sub": "ada"})");
        const Exchange exchange = sendAndWait(*m_client, jwtRequest(QStringLiteral("/hmac"), jwt));
        QVERIFY(exchange.response);
        QCOMPARE(exchange.response->status, 401);
        QCOMPARE(responseJson(exchange).value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid signature"));
    }

    void aBase64SecretIsDecoded()
    {
        JwtSettings jwt;
        jwt.key = QString::fromLatin1(kSecret.toUtf8().toBase64());
        jwt.keyBase64 = true;
        jwt.payload = QStringLiteral(R"({"sub": "ada"})");
        const Exchange exchange = sendAndWait(*m_client, jwtRequest(QStringLiteral("/hmac"), jwt));
        QVERIFY(exchange.response);
        QCOMPARE(exchange.response->status, 200);
    }

    void mistakesStopTheSendWithWords_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("base64");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("words");
        const QString claims = QStringLiteral(R"({"sub": "ada"})");
        QTest::newRow("unknown algorithm")
            << QStringLiteral("ES256") << kSecret << false << claims
            << QStringLiteral("the algorithm \"ES256\" is not one of");
        QTest::newRow("empty secret") << QStringLiteral("HS256") << QString() << false << claims
                                      << QStringLiteral("the secret is empty");
        QTest::newRow("payload not JSON")
            << QStringLiteral("HS256") << kSecret << false << QStringLiteral(R"({"sub": "ada",})")
            << QStringLiteral("the payload is not valid JSON (at character");
        QTest::newRow("payload not an object")
            << QStringLiteral("HS256") << kSecret << false << QStringLiteral("[1, 2]")
            << QStringLiteral("the payload must be a JSON object");
        QTest::newRow("bad base64")
            << QStringLiteral("HS256") << QStringLiteral("***") << true << claims
            << QStringLiteral("marked as base64 but is not valid base64");
        QTest::newRow("RS without a PEM key")
            << QStringLiteral("RS256") << kSecret << false << claims
            << QStringLiteral("the key is not a PEM private key");
    }

    void mistakesStopTheSendWithWords()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, key);
        QFETCH(bool, base64);
        QFETCH(QString, payload);
        QFETCH(QString, words);
        JwtSettings jwt;
        jwt.algorithm = algorithm;
        jwt.key = key;
        jwt.keyBase64 = base64;
        jwt.payload = payload;
        const Exchange exchange = sendAndWait(*m_client, jwtRequest(QStringLiteral("/hmac"), jwt));
        QVERIFY(!exchange.response);
        QVERIFY(exchange.error);
        QCOMPARE(exchange.error->kind, Error::Kind::InvalidRequest);
        QVERIFY2(exchange.error->message.contains(words), qPrintable(exchange.error->message));
        QVERIFY2(exchange.error->message.startsWith(QLatin1String("JWT: ")),
                 qPrintable(exchange.error->message));
    }

    void theHandshakeAndGeneratedCodeCarryTheToken()
    {
        JwtSettings jwt;
        jwt.key = kSecret;
        jwt.payload = QStringLiteral(R"({"sub": "ada"})");
        jwt.headerPrefix = QStringLiteral("JWT");
        const Result<AuthParts> parts = authParts(jwtAuth(jwt), AuthUse::Http);
        QVERIFY(parts);
        QCOMPARE(parts->headers.size(), 1);
        const QString expected = parts->headers.first().value;
        QVERIFY2(expected.startsWith(QLatin1String("JWT eyJ")), qPrintable(expected));

        WebSocketRequest ws;
        ws.url = QStringLiteral("ws://127.0.0.1:1/socket");
        ws.auth.kind = AuthKind::Jwt;
        ws.auth.jwt = jwt;
        const auto prepared = prepareWebSocketRequest(ws);
        QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
        // HMAC over the same input gives the same token: the handshake sends what Send sends.
        QVERIFY(prepared->headers.contains(
            KeyValue{QStringLiteral("Authorization"), expected, true, {}}));

        Request request = jwtRequest(QStringLiteral("/hmac"), jwt);
        QStringList notes;
        const Result<QString> code = generateCode(request, CodeLanguage::Curl, {}, &notes);
        QVERIFY2(code, code ? "" : qPrintable(code.error().message));
        QVERIFY2(code->contains(QStringLiteral("Authorization: ") + expected), qPrintable(*code));
        QVERIFY2(notes.join(u' ').contains(QLatin1String("signed when this code was generated")),
                 qPrintable(notes.join(u'\n')));
    }
};

QTEST_MAIN(tst_JwtAuth)
#include "tst_jwtauth.moc"
