#include "app/gui/application.h"

#include "app/gui/firstpaintprobe.h"
#include "core/history/historystore.h"
#include "core/http/httpclient.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/secrets/secretstore.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/request/requesteditor.h"
#include "ui/request/scriptspage.h"
#include "ui/response/bodyview.h"
#include "ui/response/responseview.h"
#include "ui/websocket/websockettab.h"
#include "ui/websocket/wsmessagemodel.h"
#include "ui/websocket/wsmessageview.h"
#include "ui/widgets/afterfirstpaint.h"
#include "ui/workspace/workspacecontroller.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QPixmap>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace wirescope {

namespace {

// A screenshot run that never sees its exchange finish still ends, and says so.
constexpr int s_screenshotTimeoutMs = 30000;
// Lets the last layout and paint settle before grabbing.
constexpr int s_settleMs = 200;

} // namespace

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
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Application",
                                    "Save a picture of the window to <file> (after the --send "
                                    "exchange finished) and quit."),
        QStringLiteral("file"));
    const QCommandLineOption showTabs(
        QStringLiteral("show-tab"),
        QCoreApplication::translate("Application",
                                    "With --screenshot: bring these request or response tabs to "
                                    "the front, by the start of their title (e.g. "
                                    "settings,timing)."),
        QStringLiteral("names"));
    const QCommandLineOption showWs(
        QStringLiteral("show-ws"),
        QCoreApplication::translate("Application",
                                    "Open a WebSocket tab connected to <url> (with --screenshot: "
                                    "the picture is taken while messages stream)."),
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
    parser.addOption(screenshot);
    parser.addOption(showTabs);
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
    options.screenshotFile = parser.value(screenshot);
    options.showTabs = parser.value(showTabs).split(u',', Qt::SkipEmptyParts);
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
    if (!options.screenshotFile.isEmpty()) {
        // Pictures for the docs must not depend on (or change) this user's saved layout.
        m_settingsDir = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    }
    // Honour the desktop's proxy settings (http_proxy etc.) unless a request says otherwise.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_client = std::make_unique<HttpClient>();
    m_client->setOptions(HttpClient::Options::fromEnvironment());

    // Where the workspace (open collections, globals), history and new collections live. A
    // screenshot run uses a scratch directory: it starts like a first run, with the sample.
    const QString config = m_settingsDir ? m_settingsDir->filePath(QStringLiteral("config"))
                                         : QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString data = m_settingsDir ? m_settingsDir->filePath(QStringLiteral("data"))
                                       : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(data);
    m_dataDir = data;
    m_secrets = std::make_unique<SecretStore>();
    m_history = std::make_unique<HistoryStore>();
    m_workspace = std::make_unique<WorkspaceController>(config, QDir(data).filePath(QStringLiteral("collections")),
                                                        m_secrets.get());
    m_authorizer = std::make_unique<oauth::OAuthAuthorizer>(m_client.get(), m_secrets.get());
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context);
    m_window->setOAuthAuthorizer(m_authorizer.get());
}

void Application::attachWorkspace()
{
    // After the first paint: the window is usable at once, and the sidebar, history and
    // collections fill in a moment later.
    if (const Result<void> opened = m_history->open(QDir(m_dataDir).filePath(QStringLiteral("history.sqlite")));
        !opened)
        std::fprintf(stderr, "wirescope: history is off: %s\n", qPrintable(opened.error().message));
    m_binder = new WorkspaceBinder(m_window.get(), m_workspace.get(), m_history->isOpen() ? m_history.get() : nullptr,
                                   m_client.get(), &m_context);
    for (const QString &problem : m_workspace->load())
        std::fprintf(stderr, "wirescope: %s\n", qPrintable(problem));
}

Application::~Application() = default;

void Application::start()
{
    const Options &options = m_options;
    if (!options.screenshotFile.isEmpty())
        m_window->resize(1280, 860); // reproducible pictures, whatever was saved last time
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
    if (!options.screenshotFile.isEmpty()) {
        if (options.sendUrl.isEmpty() && options.webSocketUrl.isEmpty())
            QTimer::singleShot(500, this, &Application::takeScreenshot);
        QTimer::singleShot(s_screenshotTimeoutMs, this, [this] {
            if (m_screenshotTaken)
                return;
            std::fprintf(stderr,
                         "wirescope: the exchange did not finish in %d s; "
                         "taking the screenshot anyway\n",
                         s_screenshotTimeoutMs / 1000);
            takeScreenshot();
        });
    }
}

void Application::sendScripted()
{
    RequestTab *tab = m_window->currentTab();
    Request request = tab->editor()->request();
    request.url = m_options.sendUrl;
    if (!m_options.testScriptFile.isEmpty()) {
        QFile file(m_options.testScriptFile);
        if (!file.open(QIODevice::ReadOnly))
            std::fprintf(stderr, "wirescope: cannot read %s\n", qPrintable(m_options.testScriptFile));
        tab->scriptsPage()->setScripts({ImportedScript{QStringLiteral("test"), QString::fromUtf8(file.readAll())}});
        // The picture waits for the script's results, which follow the exchange.
        connect(tab, &RequestTab::scriptsFinished, this, [this, tab] {
            if (tab->responseView()->exchange())
                onExchangeFinished(*tab->responseView()->exchange());
        }, Qt::SingleShotConnection);
    } else {
        connect(tab, &RequestTab::exchangeFinished, this, &Application::onExchangeFinished,
                Qt::SingleShotConnection);
    }
    tab->setRequest(request); // as if opened: not an unsaved change
    tab->send();
    if (!tab->isRunning() && !m_options.screenshotFile.isEmpty()) {
        // Refused before sending (the URL bar says why): that is the picture.
        std::fprintf(stderr, "wirescope: not sent: %s\n", qPrintable(tab->editor()->urlError()));
        QTimer::singleShot(s_settleMs, this, &Application::takeScreenshot);
    }
}

void Application::openWebSocketScripted()
{
    WebSocketTab *tab = m_window->newWebSocketTab();
    WebSocketRequest request;
    request.url = m_options.webSocketUrl;
    tab->setRequest(request);
    connect(tab->session(), &WebSocketSession::opened, this, [this, tab] {
        for (const QString &text : std::as_const(m_options.webSocketSends))
            tab->session()->sendText(text);
        if (m_options.screenshotFile.isEmpty())
            return;
        // Mid-stream: show the first reply in the detail view while the list keeps following.
        QTimer::singleShot(1500, this, [this, tab] {
            const WsMessageModel *model = tab->messageModel();
            WsMessage message;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->messageAt(row, &message)
                    && message.direction == WsDirection::Incoming) {
                    tab->messageView()->selectRow(row);
                    tab->messageView()->setFollowing(true);
                    break;
                }
            }
            QTimer::singleShot(s_settleMs, this, &Application::takeScreenshot);
        });
    }, Qt::SingleShotConnection);
    connect(tab->session(), &WebSocketSession::errorOccurred, this, [this](const Error &error) {
        std::fprintf(stderr, "wirescope: %s\n", qPrintable(error.message));
        if (!m_options.screenshotFile.isEmpty())
            QTimer::singleShot(s_settleMs, this, &Application::takeScreenshot);
    });
    tab->connectToServer();
}

void Application::onExchangeFinished(const Exchange &exchange)
{
    if (exchange.error)
        std::fprintf(stderr, "wirescope: %s\n", qPrintable(exchange.error->message));
    if (!m_options.screenshotFile.isEmpty()) {
        for (QTabWidget *tabs : m_window->currentTab()->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                for (const QString &name : std::as_const(m_options.showTabs)) {
                    if (tabs->tabText(i).startsWith(name, Qt::CaseInsensitive))
                        tabs->setCurrentIndex(i);
                }
            }
        }
        screenshotWhenRendered();
    }
}

void Application::screenshotWhenRendered()
{
    // The body is rendered off the UI thread and fed in slices: wait until it is in place.
    BodyView *body = m_window->currentTab()->responseView()->bodyView();
    if (body->isBusy()) {
        QTimer::singleShot(50, this, &Application::screenshotWhenRendered);
        return;
    }
    QTimer::singleShot(s_settleMs, this, &Application::takeScreenshot);
}

void Application::takeScreenshot()
{
    if (m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    const QPixmap picture = m_window->grab();
    if (!picture.save(m_options.screenshotFile)) {
        std::fprintf(stderr, "wirescope: cannot write the screenshot to %s\n",
                     qPrintable(m_options.screenshotFile));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "wirescope: screenshot saved to %s\n",
                 qPrintable(m_options.screenshotFile));
    m_window->close();
    QCoreApplication::exit(0);
}

} // namespace wirescope
