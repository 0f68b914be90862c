#include "core/model/collectiontree.h"

namespace wirescope::tree {

std::vector<CollectionItem> *childrenOf(Collection &collection, const ItemPath &path)
{
    if (path.isEmpty())
        return &collection.items;
    CollectionItem *item = itemAt(collection, path);
    auto *folder = item ? std::get_if<Folder>(&item->node) : nullptr;
    return folder ? &folder->children : nullptr;
}

const std::vector<CollectionItem> *childrenOf(const Collection &collection, const ItemPath &path)
{
    return childrenOf(const_cast<Collection &>(collection), path);
}

CollectionItem *itemAt(Collection &collection, const ItemPath &path)
{
    std::vector<CollectionItem> *children = &collection.items;
    CollectionItem *item = nullptr;
    for (int index : path) {
        if (!children || index < 0 || index >= int(children->size()))
            return nullptr;
        item = &(*children)[size_t(index)];
        auto *folder = std::get_if<Folder>(&item->node);
        children = folder ? &folder->children : nullptr;
    }
    return item;
}

const CollectionItem *itemAt(const Collection &collection, const ItemPath &path)
{
    return itemAt(const_cast<Collection &>(collection), path);
}

namespace {

bool findIn(const std::vector<CollectionItem> &items, const QString &id, ItemPath &path)
{
    for (int i = 0; i < int(items.size()); ++i) {
        path.append(i);
        if (items[size_t(i)].id() == id)
            return true;
        if (const auto *folder = std::get_if<Folder>(&items[size_t(i)].node)) {
            if (findIn(folder->children, id, path))
                return true;
        }
        path.removeLast();
    }
    return false;
}

void refreshIds(CollectionItem &item)
{
    std::visit(
        [](auto &n) {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, Folder>) {
                n.id = newItemId();
                for (CollectionItem &child : n.children)
                    refreshIds(child);
            } else {
                n.request.id = newItemId();
            }
        },
        item.node);
}

void setName(CollectionItem &item, const QString &name)
{
    std::visit(
        [&](auto &n) {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, Folder>)
                n.name = name;
            else
                n.request.name = name;
        },
        item.node);
}

} // namespace

std::optional<ItemPath> findById(const Collection &collection, const QString &id)
{
    ItemPath path;
    if (!id.isEmpty() && findIn(collection.items, id, path))
        return path;
    return std::nullopt;
}

bool insert(Collection &collection, const ItemPath &parent, int row, CollectionItem item)
{
    std::vector<CollectionItem> *children = childrenOf(collection, parent);
    if (!children)
        return false;
    row = std::clamp(row, 0, int(children->size()));
    children->insert(children->begin() + row, std::move(item));
    return true;
}

std::optional<CollectionItem> take(Collection &collection, const ItemPath &path)
{
    if (path.isEmpty())
        return std::nullopt;
    std::vector<CollectionItem> *children = childrenOf(collection, path.mid(0, path.size() - 1));
    const int row = path.last();
    if (!children || row < 0 || row >= int(children->size()))
        return std::nullopt;
    CollectionItem item = std::move((*children)[size_t(row)]);
    children->erase(children->begin() + row);
    return item;
}

std::optional<ItemPath>
move(Collection &collection, const ItemPath &from, const ItemPath &toParent, int row)
{
    if (from.isEmpty() || !itemAt(collection, from) || !childrenOf(collection, toParent))
        return std::nullopt;
    if (toParent.size() >= from.size() && toParent.mid(0, from.size()) == from)
        return std::nullopt; // into itself or a descendant
    ItemPath parent = toParent;
    const ItemPath fromParent = from.mid(0, from.size() - 1);
    const int fromRow = from.last();
    // Removing the item shifts later siblings of its parent (and the destination path when it
    // runs through one of them) up by one.
    if (parent.size() > fromParent.size() && parent.mid(0, fromParent.size()) == fromParent
        && parent[fromParent.size()] > fromRow)
        --parent[fromParent.size()];
    if (parent == fromParent && row > fromRow)
        --row;
    std::optional<CollectionItem> item = take(collection, from);
    if (!item)
        return std::nullopt;
    std::vector<CollectionItem> *children = childrenOf(collection, parent);
    row = std::clamp(row, 0, int(children->size()));
    children->insert(children->begin() + row, std::move(*item));
    ItemPath result = parent;
    result.append(row);
    return result;
}

bool rename(Collection &collection, const ItemPath &path, const QString &name)
{
    CollectionItem *item = itemAt(collection, path);
    if (!item || name.trimmed().isEmpty())
        return false;
    setName(*item, name.trimmed());
    return true;
}

CollectionItem withFreshIds(CollectionItem item)
{
    refreshIds(item);
    return item;
}

std::optional<ItemPath> duplicate(Collection &collection, const ItemPath &path)
{
    const CollectionItem *item = itemAt(collection, path);
    if (!item)
        return std::nullopt;
    CollectionItem copy = withFreshIds(*item);
    setName(copy, item->name() + QStringLiteral(" copy"));
    ItemPath parent = path.mid(0, path.size() - 1);
    if (!insert(collection, parent, path.last() + 1, std::move(copy)))
        return std::nullopt;
    ItemPath result = parent;
    result.append(path.last() + 1);
    return result;
}

namespace {

std::vector<CollectionItem> keepOnly(const std::vector<CollectionItem> &items,
                                     const QSet<QString> &ids)
{
    std::vector<CollectionItem> kept;
    for (const CollectionItem &item : items) {
        if (const auto *folder = std::get_if<Folder>(&item.node)) {
            std::vector<CollectionItem> children = keepOnly(folder->children, ids);
            if (!children.empty()) {
                Folder copy = *folder;
                copy.children = std::move(children);
                kept.push_back(CollectionItem{std::move(copy)});
            }
        } else if (ids.contains(item.id())) {
            kept.push_back(item);
        }
    }
    return kept;
}

} // namespace

Collection onlyRequests(const Collection &collection, const QSet<QString> &ids)
{
    Collection copy = collection;
    copy.items = keepOnly(collection.items, ids);
    return copy;
}

} // namespace wirescope::tree
