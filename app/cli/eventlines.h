#pragma once

#include <QString>

class QJsonObject;

namespace wirescope::cli {

/// The pieces of the one-line-per-event output that `ws` and `sse` share.

/// Local time with microseconds, "HH:mm:ss.zzzuuu", for human lines.
QString eventTimeText(qint64 timestampUs);

/// UTC ISO 8601 with microseconds, "yyyy-MM-ddTHH:mm:ss.zzzuuuZ", for JSON lines.
QString eventIsoTime(qint64 timestampUs);

/// Writes @p object as one compact JSON line on standard output.
void writeJsonLine(const QJsonObject &object);

} // namespace wirescope::cli
