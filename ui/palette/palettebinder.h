#pragma once

#include "ui/palette/palettepopup.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace wirescope {

class CollectionDocument;
class HistoryPane;
class MainWindow;

/// Quick open (Ctrl+P: the requests of every open collection, their environments and recent
/// history) and the command palette (Ctrl+Shift+P: the window's actions, the same set the F1
/// list shows), both in one PalettePopup over the window. A child of the window; the
/// workspace hands it what to list and how to open it.
class PaletteBinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteBinder)

public:
    struct Sources
    {
        std::function<QList<CollectionDocument *>()> documents;
        /// Opens a collection item in a tab (or brings its tab to the front).
        std::function<void(CollectionDocument *, const QString &itemId)> openItem;
        /// Makes @p name the active environment of the collection.
        std::function<void(CollectionDocument *, const QString &name)> activateEnvironment;
        HistoryPane *history = nullptr; ///< not owned, may be null (no history)
    };

    /// Adds the two actions to @p menu (not owned) and to the window.
    PaletteBinder(MainWindow *window, Sources sources, QMenu *menu);

    QAction *quickOpenAction() const { return m_quickOpen; }
    QAction *commandsAction() const { return m_commands; }
    PalettePopup *popup() const { return m_popup; } // child of the window

    void showQuickOpen();
    void showCommands();

private:
    QList<PaletteEntry> requestEntries() const;
    QList<PaletteEntry> environmentEntries() const;
    QList<PaletteEntry> historyEntries() const;
    QList<PaletteEntry> actionEntries() const;

    MainWindow *m_window; // parent
    Sources m_sources;
    PalettePopup *m_popup = nullptr;
    QAction *m_quickOpen = nullptr;
    QAction *m_commands = nullptr;
};

} // namespace wirescope
