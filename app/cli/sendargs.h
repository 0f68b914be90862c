#pragma once

#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/request.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace wirescope::cli {

/// Everything `wirescope-cli send` was asked to do: the request to send and what to do with
/// the exchange afterwards.
struct SendOptions
{
    Request request;
    KeyValueList variables;   ///< --var name=value, request-local scope, in order
    bool jsonOutput = false;  ///< --json
    bool includeBody = false; ///< --include-body (with --json)
    bool fail = false;        ///< --fail: exit 22 when the status is >= 400 (11: GraphQL errors)
    QString outputFile;       ///< -o FILE: the body goes there (atomically), not to stdout
    /// --saved FILE: send this request file of a collection directory as the window and `run`
    /// do (inherited auth and headers, scripts, assertions). `request` then only carries -k;
    /// timeoutMs is -m's value.
    QString savedFile;
    QString environment;            ///< -e NAME (with --saved)
    bool noKeychain = false;        ///< --no-keychain (with --saved)
    bool allowFilesOutside = false; ///< --allow-files-outside (with --saved)
    std::optional<int> timeoutMs;   ///< -m (with --saved)
    bool help = false;              ///< --help: print the usage and do nothing else
};

/// Parses the arguments that follow `send` (curl-like, see sendusage.h) into SendOptions.
///
/// Pure apart from one thing: `-d @FILE`, `--json-body @FILE`, `--graphql @FILE` and
/// `--graphql-variables @FILE` read FILE (`@-` reads standard input) because their text
/// becomes part of the body. Files for
/// `--data-binary @FILE`, `-F name=@FILE`, `--cacert`, `--cert` and `--key` are only
/// recorded; the engine reads them when sending.
///
/// Errors: Error::Kind::InvalidRequest for a usage error (unknown option, missing or bad
/// value, a header that is malformed or contains CR/LF, no URL), Error::Kind::File when a
/// `@FILE` cannot be read. The message is one plain sentence without a trailing newline.
Result<SendOptions> parseSendArgs(const QStringList &args);

} // namespace wirescope::cli
