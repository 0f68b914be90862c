#include "core/model/oauth2settings.h"

namespace wirescope {

QString OAuth2Settings::grantName(OAuthGrant grant)
{
    switch (grant) {
    case OAuthGrant::ClientCredentials:
        return QStringLiteral("client_credentials");
    case OAuthGrant::Password:
        return QStringLiteral("password");
    case OAuthGrant::RefreshToken:
        return QStringLiteral("refresh_token");
    case OAuthGrant::AuthorizationCode:
        break;
    }
    return QStringLiteral("authorization_code");
}

OAuthGrant OAuth2Settings::grantFromName(QStringView name, bool *ok)
{
    for (OAuthGrant g : {OAuthGrant::AuthorizationCode, OAuthGrant::ClientCredentials,
                         OAuthGrant::Password, OAuthGrant::RefreshToken}) {
        if (name == grantName(g)) {
            if (ok)
                *ok = true;
            return g;
        }
    }
    if (ok)
        *ok = false;
    return OAuthGrant::AuthorizationCode;
}

QString OAuth2Settings::clientAuthName(OAuthClientAuth auth)
{
    return auth == OAuthClientAuth::Body ? QStringLiteral("body") : QStringLiteral("basic");
}

} // namespace wirescope
