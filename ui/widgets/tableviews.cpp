#include "ui/widgets/tableviews.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace wirescope::tableviews {

void setCompactRows(QTableView *view)
{
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

void setUpReadOnly(QTableView *view)
{
    view->verticalHeader()->hide();
    setCompactRows(view);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setColumnWidth(0, view->fontMetrics().averageCharWidth() * 24);
}

void fitNameColumn(QTableView *view)
{
    // Measured from the model, not with resizeColumnToContents(): that only looks at the rows
    // a visible viewport shows, and these tables are often filled while their tab is hidden.
    const QAbstractItemModel *model = view->model();
    const QFontMetrics fm = view->fontMetrics();
    int widest = fm.horizontalAdvance(model->headerData(0, Qt::Horizontal).toString());
    const int rows = std::min(model->rowCount(), 500);
    for (int row = 0; row < rows; ++row)
        widest = std::max(widest, fm.horizontalAdvance(model->index(row, 0).data().toString()));
    const int minimum = fm.averageCharWidth() * 14;
    const int maximum = fm.averageCharWidth() * 44;
    view->setColumnWidth(0, std::clamp(widest + 2 * fm.averageCharWidth() + 8, minimum, maximum));
}

} // namespace wirescope::tableviews
