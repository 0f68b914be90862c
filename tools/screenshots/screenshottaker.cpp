#include "tools/screenshots/screenshottaker.h"

#include "app/gui/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/response/bodyview.h"
#include "ui/response/responseview.h"
#include "ui/stream/messagelogmodel.h"
#include "ui/stream/messagelogpane.h"
#include "ui/stream/messagelogview.h"
#include "ui/websocket/websockettab.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace wirescope {

namespace {

// A run that never sees its exchange finish still ends, and says so.
constexpr int s_timeoutMs = 30000;
// Lets the last layout and paint settle before grabbing.
constexpr int s_settleMs = 200;
// With nothing scripted: the window, its first tab and the deferred sidebar.
constexpr int s_idleMs = 500;
// A WebSocket picture is taken mid-stream, once some replies arrived.
constexpr int s_streamMs = 1500;

} // namespace

ScreenshotTaker::ScreenshotTaker(Application *application, const Options &options, QObject *parent)
    : QObject(parent)
    , m_application(application)
    , m_options(options)
{
    connect(m_application, &Application::scriptedSendDone, this, &ScreenshotTaker::onSendDone);
    connect(m_application, &Application::scriptedWebSocketOpened, this,
            &ScreenshotTaker::onWebSocketOpened);
    connect(m_application, &Application::scriptedWebSocketFailed, this, &ScreenshotTaker::takeSoon);
}

ScreenshotTaker::~ScreenshotTaker() = default;

void ScreenshotTaker::start()
{
    if (!m_options.waitForScript)
        QTimer::singleShot(s_idleMs, this, &ScreenshotTaker::take);
    QTimer::singleShot(s_timeoutMs, this, [this] {
        if (m_taken)
            return;
        std::fprintf(stderr,
                     "wirescope-screenshots: the exchange did not finish in %d s; "
                     "taking the screenshot anyway\n",
                     s_timeoutMs / 1000);
        take();
    });
}

void ScreenshotTaker::onSendDone()
{
    RequestTab *tab = m_application->window()->currentTab();
    for (QTabWidget *tabs : tab->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            for (const QString &name : std::as_const(m_options.showTabs)) {
                if (tabs->tabText(i).startsWith(name, Qt::CaseInsensitive))
                    tabs->setCurrentIndex(i);
            }
        }
    }
    whenRendered();
}

void ScreenshotTaker::whenRendered()
{
    // The body is rendered off the UI thread and fed in slices: wait until it is in place.
    BodyView *body = m_application->window()->currentTab()->responseView()->bodyView();
    if (body->isBusy()) {
        QTimer::singleShot(50, this, &ScreenshotTaker::whenRendered);
        return;
    }
    takeSoon();
}

void ScreenshotTaker::onWebSocketOpened(WebSocketTab *tab)
{
    // Mid-stream: show the first reply in the detail view while the list keeps following.
    QTimer::singleShot(s_streamMs, tab, [this, tab] {
        const MessageLogModel *model = tab->messageLog()->model();
        StreamMessage message;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->messageAt(row, &message)
                && message.direction == MessageDirection::Incoming) {
                tab->messageLog()->view()->selectRow(row);
                tab->messageLog()->view()->setFollowing(true);
                break;
            }
        }
        takeSoon();
    });
}

void ScreenshotTaker::takeSoon()
{
    QTimer::singleShot(s_settleMs, this, &ScreenshotTaker::take);
}

void ScreenshotTaker::take()
{
    if (m_taken)
        return;
    MainWindow *window = m_application->window();
    if (!m_options.palette.isNull() && !m_paletteShown) {
        // Quick open as Ctrl+P shows it, with the text typed in; the picture follows it.
        m_paletteShown = true;
        if (auto *open = window->findChild<QAction *>(QStringLiteral("actionQuickOpen")))
            open->trigger();
        if (auto *filter = window->findChild<QLineEdit *>(QStringLiteral("paletteFilter")))
            filter->setText(m_options.palette);
        takeSoon();
        return;
    }
    m_taken = true;
    const QPixmap picture = window->grab();
    if (!picture.save(m_options.file)) {
        std::fprintf(stderr, "wirescope-screenshots: cannot write the screenshot to %s\n",
                     qPrintable(m_options.file));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "wirescope-screenshots: screenshot saved to %s\n",
                 qPrintable(m_options.file));
    window->close();
    QCoreApplication::exit(0);
}

} // namespace wirescope
