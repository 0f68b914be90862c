#include "ui/widgets/keyvaluetable.h"

#include "ui/models/keyvaluemodel.h"
#include "ui/widgets/tableviews.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

namespace wirescope {

KeyValueTable::KeyValueTable(QWidget *parent)
    : QTableView(parent)
    , m_model(new KeyValueModel(this))
{
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(true);
    verticalHeader()->hide();
    tableviews::setCompactRows(this);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(KeyValueModel::NameColumn, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(KeyValueModel::ValueColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(KeyValueModel::DescriptionColumn,
                                             QHeaderView::Interactive);
    setColumnWidth(KeyValueModel::NameColumn, fontMetrics().averageCharWidth() * 28);
    setColumnHidden(KeyValueModel::DescriptionColumn, true);

    auto *remove = new QAction(tr("Delete Row"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &KeyValueTable::removeSelectedRows);
    addAction(remove);
}

void KeyValueTable::setDescriptionVisible(bool visible)
{
    setColumnHidden(KeyValueModel::DescriptionColumn, !visible);
}

void KeyValueTable::removeSelectedRows()
{
    if (m_model->editMode() != KeyValueModel::EditMode::Editable
        || state() == QAbstractItemView::EditingState)
        return;
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        if (!m_model->isPlaceholderRow(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty() && currentIndex().isValid()
        && !m_model->isPlaceholderRow(currentIndex().row()))
        rows.append(currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_model->removeRows(row, 1);
}

void KeyValueTable::setAllEnabled(bool enabled)
{
    for (int row = 0; row < m_model->rows().size(); ++row) {
        m_model->setData(m_model->index(row, KeyValueModel::NameColumn),
                         enabled ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

void KeyValueTable::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_model->isReadOnly())
        return;
    QMenu menu(this);
    const bool hasRows = !m_model->rows().isEmpty();
    QAction *remove =
        menu.addAction(tr("Delete Selected Rows"), this, &KeyValueTable::removeSelectedRows);
    remove->setEnabled(hasRows && m_model->editMode() == KeyValueModel::EditMode::Editable);
    menu.addSeparator();
    menu.addAction(tr("Enable All"), this, [this] { setAllEnabled(true); })->setEnabled(hasRows);
    menu.addAction(tr("Disable All"), this, [this] { setAllEnabled(false); })->setEnabled(hasRows);
    menu.addSeparator();
    QAction *description = menu.addAction(tr("Show Description Column"));
    description->setCheckable(true);
    description->setChecked(!isColumnHidden(KeyValueModel::DescriptionColumn));
    connect(description, &QAction::toggled, this, &KeyValueTable::setDescriptionVisible);
    menu.exec(event->globalPos());
}

} // namespace wirescope
