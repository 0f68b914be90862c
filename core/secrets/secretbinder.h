#pragma once

#include "core/model/collection.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace wirescope {

/// Moves secret variable values and literal credentials (auth passwords, tokens and API key
/// values, proxy passwords, client key passphrases: core/model/credentials.h) between the
/// model and the keychain, so the collection store never sees the keychain and the keychain
/// never sees files.
///
/// Saving:  store.save(collection) writes `"secret": true` without a value (the JSON codec
///          never writes a secret's value), and secretStore.write(SecretBinder::extract(c))
///          puts the values in the keychain.
/// Loading: store.load() gives secrets with empty values; secretStore.read(SecretBinder::keys(c))
///          and, on readFinished, SecretBinder::inject(c, result.values) fills them.
///
/// Keychain keys (components percent-encoded, so '/' in a name cannot collide):
///     <collection id>/collection/<variable>
///     <collection id>/folder/<folder id>/<variable>
///     <collection id>/environment/<environment name>/<variable>
///     <collection id>/credential/<"collection" | folder id | request id>/<field path>
///     globals/<variable>
/// where a field path is e.g. "auth.password" or "settings.proxy.password". The JSON codecs
/// never write a literal credential either (they list it under "keychain").
class SecretBinder final
{
public:
    static QString collectionKey(const QString &collectionId, const QString &variable);
    static QString
    folderKey(const QString &collectionId, const QString &folderId, const QString &variable);
    static QString environmentKey(const QString &collectionId,
                                  const QString &environment,
                                  const QString &variable);
    static QString globalKey(const QString &variable);
    static QString
    credentialKey(const QString &collectionId, const QString &ownerId, const QString &field);

    /// key -> value of every secret variable of @p collection (collection, folders,
    /// environments) and of every literal credential, as they are in memory now.
    static QHash<QString, QString> extract(const Collection &collection);
    static QHash<QString, QString> extractGlobals(const VariableList &globals);

    /// The keys of every secret variable of @p collection / of @p globals, of every literal
    /// credential, and of every credential the collection uses but holds no value for (as
    /// loaded from files: the keychain may hold it).
    static QStringList keys(const Collection &collection);
    static QStringList globalKeys(const VariableList &globals);

    /// The subset of keys() that belongs to credentials (not to secret variables).
    static QStringList credentialKeys(const Collection &collection);

    /// Sets the value of each secret variable whose key is in @p values, and of each empty
    /// credential whose key is in it; returns how many.
    static int inject(Collection &collection, const QHash<QString, QString> &values);
    static int injectGlobals(VariableList &globals, const QHash<QString, QString> &values);

    /// A copy of @p collection with every secret variable's value and literal credential
    /// emptied.
    static Collection stripped(const Collection &collection);
};

} // namespace wirescope
