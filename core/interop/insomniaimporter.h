#pragma once

#include "core/interop/importer.h"

#include <QJsonValue>

namespace wirescope::interop {

/// Insomnia v4 export (JSON or YAML, as a parsed tree) -> Collection: the workspace names the
/// collection, request groups become folders (parentId links, cycles refused), requests and
/// WebSocket requests become items, the base environment becomes collection variables and
/// sub-environments become Environments. `{{ _.name }}` templates become `{{name}}`; template
/// tags and filters that have no equivalent are kept as written and reported.
Result<ImportResult> importInsomnia(const QJsonValue &root);

/// `{{ _.name }}` / `{{ name }}` -> `{{name}}`. Sets *unsupported when the text holds template
/// tags (`{% ... %}`) or filters that were left as written.
QString convertInsomniaTemplate(const QString &text, bool *unsupported);

} // namespace wirescope::interop
