#pragma once

#include "core/model/error.h"

#include <QJsonObject>
#include <QString>

namespace wirescope::oauth {

/// The readable parts of a JSON Web Token (RFC 7519), for display only.
struct DecodedJwt
{
    QJsonObject header;
    QJsonObject payload;
    bool hasSignature = false; ///< a third part is present; it is NOT verified
};

/// Decodes a compact JWS (header.payload.signature) without verifying its signature:
/// Wirescope shows what a token claims, it does not vouch for it. An opaque (non-JWT) token,
/// a JWE (five parts) or a part that is not base64url JSON gives an Error saying which part.
class Jwt final
{
public:
    static Result<DecodedJwt> decode(const QString &token);
    /// Whether @p token looks like a JWT at all (three dot-separated parts).
    static bool looksLikeJwt(const QString &token);
};

} // namespace wirescope::oauth
