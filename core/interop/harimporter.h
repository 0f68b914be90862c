#pragma once

#include "core/interop/importer.h"

#include <QJsonValue>

namespace wirescope::interop {

/// HAR 1.2 (the parsed JSON tree) -> Collection: one request per entry (method, URL, headers
/// without HTTP/2 pseudo-headers, postData text or params), each with its recorded response as
/// an ExampleResponse (base64 content decoded).
Result<ImportResult> importHar(const QJsonValue &root);

} // namespace wirescope::interop
