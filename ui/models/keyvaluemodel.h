#pragma once

#include "core/model/keyvalue.h"

#include <QAbstractTableModel>

namespace wirescope {

/// An editable table over a KeyValueList (query params, headers, form fields): a checkbox
/// for `enabled` in the Name column, and a trailing empty row where typing adds a new row.
/// Emits edited() for changes made through the model (by a view or the API), never for
/// setRows(), so that two-way syncs (params <-> URL) cannot loop.
class KeyValueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueModel)

public:
    enum Column { NameColumn, ValueColumn, DescriptionColumn, ColumnCount };

    explicit KeyValueModel(QObject *parent = nullptr);

    const KeyValueList &rows() const { return m_rows; }
    /// Replaces the rows, changing as little as it can (so selection and scroll survive).
    void setRows(const KeyValueList &rows);

    /// Appends a row; emits edited().
    void appendRow(const KeyValue &row);

    enum class EditMode {
        Editable,   ///< every cell, plus the trailing "new row" line
        ValuesOnly, ///< fixed rows (e.g. path variables named by the URL): values, checkboxes
        ReadOnly,
    };
    void setEditMode(EditMode mode);
    EditMode editMode() const { return m_mode; }
    bool isReadOnly() const { return m_mode == EditMode::ReadOnly; }

    /// Placeholder texts shown in the empty trailing row ("Add parameter", "Value").
    void setPlaceholders(const QString &name, const QString &value);

    /// True for the trailing empty row that adds a new entry when typed into.
    bool isPlaceholderRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    /// The rows changed through the model (an edit, an insert, a removal).
    void edited();

private:
    KeyValueList m_rows;
    EditMode m_mode = EditMode::Editable;
    QString m_namePlaceholder;
    QString m_valuePlaceholder;
    int m_promotingRow = -1; ///< the placeholder turning into a real row (see appendRow)
};

} // namespace wirescope
