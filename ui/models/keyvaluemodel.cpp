#include "ui/models/keyvaluemodel.h"

#include <QColor>
#include <QFont>

namespace wirescope {

namespace {

// Grey that reads on light and dark palettes alike.
const QColor s_dimmed(128, 128, 128);

} // namespace

KeyValueModel::KeyValueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_namePlaceholder(tr("Name"))
    , m_valuePlaceholder(tr("Value"))
{}

void KeyValueModel::setRows(const KeyValueList &rows)
{
    const int oldCount = int(m_rows.size());
    const int newCount = int(rows.size());
    const int common = std::min(oldCount, newCount);

    // Rows beyond the common prefix are inserted or removed just before the placeholder row,
    // so an edit in progress on the placeholder or a selection elsewhere is not reset.
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rows.remove(newCount, oldCount - newCount);
        endRemoveRows();
    } else if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows.append(rows.mid(oldCount));
        endInsertRows();
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < common; ++i) {
        if (m_rows.at(i) == rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        if (firstChanged < 0)
            firstChanged = i;
        lastChanged = i;
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
}

void KeyValueModel::appendRow(const KeyValue &row)
{
    const int at = int(m_rows.size());
    if (m_mode != EditMode::Editable) {
        beginInsertRows({}, at, at);
        m_rows.append(row);
        endInsertRows();
        emit edited();
        return;
    }
    // The placeholder row becomes the new row and a fresh placeholder appears below it. Had
    // the row been inserted at the placeholder's place instead, the view's current index and
    // an open editor would move down with the placeholder: Tab from a new row's name would
    // land on the placeholder's value and start another row.
    // Until endInsertRows() row `at` still shows as the placeholder (views and model testers
    // check that rows around an insertion keep their data).
    m_promotingRow = at;
    beginInsertRows({}, at + 1, at + 1);
    m_rows.append(row);
    endInsertRows();
    m_promotingRow = -1;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    emit edited();
}

void KeyValueModel::setEditMode(EditMode mode)
{
    if (m_mode == mode)
        return;
    beginResetModel();
    m_mode = mode;
    endResetModel();
}

void KeyValueModel::setPlaceholders(const QString &name, const QString &value)
{
    m_namePlaceholder = name;
    m_valuePlaceholder = value;
    if (m_mode == EditMode::Editable) {
        const int row = int(m_rows.size());
        emit dataChanged(index(row, NameColumn), index(row, ValueColumn), {Qt::DisplayRole});
    }
}

bool KeyValueModel::isPlaceholderRow(int row) const
{
    return m_mode == EditMode::Editable && (row == m_rows.size() || row == m_promotingRow);
}

int KeyValueModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_rows.size()) + (m_mode == EditMode::Editable ? 1 : 0);
}

int KeyValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();

    if (isPlaceholderRow(row)) {
        if (role == Qt::DisplayRole) {
            if (column == NameColumn)
                return m_namePlaceholder;
            if (column == ValueColumn)
                return m_valuePlaceholder;
            return {};
        }
        if (role == Qt::ForegroundRole)
            return s_dimmed;
        if (role == Qt::FontRole) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (role == Qt::EditRole)
            return QString();
        return {};
    }

    const KeyValue &kv = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case NameColumn:
            return kv.name;
        case ValueColumn:
            return kv.value;
        case DescriptionColumn:
            return kv.description;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == ValueColumn && !kv.value.isEmpty())
            return kv.value;
        if (column == DescriptionColumn && !kv.description.isEmpty())
            return kv.description;
        return {};
    case Qt::CheckStateRole:
        if (column == NameColumn && m_mode != EditMode::ReadOnly)
            return kv.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (!kv.enabled)
            return s_dimmed;
        return {};
    default:
        return {};
    }
}

bool KeyValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_mode == EditMode::ReadOnly
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();

    if (isPlaceholderRow(row)) {
        // Typing into the trailing row creates a real row; an empty edit creates nothing.
        if (role != Qt::EditRole || value.toString().isEmpty())
            return false;
        KeyValue kv;
        if (column == NameColumn)
            kv.name = value.toString();
        else if (column == ValueColumn)
            kv.value = value.toString();
        else
            kv.description = value.toString();
        appendRow(kv);
        return true;
    }

    KeyValue &kv = m_rows[row];
    if (role == Qt::CheckStateRole && column == NameColumn) {
        const bool enabled = value.toInt() == Qt::Checked;
        if (kv.enabled == enabled)
            return true;
        kv.enabled = enabled;
        emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
        emit edited();
        return true;
    }
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QString *field = column == NameColumn    ? &kv.name
                     : column == ValueColumn ? &kv.value
                                             : &kv.description;
    const QString text = value.toString();
    if (*field == text)
        return true;
    *field = text;
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags KeyValueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_mode == EditMode::ReadOnly)
        return f;
    if (m_mode == EditMode::Editable || index.column() != NameColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == NameColumn && !isPlaceholderRow(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

bool KeyValueModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_mode != EditMode::Editable || count <= 0 || row < 0)
        return false;
    // The placeholder row cannot be removed; clamp to real rows.
    const int last = std::min(row + count, int(m_rows.size())) - 1;
    if (last < row)
        return false;
    beginRemoveRows({}, row, last);
    m_rows.remove(row, last - row + 1);
    endRemoveRows();
    emit edited();
    return true;
}

bool KeyValueModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_mode != EditMode::Editable || count <= 0 || row < 0
        || row > m_rows.size())
        return false;
    beginInsertRows({}, row, row + count - 1);
    m_rows.insert(row, count, KeyValue{});
    endInsertRows();
    emit edited();
    return true;
}

} // namespace wirescope
