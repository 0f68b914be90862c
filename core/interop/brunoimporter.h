#pragma once

#include "core/interop/importer.h"

#include <QString>

namespace wirescope::interop {

/// Most `.bru` files and folders one Bruno import reads; a larger folder is refused.
constexpr int kMaxBrunoFiles = 20000;

/// True when @p path is a folder holding a `bruno.json` (a Bruno collection).
bool isBrunoCollectionFolder(const QString &path);

/// Imports the Bruno collection folder @p dir: bruno.json, collection.bru, folder.bru and
/// request `.bru` files below it, and environments/*.bru. Nothing outside @p dir is read:
/// symbolic links that lead out of it (or back into a folder already read) are skipped and
/// noted. A `.bru` file that does not parse is left out with a note naming its line.
Result<ImportResult> importBrunoFolder(const QString &dir);

} // namespace wirescope::interop
