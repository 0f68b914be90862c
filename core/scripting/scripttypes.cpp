#include "core/scripting/scripttypes.h"

namespace wirescope {

QString ScriptError::describe() const
{
    QString where = QStringLiteral("%1 script").arg(event.isEmpty() ? QStringLiteral("a") : event);
    if (!origin.isEmpty())
        where += QStringLiteral(" (%1)").arg(origin);
    if (line > 0) {
        where += QStringLiteral(", line %1").arg(line);
        if (column > 0)
            where += QStringLiteral(", column %1").arg(column);
    }
    return where + QStringLiteral(": ") + message;
}

QString ScriptConsoleLine::levelName(Level level)
{
    switch (level) {
    case Level::Log:
        return QStringLiteral("log");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warn:
        return QStringLiteral("warn");
    case Level::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("log");
}

} // namespace wirescope
