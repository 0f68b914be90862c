#include "core/model/collectionwalk.h"

namespace wirescope {

namespace {

void collect(const std::vector<CollectionItem> &items,
             QList<const Folder *> &ancestors,
             QList<RequestRef> &out)
{
    for (const CollectionItem &item : items) {
        if (const auto *folder = std::get_if<Folder>(&item.node)) {
            ancestors.append(folder);
            collect(folder->children, ancestors, out);
            ancestors.removeLast();
        } else {
            out.append(RequestRef{&item, ancestors});
        }
    }
}

} // namespace

QStringList RequestRef::folderPath() const
{
    QStringList names;
    for (const Folder *folder : ancestors)
        names.append(folder->name);
    return names;
}

QList<RequestRef>
flattenRequests(const Collection &collection, const QString &folderPath, bool *found)
{
    QList<RequestRef> out;
    QList<const Folder *> ancestors;
    const std::vector<CollectionItem> *items = &collection.items;
    if (found)
        *found = true;
    for (const QString &name : folderPath.split(u'/', Qt::SkipEmptyParts)) {
        const Folder *next = nullptr;
        for (const CollectionItem &item : *items) {
            const auto *folder = std::get_if<Folder>(&item.node);
            if (folder && folder->name == name) {
                next = folder;
                break;
            }
        }
        if (!next) {
            if (found)
                *found = false;
            return {};
        }
        ancestors.append(next);
        items = &next->children;
    }
    collect(*items, ancestors, out);
    return out;
}

Request withInheritedDefaults(const Collection &collection,
                              const QList<const Folder *> &ancestors,
                              const Request &request)
{
    Request effective = request;
    if (effective.auth.kind == AuthKind::Inherit) {
        effective.auth = Auth{}; // None when nothing above sets one
        bool resolved = false;
        for (auto it = ancestors.crbegin(); it != ancestors.crend() && !resolved; ++it) {
            if ((*it)->auth.kind != AuthKind::Inherit) {
                effective.auth = (*it)->auth;
                resolved = true;
            }
        }
        if (!resolved && collection.auth.kind != AuthKind::Inherit)
            effective.auth = collection.auth;
    }
    QList<const KeyValueList *> layers{&collection.headers};
    for (const Folder *folder : ancestors)
        layers.append(&folder->headers);
    // The innermost layer wins a name; the result lists outer layers first.
    KeyValueList inherited;
    for (auto layer = layers.crbegin(); layer != layers.crend(); ++layer) {
        KeyValueList accepted;
        for (const KeyValue &header : **layer) {
            if (header.enabled && !containsName(effective.headers, header.name)
                && !containsName(inherited, header.name) && !containsName(accepted, header.name))
                accepted.append(header);
        }
        inherited = accepted + inherited;
    }
    effective.headers = inherited + effective.headers;
    return effective;
}

} // namespace wirescope
