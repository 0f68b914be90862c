#pragma once

#include "core/model/assertion.h"
#include "ui/models/placeholdertablemodel.h"

namespace wirescope {

/// An editable table of a request's captures (enabled, variable, source, expression); the
/// last row is a placeholder that appends a capture when a variable name is typed.
class CapturesModel final : public PlaceholderTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapturesModel)

public:
    enum Column { EnabledColumn, VariableColumn, SourceColumn, ExpressionColumn, ColumnCount };

    explicit CapturesModel(QObject *parent = nullptr);

    void setCaptures(const CaptureList &captures);
    const CaptureList &captures() const { return m_captures; }
    bool removeCapture(int row) { return removeItem(row); }
    static QStringList sourceNames();

    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_captures.size()); }
    QString placeholderText() const override;
    bool canAppend(const QVariant &value) const override;
    void appendItem(const QVariant &value) override;
    void removeItemAt(int row) override { m_captures.removeAt(row); }
    QVariant itemData(int row, int column, int role) const override;
    bool setItemData(int row, int column, const QVariant &value, int role) override;
    bool isCheckColumn(int column) const override { return column == EnabledColumn; }

private:
    CaptureList m_captures;
};

} // namespace wirescope
