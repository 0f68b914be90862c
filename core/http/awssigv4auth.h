#pragma once

#include "core/http/authapplier.h"

class QDateTime;

namespace wirescope {

/// Signs @p request with AWS Signature Version 4 at the time @p now (UTC): in headers
/// (Authorization, X-Amz-Date, X-Amz-Content-Sha256, X-Amz-Security-Token) or, with
/// `inQuery`, as a presigned URL (X-Amz-* query parameters, host the only signed header).
/// The canonical request follows AWS's rules as npm's aws4 does: the path encoded twice except
/// for S3, the query sorted and RFC 3986 encoded, header values trimmed. Errors name the field.
Result<void>
signAwsSigV4(const AwsSigV4Settings &aws, SignableRequest &request, const QDateTime &now);

/// The AWS Signature v4 auth's parts: a signer that signs the final request at the current
/// time. For code generation a note says the signature was computed once.
Result<void> awsSigV4AuthParts(const AwsSigV4Settings &aws, AuthUse use, AuthParts &parts);

} // namespace wirescope
