#include "ui/widgets/documenttabs.h"

#include <QMenu>
#include <QTabBar>
#include <QToolButton>

#include <algorithm>

namespace wirescope {

namespace {

/// A tab bar whose tabs keep a readable width: with many tabs it scrolls instead of eliding
/// every title to its first letter.
class ReadableTabBar final : public QTabBar
{
public:
    using QTabBar::QTabBar;

protected:
    QSize minimumTabSizeHint(int index) const override
    {
        QSize size = QTabBar::minimumTabSizeHint(index);
        const int readable = fontMetrics().averageCharWidth() * 14;
        size.setWidth(std::max(size.width(), std::min(readable, tabSizeHint(index).width())));
        return size;
    }
};

} // namespace

DocumentTabs::DocumentTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setTabBar(new ReadableTabBar(this));
    tabBar()->setUsesScrollButtons(true);
    tabBar()->setElideMode(Qt::ElideRight);
    tabBar()->setExpanding(false);
    m_openTabs = new QToolButton(this);
    m_openTabs->setObjectName(QStringLiteral("openTabsButton"));
    m_openTabs->setText(QStringLiteral("\u25be"));
    m_openTabs->setToolTip(tr("Open tabs"));
    m_openTabs->setAccessibleName(tr("List the open tabs"));
    m_openTabs->setAutoRaise(true);
    m_openTabs->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_openTabs);
    menu->setObjectName(QStringLiteral("openTabsMenu"));
    m_openTabs->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &DocumentTabs::fillOpenTabsMenu);
    setCornerWidget(m_openTabs, Qt::TopLeftCorner);
}

void DocumentTabs::setPlainTabText(int index, const QString &text)
{
    QString escaped = text;
    setTabText(index, escaped.replace(u'&', QStringLiteral("&&")));
}

QString DocumentTabs::plainTabText(int index) const
{
    return tabText(index).replace(QStringLiteral("&&"), QStringLiteral("&"));
}

void DocumentTabs::fillOpenTabsMenu()
{
    QMenu *menu = m_openTabs->menu();
    menu->clear();
    for (int i = 0; i < count(); ++i) {
        QAction *action = menu->addAction(tabText(i)); // already escaped for a menu
        action->setToolTip(tabToolTip(i));
        action->setCheckable(true);
        action->setChecked(i == currentIndex());
        connect(action, &QAction::triggered, this, [this, i] { setCurrentIndex(i); });
    }
}

} // namespace wirescope
