#include "ui/mainwindow/shortcutlist.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace wirescope {

namespace {

QString row(const QAction *action)
{
    return QStringLiteral("<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td></tr>")
        .arg(action->text().remove(u'&').remove(QStringLiteral("\u2026")).toHtmlEscaped(),
             shortcutText(action).toHtmlEscaped());
}

QString heading(const QString &title)
{
    return QStringLiteral("<tr><td colspan='2' style='padding-top:8px'><i>%1</i></td></tr>")
        .arg(title.toHtmlEscaped());
}

/// The rows of @p menu's actions with a shortcut (submenus included), noting them in @p seen.
QString menuRows(const QMenu *menu, QSet<const QAction *> &seen)
{
    QString rows;
    for (const QAction *action : menu->actions()) {
        if (const QMenu *sub = action->menu()) {
            rows += menuRows(sub, seen);
        } else if (!action->shortcuts().isEmpty() && !seen.contains(action)) {
            seen.insert(action);
            rows += row(action);
        }
    }
    return rows;
}

} // namespace

QString shortcutText(const QAction *action)
{
    QString text = QKeySequence::listToString(action->shortcuts(), QKeySequence::NativeText);
    // Qt names Shift+Tab "Backtab"; users press Tab.
    return text.replace(QStringLiteral("Backtab"), QStringLiteral("Tab"));
}

QString shortcutTable(const QMenuBar *menuBar, const QList<QAction *> &actions)
{
    QSet<const QAction *> seen;
    QString rows;
    for (const QAction *entry : menuBar->actions()) {
        const QMenu *menu = entry->menu();
        if (!menu)
            continue;
        const QString menuRowsText = menuRows(menu, seen);
        if (!menuRowsText.isEmpty())
            rows += heading(entry->text().remove(u'&')) + menuRowsText;
    }
    // The rest: window-wide ones (tab switching), then those of a focused list or pane (F2
    // in the sidebar). Each pane has its own copy of its actions: one row per name and key.
    QString everywhere;
    QString inPanes;
    QSet<QString> listed;
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || seen.contains(action) || action->text().isEmpty())
            continue;
        const QString text = row(action);
        if (listed.contains(text))
            continue;
        listed.insert(text);
        const Qt::ShortcutContext context = action->shortcutContext();
        (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut ? everywhere
                                                                             : inPanes) += text;
    }
    const auto translate = [](const char *text) {
        return QCoreApplication::translate("wirescope::ShortcutList", text);
    };
    if (!everywhere.isEmpty())
        rows += heading(translate("Everywhere")) + everywhere;
    if (!inPanes.isEmpty())
        rows += heading(translate("In the focused list or pane")) + inPanes;
    return QStringLiteral("<table>%1</table>").arg(rows);
}

} // namespace wirescope
