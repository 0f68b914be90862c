#pragma once

#include "core/model/collection.h"
#include "ui/models/placeholdertablemodel.h"

namespace wirescope {

/// An editable table of variables: enabled, name, value, secret. A secret's value is shown
/// masked unless revealSecrets is on (it is still edited in clear text). The last row is an
/// empty placeholder; typing a name into it appends a variable.
class VariablesModel final : public PlaceholderTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariablesModel)

public:
    enum Column { EnabledColumn, NameColumn, ValueColumn, SecretColumn, ColumnCount };

    explicit VariablesModel(QObject *parent = nullptr);

    void setVariables(const VariableList &variables);
    const VariableList &variables() const { return m_variables; }
    void setRevealSecrets(bool reveal);
    bool revealSecrets() const { return m_reveal; }
    bool removeVariable(int row) { return removeItem(row); }

    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_variables.size()); }
    QString placeholderText() const override;
    bool canAppend(const QVariant &value) const override;
    void appendItem(const QVariant &value) override;
    void removeItemAt(int row) override { m_variables.removeAt(row); }
    QVariant itemData(int row, int column, int role) const override;
    bool setItemData(int row, int column, const QVariant &value, int role) override;
    bool isCheckColumn(int column) const override
    {
        return column == EnabledColumn || column == SecretColumn;
    }

private:
    VariableList m_variables;
    bool m_reveal = false;
};

} // namespace wirescope
