#include "app/gui/application.h"

#include "app/gui/firstpaintprobe.h"
#include "core/history/historystore.h"
#include "core/http/httpclient.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/secrets/secretstore.h"
#include "ui/dialogs/systemdialogs.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/request/requesteditor.h"
#include "ui/request/scriptspage.h"
#include "ui/response/responseview.h"
#include "ui/websocket/websockettab.h"
#include "ui/widgets/afterfirstpaint.h"
#include "ui/workspace/workspacecontroller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkProxyFactory>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace wirescope {

std::optional<Application::Options> Application::parseArguments(const QStringList &arguments,
                                                                int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Application", "Native HTTP and WebSocket inspector"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption send(
        QStringLiteral("send"),
        QCoreApplication::translate("Application", "Send a GET to <url> once the window shows."),
        QStringLiteral("url"));
    const QCommandLineOption showWs(
        QStringLiteral("show-ws"),
        QCoreApplication::translate("Application", "Open a WebSocket tab connected to <url>."),
        QStringLiteral("url"));
    const QCommandLineOption wsSend(
        QStringLiteral("ws-send"),
        QCoreApplication::translate("Application",
                                    "With --show-ws: send <text> once connected (repeatable)."),
        QStringLiteral("text"));
    const QCommandLineOption testScript(
        QStringLiteral("test-script"),
        QCoreApplication::translate("Application",
                                    "With --send: run the JavaScript in <file> as the request's "
                                    "test script (Postman's pm API)."),
        QStringLiteral("file"));
    parser.addOption(send);
    parser.addOption(testScript);
    parser.addOption(showWs);
    parser.addOption(wsSend);
    QCommandLineOption firstPaint(QStringLiteral("exit-after-first-paint"),
                                  QStringLiteral("Benchmarks: print when the window first "
                                                 "painted and the peak RSS, then quit."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaint);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "wirescope: %s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0); // exits
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion(); // exits
    }
    Options options;
    options.sendUrl = parser.value(send);
    options.exitAfterFirstPaint = parser.isSet(firstPaint);
    options.webSocketUrl = parser.value(showWs);
    options.webSocketSends = parser.values(wsSend);
    options.testScriptFile = parser.value(testScript);
    *exitCode = 0;
    return options;
}

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    // Honour the desktop's proxy settings (http_proxy etc.) unless a request says otherwise.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_client = std::make_unique<HttpClient>();
    m_client->setOptions(HttpClient::Options::fromEnvironment());

    // Where the workspace (open collections, globals), history and new collections live.
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(data);
    m_dataDir = data;
    m_secrets = std::make_unique<SecretStore>();
    m_history = std::make_unique<HistoryStore>();
    m_workspace = std::make_unique<WorkspaceController>(
        config, QDir(data).filePath(QStringLiteral("collections")), m_secrets.get());
    m_authorizer = std::make_unique<oauth::OAuthAuthorizer>(m_client.get(), m_secrets.get());
    m_dialogs = std::make_unique<SystemDialogs>();
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context, m_dialogs.get());
    m_window->setOAuthAuthorizer(m_authorizer.get());
}

void Application::attachWorkspace()
{
    // After the first paint: the window is usable at once, and the sidebar, history and
    // collections fill in a moment later.
    if (const Result<void> opened =
            m_history->open(QDir(m_dataDir).filePath(QStringLiteral("history.sqlite")));
        !opened)
        std::fprintf(stderr, "wirescope: history is off: %s\n", qPrintable(opened.error().message));
    m_binder = new WorkspaceBinder(m_window.get(), m_workspace.get(),
                                   m_history->isOpen() ? m_history.get() : nullptr, m_client.get(),
                                   &m_context);
    for (const QString &problem : m_workspace->load())
        std::fprintf(stderr, "wirescope: %s\n", qPrintable(problem));
}

Application::~Application() = default;

void Application::stop()
{
    m_window->saveSettings();
    QCoreApplication::quit();
}

void Application::start()
{
    const Options &options = m_options;
    FirstPaintProbe *probe = options.exitAfterFirstPaint ? new FirstPaintProbe(this) : nullptr;
    // The first frame needs only the window and its first request tab; the sidebar, history
    // and collections fill in on the turn after it is on screen.
    new AfterFirstPaint(m_window.get(), [this, probe] {
        if (probe)
            probe->painted();
        attachWorkspace();
        if (probe)
            probe->ready();
    });
    m_window->show();

    if (!options.sendUrl.isEmpty())
        QTimer::singleShot(0, this, &Application::sendScripted);
    if (!options.webSocketUrl.isEmpty())
        QTimer::singleShot(0, this, &Application::openWebSocketScripted);
}

void Application::sendScripted()
{
    RequestTab *tab = m_window->currentTab();
    Request request = tab->editor()->request();
    request.url = m_options.sendUrl;
    if (!m_options.testScriptFile.isEmpty()) {
        QFile file(m_options.testScriptFile);
        if (!file.open(QIODevice::ReadOnly))
            std::fprintf(stderr, "wirescope: cannot read %s\n",
                         qPrintable(m_options.testScriptFile));
        tab->scriptsPage()->setScripts(
            {ImportedScript{QStringLiteral("test"), QString::fromUtf8(file.readAll())}});
        // Done means the script's results are in too: they follow the exchange.
        connect(
            tab, &RequestTab::scriptsFinished, this,
            [this, tab] {
                if (tab->responseView()->exchange())
                    onExchangeFinished(*tab->responseView()->exchange());
            },
            Qt::SingleShotConnection);
    } else {
        connect(tab, &RequestTab::exchangeFinished, this, &Application::onExchangeFinished,
                Qt::SingleShotConnection);
    }
    tab->setRequest(request); // as if opened: not an unsaved change
    tab->send();
    if (!tab->isRunning()) {
        // Refused before sending: the URL bar says why.
        std::fprintf(stderr, "wirescope: not sent: %s\n", qPrintable(tab->editor()->urlError()));
        Q_EMIT scriptedSendDone();
    }
}

void Application::openWebSocketScripted()
{
    WebSocketTab *tab = m_window->newWebSocketTab();
    WebSocketRequest request;
    request.url = m_options.webSocketUrl;
    tab->setRequest(request);
    connect(
        tab->session(), &WebSocketSession::opened, this,
        [this, tab] {
            for (const QString &text : std::as_const(m_options.webSocketSends))
                tab->session()->sendText(text);
            Q_EMIT scriptedWebSocketOpened(tab);
        },
        Qt::SingleShotConnection);
    connect(tab->session(), &WebSocketSession::errorOccurred, this, [this](const Error &error) {
        std::fprintf(stderr, "wirescope: %s\n", qPrintable(error.message));
        Q_EMIT scriptedWebSocketFailed();
    });
    tab->connectToServer();
}

void Application::onExchangeFinished(const Exchange &exchange)
{
    if (exchange.error)
        std::fprintf(stderr, "wirescope: %s\n", qPrintable(exchange.error->message));
    Q_EMIT scriptedSendDone();
}

} // namespace wirescope
