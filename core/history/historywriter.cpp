#include "core/history/historywriter.h"

#include "core/history/historyredactor.h"
#include "core/model/exchange.h"

namespace wirescope {

HistoryWriter::~HistoryWriter() = default;

void HistoryWriter::openDatabase(const QString &path)
{
    if (Result<void> r = m_database.open(path); !r)
        emit failed(r.error().message);
}

void HistoryWriter::write(const Exchange &exchange,
                          const HistoryRedactor &redactor,
                          qint64 maxBodyBytes)
{
    if (m_database.isOpen())
        store(HistoryEntry::fromExchange(exchange, redactor, maxBodyBytes));
    else
        store({});
}

void HistoryWriter::writeSession(const SessionRecord &session,
                                 const HistoryRedactor &redactor,
                                 qint64 maxBodyBytes)
{
    store(HistoryEntry::fromSession(session, redactor, maxBodyBytes));
}

void HistoryWriter::store(const HistoryEntry &entry)
{
    if (!m_database.isOpen()) {
        emit failed(QStringLiteral("History: an exchange was not recorded because the "
                                   "database is not open"));
        return;
    }
    const Result<qint64> id = m_database.insert(entry);
    if (!id)
        emit failed(id.error().message);
    else
        emit written(*id);
}

} // namespace wirescope
