#include "app/cli/exitcodes.h"

#include "core/model/exchange.h"

namespace wirescope::cli {

ExitCode exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::InvalidRequest:
    case Error::Kind::Parse:
        return ExitCode::Usage;
    case Error::Kind::Tls:
        return ExitCode::Tls;
    case Error::Kind::Timeout:
    case Error::Kind::InactivityTimeout:
        return ExitCode::Timeout;
    case Error::Kind::TooLarge:
        return ExitCode::TooLarge;
    case Error::Kind::File:
        return ExitCode::File;
    case Error::Kind::Dns:
    case Error::Kind::ConnectionRefused:
    case Error::Kind::ConnectionReset:
    case Error::Kind::TooManyRedirects:
    case Error::Kind::Proxy:
    case Error::Kind::Protocol:
    case Error::Kind::Cancelled:
    case Error::Kind::Other:
        break;
    }
    return ExitCode::Network;
}

ExitCode exitCodeFor(const Exchange &exchange, bool fail)
{
    if (exchange.error)
        return exitCodeFor(exchange.error->kind);
    if (!exchange.response)
        return ExitCode::Network;
    if (fail && exchange.response->status >= 400)
        return ExitCode::HttpError;
    return ExitCode::Ok;
}

} // namespace wirescope::cli
