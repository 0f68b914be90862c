#include "ui/environments/variablesmodel.h"

namespace wirescope {

VariablesModel::VariablesModel(QObject *parent)
    : PlaceholderTableModel(ColumnCount, NameColumn, parent)
{}

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

QString VariablesModel::placeholderText() const
{
    return tr("Add a variable");
}

bool VariablesModel::canAppend(const QVariant &value) const
{
    return !value.toString().trimmed().isEmpty();
}

void VariablesModel::appendItem(const QVariant &value)
{
    m_variables.append(Variable{value.toString().trimmed(), {}, true, false, {}});
}

QVariant VariablesModel::itemData(int row, int column, int role) const
{
    const Variable &v = m_variables.at(row);
    switch (column) {
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
            return (v.secret && !m_reveal) ? QString(v.value.size() ? 8 : 0, QChar(0x2022))
                                           : v.value;
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

bool VariablesModel::setItemData(int row, int column, const QVariant &value, int role)
{
    Variable &v = m_variables[row];
    switch (column) {
    case EnabledColumn:
        if (role != Qt::CheckStateRole)
            return false;
        v.enabled = value.toInt() == Qt::Checked;
        return true;
    case NameColumn:
        if (role != Qt::EditRole || value.toString().trimmed().isEmpty())
            return false;
        v.name = value.toString().trimmed();
        return true;
    case ValueColumn:
        if (role != Qt::EditRole)
            return false;
        v.value = value.toString();
        return true;
    case SecretColumn:
        if (role != Qt::CheckStateRole)
            return false;
        v.secret = value.toInt() == Qt::Checked;
        Q_EMIT dataChanged(index(row, ValueColumn), index(row, ValueColumn)); // masked or not
        return true;
    default:
        return false;
    }
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnabledColumn:
        return QString();
    case NameColumn:
        return tr("Variable");
    case ValueColumn:
        return tr("Value");
    case SecretColumn:
        return tr("Secret");
    default:
        return {};
    }
}

} // namespace wirescope
