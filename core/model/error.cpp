#include "core/model/error.h"

#include <array>
#include <utility>

namespace wirescope {

namespace {
constexpr std::array<std::pair<Error::Kind, const char *>, 15> s_kindNames{{
    {Error::Kind::InvalidRequest, "invalid-request"},
    {Error::Kind::Dns, "dns"},
    {Error::Kind::ConnectionRefused, "connection-refused"},
    {Error::Kind::ConnectionReset, "connection-reset"},
    {Error::Kind::Tls, "tls"},
    {Error::Kind::Timeout, "timeout"},
    {Error::Kind::InactivityTimeout, "inactivity-timeout"},
    {Error::Kind::TooLarge, "too-large"},
    {Error::Kind::TooManyRedirects, "too-many-redirects"},
    {Error::Kind::Proxy, "proxy"},
    {Error::Kind::Protocol, "protocol"},
    {Error::Kind::Cancelled, "cancelled"},
    {Error::Kind::File, "file"},
    {Error::Kind::Parse, "parse"},
    {Error::Kind::Other, "other"},
}};
} // namespace

QString Error::kindName(Kind kind)
{
    for (const auto &[k, name] : s_kindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("other");
}

Error::Kind Error::kindFromName(QStringView name)
{
    for (const auto &[k, n] : s_kindNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return Kind::Other;
}

} // namespace wirescope
