#pragma once

#include "core/http/authapplier.h"

namespace wirescope {

/// Signs @p request with Hawk (hueniverse/hawk, as @hapi/hawk verifies it): a
/// MAC over the timestamp, the nonce, the method, the path and query, the host
/// and port, the payload hash (with `includePayloadHash`) and ext, app and dlg,
/// in the Authorization header. @p nonce and
/// @p timestamp are used as given. Errors name the field.
Result<void> signHawk(const HawkSettings &hawk,
                      SignableRequest &request,
                      const QString &nonce,
                      const QString &timestamp);

/// The Hawk auth's parts: a signer with a new nonce and the time of the send
/// (unless the settings fix them). For code generation a note says the MAC is
/// fixed.
Result<void> hawkAuthParts(const HawkSettings &hawk, AuthUse use, AuthParts &parts);

} // namespace wirescope
