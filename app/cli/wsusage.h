#pragma once

#include <QString>

namespace wirescope::cli {

/// `wirescope-cli ws --help`: every option of `ws`, the output formats and the exit codes.
QString wsUsage();

} // namespace wirescope::cli
