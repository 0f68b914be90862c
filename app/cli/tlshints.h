#pragma once

#include <QString>

namespace wirescope {
struct TlsInfo;
}

namespace wirescope::cli {

/// After a refused certificate: one "refused: error CODE (Name): message" note per error that
/// was not accepted, then the exact --accept-tls-error options that would accept them for
/// @p scope ("this request", "this connection") only. Shared by send and ws.
void printTlsRefusalHints(const TlsInfo &tls, const QString &scope);

} // namespace wirescope::cli
