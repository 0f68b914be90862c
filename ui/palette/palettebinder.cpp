#include "ui/palette/palettebinder.h"

#include "core/model/collection.h"
#include "ui/collections/collectiondocument.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypane.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/shortcutlist.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QSet>

namespace wirescope {

namespace {

constexpr int kHistoryShown = 50; ///< the most recent; the History pane searches the rest

/// Every request of @p items with its folder path ("Users / Admin").
void collectRequests(const std::vector<CollectionItem> &items,
                     const QString &folders,
                     const std::function<void(const CollectionItem &, const QString &)> &add)
{
    for (const CollectionItem &item : items) {
        if (const auto *folder = std::get_if<Folder>(&item.node)) {
            collectRequests(folder->children,
                            folders.isEmpty() ? folder->name
                                              : folders + QStringLiteral(" / ") + folder->name,
                            add);
        } else {
            add(item, folders);
        }
    }
}

QString menuOf(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<const QMenu *>(object))
            return menu->title().remove(u'&');
    }
    return {};
}

} // namespace

PaletteBinder::PaletteBinder(MainWindow *window, Sources sources, QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_sources(std::move(sources))
    , m_popup(new PalettePopup(window))
{
    m_quickOpen = new QAction(tr("&Quick Open…"), window);
    m_quickOpen->setObjectName(QStringLiteral("actionQuickOpen"));
    m_quickOpen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_quickOpen, &QAction::triggered, this, &PaletteBinder::showQuickOpen);
    m_commands = new QAction(tr("&Command Palette…"), window);
    m_commands->setObjectName(QStringLiteral("actionCommandPalette"));
    m_commands->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_commands, &QAction::triggered, this, &PaletteBinder::showCommands);
    window->addActions({m_quickOpen, m_commands});
    if (menu) {
        QAction *first = menu->actions().value(0);
        menu->insertActions(first, {m_quickOpen, m_commands});
        if (first)
            menu->insertSeparator(first);
    }
}

void PaletteBinder::showQuickOpen()
{
    m_popup->open(tr("Open a request, environment or history entry"),
                  requestEntries() + environmentEntries() + historyEntries());
}

void PaletteBinder::showCommands()
{
    m_popup->open(tr("Run a command"), actionEntries());
}

QList<PaletteEntry> PaletteBinder::requestEntries() const
{
    QList<PaletteEntry> out;
    if (!m_sources.documents)
        return out;
    for (CollectionDocument *document : m_sources.documents()) {
        const QPointer<CollectionDocument> guarded(document);
        const QString collection = document->collection().name;
        collectRequests(document->collection().items, {},
                        [&](const CollectionItem &item, const QString &folders) {
                            QString detail;
                            if (const auto *http = std::get_if<HttpItem>(&item.node))
                                detail = http->request.method + u' ' + http->request.url;
                            else if (const auto *ws = std::get_if<WebSocketItem>(&item.node))
                                detail = QStringLiteral("WS ") + ws->request.url;
                            detail +=
                                QStringLiteral("  (") + collection
                                + (folders.isEmpty() ? QString() : QStringLiteral(" / ") + folders)
                                + u')';
                            const QString id = item.id();
                            const auto open = m_sources.openItem;
                            out.append({item.name(), detail, tr("Request"), [guarded, id, open] {
                                            if (guarded && open)
                                                open(guarded, id);
                                        }});
                        });
    }
    return out;
}

QList<PaletteEntry> PaletteBinder::environmentEntries() const
{
    QList<PaletteEntry> out;
    if (!m_sources.documents)
        return out;
    for (CollectionDocument *document : m_sources.documents()) {
        const QPointer<CollectionDocument> guarded(document);
        for (const Environment &environment : document->collection().environments) {
            const QString name = environment.name;
            const auto activate = m_sources.activateEnvironment;
            out.append({name,
                        tr("Environment of %1: make it active").arg(document->collection().name),
                        tr("Environment"), [guarded, name, activate] {
                            if (guarded && activate)
                                activate(guarded, name);
                        }});
        }
    }
    return out;
}

QList<PaletteEntry> PaletteBinder::historyEntries() const
{
    QList<PaletteEntry> out;
    HistoryPane *history = m_sources.history;
    if (!history)
        return out;
    const HistoryModel *model = history->model();
    const QPointer<HistoryPane> guarded(history);
    for (int row = 0; row < model->rowCount() && row < kHistoryShown; ++row) {
        const HistorySummary summary = model->summaryAt(row);
        const qint64 id = summary.id;
        out.append(
            {summary.method + u' ' + summary.url,
             tr("History, %1")
                 .arg(QLocale().toString(summary.startedAt.toLocalTime(), QLocale::ShortFormat)),
             tr("History"), [guarded, id] {
                 if (guarded)
                     guarded->openHistoryEntry(id);
             }});
    }
    return out;
}

QList<PaletteEntry> PaletteBinder::actionEntries() const
{
    QList<PaletteEntry> out;
    QSet<QString> seen;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const QString title = action->text().remove(u'&').remove(QStringLiteral("…")).trimmed();
        if (title.isEmpty() || action->isSeparator() || action->menu() || !action->isEnabled()
            || action == m_quickOpen || action == m_commands)
            continue;
        const QString menu = menuOf(action);
        const QString key = title + u'\n' + menu;
        if (seen.contains(key)) // each pane has its own copy of its actions
            continue;
        seen.insert(key);
        QStringList detail;
        if (!action->shortcuts().isEmpty())
            detail.append(shortcutText(action));
        if (!menu.isEmpty())
            detail.append(menu);
        const QPointer<QAction> guarded(action);
        out.append({title, detail.join(QStringLiteral(", ")), menu.isEmpty() ? tr("Action") : menu,
                    [guarded] {
                        if (guarded && guarded->isEnabled())
                            guarded->trigger();
                    }});
    }
    return out;
}

} // namespace wirescope
