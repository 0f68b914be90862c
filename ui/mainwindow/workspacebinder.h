#pragma once

#include "core/scripting/scriptvariables.h"
#include "ui/request/requesteditor.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace wirescope {

class CollectionDocument;
class CollectionsPane;
class Dialogs;
class EnvironmentsPane;
class HistoryPane;
class WebSocketHistoryRecorder;
class PreviewTab;
class HistoryStore;
class HttpClient;
class MainWindow;
class PaletteBinder;
class RequestTab;
class RunnerPane;
class VariableContext;
class SocketIoTab;
class WebSocketTab;
class WorkspaceController;
struct Exchange;

/// Connects the main window to the workspace: the sidebar (collections and history), the
/// runner, saving tabs into collections, environments and their variables, import, export,
/// code generation and the demo server. The window itself only assembles panes; this object
/// carries the workflows between them. A child of the window.
class WorkspaceBinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceBinder)

public:
    /// @p history may be null (no history pane, nothing recorded).
    WorkspaceBinder(MainWindow *window,
                    WorkspaceController *workspace,
                    HistoryStore *history,
                    HttpClient *client,
                    VariableContext *context);
    ~WorkspaceBinder() override;

    CollectionsPane *collectionsPane() const { return m_collections; }
    HistoryPane *historyPane() const { return m_history; }
    EnvironmentsPane *environmentsPane() const { return m_environments; }
    RunnerPane *runnerPane() const { return m_runner; }
    PaletteBinder *palette() const { return m_palette; }

    /// Opens the collection item @p itemId in a tab (or brings its tab to the front).
    RequestTab *openItem(CollectionDocument *document, const QString &itemId);
    /// Saves @p tab into its collection item, or asks where (Save As) when it has none.
    bool saveTab(RequestTab *tab);
    bool saveTabAs(RequestTab *tab, const QString &name = {});
    /// Refreshes the variables every send uses (collection, environment, globals, demo, captures).
    void refreshVariables();

private:
    void createDocks();
    void createMenus();
    void attachTab(RequestTab *tab);
    void attachWebSocketTab(WebSocketTab *tab);
    /// The tab showing @p itemId of @p document, if one is open.
    RequestTab *openTabOf(const CollectionDocument *document, const QString &itemId) const;
    /// A single click in the sidebar: the request in the preview tab (see PreviewTab).
    void previewItem(CollectionDocument *document, const QString &itemId);
    void attachSocketIoTab(SocketIoTab *tab);
    /// History: a kept WebSocket or Socket.IO session opens as a new (closed) tab of its kind
    /// with its transcript.
    void reopenWebSocketSession(const QJsonObject &request, const QByteArray &transcript);
    /// The variables a send or run of @p document with @p environment resolves against.
    VariableContext variablesFor(const CollectionDocument *document,
                                 const QString &environment) const;
    /// Variables a send needs that no scope defines: the demo server's start on demand.
    void provideVariables(const QStringList &names);
    void applyFix(RequestEditor::Fix fix);
    void onExchangeFinished(RequestTab *tab, const Exchange &exchange);
    /// What a script changed (environment, collection variables) goes into the collection
    /// document, which saves secrets to the keychain; globals are kept for the session.
    void applyScriptVariables(RequestTab *tab,
                              const ScriptVariables &before,
                              const ScriptVariables &after);
    void keepScriptGlobals(const ScriptVariables &before, const ScriptVariables &after);
    void syncDocuments();
    /// Before the window closes: every collection with changes not on disk is saved, or the
    /// user chooses to discard them or stay. False keeps the window open.
    bool saveDocumentsBeforeClose();
    /// The Collections menu's Undo/Redo name the current collection's next step.
    void updateUndoActions();
    void syncEnvironments();
    /// A keychain write of @p document's secrets failed (or worked again: empty).
    void showKeychainProblem(CollectionDocument *document, const QString &problem);
    void editEnvironments();
    /// Opens the variables editor with rows for @p names (none: as editEnvironments()).
    void defineVariables(const QStringList &names);
    void importCollection();
    void exportCollection();
    void generateCode();
    void toggleDemoServer(bool on);
    void newCollection();
    void openCollectionFolder();
    CollectionDocument *currentDocument() const;

    MainWindow *m_window;             // parent
    WorkspaceController *m_workspace; // not owned
    HistoryStore *m_historyStore;     // not owned, may be null
    HttpClient *m_client;             // not owned
    VariableContext *m_context;       // not owned: the one every tab sends with
    Dialogs *m_dialogs;               // not owned: the window's
    CollectionsPane *m_collections = nullptr;
    EnvironmentsPane *m_environments = nullptr;
    HistoryPane *m_history = nullptr;
    WebSocketHistoryRecorder *m_webSocketHistory = nullptr; // child; null without a history
    PreviewTab *m_preview = nullptr;                        // child
    RunnerPane *m_runner = nullptr;
    PaletteBinder *m_palette = nullptr; // child of the window
    QDockWidget *m_sidebarDock = nullptr;
    QDockWidget *m_runnerDock = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_undoCollection = nullptr; ///< the current collection's last tree edit
    QAction *m_redoCollection = nullptr;
    QHash<QString, QString> m_captured;      ///< variables captured by sends in this session
    QHash<QString, QString> m_scriptGlobals; ///< globals set by scripts in this session
};

} // namespace wirescope
