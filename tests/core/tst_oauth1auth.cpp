// The OAuth 1.0a auth against a real verifier: npm's `oauth-1.0a` (tests/support/node/
// oauth1-server.js) rebuilds the signature base string of each request as received and checks
// the signature (HMAC-SHA1/256/512 and PLAINTEXT recomputed, RSA-SHA* verified with the test
// certificate's public key), with the parameters in the header, the query or a form body. A
// wrong secret must be refused by the peer (so a passing row means the signature was checked),
// and Twitter's documented signing example gives its documented signature.

#include "core/http/httpclient.h"
#include "core/http/oauth1auth.h"
#include "core/interop/codegen.h"
#include "exchangewaiter.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope;

namespace {

OAuth1Settings settings(const QString &method = QStringLiteral("HMAC-SHA1"))
{
    OAuth1Settings o;
    o.signatureMethod = method;
    o.consumerKey = QStringLiteral("wirescope-consumer");
    o.consumerSecret = QStringLiteral("wirescope-consumer-secret");
    o.token = QStringLiteral("wirescope-token");
    o.tokenSecret = QStringLiteral("wirescope-token-secret");
    return o;
}

} // namespace

class tst_OAuth1Auth final : public QObject
{
    Q_OBJECT

    test::TestServers m_s;
    QString m_privateKey;
    std::unique_ptr<HttpClient> m_client;

    Request oauthRequest(const QString &method,
                         const QString &pathAndQuery,
                         const OAuth1Settings &oauth) const
    {
        Request r;
        r.method = method;
        r.url = m_s.oauth1.toString(QUrl::StripTrailingSlash) + pathAndQuery;
        r.auth.kind = AuthKind::OAuth1;
        r.auth.oauth1 = oauth;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
        QVERIFY(m_s.oauth1.isValid());
        QFile key(m_s.clientKeyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_privateKey = QString::fromLatin1(key.readAll());
        m_client = std::make_unique<HttpClient>();
    }

    /// Twitter's "Creating a signature" walk-through: its request, keys, nonce and timestamp
    /// give its signature, hCtSmYh+iHYCEqBWrE7C7hYmtUk=.
    void twitterDocumentedExample()
    {
        OAuth1Settings o;
        o.consumerKey = QStringLiteral("xvz1evFS4wEEPTGEFPHBog");
        o.consumerSecret = QStringLiteral("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw");
        o.token = QStringLiteral("370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb");
        o.tokenSecret = QStringLiteral("LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
        SignableRequest request;
        request.method = QStringLiteral("POST");
        request.url = QUrl(QStringLiteral(
            "https://api.twitter.com/1.1/statuses/update.json?include_entities=true"));
        request.body =
            "status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21";
        request.formBody = true;
        const OAuth1Draft draft{QStringLiteral("kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"),
                                QStringLiteral("1318622958")};
        const Result<void> signedOk = signOAuth1(o, request, draft);
        QVERIFY2(signedOk, signedOk ? "" : qPrintable(signedOk.error().message));
        QCOMPARE(request.headers.size(), 1);
        const QString header = request.headers.first().value;
        QVERIFY2(header.startsWith(QLatin1String("OAuth ")), qPrintable(header));
        QVERIFY2(
            header.contains(QLatin1String("oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\"")),
            qPrintable(header));
    }

    void theVerifierAcceptsWhatWeSign_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("httpMethod");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("placement");
        QTest::addColumn<int>("body"); // BodyKind
        QTest::addColumn<bool>("bodyHash");
        QTest::addColumn<bool>("withToken");
        // (oauth-1.0a merges the query over the form by name: the two share no name here.)
        const int header = int(OAuth1Placement::Header);
        const int query = int(OAuth1Placement::Query);
        const int inBody = int(OAuth1Placement::Body);
        const int none = int(BodyKind::None);
        const int form = int(BodyKind::FormUrlEncoded);
        const int json = int(BodyKind::Raw);
        const QString q = QStringLiteral("/1.1/items?b=2&a=x%20y&a=1&empty=&tilde=~");
        QTest::newRow("HMAC-SHA1, query to normalise")
            << "HMAC-SHA1"
            << "GET" << q << header << none << false << true;
        QTest::newRow("HMAC-SHA256, form body signed")
            << "HMAC-SHA256"
            << "POST" << q << header << form << false << true;
        QTest::newRow("HMAC-SHA512 in the query") << "HMAC-SHA512"
                                                  << "GET" << q << query << none << false << true;
        QTest::newRow("HMAC-SHA1 in the body")
            << "HMAC-SHA1"
            << "POST" << QStringLiteral("/x") << inBody << form << false << true;
        QTest::newRow("PLAINTEXT")
            << "PLAINTEXT"
            << "GET" << QStringLiteral("/x") << header << none << false << true;
        QTest::newRow("two-legged (no token)")
            << "HMAC-SHA1"
            << "GET" << QStringLiteral("/x") << header << none << false << false;
        QTest::newRow("JSON body with its hash")
            << "HMAC-SHA256"
            << "PUT" << QStringLiteral("/x") << header << json << true << true;
        QTest::newRow("RSA-SHA1") << "RSA-SHA1"
                                  << "GET" << q << header << none << false << true;
        QTest::newRow("RSA-SHA256, form body") << "RSA-SHA256"
                                               << "POST" << q << header << form << false << true;
        QTest::newRow("RSA-SHA512 in the query") << "RSA-SHA512"
                                                 << "GET" << q << query << none << false << false;
    }

    void theVerifierAcceptsWhatWeSign()
    {
        QFETCH(QString, method);
        QFETCH(QString, httpMethod);
        QFETCH(QString, path);
        QFETCH(int, placement);
        QFETCH(int, body);
        QFETCH(bool, bodyHash);
        QFETCH(bool, withToken);
        OAuth1Settings o = settings(method);
        o.consumerSecret = QStringLiteral("{{consumerSecret}}"); // resolved before signing
        o.placement = OAuth1Placement(placement);
        o.includeBodyHash = bodyHash;
        o.privateKey = m_privateKey;
        if (!withToken) {
            o.token.clear();
            o.tokenSecret.clear();
        }
        Request request = oauthRequest(httpMethod, path, o);
        request.body.kind = BodyKind(body);
        if (request.body.kind == BodyKind::FormUrlEncoded) {
            request.body.form = {KeyValue{QStringLiteral("status"),
                                          QStringLiteral("Hello Ladies, a signed request!"),
                                          true,
                                          {}},
                                 KeyValue{QStringLiteral("count"), QStringLiteral("3"), true, {}}};
        } else if (request.body.kind == BodyKind::Raw) {
            request.body.language = RawLanguage::Json;
            request.body.raw = QStringLiteral(R"({"name": "Ada"})");
        }
        VariableContext context;
        context.set(VariableScope::Environment, QStringLiteral("consumerSecret"),
                    QStringLiteral("wirescope-consumer-secret"), true);

        const Exchange exchange = sendAndWait(*m_client, request, context);
        QVERIFY2(!exchange.error, qPrintable(exchange.error ? exchange.error->message : QString()));
        const QJsonObject answer = responseJson(exchange);
        QVERIFY2(exchange.response->status == 200, QJsonDocument(answer).toJson().constData());
        const QString where = placement == int(OAuth1Placement::Header)  ? QStringLiteral("header")
                              : placement == int(OAuth1Placement::Query) ? QStringLiteral("query")
                                                                         : QStringLiteral("body");
        QCOMPARE(answer.value(QLatin1String("where")).toString(), where);
        const QJsonObject params = answer.value(QLatin1String("params")).toObject();
        QCOMPARE(params.value(QLatin1String("oauth_signature_method")).toString(), method);
        QCOMPARE(params.contains(QLatin1String("oauth_token")), withToken);
        QCOMPARE(params.contains(QLatin1String("oauth_body_hash")), bodyHash);
        QCOMPARE(params.value(QLatin1String("oauth_nonce")).toString().size(), 32);
        if (request.body.kind == BodyKind::FormUrlEncoded) // the form's fields were signed
            QVERIFY(answer.value(QLatin1String("baseString"))
                        .toString()
                        .contains(QLatin1String("status%3DHello%2520Ladies")));
    }

    void overridesAndOptionalParametersAreSent()
    {
        OAuth1Settings o = settings();
        o.nonce = QStringLiteral("fixed-nonce-1");
        o.timestamp = QStringLiteral("1700000000");
        o.realm = QStringLiteral("Photos");
        o.callback = QStringLiteral("http://127.0.0.1:9/callback?x=1");
        o.verifier = QStringLiteral("hfdp7dh39dks9884");
        o.version.clear(); // optional in RFC 5849: left out
        const Exchange exchange =
            sendAndWait(*m_client, oauthRequest(QStringLiteral("GET"), QStringLiteral("/x"), o));
        QVERIFY(exchange.response);
        const QJsonObject answer = responseJson(exchange);
        QVERIFY2(exchange.response->status == 200, QJsonDocument(answer).toJson().constData());
        const QJsonObject params = answer.value(QLatin1String("params")).toObject();
        QCOMPARE(params.value(QLatin1String("oauth_nonce")).toString(), o.nonce);
        QCOMPARE(params.value(QLatin1String("oauth_timestamp")).toString(), o.timestamp);
        QCOMPARE(params.value(QLatin1String("oauth_callback")).toString(), o.callback);
        QCOMPARE(params.value(QLatin1String("oauth_verifier")).toString(), o.verifier);
        QVERIFY(!params.contains(QLatin1String("oauth_version")));
        QCOMPARE(answer.value(QLatin1String("realm")).toString(), o.realm);
    }

    void wrongCredentialsAreRefusedByThePeer_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("consumerSecret");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("error");
        const QString token = QStringLiteral("wirescope-token");
        QTest::newRow("wrong consumer secret") << "HMAC-SHA1" << QStringLiteral("not-it") << token
                                               << QStringLiteral("signature_invalid");
        QTest::newRow("wrong secret, PLAINTEXT") << "PLAINTEXT" << QStringLiteral("not-it") << token
                                                 << QStringLiteral("signature_invalid");
        QTest::newRow("unknown token")
            << "HMAC-SHA1" << QStringLiteral("wirescope-consumer-secret")
            << QStringLiteral("nobody") << QStringLiteral("token_rejected");
    }

    void wrongCredentialsAreRefusedByThePeer()
    {
        QFETCH(QString, method);
        QFETCH(QString, consumerSecret);
        QFETCH(QString, token);
        QFETCH(QString, error);
        OAuth1Settings o = settings(method);
        o.consumerSecret = consumerSecret;
        o.token = token;
        const Exchange exchange =
            sendAndWait(*m_client, oauthRequest(QStringLiteral("GET"), QStringLiteral("/x"), o));
        QVERIFY(exchange.response);
        QCOMPARE(exchange.response->status, 401);
        QCOMPARE(responseJson(exchange).value(QLatin1String("error")).toString(), error);
    }

    void aWrongRsaKeyIsRefused()
    {
        // Another RSA key than the certificate's: the peer's public-key check must fail.
        QFile other(QFileInfo(m_s.clientKeyFile).dir().filePath(QStringLiteral("localhost.key")));
        QVERIFY2(other.open(QIODevice::ReadOnly), qPrintable(other.fileName()));
        OAuth1Settings o = settings(QStringLiteral("RSA-SHA256"));
        o.privateKey = QString::fromLatin1(other.readAll());
        const Exchange exchange =
            sendAndWait(*m_client, oauthRequest(QStringLiteral("GET"), QStringLiteral("/x"), o));
        QVERIFY(exchange.response);
        QCOMPARE(exchange.response->status, 401);
        QCOMPARE(responseJson(exchange).value(QLatin1String("error")).toString(),
                 QStringLiteral("signature_invalid"));
    }

    void mistakesStopTheSendWithWords_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("consumerKey");
        QTest::addColumn<int>("placement");
        QTest::addColumn<QString>("words");
        const int header = int(OAuth1Placement::Header);
        QTest::newRow("unknown method")
            << "HMAC-MD5"
            << "k" << header << QStringLiteral("the signature method \"HMAC-MD5\" is not one of");
        QTest::newRow("no consumer key")
            << "HMAC-SHA1" << QString() << header << QStringLiteral("the consumer key is empty");
        QTest::newRow("RSA without a key")
            << "RSA-SHA1"
            << "k" << header << QStringLiteral("RSA-SHA1 needs a PEM private key");
        QTest::newRow("body placement with JSON")
            << "HMAC-SHA1"
            << "k" << int(OAuth1Placement::Body)
            << QStringLiteral("only when it is form-urlencoded");
    }

    void mistakesStopTheSendWithWords()
    {
        QFETCH(QString, method);
        QFETCH(QString, consumerKey);
        QFETCH(int, placement);
        QFETCH(QString, words);
        OAuth1Settings o = settings(method);
        o.consumerKey = consumerKey;
        o.placement = OAuth1Placement(placement);
        Request request = oauthRequest(QStringLiteral("POST"), QStringLiteral("/x"), o);
        request.body.kind = BodyKind::Raw;
        request.body.raw = QStringLiteral("{}");
        const Exchange exchange = sendAndWait(*m_client, request);
        QVERIFY(!exchange.response);
        QVERIFY(exchange.error);
        QCOMPARE(exchange.error->kind, Error::Kind::InvalidRequest);
        QVERIFY2(exchange.error->message.startsWith(QLatin1String("OAuth 1.0: ")),
                 qPrintable(exchange.error->message));
        QVERIFY2(exchange.error->message.contains(words), qPrintable(exchange.error->message));
    }

    void generatedCodeCarriesTheSignature()
    {
        OAuth1Settings o = settings();
        o.placement = OAuth1Placement::Body;
        Request request = oauthRequest(QStringLiteral("POST"), QStringLiteral("/x"), o);
        request.body.kind = BodyKind::FormUrlEncoded;
        request.body.form = {KeyValue{QStringLiteral("q"), QStringLiteral("1"), true, {}}};
        QStringList notes;
        Result<QString> code = generateCode(request, CodeLanguage::Curl, {}, &notes);
        QVERIFY2(code, code ? "" : qPrintable(code.error().message));
        QVERIFY2(code->contains(QLatin1String("oauth_signature=")), qPrintable(*code));
        QVERIFY2(code->contains(QLatin1String("q=1")), qPrintable(*code));
        QVERIFY2(notes.join(u' ').contains(QLatin1String("computed when this code was generated")),
                 qPrintable(notes.join(u'\n')));
        request.auth.oauth1.placement = OAuth1Placement::Header;
        code = generateCode(request, CodeLanguage::Curl, {}, &notes);
        QVERIFY2(code, code ? "" : qPrintable(code.error().message));
        QVERIFY2(code->contains(QLatin1String(
                     "Authorization: OAuth oauth_consumer_key=\"wirescope-consumer\"")),
                 qPrintable(*code));
    }
};

QTEST_MAIN(tst_OAuth1Auth)
#include "tst_oauth1auth.moc"
