#pragma once

#include "core/vars/variablecontext.h"

#include <QString>

#include <memory>

namespace wirescope {

class HistoryStore;
class HttpClient;
class MainWindow;
class ScriptedDialogs;
class SecretStore;
class WorkspaceBinder;
class WorkspaceController;

/// The whole window as the application builds it, on a scratch profile in @p directory: the
/// workspace (a first run opens the Getting started sample), the keychain as SecretStore's
/// session-only store (it refuses every write, as a Secret Service without a default
/// collection does), history when asked, the MainWindow with ScriptedDialogs and the
/// WorkspaceBinder. stop() and start() again is a restart: the files stay, memory does not.
class WorkspaceWindow final
{
public:
    explicit WorkspaceWindow(const QString &directory);
    ~WorkspaceWindow();
    Q_DISABLE_COPY_MOVE(WorkspaceWindow)

    /// Builds and shows the window; false (with a warning) when something did not start.
    bool start(bool withHistory = true);
    void stop();

    HttpClient *client() const { return m_client.get(); }
    VariableContext &context() { return m_context; }
    HistoryStore *history() const { return m_history.get(); } // null without history
    SecretStore *secrets() const { return m_secrets.get(); }
    WorkspaceController *workspace() const { return m_workspace.get(); }
    ScriptedDialogs *dialogs() const { return m_dialogs.get(); }
    MainWindow *window() const { return m_window.get(); }
    WorkspaceBinder *binder() const { return m_binder; } // child of the window

private:
    QString m_directory;
    std::unique_ptr<HttpClient> m_client;
    VariableContext m_context;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WorkspaceController> m_workspace;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    WorkspaceBinder *m_binder = nullptr;
};

} // namespace wirescope
