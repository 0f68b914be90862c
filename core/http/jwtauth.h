#pragma once

#include "core/http/authapplier.h"

namespace wirescope {

/// The compact JWS of @p jwt (header.payload.signature, base64url): the claims as a compact
/// JSON object signed with HMAC-SHA (HS*) or RSASSA-PKCS1-v1_5 (RS*, OpenSSL's libcrypto).
/// Errors name the field that is wrong.
Result<QString> signJwt(const JwtSettings &jwt);

/// The JWT auth's parts: a token signed now, in the Authorization header (with its prefix)
/// or the query. For code generation the token is signed once and a note says so.
Result<void> jwtAuthParts(const JwtSettings &jwt, AuthUse use, AuthParts &parts);

} // namespace wirescope
