// Secrets through the REAL keychain (gnome-keyring on a private session bus; tools/test.sh
// starts one, locally: dbus-run-session -- bash -c 'printf pw | gnome-keyring-daemon --unlock
// --components=secrets >/dev/null; ctest -R tst_secretstore'), and the behaviour without one:
// session-only values, a clear error, and never a secret in a file.
#include "core/secrets/secretbinder.h"
#include "core/secrets/secretstore.h"
#include "core/store/collectionstore.h"
#include "core/store/workspace.h"
#include "samplecollection.h"
#include "tests/support/filegrep.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace wirescope;
using wirescope::test::filesContaining;

namespace {

constexpr auto kHelperDirVariable = "WIRESCOPE_SECRETS_HELPER_DIR";

/// The sample collection with a fresh id, secret variable values set in every scope, and
/// literal credentials (typed into auth, proxy and TLS settings) in every kind of owner.
Collection collectionWithSecrets(const QString &marker)
{
    Collection c = test::sampleCollection();
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.variables[2].value = QStringLiteral("collection-secret-") + marker;
    c.environments[0].variables[1].value = QStringLiteral("environment-secret-") + marker;
    std::get<Folder>(c.items.at(2).node).variables[1].value =
        QStringLiteral("folder-secret-") + marker;

    c.auth.token = QStringLiteral("collection-token-") + marker; // Bearer
    Folder &folder = std::get<Folder>(c.items.at(2).node);
    folder.auth = Auth{};
    folder.auth.kind = AuthKind::Basic;
    folder.auth.username = QStringLiteral("f");
    folder.auth.password = QStringLiteral("folder-password-") + marker;
    std::get<WebSocketItem>(c.items.at(1).node).request.auth.password =
        QStringLiteral("ws-password-") + marker;
    Request typed;
    typed.id = QStringLiteral("typed-credentials");
    typed.name = QStringLiteral("Typed credentials");
    typed.url = QStringLiteral("https://example.test/");
    typed.auth = Auth{};
    typed.auth.kind = AuthKind::ApiKey;
    typed.auth.apiKeyName = QStringLiteral("X-Key");
    typed.auth.apiKeyValue = QStringLiteral("api-key-") + marker;
    typed.settings.proxy =
        ProxySettings{ProxyMode::Http, QStringLiteral("proxy"), 3128, QStringLiteral("u"),
                      QStringLiteral("proxy-password-") + marker};
    typed.settings.tls.clientCertificateFile = QStringLiteral("client.p12");
    typed.settings.tls.clientKeyPassphrase = QStringLiteral("p12-passphrase-") + marker;
    c.items.push_back(CollectionItem{HttpItem{typed, {}, {}, {}, {}}});
    Request oauth;
    oauth.id = QStringLiteral("typed-oauth2");
    oauth.name = QStringLiteral("Typed OAuth 2.0 credentials");
    oauth.url = QStringLiteral("https://example.test/");
    oauth.auth.kind = AuthKind::OAuth2;
    oauth.auth.oauth2.grant = OAuthGrant::RefreshToken;
    oauth.auth.oauth2.tokenUrl = QStringLiteral("https://example.test/token");
    oauth.auth.oauth2.clientId = QStringLiteral("client");
    oauth.auth.oauth2.clientSecret = QStringLiteral("client-secret-") + marker;
    oauth.auth.oauth2.refreshToken = QStringLiteral("refresh-token-") + marker;
    c.items.push_back(CollectionItem{HttpItem{oauth, {}, {}, {}, {}}});
    return c;
}

/// How many keychain entries collectionWithSecrets() makes: 3 secret variables and 8 literal
/// credentials (2 of them an OAuth 2.0 client secret and refresh token).
constexpr int kSecretCount = 11;

int fileCount(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

SecretWriteResult writeAndWait(SecretStore &store, const QHash<QString, QString> &values, bool *ok)
{
    QSignalSpy spy(&store, &SecretStore::writeFinished);
    const quint64 ticket = store.write(values);
    *ok = spy.wait(20000) && spy.first().at(0).value<quint64>() == ticket;
    return *ok ? spy.first().at(1).value<SecretWriteResult>() : SecretWriteResult{};
}

SecretReadResult readAndWait(SecretStore &store, const QStringList &keys, bool *ok)
{
    QSignalSpy spy(&store, &SecretStore::readFinished);
    const quint64 ticket = store.read(keys);
    *ok = spy.wait(20000) && spy.first().at(0).value<quint64>() == ticket;
    return *ok ? spy.first().at(1).value<SecretReadResult>() : SecretReadResult{};
}

/// Helper mode (run in a child process with a dead session bus): saves a collection with
/// secrets through the normal path and prints what happened as JSON.
int runHelper()
{
    const QString dir = qEnvironmentVariable(kHelperDirVariable);
    Collection c = collectionWithSecrets(QStringLiteral("nokeychain-marker"));
    CollectionStore files(dir + QStringLiteral("/collection"));
    if (!files.save(c).ok())
        return 2;
    SecretStore secrets;
    bool ok = false;
    const SecretWriteResult written = writeAndWait(secrets, SecretBinder::extract(c), &ok);
    if (!ok)
        return 3;
    const SecretReadResult read = readAndWait(secrets, SecretBinder::keys(c), &ok);
    if (!ok)
        return 4;
    Result<CollectionLoad> loaded = files.load();
    if (!loaded.ok())
        return 5;
    Collection back = loaded->collection;
    SecretBinder::inject(back, read.values);
    QJsonObject out{
        {QStringLiteral("available"), secrets.available().value_or(true)},
        {QStringLiteral("reason"), secrets.unavailableReason()},
        {QStringLiteral("writeError"), written.error},
        {QStringLiteral("stored"), QJsonArray::fromStringList(written.stored)},
        {QStringLiteral("sessionOnly"), QJsonArray::fromStringList(written.sessionOnly)},
        {QStringLiteral("readSessionOnly"), QJsonArray::fromStringList(read.sessionOnly)},
        {QStringLiteral("roundTrip"), back == c},
    };
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact);
    return 0;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void keychainRoundTripAndNoSecretInFiles();
    void noKeychainKeepsSecretsInMemoryOnly();
    void sessionOnlyBackend();
    void keysDoNotCollide();
};

void tst_SecretStore::keychainRoundTripAndNoSecretInFiles()
{
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTemporaryDir dir;
    const QString collectionDir = dir.filePath(QStringLiteral("collection"));
    const QString configDir = dir.filePath(QStringLiteral("config"));

    SecretStore secrets;
    QSignalSpy probed(&secrets, &SecretStore::probeFinished);
    secrets.probe();
    QVERIFY(probed.wait(20000));
    QVERIFY2(probed.first().at(1).toBool(),
             qPrintable(QStringLiteral("no keychain (run inside dbus-run-session with "
                                       "gnome-keyring, see tools/test.sh): ")
                        + probed.first().at(2).toString()));
    QCOMPARE(secrets.available(), std::optional<bool>(true));

    // Save: files through the store, values through the binder into the keychain.
    const Collection original = collectionWithSecrets(marker);
    CollectionStore files(collectionDir);
    QVERIFY(files.save(original).ok());
    const QHash<QString, QString> values = SecretBinder::extract(original);
    QCOMPARE(values.size(), kSecretCount);
    bool ok = false;
    const SecretWriteResult written = writeAndWait(secrets, values, &ok);
    QVERIFY(ok);
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    QCOMPARE(written.stored.size(), kSecretCount);
    QVERIFY(written.sessionOnly.isEmpty());

    Workspace workspace(configDir);
    workspace.addCollection(collectionDir);
    workspace.setActiveEnvironment(collectionDir, QStringLiteral("Staging"));
    const QString globalSecret = QStringLiteral("global-secret-") + marker;
    workspace.setGlobals({Variable{QStringLiteral("apiKey"), globalSecret, true, true, {}}});
    QVERIFY(workspace.save().ok());
    QVERIFY(
        writeAndWait(secrets, SecretBinder::extractGlobals(workspace.globals()), &ok).stored.size()
        == 1);
    QVERIFY(ok);

    // No file written anywhere holds a secret value.
    QVERIFY(fileCount(dir.path()) > 20);
    for (const QString &secret : values.values() + QStringList{globalSecret}) {
        QVERIFY(secret.contains(marker));
        const QStringList hits = filesContaining(dir.path(), secret);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(secret + QStringLiteral(" found in ") + hits.join(u' ')));
    }
    QVERIFY(filesContaining(dir.path(), marker).isEmpty());

    // A fresh store and a fresh load get everything back from the keychain.
    SecretStore fresh;
    CollectionStore reopened(collectionDir);
    Result<CollectionLoad> loaded = reopened.load();
    QVERIFY(loaded.ok());
    Collection back = loaded->collection;
    QVERIFY(!(back == original)); // secrets are empty after loading the files alone
    const SecretReadResult read = readAndWait(fresh, SecretBinder::keys(back), &ok);
    QVERIFY(ok);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QVERIFY(read.missing.isEmpty());
    QVERIFY(read.sessionOnly.isEmpty());
    QCOMPARE(SecretBinder::inject(back, read.values), kSecretCount);
    QVERIFY(back == original);

    Workspace reopenedWorkspace(configDir);
    QVERIFY(reopenedWorkspace.load().ok());
    VariableList globals = reopenedWorkspace.globals();
    const SecretReadResult readGlobals = readAndWait(fresh, SecretBinder::globalKeys(globals), &ok);
    QVERIFY(ok);
    QCOMPARE(SecretBinder::injectGlobals(globals, readGlobals.values), 1);
    QCOMPARE(globals.first().value, globalSecret);

    // Clean up the keychain; afterwards the keys are gone.
    QSignalSpy removed(&fresh, &SecretStore::removeFinished);
    const QStringList allKeys = SecretBinder::keys(original) + SecretBinder::globalKeys(globals);
    fresh.remove(allKeys);
    QVERIFY(removed.wait(20000));
    QCOMPARE(removed.first().at(1).value<SecretWriteResult>().stored.size(), kSecretCount + 1);
    const SecretReadResult gone = readAndWait(fresh, allKeys, &ok);
    QVERIFY(ok);
    QCOMPARE(gone.missing.size(), kSecretCount + 1);
    QVERIFY(gone.values.isEmpty());
}

void tst_SecretStore::noKeychainKeepsSecretsInMemoryOnly()
{
    QTemporaryDir dir;
    for (const char *sub : {"home", "config", "data", "runtime", "work"})
        QVERIFY(QDir(dir.path()).mkpath(QString::fromLatin1(sub)));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A session bus address where nothing listens: no Secret Service, no KWallet.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus-here")));
    // Any fallback file would land inside dir, where the grep below looks.
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    env.insert(QString::fromLatin1(kHelperDirVariable), dir.filePath(QStringLiteral("work")));
    QProcess helper;
    helper.setProcessEnvironment(env);
    helper.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(helper.waitForFinished(60000));
    const QByteArray stderrText = helper.readAllStandardError();
    QCOMPARE(helper.exitCode(), 0);
    const QJsonObject out = QJsonDocument::fromJson(helper.readAllStandardOutput()).object();
    QVERIFY2(!out.isEmpty(), stderrText.constData());

    QCOMPARE(out.value(QLatin1String("available")).toBool(true), false);
    QVERIFY(!out.value(QLatin1String("reason")).toString().isEmpty());
    const QString writeError = out.value(QLatin1String("writeError")).toString();
    QVERIFY2(writeError.startsWith(QLatin1String("No keychain available (")),
             qPrintable(writeError));
    QVERIFY(writeError.contains(QLatin1String("for this session only")));
    QVERIFY(out.value(QLatin1String("stored")).toArray().isEmpty());
    QCOMPARE(out.value(QLatin1String("sessionOnly")).toArray().size(), kSecretCount);
    QCOMPARE(out.value(QLatin1String("readSessionOnly")).toArray().size(), kSecretCount);
    // Within the session the values are there...
    QVERIFY(out.value(QLatin1String("roundTrip")).toBool());
    // ...and no file anywhere (collection, HOME, XDG dirs) has any of them.
    QVERIFY(fileCount(dir.filePath(QStringLiteral("work"))) >= 20);
    const QStringList hits = filesContaining(dir.path(), QStringLiteral("nokeychain-marker"));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
}

void tst_SecretStore::sessionOnlyBackend()
{
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Collection c = collectionWithSecrets(marker);
    SecretStore store(SecretStore::Backend::SessionOnly);
    QCOMPARE(store.available(), std::optional<bool>(false));
    QVERIFY(!store.unavailableReason().isEmpty());

    bool ok = false;
    const SecretWriteResult written = writeAndWait(store, SecretBinder::extract(c), &ok);
    QVERIFY(ok);
    QCOMPARE(written.sessionOnly.size(), kSecretCount);
    QVERIFY(written.stored.isEmpty());
    QVERIFY(written.error.contains(QLatin1String("session only")));

    const SecretReadResult read = readAndWait(store, SecretBinder::keys(c), &ok);
    QVERIFY(ok);
    QCOMPARE(read.values.size(), kSecretCount);
    Collection back = SecretBinder::stripped(c);
    QVERIFY(!(back == c));
    QCOMPARE(SecretBinder::inject(back, read.values), kSecretCount);
    QVERIFY(back == c);

    // Nothing outlives the session.
    SecretStore next(SecretStore::Backend::SessionOnly);
    const SecretReadResult none = readAndWait(next, SecretBinder::keys(c), &ok);
    QVERIFY(ok);
    QCOMPARE(none.missing.size(), kSecretCount);
    QVERIFY(none.values.isEmpty());

    // An empty request still answers, asynchronously.
    QVERIFY(readAndWait(next, {}, &ok).values.isEmpty());
    QVERIFY(ok);
}

void tst_SecretStore::keysDoNotCollide()
{
    // '/' inside names is encoded, so these two cannot map to the same key.
    QVERIFY(SecretBinder::environmentKey(QStringLiteral("c"), QStringLiteral("a/b"),
                                         QStringLiteral("c"))
            != SecretBinder::environmentKey(QStringLiteral("c"), QStringLiteral("a"),
                                            QStringLiteral("b/c")));
    QCOMPARE(SecretBinder::environmentKey(QStringLiteral("id1"), QStringLiteral("Staging"),
                                          QStringLiteral("token")),
             QStringLiteral("id1/environment/Staging/token"));
    QCOMPARE(SecretBinder::collectionKey(QStringLiteral("id1"), QStringLiteral("token")),
             QStringLiteral("id1/collection/token"));
    QCOMPARE(SecretBinder::globalKey(QStringLiteral("k")), QStringLiteral("globals/k"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kHelperDirVariable))
        return runHelper();
    tst_SecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
