// The Socket.IO tab against the real npm `socket.io` peer (tests/support/node/socketio-server.js),
// offscreen: connect, emit with an acknowledgement (Ctrl+Enter) and without one, the ack and the
// echoed event in the message list; the /admin namespace's refused auth in the banner; bad
// auth and argument JSON named before anything is sent; the window's File menu action.

#include "core/history/historystore.h"
#include "core/http/httpclient.h"
#include "core/socketio/socketiorequest.h"
#include "core/stream/messagelog.h"
#include "core/vars/variablecontext.h"
#include "tests/support/testenv.h"
#include "ui/history/wshistoryrecorder.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/shortcutlist.h"
#include "ui/socketio/socketiotab.h"
#include "ui/stream/messagelogmodel.h"
#include "ui/stream/messagelogpane.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;

namespace {

// Rows of the tab's message list with @p direction whose payload is @p payload.
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

class tst_SocketIoTab final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void connectEmitWithAckAndEcho();
    void refusedAuthInBanner();
    void badAuthAndArgumentsNamed();
    void mainWindowOpensAndClosesSocketIoTabs();
    void sessionRecordedInHistory();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_tab->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QString bannerText() const;

    test::TestServers m_servers;
    SocketIoTab *m_tab = nullptr;
};

void tst_SocketIoTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
    QVERIFY(m_servers.socketio.isValid());
}

void tst_SocketIoTab::init()
{
    m_tab = new SocketIoTab(new SocketIoClient, nullptr);
    m_tab->resize(1000, 700);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
    child<QLineEdit>("sioUrl")->setText(m_servers.socketio.toString());
}

void tst_SocketIoTab::cleanup()
{
    delete m_tab;
    m_tab = nullptr;
}

QString tst_SocketIoTab::bannerText() const
{
    return m_tab->banner()->title() + QLatin1Char('\n') + m_tab->banner()->message()
           + QLatin1Char('\n') + m_tab->banner()->detail();
}

void tst_SocketIoTab::connectEmitWithAckAndEcho()
{
    QVERIFY(!child<QPushButton>("sioSend")->isEnabled()); // nothing to send on yet
    QTest::mouseClick(child<QPushButton>("sioConnectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->client()->state(), SocketIoClient::State::Connected, 10000);
    QVERIFY(child<QLabel>("sioState")->text().startsWith(QLatin1String("Connected (")));
    QCOMPARE(child<QPushButton>("sioConnectButton")->text(), QStringLiteral("Disconnect"));
    QVERIFY(child<QPushButton>("sioSend")->isEnabled());
    QVERIFY(m_tab->banner()->isHidden());

    // With "ack": Ctrl+Enter in the arguments emits; the acknowledgement is in the list and
    // under the composer.
    child<QLineEdit>("sioEvent")->setText(QStringLiteral("echo-ack"));
    auto *args = child<QPlainTextEdit>("sioArgs");
    args->setPlainText(QStringLiteral("[\"hi\", {\"n\": 1}]"));
    child<QCheckBox>("sioAck")->setChecked(true);
    args->setFocus();
    QTest::keyClick(args, Qt::Key_Return, Qt::ControlModifier);
    const MessageLogModel &model = *m_tab->messageLog()->model();
    QTRY_COMPARE_WITH_TIMEOUT(
        countRows(model, MessageDirection::Outgoing, "420[\"echo-ack\",\"hi\",{\"n\":1}]"), 1,
        5000);
    QTRY_COMPARE_WITH_TIMEOUT(countRows(model, MessageDirection::Incoming, "430[\"hi\",{\"n\":1}]"),
                              1, 5000);
    QTRY_COMPARE(m_tab->emitStatus(), QStringLiteral("Acknowledged (id 0): [\"hi\",{\"n\":1}]"));
    QVERIFY(args->toPlainText().contains(QLatin1String("hi"))); // kept for the next emit

    // Without: Send emits "echo" and the server's echo arrives as an event.
    child<QCheckBox>("sioAck")->setChecked(false);
    child<QLineEdit>("sioEvent")->setText(QStringLiteral("echo"));
    args->setPlainText(QStringLiteral("[\"back\", 2]"));
    QTest::mouseClick(child<QPushButton>("sioSend"), Qt::LeftButton);
    QCOMPARE(m_tab->emitStatus(), QStringLiteral("Sent \u201cecho\u201d."));
    QTRY_COMPARE_WITH_TIMEOUT(
        countRows(model, MessageDirection::Incoming, "42[\"echo\",\"back\",2]"), 1, 5000);

    // Disconnect: closed, the fields editable again, Send off.
    QTest::mouseClick(child<QPushButton>("sioConnectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->client()->state(), SocketIoClient::State::Closed, 5000);
    QCOMPARE(child<QLabel>("sioState")->text(), QStringLiteral("Disconnected"));
    QVERIFY(!child<QLineEdit>("sioUrl")->isReadOnly());
    QVERIFY(!child<QPushButton>("sioSend")->isEnabled());
}

void tst_SocketIoTab::refusedAuthInBanner()
{
    child<QLineEdit>("sioNamespace")->setText(QStringLiteral("/admin"));
    child<QLineEdit>("sioAuth")->setText(QStringLiteral("{\"token\": \"wrong\"}"));
    m_tab->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->banner()->isHidden(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->client()->state(), SocketIoClient::State::Closed, 5000);
    const QString text = bannerText();
    QVERIFY2(text.contains(QLatin1String("The server refused the namespace")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("The server refused namespace /admin: not authorized.")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"reason\":\"bad token\"")), qPrintable(text));

    // The right token connects, and the banner goes.
    child<QLineEdit>("sioAuth")->setText(QStringLiteral("{\"token\": \"s3cret\"}"));
    m_tab->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->client()->state(), SocketIoClient::State::Connected, 10000);
    QVERIFY(m_tab->banner()->isHidden());
}

void tst_SocketIoTab::badAuthAndArgumentsNamed()
{
    child<QLineEdit>("sioAuth")->setText(QStringLiteral("{\"token\": }"));
    m_tab->connectToServer();
    QVERIFY(!m_tab->banner()->isHidden());
    QVERIFY2(bannerText().contains(QLatin1String("Auth is not valid JSON: line 1")),
             qPrintable(bannerText()));
    QCOMPARE(m_tab->client()->state(), SocketIoClient::State::Closed);

    child<QLineEdit>("sioAuth")->setText(QStringLiteral("[1]"));
    m_tab->connectToServer();
    QVERIFY2(bannerText().contains(QLatin1String("Auth must be a JSON object")),
             qPrintable(bannerText()));
    QCOMPARE(m_tab->client()->state(), SocketIoClient::State::Closed);

    QVERIFY(!m_tab->emitFromComposer());
    QCOMPARE(m_tab->emitStatus(), QStringLiteral("Type an event name to emit."));
    child<QLineEdit>("sioEvent")->setText(QStringLiteral("echo"));
    child<QPlainTextEdit>("sioArgs")->setPlainText(QStringLiteral("{\"a\": 1}"));
    QVERIFY(!m_tab->emitFromComposer());
    QVERIFY2(m_tab->emitStatus().contains(QLatin1String("must be a JSON array")),
             qPrintable(m_tab->emitStatus()));
    child<QPlainTextEdit>("sioArgs")->setPlainText(QStringLiteral("[1,]"));
    QVERIFY(!m_tab->emitFromComposer());
    QVERIFY2(
        m_tab->emitStatus().startsWith(QLatin1String("The arguments are not valid JSON: line 1")),
        qPrintable(m_tab->emitStatus()));
    child<QPlainTextEdit>("sioArgs")->setPlainText(QStringLiteral("[1]"));
    QVERIFY(!m_tab->emitFromComposer()); // not connected: the client's words
    QVERIFY2(!m_tab->emitStatus().isEmpty(), "no reason shown");
}

void tst_SocketIoTab::mainWindowOpensAndClosesSocketIoTabs()
{
    QSettings().clear();
    HttpClient client;
    VariableContext context;
    MainWindow window(&client, &context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("requestTabWidget"));
    auto *newIo = window.findChild<QAction *>(QStringLiteral("actionNewSocketIoTab"));
    auto *send = window.findChild<QAction *>(QStringLiteral("actionSend"));
    QVERIFY(tabs && newIo && send);
    QCOMPARE(newIo->text().remove(u'&'), QStringLiteral("New Socket.IO Tab"));
    QVERIFY(shortcutTable(window.menuBar(), window.findChildren<QAction *>())
                .contains(QLatin1String("New Socket.IO Tab"))); // F1 lists it
    const int before = tabs->count();
    newIo->trigger();
    QCOMPARE(tabs->count(), before + 1);
    auto *tab = qobject_cast<SocketIoTab *>(tabs->currentWidget());
    QVERIFY(tab);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("New Socket.IO"));
    QVERIFY(!send->isEnabled()); // HTTP-only actions are off on a Socket.IO tab
    for (QWidget *w : tab->findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && w->isVisible()
            && (qobject_cast<QLineEdit *>(w) || qobject_cast<QPushButton *>(w)
                || qobject_cast<QCheckBox *>(w) || qobject_cast<QPlainTextEdit *>(w)))
            QVERIFY2(!w->accessibleName().isEmpty() || qobject_cast<QAbstractButton *>(w),
                     qPrintable(w->objectName()));
    }
    tab->findChild<QLineEdit *>(QStringLiteral("sioUrl"))->setText(m_servers.socketio.toString());
    QVERIFY(tabs->tabText(tabs->currentIndex()).startsWith(QLatin1String("IO 127.0.0.1")));
    tab->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(tab->client()->state(), SocketIoClient::State::Connected, 10000);
    QVERIFY(window.closeTab(tabs->currentIndex())); // closes its connection
    QCOMPARE(tabs->count(), before);
    window.close();
}

// Issue 29: a Socket.IO session goes into the History like a WebSocket one (method "SIO"),
// with the request to reopen (its literal auth object left out) and the messages.
void tst_SocketIoTab::sessionRecordedInHistory()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("history.sqlite"))).ok());
    WebSocketHistoryRecorder recorder(&store, nullptr);
    recorder.attach(m_tab);
    m_tab->setRequest(SocketIoRequest{m_servers.socketio.toString(), QStringLiteral("/admin"),
                                      QStringLiteral("{\"token\": \"s3cret\"}")});
    m_tab->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->client()->state(), SocketIoClient::State::Connected, 10000);
    QCOMPARE(recorder.record(m_tab).method, QStringLiteral("SIO"));
    child<QLineEdit>("sioEvent")->setText(QStringLiteral("echo"));
    child<QPlainTextEdit>("sioArgs")->setPlainText(QStringLiteral("[\"kept in history\"]"));
    QVERIFY(m_tab->emitFromComposer());
    const auto echoed = [this] {
        const MessageLog *log = m_tab->client()->log();
        for (int i = 0; i < log->size(); ++i) {
            if (log->at(i).direction == MessageDirection::Incoming
                && log->at(i).payload.contains("kept in history"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(echoed(), 5000);
    m_tab->disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->client()->state(), SocketIoClient::State::Closed, 5000);
    store.flush();

    const auto recorded = store.search(HistoryQuery{});
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(recorded->first().method, QStringLiteral("SIO"));
    QCOMPARE(recorded->first().status, 101);
    QVERIFY2(recorded->first().url.contains(QLatin1String("/socket.io/")),
             qPrintable(recorded->first().url));
    const Result<HistoryEntry> entry = store.entry(recorded->first().id);
    QVERIFY(entry && entry->isSession());
    QVERIFY(isSocketIoRequestJson(entry->sessionRequest));
    const Result<SocketIoRequest> kept = socketIoRequestFromJson(entry->sessionRequest);
    QVERIFY(kept);
    QCOMPARE(kept->url, m_servers.socketio.toString());
    QCOMPARE(kept->nsp, QStringLiteral("/admin"));
    QVERIFY(kept->auth.isEmpty()); // a literal token is not kept with the request
    QVERIFY2(entry->responseBody.contains("kept in history"), entry->responseBody.constData());
    QCOMPARE(entry->responseBody.count("kept in history"), 2); // emitted and echoed
    // The CONNECT frame carried the literal token: masked in the transcript.
    QVERIFY2(!entry->responseBody.contains("s3cret"),
             entry->responseBody
                 .mid(std::max<qsizetype>(0, entry->responseBody.indexOf("s3cret") - 200), 260)
                 .constData());
    QVERIFY2(entry->responseBody.contains("{\\\"token\\\":\\\"{{redacted}}\\\"}"),
             entry->responseBody.constData());

    // Closing the tab while connected records that session too.
    m_tab->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->client()->state(), SocketIoClient::State::Connected, 10000);
    delete m_tab;
    m_tab = nullptr;
    store.flush();
    const auto after = store.search(HistoryQuery{});
    QVERIFY(after);
    QCOMPARE(after->size(), 2);
}

QTEST_MAIN(tst_SocketIoTab)
#include "tst_socketiotab.moc"
