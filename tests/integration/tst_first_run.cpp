// A new user's first minute: the real application on a scratch profile (empty XDG dirs,
// offscreen), the Getting started collection open as on a first run, and every request of it
// opened from the sidebar's tree and sent as a user would (Return on the tree item, a click
// on Send or Connect). Each HTTP request must get a real answer (its status and a value from
// its body) and each WebSocket request an echoed or broadcast message, with no set-up:
// {{demo}} and {{demoWs}} start the built-in demo server on demand. First of all, the Runner
// pane runs the whole collection green, starting the demo server itself, as a new user who
// opens the Runner before any tab would.

#include "app/gui/application.h"
#include "core/model/exchange.h"
#include "core/runner/collectionrunner.h"
#include "core/stream/messagelog.h"
#include "core/websocket/websocketsession.h"
#include "ui/collections/collectiontreemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/runner/runnerpane.h"
#include "ui/websocket/websockettab.h"
#include "ui/websocket/wscomposer.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace wirescope;

namespace {

struct Expected
{
    int status = 200;
    QByteArray bodyContains;
};

// What each sample request must answer. A request added to the sample without a row here
// fails the test, so the table and the sample stay in step.
const QHash<QString, Expected> &expectations()
{
    static const QHash<QString, Expected> table{
        {QStringLiteral("GET with query parameters"), {200, "\"name\":\"wirescope\""}},
        {QStringLiteral("POST a JSON body"), {200, "42"}},
        {QStringLiteral("PUT a form"), {200, "\"form\""}},
        {QStringLiteral("DELETE"), {200, "/delete"}},
        {QStringLiteral("Custom headers"), {200, "Hello, Wirescope"}},
        {QStringLiteral("Multipart form upload"), {200, "My upload"}},
        {QStringLiteral("Status from a path variable"), {418, ""}},
        {QStringLiteral("Redirect chain"), {200, "/get"}},
        {QStringLiteral("A slow answer"), {200, "/delay/1"}},
        {QStringLiteral("Basic auth"), {200, "\"authenticated\":true"}},
        {QStringLiteral("Log in and keep the token"), {200, "demo-token-42"}},
        {QStringLiteral("Who am I (bearer token)"), {200, "demo-token-42"}},
        {QStringLiteral("Log in with a script"), {200, "script-token-7"}},
        {QStringLiteral("Who am I (token from a script)"), {200, "script-token-7"}},
        {QStringLiteral("Cookies"), {200, "oatmeal"}},
        {QStringLiteral("Gzip"), {200, "\"gzipped\":true"}},
        {QStringLiteral("HTML"), {200, "<html"}},
        {QStringLiteral("JSON"), {200, "{"}},
        {QStringLiteral("PNG image"), {200, "PNG"}},
        {QStringLiteral("XML"), {200, "<?xml"}},
    };
    return table;
}

// Every leaf of the tree in display order (folders expanded first).
QModelIndexList leaves(QTreeView *tree, const QModelIndex &parent = {})
{
    QModelIndexList out;
    QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (model->hasChildren(index)) {
            tree->expand(index);
            out += leaves(tree, index);
        } else {
            out.append(index);
        }
    }
    return out;
}

} // namespace

class tst_FirstRun final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theRunnerRunsTheSampleGreen();
    void everySampleRequestAnswersOnTheFirstClick();
    void cleanupTestCase();

private:
    void openFromTree(QTreeView *tree, const QModelIndex &index);
    void sendHttp(const QString &name);
    void connectWebSocket(WebSocketTab *tab, const QString &name);

    QTemporaryDir m_home;
    std::unique_ptr<Application> m_app;
    MainWindow *m_window = nullptr;
};

void tst_FirstRun::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
    QApplication::setOrganizationName(QStringLiteral("Wirescope"));
    QApplication::setApplicationName(QStringLiteral("Wirescope"));

    m_app = std::make_unique<Application>(Application::Options{});
    m_app->start();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(w))
            m_window = window;
    }
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_FirstRun::cleanupTestCase()
{
    m_app.reset();
}

void tst_FirstRun::theRunnerRunsTheSampleGreen()
{
    // The workspace's menus and panes arrive on the turn after the first paint.
    QAction *demo = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (demo = m_window->findChild<QAction *>(QStringLiteral("actionDemoServer"))), 10000);
    QVERIFY2(!demo->isChecked(), "the demo server must not run before anything asks for it");
    auto *pane = m_window->findChild<RunnerPane *>(QStringLiteral("runnerPane"));
    QVERIFY(pane);
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // Tools > Runner
    QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible(), 5000);
    auto *collection = pane->findChild<QComboBox *>(QStringLiteral("runnerCollection"));
    QVERIFY(collection);
    QTRY_VERIFY_WITH_TIMEOUT(collection->findText(QStringLiteral("Getting started")) >= 0, 10000);
    collection->setCurrentIndex(collection->findText(QStringLiteral("Getting started")));

    QSignalSpy finished(pane, &RunnerPane::runFinished);
    auto *run = pane->findChild<QPushButton *>(QStringLiteral("runnerRun"));
    QVERIFY(run);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY2(finished.wait(60000), "the run did not finish");
    const auto summary = finished.first().first().value<RunSummary>();
    QStringList failures;
    auto *results = pane->findChild<QTreeWidget *>(QStringLiteral("runnerResults"));
    QVERIFY(results);
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = results->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < row->columnCount(); ++c)
            cells.append(row->text(c));
        failures.append(cells.join(QStringLiteral(" | ")));
    }
    // Every HTTP request of the sample answered and passed; the two WebSocket ones are
    // listed as not run by the collection runner.
    QVERIFY2(summary.passed(), qPrintable(failures.join(u'\n')));
    QCOMPARE(summary.requests, int(expectations().size()));
    QCOMPARE(summary.requestsFailed, 0);
    QCOMPARE(summary.skipped, 2);
    QVERIFY2(summary.scriptTests > 0, "the sample's test scripts ran");
    QCOMPARE(summary.scriptTestsFailed, 0);
    QVERIFY2(demo->isChecked(), "the run started the demo server for {{demo}}");

    // The next test starts from a stopped demo server again, as a first click would.
    demo->trigger();
    QTRY_VERIFY(!demo->isChecked());
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
}

void tst_FirstRun::openFromTree(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    tree->setCurrentIndex(index);
    tree->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(tree, Qt::Key_Return); // activates the item, as a double-click does
}

void tst_FirstRun::sendHttp(const QString &name)
{
    RequestTab *tab = m_window->currentTab();
    QVERIFY2(tab, qPrintable(name));
    auto *send = tab->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(send);
    QSignalSpy finished(tab, &RequestTab::exchangeFinished);
    QSignalSpy scriptsDone(tab, &RequestTab::scriptsFinished);
    QTest::mouseClick(send, Qt::LeftButton);
    // Refused before sending: the line under the URL says why.
    QVERIFY2(tab->isRunning() || finished.count() == 1,
             qPrintable(name + QStringLiteral(": not sent: ") + tab->editor()->urlError()));
    QVERIFY2(finished.count() == 1 || finished.wait(20000),
             qPrintable(name + QStringLiteral(": no answer; the URL line says: ")
                        + tab->editor()->urlError()));
    // A test script may set variables for the next request (the scripted login chain).
    QVERIFY2(scriptsDone.count() > 0 || scriptsDone.wait(15000), qPrintable(name));
    const auto exchange = finished.first().first().value<Exchange>();
    QVERIFY2(!exchange.error, qPrintable(name + QStringLiteral(": ")
                                         + (exchange.error ? exchange.error->message : QString())));
    QVERIFY(exchange.response);
    const Expected expected = expectations().value(name);
    QCOMPARE(exchange.response->status, expected.status);
    const QByteArray body = exchange.response->body.read(1 << 20);
    QVERIFY2(body.contains(expected.bodyContains),
             qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(body.left(400))));
}

void tst_FirstRun::connectWebSocket(WebSocketTab *tab, const QString &name)
{
    QVERIFY2(tab, qPrintable(name));
    auto *connectButton = tab->findChild<QAbstractButton *>(QStringLiteral("wsConnectButton"));
    QVERIFY(connectButton);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(tab->session()->state() == WebSocketSession::State::Open,
                              qPrintable(name + QStringLiteral(": ") + tab->banner()->title()
                                         + QStringLiteral(": ") + tab->banner()->message()),
                              10000);

    const QString token = name + u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    tab->composer()->setText(token);
    QVERIFY(tab->composer()->send());
    // The echo sends it back; the chat room broadcasts it to everyone, the sender included.
    const auto receivedToken = [&] {
        const MessageLog *log = tab->session()->log();
        for (int i = 0; i < log->size(); ++i) {
            const StreamMessage m = log->at(i);
            if (m.direction == MessageDirection::Incoming && m.payload.contains(token.toUtf8()))
                return true;
        }
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(receivedToken(), qPrintable(name), 10000);
    tab->disconnectFromServer();
}

void tst_FirstRun::everySampleRequestAnswersOnTheFirstClick()
{
    // The sidebar and the sample collection arrive on the turn after the first paint.
    QTreeView *tree = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (tree = m_window->findChild<QTreeView *>(QStringLiteral("collectionTree"))) != nullptr
            && tree->model() && tree->model()->rowCount() > 0,
        10000);

    // By id: a script that sets a collection variable changes the document, and the tree's
    // model (and every index into it) is rebuilt.
    struct Item
    {
        QString id, name, kind;
    };
    QList<Item> items;
    for (const QModelIndex &index : leaves(tree)) {
        items.append({index.data(CollectionTreeModel::IdRole).toString(),
                      index.data(Qt::DisplayRole).toString(),
                      index.data(CollectionTreeModel::KindRole).toString()});
    }
    QStringList http;
    QStringList webSocket;
    for (const auto &[id, name, kind] : std::as_const(items)) {
        QModelIndex index;
        for (const QModelIndex &candidate : leaves(tree)) {
            if (candidate.data(CollectionTreeModel::IdRole).toString() == id)
                index = candidate;
        }
        QVERIFY2(index.isValid(), qPrintable(name));
        const QList<WebSocketTab *> before = m_window->findChildren<WebSocketTab *>();
        openFromTree(tree, index);
        if (kind == QLatin1String("websocket")) {
            QList<WebSocketTab *> opened = m_window->findChildren<WebSocketTab *>();
            for (WebSocketTab *old : before)
                opened.removeOne(old);
            QCOMPARE(opened.size(), 1);
            connectWebSocket(opened.first(), name);
            webSocket.append(name);
        } else {
            QVERIFY2(expectations().contains(name),
                     qPrintable(QStringLiteral("no expectation for the sample request ") + name));
            sendHttp(name);
            http.append(name);
        }
        if (QTest::currentTestFailed())
            return;
    }
    // Every HTTP request in the table was found in the tree, and both WebSocket requests.
    QCOMPARE(http.size(), expectations().size());
    QCOMPARE(webSocket.size(), 2);
}

QTEST_MAIN(tst_FirstRun)
#include "tst_first_run.moc"
