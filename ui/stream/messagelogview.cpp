#include "ui/stream/messagelogview.h"

#include "ui/stream/messagelogmodel.h"
#include "ui/widgets/tableviews.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace wirescope {

MessageLogView::MessageLogView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("wsMessageList"));
    setAccessibleName(tr("WebSocket messages"));
    tableviews::setCompactRows(this);
    verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, whatever the row count.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setSortingEnabled(false);
    connect(verticalScrollBar(), &QAbstractSlider::actionTriggered, this,
            &MessageLogView::onScrollAction);
}

void MessageLogView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &MessageLogView::onRowsAboutToBeRemoved);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MessageLogView::onRowsRemoved);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MessageLogView::onRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_following)
            scrollToBottom();
    });
    const QFontMetrics metrics(font());
    horizontalHeader()->resizeSection(MessageLogModel::DirectionColumn,
                                      metrics.horizontalAdvance(QStringLiteral("MMM")));
    horizontalHeader()->resizeSection(
        MessageLogModel::TimeColumn,
        metrics.horizontalAdvance(QStringLiteral("00:00:00.000000MM")));
    horizontalHeader()->resizeSection(MessageLogModel::TypeColumn,
                                      metrics.horizontalAdvance(QStringLiteral("binaryMM")));
    horizontalHeader()->resizeSection(MessageLogModel::SizeColumn,
                                      metrics.horizontalAdvance(QStringLiteral("1023.9 KBMM")));
}

void MessageLogView::setFollowing(bool following)
{
    if (following)
        scrollToBottom();
    if (m_following == following)
        return;
    m_following = following;
    emit followingChanged(following);
}

bool MessageLogView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void MessageLogView::onScrollAction(int action)
{
    if (action == QAbstractSlider::SliderNoAction)
        return;
    // actionTriggered comes from the user (wheel, drag, clicks, keys on the bar) only; the
    // slider position already holds where the action goes.
    const QScrollBar *bar = verticalScrollBar();
    setFollowing(bar->sliderPosition() >= bar->maximum());
}

void MessageLogView::keyPressEvent(QKeyEvent *event)
{
    QTableView::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        setFollowing(isAtBottom());
        break;
    default:
        break;
    }
}

void MessageLogView::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    m_topBeforeRemoval = -1;
    if (parent.isValid() || m_following || first != 0)
        return;
    m_topBeforeRemoval = verticalScrollBar()->value();
    m_removedAtTop = last - first + 1;
}

void MessageLogView::onRowsRemoved(const QModelIndex &parent, int, int)
{
    if (parent.isValid() || m_topBeforeRemoval < 0)
        return;
    // Keep the rows the user reads where they are: the ones above them went away.
    executeDelayedItemsLayout();
    verticalScrollBar()->setValue(std::max(0, m_topBeforeRemoval - m_removedAtTop));
    m_topBeforeRemoval = -1;
}

void MessageLogView::onRowsInserted(const QModelIndex &parent)
{
    if (!parent.isValid() && m_following)
        scrollToBottom();
}

} // namespace wirescope
