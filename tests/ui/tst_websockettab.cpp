// The WebSocket tab against the node `ws` echo peer on 127.0.0.1 (tests/support/node):
// connect, Ctrl+Enter sends (the peer echoes it back), history, JSON/hex composer modes,
// saved messages, follow during a flood, filter bar, detail view, connection info, close.

#include "core/http/httpclient.h"
#include "core/http/wiretap.h"
#include "core/stream/messagelog.h"
#include "core/vars/variablecontext.h"
#include "core/websocket/websocketsession.h"
#include "tests/support/testenv.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/stream/messagedetail.h"
#include "ui/stream/messagelogmodel.h"
#include "ui/stream/messagelogpane.h"
#include "ui/stream/messagelogview.h"
#include "ui/websocket/websockettab.h"
#include "ui/websocket/wscomposer.h"
#include "ui/websocket/wsconnectioninfo.h"
#include "ui/widgets/messagebanner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace wirescope;

namespace {

// Rows whose direction and payload are as given (payload read through the model).
int countRows(const MessageLogModel &model, MessageDirection direction, const QByteArray &payload)
{
    int found = 0;
    StreamMessage message;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.messageAt(row, &message) && message.direction == direction
            && message.payload == payload)
            ++found;
    }
    return found;
}

} // namespace

class tst_WebSocketTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlEnterSendsAndRecordsHistory();
    void jsonAndHexModes();
    void savedMessages();
    void followDuringFloodAndFilter();
    void detailAndConnectionInfo();
    void handshakeTablesSayWhyTheyAreEmpty();
    void refusedUrlShowsBanner();
    void mainWindowOpensAndClosesWebSocketTabs();

private:
    void connectTab();
    QString stateText() const;

    test::TestServers m_servers;
    WireTap m_relay; ///< as the window gives every WebSocket tab (MainWindow::newWebSocketTab)
    WebSocketTab *m_tab = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_WebSocketTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
    QVERIFY(m_servers.wsEcho.isValid());
}

void tst_WebSocketTab::init()
{
    auto *session = new WebSocketSession;
    session->setWireTap(&m_relay);
    m_tab = new WebSocketTab(session, nullptr);
    m_tab->resize(1100, 800);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
    m_tester = new QAbstractItemModelTester(m_tab->messageLog()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_WebSocketTab::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_tab;
    m_tab = nullptr;
}

QString tst_WebSocketTab::stateText() const
{
    return m_tab->findChild<QLabel *>(QStringLiteral("wsState"))->text();
}

void tst_WebSocketTab::connectTab()
{
    auto *url = m_tab->findChild<QLineEdit *>(QStringLiteral("wsUrl"));
    QVERIFY(url);
    url->setText(m_servers.wsEcho.toString());
    auto *button = m_tab->findChild<QPushButton *>(QStringLiteral("wsConnectButton"));
    QCOMPARE(button->text(), QStringLiteral("Connect"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->session()->state(), WebSocketSession::State::Open, 10000);
    QCOMPARE(stateText(), WebSocketSession::stateName(WebSocketSession::State::Open));
    QCOMPARE(button->text(), QStringLiteral("Disconnect"));
}

void tst_WebSocketTab::ctrlEnterSendsAndRecordsHistory()
{
    connectTab();
    auto *edit = m_tab->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("hello from the composer"));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    // The peer got it: its echo comes back as an incoming message.
    const MessageLogModel &model = *m_tab->messageLog()->model();
    QTRY_COMPARE(countRows(model, MessageDirection::Incoming, "hello from the composer"), 1);
    QCOMPARE(countRows(model, MessageDirection::Outgoing, "hello from the composer"), 1);
    QCOMPARE(m_tab->composer()->history(), QStringList{QStringLiteral("hello from the composer")});

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("second"));
    QTest::keyClick(edit, Qt::Key_Enter, Qt::ControlModifier); // the keypad's Enter too
    QTRY_COMPARE(countRows(model, MessageDirection::Incoming, "second"), 1);
    QCOMPARE(m_tab->composer()->history(),
             (QStringList{QStringLiteral("second"), QStringLiteral("hello from the composer")}));

    // Ctrl+Up walks back through the history.
    edit->clear();
    QTest::keyClick(edit, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), QStringLiteral("second"));
    QTest::keyClick(edit, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), QStringLiteral("hello from the composer"));
    QTest::keyClick(edit, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), QStringLiteral("second"));
    auto *history = m_tab->findChild<QComboBox *>(QStringLiteral("composerHistory"));
    QCOMPARE(history->count(), 2);

    // A plain Enter is a newline, not a send.
    const qint64 sent = m_tab->session()->log()->counters().outgoing;
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_tab->session()->log()->counters().outgoing, sent);
}

void tst_WebSocketTab::jsonAndHexModes()
{
    connectTab();
    WsComposer *composer = m_tab->composer();
    MessageLog *log = m_tab->session()->log();
    const qint64 before = log->counters().outgoing;

    composer->setMode(WsComposer::Mode::Json);
    composer->setText(QStringLiteral("{\"a\": 1,}"));
    QVERIFY(!composer->send());
    QCOMPARE(composer->errorText(), QStringLiteral("Not valid JSON: line 1, column 8: a trailing "
                                                   "comma before }. Switch to Text to send it "
                                                   "anyway."));
    QCOMPARE(log->counters().outgoing, before); // nothing went out

    composer->setText(QStringLiteral("{\"a\": 1}"));
    QVERIFY(composer->send());
    QVERIFY(composer->errorText().isEmpty());
    QTRY_COMPARE(countRows(*m_tab->messageLog()->model(), MessageDirection::Incoming, "{\"a\": 1}"),
                 1);

    composer->setMode(WsComposer::Mode::Hex);
    composer->setText(QStringLiteral("0x00 01 ff zz"));
    QVERIFY(!composer->send());
    QVERIFY2(composer->errorText().contains(QLatin1String("position 12")),
             qPrintable(composer->errorText()));
    composer->setText(QStringLiteral("00 01:ff"));
    QVERIFY(composer->send());
    const QByteArray bytes = QByteArray::fromHex("0001ff");
    QTRY_COMPARE(countRows(*m_tab->messageLog()->model(), MessageDirection::Incoming, bytes), 1);
    StreamMessage echoed;
    const MessageLogModel &model = *m_tab->messageLog()->model();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.messageAt(row, &echoed) && echoed.payload == bytes
            && echoed.direction == MessageDirection::Incoming)
            break;
    }
    QCOMPARE(echoed.type, MessageKind::Binary); // binary stays binary
    QCOMPARE(log->counters().outgoing, before + 2);
}

void tst_WebSocketTab::savedMessages()
{
    WsComposer *composer = m_tab->composer();
    composer->setMode(WsComposer::Mode::Text);
    composer->setText(QStringLiteral("saved payload"));
    QSignalSpy changed(composer, &WsComposer::savedMessagesChanged);
    QTest::mouseClick(m_tab->findChild<QToolButton *>(QStringLiteral("saveMessageButton")),
                      Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_tab->request().savedMessages.size(), 1);
    QCOMPARE(m_tab->request().savedMessages.at(0).payload, QByteArray("saved payload"));

    composer->renameSaved(0, QStringLiteral("Greeting"));
    auto *list = m_tab->findChild<QListWidget *>(QStringLiteral("savedMessages"));
    QCOMPARE(list->item(0)->text(), QStringLiteral("Greeting"));
    QCOMPARE(m_tab->request().savedMessages.at(0).name, QStringLiteral("Greeting"));
    composer->renameSaved(0, QStringLiteral("  ")); // refused
    QCOMPARE(m_tab->request().savedMessages.at(0).name, QStringLiteral("Greeting"));

    // Not connected: sending says so.
    QVERIFY(!composer->sendSaved(0));
    QVERIFY(composer->errorText().contains(QLatin1String("Not connected")));

    connectTab();
    list->setCurrentRow(0);
    QTest::mouseClick(m_tab->findChild<QToolButton *>(QStringLiteral("sendSavedButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(
        countRows(*m_tab->messageLog()->model(), MessageDirection::Incoming, "saved payload"), 1);

    // Round trip through setRequest, then removal.
    const WebSocketRequest request = m_tab->request();
    composer->removeSaved(0);
    QVERIFY(m_tab->request().savedMessages.isEmpty());
    m_tab->setRequest(request);
    QCOMPARE(list->count(), 1);
}

void tst_WebSocketTab::followDuringFloodAndFilter()
{
    connectTab();
    auto *follow = m_tab->findChild<QToolButton *>(QStringLiteral("messageFollowButton"));
    QVERIFY(follow->isChecked());
    MessageLogView *view = m_tab->messageLog()->view();
    const MessageLogModel &model = *m_tab->messageLog()->model();
    m_tab->composer()->setText(QStringLiteral("flood:3000:64"));
    QVERIFY(m_tab->composer()->send());
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->session()->log()->counters().incoming >= 3000, 20000);
    QTRY_COMPARE(model.rowCount(), m_tab->session()->log()->size());
    QTRY_VERIFY(view->isAtBottom());

    // Scroll up: the Follow button pops out. One click on it resumes at the bottom.
    view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(!follow->isChecked());
    QVERIFY(!view->isAtBottom());
    m_tab->composer()->setText(QStringLiteral("flood:500:16"));
    QVERIFY(m_tab->composer()->send());
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->session()->log()->counters().incoming >= 3500, 20000);
    QTRY_COMPARE(model.rowCount(), m_tab->session()->log()->size());
    QVERIFY(!view->isAtBottom());
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(follow->isChecked());
    QVERIFY(view->isAtBottom());

    // Filter bar: sent only, then a regex over received text.
    auto *direction = m_tab->findChild<QComboBox *>(QStringLiteral("filterDirection"));
    direction->setCurrentIndex(2); // sent
    QTRY_VERIFY(!model.isScanning());
    QCOMPARE(model.rowCount(), 2); // the two flood commands
    StreamMessage message;
    QVERIFY(model.messageAt(0, &message));
    QCOMPARE(message.payload, QByteArray("flood:3000:64"));

    direction->setCurrentIndex(1); // received
    auto *pattern = m_tab->findChild<QLineEdit *>(QStringLiteral("filterPattern"));
    auto *regex = m_tab->findChild<QCheckBox *>(QStringLiteral("filterRegex"));
    regex->setChecked(true);
    pattern->setText(QStringLiteral("^flood 12\\d\\d\\b"));
    QTest::keyClick(pattern, Qt::Key_Return);
    QTRY_VERIFY(!model.isScanning());
    QCOMPARE(model.rowCount(), 100); // "flood 1200" .. "flood 1299" of the first flood
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.messageAt(row, &message));
        QCOMPARE(message.direction, MessageDirection::Incoming);
        QVERIFY2(message.payload.startsWith("flood 12"), message.payload.constData());
    }
    QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("messageCounters"))
                ->text()
                .contains(QLatin1String("showing 100")));
}

void tst_WebSocketTab::detailAndConnectionInfo()
{
    WebSocketRequest request;
    request.url = m_servers.wsEcho.toString();
    request.subprotocols = {QStringLiteral("nope"), QStringLiteral("chat.v1")};
    request.headers = {KeyValue{QStringLiteral("X-Test"), QStringLiteral("yes"), true, {}}};
    m_tab->setRequest(request);
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("wsConnectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->session()->state(), WebSocketSession::State::Open, 10000);
    QCOMPARE(m_tab->connectionInfo()->subprotocolText(), QStringLiteral("chat.v1"));
    QVERIFY2(m_tab->connectionInfo()->statusText().startsWith(QLatin1String("101")),
             qPrintable(m_tab->connectionInfo()->statusText()));
    // Timed through the relay: the TCP connect and the upgrade are numbers.
    const QString timing = m_tab->connectionInfo()->timingText();
    QVERIFY2(QRegularExpression(
                 QStringLiteral("TCP connect [0-9]+\\.[0-9]{3} ms, upgrade [0-9]+\\.[0-9]{3} ms"))
                 .match(timing)
                 .hasMatch(),
             qPrintable(timing));

    // The peer answers "headers" with a JSON object: select it, the detail shows it pretty.
    m_tab->composer()->setText(QStringLiteral("headers"));
    QVERIFY(m_tab->composer()->send());
    const MessageLogModel &model = *m_tab->messageLog()->model();
    int jsonRow = -1;
    QTRY_VERIFY([&] {
        StreamMessage message;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.messageAt(row, &message) && message.direction == MessageDirection::Incoming
                && message.payload.startsWith("{")) {
                jsonRow = row;
                return true;
            }
        }
        return false;
    }());
    MessageLogView *view = m_tab->messageLog()->view();
    view->scrollTo(model.index(jsonRow, 0));
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {},
        view->visualRect(model.index(jsonRow, MessageLogModel::PreviewColumn)).center());
    QCOMPARE(m_tab->messageLog()->detail()->sequence(), model.sequenceAt(jsonRow));
    auto *text =
        m_tab->messageLog()->detail()->findChild<QPlainTextEdit *>(QStringLiteral("bodyText"));
    QTRY_VERIFY2(text->toPlainText().contains(QLatin1String("\n    \"x-test\": \"yes\"")),
                 qPrintable(text->toPlainText()));

    // Disconnect: closed by us with 1000, shown in the state and the info.
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("wsConnectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->session()->state(), WebSocketSession::State::Closed, 10000);
    QTRY_VERIFY2(m_tab->connectionInfo()->closeText().startsWith(QLatin1String("1000")),
                 qPrintable(m_tab->connectionInfo()->closeText()));
    QVERIFY2(stateText().contains(QLatin1String("1000")), qPrintable(stateText()));
    QVERIFY(!m_tab->composer()->send()); // not connected any more
}

// Issue 26, problem 12: before a handshake the header tables say why they are empty.
void tst_WebSocketTab::handshakeTablesSayWhyTheyAreEmpty()
{
    WsConnectionInfo *info = m_tab->connectionInfo();
    const QStringList names{QStringLiteral("wsRequestHeaders"),
                            QStringLiteral("wsResponseHeaders")};
    for (const QString &name : names) {
        auto *empty = info->findChild<QLabel *>(name + QStringLiteral("Empty"));
        QVERIFY2(empty, qPrintable(name));
        QVERIFY(empty->isVisibleTo(info));
        QVERIFY2(empty->text().startsWith(QLatin1String("No handshake yet")),
                 qPrintable(empty->text()));
        QVERIFY(!empty->accessibleName().isEmpty());
        QVERIFY(!info->findChild<QTableView *>(name)->isVisibleTo(info));
    }
    connectTab();
    // After the handshake each side says why it is empty: what Qt sent, what Qt keeps back.
    auto *response = info->findChild<QLabel *>(names.at(1) + QStringLiteral("Empty"));
    QTRY_VERIFY2(response->text().contains(QLatin1String("does not pass on")),
                 qPrintable(response->text()));
    QVERIFY(response->isVisibleTo(info));
    // No header of ours: the request side says what Qt sent instead.
    auto *request = info->findChild<QLabel *>(names.at(0) + QStringLiteral("Empty"));
    QVERIFY(request->isVisibleTo(info));
    QVERIFY2(request->text().contains(QLatin1String("Sec-WebSocket-Key")),
             qPrintable(request->text()));
}

void tst_WebSocketTab::refusedUrlShowsBanner()
{
    auto *url = m_tab->findChild<QLineEdit *>(QStringLiteral("wsUrl"));
    url->setText(QStringLiteral("http://127.0.0.1:1/not-a-websocket"));
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("wsConnectButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_tab->banner()->isVisible());
    QVERIFY2(!m_tab->banner()->message().isEmpty(), "the banner names the problem");
    QCOMPARE(m_tab->session()->state(), WebSocketSession::State::Closed);
}

void tst_WebSocketTab::mainWindowOpensAndClosesWebSocketTabs()
{
    QSettings().clear();
    HttpClient client;
    VariableContext context;
    MainWindow window(&client, &context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("requestTabWidget"));
    auto *newWs = window.findChild<QAction *>(QStringLiteral("actionNewWebSocketTab"));
    auto *send = window.findChild<QAction *>(QStringLiteral("actionSend"));
    QVERIFY(tabs && newWs && send);
    QCOMPARE(newWs->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    const int before = tabs->count();
    newWs->trigger();
    QCOMPARE(tabs->count(), before + 1);
    auto *tab = qobject_cast<WebSocketTab *>(tabs->currentWidget());
    QVERIFY(tab);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("New WebSocket"));
    QVERIFY(!send->isEnabled()); // HTTP-only actions are off on a WebSocket tab
    tab->findChild<QLineEdit *>(QStringLiteral("wsUrl"))->setText(m_servers.wsEcho.toString());
    QVERIFY(tabs->tabText(tabs->currentIndex()).startsWith(QLatin1String("WS 127.0.0.1")));
    tab->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketSession::State::Open, 10000);

    // Side-by-side and word wrap skip it; closing it closes its connection.
    window.setSideBySide(true);
    window.findChild<QAction *>(QStringLiteral("actionWordWrap"))->trigger();
    tabs->setCurrentIndex(0);
    QVERIFY(send->isEnabled());
    QVERIFY(window.closeTab(tabs->count() - 1));
    QCOMPARE(tabs->count(), before);
    window.close();
}

QTEST_MAIN(tst_WebSocketTab)
#include "tst_websockettab.moc"
