#pragma once

#include "app/cli/optionspec.h"
#include "app/cli/optiontokenizer.h"
#include "app/cli/sharedoption.h"
#include "core/model/auth.h"
#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/requestsettings.h"

#include <QString>

#include <initializer_list>
#include <optional>

namespace wirescope {
struct Request;
struct WebSocketRequest;
class VariableContext;
} // namespace wirescope

namespace wirescope::cli {

/// The values of the options that send, ws, sse and run share (see SharedOption), read by
/// one applier so that `-H`, `--var`, the TLS options, the proxy, the auth and the time
/// limit mean the same, and fail with the same words, in every subcommand.
struct SharedOptions
{
    KeyValueList headers;          ///< -H, in order (ws's --origin goes here too)
    KeyValueList variables;        ///< --var name=value, in order
    std::optional<QString> method; ///< -X, trimmed
    Auth auth;       ///< -u (Basic) or --bearer; AuthKind::None without; --aws-sigv4 fills aws
    TlsSettings tls; ///< --cacert, --cert, --key, --pass, -k, --accept-tls-error
    std::optional<ProxySettings> proxy; ///< --proxy or --noproxy (the last one wins)
    std::optional<int> timeoutMs;       ///< -m/--max-time (ws, sse: --timeout), in ms
    bool jsonOutput = false;            ///< --json
    int expect = 0;                     ///< --expect N
    QString environment;                ///< -e/--env NAME: the collection's environment
    bool noKeychain = false;            ///< --no-keychain
    bool allowFilesOutside = false;     ///< --allow-files-outside
    bool keyOrPassGiven = false;        ///< --key or --pass (they need --cert)

    /// Applies @p token, a shared option (see isSharedOption()). Errors are usage errors
    /// naming the option as spelled.
    Result<void> apply(const OptionToken &token);

    /// How the shared options combine: -u and --bearer exclude each other, --key and --pass
    /// need --cert.
    Result<void> check() const;

    /// Puts the headers, the auth, the TLS settings and the proxy into @p request (what was
    /// not given stays as the request has it). The method and the time limit are the
    /// command's business: they mean different things for send and for a stream.
    void applyTo(Request &request) const;
    void applyTo(WebSocketRequest &request) const;
};

/// True when @p id is a SharedOption (a command's own ids are smaller).
bool isSharedOption(int id);

/// The one table of shared options: the specs of @p ids, in that order, for a command's
/// OptionTable.
OptionTable sharedOptionSpecs(std::initializer_list<SharedOption> ids);

/// @p usage with each line that reads `<--NAME>` or `<--NAME --OTHER ...>` (shared options'
/// long names) replaced by those options' --help lines from the shared table.
QString withSharedOptionHelp(const QString &usage);

/// --var values as the request-local scope the engine resolves {{name}} against.
VariableContext localVariables(const KeyValueList &variables);

} // namespace wirescope::cli
