#pragma once

#include "core/interop/importreport.h"
#include "core/model/error.h"

#include <QJsonObject>

namespace wirescope::interop {

/// Swagger 2.0 (the parsed tree) -> the OpenAPI 3.0 shape the OpenAPI importer reads, so both
/// go through one mapping: host/basePath/schemes become servers (one per scheme), `body` and
/// `formData` parameters a requestBody (media types from `consumes`, `type: file` a binary
/// part), the other parameters get their type in a `schema`, `x-example` becomes `example`,
/// definitions and responses move under components (their $refs follow) and
/// securityDefinitions become securitySchemes (basic, apiKey, the four OAuth 2 flows).
/// What has no OpenAPI 3 counterpart the importer uses is listed in @p report.
/// Errors name the problem (a version other than 2.0, `paths` that is not a mapping).
Result<QJsonObject> convertSwagger2(const QJsonObject &root, ImportReport &report);

} // namespace wirescope::interop
