// wirescope-cli run with OAuth 2.0: a folder whose auth is OAuth 2.0 (client credentials, refresh
// token) and requests that inherit it, run headless against the real oauth2-mock-server and
// httpbin's /bearer; the authorization code grant fails in CI with a message naming the reason.
#include "clirunner.h"
#include "core/store/collectionfiles.h"
#include "tests/support/testenv.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

class tst_CliOAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headlessGrantsSendBearer_data();
    void headlessGrantsSendBearer();
    void browserGrantFailsClearly();

private:
    QString writeCollection();

    TestServers m_servers;
    QTemporaryDir m_dir;
    QString m_collectionDir;
};

namespace {

CollectionItem bearerCheck(const QString &name, const QString &url)
{
    HttpItem item;
    item.request.id = newItemId();
    item.request.name = name;
    item.request.url = url;
    item.request.auth.kind = AuthKind::Inherit;
    Assertion status;
    status.target = Assertion::Target::Status;
    status.op = Assertion::Op::Equals;
    status.expected = QStringLiteral("200");
    // httpbin echoes the bearer token: a JWT from the mock server. (Debian's httpbin strips it
    // with lstrip('Bearer '), which eats the leading "e" of "eyJ", so no anchor on that.)
    Assertion jwt;
    jwt.target = Assertion::Target::JsonPath;
    jwt.property = QStringLiteral("$.token");
    jwt.op = Assertion::Op::Matches;
    jwt.expected = QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$");
    item.assertions = {status, jwt};
    return CollectionItem{item};
}

Folder oauthFolder(const QString &name, OAuthGrant grant)
{
    Folder f;
    f.id = newItemId();
    f.name = name;
    f.auth.kind = AuthKind::OAuth2;
    f.auth.oauth2.grant = grant;
    f.auth.oauth2.authUrl = QStringLiteral("{{issuer}}/authorize");
    f.auth.oauth2.tokenUrl = QStringLiteral("{{issuer}}/token");
    f.auth.oauth2.clientId = QStringLiteral("ci-client");
    f.auth.oauth2.clientSecret = QStringLiteral("{{clientSecret}}");
    f.auth.oauth2.refreshToken =
        grant == OAuthGrant::RefreshToken ? QStringLiteral("{{refresh}}") : QString();
    f.auth.oauth2.scope = QStringLiteral("api");
    f.children.push_back(bearerCheck(QStringLiteral("whoami"), QStringLiteral("{{base}}/bearer")));
    f.children.push_back(bearerCheck(QStringLiteral("again"), QStringLiteral("{{base}}/bearer")));
    return f;
}

} // namespace

void tst_CliOAuth::initTestCase()
{
    QString error;
    const auto servers = loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
    QVERIFY(m_dir.isValid());
    m_collectionDir = writeCollection();
    QVERIFY(!m_collectionDir.isEmpty());
}

QString tst_CliOAuth::writeCollection()
{
    Collection c;
    c.id = newItemId();
    c.name = QStringLiteral("CLI OAuth");
    c.variables = {
        Variable{QStringLiteral("base"),
                 m_servers.httpbin.toString(QUrl::StripTrailingSlash),
                 true,
                 false,
                 {}},
        Variable{QStringLiteral("issuer"), m_servers.oauth2.toString(), true, false, {}}};
    c.items.push_back(CollectionItem{
        oauthFolder(QStringLiteral("Client credentials"), OAuthGrant::ClientCredentials)});
    c.items.push_back(
        CollectionItem{oauthFolder(QStringLiteral("Refresh token"), OAuthGrant::RefreshToken)});
    c.items.push_back(
        CollectionItem{oauthFolder(QStringLiteral("Browser"), OAuthGrant::AuthorizationCode)});
    const QString dir = m_dir.filePath(QStringLiteral("collection"));
    const auto saved = store::saveCollectionDirectory(dir, c, {});
    if (!saved) {
        qWarning("save failed: %s", qPrintable(saved.error().message));
        return {};
    }
    return dir;
}

void tst_CliOAuth::headlessGrantsSendBearer_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("client credentials") << QStringLiteral("Client credentials");
    QTest::newRow("refresh token") << QStringLiteral("Refresh token");
}

void tst_CliOAuth::headlessGrantsSendBearer()
{
    QFETCH(QString, folder);
    const QString secret = QStringLiteral("ci-secret-value-4711");
    const CliResult r = runCli({QStringLiteral("run"), m_collectionDir, QStringLiteral("--folder"),
                                folder, QStringLiteral("--no-keychain"), QStringLiteral("--var"),
                                QStringLiteral("clientSecret=") + secret, QStringLiteral("--var"),
                                QStringLiteral("refresh=rt-from-ci"), QStringLiteral("-r"),
                                QStringLiteral("json")});
    CHECK_EXIT(r, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // two requests, then the summary
    for (int i = 0; i < 2; ++i)
        QCOMPARE(QJsonDocument::fromJson(lines[i]).object().value(u"status").toInt(), 200);
    // Neither the secret nor a token in what the run printed.
    QVERIFY(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()));
    // (stdout may quote what httpbin echoed in an assertion's actual value: response data the
    // user asked to check; the run's own messages on stderr never hold a token.)
    QVERIFY2(!r.err.contains("eyJ"), r.err.constData());
    // ... nor in the collection directory.
    QDirIterator it(m_collectionDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("eyJ") && !bytes.contains(secret.toUtf8()),
                 qPrintable(f.fileName()));
    }
}

void tst_CliOAuth::browserGrantFailsClearly()
{
    const CliResult r =
        runCli({QStringLiteral("run"), m_collectionDir, QStringLiteral("--folder"),
                QStringLiteral("Browser"), QStringLiteral("--no-keychain"), QStringLiteral("--var"),
                QStringLiteral("clientSecret=x"), QStringLiteral("-r"), QStringLiteral("json")});
    CHECK_EXIT(r, 1);
    const QJsonObject first = QJsonDocument::fromJson(r.out.trimmed().split('\n').first()).object();
    const QString message = first.value(u"error").toObject().value(u"message").toString();
    QVERIFY2(message.contains(QLatin1String("needs a person at a browser")),
             qPrintable(r.outText()));
    QVERIFY(message.contains(QLatin1String("client credentials, password or refresh token grant")));
}

QTEST_GUILESS_MAIN(tst_CliOAuth)
#include "tst_cli_oauth.moc"
