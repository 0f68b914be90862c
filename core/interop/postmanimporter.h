#pragma once

#include "core/interop/importer.h"

#include <QJsonValue>

namespace wirescope::interop {

/// Postman Collection v2.0 / v2.1 (the parsed JSON tree) -> Collection. Folders at any depth
/// up to kMaxFolderDepth, auth at every level, variables, saved responses, scripts (kept; the
/// report names each pm/postman call they make that the script engine does not implement). Refuses
/// a tree that is not a collection with a Kind::Parse error.
Result<ImportResult> importPostmanCollection(const QJsonValue &root);

/// A Postman environment export ({"name", "values": [...]}) -> one Environment;
/// "secret" variables become Variable::secret.
Result<ImportResult> importPostmanEnvironment(const QJsonValue &root);

} // namespace wirescope::interop
