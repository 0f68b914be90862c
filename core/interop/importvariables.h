#pragma once

#include "core/interop/importer.h"

namespace wirescope::interop {

/// Adds to @p result's report what the imported requests need before they can be sent: the
/// {{variables}} they use (with what they inherit) that nothing in the import defines
/// (collection, folder and environment variables; dynamic {{$names}} aside), and the
/// collection variables they use that have no value yet (an OpenAPI server or credential).
void reportNeededVariables(ImportResult &result);

} // namespace wirescope::interop
