#include "ui/runner/capturesmodel.h"

namespace wirescope {

CapturesModel::CapturesModel(QObject *parent) : QAbstractTableModel(parent) {}

QStringList CapturesModel::sourceNames()
{
    return {Capture::sourceName(Capture::Source::JsonPath), Capture::sourceName(Capture::Source::Header),
            Capture::sourceName(Capture::Source::Status)};
}

void CapturesModel::setCaptures(const CaptureList &captures)
{
    beginResetModel();
    m_captures = captures;
    endResetModel();
}

bool CapturesModel::removeCapture(int row)
{
    if (row < 0 || row >= m_captures.size())
        return false;
    beginRemoveRows({}, row, row);
    m_captures.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

int CapturesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_captures.size()) + 1;
}

int CapturesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapturesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.row() == m_captures.size()) {
        if (index.column() == VariableColumn && role == Qt::DisplayRole)
            return tr("Capture into a variable");
        if (index.column() == VariableColumn && role == Qt::ForegroundRole)
            return QVariant::fromValue(Qt::gray);
        return {};
    }
    const Capture &c = m_captures.at(index.row());
    if (index.column() == EnabledColumn)
        return role == Qt::CheckStateRole ? QVariant(c.enabled ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case VariableColumn: return c.variable;
    case SourceColumn: return Capture::sourceName(c.source);
    case ExpressionColumn: return c.expression;
    default: return {};
    }
}

bool CapturesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    const QString text = value.toString().trimmed();
    if (index.row() == m_captures.size()) {
        if (index.column() != VariableColumn || role != Qt::EditRole || text.isEmpty())
            return false;
        const int row = int(m_captures.size());
        beginInsertRows({}, row + 1, row + 1);
        Capture c;
        c.variable = text;
        c.expression = QStringLiteral("$.");
        m_captures.append(c);
        endInsertRows();
        Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
        Q_EMIT edited();
        return true;
    }
    Capture &c = m_captures[index.row()];
    switch (index.column()) {
    case EnabledColumn:
        if (role != Qt::CheckStateRole)
            return false;
        c.enabled = value.toInt() == Qt::Checked;
        break;
    case VariableColumn:
        if (role != Qt::EditRole || text.isEmpty())
            return false;
        c.variable = text;
        break;
    case SourceColumn:
        if (role != Qt::EditRole || !Capture::sourceFromName(text, &c.source))
            return false;
        break;
    case ExpressionColumn:
        if (role != Qt::EditRole)
            return false;
        c.expression = text;
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags CapturesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.row() == m_captures.size())
        return index.column() == VariableColumn ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable
                                                : Qt::NoItemFlags;
    if (index.column() == EnabledColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant CapturesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VariableColumn: return tr("Variable");
    case SourceColumn: return tr("From");
    case ExpressionColumn: return tr("JSONPath / header");
    default: return QString();
    }
}

} // namespace wirescope
