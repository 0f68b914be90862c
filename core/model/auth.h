#pragma once

#include "core/model/oauth2settings.h"

#include <QString>

namespace wirescope {

enum class AuthKind {
    None,
    Inherit,
    Basic,
    Bearer,
    ApiKey,
    Digest,
    OAuth2,
    Jwt,
    AwsSigV4,
    OAuth1,
    Hawk
};
enum class ApiKeyLocation { Header, Query };

/// A JSON Web Token signed from a key and claims at each send (Postman's "JWT Bearer").
struct JwtSettings
{
    QString algorithm = QStringLiteral("HS256"); ///< HS256/384/512 (HMAC), RS256/384/512 (RSA)
    QString key; ///< HS*: the shared secret; RS*: a PEM private key (keychain, never a file)
    bool keyBase64 = false; ///< HS*: the secret is written in base64
    QString payload;        ///< the claims: a JSON object
    QString header;         ///< extra JOSE header fields: a JSON object, or empty
    bool inQuery = false;   ///< add the token to the query instead of a header
    QString headerPrefix = QStringLiteral("Bearer"); ///< "Authorization: <prefix> <token>"
    QString queryParam = QStringLiteral("token");    ///< the query parameter's name

    friend bool operator==(const JwtSettings &, const JwtSettings &) = default;
};

/// AWS Signature Version 4: the final request (method, URL, headers, body) signed at each send
/// with a key derived from the secret, the date, the region and the service.
struct AwsSigV4Settings
{
    QString accessKey;
    QString secretKey;    ///< keychain, never a file
    QString sessionToken; ///< temporary credentials (STS): sent as X-Amz-Security-Token; keychain
    QString region = QStringLiteral("us-east-1");
    QString service;              ///< "execute-api", "s3", "es", ...
    bool inQuery = false;         ///< a presigned URL (X-Amz-* query parameters), not headers
    bool unsignedPayload = false; ///< "UNSIGNED-PAYLOAD" instead of the body's SHA-256

    friend bool operator==(const AwsSigV4Settings &, const AwsSigV4Settings &) = default;
};

/// Where OAuth 1.0a puts its oauth_* parameters (RFC 5849 3.5).
enum class OAuth1Placement { Header, Query, Body };

/// OAuth 1.0a (RFC 5849): the final request signed at each send with the consumer's and the
/// token's secrets (HMAC-SHA*, PLAINTEXT) or an RSA private key (RSA-SHA*).
struct OAuth1Settings
{
    QString signatureMethod =
        QStringLiteral("HMAC-SHA1"); ///< HMAC-SHA1/256/512, RSA-SHA1/256/512, PLAINTEXT
    QString consumerKey;
    QString consumerSecret; ///< keychain
    QString token;          ///< the access (or request) token; empty for two-legged requests
    QString tokenSecret;    ///< keychain
    QString privateKey;     ///< RSA-SHA*: a PEM private key; keychain
    QString callback;       ///< oauth_callback (temporary credentials requests)
    QString verifier;       ///< oauth_verifier (token requests)
    QString realm;          ///< the header's realm="..."
    QString nonce;          ///< fixed nonce; empty: a new one at each send
    QString timestamp;      ///< fixed timestamp; empty: the time of the send
    QString version = QStringLiteral("1.0"); ///< oauth_version; empty: left out
    OAuth1Placement placement = OAuth1Placement::Header;
    bool includeBodyHash = false; ///< oauth_body_hash for a body that is not a form

    friend bool operator==(const OAuth1Settings &, const OAuth1Settings &) = default;
};

/// Hawk (hueniverse/hawk): a MAC over the request's method, URL, host, port, timestamp and
/// nonce, and optionally its payload, in the Authorization header.
struct HawkSettings
{
    QString id;
    QString key;                                  ///< keychain
    QString algorithm = QStringLiteral("sha256"); ///< sha256 or sha1
    QString ext;                                  ///< application data, signed
    QString app;                                  ///< Oz application id
    QString dlg;                                  ///< Oz delegated-by application id
    QString nonce;                                ///< fixed nonce; empty: a new one at each send
    QString timestamp;                            ///< fixed timestamp; empty: the time of the send
    bool includePayloadHash = false;              ///< sign the body too (hash="...")

    friend bool operator==(const HawkSettings &, const HawkSettings &) = default;
};

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
    JwtSettings jwt;       ///< Jwt
    AwsSigV4Settings aws;  ///< AwsSigV4
    OAuth1Settings oauth1; ///< OAuth1
    HawkSettings hawk;     ///< Hawk

    friend bool operator==(const Auth &, const Auth &) = default;

    static QString kindName(
        AuthKind
            kind); ///< "none","inherit","basic","bearer","apikey","digest","oauth2","jwt","awsv4","oauth1","hawk"
    static AuthKind kindFromName(QStringView name);
};

} // namespace wirescope
