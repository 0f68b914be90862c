#pragma once

#include "core/model/assertion.h"

#include <QAbstractTableModel>

namespace wirescope {

/// An editable table of a request's assertions (enabled, target, property, check, expected,
/// upper bound). Target and check are edited as their short names ("status", "eq"); the last
/// row is a placeholder that appends a new assertion when its target is set.
class AssertionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssertionsModel)

public:
    enum Column { EnabledColumn, TargetColumn, PropertyColumn, OpColumn, ExpectedColumn, Expected2Column, ColumnCount };

    explicit AssertionsModel(QObject *parent = nullptr);

    void setAssertions(const AssertionList &assertions);
    const AssertionList &assertions() const { return m_assertions; }
    bool removeAssertion(int row);

    static QStringList targetNames();
    static QStringList opNames();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    AssertionList m_assertions;
};

} // namespace wirescope
