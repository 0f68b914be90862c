#pragma once

#include <QTableView>

namespace wirescope {

class KeyValueModel;

/// A table view over its own KeyValueModel: checkbox + name, value, description, with
/// Delete removing the selected rows and a context menu for the common row operations.
class KeyValueTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueTable)

public:
    explicit KeyValueTable(QWidget *parent = nullptr);

    KeyValueModel *keyValueModel() const { return m_model; } // child

    /// Shows or hides the Description column (hidden by default).
    void setDescriptionVisible(bool visible);

    void removeSelectedRows();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void setAllEnabled(bool enabled);

    KeyValueModel *m_model = nullptr; // child
};

} // namespace wirescope
