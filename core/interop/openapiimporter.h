#pragma once

#include "core/interop/documentreader.h"
#include "core/interop/importer.h"

#include <QJsonValue>

namespace wirescope::interop {

/// OpenAPI 3.x and Swagger 2.0 (the parsed JSON/YAML tree; Swagger is first converted, see
/// convertSwagger2) -> Collection: the first server becomes the {{baseUrl}} collection
/// variable, each operation a request in a folder per first tag, with path/query/header
/// parameters, a JSON body from the examples or a skeleton generated from the schema, and auth
/// where a security scheme maps (HTTP basic/bearer, API key, OAuth 2, OpenID Connect).
/// Local $refs are resolved with cycle and depth guards.
/// Requests follow the document's order of paths when @p order has it (see
/// parseJsonOrYamlDocument), else the sorted order of the parsed tree.
/// With @p folder (the document's own folder), `$ref`s to files beside the document are read
/// too (see bundleExternalRefs); without it they are reported as not followed.
Result<ImportResult>
importOpenApi(const QJsonValue &root, const NestedKeyOrder &order = {}, const QString &folder = {});

} // namespace wirescope::interop
