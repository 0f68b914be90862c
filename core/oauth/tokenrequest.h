#pragma once

#include "core/model/oauth2settings.h"

#include <QString>

namespace wirescope::oauth {

/// One call to a token endpoint: the (variable-resolved) settings and what this grant sends.
struct TokenRequest
{
    OAuth2Settings settings; ///< no {{variables}} left: the caller resolved them
    OAuthGrant grant = OAuthGrant::ClientCredentials; ///< may differ from settings.grant (refresh)
    QString username;                                 ///< password grant
    QString password;                                 ///< password grant
    QString code;                                     ///< authorization code grant
    QString codeVerifier;                             ///< authorization code grant with PKCE
    QString redirectUri;  ///< authorization code grant: the one the code was issued for
    QString refreshToken; ///< refresh-token grant
    int timeoutMs = 30000;
};

/// What OpenID Connect discovery (a provider's openid-configuration) told.
struct OAuthDiscovery
{
    QString issuer;
    QString authorizationEndpoint;
    QString tokenEndpoint;
    QStringList grantTypes;           ///< grant_types_supported (may be empty)
    QStringList codeChallengeMethods; ///< code_challenge_methods_supported (may be empty)
};

} // namespace wirescope::oauth
