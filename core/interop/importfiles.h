#pragma once

#include <QString>

namespace wirescope {
struct ImportResult;
} // namespace wirescope

namespace wirescope::interop {

/// Lists in the report, as a warning, every body file (a multipart file part, a binary body)
/// that lies outside @p folder, the folder the input was read from: an absolute path
/// elsewhere or a `..` that climbs out (with no folder, pasted text: any absolute path or
/// leading `..`). A shared collection must not quietly send a file such as ~/.ssh/id_rsa.
void reportFilesOutside(ImportResult &result, const QString &folder);

} // namespace wirescope::interop
