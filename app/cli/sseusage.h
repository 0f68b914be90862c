#pragma once

#include <QString>

namespace wirescope::cli {

/// `wirescope-cli sse --help`: the options of `sse`, the output formats and the exit codes.
QString sseUsage();

} // namespace wirescope::cli
