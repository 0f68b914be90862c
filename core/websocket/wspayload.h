#pragma once

#include "core/model/error.h"

#include <QByteArray>
#include <QString>

namespace wirescope {

/// Converters from what a user types to the bytes of a binary WebSocket frame, shared by the
/// GUI and wirescope-cli. Pure functions (apart from reading a file). Errors are
/// Error::Kind::InvalidRequest (Error::Kind::File for an unreadable file) with a message that
/// names the offending character and its position.

/// Hex digits, in pairs; spaces, tabs, line breaks, ':' and '-' between bytes are ignored, and
/// an optional leading "0x" is accepted. "de ad:be-ef" -> 4 bytes.
Result<QByteArray> bytesFromHex(QStringView text);

/// Standard or URL-safe base64 (padding optional, whitespace ignored); anything else refused.
Result<QByteArray> bytesFromBase64(QStringView text);

/// The whole content of @p path; Error::Kind::File naming the file and the reason otherwise.
/// Files larger than @p maxBytes are refused (0 = no limit).
Result<QByteArray> bytesFromFile(const QString &path, qint64 maxBytes = 0);

/// "de ad be ef" (lower case, space separated); at most @p maxBytes bytes then "…".
QString hexPreview(const QByteArray &bytes, int maxBytes = 64);

/// True when @p bytes is well-formed UTF-8 (what a text frame must carry).
bool isValidUtf8(const QByteArray &bytes);

} // namespace wirescope
