#include "app/cli/eventlines.h"

#include "app/cli/console.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace wirescope::cli {

QString eventTimeText(qint64 timestampUs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampUs / 1000)
               .toString(QStringLiteral("HH:mm:ss.zzz"))
           + QString::number(timestampUs % 1000).rightJustified(3, u'0');
}

QString eventIsoTime(qint64 timestampUs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampUs / 1000, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
           + QString::number(timestampUs % 1000).rightJustified(3, u'0') + u'Z';
}

void writeJsonLine(const QJsonObject &object)
{
    writeStdout(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace wirescope::cli
