#pragma once

#include <QFont>
#include <QString>

class QColor;

namespace wirescope::display {

/// "512 B", "1.5 KB", "12.3 MB" (1024-based, as file managers show sizes).
QString bytes(qint64 size);

/// "0.42 ms", "12.3 ms", "1,234 ms" (milliseconds; sub-ms precision where it matters).
QString milliseconds(double ms);

/// The system's fixed-width font (for bodies, hex dumps, raw heads).
QFont fixedFont();

/// The colour a method is shown in everywhere (sidebar, method box, History, Runner):
/// GET green, POST orange, PUT and PATCH blue, DELETE red, WS purple, others grey.
QColor methodColor(const QString &method);

} // namespace wirescope::display
