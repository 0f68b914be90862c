#pragma once

#include "core/model/assertion.h"
#include "ui/models/placeholdertablemodel.h"

namespace wirescope {

/// An editable table of a request's assertions (enabled, target, property, check, expected,
/// upper bound). Target and check are edited as their short names ("status", "eq"); the last
/// row is a placeholder that appends a new assertion when its target is set.
class AssertionsModel final : public PlaceholderTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssertionsModel)

public:
    enum Column {
        EnabledColumn,
        TargetColumn,
        PropertyColumn,
        OpColumn,
        ExpectedColumn,
        Expected2Column,
        ColumnCount
    };

    explicit AssertionsModel(QObject *parent = nullptr);

    void setAssertions(const AssertionList &assertions);
    const AssertionList &assertions() const { return m_assertions; }
    bool removeAssertion(int row) { return removeItem(row); }

    static QStringList targetNames();
    static QStringList opNames();

    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_assertions.size()); }
    QString placeholderText() const override;
    bool canAppend(const QVariant &value) const override;
    void appendItem(const QVariant &value) override;
    void removeItemAt(int row) override { m_assertions.removeAt(row); }
    QVariant itemData(int row, int column, int role) const override;
    bool setItemData(int row, int column, const QVariant &value, int role) override;
    bool isCheckColumn(int column) const override { return column == EnabledColumn; }

private:
    AssertionList m_assertions;
};

} // namespace wirescope
