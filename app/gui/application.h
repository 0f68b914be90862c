#pragma once

#include "core/vars/variablecontext.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wirescope {

class Dialogs;
class HistoryStore;
class HttpClient;
class MainWindow;
class SecretStore;
class WebSocketTab;
class WorkspaceBinder;
class WorkspaceController;
struct Exchange;

namespace oauth {
class OAuthAuthorizer;
}

/// Builds the core services (one HttpClient, the variable context) and the real dialogs, hands
/// them to the main window, and runs the scripted steps (--send URL, --show-ws URL). What
/// watches those steps (tools/screenshots' picture taker) listens to the signals below.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    struct Options
    {
        QString sendUrl;                  ///< send this URL once the window shows
        bool exitAfterFirstPaint = false; ///< start-up benchmark: see FirstPaintProbe
        QString webSocketUrl;             ///< open a WebSocket tab connected to this URL
        QStringList webSocketSends;       ///< text messages to send once it is open
        QString testScriptFile; ///< with sendUrl: the request's test script (JavaScript file)
    };

    /// Parses the command line; nullopt after printing help, the version or a usage error
    /// (then *exitCode is what the process should return).
    static std::optional<Options> parseArguments(const QStringList &arguments, int *exitCode);

    explicit Application(const Options &options, QObject *parent = nullptr);
    ~Application() override;

    /// Shows the window and starts the scripted steps, if any.
    void start();

    MainWindow *window() const { return m_window.get(); }

    /// SIGTERM/SIGINT (a logout, `kill`, Ctrl+C in a terminal): what closing the window saves
    /// is saved without asking anything, then the event loop ends, so the destructors remove
    /// spilled response bodies from TMPDIR and flush the history.
    void stop();

Q_SIGNALS:
    /// The --send exchange finished (with its test script's results when --test-script was
    /// given), or the request was refused before sending (the URL bar says why).
    void scriptedSendDone();
    /// The --show-ws tab connected and sent the --ws-send messages.
    void scriptedWebSocketOpened(wirescope::WebSocketTab *tab);
    /// The --show-ws tab could not connect.
    void scriptedWebSocketFailed();

private:
    void attachWorkspace();
    void sendScripted();
    void openWebSocketScripted();
    void onExchangeFinished(const Exchange &exchange);

    Options m_options;
    VariableContext m_context;
    QString m_dataDir; ///< history and new collections
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<oauth::OAuthAuthorizer> m_authorizer; ///< OAuth 2.0 tokens (keychain)
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<WorkspaceController> m_workspace;
    std::unique_ptr<Dialogs> m_dialogs;   ///< the real file choosers and message boxes
    std::unique_ptr<MainWindow> m_window; // destroyed before the services it uses
    WorkspaceBinder *m_binder = nullptr;  // child of the window
};

} // namespace wirescope
