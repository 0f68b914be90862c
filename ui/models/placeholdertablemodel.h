#pragma once

#include <QAbstractTableModel>

namespace wirescope {

/// A table of editable rows with one more, empty "add a row" placeholder at the end: editing
/// the placeholder's key column appends a row. Subclasses (variables, assertions, captures)
/// hold the rows and describe their cells; this class does the placeholder and the row
/// bookkeeping that every such table shares.
class PlaceholderTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderTableModel)

public:
    /// @p placeholderColumn is the column that takes the new row's first value.
    PlaceholderTableModel(int columnCount, int placeholderColumn, QObject *parent = nullptr);

    bool removeItem(int row);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) final;
    Qt::ItemFlags flags(const QModelIndex &index) const final;

Q_SIGNALS:
    void edited();

protected:
    virtual int itemCount() const = 0;
    /// The grey hint shown in the placeholder row.
    virtual QString placeholderText() const = 0;
    /// Whether the placeholder's @p value makes a row (e.g. a non-blank name).
    virtual bool canAppend(const QVariant &value) const = 0;
    /// Appends a row from the placeholder's value (canAppend() said yes).
    virtual void appendItem(const QVariant &value) = 0;
    virtual void removeItemAt(int row) = 0;
    virtual QVariant itemData(int row, int column, int role) const = 0;
    /// Changes one cell; false when refused. Other cells that change with it are reported by
    /// the subclass through dataChanged().
    virtual bool setItemData(int row, int column, const QVariant &value, int role) = 0;
    /// The columns edited as a check box (the rest are edited as text).
    virtual bool isCheckColumn(int column) const = 0;

private:
    int m_columns;
    int m_placeholderColumn;
    int m_promotingRow = -1; ///< the placeholder turning into a real row (see setData)
};

} // namespace wirescope
