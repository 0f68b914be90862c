#pragma once

#include "core/history/historyentry.h"
#include "core/history/historyquery.h"
#include "core/model/error.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlQuery;

namespace wirescope {

/// The history's SQLite file, used synchronously from one thread: schema creation and
/// migration, inserts, searches and pruning. Each instance has its own QSqlDatabase
/// connection (a unique connection name), so one instance per thread may share a file.
/// HistoryStore puts one on the UI thread for reads and one on a worker thread for inserts.
///
/// The file is in WAL mode (readers never wait for the writer) with synchronous=NORMAL.
/// Its `application_id` and `schema_version` table identify it; a file that is not SQLite,
/// belongs to another program or was written by a newer Wirescope is refused with a message
/// naming the path, and left untouched.
class HistoryDatabase final
{
public:
    /// The schema this code writes. Older files are migrated on open().
    static constexpr int SchemaVersion = 3;
    /// PRAGMA application_id of a Wirescope history file ("WSH1").
    static constexpr int ApplicationId = 0x57534831;

    HistoryDatabase();
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    /// Opens (creating when absent) and migrates the file at @p path. Must be called on the
    /// thread that uses this instance.
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    /// True when URL search uses the FTS5 trigram index (false on SQLite builds without FTS5:
    /// search then scans with LIKE).
    bool hasFullTextIndex() const { return m_hasFts; }

    /// Stores @p entry (already redacted) and returns its id.
    Result<qint64> insert(const HistoryEntry &entry);
    /// Stores @p entries in one transaction (all or none); returns their ids in order.
    Result<QList<qint64>> insertAll(const QList<HistoryEntry> &entries);
    /// Newest first, filtered and paged as @p query says.
    Result<QList<HistorySummary>> search(const HistoryQuery &query) const;
    /// The whole entry, bodies included.
    Result<HistoryEntry> entry(qint64 id) const;
    Result<qint64> count() const;

    Result<void> remove(qint64 id);
    Result<void> clear();
    /// Deletes entries that started before @p cutoff; returns how many.
    Result<int> pruneOlderThan(const QDateTime &cutoff);
    /// Keeps the @p keep newest entries; returns how many were deleted.
    Result<int> pruneToCount(int keep);

private:
    Error sqlError(const QString &what, const QString &detail) const;
    Result<void> exec(const QString &sql) const;
    Result<void> checkAndMigrate();
    Result<void> migrateTo1();
    Result<void> migrateTo2();
    /// Version 3: requests in the collection codec; older rows are rewritten from the
    /// history's old JSON form.
    Result<void> migrateTo3();
    Result<qint64> insertRow(const HistoryEntry &entry);
    std::optional<QList<qint64>> rareUrlMatches(const QString &text,
                                                const HistoryQuery &query) const;
    Result<int> deleteWhere(const QString &idSubquery, const QVariantList &values);

    QString m_connection;
    QString m_path;
    bool m_hasFts = false;
    std::unique_ptr<QSqlQuery> m_insertEntry;
    std::unique_ptr<QSqlQuery> m_insertDetails;
};

} // namespace wirescope
