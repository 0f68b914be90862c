#pragma once

#include "core/history/historyentry.h"
#include "core/history/historyquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace wirescope {

class HistoryStore;

/// The history listing: one row per entry, newest first, loaded a page at a time from the
/// store (canFetchMore/fetchMore), so a view over 100,000 entries holds only what was
/// scrolled into.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { MethodColumn, StatusColumn, UrlColumn, TimeColumn, DurationColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    /// Filters the listing (limit and offset are the model's own); reloads from the top.
    void setQuery(const HistoryQuery &query);
    HistoryQuery query() const { return m_query; }
    /// Reloads what is loaded (after entries were added or deleted).
    void refresh();

    HistorySummary summaryAt(int row) const;
    /// The last load's error in plain words; empty when it succeeded.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    QList<HistorySummary> load(int offset, int limit);

    HistoryStore *m_store; // not owned
    HistoryQuery m_query;
    QList<HistorySummary> m_rows;
    bool m_atEnd = true;     ///< nothing to fetch until setQuery()
    bool m_changing = false; ///< inside a reset or insertion (its signals may call fetchMore)
    QString m_error;
};

} // namespace wirescope
