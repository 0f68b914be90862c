#pragma once

#include "core/model/collection.h"
#include "core/model/error.h"
#include "core/runner/effectiverequest.h"

#include <optional>

namespace wirescope::cli {

/// A request file of a collection directory (as the window saves them), and the collection
/// it lies in when there is one above it.
struct SavedRequest
{
    HttpItem item;                        ///< as the file has it
    std::optional<Collection> collection; ///< the collection directory above the file
    QString collectionDirectory;          ///< where it was found (empty without one)
};

/// Reads @p file and the nearest collection directory above it (a folder that holds
/// collection.json). Errors: Error::Kind::File when the file cannot be read,
/// InvalidRequest (with "path:line:column") when it is not a request file or the collection
/// above it cannot be loaded.
Result<SavedRequest> loadSavedRequest(const QString &file);

/// @p saved as every front end sends it: in its collection, with the auth, headers, scripts
/// and variables it inherits there (the collection's copy of the item, so values filled in
/// since loading, such as secrets from the keychain, count); a loose request otherwise.
EffectiveRequest effectiveSavedRequest(const SavedRequest &saved);

} // namespace wirescope::cli
