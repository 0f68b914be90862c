#pragma once

#include "core/http/authapplier.h"

#include <QCryptographicHash>

namespace wirescope {

/// What the signers of core/http (AWS Signature v4, OAuth 1.0a, Hawk) share.

/// Replaces every header named @p name (case-insensitive) by one with @p value, last.
void setSignedHeader(KeyValueList &headers, const QString &name, const QString &value);

/// @p length letters and digits from the system's secure random source.
QString signingNonce(int length);

/// Feeds the body of @p request (its bytes, or its file read from disk) to @p hash. @p auth
/// names the auth in the error when the file cannot be read.
Result<void> addBody(QCryptographicHash &hash, const SignableRequest &request, const QString &auth);

} // namespace wirescope
