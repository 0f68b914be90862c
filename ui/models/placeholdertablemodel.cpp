#include "ui/models/placeholdertablemodel.h"

namespace wirescope {

PlaceholderTableModel::PlaceholderTableModel(int columnCount,
                                             int placeholderColumn,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columnCount)
    , m_placeholderColumn(placeholderColumn)
{}

bool PlaceholderTableModel::removeItem(int row)
{
    if (row < 0 || row >= itemCount())
        return false;
    beginRemoveRows({}, row, row);
    removeItemAt(row);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

int PlaceholderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount() + 1; // + the placeholder row
}

int PlaceholderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PlaceholderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.row() == itemCount() || index.row() == m_promotingRow) {
        if (index.column() == m_placeholderColumn && role == Qt::DisplayRole)
            return placeholderText();
        if (index.column() == m_placeholderColumn && role == Qt::ForegroundRole)
            return QVariant::fromValue(Qt::gray);
        return {};
    }
    return itemData(index.row(), index.column(), role);
}

bool PlaceholderTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    if (index.row() == itemCount()) {
        if (index.column() != m_placeholderColumn || role != Qt::EditRole || !canAppend(value))
            return false;
        const int row = itemCount();
        // The new row takes the placeholder's place and a fresh placeholder appears below, so
        // the view's current cell (and Tab from it) stays on the new row. Until
        // endInsertRows() the row still shows as the placeholder it was.
        m_promotingRow = row;
        beginInsertRows({}, row + 1, row + 1);
        appendItem(value);
        endInsertRows();
        m_promotingRow = -1;
        Q_EMIT dataChanged(this->index(row, 0), this->index(row, m_columns - 1));
        Q_EMIT edited();
        return true;
    }
    if (!setItemData(index.row(), index.column(), value, role))
        return false;
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags PlaceholderTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.row() == itemCount())
        return index.column() == m_placeholderColumn
                   ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable
                   : Qt::NoItemFlags;
    if (isCheckColumn(index.column()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace wirescope
