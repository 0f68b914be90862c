#pragma once

#include "core/http/wireconnection.h"

#include <QMutex>

#include <deque>
#include <functional>

namespace wirescope {

/// The relay's connection records, shared between the relay's thread (which writes them) and
/// the runs on the main thread (which read copies). Bounded: the oldest records go first.
class WireLog final
{
    Q_DISABLE_COPY_MOVE(WireLog)

public:
    explicit WireLog(int capacity = 512);

    /// Adds a record and returns its id.
    quint64 open(qint64 acceptedAt);
    /// Changes record @p id under the lock (nothing when it was already evicted).
    void update(quint64 id, const std::function<void(WireConnection &)> &change);
    std::optional<WireConnection> find(quint64 id) const;
    /// Records for @p host:@p port whose SOCKS CONNECT arrived within [from, to].
    QList<WireConnection>
    connectsTo(const QString &host, quint16 port, qint64 from, qint64 to) const;
    /// Every record kept, oldest first.
    QList<WireConnection> all() const;

private:
    mutable QMutex m_mutex;
    std::deque<WireConnection> m_records;
    quint64 m_nextId = 1;
    int m_capacity;
};

} // namespace wirescope
