#pragma once

#include "core/http/authapplier.h"

namespace wirescope {

/// The oauth_* protocol parameters of one signature, before the signature itself.
struct OAuth1Draft
{
    QString nonce;     ///< the settings' override, else fresh random letters and digits
    QString timestamp; ///< the settings' override, else seconds since the epoch
};

/// Signs @p request with OAuth 1.0a (RFC 5849): the signature base string from the method, the
/// base URI and every parameter (the query's, a form-urlencoded body's, the oauth_* ones),
/// normalised as section 3.4.1 says, signed with HMAC-SHA1/256/512, RSA-SHA1/256/512 (OpenSSL's
/// libcrypto) or PLAINTEXT. The parameters go in the Authorization header, the query or a form
/// body. With `includeBodyHash`, a body that is not a form gets oauth_body_hash. Errors name
/// the field.
Result<void>
signOAuth1(const OAuth1Settings &oauth, SignableRequest &request, const OAuth1Draft &draft);

/// The OAuth 1.0a auth's parts: a signer that signs the final request with a new nonce and
/// timestamp (unless overridden). For code generation a note says the signature is fixed.
Result<void> oauth1AuthParts(const OAuth1Settings &oauth, AuthUse use, AuthParts &parts);

} // namespace wirescope
