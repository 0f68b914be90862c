#include "ui/mainwindow/workspacebinder.h"

#include "core/history/historystore.h"
#include "core/interop/codegen.h"
#include "core/interop/insomniaexporter.h"
#include "core/interop/postmanexporter.h"
#include "core/model/collectiontree.h"
#include "core/model/collectionwalk.h"
#include "core/store/jsonfile.h"
#include "core/store/websocketrequestjson.h"
#include "ui/collections/collectiondocument.h"
#include "ui/collections/collectionspane.h"
#include "ui/collections/scriptvariablewriter.h"
#include "ui/dialogs/codesnippetdialog.h"
#include "ui/dialogs/dialogs.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/saverequestdialog.h"
#include "ui/environments/environmenteditor.h"
#include "ui/environments/environmentspane.h"
#include "ui/history/historypane.h"
#include "ui/history/wshistoryrecorder.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/previewtab.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/windowstatus.h"
#include "ui/palette/palettebinder.h"
#include "ui/request/requesteditor.h"
#include "ui/response/responseview.h"
#include "ui/runner/runnerpane.h"
#include "ui/socketio/socketiotab.h"
#include "ui/websocket/websockettab.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace wirescope {

WorkspaceBinder::WorkspaceBinder(MainWindow *window,
                                 WorkspaceController *workspace,
                                 HistoryStore *history,
                                 HttpClient *client,
                                 VariableContext *context)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_historyStore(history)
    , m_client(client)
    , m_context(context)
    , m_dialogs(window->dialogs())
{
    createDocks();
    createMenus();
    m_window->setSaveHandler([this](RequestTab *tab) { return saveTab(tab); });
    m_window->setCloseGuard([this] { return saveDocumentsBeforeClose(); });
    connect(m_window, &MainWindow::tabOpened, this, &WorkspaceBinder::attachTab);
    connect(m_window, &MainWindow::webSocketTabOpened, this, &WorkspaceBinder::attachWebSocketTab);
    connect(m_window, &MainWindow::socketIoTabOpened, this, &WorkspaceBinder::attachSocketIoTab);
    for (int i = 0; i < m_window->tabCount(); ++i) {
        if (RequestTab *tab = m_window->tabAt(i))
            attachTab(tab);
    }
    // The stream tabs the window restored before the binder existed.
    for (WebSocketTab *tab : m_window->findChildren<WebSocketTab *>())
        attachWebSocketTab(tab);
    for (SocketIoTab *tab : m_window->findChildren<SocketIoTab *>())
        attachSocketIoTab(tab);
    connect(m_workspace, &WorkspaceController::documentsChanged, this,
            &WorkspaceBinder::syncDocuments);
    connect(m_workspace, &WorkspaceController::demoServerChanged, this,
            [this](bool running, const QString &url) {
                m_demoAction->setChecked(running);
                m_window->statusBar()->showMessage(
                    running ? tr("Demo server on %1: {{demo}} points to it").arg(url)
                            : tr("Demo server stopped"),
                    8000);
                refreshVariables();
            });
    connect(m_window->windowStatus(), &WindowStatus::environmentChanged, this,
            [this](const QString &name) {
                m_workspace->setActiveEnvironment(currentDocument(), name);
                m_runner->activeEnvironmentChanged(currentDocument());
                syncEnvironments(); // the sidebar's list follows the status bar's picker
                refreshVariables();
            });
    syncDocuments();
}

WorkspaceBinder::~WorkspaceBinder() = default;

void WorkspaceBinder::createDocks()
{
    m_collections = new CollectionsPane;
    auto *sidebar = new QTabWidget;
    sidebar->setObjectName(QStringLiteral("sidebarTabs"));
    sidebar->setDocumentMode(true);
    sidebar->addTab(m_collections, tr("Collections"));
    m_environments = new EnvironmentsPane;
    sidebar->addTab(m_environments, tr("Environments"));
    connect(m_environments, &EnvironmentsPane::activated, this,
            [this](const QString &name) { m_window->windowStatus()->setCurrentEnvironment(name); });
    connect(m_environments, &EnvironmentsPane::editRequested, this,
            &WorkspaceBinder::editEnvironments);
    if (m_historyStore) {
        m_history = new HistoryPane(m_historyStore, m_dialogs);
        sidebar->addTab(m_history, tr("History"));
        connect(m_history, &HistoryPane::openRequested, this,
                [this](const Request &request, const Exchange &kept) {
                    m_window->newTab(request)->responseView()->setExchange(kept);
                });
        connect(m_history, &HistoryPane::openSessionRequested, this,
                &WorkspaceBinder::reopenWebSocketSession);
        m_webSocketHistory = new WebSocketHistoryRecorder(m_historyStore, m_context, this);
    }
    m_sidebarDock = new QDockWidget(tr("Sidebar"), m_window);
    m_sidebarDock->setObjectName(QStringLiteral("sidebarDock"));
    m_sidebarDock->setWidget(sidebar);
    m_sidebarDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_sidebarDock);
    m_window->resizeDocks({m_sidebarDock}, {280}, Qt::Horizontal);
    m_sidebarDock->show(); // the window may already be showing: a dock added now is not

    m_runner = new RunnerPane(m_client);
    m_runner->setDialogs(m_dialogs);
    m_runner->setActiveEnvironmentSource([this](const CollectionDocument *document) {
        return m_workspace->activeEnvironment(document);
    });
    m_runner->setOAuthAuthorizer(m_window->oauthAuthorizer()); // the window's token service
    // A run sees what a tab's Send sees, with the Runner's environment.
    m_runner->setVariablesSource(
        [this](const CollectionDocument *document, const QString &environment) {
            return variablesFor(document, environment);
        });
    connect(m_runner, &RunnerPane::variablesNeeded, this, &WorkspaceBinder::provideVariables);
    connect(m_runner, &RunnerPane::exchangeFinished, this,
            [this](const Exchange &exchange) { onExchangeFinished(nullptr, exchange); });
    m_runnerDock = new QDockWidget(tr("Runner"), m_window);
    m_runnerDock->setObjectName(QStringLiteral("runnerDock"));
    m_runnerDock->setWidget(m_runner);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_runnerDock);
    m_runnerDock->hide();
    connect(m_runner, &RunnerPane::scriptVariablesChanged, this,
            [this](const ScriptVariables &before, const ScriptVariables &after) {
                keepScriptGlobals(before, after);
                refreshVariables();
            });
    // The window restored its saved layout before these docks existed: apply it to them now.
    m_window->restoreDockLayout();

    connect(m_collections, &CollectionsPane::openRequested, this,
            [this](CollectionDocument *document, const QString &id) { openItem(document, id); });
    m_preview = new PreviewTab(m_window, this);
    connect(m_collections, &CollectionsPane::previewRequested, this, &WorkspaceBinder::previewItem);
    connect(m_collections, &CollectionsPane::currentDocumentChanged, this, [this] {
        syncEnvironments();
        refreshVariables();
    });
    connect(m_collections, &CollectionsPane::newCollectionRequested, this,
            &WorkspaceBinder::newCollection);
    connect(m_collections, &CollectionsPane::openCollectionRequested, this,
            &WorkspaceBinder::openCollectionFolder);
}

void WorkspaceBinder::createMenus()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &key,
                             auto slot) {
        auto *action = new QAction(text, m_window);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        m_window->addAction(action);
        return action;
    };
    QMenu *collections = new QMenu(tr("&Collections"), m_window);
    m_window->menuBar()->insertMenu(m_window->menuBar()->actions().value(1), collections);
    collections->addAction(
        make(tr("&Save Request"), QStringLiteral("actionSaveRequest"), QKeySequence::Save, [this] {
            if (RequestTab *tab = m_window->currentTab())
                saveTab(tab);
        }));
    collections->addAction(make(tr("Save Request &As…"), QStringLiteral("actionSaveRequestAs"),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), [this] {
                                    if (RequestTab *tab = m_window->currentTab())
                                        saveTabAs(tab);
                                }));
    // Undo and redo of tree edits from the menu too (Ctrl+Z works in the sidebar's tree; a
    // window-wide Ctrl+Z would take it from the text fields). Each step is saved at once.
    m_undoCollection =
        make(tr("&Undo in Collection"), QStringLiteral("actionUndoCollection"), {}, [this] {
            if (CollectionDocument *d = currentDocument())
                d->undoStack()->undo();
        });
    m_redoCollection =
        make(tr("&Redo in Collection"), QStringLiteral("actionRedoCollection"), {}, [this] {
            if (CollectionDocument *d = currentDocument())
                d->undoStack()->redo();
        });
    collections->addSeparator();
    collections->addActions({m_undoCollection, m_redoCollection});
    connect(collections, &QMenu::aboutToShow, this, &WorkspaceBinder::updateUndoActions);
    collections->addSeparator();
    collections->addAction(make(tr("&New Collection…"), QStringLiteral("actionNewCollection"), {},
                                &WorkspaceBinder::newCollection));
    collections->addAction(make(tr("&Open Collection Folder…"),
                                QStringLiteral("actionOpenCollection"), QKeySequence::Open,
                                &WorkspaceBinder::openCollectionFolder));
    QAction *importAction =
        make(tr("&Import…"), QStringLiteral("actionImport"), QKeySequence(Qt::CTRL | Qt::Key_I),
             &WorkspaceBinder::importCollection);
    QAction *exportAction = make(tr("&Export Collection…"), QStringLiteral("actionExport"), {},
                                 &WorkspaceBinder::exportCollection);
    collections->addActions({importAction, exportAction});
    // Where users of every other client look first: File.
    if (QMenu *file = m_window->menuBar()->actions().value(0)->menu()) {
        QAction *before = file->actions().value(file->actions().size() - 1); // Quit
        file->insertActions(before, {importAction, exportAction});
        file->insertSeparator(before);
    }
    collections->addAction(make(
        tr("Open the &Getting Started Collection"), QStringLiteral("actionOpenSample"), {}, [this] {
            const auto sample = m_workspace->openSample();
            if (!sample)
                m_dialogs->warning(m_window, tr("Getting Started"), sample.error().message);
        }));
    collections->addSeparator();
    collections->addAction(
        make(tr("&Variables and Environments…"), QStringLiteral("actionEnvironments"),
             QKeySequence(Qt::CTRL | Qt::Key_E), &WorkspaceBinder::editEnvironments));

    QMenu *tools = new QMenu(tr("&Tools"), m_window);
    m_window->menuBar()->insertMenu(m_window->menuBar()->actions().constLast(), tools);
    QAction *runner = m_runnerDock->toggleViewAction();
    runner->setText(tr("&Runner"));
    runner->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    tools->addAction(runner);
    QAction *sidebar = m_sidebarDock->toggleViewAction();
    sidebar->setText(tr("&Sidebar"));
    sidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    tools->addAction(sidebar);
    tools->addAction(make(tr("&Generate Code…"), QStringLiteral("actionGenerateCode"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                          &WorkspaceBinder::generateCode));
    m_demoAction = make(tr("Run the &Demo Server"), QStringLiteral("actionDemoServer"), {},
                        &WorkspaceBinder::toggleDemoServer);
    m_demoAction->setCheckable(true);
    tools->addAction(m_demoAction);

    PaletteBinder::Sources sources;
    sources.documents = [this] {
        return m_workspace->documents();
    };
    sources.openItem = [this](CollectionDocument *document, const QString &id) {
        openItem(document, id);
    };
    sources.activateEnvironment = [this](CollectionDocument *document, const QString &name) {
        m_collections->setCurrentDocument(document);
        m_window->windowStatus()->setCurrentEnvironment(name); // as the sidebar's list does
    };
    sources.history = m_history;
    m_palette = new PaletteBinder(m_window, std::move(sources), tools);
}

CollectionDocument *WorkspaceBinder::currentDocument() const
{
    return m_collections->currentDocument();
}

void WorkspaceBinder::syncDocuments()
{
    const QList<CollectionDocument *> documents = m_workspace->documents();
    for (CollectionDocument *d : m_collections->documents()) {
        if (!documents.contains(d))
            m_collections->removeDocument(d);
    }
    for (CollectionDocument *d : documents) {
        if (!m_collections->documents().contains(d)) {
            m_collections->addDocument(d);
            connect(d, &CollectionDocument::changed, this, &WorkspaceBinder::syncEnvironments,
                    Qt::UniqueConnection);
            connect(d, &CollectionDocument::changed, this, &WorkspaceBinder::refreshVariables,
                    Qt::UniqueConnection);
            connect(d, &CollectionDocument::saveFailed, this, [this](const QString &message) {
                // The sidebar keeps the "•" marker; quitting asks (saveDocumentsBeforeClose).
                m_window->statusBar()->showMessage(message);
            });
            connect(d, &CollectionDocument::keychainProblemChanged, this,
                    [this, d](const QString &problem) { showKeychainProblem(d, problem); });
            connect(d, &CollectionDocument::changedOnDisk, this, [this, d] {
                if (!d->isModified()) {
                    d->load();
                    return;
                }
                const auto answer =
                    m_dialogs->question(m_window, tr("Collection Changed on Disk"),
                                        tr("The files of \u201c%1\u201d changed on disk (a git "
                                           "pull?), and you have unsaved "
                                           "changes in it. Reload and lose your changes?")
                                            .arg(d->collection().name));
                if (answer == QMessageBox::Yes)
                    d->load();
            });
        }
    }
    m_runner->setDocuments(documents);
    syncEnvironments();
    refreshVariables();
}

void WorkspaceBinder::updateUndoActions()
{
    const CollectionDocument *d = currentDocument();
    const QUndoStack *stack = d ? d->undoStack() : nullptr;
    m_undoCollection->setEnabled(stack && stack->canUndo());
    m_undoCollection->setText(stack && stack->canUndo()
                                  ? tr("&Undo %1 in Collection").arg(stack->undoText())
                                  : tr("&Undo in Collection"));
    m_redoCollection->setEnabled(stack && stack->canRedo());
    m_redoCollection->setText(stack && stack->canRedo()
                                  ? tr("&Redo %1 in Collection").arg(stack->redoText())
                                  : tr("&Redo in Collection"));
}

bool WorkspaceBinder::saveDocumentsBeforeClose()
{
    for (CollectionDocument *document : m_workspace->documents()) {
        if (!document->isModified())
            continue;
        const Result<bool> saved = document->save();
        if (saved)
            continue;
        const auto answer = m_dialogs->question(
            m_window, tr("Quit"),
            tr("\u201c%1\u201d has changes that could not be saved: %2\n\nQuit and lose "
               "them?")
                .arg(document->collection().name, saved.error().message),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    return true;
}

void WorkspaceBinder::syncEnvironments()
{
    CollectionDocument *document = currentDocument();
    QStringList names;
    if (document) {
        for (const Environment &e : document->collection().environments)
            names.append(e.name);
    }
    WindowStatus *status = m_window->windowStatus();
    const QSignalBlocker blocker(status);
    status->setEnvironments(names);
    status->setCurrentEnvironment(m_workspace->activeEnvironment(document));
    m_environments->setEnvironments(names, m_workspace->activeEnvironment(document));
    m_environments->setKeychainProblem(document ? document->keychainProblem() : QString());
}

void WorkspaceBinder::showKeychainProblem(CollectionDocument *document, const QString &problem)
{
    // Where it happened: the Environments pane and the open tabs of that collection (a Save
    // of a tab's credential); the status bar says it once.
    if (document == currentDocument())
        m_environments->setKeychainProblem(problem);
    for (int i = 0; i < m_window->tabCount(); ++i) {
        RequestTab *tab = m_window->tabAt(i);
        if (tab && tab->document() == document)
            tab->editor()->setSecretWarning(problem);
    }
    if (!problem.isEmpty())
        m_window->statusBar()->showMessage(problem);
}

void WorkspaceBinder::refreshVariables()
{
    CollectionDocument *document = currentDocument();
    *m_context = variablesFor(document, m_workspace->activeEnvironment(document));
    m_window->refreshVariables();
}

VariableContext WorkspaceBinder::variablesFor(const CollectionDocument *document,
                                              const QString &environment) const
{
    // The one picture of the variables for the window's sends and its runs: the workspace's
    // (globals, demo server, collection, environment), then what scripts set in the globals
    // and what sends captured in this session.
    VariableContext context = m_workspace->variablesFor(document, environment);
    for (auto it = m_scriptGlobals.cbegin(); it != m_scriptGlobals.cend(); ++it)
        context.set(VariableScope::Global, it.key(), it.value());
    for (auto it = m_captured.cbegin(); it != m_captured.cend(); ++it)
        context.set(VariableScope::Environment, it.key(), it.value());
    return context;
}

void WorkspaceBinder::attachTab(RequestTab *tab)
{
    connect(tab, &RequestTab::exchangeFinished, this,
            [this, tab](const Exchange &exchange) { onExchangeFinished(tab, exchange); });
    connect(tab, &RequestTab::valuesCaptured, this, [this](const QList<CapturedValue> &values) {
        QStringList names;
        for (const CapturedValue &v : values) {
            m_captured.insert(v.variable, v.value);
            names.append(v.variable);
        }
        refreshVariables();
        m_window->statusBar()->showMessage(
            tr("Captured %1 for the requests that follow").arg(names.join(QStringLiteral(", "))),
            6000);
    });
    connect(tab, &RequestTab::variablesNeeded, this, &WorkspaceBinder::provideVariables);
    connect(tab, &RequestTab::fixRequested, this, &WorkspaceBinder::applyFix);
    connect(tab, &RequestTab::scriptVariablesChanged, this,
            [this, tab](const ScriptVariables &before, const ScriptVariables &after) {
                applyScriptVariables(tab, before, after);
            });
    connect(tab, &RequestTab::curlRejected, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("Not a usable curl command: %1").arg(message), 8000);
    });
}

void WorkspaceBinder::attachWebSocketTab(WebSocketTab *tab)
{
    connect(tab, &WebSocketTab::variablesNeeded, this, &WorkspaceBinder::provideVariables);
    if (m_webSocketHistory)
        m_webSocketHistory->attach(tab);
}

void WorkspaceBinder::attachSocketIoTab(SocketIoTab *tab)
{
    if (m_webSocketHistory)
        m_webSocketHistory->attach(tab);
}

void WorkspaceBinder::reopenWebSocketSession(const QJsonObject &request,
                                             const QByteArray &transcript)
{
    if (isSocketIoRequestJson(request)) {
        const Result<SocketIoRequest> kept = socketIoRequestFromJson(request);
        if (!kept) {
            m_dialogs->warning(m_window, tr("Cannot open this entry"), kept.error().message);
            return;
        }
        SocketIoTab *tab = m_window->newSocketIoTab();
        tab->setRequest(*kept);
        tab->showTranscript(transcript);
        return;
    }
    Result<WebSocketRequest> kept = webSocketRequestFromJson(request);
    if (!kept) {
        m_dialogs->warning(m_window, tr("Cannot open this entry"), kept.error().message);
        return;
    }
    WebSocketRequest reopened = std::move(kept).value();
    reopened.id.clear(); // a copy, not bound to the collection item it came from
    WebSocketTab *tab = m_window->newWebSocketTab();
    tab->setRequest(reopened);
    tab->showTranscript(transcript);
}

void WorkspaceBinder::provideVariables(const QStringList &names)
{
    // {{demo}} and {{demoWs}} (the Getting started collection's) name the built-in demo
    // server: the first send that needs them starts it, so the sample works on the first
    // click. demoServerChanged refreshes the variables before the send goes on.
    if (m_workspace->demoServerRunning()
        || !(names.contains(QLatin1String("demo")) || names.contains(QLatin1String("demoWs"))))
        return;
    QString error;
    if (!m_workspace->startDemoServer(&error)) {
        m_window->statusBar()->showMessage(
            tr("The demo server for {{demo}} could not start: %1").arg(error), 10000);
    }
}

void WorkspaceBinder::applyFix(RequestEditor::Fix fix)
{
    switch (fix) {
    case RequestEditor::Fix::EditVariables:
        // "Define it…": the editor opens with rows for the names the URL lacks.
        defineVariables(m_window->currentTab()
                            ? m_window->currentTab()->editor()->unresolvedUrlVariables()
                            : QStringList());
        break;
    case RequestEditor::Fix::PickEnvironment:
        m_window->windowStatus()->showEnvironmentPicker();
        break;
    }
}

void WorkspaceBinder::applyScriptVariables(RequestTab *tab,
                                           const ScriptVariables &before,
                                           const ScriptVariables &after)
{
    CollectionDocument *document = tab->document() ? tab->document() : currentDocument();
    keepScriptGlobals(before, after);
    const QString environment = document ? m_workspace->activeEnvironment(document) : QString();
    if (!writeScriptVariables(document, environment, before, after)) {
        // No environment to write to: keep what the script set for this session's sends.
        for (const QString &name : after.names(ScriptScope::Environment)) {
            if (before.value(ScriptScope::Environment, name)
                != after.value(ScriptScope::Environment, name))
                m_captured.insert(
                    name, ScriptVariables::text(*after.value(ScriptScope::Environment, name)));
        }
    }
    refreshVariables();
}

void WorkspaceBinder::keepScriptGlobals(const ScriptVariables &before, const ScriptVariables &after)
{
    // globals.json has no writer yet: what scripts set in the globals lasts for this session.
    for (const QString &name : after.names(ScriptScope::Global)) {
        if (before.value(ScriptScope::Global, name) != after.value(ScriptScope::Global, name))
            m_scriptGlobals.insert(name,
                                   ScriptVariables::text(*after.value(ScriptScope::Global, name)));
    }
}

void WorkspaceBinder::onExchangeFinished(RequestTab *, const Exchange &exchange)
{
    if (m_historyStore)
        m_historyStore->record(exchange, HistoryStore::secretValues(*m_context));
}

RequestTab *WorkspaceBinder::openTabOf(const CollectionDocument *document,
                                       const QString &itemId) const
{
    for (int i = 0; i < m_window->tabCount(); ++i) {
        RequestTab *tab = m_window->tabAt(i);
        if (tab && tab->document() == document && tab->itemId() == itemId)
            return tab;
    }
    return nullptr;
}

void WorkspaceBinder::previewItem(CollectionDocument *document, const QString &itemId)
{
    if (RequestTab *open = openTabOf(document, itemId)) {
        m_window->setCurrentTab(open);
        return;
    }
    const std::optional<ItemPath> path = tree::findById(document->collection(), itemId);
    const CollectionItem *item = path ? tree::itemAt(document->collection(), *path) : nullptr;
    if (const auto *http = item ? std::get_if<HttpItem>(&item->node) : nullptr)
        m_preview->show(document, itemId, *http);
}

RequestTab *WorkspaceBinder::openItem(CollectionDocument *document, const QString &itemId)
{
    if (RequestTab *open = openTabOf(document, itemId)) {
        m_preview->keep(open); // a double click or Enter keeps what a single click previewed
        m_window->setCurrentTab(open);
        return open;
    }
    const std::optional<ItemPath> path = tree::findById(document->collection(), itemId);
    const CollectionItem *item = path ? tree::itemAt(document->collection(), *path) : nullptr;
    if (!item)
        return nullptr;
    if (item->isWebSocket()) {
        WebSocketTab *tab = m_window->newWebSocketTab();
        tab->setRequest(std::get<WebSocketItem>(item->node).request);
        return nullptr;
    }
    const auto *http = std::get_if<HttpItem>(&item->node);
    if (!http)
        return nullptr;
    // Reuse an untouched empty tab (the one a fresh window starts with).
    RequestTab *tab = m_window->currentTab();
    if (!tab || tab->isDirty() || !tab->editor()->request().url.isEmpty() || tab->document())
        tab = m_window->newTab();
    tab->setHttpItem(*http);
    tab->setOrigin(document, itemId);
    m_collections->setCurrentDocument(document);
    return tab;
}

bool WorkspaceBinder::saveTab(RequestTab *tab)
{
    CollectionDocument *document = tab->document();
    if (!document || !tree::findById(document->collection(), tab->itemId()))
        return saveTabAs(tab);
    if (!document->updateHttpItem(tab->itemId(), tab->httpItem()))
        return false;
    const Result<bool> saved = document->save();
    if (!saved) {
        m_dialogs->warning(m_window, tr("Save"),
                           tr("Could not save \u201c%1\u201d: %2")
                               .arg(document->collection().name, saved.error().message));
        return false;
    }
    tab->markSaved();
    m_window->statusBar()->showMessage(tr("Saved to %1").arg(document->collection().name), 4000);
    return true;
}

bool WorkspaceBinder::saveTabAs(RequestTab *tab, const QString &name)
{
    CollectionDocument *document = currentDocument();
    if (!document) {
        m_dialogs->information(m_window, tr("Save Request"),
                               tr("Open or create a collection first (Collections menu)."));
        return false;
    }
    // Proposed: the folder selected in the sidebar (or the one holding the selected request).
    ItemPath parent = m_collections->selectedPath();
    const CollectionItem *selected =
        parent.isEmpty() ? nullptr : tree::itemAt(document->collection(), parent);
    if (selected && !selected->isFolder())
        parent.removeLast();
    QString chosen = name.trimmed();
    if (chosen.isEmpty()) {
        SaveRequestDialog dialog(m_collections->documents(), document, parent, tab->title(),
                                 m_window);
        if (m_dialogs->exec(&dialog) != QDialog::Accepted || dialog.name().isEmpty()
            || !dialog.document())
            return false;
        chosen = dialog.name();
        document = dialog.document();
        parent = dialog.folder();
    }
    HttpItem item = tab->httpItem();
    item.request.id = newItemId();
    item.request.name = chosen;
    if (!document->insertItem(parent, INT_MAX, CollectionItem{item}, tr("Save request")))
        return false;
    tab->setOrigin(document, item.request.id);
    const Result<bool> saved = document->save();
    if (!saved) {
        m_dialogs->warning(m_window, tr("Save"), saved.error().message);
        return false;
    }
    tab->setHttpItem(item);
    m_collections->selectId(item.request.id);
    return true;
}

void WorkspaceBinder::editEnvironments()
{
    defineVariables({});
}

void WorkspaceBinder::defineVariables(const QStringList &names)
{
    CollectionDocument *document = currentDocument();
    if (!document) {
        m_dialogs->information(m_window, tr("Environments"),
                               tr("Open or create a collection first."));
        return;
    }
    EnvironmentEditor editor(document->collection().variables, document->collection().environments,
                             m_dialogs, m_window);
    editor.selectEnvironment(m_workspace->activeEnvironment(document));
    editor.addVariables(names);
    const QString problem = document->keychainProblem();
    editor.setKeychainStatus(problem.isEmpty() ? tr("Values of variables marked Secret go to the "
                                                    "system keychain, never into the "
                                                    "collection's files.")
                                               : problem,
                             !problem.isEmpty());
    if (m_dialogs->exec(&editor) != QDialog::Accepted)
        return;
    document->setVariables(editor.collectionVariables());
    document->setEnvironments(editor.environments());
    const Result<bool> saved = document->save();
    if (!saved)
        m_dialogs->warning(m_window, tr("Environments"), saved.error().message);
}

void WorkspaceBinder::importCollection()
{
    ImportDialog dialog(m_workspace->collectionsDirectory(), m_dialogs, m_window);
    if (m_dialogs->exec(&dialog) != QDialog::Accepted || !dialog.result())
        return;
    const auto adopted = m_workspace->adopt(dialog.targetDirectory(), dialog.result()->collection);
    if (!adopted) {
        m_dialogs->warning(m_window, tr("Import"), adopted.error().message);
        return;
    }
    m_collections->setCurrentDocument(*adopted);
}

void WorkspaceBinder::exportCollection()
{
    CollectionDocument *document = currentDocument();
    if (!document)
        return;
    QString filter;
    const QString path = m_dialogs->saveFileName(
        m_window, tr("Export \u201c%1\u201d").arg(document->collection().name),
        document->collection().name + QStringLiteral(".postman_collection.json"),
        tr("Postman Collection v2.1 (*.json);;Insomnia v5 (*.yaml);;curl commands (*.sh)"),
        &filter);
    if (path.isEmpty())
        return;
    QByteArray bytes;
    if (filter.contains(QStringLiteral("*.sh"))) {
        QString script = QStringLiteral("#!/bin/sh\n");
        CodegenOptions options;
        options.resolveVariables = false;
        for (const RequestRef &ref : flattenRequests(document->collection())) {
            if (const auto *http = std::get_if<HttpItem>(&ref.item->node)) {
                const Request request =
                    effectiveRequest(document->collection(), ref.ancestors, *http).request;
                const Result<QString> code =
                    wirescope::generateCode(request, CodeLanguage::Curl, options);
                if (code)
                    script += QStringLiteral("\n# %1\n%2\n").arg(request.name, *code);
            }
        }
        bytes = script.toUtf8();
    } else {
        ExportReport report;
        if (filter.contains(QStringLiteral("*.yaml")))
            bytes = insomniaYamlText(exportInsomniaCollection(document->collection(), {}, &report));
        else
            bytes = postmanJsonText(exportPostmanCollection(document->collection(), {}, &report));
        if (!report.isClean()) {
            m_dialogs->information(m_window, tr("Export"),
                                   tr("Exported with these losses:\n%1")
                                       .arg((report.skipped + report.warnings).join(u'\n')));
        }
    }
    const QString error = store::writeFileAtomically(path, bytes);
    if (!error.isEmpty())
        m_dialogs->warning(m_window, tr("Export"), error);
    else
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

void WorkspaceBinder::generateCode()
{
    RequestTab *tab = m_window->currentTab();
    if (!tab)
        return;
    CodeSnippetDialog dialog(tab->effectiveRequest().request, *m_context, m_dialogs, m_window);
    m_dialogs->exec(&dialog);
}

void WorkspaceBinder::toggleDemoServer(bool on)
{
    if (!on) {
        m_workspace->stopDemoServer();
        return;
    }
    QString error;
    if (!m_workspace->startDemoServer(&error)) {
        m_demoAction->setChecked(false);
        m_dialogs->warning(m_window, tr("Demo Server"),
                           tr("The demo server could not start: %1").arg(error));
    }
}

void WorkspaceBinder::newCollection()
{
    const std::optional<QString> answer =
        m_dialogs->text(m_window, tr("New Collection"), tr("Name:"), tr("My API"));
    if (!answer || answer->trimmed().isEmpty())
        return;
    const QString name = answer->trimmed();
    const QString directory = m_dialogs->existingDirectory(
        m_window, tr("Folder to create the collection in"), m_workspace->collectionsDirectory());
    if (directory.isEmpty())
        return;
    const auto created = m_workspace->create(QDir(directory).filePath(name), name);
    if (!created)
        m_dialogs->warning(m_window, tr("New Collection"), created.error().message);
}

void WorkspaceBinder::openCollectionFolder()
{
    const QString directory = m_dialogs->existingDirectory(m_window, tr("Open Collection Folder"),
                                                           m_workspace->collectionsDirectory());
    if (directory.isEmpty())
        return;
    const auto opened = m_workspace->open(directory);
    if (!opened)
        m_dialogs->warning(m_window, tr("Open Collection"), opened.error().message);
}

} // namespace wirescope
