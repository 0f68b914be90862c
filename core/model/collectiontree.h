#pragma once

#include "core/model/collection.h"

#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace wirescope {

/// Where an item sits in a collection: child indices from the top level down ({2, 0} is the
/// first child of the third top-level item). The empty path is the collection itself.
using ItemPath = QList<int>;

/// Path-addressed edits of a collection tree, the operations the sidebar offers (and undoes).
/// Every function checks its path and returns false / nullopt / nullptr for a bad one.
namespace tree {

/// The children list a path's item holds: the collection's items for {}, a folder's children.
/// nullptr when @p path does not name the collection or a folder.
std::vector<CollectionItem> *childrenOf(Collection &collection, const ItemPath &path);
const std::vector<CollectionItem> *childrenOf(const Collection &collection, const ItemPath &path);

CollectionItem *itemAt(Collection &collection, const ItemPath &path);
const CollectionItem *itemAt(const Collection &collection, const ItemPath &path);

/// The path of the item with @p id (folders and requests), or nullopt.
std::optional<ItemPath> findById(const Collection &collection, const QString &id);

/// Inserts @p item as child @p row of @p parent (row clamped to the end).
bool insert(Collection &collection, const ItemPath &parent, int row, CollectionItem item);

/// Removes and returns the item at @p path.
std::optional<CollectionItem> take(Collection &collection, const ItemPath &path);

/// Moves the item at @p from to child @p row of @p toParent (the row as counted before the
/// move). Refuses to move a folder into itself or its descendants. Returns the new path.
std::optional<ItemPath>
move(Collection &collection, const ItemPath &from, const ItemPath &toParent, int row);

bool rename(Collection &collection, const ItemPath &path, const QString &name);

/// A deep copy of the item at @p path with fresh ids (for every descendant too), named
/// "<name> copy", inserted right after it. Returns the copy's path.
std::optional<ItemPath> duplicate(Collection &collection, const ItemPath &path);

/// @p item with fresh ids throughout (copy, paste, import into an existing collection).
CollectionItem withFreshIds(CollectionItem item);

/// A copy of @p collection keeping only the requests whose id is in @p ids, and the folders
/// on their way (so inherited auth and headers still apply): the runner's "re-run failed".
Collection onlyRequests(const Collection &collection, const QSet<QString> &ids);

} // namespace tree
} // namespace wirescope
