#pragma once

#include "core/history/historydatabase.h"
#include "core/history/historyentry.h"
#include "core/history/historyquery.h"
#include "core/model/error.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace wirescope {

struct Exchange;
class HistoryRedactor;
class HistoryWriter;
class VariableContext;

/// The request history: every exchange sent from the GUI, in an SQLite file.
///
/// record() returns at once; a worker thread (its own connection) redacts the exchange,
/// copies at most maxBodyBytes() of the response body and commits, then entryRecorded()
/// fires. Searches and deletions run on the caller's thread over a second connection; WAL
/// mode lets them proceed while the worker writes. Secrets never reach the file: see
/// HistoryRedactor for what is removed.
///
///     HistoryStore history;
///     if (auto r = history.open(path); !r) showError(r.error().message);
///     connect(run, &RequestRun::finished, &history, [&](const Exchange &x) {
///         history.record(x, HistoryStore::secretValues(context)); });
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    static constexpr qint64 DefaultMaxBodyBytes = 1 << 20;

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    /// Opens or creates the file at @p path (migrating older schemas) and starts the writer.
    /// A file that is not a Wirescope history is refused with a message naming it.
    Result<void> open(const QString &path);
    bool isOpen() const;
    QString path() const;

    /// How much of each response body is kept (default 1 MiB); the full size is recorded.
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxBodyBytes(qint64 bytes);
    /// Authorization headers and auth fields are redacted unless this is turned off.
    bool redactAuthorization() const { return m_redactAuthorization; }
    void setRedactAuthorization(bool redact);

    /// Queues @p exchange for recording; @p secretValues (the values of secret variables)
    /// are replaced by `{{redacted}}` wherever they occur.
    void record(const Exchange &exchange, const QStringList &secretValues = {});
    /// Queues a finished WebSocket session (see SessionRecord), redacted the same way.
    void recordSession(const SessionRecord &session, const QStringList &secretValues = {});

    /// Blocks until every exchange passed to record() so far is in the file (or failed).
    /// The destructor does this too, so nothing queued is lost at exit.
    void flush();

    /// The values of the variables marked secret in @p context, for record().
    static QStringList secretValues(const VariableContext &context);

    Result<QList<HistorySummary>> search(const HistoryQuery &query) const;
    Result<HistoryEntry> entry(qint64 id) const;
    /// The entry's original request, to open as a new tab (id cleared: it is a copy).
    Result<Request> request(qint64 id) const;
    Result<qint64> count() const;

    Result<void> remove(qint64 id);
    Result<void> clear();
    Result<int> pruneOlderThan(const QDateTime &cutoff);
    Result<int> pruneToCount(int keep);

signals:
    /// An exchange passed to record() is in the file.
    void entryRecorded(qint64 id);
    /// Entries were added or deleted: listings should be refreshed.
    void changed();
    /// Recording failed (the file went away, the disk is full, ...); in plain words.
    void errorOccurred(const QString &message);

private:
    using WriteJob = std::function<void(HistoryWriter *, const HistoryRedactor &, qint64)>;
    /// Hands @p job to the writer's thread with a redactor of @p secrets and the body limit;
    /// without an open file, says that @p what was not recorded.
    void queueWrite(const QString &what, const QStringList &secrets, WriteJob job);

    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };

    HistoryDatabase m_reader;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    bool m_redactAuthorization = true;
    HistoryWriter *m_writer = nullptr; // lives on m_thread, deleted when it finishes
    std::unique_ptr<QThread, ThreadStopper> m_thread;
};

} // namespace wirescope
