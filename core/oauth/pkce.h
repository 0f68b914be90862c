#pragma once

#include <QByteArray>

namespace wirescope::oauth {

/// Proof Key for Code Exchange (RFC 7636): a random code verifier and its S256 challenge.
class Pkce final
{
public:
    /// 43 characters of base64url from 32 bytes of the system's cryptographic random source.
    static QByteArray newVerifier();
    /// BASE64URL(SHA256(verifier)) without padding (RFC 7636 section 4.2).
    static QByteArray s256Challenge(const QByteArray &verifier);
    /// A random, URL-safe `state` value (the same source and length as a verifier).
    static QByteArray newState();
};

} // namespace wirescope::oauth
