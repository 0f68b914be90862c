#pragma once

#include "app/cli/streamoptions.h"
#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/request.h"

#include <QString>

namespace wirescope::cli {

/// Everything `wirescope-cli sse` was asked to do.
struct SseOptions : StreamOptions
{
    Request request;          ///< method GET unless -X; headers from -H
    bool reconnect = false;   ///< --reconnect: reconnect with Last-Event-ID and `retry`
    bool anyType = false;     ///< --any-type: stream a 2xx response whatever its Content-Type
    qint64 maxEventBytes = 0; ///< --max-event-size: 0 = the parser's default
};

/// Parses the arguments after `sse` (see sseUsage()). Pure.
///
/// Errors: Error::Kind::InvalidRequest for a usage error (unknown option, missing or bad
/// value, malformed header, no URL or two URLs). The URL is validated later by the engine.
Result<SseOptions> parseSseArgs(const QStringList &args);

} // namespace wirescope::cli
