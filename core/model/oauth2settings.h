#pragma once

#include "core/model/keyvalue.h"

#include <QString>

namespace wirescope {

/// How an OAuth 2.0 client obtains its token (RFC 6749 section 4 and 6).
enum class OAuthGrant { AuthorizationCode, ClientCredentials, Password, RefreshToken };

/// Where the client id and secret go in a token request (RFC 6749 section 2.3.1).
enum class OAuthClientAuth { BasicHeader, Body };

/// The OAuth 2.0 / OpenID Connect configuration of an auth of kind OAuth2. Every text may
/// hold {{variables}}. The client secret (and, for the refresh-token grant, the refresh token)
/// are credentials: a literal value goes to the keychain, never into a file (see
/// core/model/credentials.h). Tokens obtained with this configuration are not part of it: they
/// live in the keychain only (core/oauth/oauthtokenstore.h).
struct OAuth2Settings
{
    OAuthGrant grant = OAuthGrant::AuthorizationCode;
    bool pkce = true;     ///< authorization code: send an S256 code challenge (RFC 7636)
    QString discoveryUrl; ///< OpenID Connect issuer or .well-known URL; fills the URLs below
    QString authUrl;      ///< authorization endpoint (authorization code grant)
    QString tokenUrl;
    QString clientId;
    QString clientSecret; ///< credential
    QString scope;        ///< space-separated
    QString audience;     ///< sent as "audience" when set (Auth0 and others)
    QString resource;     ///< sent as "resource" when set (RFC 8707)
    /// The redirect URL registered with the provider. Only loopback http URLs
    /// (http://127.0.0.1:PORT/path, PORT may be 0 for "any") can be served; empty means
    /// http://127.0.0.1:<random port>/callback.
    QString redirectUrl;
    QString refreshToken; ///< refresh-token grant: the token to start from (credential)
    OAuthClientAuth clientAuth = OAuthClientAuth::BasicHeader;
    KeyValueList extraParams; ///< sent with the token request (and the authorization URL)

    friend bool operator==(const OAuth2Settings &, const OAuth2Settings &) = default;

    static QString grantName(OAuthGrant grant); ///< "authorization_code", "client_credentials", ...
    static OAuthGrant grantFromName(QStringView name, bool *ok = nullptr);
    static QString clientAuthName(OAuthClientAuth auth); ///< "basic", "body"
    /// Whether the grant needs a person at a browser (authorization code).
    static bool needsBrowser(OAuthGrant grant) { return grant == OAuthGrant::AuthorizationCode; }
};

} // namespace wirescope
