#pragma once

#include "core/http/wireconnection.h"

#include <QString>

#include <optional>

namespace wirescope {

class WireLog;

/// Which relay connection served one hop of a RequestRun, found by origin and start instant:
/// the connections to @p host:@p port whose SOCKS CONNECT arrived between the moment the hop
/// was handed to Qt (@p from) and the moment Qt reported it connected or ended (@p to), all
/// on monotonicNs(). Exactly one such connection is a match; none or several (two fresh
/// connections to one origin starting together) give no connection and a note saying why,
/// so the phases are reported as not measured rather than guessed.
struct WireAttribution
{
    std::optional<WireConnection> connection;
    QString note;                     ///< why there is no connection (empty when there is one)
    QList<WireConnection> candidates; ///< every connection found (Qt retries a failed connect)

    static WireAttribution
    find(const WireLog &log, const QString &host, quint16 port, qint64 from, qint64 to);
};

} // namespace wirescope
