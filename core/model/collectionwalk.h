#pragma once

#include "core/model/collection.h"

#include <QList>
#include <QStringList>

namespace wirescope {

/// A request found in a collection tree, with the folders above it (outermost first).
/// Pointers refer into the collection, which must outlive the reference and not change.
struct RequestRef
{
    const CollectionItem *item = nullptr; ///< an HttpItem or WebSocketItem node
    QList<const Folder *> ancestors;
    QStringList folderPath() const; ///< ancestor names, outermost first
};

/// Every request in @p collection depth-first in stored order. With @p folderPath (names
/// joined by '/'), only requests inside that folder; an unknown folder gives an empty list
/// and sets @p found to false.
QList<RequestRef> flattenRequests(const Collection &collection,
                                  const QString &folderPath = {},
                                  bool *found = nullptr);

/// @p request with what it inherits: auth of kind Inherit takes the nearest folder's (then the
/// collection's) non-Inherit auth; folder and collection headers are added (outermost first)
/// unless the request already has an enabled header of that name.
Request withInheritedDefaults(const Collection &collection,
                              const QList<const Folder *> &ancestors,
                              const Request &request);

} // namespace wirescope
