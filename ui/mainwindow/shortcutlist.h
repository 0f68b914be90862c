#pragma once

#include <QList>
#include <QString>

class QAction;
class QMenuBar;

namespace wirescope {

/// The Help > Keyboard Shortcuts table, generated from the actions themselves so it can never
/// miss one: every action of @p menuBar's menus that has a shortcut, under its menu's name,
/// then those of @p actions (all of the window's) that no menu shows: window-wide ones (tab
/// switching), then those of a focused list or pane (F2 in the sidebar). Key names are shown
/// as users read them ("Ctrl+Shift+Tab", never Qt's "Backtab"). Rich text (a table).
QString shortcutTable(const QMenuBar *menuBar, const QList<QAction *> &actions);

/// @p action's shortcuts as shown to users, "Ctrl+S" or "Ctrl+Tab, Ctrl+PgDown".
QString shortcutText(const QAction *action);

} // namespace wirescope
