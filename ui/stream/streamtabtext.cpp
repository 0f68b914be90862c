#include "ui/stream/streamtabtext.h"

#include "ui/widgets/displayformat.h"

#include <QCoreApplication>
#include <QUrl>

namespace wirescope::streamtext {

namespace {

constexpr qsizetype s_maxWhere = 40;

QString tr(const char *text)
{
    return QCoreApplication::translate("StreamTabText", text);
}

} // namespace

QString tabTitle(const QString &prefix, const QString &url, const QString &emptyTitle)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return emptyTitle;
    const QUrl parsed(trimmed);
    QString where =
        parsed.isValid() && !parsed.host().isEmpty() ? parsed.host() + parsed.path() : trimmed;
    if (where.size() > s_maxWhere)
        where = where.left(s_maxWhere - 1) + QChar(0x2026);
    return prefix + QLatin1Char(' ') + where;
}

QString counters(const MessageLogCounters &counters, double incomingPerSecond)
{
    return tr("\u2193 %L1 msg/s   received %L2 (%3)   sent %L4 (%5)   events %L6   evicted %L7")
        .arg(qRound64(incomingPerSecond))
        .arg(counters.incoming)
        .arg(display::bytes(counters.incomingBytes))
        .arg(counters.outgoing)
        .arg(display::bytes(counters.outgoingBytes))
        .arg(counters.events)
        .arg(counters.evicted);
}

} // namespace wirescope::streamtext
