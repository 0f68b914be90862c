#include "app/cli/sendoptiontable.h"

#include <array>

namespace wirescope::cli {

namespace {

constexpr std::array<OptionSpec, 43> s_options{{
    {"request", 'X', true, Opt::Method},
    {"head", 'I', false, Opt::Head},
    {"header", 'H', true, Opt::Header},
    {"data", 'd', true, Opt::Data},
    {"data-ascii", 0, true, Opt::Data},
    {"data-raw", 0, true, Opt::DataRaw},
    {"data-binary", 0, true, Opt::DataBinary},
    {"json-body", 0, true, Opt::JsonBody},
    {"form", 'F', true, Opt::Form},
    {"user", 'u', true, Opt::User},
    {"digest", 0, false, Opt::Digest},
    {"bearer", 0, true, Opt::Bearer},
    {"location", 'L', false, Opt::Location},
    {"max-redirs", 0, true, Opt::MaxRedirs},
    {"http1.1", 0, false, Opt::Http11},
    {"http2", 0, false, Opt::Http2},
    {"http2-prior-knowledge", 0, false, Opt::Http2Prior},
    {"cacert", 0, true, Opt::CaCert},
    {"cert", 'E', true, Opt::Cert},
    {"key", 0, true, Opt::Key},
    {"pass", 0, true, Opt::Pass},
    {"insecure", 'k', false, Opt::Insecure},
    {"accept-tls-error", 0, true, Opt::AcceptTlsError},
    {"proxy", 'x', true, Opt::Proxy},
    {"noproxy", 0, false, Opt::NoProxy},
    {"max-time", 'm', true, Opt::MaxTime},
    {"inactivity-timeout", 0, true, Opt::InactivityTimeout},
    {"max-filesize", 0, true, Opt::MaxFilesize},
    {"output", 'o', true, Opt::Output},
    {"var", 0, true, Opt::Var},
    {"graphql", 0, true, Opt::GraphQL},
    {"graphql-variables", 0, true, Opt::GraphQLVariables},
    {"graphql-operation", 0, true, Opt::GraphQLOperation},
    {"graphql-get", 0, false, Opt::GraphQLGet},
    {"fail", 'f', false, Opt::Fail},
    {"json", 0, false, Opt::Json},
    {"include-body", 0, false, Opt::IncludeBody},
    {"url", 0, true, Opt::Url},
    {"help", 'h', false, Opt::Help},
    // Accepted for curl muscle memory: headers are always shown, progress never is.
    {"include", 'i', false, Opt::Ignored},
    {"silent", 's', false, Opt::Ignored},
    {"verbose", 'v', false, Opt::Ignored},
    {"show-error", 'S', false, Opt::Ignored},
}};

} // namespace

const OptionSpec *findLongOption(QStringView name)
{
    for (const OptionSpec &spec : s_options) {
        if (name == QLatin1String(spec.longName))
            return &spec;
    }
    return nullptr;
}

const OptionSpec *findShortOption(QChar c)
{
    for (const OptionSpec &spec : s_options) {
        if (spec.shortName != 0 && c == QLatin1Char(spec.shortName))
            return &spec;
    }
    return nullptr;
}

} // namespace wirescope::cli
