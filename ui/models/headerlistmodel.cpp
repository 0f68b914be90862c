#include "ui/models/headerlistmodel.h"

#include <QColor>
#include <QSet>

namespace wirescope {

HeaderListModel::HeaderListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HeaderListModel::setHeaders(const KeyValueList &headers, const QStringList &addedByEngine)
{
    beginResetModel();
    m_headers = headers;
    m_added.clear();
    for (const QString &name : addedByEngine)
        m_added.append(name.toLower());
    endResetModel();
}

void HeaderListModel::clear()
{
    setHeaders({}, {});
}

bool HeaderListModel::isAddedByEngine(int row) const
{
    if (row < 0 || row >= m_headers.size())
        return false;
    return m_added.contains(m_headers.at(row).name.toLower());
}

QString HeaderListModel::toText(const QModelIndexList &rows) const
{
    QString out;
    QList<int> wanted;
    if (rows.isEmpty()) {
        for (int i = 0; i < m_headers.size(); ++i)
            wanted.append(i);
    } else {
        QSet<int> seen;
        for (const QModelIndex &index : rows) {
            if (!seen.contains(index.row())) {
                seen.insert(index.row());
                wanted.append(index.row());
            }
        }
        std::sort(wanted.begin(), wanted.end());
    }
    for (int row : std::as_const(wanted)) {
        if (row < 0 || row >= m_headers.size())
            continue;
        out += m_headers.at(row).name + QStringLiteral(": ") + m_headers.at(row).value + u'\n';
    }
    return out;
}

int HeaderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeaderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyValue &kv = m_headers.at(index.row());
    const bool added = isAddedByEngine(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? kv.name : kv.value;
    case Qt::ToolTipRole:
        if (added)
            return tr("Added by the HTTP engine, not set in the request");
        return index.column() == ValueColumn ? kv.value : QVariant();
    case Qt::ForegroundRole:
        if (added)
            return QColor(128, 128, 128);
        return {};
    case AddedByEngineRole:
        return added;
    default:
        return {};
    }
}

QVariant HeaderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Name");
    if (section == ValueColumn)
        return tr("Value");
    return {};
}

Qt::ItemFlags HeaderListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace wirescope
