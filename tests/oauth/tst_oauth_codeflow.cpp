// The authorization code grant with PKCE against the real oauth2-mock-server, the browser
// step driven by the test itself: it GETs the authorization URL, the server redirects to the
// loopback listener with code and state, and the flow exchanges the code with its verifier.
#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/oauth/authorizationcodeflow.h"
#include "core/oauth/jwt.h"
#include "core/oauth/loopbackredirectlistener.h"
#include "core/oauth/pkce.h"
#include "core/oauth/tokenclient.h"
#include "oauthtestutil.h"
#include "tests/support/testenv.h"

#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

using namespace wirescope;
using namespace wirescope::oauth;

class tst_OAuthCodeFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void browserStepThenPkceExchange();
    void wrongVerifierAndReplayedCodeAreRefused();
    void forgedStateIsRefused();
    void providerErrorIsNamed();
    void nonLoopbackRedirectIsRefused_data();
    void nonLoopbackRedirectIsRefused();
    void noRedirectTimesOut();

private:
    TokenRequest base() const;
    Exchange get(const QUrl &url, bool follow);
    /// Starts @p flow and returns the authorization URL it asks a browser to open.
    QUrl
    startFlow(AuthorizationCodeFlow &flow, const TokenRequest &r, int browserTimeoutMs = 20000);

    QUrl m_issuer;
    HttpClient m_http;
};

void tst_OAuthCodeFlow::initTestCase()
{
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_issuer = servers->oauth2;
}

TokenRequest tst_OAuthCodeFlow::base() const
{
    TokenRequest r;
    r.settings.grant = OAuthGrant::AuthorizationCode;
    r.settings.authUrl = m_issuer.toString() + QStringLiteral("/authorize");
    r.settings.tokenUrl = m_issuer.toString() + QStringLiteral("/token");
    r.settings.clientId = QStringLiteral("native-app");
    r.settings.scope = QStringLiteral("openid profile");
    r.timeoutMs = 10000;
    return r;
}

Exchange tst_OAuthCodeFlow::get(const QUrl &url, bool follow)
{
    Request r;
    r.url = url.toString(QUrl::FullyEncoded);
    r.settings.followRedirects = follow;
    r.settings.timeoutMs = 10000;
    RequestRun *run = m_http.send(r);
    std::optional<Exchange> done;
    connect(run, &RequestRun::finished, run, [&done](const Exchange &ex) { done = ex; });
    if (!QTest::qWaitFor([&done] { return done.has_value(); }, 15000))
        qWarning("exchange did not finish within 15 s");
    run->deleteLater();
    return done.value_or(Exchange{});
}

QUrl tst_OAuthCodeFlow::startFlow(AuthorizationCodeFlow &flow,
                                  const TokenRequest &r,
                                  int browserTimeoutMs)
{
    QUrl url;
    QObject guard;
    connect(&flow, &AuthorizationCodeFlow::authorizationUrlReady, &guard,
            [&url](const QUrl &u) { url = u; });
    flow.start(r, browserTimeoutMs);
    return url; // emitted synchronously by start() when listening succeeded
}

void tst_OAuthCodeFlow::browserStepThenPkceExchange()
{
    TokenClient tokens(&m_http);
    AuthorizationCodeFlow flow(&tokens);
    test::TokenOutcome out;
    connect(&flow, &AuthorizationCodeFlow::finished, this,
            [&out](const OAuthToken &t) { out.token = t; });
    connect(&flow, &AuthorizationCodeFlow::failed, this, [&out](const Error &e) { out.error = e; });
    const QUrl authUrl = startFlow(flow, base());
    QVERIFY(authUrl.isValid());

    const QUrlQuery q(authUrl);
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("native-app"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("openid profile"));
    const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QCOMPARE(redirect, flow.redirectUri());

    // The browser: authorize redirects to the loopback listener, which answers the page.
    const Exchange browser = get(authUrl, true);
    QVERIFY2(browser.ok(), qPrintable(browser.error ? browser.error->message : QString()));
    QCOMPARE(browser.redirects.size(), 1);
    const QUrlQuery back(QUrl(browser.redirects.first().location));
    QCOMPARE(back.queryItemValue(QStringLiteral("state")),
             q.queryItemValue(QStringLiteral("state")));
    QVERIFY(!back.queryItemValue(QStringLiteral("code")).isEmpty());
    QCOMPARE(browser.response->status, 200);
    QVERIFY(browser.response->body.read().contains("You can close this window"));

    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 15000);
    QVERIFY2(out.token, qPrintable(out.describe()));
    QCOMPARE(out.token->tokenType, QStringLiteral("Bearer"));
    QVERIFY(!out.token->refreshToken.isEmpty());
    const Result<DecodedJwt> id = Jwt::decode(out.token->idToken);
    QVERIFY(id.ok());
    QCOMPARE(id->payload.value(QLatin1String("aud")).toString(), QStringLiteral("native-app"));

    // One use: the listener is gone.
    QTcpSocket again;
    again.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!again.waitForConnected(2000) || !again.waitForReadyRead(500));
}

void tst_OAuthCodeFlow::wrongVerifierAndReplayedCodeAreRefused()
{
    // The pieces by hand, so the test picks the verifier the exchange sends.
    LoopbackRedirectListener listener;
    const QString state = QString::fromLatin1(Pkce::newState());
    const Result<QUrl> redirect = listener.listen(QString(), state, 20000);
    QVERIFY(redirect.ok());
    const QByteArray verifier = Pkce::newVerifier();
    const QUrl authUrl =
        AuthorizationCodeFlow::authorizationUrl(base().settings, redirect.value(), state,
                                                QString::fromLatin1(Pkce::s256Challenge(verifier)));
    QString code;
    connect(&listener, &LoopbackRedirectListener::codeReceived, this,
            [&code](const QString &c) { code = c; });
    QVERIFY(get(authUrl, true).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!code.isEmpty(), 10000);
    QVERIFY(!listener.isListening());

    TokenClient tokens(&m_http);
    TokenRequest r = base();
    r.grant = OAuthGrant::AuthorizationCode;
    r.code = code;
    r.redirectUri = redirect->toString();
    r.codeVerifier = QString::fromLatin1(Pkce::newVerifier()); // not the one challenged
    test::TokenOutcome wrong = test::waitForTicket(&tokens, &TokenClient::tokenReceived,
                                                   &TokenClient::failed, tokens.requestToken(r));
    QVERIFY(wrong.error);
    QVERIFY2(
        wrong.error->message.contains(QLatin1String("400 invalid_request: code_verifier provided "
                                                    "does not match code_challenge")),
        qPrintable(wrong.error->message));
    QVERIFY(!wrong.error->message.contains(code));

    // The server forgets the challenge after one exchange: the right verifier is now too late.
    r.codeVerifier = QString::fromLatin1(verifier);
    test::TokenOutcome replay = test::waitForTicket(&tokens, &TokenClient::tokenReceived,
                                                    &TokenClient::failed, tokens.requestToken(r));
    QVERIFY(replay.error);
    QVERIFY2(replay.error->message.contains(QLatin1String("code_challenge required")),
             qPrintable(replay.error->message));
}

void tst_OAuthCodeFlow::forgedStateIsRefused()
{
    TokenClient tokens(&m_http);
    AuthorizationCodeFlow flow(&tokens);
    std::optional<Error> failed;
    connect(&flow, &AuthorizationCodeFlow::failed, this, [&failed](const Error &e) { failed = e; });
    QVERIFY(startFlow(flow, base()).isValid());
    QUrl forged = flow.redirectUri();
    forged.setQuery(QStringLiteral("code=stolen&state=forged"));
    const Exchange ex = get(forged, false);
    QVERIFY(ex.ok());
    QCOMPARE(ex.response->status, 400);
    QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 5000);
    QVERIFY2(failed->message.contains(QLatin1String("state does not match")),
             qPrintable(failed->message));
    QVERIFY(!get(forged, false).ok()); // closed after the attempt
}

void tst_OAuthCodeFlow::providerErrorIsNamed()
{
    TokenClient tokens(&m_http);
    AuthorizationCodeFlow flow(&tokens);
    std::optional<Error> failed;
    connect(&flow, &AuthorizationCodeFlow::failed, this, [&failed](const Error &e) { failed = e; });
    const QUrl authUrl = startFlow(flow, base());
    QUrl denied = flow.redirectUri();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    q.addQueryItem(QStringLiteral("error_description"), QStringLiteral("the user said no"));
    q.addQueryItem(QStringLiteral("state"),
                   QUrlQuery(authUrl).queryItemValue(QStringLiteral("state")));
    denied.setQuery(q);
    QCOMPARE(get(denied, false).response.value_or(Response{}).status, 400);
    QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 5000);
    QCOMPARE(failed->message, QStringLiteral("authorization: the provider answered access_denied: "
                                             "the user said no"));
}

void tst_OAuthCodeFlow::nonLoopbackRedirectIsRefused_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::newRow("https elsewhere") << QStringLiteral("https://app.example.com/callback");
    QTest::newRow("http elsewhere") << QStringLiteral("http://example.com/callback");
    QTest::newRow("LAN address") << QStringLiteral("http://192.168.1.20:8080/callback");
    QTest::newRow("https loopback") << QStringLiteral("https://127.0.0.1:8443/callback");
    QTest::newRow("custom scheme") << QStringLiteral("com.example.app:/callback");
}

void tst_OAuthCodeFlow::nonLoopbackRedirectIsRefused()
{
    QFETCH(QString, redirect);
    TokenClient tokens(&m_http);
    AuthorizationCodeFlow flow(&tokens);
    std::optional<Error> failed;
    connect(&flow, &AuthorizationCodeFlow::failed, this, [&failed](const Error &e) { failed = e; });
    TokenRequest r = base();
    r.settings.redirectUrl = redirect;
    QVERIFY(!startFlow(flow, r).isValid()); // no authorization URL for a browser
    QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 5000);
    QVERIFY2(failed->message.contains(QLatin1String("is not http on a loopback address")),
             qPrintable(failed->message));
}

void tst_OAuthCodeFlow::noRedirectTimesOut()
{
    TokenClient tokens(&m_http);
    AuthorizationCodeFlow flow(&tokens);
    std::optional<Error> failed;
    connect(&flow, &AuthorizationCodeFlow::failed, this, [&failed](const Error &e) { failed = e; });
    QVERIFY(startFlow(flow, base(), 300).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 5000);
    QCOMPARE(failed->kind, Error::Kind::Timeout);
    QVERIFY2(failed->message.startsWith(QLatin1String("authorization: no redirect reached")),
             qPrintable(failed->message));
}

QTEST_GUILESS_MAIN(tst_OAuthCodeFlow)
#include "tst_oauth_codeflow.moc"
