#include "app/cli/collectionsecrets.h"

#include "app/cli/console.h"
#include "core/model/collection.h"
#include "core/secrets/secretbinder.h"
#include "core/secrets/secretstore.h"

#include <QTimer>

namespace wirescope::cli {

namespace {
/// How long a command waits for the keychain before going on without it.
constexpr int kKeychainTimeoutMs = 10000;
} // namespace

CollectionSecrets::CollectionSecrets(QObject *parent)
    : QObject(parent)
{}

void CollectionSecrets::fill(Collection *collection, bool noKeychain)
{
    m_collection = collection;
    const QStringList keys = SecretBinder::keys(*collection);
    if (noKeychain) {
        if (const qsizetype n = SecretBinder::credentialKeys(*collection).size())
            printWarning(QStringLiteral(
                             "--no-keychain: %1 credential(s) of this collection (auth passwords, "
                             "tokens, API keys, proxy passwords, key passphrases) live in the "
                             "keychain and stay empty; for CI, refer to variables in them "
                             "({{password}}) and set those with --var or --env-file")
                             .arg(n));
    }
    if (keys.isEmpty() || noKeychain) {
        QTimer::singleShot(0, this, &CollectionSecrets::finish);
        return;
    }
    m_store = new SecretStore(SecretStore::Backend::Keychain, QStringLiteral("wirescope"), this);
    connect(m_store, &SecretStore::readFinished, this,
            [this](quint64, const SecretReadResult &result) { onRead(result); });
    m_store->read(keys);
    QTimer::singleShot(kKeychainTimeoutMs, this, [this] {
        if (m_finished)
            return;
        printWarning(
            QStringLiteral("the keychain did not answer within %1 s; secret variables stay empty "
                           "unless --var or --env-file sets them")
                .arg(kKeychainTimeoutMs / 1000));
        finish();
    });
}

void CollectionSecrets::onRead(const SecretReadResult &result)
{
    if (m_finished)
        return; // the timeout already went on without the keychain
    if (!result.error.isEmpty())
        printWarning(QStringLiteral("secrets: %1").arg(result.error));
    SecretBinder::inject(*m_collection, result.values);
    finish();
}

void CollectionSecrets::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT ready();
}

} // namespace wirescope::cli
