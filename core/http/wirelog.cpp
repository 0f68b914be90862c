#include "core/http/wirelog.h"

#include <QMutexLocker>

namespace wirescope {

WireLog::WireLog(int capacity)
    : m_capacity(qMax(capacity, 1))
{}

quint64 WireLog::open(qint64 acceptedAt)
{
    QMutexLocker lock(&m_mutex);
    WireConnection c;
    c.id = m_nextId++;
    c.acceptedAt = acceptedAt;
    m_records.push_back(std::move(c));
    while (int(m_records.size()) > m_capacity)
        m_records.pop_front();
    return m_records.back().id;
}

void WireLog::update(quint64 id, const std::function<void(WireConnection &)> &change)
{
    QMutexLocker lock(&m_mutex);
    // Ids grow with position, so the record is found from the back (the newest) cheaply.
    for (auto it = m_records.rbegin(); it != m_records.rend(); ++it) {
        if (it->id == id) {
            change(*it);
            return;
        }
        if (it->id < id)
            return;
    }
}

std::optional<WireConnection> WireLog::find(quint64 id) const
{
    QMutexLocker lock(&m_mutex);
    for (const WireConnection &c : m_records) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QList<WireConnection>
WireLog::connectsTo(const QString &host, quint16 port, qint64 from, qint64 to) const
{
    QMutexLocker lock(&m_mutex);
    QList<WireConnection> out;
    for (const WireConnection &c : m_records) {
        if (c.connectRequestAt && *c.connectRequestAt >= from && *c.connectRequestAt <= to
            && c.targetPort == port && c.targetHost.compare(host, Qt::CaseInsensitive) == 0)
            out.append(c);
    }
    return out;
}

QList<WireConnection> WireLog::all() const
{
    QMutexLocker lock(&m_mutex);
    return QList<WireConnection>(m_records.begin(), m_records.end());
}

} // namespace wirescope
