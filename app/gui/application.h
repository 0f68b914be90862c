#pragma once

#include "core/vars/variablecontext.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace wirescope {

class HistoryStore;
class HttpClient;
class MainWindow;
class SecretStore;
class WorkspaceBinder;
class WorkspaceController;
struct Exchange;

namespace oauth {
class OAuthAuthorizer;
}

/// Builds the core services (one HttpClient, the variable context), hands them to the main
/// window, and runs the scripted modes (--send URL, --screenshot FILE).
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    struct Options
    {
        QString sendUrl;        ///< send this URL once the window shows
        QString screenshotFile; ///< grab the window here (after the exchange) and quit
        QStringList showTabs;   ///< bring these tabs ("settings", "timing"...) to the front
        bool exitAfterFirstPaint = false; ///< start-up benchmark: see FirstPaintProbe
        QString webSocketUrl;   ///< open a WebSocket tab connected to this URL
        QStringList webSocketSends; ///< text messages to send once it is open
        QString testScriptFile; ///< with sendUrl: the request's test script (JavaScript file)
    };

    /// Parses the command line; nullopt after printing help, the version or a usage error
    /// (then *exitCode is what the process should return).
    static std::optional<Options> parseArguments(const QStringList &arguments, int *exitCode);

    explicit Application(const Options &options, QObject *parent = nullptr);
    ~Application() override;

    /// Shows the window and starts the scripted steps, if any.
    void start();

private:
    void attachWorkspace();
    void sendScripted();
    void openWebSocketScripted();
    void onExchangeFinished(const Exchange &exchange);
    void screenshotWhenRendered();
    void takeScreenshot();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_settingsDir; ///< screenshot runs leave user settings alone
    VariableContext m_context;
    QString m_dataDir; ///< history and new collections
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<oauth::OAuthAuthorizer> m_authorizer; ///< OAuth 2.0 tokens (keychain)
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<WorkspaceController> m_workspace;
    std::unique_ptr<MainWindow> m_window; // destroyed before the services it uses
    WorkspaceBinder *m_binder = nullptr;  // child of the window
    bool m_screenshotTaken = false;
};

} // namespace wirescope
