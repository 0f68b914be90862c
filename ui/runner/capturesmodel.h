#pragma once

#include "core/model/assertion.h"

#include <QAbstractTableModel>

namespace wirescope {

/// An editable table of a request's captures (enabled, variable, source, expression); the
/// last row is a placeholder that appends a capture when a variable name is typed.
class CapturesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapturesModel)

public:
    enum Column { EnabledColumn, VariableColumn, SourceColumn, ExpressionColumn, ColumnCount };

    explicit CapturesModel(QObject *parent = nullptr);

    void setCaptures(const CaptureList &captures);
    const CaptureList &captures() const { return m_captures; }
    bool removeCapture(int row);
    static QStringList sourceNames();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    CaptureList m_captures;
};

} // namespace wirescope
