#pragma once

#include "core/model/keyvalue.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace wirescope {

/// A read-only Name/Value table of headers as received or as sent. Rows whose (lower-case)
/// name is in the "added" list are shown dimmed with a tooltip: those are the headers the
/// engine or Qt added, not the user.
class HeaderListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderListModel)

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    /// Qt::UserRole + 1 on any cell: true when the row was added by the engine.
    static constexpr int AddedByEngineRole = Qt::UserRole + 1;

    explicit HeaderListModel(QObject *parent = nullptr);

    void setHeaders(const KeyValueList &headers, const QStringList &addedByEngine = {});
    void clear();
    const KeyValueList &headers() const { return m_headers; }
    bool isAddedByEngine(int row) const;

    /// The rows as "Name: value" lines, for copying.
    QString toText(const QModelIndexList &rows = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    KeyValueList m_headers;
    QStringList m_added; ///< lower-case names
};

} // namespace wirescope
