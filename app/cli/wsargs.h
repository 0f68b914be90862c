#pragma once

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
struct WsOptions
{
    WebSocketRequest request;
    KeyValueList variables;            ///< --var name=value (request-local scope), in order
    QList<WsOutgoingMessage> messages; ///< --send / --send-binary, in order
    int expect = 0;          ///< --expect N: close (1000) and exit after N received messages
    int timeoutMs = 0;       ///< --timeout S: give up (exit 5) after S seconds in total; 0 = never
    bool jsonOutput = false; ///< --json: one JSON object per line per event
    bool interactive = true; ///< no --send/--send-binary/--expect: stdin lines are sent
    bool help = false;
};

/// Parses the arguments after `ws` (see wsUsage()). Pure apart from reading the files of
/// `--send-binary @FILE` (their bytes become messages).
///
/// Errors: Error::Kind::InvalidRequest for a usage error (unknown option, missing or bad value,
/// malformed header, bad hex/base64, no URL or two URLs), Error::Kind::File when a file cannot
/// be read. The URL itself is validated later by the engine (with variables resolved).
Result<WsOptions> parseWsArgs(const QStringList &args);

} // namespace wirescope::cli
