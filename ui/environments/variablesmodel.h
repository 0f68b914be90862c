#pragma once

#include "core/model/collection.h"

#include <QAbstractTableModel>

namespace wirescope {

/// An editable table of variables: enabled, name, value, secret. A secret's value is shown
/// masked unless revealSecrets is on (it is still edited in clear text). The last row is an
/// empty placeholder; typing a name into it appends a variable.
class VariablesModel final : public QAbstractTableModel
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
    bool removeVariable(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    VariableList m_variables;
    bool m_reveal = false;
};

} // namespace wirescope
