#pragma once

#include <QString>

namespace wirescope::cli {

/// `wirescope-cli --help`: the subcommands and the global options.
QString mainUsage();

/// `wirescope-cli send --help`: every option of `send`, the JSON output and the exit codes.
QString sendUsage();

} // namespace wirescope::cli
