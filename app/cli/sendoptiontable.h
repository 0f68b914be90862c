#pragma once

#include <QString>

namespace wirescope::cli {

/// What an option of `wirescope-cli send` does; several spellings may share one.
enum class Opt {
    Method,
    Head,
    Header,
    Data,
    DataRaw,
    DataBinary,
    JsonBody,
    Form,
    User,
    Digest,
    Bearer,
    Location,
    MaxRedirs,
    Http11,
    Http2,
    Http2Prior,
    CaCert,
    Cert,
    Key,
    Pass,
    Insecure,
    AcceptTlsError,
    Proxy,
    NoProxy,
    MaxTime,
    InactivityTimeout,
    MaxFilesize,
    Output,
    Var,
    GraphQL,
    GraphQLVariables,
    GraphQLOperation,
    GraphQLGet,
    Fail,
    Json,
    IncludeBody,
    Url,
    Help,
    Ignored,
};

/// One spelling of an option: `--long-name` and its optional `-s` short form.
struct OptionSpec
{
    const char *longName;
    char shortName; ///< 0 when there is none
    bool takesValue;
    Opt id;
};

/// The option spelled `--NAME` (@p name is given without the dashes), or nullptr.
const OptionSpec *findLongOption(QStringView name);

/// The option spelled `-C` (@p c is the letter), or nullptr.
const OptionSpec *findShortOption(QChar c);

} // namespace wirescope::cli
