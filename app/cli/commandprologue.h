#pragma once

#include "core/model/error.h"

#include <QString>

#include <optional>

namespace wirescope::cli {

/// What the prologue needs to know about a subcommand.
struct CommandInfo
{
    QString (*usage)();         ///< its --help text
    const char *insecureScope;  ///< what -k weakens: "this request", "this connection", ...
    const char *insecureAdvice; ///< what to use instead of -k (may be empty)
};

/// How every subcommand starts, so that usage errors, --help and -k read the same in all of
/// them: a parse error is printed as one "wirescope-cli: error:" line and its exit code (2,
/// or 7 for an unreadable @FILE) returned; --help prints the usage on stdout and returns 0;
/// otherwise -k prints the loud warning and nullopt says "go on".
/// Instantiated for SendOptions, WsOptions, SseOptions, RunArgs, ServeOptions, CommandLine.
template<typename Options>
std::optional<int> commandPrologue(const Result<Options> &parsed, const CommandInfo &info);

/// Prints @p error as one "wirescope-cli: error:" line and returns the exit code for its kind.
int reportFailure(const Error &error);

} // namespace wirescope::cli
