#pragma once

#include "core/interop/importreport.h"
#include "core/model/error.h"

#include <QJsonObject>

namespace wirescope::interop {

/// True when @p top is an Insomnia v5 file (`type: collection.insomnia.rest/5.0`, or the
/// spec/environment/mock kinds Insomnia 11+ writes beside it).
bool isInsomniaV5(const QJsonObject &top);

/// Insomnia v5 (Insomnia 11 and later; YAML or the JSON form) -> the v4 export shape
/// (`_type: export`, a flat `resources` list linked by parentId), so one importer maps
/// requests, auth, bodies and templates for both. The v5 tree is walked with the same depth
/// bound as every importer; what v4 and Wirescope cannot hold (gRPC and Socket.IO requests,
/// cookies, CA certificates, the design document, test suites) is listed in @p report.
/// A mock-server file holds no requests and is refused with an error that says so.
Result<QJsonObject> convertInsomniaV5(const QJsonObject &top, ImportReport &report);

} // namespace wirescope::interop
