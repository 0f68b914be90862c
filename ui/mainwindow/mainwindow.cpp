#include "ui/mainwindow/mainwindow.h"

#include "core/http/httpclient.h"
#include "core/vars/resolver.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/request/curlcommand.h"
#include "ui/request/requesteditor.h"
#include "ui/response/bodyview.h"
#include "ui/response/responseview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
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

} // namespace

MainWindow::MainWindow(HttpClient *client, VariableContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Wirescope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/wirescope.svg")));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("requestTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setExpanding(false);
    m_tabs->tabBar()->setElideMode(Qt::ElideRight);
    setCentralWidget(m_tabs);

    createActions();
    createMenus();
    auto *plus = new QToolButton(m_tabs);
    plus->setObjectName(QStringLiteral("newTabButton"));
    plus->setDefaultAction(m_newTab);
    plus->setAutoRaise(true);
    plus->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_tabs->setCornerWidget(plus, Qt::TopRightCorner);
    statusBar()->showMessage(tr("Ready"), 3000);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    restoreSettings();
    newTab();
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
                      for (int i = 0; i < tabCount(); ++i)
                          tabAt(i)->responseView()->bodyView()->setWordWrap(checked);
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
    file->addActions({m_newTab, m_closeTab, m_reopenTab});
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

RequestTab *MainWindow::newTab(const Request &request)
{
    auto *tab = new RequestTab(m_client, m_context, m_tabs);
    tab->editor()->setRequest(request);
    tab->responseView()->bodyView()->setWordWrap(m_wordWrap);
    applyLayout(tab);
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setCurrentIndex(index);
    connect(tab, &RequestTab::titleChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab, &RequestTab::runningChanged, this, &MainWindow::updateActions);
    connect(tab, &RequestTab::exchangeFinished, this, [this](const Exchange &exchange) {
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
    return tab;
}

void MainWindow::closeTab(int index)
{
    RequestTab *tab = tabAt(index);
    if (!tab)
        return;
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
    m_tabs->setTabText(index, tab->title());
    m_tabs->setTabToolTip(index, tab->editor()->request().url);
    if (tab == currentTab())
        setWindowTitle(tr("%1 \u2014 Wirescope").arg(tab->title()));
}

void MainWindow::updateActions()
{
    RequestTab *tab = currentTab();
    if (tab)
        setWindowTitle(tr("%1 \u2014 Wirescope").arg(tab->title()));
    const bool running = tab && tab->isRunning();
    // Esc must reach editors (closing a cell editor, a popup) unless there is something to cancel.
    m_cancel->setEnabled(running);
    m_reopenTab->setEnabled(!m_closed.isEmpty());
    const bool several = tabCount() > 1;
    m_nextTab->setEnabled(several);
    m_previousTab->setEnabled(several);
}

void MainWindow::copyAsCurl()
{
    QStringList unresolved;
    const Request resolved = resolveRequest(currentTab()->editor()->request(), *m_context,
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
    QString rows;
    for (QAction *action : {m_send, m_cancel, m_focusUrl, m_find, m_newTab, m_closeTab, m_reopenTab,
                            m_nextTab, m_previousTab, m_sideBySide, m_wrap, m_pretty, m_raw, m_hex,
                            m_copyBody, m_saveBody, m_quit}) {
        rows += QStringLiteral("<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td></tr>")
                    .arg(action->text().remove(u'&').toHtmlEscaped(),
                         action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    QMessageBox::information(this, tr("Keyboard Shortcuts"),
                             QStringLiteral("<table>%1</table>").arg(rows));
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
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace wirescope
