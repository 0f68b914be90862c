// The token client against the real oauth2-mock-server (tests/support/node/oauth2-server.js):
// discovery, each grant it supports with both client authentications, and errors that name
// the step and never carry a secret; an in-process fault server for a stalled endpoint and a
// 200 answer that is not JSON.
#include "../core/faultserver.h"
#include "core/http/httpclient.h"
#include "core/oauth/jwt.h"
#include "core/oauth/tokenclient.h"
#include "oauthtestutil.h"
#include "tests/support/testenv.h"

#include <QTcpServer>
#include <QtTest>

using namespace wirescope;
using namespace wirescope::oauth;

namespace {

constexpr auto kSecret = "s3cret-Value+/=&";

QJsonObject claims(const QString &jwt)
{
    const Result<DecodedJwt> d = Jwt::decode(jwt);
    return d ? d->payload : QJsonObject{};
}

} // namespace

class tst_OAuthTokenClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void discovery_data();
    void discovery();
    void clientCredentials_data();
    void clientCredentials();
    void passwordGrant();
    void refreshGrant();
    void shortLivedTokenIsExpired();
    void errors_data();
    void errors();

private:
    TokenRequest base(OAuthGrant grant) const;
    test::TokenOutcome request(const TokenRequest &r);

    QUrl m_issuer;
    HttpClient m_http;
    TokenClient m_client{&m_http};
    FaultServer m_faults;
};

void tst_OAuthTokenClient::initTestCase()
{
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_issuer = servers->oauth2;
    QVERIFY(m_issuer.isValid());
    QVERIFY(m_faults.listen());
}

TokenRequest tst_OAuthTokenClient::base(OAuthGrant grant) const
{
    TokenRequest r;
    r.grant = grant;
    r.settings.grant = grant;
    r.settings.tokenUrl = m_issuer.toString() + QStringLiteral("/token");
    r.settings.clientId = QStringLiteral("wirescope-client");
    r.settings.clientSecret = QString::fromLatin1(kSecret);
    r.timeoutMs = 10000;
    return r;
}

test::TokenOutcome tst_OAuthTokenClient::request(const TokenRequest &r)
{
    const quint64 ticket = m_client.requestToken(r);
    return test::waitForTicket(&m_client, &TokenClient::tokenReceived, &TokenClient::failed,
                               ticket);
}

void tst_OAuthTokenClient::discovery_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("issuer") << QString();
    QTest::newRow("issuer with slash") << QStringLiteral("/");
    QTest::newRow("well-known URL") << QStringLiteral("/.well-known/openid-configuration");
}

void tst_OAuthTokenClient::discovery()
{
    QFETCH(QString, suffix);
    const QString issuer = m_issuer.toString();
    const quint64 ticket = m_client.discover(issuer + suffix);
    std::optional<OAuthDiscovery> found;
    std::optional<Error> error;
    QObject guard;
    connect(&m_client, &TokenClient::discovered, &guard, [&](quint64 t, const OAuthDiscovery &d) {
        if (t == ticket)
            found = d;
    });
    connect(&m_client, &TokenClient::failed, &guard, [&](quint64 t, const Error &e) {
        if (t == ticket)
            error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(found || error, 20000);
    QVERIFY2(found, qPrintable(error->message));
    QCOMPARE(found->issuer, issuer);
    QCOMPARE(found->tokenEndpoint, issuer + QStringLiteral("/token"));
    QCOMPARE(found->authorizationEndpoint, issuer + QStringLiteral("/authorize"));
    QVERIFY(found->grantTypes.contains(QStringLiteral("client_credentials")));
    QVERIFY(found->codeChallengeMethods.contains(QStringLiteral("S256")));
}

void tst_OAuthTokenClient::clientCredentials_data()
{
    QTest::addColumn<int>("clientAuth");
    QTest::newRow("basic header") << int(OAuthClientAuth::BasicHeader);
    QTest::newRow("body") << int(OAuthClientAuth::Body);
}

void tst_OAuthTokenClient::clientCredentials()
{
    QFETCH(int, clientAuth);
    TokenRequest r = base(OAuthGrant::ClientCredentials);
    r.settings.clientAuth = static_cast<OAuthClientAuth>(clientAuth);
    r.settings.scope = QStringLiteral("read write");
    // The mock puts the "aud" form parameter into the token: proves extra parameters are sent.
    r.settings.extraParams = {
        KeyValue{QStringLiteral("aud"), QStringLiteral("urn:wirescope:api"), true, {}},
        KeyValue{QStringLiteral("ignored"), QStringLiteral("x"), false, {}}};
    const Request http = TokenClient::buildTokenRequest(r);
    QCOMPARE(containsName(http.headers, u"Authorization"),
             r.settings.clientAuth == OAuthClientAuth::BasicHeader);
    QCOMPARE(containsName(http.body.form, u"client_secret"),
             r.settings.clientAuth == OAuthClientAuth::Body);
    QVERIFY(!containsName(http.body.form, u"ignored"));

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const test::TokenOutcome out = request(r);
    QVERIFY2(out.token, qPrintable(out.describe()));
    QCOMPARE(out.token->tokenType, QStringLiteral("Bearer"));
    QCOMPARE(out.token->scope, QStringLiteral("read write"));
    QVERIFY(out.token->refreshToken.isEmpty()); // the mock grants none for client credentials
    QVERIFY(out.token->expiresAt >= before.addSecs(3600));
    QVERIFY(out.token->expiresAt <= QDateTime::currentDateTimeUtc().addSecs(3600));
    const QJsonObject c = claims(out.token->accessToken);
    QCOMPARE(c.value(QLatin1String("scope")).toString(), QStringLiteral("read write"));
    QCOMPARE(c.value(QLatin1String("aud")).toString(), QStringLiteral("urn:wirescope:api"));
    QCOMPARE(c.value(QLatin1String("iss")).toString(), m_issuer.toString());
}

void tst_OAuthTokenClient::passwordGrant()
{
    for (const OAuthClientAuth how : {OAuthClientAuth::BasicHeader, OAuthClientAuth::Body}) {
        TokenRequest r = base(OAuthGrant::Password);
        r.settings.clientAuth = how;
        r.username = QStringLiteral("ada");
        r.password = QStringLiteral("pass word");
        const test::TokenOutcome out = request(r);
        QVERIFY2(out.token, qPrintable(out.describe()));
        QCOMPARE(claims(out.token->accessToken).value(QLatin1String("sub")).toString(),
                 QStringLiteral("ada"));
        QVERIFY(!out.token->refreshToken.isEmpty());
        // The id token's audience is the client id the server read (Basic header or body).
        QCOMPARE(claims(out.token->idToken).value(QLatin1String("aud")).toString(),
                 QStringLiteral("wirescope-client"));
    }
}

void tst_OAuthTokenClient::refreshGrant()
{
    TokenRequest r = base(OAuthGrant::RefreshToken);
    r.refreshToken = QStringLiteral("a-refresh-token");
    r.settings.scope = QStringLiteral("openid offline");
    const test::TokenOutcome out = request(r);
    QVERIFY2(out.token, qPrintable(out.describe()));
    QCOMPARE(out.token->scope, QStringLiteral("openid offline"));
    QVERIFY(!out.token->refreshToken.isEmpty());
    QVERIFY(out.token->refreshToken != r.refreshToken);
}

void tst_OAuthTokenClient::shortLivedTokenIsExpired()
{
    TokenRequest r = base(OAuthGrant::ClientCredentials);
    r.settings.scope = QStringLiteral("short-lived"); // the launcher answers expires_in 1
    const test::TokenOutcome out = request(r);
    QVERIFY2(out.token, qPrintable(out.describe()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(out.token->isExpired(now));      // within the 30 s margin
    QVERIFY(!out.token->isExpired(now, -5)); // but not actually past its expiry yet
}

void tst_OAuthTokenClient::errors_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<QString>("expected"); // a part of the message; %1 = the token URL
    QTest::addColumn<int>("kind");
    QTest::newRow("invalid_client JSON")
        << QStringLiteral("wrong-client")
        << QStringLiteral("token request to %1: the server answered 401 invalid_client: unknown "
                          "client wrong-client")
        << int(Error::Kind::InvalidRequest);
    QTest::newRow("HTML error page")
        << QStringLiteral("html")
        << QStringLiteral("token request to %1: the server answered 500 with text/html")
        << int(Error::Kind::Other);
    QTest::newRow("200 but not JSON")
        << QStringLiteral("not-json")
        << QStringLiteral(
               "token request to %1: the server answered 200 with text/plain, not a JSON object")
        << int(Error::Kind::Parse);
    QTest::newRow("stalled endpoint")
        << QStringLiteral("stall") << QStringLiteral("token request to %1: ")
        << int(Error::Kind::Timeout);
    QTest::newRow("nothing listens")
        << QStringLiteral("refused") << QStringLiteral("token request to %1: ")
        << int(Error::Kind::ConnectionRefused);
    QTest::newRow("no token URL") << QStringLiteral("no-url")
                                  << QStringLiteral("token request: no token URL is set")
                                  << int(Error::Kind::InvalidRequest);
}

void tst_OAuthTokenClient::errors()
{
    QFETCH(QString, case_);
    QFETCH(QString, expected);
    QFETCH(int, kind);
    TokenRequest r = base(OAuthGrant::Password);
    r.username = QStringLiteral("ada");
    r.password = QStringLiteral("user-password-value");
    if (case_ == QLatin1String("wrong-client")) {
        r.settings.clientId = QStringLiteral("wrong-client");
    } else if (case_ == QLatin1String("html")) {
        // The mock's express app answers a repeated scope with its HTML error page (500).
        r.settings.scope = QStringLiteral("a");
        r.settings.extraParams = {KeyValue{QStringLiteral("scope"), QStringLiteral("b"), true, {}}};
    } else if (case_ == QLatin1String("not-json")) {
        r.settings.tokenUrl = m_faults.url(QStringLiteral("/raw-echo")).toString();
    } else if (case_ == QLatin1String("stall")) {
        r.settings.tokenUrl = m_faults.url(QStringLiteral("/stall-head")).toString();
        r.timeoutMs = 500;
    } else if (case_ == QLatin1String("refused")) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        r.settings.tokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(probe.serverPort());
        probe.close();
    } else if (case_ == QLatin1String("no-url")) {
        r.settings.tokenUrl.clear();
    }
    const test::TokenOutcome out = request(r);
    QVERIFY2(out.error, "expected an error");
    const QString message = out.error->message;
    QVERIFY2(message.startsWith(expected.arg(r.settings.tokenUrl)), qPrintable(message));
    QCOMPARE(int(out.error->kind), kind);
    // No secret in what a person or a log would see, in any spelling the request used.
    const QByteArray rawPair = QUrl::toPercentEncoding(r.settings.clientId) + QByteArray(":")
                               + QUrl::toPercentEncoding(QString::fromLatin1(kSecret));
    const QString pair = QString::fromLatin1(rawPair.toBase64());
    for (const QString &secret :
         {QString::fromLatin1(kSecret),
          QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(kSecret))), pair,
          r.password}) {
        QVERIFY2(!message.contains(secret), qPrintable(message));
        QVERIFY2(!out.error->detail.contains(secret), qPrintable(out.error->detail));
    }
    if (case_ == QLatin1String("not-json")) // the echoed head was quoted, with the header cut out
        QVERIFY2(message.contains(QLatin1String("Basic {{redacted}}")), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_OAuthTokenClient)
#include "tst_oauth_tokenclient.moc"
