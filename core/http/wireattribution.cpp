#include "core/http/wireattribution.h"

#include "core/http/wirelog.h"

#include <QUrl>

namespace wirescope {

WireAttribution
WireAttribution::find(const WireLog &log, const QString &host, quint16 port, qint64 from, qint64 to)
{
    // Qt asks the relay for the name in its ACE form (and an address literal as an address).
    const QString asked = QString::fromLatin1(QUrl::toAce(host));
    QList<WireConnection> found = log.connectsTo(asked.isEmpty() ? host : asked, port, from, to);
    if (found.isEmpty() && asked != host)
        found = log.connectsTo(host, port, from, to);
    WireAttribution a;
    a.candidates = found;
    if (found.size() == 1) {
        a.connection = found.constFirst();
    } else if (found.isEmpty()) {
        a.note = QStringLiteral("the relay saw no connection for this request, so DNS, TCP "
                                "connect and TLS are not split");
    } else {
        a.note = QStringLiteral("%1 connections to %2:%3 started together, and which one served "
                                "this request is ambiguous, so DNS, TCP connect and TLS are not "
                                "measured")
                     .arg(found.size())
                     .arg(host)
                     .arg(port);
    }
    return a;
}

} // namespace wirescope
