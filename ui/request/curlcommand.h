#pragma once

#include "core/model/error.h"
#include "core/model/request.h"

#include <QString>

namespace wirescope {

/// A curl command line equivalent to sending @p resolved (variables already filled in):
/// the same method, URL, headers in send order, body and transport options. A simple
/// generator for "Copy as curl"; the code-generation work supersedes it.
Result<QString> curlCommand(const Request &resolved);

/// @p text quoted for a POSIX shell.
QString shellQuote(const QString &text);

} // namespace wirescope
