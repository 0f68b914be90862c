#pragma once

#include "core/model/error.h"
#include "core/model/request.h"

#include <QString>

namespace wirescope {

/// A curl command line equivalent to sending @p resolved (variables already filled in):
/// the same method, URL, headers in send order, body and transport options. A simple
/// generator for "Copy as curl", now a thin call to core/interop/codegen.h.
Result<QString> curlCommand(const Request &resolved);

} // namespace wirescope
