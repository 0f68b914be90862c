#pragma once

#include "core/vars/resolver.h"

namespace wirescope {

/// Stand-ins for {{$uuid}}, {{$timestamp}} and friends when the editor checks what it would
/// send (URL validation, live JSON checks): plausible and fixed, so checking as the user
/// types neither consumes randomness nor flickers.
DynamicVariables previewDynamicVariables();

} // namespace wirescope
