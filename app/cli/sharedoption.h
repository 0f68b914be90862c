#pragma once

namespace wirescope::cli {

/// The options that several subcommands share, declared once in the shared option table
/// (sharedoptions.cpp) and applied once by SharedOptions. A command's own option ids are
/// small numbers of its own enum; these start at 1000 so both fit one OptionSpec::id.
enum class SharedOption : int {
    Help = 1000,       ///< -h, --help: every command
    Header,            ///< -H, --header 'Name: value': send, ws, sse
    Var,               ///< --var name=value: send, ws, sse, run, codegen
    Method,            ///< -X, --request METHOD: send, sse
    User,              ///< -u, --user USER:PASSWORD: send, ws
    Bearer,            ///< --bearer TOKEN: send, ws, sse
    CaCert,            ///< --cacert FILE: send, ws, sse
    Cert,              ///< -E, --cert FILE: send, ws
    Key,               ///< --key FILE: send, ws
    Pass,              ///< --pass PASSPHRASE: send, ws
    AcceptTlsError,    ///< --accept-tls-error CODE[@SHA256]: send, ws, sse
    Insecure,          ///< -k, --insecure: send, ws, sse, run
    Proxy,             ///< -x, --proxy URL: send, ws
    NoProxy,           ///< --noproxy: send, ws
    MaxTime,           ///< -m, --max-time SECONDS (ws, sse: also --timeout): send, ws, sse
    Json,              ///< --json: send, ws, sse
    Expect,            ///< --expect N: ws, sse
    Env,               ///< -e, --env NAME: run, send --saved
    NoKeychain,        ///< --no-keychain: run, send --saved
    AllowFilesOutside, ///< --allow-files-outside: run, send --saved
    AwsSigV4,          ///< --aws-sigv4 aws:amz:REGION:SERVICE (curl's; keys from -u): send
};

} // namespace wirescope::cli
