#include "ui/mainwindow/mainwindow.h"

#include "core/http/httpclient.h"
#include "core/socketio/socketioclient.h"
#include "core/vars/resolver.h"
#include "core/websocket/websocketsession.h"
#include "ui/dialogs/systemdialogs.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/sessioncodec.h"
#include "ui/mainwindow/shortcutlist.h"
#include "ui/mainwindow/windowstatus.h"
#include "ui/request/curlcommand.h"
#include "ui/request/requesteditor.h"
#include "ui/response/bodyview.h"
#include "ui/response/responseview.h"
#include "ui/socketio/socketiotab.h"
#include "ui/stream/messagedetail.h"
#include "ui/stream/messagelogpane.h"
#include "ui/websocket/websockettab.h"
#include "ui/widgets/documenttabs.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

namespace wirescope {

namespace {

constexpr qsizetype s_maxClosed = 20;

const QString s_keyGeometry = QStringLiteral("mainWindow/geometry");
const QString s_keyState = QStringLiteral("mainWindow/state");
const QString s_keySplitter = QStringLiteral("mainWindow/splitter");
const QString s_keySideBySide = QStringLiteral("mainWindow/sideBySide");
const QString s_keyWordWrap = QStringLiteral("response/wordWrap");
const QString s_keyTabs = QStringLiteral("session/tabs");
const QString s_keyCurrentTab = QStringLiteral("session/currentTab");
const QString s_keyClosedTabs = QStringLiteral("session/closedTabs");

constexpr QChar s_dirtyMarker = QChar(0x2022); // •

} // namespace

MainWindow::MainWindow(HttpClient *client,
                       VariableContext *context,
                       Dialogs *dialogs,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_context(context)
    , m_ownDialogs(dialogs ? nullptr : std::make_unique<SystemDialogs>())
    , m_dialogs(dialogs ? dialogs : m_ownDialogs.get())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Wirescope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/wirescope.svg")));

    m_tabs = new DocumentTabs(this);
    m_tabs->setObjectName(QStringLiteral("requestTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(m_tabs);

    createActions();
    createMenus();
    auto *plus = new QToolButton(m_tabs);
    plus->setObjectName(QStringLiteral("newTabButton"));
    plus->setDefaultAction(m_newTab);
    plus->setAutoRaise(true);
    plus->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_tabs->setCornerWidget(plus, Qt::TopRightCorner);
    m_status = new WindowStatus(this);
    statusBar()->addPermanentWidget(m_status);
    statusBar()->showMessage(tr("Ready"), 3000);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateWindowStatus);

    restoreSettings();
    restoreTabs();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &key,
                             auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // shortcuts work even while the menu bar is hidden
        return action;
    };

    m_newTab = make(tr("&New Tab"), QStringLiteral("actionNewTab"),
                    QKeySequence(Qt::CTRL | Qt::Key_T), [this] { newTab()->editor()->focusUrl(); });
    m_newTab->setIcon(QIcon(QStringLiteral(":/icons/new-tab.svg")));
    m_newWebSocketTab =
        make(tr("New &WebSocket Tab"), QStringLiteral("actionNewWebSocketTab"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { newWebSocketTab(); });
    m_newSocketIoTab =
        make(tr("New Socket.&IO Tab"), QStringLiteral("actionNewSocketIoTab"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { newSocketIoTab(); });
    m_closeTab =
        make(tr("&Close Tab"), QStringLiteral("actionCloseTab"), QKeySequence(Qt::CTRL | Qt::Key_W),
             [this] { closeTab(m_tabs->currentIndex()); });
    m_reopenTab =
        make(tr("&Reopen Closed Tab"), QStringLiteral("actionReopenTab"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &MainWindow::reopenClosedTab);
    m_saveBody = make(tr("Save Response &Body As…"), QStringLiteral("actionSaveBody"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                      [this] { currentTab()->responseView()->bodyView()->saveBodyAs(); });
    m_quit = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit, &QWidget::close);
    m_quit->setMenuRole(QAction::QuitRole);

    m_focusUrl =
        make(tr("Go to &URL"), QStringLiteral("actionFocusUrl"), QKeySequence(Qt::CTRL | Qt::Key_L),
             [this] { currentTab()->editor()->focusUrl(); });
    m_find = make(tr("&Find in Response…"), QStringLiteral("actionFind"), QKeySequence::Find,
                  [this] { currentTab()->responseView()->bodyView()->activateFind(); });
    m_copyBody = make(tr("Copy Response B&ody"), QStringLiteral("actionCopyBody"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                      [this] { currentTab()->responseView()->bodyView()->copyText(); });
    m_copyCurl =
        make(tr("Copy as &curl"), QStringLiteral("actionCopyCurl"), {}, &MainWindow::copyAsCurl);

    m_sideBySide = make(tr("Response &Beside Request"), QStringLiteral("actionSideBySide"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                        [this](bool checked) { setSideBySide(checked); });
    m_sideBySide->setCheckable(true);
    m_wrap = make(tr("&Wrap Long Lines"), QStringLiteral("actionWordWrap"),
                  QKeySequence(Qt::ALT | Qt::Key_Z), [this](bool checked) {
                      m_wordWrap = checked;
                      for (int i = 0; i < tabCount(); ++i) {
                          if (RequestTab *tab = tabAt(i)) // not WebSocket tabs
                              tab->responseView()->bodyView()->setWordWrap(checked);
                      }
                  });
    m_wrap->setCheckable(true);
    m_pretty = make(
        tr("&Pretty Body"), QStringLiteral("actionPretty"), QKeySequence(Qt::ALT | Qt::Key_1),
        [this] { currentTab()->responseView()->bodyView()->setMode(bodyrender::Mode::Pretty); });
    m_raw =
        make(tr("&Raw Body"), QStringLiteral("actionRaw"), QKeySequence(Qt::ALT | Qt::Key_2),
             [this] { currentTab()->responseView()->bodyView()->setMode(bodyrender::Mode::Raw); });
    m_hex =
        make(tr("&Hex Body"), QStringLiteral("actionHex"), QKeySequence(Qt::ALT | Qt::Key_3),
             [this] { currentTab()->responseView()->bodyView()->setMode(bodyrender::Mode::Hex); });
    m_nextTab =
        make(tr("&Next Tab"), QStringLiteral("actionNextTab"), QKeySequence::NextChild,
             [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % tabCount()); });
    m_previousTab =
        make(tr("P&revious Tab"), QStringLiteral("actionPreviousTab"), QKeySequence::PreviousChild,
             [this] {
                 m_tabs->setCurrentIndex((m_tabs->currentIndex() + tabCount() - 1) % tabCount());
             });

    m_send = make(tr("&Send"), QStringLiteral("actionSend"), {}, [this] { currentTab()->send(); });
    // Ctrl+Return is the main key; Ctrl+Enter is the keypad's.
    m_send->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_send->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    m_cancel = make(tr("&Cancel"), QStringLiteral("actionCancel"), QKeySequence(Qt::Key_Escape),
                    [this] { currentTab()->cancel(); });
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));

    m_shortcuts = make(tr("&Keyboard Shortcuts"), QStringLiteral("actionShortcuts"),
                       QKeySequence::HelpContents, &MainWindow::showShortcuts);
    m_about =
        make(tr("&About Wirescope"), QStringLiteral("actionAbout"), {}, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make(tr("About &Qt"), QStringLiteral("actionAboutQt"), {}, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newTab, m_newWebSocketTab, m_newSocketIoTab, m_closeTab, m_reopenTab});
    file->addSeparator();
    file->addAction(m_saveBody);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_focusUrl, m_find});
    edit->addSeparator();
    edit->addActions({m_copyBody, m_copyCurl});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_sideBySide, m_wrap});
    view->addSeparator();
    view->addActions({m_pretty, m_raw, m_hex});
    view->addSeparator();
    view->addActions({m_nextTab, m_previousTab});

    QMenu *request = menuBar()->addMenu(tr("&Request"));
    request->addActions({m_send, m_cancel});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addActions({m_about, m_aboutQt});
}

RequestTab *MainWindow::currentTab() const
{
    return qobject_cast<RequestTab *>(m_tabs->currentWidget());
}

RequestTab *MainWindow::tabAt(int index) const
{
    return qobject_cast<RequestTab *>(m_tabs->widget(index));
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

void MainWindow::refreshVariables()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (RequestTab *tab = tabAt(i))
            tab->refreshVariables();
        else if (auto *webSocketTab = qobject_cast<WebSocketTab *>(m_tabs->widget(i)))
            webSocketTab->refreshVariables();
        else if (auto *socketIoTab = qobject_cast<SocketIoTab *>(m_tabs->widget(i)))
            socketIoTab->refreshVariables();
    }
}

RequestTab *MainWindow::newTab(const Request &request)
{
    auto *tab = new RequestTab(m_client, m_context, m_tabs);
    tab->setOAuthAuthorizer(m_authorizer);
    tab->setRequest(request);
    tab->responseView()->bodyView()->setWordWrap(m_wordWrap);
    tab->responseView()->bodyView()->setDialogs(m_dialogs);
    tab->editor()->setDialogs(m_dialogs); // the body and settings pages' file choosers
    applyLayout(tab);
    const int index = m_tabs->addTab(tab, QString()); // updateTabTitle() below names it
    m_tabs->setCurrentIndex(index);
    connect(tab, &RequestTab::titleChanged, this, [this, tab] {
        updateTabTitle(tab);
        if (tab == currentTab())
            updateWindowStatus();
    });
    connect(tab, &RequestTab::dirtyChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab, &RequestTab::runningChanged, this, &MainWindow::updateActions);
    connect(tab, &RequestTab::exchangeFinished, this, [this, tab](const Exchange &exchange) {
        if (tab == currentTab())
            updateWindowStatus(); // a failed verification shows beside the TLS settings
        if (exchange.response) {
            statusBar()->showMessage(tr("%1 %2 in %3 ms")
                                         .arg(exchange.response->status)
                                         .arg(exchange.response->reason)
                                         .arg(exchange.timings.total, 0, 'f', 1),
                                     5000);
        }
    });
    updateTabTitle(tab);
    updateActions();
    emit tabOpened(tab);
    return tab;
}

void MainWindow::setOAuthAuthorizer(oauth::OAuthAuthorizer *authorizer)
{
    m_authorizer = authorizer;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (RequestTab *tab = tabAt(i))
            tab->setOAuthAuthorizer(authorizer);
    }
}

void MainWindow::restoreDockLayout()
{
    restoreState(QSettings().value(s_keyState).toByteArray());
}

void MainWindow::setCurrentTab(QWidget *tab)
{
    if (m_tabs->indexOf(tab) >= 0)
        m_tabs->setCurrentWidget(tab);
}

void MainWindow::setTabPreview(QWidget *tab, bool preview)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->tabBar()->setTabData(index, preview);
    m_tabs->tabBar()->setTabTextColor(index, preview ? palette().color(QPalette::PlaceholderText)
                                                     : QColor());
    if (auto *requestTab = qobject_cast<RequestTab *>(tab))
        updateTabTitle(requestTab);
}

bool MainWindow::isTabPreview(QWidget *tab) const
{
    const int index = m_tabs->indexOf(tab);
    return index >= 0 && m_tabs->tabBar()->tabData(index).toBool();
}

WebSocketTab *MainWindow::newWebSocketTab()
{
    auto *session = new WebSocketSession;
    session->setWireTap(m_client->wireTap()); // null when the relay is off
    auto *tab = new WebSocketTab(session, m_context, m_tabs);
    tab->messageLog()->detail()->bodyView()->setDialogs(
        m_dialogs); // its Save… asks through the seam
    addStreamTab(tab, tab->title());
    connect(tab, &WebSocketTab::titleChanged, this,
            [this, tab] { setStreamTabTitle(tab, tab->title(), tab->request().url); });
    tab->focusUrl();
    updateActions();
    emit webSocketTabOpened(tab);
    return tab;
}

SocketIoTab *MainWindow::newSocketIoTab()
{
    auto *client = new SocketIoClient;
    client->setWireTap(m_client->wireTap()); // null when the relay is off
    auto *tab = new SocketIoTab(client, m_context, m_tabs);
    tab->messageLog()->detail()->bodyView()->setDialogs(m_dialogs);
    addStreamTab(tab, tab->title());
    connect(tab, &SocketIoTab::titleChanged, this,
            [this, tab] { setStreamTabTitle(tab, tab->title(), tab->url()); });
    tab->focusUrl();
    updateActions();
    emit socketIoTabOpened(tab);
    return tab;
}

void MainWindow::addStreamTab(QWidget *tab, const QString &title)
{
    const int index = m_tabs->addTab(tab, QString());
    m_tabs->setPlainTabText(index, title);
    m_tabs->setCurrentIndex(index);
}

void MainWindow::setStreamTabTitle(QWidget *tab, const QString &title, const QString &url)
{
    const int at = m_tabs->indexOf(tab);
    m_tabs->setPlainTabText(at, title);
    m_tabs->setTabToolTip(at, url);
    updateActions();
}

bool MainWindow::closeTab(int index)
{
    QWidget *widget = m_tabs->widget(index);
    if (qobject_cast<WebSocketTab *>(widget) || qobject_cast<SocketIoTab *>(widget)) {
        m_tabs->removeTab(index);
        delete widget; // closes its connection
        if (m_tabs->count() == 0)
            newTab();
        updateActions();
        return true;
    }
    RequestTab *tab = tabAt(index);
    if (!tab)
        return false;
    if (tab->isDirty() && !confirmDiscard(tab))
        return false;
    if (index == m_tabs->currentIndex())
        m_splitterState = tab->splitter()->saveState();
    m_closed.append(tab->editor()->request());
    if (m_closed.size() > s_maxClosed)
        m_closed.removeFirst();
    m_tabs->removeTab(index);
    delete tab; // cancels its exchange
    if (m_tabs->count() == 0)
        newTab();
    updateActions();
    return true;
}

bool MainWindow::confirmDiscard(RequestTab *tab)
{
    m_tabs->setCurrentWidget(tab);
    // With a save handler (collections are open) the choice is Save, Discard or Cancel;
    // a discarded tab can still be brought back with Reopen Closed Tab.
    const QMessageBox::StandardButtons buttons =
        m_saveHandler ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel
                      : QMessageBox::Discard | QMessageBox::Cancel;
    QMessageBox box(QMessageBox::Warning, tr("Close Tab"),
                    tr("\u201c%1\u201d has unsaved changes.").arg(tab->title()), buttons, this);
    box.setObjectName(QStringLiteral("discardChangesDialog"));
    box.setInformativeText(tr("Discard them and close the tab? Reopen Closed Tab (%1) brings "
                              "the request back as it is now.")
                               .arg(m_reopenTab->shortcut().toString(QKeySequence::NativeText)));
    box.setDefaultButton(QMessageBox::Cancel);
    const int answer = m_dialogs->exec(&box);
    if (answer == QMessageBox::Save)
        return m_saveHandler(tab);
    return answer == QMessageBox::Discard;
}
void MainWindow::reopenClosedTab()
{
    if (m_closed.isEmpty())
        return;
    newTab(m_closed.takeLast());
}

bool MainWindow::isSideBySide() const
{
    return m_sideBySide->isChecked();
}

void MainWindow::setSideBySide(bool sideBySide)
{
    m_sideBySide->setChecked(sideBySide);
    for (int i = 0; i < tabCount(); ++i) {
        if (!tabAt(i))
            continue; // a WebSocket tab
        QSplitter *splitter = tabAt(i)->splitter();
        if (splitter->orientation() == (sideBySide ? Qt::Horizontal : Qt::Vertical))
            continue;
        splitter->setOrientation(sideBySide ? Qt::Horizontal : Qt::Vertical);
        const int total = sideBySide ? splitter->width() : splitter->height();
        const int editor = int(total * (sideBySide ? 0.45 : 0.32));
        splitter->setSizes({editor, total - editor});
    }
}

void MainWindow::applyLayout(RequestTab *tab)
{
    if (m_splitterState.isEmpty() || !tab->splitter()->restoreState(m_splitterState))
        tab->setDefaultSplit(isSideBySide() ? 0.45 : 0.32);
    // restoreState() also restores an orientation; the View menu's choice wins.
    tab->splitter()->setOrientation(isSideBySide() ? Qt::Horizontal : Qt::Vertical);
}

void MainWindow::updateTabTitle(RequestTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const QString title = tab->title();
    m_tabs->setPlainTabText(index, tab->isDirty() ? s_dirtyMarker + u' ' + title : title);
    const QString url = tab->editor()->request().url;
    m_tabs->setTabToolTip(index, tab->isDirty()      ? tr("%1 (unsaved changes)").arg(url)
                                 : isTabPreview(tab) ? tr("Preview: %1 (edit it or double-click "
                                                          "in the sidebar to keep it)")
                                                           .arg(url)
                                                     : url);
    if (tab == currentTab())
        setWindowTitle(tr("%1 \u2014 Wirescope").arg(tab->title()));
}

void MainWindow::updateActions()
{
    RequestTab *tab = currentTab();
    if (tab)
        setWindowTitle(tr("%1 \u2014 Wirescope").arg(tab->title()));
    const bool running = tab && tab->isRunning();
    // A WebSocket tab has no HTTP request or response for these to act on.
    for (QAction *action :
         {m_saveBody, m_focusUrl, m_find, m_copyBody, m_copyCurl, m_pretty, m_raw, m_hex, m_send})
        action->setEnabled(tab != nullptr);
    if (auto *webSocketTab = qobject_cast<WebSocketTab *>(m_tabs->currentWidget()))
        setWindowTitle(tr("%1 \u2014 Wirescope").arg(webSocketTab->title()));
    else if (auto *socketIoTab = qobject_cast<SocketIoTab *>(m_tabs->currentWidget()))
        setWindowTitle(tr("%1 \u2014 Wirescope").arg(socketIoTab->title()));
    // Esc must reach editors (closing a cell editor, a popup) unless there is something to cancel.
    m_cancel->setEnabled(running);
    m_reopenTab->setEnabled(!m_closed.isEmpty());
    const bool several = tabCount() > 1;
    m_nextTab->setEnabled(several);
    m_previousTab->setEnabled(several);
}

void MainWindow::updateWindowStatus()
{
    RequestTab *tab = currentTab();
    if (!tab) {
        m_status->showSettings(nullptr);
        return;
    }
    const Request request = tab->editor()->request();
    // The scheme as it will be sent ({{base}}/get is https when base is).
    const QString url =
        resolveText(request.url, *m_context, DynamicVariables::system()).text.trimmed();
    const bool plain = url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
    const bool unknown = url.startsWith(QLatin1String("{{"));
    const std::optional<Exchange> &last = tab->responseView()->exchange();
    const bool failed = last && last->error && last->error->kind == Error::Kind::Tls;
    using Transport = WindowStatus::Transport;
    m_status->showSettings(&request.settings, plain     ? Transport::Plain
                                              : failed  ? Transport::TlsFailed
                                              : unknown ? Transport::Unknown
                                                        : Transport::Tls);
}

void MainWindow::copyAsCurl()
{
    QStringList unresolved;
    const Request resolved = resolveRequest(currentTab()->effectiveRequest().request, *m_context,
                                            m_client->dynamicVariables(), &unresolved);
    const auto command = curlCommand(resolved);
    if (!command) {
        statusBar()->showMessage(tr("Cannot copy as curl: %1").arg(command.error().message), 8000);
        return;
    }
    QApplication::clipboard()->setText(*command);
    statusBar()->showMessage(unresolved.isEmpty() ? tr("Copied the curl command.")
                                                  : tr("Copied the curl command; unresolved: %1")
                                                        .arg(unresolved.join(QStringLiteral(", "))),
                             5000);
}

void MainWindow::showShortcuts()
{
    m_dialogs->information(this, tr("Keyboard Shortcuts"),
                           shortcutTable(menuBar(), findChildren<QAction *>()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Wirescope"),
                       tr("<h3>Wirescope %1</h3><p>A native HTTP and WebSocket inspector.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QLatin1String(qVersion())));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(s_keyGeometry).toByteArray()))
        resize(1200, 820);
    restoreState(settings.value(s_keyState).toByteArray());
    m_splitterState = settings.value(s_keySplitter).toByteArray();
    m_sideBySide->setChecked(settings.value(s_keySideBySide, false).toBool());
    m_wordWrap = settings.value(s_keyWordWrap, false).toBool();
    m_wrap->setChecked(m_wordWrap);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(s_keyGeometry, saveGeometry());
    settings.setValue(s_keyState, saveState());
    settings.setValue(s_keySplitter,
                      currentTab() ? currentTab()->splitter()->saveState() : m_splitterState);
    settings.setValue(s_keySideBySide, isSideBySide());
    settings.setValue(s_keyWordWrap, m_wordWrap);
    saveTabs(settings);
}

void MainWindow::saveTabs(QSettings &settings) const
{
    // Each tab: the request as shown, plus its saved state when they differ (so the dirty
    // marker survives a restart). Secrets are left out (see sessioncodec.h).
    QJsonArray tabs;
    for (int i = 0; i < tabCount(); ++i) {
        const RequestTab *tab = tabAt(i);
        if (!tab) {
            if (const auto *ws = qobject_cast<const WebSocketTab *>(m_tabs->widget(i)))
                tabs.append(QJsonObject{{QStringLiteral("webSocket"),
                                         sessioncodec::webSocketRequestToJson(ws->request())}});
            else if (const auto *io = qobject_cast<const SocketIoTab *>(m_tabs->widget(i)))
                tabs.append(QJsonObject{{QStringLiteral("socketIo"), toJson(io->request())}});
            continue;
        }
        QJsonObject entry{
            {QStringLiteral("request"), sessioncodec::requestToJson(tab->editor()->request())}};
        if (tab->isDirty())
            entry.insert(QStringLiteral("saved"), sessioncodec::requestToJson(tab->savedRequest()));
        tabs.append(entry);
    }
    settings.setValue(s_keyTabs, QJsonDocument(tabs).toJson(QJsonDocument::Compact));
    settings.setValue(s_keyCurrentTab, m_tabs->currentIndex());
    QJsonArray closed;
    for (const Request &request : m_closed)
        closed.append(sessioncodec::requestToJson(request));
    settings.setValue(s_keyClosedTabs, QJsonDocument(closed).toJson(QJsonDocument::Compact));
}

void MainWindow::restoreTabs()
{
    QSettings settings;
    const QJsonArray tabs =
        QJsonDocument::fromJson(settings.value(s_keyTabs).toByteArray()).array();
    for (const QJsonValue &value : tabs) {
        const QJsonObject entry = value.toObject();
        if (entry.contains(QStringLiteral("webSocket"))) {
            // Restored closed: a live connection is opened by the user, not by a restart.
            if (const std::optional<WebSocketRequest> ws = sessioncodec::webSocketRequestFromJson(
                    entry.value(QStringLiteral("webSocket")).toObject()))
                newWebSocketTab()->setRequest(*ws);
            continue;
        }
        if (entry.contains(QStringLiteral("socketIo"))) {
            if (const Result<SocketIoRequest> io =
                    socketIoRequestFromJson(entry.value(QStringLiteral("socketIo")).toObject()))
                newSocketIoTab()->setRequest(*io);
            continue;
        }
        const std::optional<Request> request =
            sessioncodec::requestFromJson(entry.value(QStringLiteral("request")).toObject());
        if (!request)
            continue;
        RequestTab *tab = newTab(*request);
        const std::optional<Request> saved =
            sessioncodec::requestFromJson(entry.value(QStringLiteral("saved")).toObject());
        if (entry.contains(QStringLiteral("saved")) && saved)
            tab->setRequest(*request, *saved);
    }
    const QJsonArray closed =
        QJsonDocument::fromJson(settings.value(s_keyClosedTabs).toByteArray()).array();
    for (const QJsonValue &value : closed) {
        if (const std::optional<Request> request = sessioncodec::requestFromJson(value.toObject()))
            m_closed.append(*request);
    }
    if (tabCount() == 0)
        newTab();
    const int current = settings.value(s_keyCurrentTab, 0).toInt();
    if (current >= 0 && current < tabCount())
        m_tabs->setCurrentIndex(current);
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeGuard && !m_closeGuard()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace wirescope
