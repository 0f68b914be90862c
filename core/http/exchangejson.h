#pragma once

#include <QJsonObject>

namespace wirescope {

struct Exchange;
struct Timings;

/// The machine-readable form of one exchange (`wirescope-cli send --json`, documented in the
/// README):
///
///     {"request": {"method", "url", "headers": [[name, value], ...]},
///      "status", "reason", "httpVersion", "headers": [[name, value], ...], "bodySize",
///      "body" (only with @p includeBody), "bodyEncoding" (only for a base64 body),
///      "timings": {"dns", "blocked", "connect", "tls", "send", "wait", "download", "total",
///                  "reusedConnection", "tlsIncludedInConnect", "sendIncludedInConnect"},
///      "tls": null | {"protocol", "cipher", "alpn", "verified", "insecure",
///                     "errors": [{"code", "message", "accepted", "certificateSha256"}],
///                     "chain": [{"subject", "issuer", "sans", "serial", "notBefore",
///                                "notAfter", "sha256", "publicKey", "selfSigned"}]},
///      "redirects": [{"status", "url", "location"}], "warnings": [...],
///      "unresolvedVariables": [...], "error": null | {"kind", "message", "detail"?}}
///
/// Times are milliseconds rounded to 3 decimals; a phase that was not measured is null,
/// never 0. Without a response, "status", "reason", "httpVersion" and "bodySize" are null.
/// The body is the text itself when it is valid UTF-8, else base64 with "bodyEncoding":
/// "base64"; null when no response arrived. Reads the body file when it was spilled to disk,
/// so do not ask for the body of a large exchange on the UI thread.
QJsonObject exchangeToJson(const Exchange &exchange, bool includeBody);

/// The "timings" object of exchangeToJson() (also how the history keeps an exchange's
/// timings), and back: a phase that is null or absent was not measured.
QJsonObject timingsToJson(const Timings &timings);
Timings timingsFromJson(const QJsonObject &object);

} // namespace wirescope
