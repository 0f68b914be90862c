#pragma once

#include "app/cli/streamoptions.h"
#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/websocketrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wirescope::cli {

/// One message `wirescope-cli ws` sends once the connection is open (in the order given).
struct WsOutgoingMessage
{
    WsPayloadKind kind = WsPayloadKind::Text;
    QByteArray payload; ///< UTF-8 text (may hold {{variables}}) or the binary bytes

    friend bool operator==(const WsOutgoingMessage &, const WsOutgoingMessage &) = default;
};

/// Everything `wirescope-cli ws` was asked to do.
/// (--expect N closes with 1000 and exits after N received messages.)
struct WsOptions : StreamOptions
{
    WebSocketRequest request;
    QList<WsOutgoingMessage> messages; ///< --send / --send-binary, in order
    bool interactive = true;           ///< no --send/--send-binary/--expect: stdin lines are sent
};

/// Parses the arguments after `ws` (see wsUsage()). Pure apart from reading the files of
/// `--send-binary @FILE` (their bytes become messages).
///
/// Errors: Error::Kind::InvalidRequest for a usage error (unknown option, missing or bad value,
/// malformed header, bad hex/base64, no URL or two URLs), Error::Kind::File when a file cannot
/// be read. The URL itself is validated later by the engine (with variables resolved).
Result<WsOptions> parseWsArgs(const QStringList &args);

} // namespace wirescope::cli
