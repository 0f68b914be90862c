#pragma once

#include "core/model/oauth2settings.h"

#include <QString>

namespace wirescope {

enum class AuthKind { None, Inherit, Basic, Bearer, ApiKey, Digest, OAuth2 };
enum class ApiKeyLocation { Header, Query };

/// Request authentication. Values may hold {{variables}} (and usually should, for secrets).
struct Auth
{
    AuthKind kind = AuthKind::None;
    QString username; ///< Basic, Digest, OAuth2 password grant
    QString password; ///< Basic, Digest, OAuth2 password grant
    QString token;    ///< Bearer; for OAuth2 the access token of this send only (never saved)
    QString apiKeyName;
    QString apiKeyValue;
    ApiKeyLocation apiKeyLocation = ApiKeyLocation::Header;
    OAuth2Settings oauth2; ///< OAuth2

    friend bool operator==(const Auth &, const Auth &) = default;

    static QString kindName(AuthKind kind); ///< "none","inherit","basic","bearer","apikey","digest","oauth2"
    static AuthKind kindFromName(QStringView name);
};

} // namespace wirescope
