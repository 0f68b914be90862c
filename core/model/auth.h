#pragma once

#include <QString>

namespace wirescope {

enum class AuthKind { None, Inherit, Basic, Bearer, ApiKey, Digest };
enum class ApiKeyLocation { Header, Query };

/// Request authentication. Values may hold {{variables}} (and usually should, for secrets).
struct Auth
{
    AuthKind kind = AuthKind::None;
    QString username; ///< Basic, Digest
    QString password; ///< Basic, Digest
    QString token;    ///< Bearer
    QString apiKeyName;
    QString apiKeyValue;
    ApiKeyLocation apiKeyLocation = ApiKeyLocation::Header;

    friend bool operator==(const Auth &, const Auth &) = default;

    static QString kindName(AuthKind kind); ///< "none","inherit","basic","bearer","apikey","digest"
    static AuthKind kindFromName(QStringView name);
};

} // namespace wirescope
