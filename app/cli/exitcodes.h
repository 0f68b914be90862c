#pragma once

#include "core/model/error.h"

namespace wirescope {
struct Exchange;
}

namespace wirescope::cli {

/// The process exit codes of wirescope-cli; `--help` lists them.
enum class ExitCode : int {
    Ok = 0,                 ///< the exchange completed (whatever the HTTP status, unless --fail)
    RunFailed = 1,          ///< run: a request failed or an assertion did not hold
    Usage = 2,              ///< bad option or value, bad URL or header: nothing was sent
    Network = 3,            ///< DNS, refused, reset, protocol, proxy, redirect loop or limit
    Tls = 4,                ///< handshake or certificate verification failed
    Timeout = 5,            ///< the total or the inactivity timeout ran out
    TooLarge = 6,           ///< the response exceeded --max-filesize (or the default limit)
    File = 7,               ///< a local file could not be read or written
    WsHandshakeRefused = 8, ///< ws: the server answered the upgrade with an HTTP status, not 101;
                            ///< sse: the answer was not an event stream
    WsAbnormalClose = 9,    ///< ws: dropped without a close frame (1006) or a protocol error;
                            ///< sse: the connection broke while streaming
    WsPeerClosed = 10,      ///< ws: the server closed with a code other than 1000/1001, or
                            ///< closed before --expect N messages arrived; sse: the stream
                            ///< ended before --expect N events
    GraphQLErrors = 11,     ///< send --graphql --fail: the answer carried GraphQL `errors`
    HttpError = 22,         ///< --fail and the status was >= 400 (curl's number)
};

/// The exit code for an error of @p kind.
ExitCode exitCodeFor(Error::Kind kind);

/// The exit code for a finished exchange: its error if any, else HttpError when @p fail and
/// the status is >= 400, else Ok.
ExitCode exitCodeFor(const Exchange &exchange, bool fail);

} // namespace wirescope::cli
