#pragma once

#include "core/model/oauth2settings.h"

#include <QString>

namespace wirescope::oauth {

/// Where tokens live: the OS keychain only (SecretStore), one entry per token identity, the
/// value being OAuthToken::toJson(). Never a file, never the history.
///
/// Key: "oauth2-token/<sha-256 hex>" of the resolved token URL, client id, grant, scope,
/// audience, resource and (password grant) user name, so the same client configured on a
/// collection, a folder and in the CLI finds the same token, and a different scope or user
/// gets its own. The key holds no secret (the hash covers no secret).
class OAuthTokenStore final
{
public:
    static QString keyFor(const OAuth2Settings &resolved, const QString &username);
};

} // namespace wirescope::oauth
