// OAuthAuthorizer against the real oauth2-mock-server and the REAL keychain (gnome-keyring on
// the test's session bus, as tests/store/tst_secretstore.cpp): tokens stored in and reused from
// the keychain, refreshed when expired, the browser grant refused headless; the bearer header
// reaches the server, the history redacts it, and no file the flow wrote holds a token or the
// client secret.
#include "core/history/historystore.h"
#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/oauth/tokenclient.h"
#include "core/secrets/secretbinder.h"
#include "core/secrets/secretstore.h"
#include "core/store/collectionstore.h"
#include "core/store/workspace.h"
#include "oauthtestutil.h"
#include "tests/support/filegrep.h"
#include "tests/support/testenv.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace wirescope;
using wirescope::test::filesContaining;
using namespace wirescope::oauth;

class tst_OAuthAuthorizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storedTokenIsReusedFromTheKeychain();
    void expiredTokenIsRefreshed();
    void browserGrantFailsHeadless();
    void parallelCallsShareOneFetch();
    void bearerSentRedactedAndNoTokenInAnyFile();
    void cleanupTestCase();

private:
    Auth auth(OAuthGrant grant, const QString &scope) const;
    test::TokenOutcome authorize(const Auth &a);
    QString readKeychain(const QString &key);

    test::TestServers m_servers;
    VariableContext m_context;
    HttpClient m_http;
    SecretStore m_secrets;
    OAuthAuthorizer m_authorizer{&m_http, &m_secrets};
    QString m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList m_keys; ///< keychain entries to remove at the end
};

void tst_OAuthAuthorizer::initTestCase()
{
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
    QSignalSpy probed(&m_secrets, &SecretStore::probeFinished);
    m_secrets.probe();
    QVERIFY(probed.wait(20000));
    QVERIFY2(probed.first().at(1).toBool(),
             qPrintable(QStringLiteral("no keychain (run inside dbus-run-session with "
                                       "gnome-keyring, see tools/test.sh): ")
                        + probed.first().at(2).toString()));
    // The issuer and secret come from variables, as a collection would hold them.
    m_context.set(VariableScope::Environment, QStringLiteral("issuer"),
                  m_servers.oauth2.toString());
    m_context.set(VariableScope::Environment, QStringLiteral("secret"),
                  QStringLiteral("client-secret-") + m_marker, true);
}

void tst_OAuthAuthorizer::cleanupTestCase()
{
    QSignalSpy removed(&m_secrets, &SecretStore::removeFinished);
    m_secrets.remove(m_keys);
    QVERIFY(removed.wait(20000));
}

Auth tst_OAuthAuthorizer::auth(OAuthGrant grant, const QString &scope) const
{
    Auth a;
    a.kind = AuthKind::OAuth2;
    a.oauth2.grant = grant;
    a.oauth2.tokenUrl = QStringLiteral("{{issuer}}/token");
    a.oauth2.authUrl = QStringLiteral("{{issuer}}/authorize");
    a.oauth2.clientId = QStringLiteral("client-") + m_marker; // a fresh token identity per run
    a.oauth2.clientSecret = QStringLiteral("{{secret}}");
    a.oauth2.scope = scope;
    a.username = QStringLiteral("ada");
    a.password = QStringLiteral("password-") + m_marker;
    return a;
}

test::TokenOutcome tst_OAuthAuthorizer::authorize(const Auth &a)
{
    const quint64 ticket = m_authorizer.authorize(a, m_context);
    m_keys.append(OAuthAuthorizer::tokenKeyFor(a, m_context));
    return test::waitForTicket(&m_authorizer, &OAuthAuthorizer::authorized,
                               &OAuthAuthorizer::failed, ticket);
}

QString tst_OAuthAuthorizer::readKeychain(const QString &key)
{
    SecretStore fresh; // a new store: nothing from this one's session memory
    QSignalSpy read(&fresh, &SecretStore::readFinished);
    fresh.read({key});
    if (!read.wait(20000))
        return {};
    const auto result = read.first().at(1).value<SecretReadResult>();
    return result.sessionOnly.isEmpty() ? result.values.value(key) : QString();
}

void tst_OAuthAuthorizer::storedTokenIsReusedFromTheKeychain()
{
    const Auth a = auth(OAuthGrant::ClientCredentials, QStringLiteral("read"));
    const test::TokenOutcome first = authorize(a);
    QVERIFY2(first.token, qPrintable(first.describe()));
    const QString key = OAuthAuthorizer::tokenKeyFor(a, m_context);
    QVERIFY(key.startsWith(QLatin1String("oauth2-token/")));
    QVERIFY(!key.contains(m_marker + QLatin1String("-secret")));
    const auto stored = OAuthToken::fromJson(readKeychain(key).toUtf8());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->accessToken, first.token->accessToken);

    // Plant a different valid token in the keychain: the next authorize must return it, which
    // shows it came from the keychain and not from a new token request.
    OAuthToken planted = *stored;
    planted.accessToken = QStringLiteral("planted-") + m_marker;
    planted.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    QSignalSpy written(&m_secrets, &SecretStore::writeFinished);
    m_secrets.write({{key, QString::fromUtf8(planted.toJson())}});
    QVERIFY(written.wait(20000));
    const test::TokenOutcome second = authorize(a);
    QVERIFY2(second.token, qPrintable(second.describe()));
    QCOMPARE(second.token->accessToken, planted.accessToken);

    // A different scope is a different token.
    QVERIFY(OAuthAuthorizer::tokenKeyFor(
                auth(OAuthGrant::ClientCredentials, QStringLiteral("write")), m_context)
            != key);
}

void tst_OAuthAuthorizer::expiredTokenIsRefreshed()
{
    // The launcher answers scope "short-lived" with expires_in 1: expired at once (30 s margin).
    const Auth a = auth(OAuthGrant::Password, QStringLiteral("openid short-lived"));
    const test::TokenOutcome first = authorize(a);
    QVERIFY2(first.token, qPrintable(first.describe()));
    QVERIFY(first.token->isExpired(QDateTime::currentDateTimeUtc()));
    QVERIFY(!first.token->refreshToken.isEmpty());

    const test::TokenOutcome second = authorize(a);
    QVERIFY2(second.token, qPrintable(second.describe()));
    // The mock issues a fresh random refresh token on every grant: a new one means a new grant
    // happened, and the mock's refresh grant gives subject "johndoe" where the password grant
    // gave the user name.
    QVERIFY(second.token->refreshToken != first.token->refreshToken);
    const auto stored =
        OAuthToken::fromJson(readKeychain(OAuthAuthorizer::tokenKeyFor(a, m_context)).toUtf8());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->refreshToken, second.token->refreshToken);
}

void tst_OAuthAuthorizer::browserGrantFailsHeadless()
{
    const test::TokenOutcome out =
        authorize(auth(OAuthGrant::AuthorizationCode, QStringLiteral("openid")));
    QVERIFY(out.error);
    QVERIFY2(out.error->message.contains(QLatin1String("needs a person at a browser")),
             qPrintable(out.error->message));
    QVERIFY(out.error->message.contains(QLatin1String("no token is stored")));
}

void tst_OAuthAuthorizer::parallelCallsShareOneFetch()
{
    // Two sends needing the same new token at once make one token request; a third for another
    // scope makes its own. Counted at the token client, which every fetch goes through. The
    // second call finds the first one's token still being fetched or being written (QtKeychain
    // runs its jobs one at a time: the second read answers before that write is done).
    const Auth a = auth(OAuthGrant::ClientCredentials, QStringLiteral("parallel"));
    const Auth other = auth(OAuthGrant::ClientCredentials, QStringLiteral("parallel-other"));
    m_keys << OAuthAuthorizer::tokenKeyFor(a, m_context)
           << OAuthAuthorizer::tokenKeyFor(other, m_context);
    QSignalSpy fetched(m_authorizer.tokenClient(), &TokenClient::tokenReceived);
    QHash<quint64, OAuthToken> got;
    QObject guard;
    connect(&m_authorizer, &OAuthAuthorizer::authorized, &guard,
            [&got](quint64 t, const OAuthToken &token) { got.insert(t, token); });
    const quint64 first = m_authorizer.authorize(a, m_context);
    const quint64 second = m_authorizer.authorize(a, m_context);
    const quint64 third = m_authorizer.authorize(other, m_context);
    QTRY_VERIFY_WITH_TIMEOUT(got.contains(first) && got.contains(second) && got.contains(third),
                             20000);
    QCOMPARE(fetched.size(), 2);
    QVERIFY(got.value(first).isValid());
    QCOMPARE(got.value(second).accessToken, got.value(first).accessToken);

    // A refused fetch fails every call waiting for it. (Whether the second call joined the first
    // fetch or made its own depends on how fast the 401 came back, so only the outcome is
    // checked here.)
    Auth wrong = auth(OAuthGrant::ClientCredentials, QStringLiteral("parallel"));
    wrong.oauth2.clientId = QStringLiteral("wrong-client");
    QHash<quint64, QString> errors;
    connect(&m_authorizer, &OAuthAuthorizer::failed, &guard,
            [&errors](quint64 t, const Error &e) { errors.insert(t, e.message); });
    const quint64 w1 = m_authorizer.authorize(wrong, m_context);
    const quint64 w2 = m_authorizer.authorize(wrong, m_context);
    QTRY_VERIFY_WITH_TIMEOUT(errors.contains(w1) && errors.contains(w2), 20000);
    QVERIFY2(errors.value(w1).contains(QLatin1String("invalid_client")),
             qPrintable(errors.value(w1)));
    QVERIFY2(errors.value(w2).contains(QLatin1String("invalid_client")),
             qPrintable(errors.value(w2)));
}

void tst_OAuthAuthorizer::bearerSentRedactedAndNoTokenInAnyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A collection whose request uses OAuth2 with a literal client secret, saved as the app does.
    Collection c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.name = QStringLiteral("OAuth");
    Request request;
    request.id = QStringLiteral("who-am-i");
    request.name = QStringLiteral("Who am I");
    request.url = m_servers.httpbin.toString() + QStringLiteral("/bearer");
    request.auth = auth(OAuthGrant::Password, QStringLiteral("openid"));
    request.auth.oauth2.clientSecret = QStringLiteral("literal-secret-") + m_marker;
    c.items.push_back(CollectionItem{HttpItem{request, {}, {}, {}, {}}});
    CollectionStore files(dir.filePath(QStringLiteral("collection")));
    QVERIFY(files.save(c).ok());
    QSignalSpy written(&m_secrets, &SecretStore::writeFinished);
    const QHash<QString, QString> credentials = SecretBinder::extract(c);
    QCOMPARE(credentials.size(), 2); // the client secret and the password-grant password
    m_secrets.write(credentials);
    QVERIFY(written.wait(20000));
    m_keys += credentials.keys();
    Workspace workspace(dir.filePath(QStringLiteral("config")));
    workspace.addCollection(dir.filePath(QStringLiteral("collection")));
    QVERIFY(workspace.save().ok());

    const test::TokenOutcome out = authorize(request.auth);
    QVERIFY2(out.token, qPrintable(out.describe()));
    const OAuthToken token = *out.token;

    // The request carries the bearer token; httpbin says so.
    RequestRun *run = m_http.send(OAuthAuthorizer::withToken(request, token), m_context);
    QSignalSpy finished(run, &RequestRun::finished);
    QVERIFY(finished.wait(20000));
    const auto exchange = finished.first().first().value<Exchange>();
    run->deleteLater();
    QVERIFY2(exchange.ok(), qPrintable(exchange.error ? exchange.error->message : QString()));
    QCOMPARE(exchange.response->status, 200);
    const QJsonObject answer = QJsonDocument::fromJson(exchange.response->body.read()).object();
    // Debian's httpbin reads the token with authorization.lstrip('Bearer '), which also eats
    // leading 'e', 'a', 'r', 'B' and spaces of the token itself (a JWT starts with "eyJ").
    QString seen = token.accessToken;
    while (!seen.isEmpty() && QStringLiteral("Bearer ").contains(seen.front()))
        seen.remove(0, 1);
    QCOMPARE(answer.value(QLatin1String("token")).toString(), seen);
    QCOMPARE(answer.value(QLatin1String("authenticated")).toBool(), true);
    QCOMPARE(firstValue(exchange.sent.headers, u"Authorization"),
             QString(QStringLiteral("Bearer ") + token.accessToken));

    // The history keeps the exchange without the token (redaction of Authorization).
    HistoryStore history;
    QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite"))).ok());
    QSignalSpy recorded(&history, &HistoryStore::entryRecorded);
    history.record(exchange, HistoryStore::secretValues(m_context));
    QVERIFY(recorded.wait(10000));
    const Result<HistoryEntry> entry = history.entry(recorded.first().first().toLongLong());
    QVERIFY(entry.ok());
    history.flush();

    // No file written anywhere holds a token or the client secret.
    for (const QString &secret :
         {token.accessToken, token.refreshToken, token.idToken, request.auth.oauth2.clientSecret,
          request.auth.password, QString(QStringLiteral("client-secret-") + m_marker)}) {
        QVERIFY(!secret.isEmpty());
        const QStringList hits = filesContaining(dir.path(), secret);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(
                     QString(secret.left(12) + QStringLiteral("... found in ") + hits.join(u' '))));
    }
    // ... while the files are really there (the grep above was not vacuous).
    QVERIFY(!filesContaining(dir.path(), m_servers.httpbin.toString() + QStringLiteral("/bearer"))
                 .isEmpty());
}

QTEST_GUILESS_MAIN(tst_OAuthAuthorizer)
#include "tst_oauth_authorizer.moc"
