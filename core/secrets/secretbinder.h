#pragma once

#include "core/model/collection.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace wirescope {

/// Moves secret variable values between the model and the keychain, so the collection store
/// never sees the keychain and the keychain never sees files.
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
///     globals/<variable>
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

    /// key -> value of every secret variable of @p collection (collection, folders,
    /// environments), as they are in memory now.
    static QHash<QString, QString> extract(const Collection &collection);
    static QHash<QString, QString> extractGlobals(const VariableList &globals);

    /// The keys of every secret variable of @p collection / of @p globals.
    static QStringList keys(const Collection &collection);
    static QStringList globalKeys(const VariableList &globals);

    /// Sets the value of each secret variable whose key is in @p values; returns how many.
    static int inject(Collection &collection, const QHash<QString, QString> &values);
    static int injectGlobals(VariableList &globals, const QHash<QString, QString> &values);

    /// A copy of @p collection with every secret variable's value emptied.
    static Collection stripped(const Collection &collection);
};

} // namespace wirescope
