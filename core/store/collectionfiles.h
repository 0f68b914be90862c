#pragma once

#include "core/model/collection.h"
#include "core/model/error.h"
#include "core/store/jsonfile.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace wirescope {

/// What loading a collection directory gave: the collection, the files that could not be
/// read (each with path, line and column; the rest of the collection loaded anyway), and the
/// store files read successfully (relative paths, '/'-separated) — a later save removes only
/// files from this list, never a file it did not read (a corrupt one, or one a `git pull` just
/// added).
struct CollectionLoad
{
    Collection collection;
    QList<LoadProblem> problems;
    QStringList files;
};

/// What a save did.
struct SaveReport
{
    QStringList files; ///< every file of the collection now on disk (relative paths)
    int written = 0;   ///< files whose bytes changed (or were new)
    int unchanged = 0; ///< files left alone because their bytes were already right
    int removed = 0;   ///< files of deleted or renamed items removed
    /// Files not written because they are in the keep list (they could not be read at load:
    /// overwriting them would lose what is in them). Fix or remove them, then save again.
    QStringList kept;
};

/// The native collection format (format 1): a collection is a directory
///
///     collection.json              {"format": 1, "id", "name", "description", "auth",
///                                   "headers", "variables", "scripts",
///                                   "order": ["Get user.request.json", "Admin/", ...],
///                                   "environments": ["Staging.json", ...]}
///     <name>.request.json          an HTTP request (collectionjson.h: HTTP item) + "format"
///     <name>.ws.json               a WebSocket request (websocketrequestjson.h) + "format"
///     <name>/folder.json           a folder's own fields + "order" of its children
///     environments/<name>.json     {"format": 1, "name", "variables"}
///
/// File names come from item names through safeFileStem() (collisions: "Name 2", "Name 3" in
/// the order of the children); the real name is the "name" inside the file. Files are
/// pretty-printed JSON with keys in alphabetical order and default values omitted, so editing
/// one field changes one line. "order" lists the children by file name (folders with a
/// trailing '/'); files present but not listed load after the listed ones, by file name.
/// Directories without folder.json, hidden entries and unknown files are not part of the
/// collection and are never touched. Secret variables are written without their value.
namespace store {

/// Largest folder nesting loaded (deeper folders are reported as a problem).
constexpr int kMaxFolderDepth = 32;

/// The files a save of @p collection writes: relative path -> exact bytes.
QMap<QString, QByteArray> renderCollectionFiles(const Collection &collection);

/// Loads the collection in @p directory. An error (not a problem) when the directory has no
/// collection.json or its collection.json was written by a newer Wirescope.
Result<CollectionLoad> loadCollectionDirectory(const QString &directory);

/// Saves @p collection into @p directory (created if needed): each file whose bytes differ is
/// replaced atomically (QSaveFile), identical files are left untouched, and files listed in
/// @p previousFiles that the collection no longer has are removed (with folders left empty).
/// Files in @p keepFiles (relative paths; typically those that had a LoadProblem) are never
/// overwritten: they are listed in SaveReport::kept instead.
Result<SaveReport> saveCollectionDirectory(const QString &directory,
                                           const Collection &collection,
                                           const QStringList &previousFiles,
                                           const QStringList &keepFiles = {});

} // namespace store
} // namespace wirescope
