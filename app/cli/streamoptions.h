#pragma once

#include "core/model/error.h"
#include "core/model/keyvalue.h"

#include <QString>

namespace wirescope {
struct Request;
struct WebSocketRequest;
} // namespace wirescope

namespace wirescope::cli {

struct CommandLine;

/// What `ws` and `sse` both take: the conversation's limits and output, besides the request.
struct StreamOptions
{
    KeyValueList variables;  ///< --var name=value (request-local scope), in order
    int expect = 0;          ///< --expect N: stop (and exit 0) after N received messages/events
    int timeoutMs = 0;       ///< -m/--timeout S: give up (exit 5) after S seconds; 0 = never
    bool jsonOutput = false; ///< --json: one JSON object per line per event
    bool help = false;       ///< --help: print the usage and do nothing else
};

/// Takes the stream options of @p line into @p out, and its one URL and its shared request
/// options (SharedOptions::applyTo) into @p request; @p usage is the synopsis a missing URL
/// points to ("wirescope-cli sse [options] URL").
Result<void> takeStreamOptions(StreamOptions &out,
                               Request &request,
                               const CommandLine &line,
                               const QString &usage);
Result<void> takeStreamOptions(StreamOptions &out,
                               WebSocketRequest &request,
                               const CommandLine &line,
                               const QString &usage);

} // namespace wirescope::cli
