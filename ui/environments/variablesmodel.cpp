#include "ui/environments/variablesmodel.h"

namespace wirescope {

VariablesModel::VariablesModel(QObject *parent) : QAbstractTableModel(parent) {}

void VariablesModel::setVariables(const VariableList &variables)
{
    beginResetModel();
    m_variables = variables;
    endResetModel();
}

void VariablesModel::setRevealSecrets(bool reveal)
{
    if (m_reveal == reveal)
        return;
    m_reveal = reveal;
    if (!m_variables.isEmpty())
        Q_EMIT dataChanged(index(0, ValueColumn), index(int(m_variables.size()) - 1, ValueColumn));
}

bool VariablesModel::removeVariable(int row)
{
    if (row < 0 || row >= m_variables.size())
        return false;
    beginRemoveRows({}, row, row);
    m_variables.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

int VariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variables.size()) + 1; // + the placeholder row
}

int VariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariablesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool placeholder = index.row() == m_variables.size();
    if (placeholder) {
        if (index.column() == NameColumn && role == Qt::DisplayRole)
            return tr("Add a variable");
        if (role == Qt::ForegroundRole && index.column() == NameColumn)
            return QVariant::fromValue(Qt::gray);
        return {};
    }
    const Variable &v = m_variables.at(index.row());
    switch (index.column()) {
    case EnabledColumn:
        if (role == Qt::CheckStateRole)
            return v.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return v.enabled ? tr("enabled") : tr("disabled");
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return v.name;
        break;
    case ValueColumn:
        if (role == Qt::EditRole)
            return v.value;
        if (role == Qt::DisplayRole)
            return (v.secret && !m_reveal) ? QString(v.value.size() ? 8 : 0, QChar(0x2022)) : v.value;
        if (role == Qt::ToolTipRole && v.secret)
            return tr("Secret: kept in the system keychain, never written to the collection files");
        break;
    case SecretColumn:
        if (role == Qt::CheckStateRole)
            return v.secret ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return v.secret ? tr("secret") : tr("not secret");
        break;
    default:
        break;
    }
    return {};
}

bool VariablesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    if (index.row() == m_variables.size()) {
        // Typing a name into the placeholder row appends a variable.
        if (index.column() != NameColumn || role != Qt::EditRole || value.toString().trimmed().isEmpty())
            return false;
        const int row = int(m_variables.size());
        beginInsertRows({}, row + 1, row + 1); // the placeholder moves down one
        m_variables.append(Variable{value.toString().trimmed(), {}, true, false, {}});
        endInsertRows();
        Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
        Q_EMIT edited();
        return true;
    }
    Variable &v = m_variables[index.row()];
    switch (index.column()) {
    case EnabledColumn:
        if (role != Qt::CheckStateRole)
            return false;
        v.enabled = value.toInt() == Qt::Checked;
        break;
    case NameColumn:
        if (role != Qt::EditRole || value.toString().trimmed().isEmpty())
            return false;
        v.name = value.toString().trimmed();
        break;
    case ValueColumn:
        if (role != Qt::EditRole)
            return false;
        v.value = value.toString();
        break;
    case SecretColumn:
        if (role != Qt::CheckStateRole)
            return false;
        v.secret = value.toInt() == Qt::Checked;
        Q_EMIT dataChanged(this->index(index.row(), ValueColumn), this->index(index.row(), ValueColumn));
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags VariablesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.row() == m_variables.size())
        return index.column() == NameColumn ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable
                                            : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == EnabledColumn || index.column() == SecretColumn)
        f |= Qt::ItemIsUserCheckable;
    else
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnabledColumn: return QString();
    case NameColumn: return tr("Variable");
    case ValueColumn: return tr("Value");
    case SecretColumn: return tr("Secret");
    default: return {};
    }
}

} // namespace wirescope
