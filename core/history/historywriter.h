#pragma once

#include "core/history/historydatabase.h"

#include <QObject>
#include <QString>

namespace wirescope {

struct Exchange;
class HistoryRedactor;

/// The history's writer: lives on HistoryStore's worker thread with its own connection, so
/// that reading a spilled body, redacting it and committing never run on the UI thread.
/// Internal to HistoryStore.
class HistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    HistoryWriter() = default;
    ~HistoryWriter() override;

    /// Opens the connection (the file's schema is already current).
    void openDatabase(const QString &path);
    /// Builds the redacted entry for @p exchange and stores it.
    void write(const Exchange &exchange, const HistoryRedactor &redactor, qint64 maxBodyBytes);
    void writeSession(const SessionRecord &session,
                      const HistoryRedactor &redactor,
                      qint64 maxBodyBytes);

signals:
    void written(qint64 id);
    void failed(const QString &message);

private:
    void store(const HistoryEntry &entry);

    HistoryDatabase m_database;
};

} // namespace wirescope
