#include "core/secrets/secretbinder.h"

#include "core/model/credentials.h"

#include <QUrl>

#include <functional>

namespace wirescope {

namespace {

QString part(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

/// Calls @p fn(key, variable) for every secret variable of @p collection.
void forEachSecret(Collection &collection,
                   const std::function<void(const QString &, Variable &)> &fn)
{
    const QString &cid = collection.id;
    for (Variable &v : collection.variables) {
        if (v.secret)
            fn(SecretBinder::collectionKey(cid, v.name), v);
    }
    std::function<void(std::vector<CollectionItem> &)> walk =
        [&](std::vector<CollectionItem> &items) {
            for (CollectionItem &item : items) {
                if (auto *folder = std::get_if<Folder>(&item.node)) {
                    for (Variable &v : folder->variables) {
                        if (v.secret)
                            fn(SecretBinder::folderKey(cid, folder->id, v.name), v);
                    }
                    walk(folder->children);
                }
            }
        };
    walk(collection.items);
    for (Environment &env : collection.environments) {
        for (Variable &v : env.variables) {
            if (v.secret)
                fn(SecretBinder::environmentKey(cid, env.name, v.name), v);
        }
    }
}

/// Calls @p fn(key, value, used) for every credential field of @p collection: its own auth,
/// each folder's auth and each request's credentials (see core/model/credentials.h).
void forEachCredential(Collection &collection,
                       const std::function<void(const QString &, QString &, bool)> &fn)
{
    const QString &cid = collection.id;
    const auto visitor = [&](const QString &owner) {
        return [&fn, &cid, owner](const QString &name, QString &value, bool used) {
            fn(SecretBinder::credentialKey(cid, owner, name), value, used);
        };
    };
    credentials::forEachField(collection.auth, visitor(QStringLiteral("collection")));
    std::function<void(std::vector<CollectionItem> &)> walk =
        [&](std::vector<CollectionItem> &items) {
            for (CollectionItem &item : items) {
                if (auto *folder = std::get_if<Folder>(&item.node)) {
                    credentials::forEachField(folder->auth, visitor(folder->id));
                    walk(folder->children);
                } else if (auto *http = std::get_if<HttpItem>(&item.node)) {
                    credentials::forEachField(http->request, visitor(http->request.id));
                } else if (auto *ws = std::get_if<WebSocketItem>(&item.node)) {
                    credentials::forEachField(ws->request, visitor(ws->request.id));
                }
            }
        };
    walk(collection.items);
}

} // namespace

QString SecretBinder::credentialKey(const QString &collectionId,
                                    const QString &ownerId,
                                    const QString &field)
{
    return part(collectionId) + QStringLiteral("/credential/") + part(ownerId) + u'/' + part(field);
}

QString SecretBinder::collectionKey(const QString &collectionId, const QString &variable)
{
    return part(collectionId) + QStringLiteral("/collection/") + part(variable);
}

QString SecretBinder::folderKey(const QString &collectionId,
                                const QString &folderId,
                                const QString &variable)
{
    return part(collectionId) + QStringLiteral("/folder/") + part(folderId) + u'/' + part(variable);
}

QString SecretBinder::environmentKey(const QString &collectionId,
                                     const QString &environment,
                                     const QString &variable)
{
    return part(collectionId) + QStringLiteral("/environment/") + part(environment) + u'/'
           + part(variable);
}

QString SecretBinder::globalKey(const QString &variable)
{
    return QStringLiteral("globals/") + part(variable);
}

QHash<QString, QString> SecretBinder::extract(const Collection &collection)
{
    QHash<QString, QString> out;
    Collection copy = collection;
    forEachSecret(copy, [&out](const QString &key, Variable &v) { out.insert(key, v.value); });
    forEachCredential(copy, [&out](const QString &key, QString &value, bool) {
        if (credentials::isLiteral(value))
            out.insert(key, value);
    });
    return out;
}

QHash<QString, QString> SecretBinder::extractGlobals(const VariableList &globals)
{
    QHash<QString, QString> out;
    for (const Variable &v : globals) {
        if (v.secret)
            out.insert(globalKey(v.name), v.value);
    }
    return out;
}

QStringList SecretBinder::keys(const Collection &collection)
{
    QStringList out;
    Collection copy = collection;
    forEachSecret(copy, [&out](const QString &key, Variable &) { out.append(key); });
    return out + credentialKeys(collection);
}

QStringList SecretBinder::credentialKeys(const Collection &collection)
{
    // A literal credential in memory, or a used one without a value (as loaded from the files):
    // the keychain holds, or may hold, its value.
    QStringList out;
    Collection copy = collection;
    forEachCredential(copy, [&out](const QString &key, QString &value, bool used) {
        if (credentials::isLiteral(value) || (used && value.isEmpty()))
            out.append(key);
    });
    return out;
}

QStringList SecretBinder::globalKeys(const VariableList &globals)
{
    QStringList out;
    for (const Variable &v : globals) {
        if (v.secret)
            out.append(globalKey(v.name));
    }
    return out;
}

int SecretBinder::inject(Collection &collection, const QHash<QString, QString> &values)
{
    int n = 0;
    forEachSecret(collection, [&](const QString &key, Variable &v) {
        const auto it = values.constFind(key);
        if (it != values.constEnd()) {
            v.value = *it;
            ++n;
        }
    });
    forEachCredential(collection, [&](const QString &key, QString &value, bool) {
        const auto it = values.constFind(key);
        if (it != values.constEnd() && value.isEmpty()) { // a value in the file wins
            value = *it;
            ++n;
        }
    });
    return n;
}

int SecretBinder::injectGlobals(VariableList &globals, const QHash<QString, QString> &values)
{
    int n = 0;
    for (Variable &v : globals) {
        const auto it = values.constFind(globalKey(v.name));
        if (v.secret && it != values.constEnd()) {
            v.value = *it;
            ++n;
        }
    }
    return n;
}

Collection SecretBinder::stripped(const Collection &collection)
{
    Collection copy = collection;
    forEachSecret(copy, [](const QString &, Variable &v) { v.value.clear(); });
    forEachCredential(copy, [](const QString &, QString &value, bool) {
        if (credentials::isLiteral(value))
            value.clear();
    });
    return copy;
}

} // namespace wirescope
