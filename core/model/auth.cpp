#include "core/model/auth.h"

namespace wirescope {

QString Auth::kindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Inherit:
        return QStringLiteral("inherit");
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::Bearer:
        return QStringLiteral("bearer");
    case AuthKind::ApiKey:
        return QStringLiteral("apikey");
    case AuthKind::Digest:
        return QStringLiteral("digest");
    case AuthKind::OAuth2:
        return QStringLiteral("oauth2");
    case AuthKind::Jwt:
        return QStringLiteral("jwt");
    case AuthKind::AwsSigV4:
        return QStringLiteral("awsv4");
    case AuthKind::OAuth1:
        return QStringLiteral("oauth1");
    case AuthKind::Hawk:
        return QStringLiteral("hawk");
    case AuthKind::None:
        break;
    }
    return QStringLiteral("none");
}

AuthKind Auth::kindFromName(QStringView name)
{
    if (name == QLatin1String("inherit"))
        return AuthKind::Inherit;
    if (name == QLatin1String("basic"))
        return AuthKind::Basic;
    if (name == QLatin1String("bearer"))
        return AuthKind::Bearer;
    if (name == QLatin1String("apikey"))
        return AuthKind::ApiKey;
    if (name == QLatin1String("digest"))
        return AuthKind::Digest;
    if (name == QLatin1String("oauth2"))
        return AuthKind::OAuth2;
    if (name == QLatin1String("jwt"))
        return AuthKind::Jwt;
    if (name == QLatin1String("awsv4"))
        return AuthKind::AwsSigV4;
    if (name == QLatin1String("oauth1"))
        return AuthKind::OAuth1;
    if (name == QLatin1String("hawk"))
        return AuthKind::Hawk;
    return AuthKind::None;
}

} // namespace wirescope
