// Request tabs in the whole window: the dirty marker, the Discard/Cancel question when a
// changed tab is closed, reopening it, and open tabs (with unsaved edits) surviving a restart.

#include "core/http/httpclient.h"
#include "core/vars/variablecontext.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/sessioncodec.h"
#include "ui/mainwindow/windowstatus.h"
#include "ui/request/requesteditor.h"
#include "ui/socketio/socketiotab.h"
#include "ui/websocket/websockettab.h"
#include "ui/widgets/documenttabs.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace wirescope;

class tst_MainWindowTabs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editingMarksTabDirtyAndUndoingClears();
    void closingDirtyTabAsksCancelKeeps();
    void closingDirtyTabDiscardThenReopen();
    void cleanTabClosesWithoutAsking();
    void openTabsSurviveRestart();
    void sessionCodecRoundTripWithoutSecrets();
    void socketIoTabsSurviveRestartWithoutLiteralAuth();
    void statusBarEnvironmentAndConnectionIndicators();
    void manyTabsStayReadableAndListed();

private:
    QTabWidget *tabs() const
    {
        return m_window->findChild<QTabWidget *>(QStringLiteral("requestTabWidget"));
    }
    QLineEdit *urlEdit() const
    {
        return m_window->currentTab()->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    }
    /// Answers the next modal question with @p button; *asked tells whether one came.
    void answerNextQuestion(QMessageBox::StandardButton button, bool *asked);
    void recreateWindow();

    std::unique_ptr<HttpClient> m_client;
    VariableContext m_context;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindowTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_client = std::make_unique<HttpClient>();
}

void tst_MainWindowTabs::init()
{
    QSettings().clear();
    recreateWindow();
}

void tst_MainWindowTabs::cleanup()
{
    m_window.reset();
}

void tst_MainWindowTabs::recreateWindow()
{
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MainWindowTabs::answerNextQuestion(QMessageBox::StandardButton button, bool *asked)
{
    *asked = false;
    QTimer::singleShot(0, this, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = box->objectName() == QLatin1String("discardChangesDialog");
        box->button(button)->click();
    });
}

void tst_MainWindowTabs::editingMarksTabDirtyAndUndoingClears()
{
    Request request;
    request.url = QStringLiteral("http://127.0.0.1/a");
    RequestTab *tab = m_window->newTab(request);
    const int index = tabs()->currentIndex();
    QVERIFY(!tab->isDirty());
    QCOMPARE(tabs()->tabText(index), QStringLiteral("GET /a"));

    QTest::keyClicks(urlEdit(), QStringLiteral("bc"));
    QVERIFY(tab->isDirty());
    QCOMPARE(tabs()->tabText(index), QStringLiteral("\u2022 GET /abc"));
    QVERIFY(tabs()->tabToolTip(index).contains(QStringLiteral("unsaved")));

    // Back to the opened state: clean again, without any save.
    QTest::keyClick(urlEdit(), Qt::Key_Backspace);
    QTest::keyClick(urlEdit(), Qt::Key_Backspace);
    QVERIFY(!tab->isDirty());
    QCOMPARE(tabs()->tabText(index), QStringLiteral("GET /a"));

    QTest::keyClicks(urlEdit(), QStringLiteral("z"));
    QVERIFY(tab->isDirty());
    tab->markSaved();
    QVERIFY(!tab->isDirty());
    QCOMPARE(tabs()->tabText(index), QStringLiteral("GET /az"));
}

void tst_MainWindowTabs::closingDirtyTabAsksCancelKeeps()
{
    QTest::keyClicks(urlEdit(), QStringLiteral("http://127.0.0.1/keep"));
    QVERIFY(m_window->currentTab()->isDirty());
    bool asked = false;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(asked);
    QCOMPARE(tabs()->count(), 1);
    QCOMPARE(urlEdit()->text(), QStringLiteral("http://127.0.0.1/keep"));
}

void tst_MainWindowTabs::closingDirtyTabDiscardThenReopen()
{
    QTest::keyClicks(urlEdit(), QStringLiteral("http://127.0.0.1/gone"));
    m_window->newTab();
    QCOMPARE(tabs()->count(), 2);
    bool asked = false;
    answerNextQuestion(QMessageBox::Discard, &asked);
    QVERIFY(m_window->closeTab(0));
    QVERIFY(asked);
    QCOMPARE(tabs()->count(), 1);
    QVERIFY(urlEdit()->text().isEmpty());

    QApplication::setActiveWindow(m_window.get()); // the question had the focus
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs()->count(), 2);
    QCOMPARE(urlEdit()->text(), QStringLiteral("http://127.0.0.1/gone"));
}

void tst_MainWindowTabs::cleanTabClosesWithoutAsking()
{
    Request request;
    request.url = QStringLiteral("http://127.0.0.1/clean");
    m_window->newTab(request);
    QCOMPARE(tabs()->count(), 2);
    bool asked = true;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    QVERIFY(m_window->closeTab(1));
    QCOMPARE(tabs()->count(), 1);
    QTest::qWait(10); // let the single-shot run: it must find no question
    QVERIFY(!asked);
}

void tst_MainWindowTabs::openTabsSurviveRestart()
{
    Request first;
    first.method = QStringLiteral("POST");
    first.url = QStringLiteral("http://127.0.0.1/one?x=1");
    first.headers = {KeyValue{QStringLiteral("X-A"), QStringLiteral("1"), true, {}}};
    first.body.kind = BodyKind::Raw;
    first.body.language = RawLanguage::Json;
    first.body.raw = QStringLiteral("{\"a\": 1}");
    m_window->newTab(first);
    Request second;
    second.url = QStringLiteral("http://127.0.0.1/two");
    m_window->newTab(second);
    QTest::keyClicks(urlEdit(), QStringLiteral("/edited"));
    QVERIFY(m_window->currentTab()->isDirty());
    const Request firstShown = m_window->tabAt(1)->editor()->request();
    const Request secondShown = m_window->tabAt(2)->editor()->request();
    // Issue 26, problem 10: a WebSocket tab comes back too (closed, with its URL and messages).
    WebSocketRequest live;
    live.name = QStringLiteral("Chat");
    live.url = QStringLiteral("ws://127.0.0.1:9/chat");
    live.subprotocols = {QStringLiteral("chat.v1")};
    live.savedMessages = {SavedWsMessage{QStringLiteral("hello"), WsPayloadKind::Text,
                                         QByteArrayLiteral("{\"hi\":1}")}};
    m_window->newWebSocketTab()->setRequest(live);
    const WebSocketRequest liveShown = qobject_cast<WebSocketTab *>(tabs()->widget(3))->request();
    tabs()->setCurrentIndex(2);
    m_window->close(); // saves

    recreateWindow();
    QCOMPARE(tabs()->count(), 4);
    QCOMPARE(tabs()->currentIndex(), 2);
    auto *restoredLive = qobject_cast<WebSocketTab *>(tabs()->widget(3));
    QVERIFY(restoredLive);
    QCOMPARE(restoredLive->request(), liveShown);
    QCOMPARE(m_window->tabAt(1)->editor()->request(), firstShown);
    QVERIFY(!m_window->tabAt(1)->isDirty());
    QCOMPARE(m_window->tabAt(2)->editor()->request(), secondShown);
    QVERIFY(m_window->tabAt(2)->isDirty()); // still unsaved after the restart
    QCOMPARE(tabs()->tabText(2), QStringLiteral("\u2022 GET /two/edited"));

    // And Undo by typing brings it back to the state it was opened with.
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(urlEdit(), Qt::Key_Backspace);
    QVERIFY(!m_window->tabAt(2)->isDirty());
}

// Issue 26/29: Socket.IO tabs come back closed with URL, namespace and auth; an auth object
// with a literal token is not written to the settings file (it is a plain file).
void tst_MainWindowTabs::socketIoTabsSurviveRestartWithoutLiteralAuth()
{
    const SocketIoRequest withVariable{QStringLiteral("http://127.0.0.1:9/"),
                                       QStringLiteral("/admin"),
                                       QStringLiteral("{\"token\": \"{{sioToken}}\"}")};
    const SocketIoRequest withLiteral{QStringLiteral("ws://127.0.0.1:9/chat"), QStringLiteral("/"),
                                      QStringLiteral("{\"token\": \"t0p-s3cret\"}")};
    m_window->newSocketIoTab()->setRequest(withVariable);
    m_window->newSocketIoTab()->setRequest(withLiteral);
    const int count = tabs()->count();
    m_window->close(); // saves
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY(written.contains("sioToken"));
    QVERIFY(!written.contains("t0p-s3cret"));

    recreateWindow();
    QCOMPARE(tabs()->count(), count);
    auto *first = qobject_cast<SocketIoTab *>(tabs()->widget(count - 2));
    auto *second = qobject_cast<SocketIoTab *>(tabs()->widget(count - 1));
    QVERIFY(first && second);
    QCOMPARE(first->request(), withVariable);
    QCOMPARE(first->client()->state(), SocketIoClient::State::Closed);
    QCOMPARE(second->request().url, withLiteral.url);
    QCOMPARE(second->request().nsp, withLiteral.nsp);
    QVERIFY(second->request().auth.isEmpty()); // asked again, not kept
    QCOMPARE(tabs()->tabText(count - 1), QStringLiteral("IO 127.0.0.1/chat"));
}

void tst_MainWindowTabs::sessionCodecRoundTripWithoutSecrets()
{
    Request r;
    r.id = QStringLiteral("id1");
    r.name = QStringLiteral("Name");
    r.method = QStringLiteral("PROPFIND");
    r.url = QStringLiteral("http://h/:id?q=1");
    r.queryParams = {
        KeyValue{QStringLiteral("q"), QStringLiteral("1"), true, {}},
        KeyValue{QStringLiteral("off"), QStringLiteral("2"), false, QStringLiteral("d")}};
    r.pathVariables = {KeyValue{QStringLiteral("id"), QStringLiteral("7"), true, {}}};
    r.body.kind = BodyKind::Multipart;
    r.body.multipart = {MultipartPart{QStringLiteral("f"),
                                      {},
                                      true,
                                      QStringLiteral("/tmp/x"),
                                      QStringLiteral("image/png"),
                                      true}};
    r.auth.kind = AuthKind::Basic;
    r.auth.username = QStringLiteral("u");
    r.auth.password = QStringLiteral("secret");
    r.settings.timeoutMs = 1500;
    r.settings.httpVersion = HttpVersionPolicy::Http1Only;
    r.settings.tls.ignoredErrors = {IgnoredTlsError{12, QStringLiteral("ab")}};
    r.settings.tls.caCertificateFiles = {QStringLiteral("/ca.pem")};
    r.settings.tls.clientKeyPassphrase = QStringLiteral("pass");
    r.settings.proxy = ProxySettings{ProxyMode::Socks5, QStringLiteral("p"), 1080,
                                     QStringLiteral("pu"), QStringLiteral("ppw")};
    r.description = QStringLiteral("desc");

    const QJsonObject json = sessioncodec::requestToJson(r);
    QVERIFY(!QJsonDocument(json).toJson().contains("secret"));
    const std::optional<Request> restored = sessioncodec::requestFromJson(json);
    QVERIFY(restored);
    const Request &back = *restored;
    QVERIFY(back.auth.password.isEmpty());
    QVERIFY(back.settings.proxy.password.isEmpty());
    QVERIFY(back.settings.tls.clientKeyPassphrase.isEmpty());
    Request expected = r;
    expected.auth.password.clear();
    expected.settings.proxy.password.clear();
    expected.settings.tls.clientKeyPassphrase.clear();
    QCOMPARE(back, expected);

    // A {{variable}} in a credential's place is not a secret: it comes back.
    r.auth.password = QStringLiteral("{{password}}");
    QCOMPARE(sessioncodec::requestFromJson(sessioncodec::requestToJson(r))->auth.password,
             QStringLiteral("{{password}}"));
    // What this version cannot read is skipped, not turned into a blank request.
    QVERIFY(!sessioncodec::requestFromJson(QJsonObject{
        {QStringLiteral("url"), 5}, {QStringLiteral("method"), QStringLiteral("GET")}}));
}

void tst_MainWindowTabs::statusBarEnvironmentAndConnectionIndicators()
{
    WindowStatus *status = m_window->windowStatus();
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    QVERIFY(combo && combo->isVisible());
    QAbstractItemModelTester tester(combo->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentText(), QStringLiteral("No environment"));
    QVERIFY(status->currentEnvironment().isEmpty());

    QSignalSpy chosen(status, &WindowStatus::environmentChanged);
    status->setEnvironments({QStringLiteral("dev"), QStringLiteral("prod")});
    QCOMPARE(combo->count(), 3);
    QCOMPARE(chosen.count(), 0);
    combo->setCurrentIndex(2);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.last().at(0).toString(), QStringLiteral("prod"));
    // The choice survives a new list that still has it, and falls back when it is gone.
    status->setEnvironments({QStringLiteral("prod"), QStringLiteral("staging")});
    QCOMPARE(status->currentEnvironment(), QStringLiteral("prod"));
    status->setEnvironments({QStringLiteral("dev")});
    QVERIFY(status->currentEnvironment().isEmpty());
    QCOMPARE(chosen.last().at(0).toString(), QString());

    // The indicators follow the current tab's Settings.
    QCOMPARE(status->proxyText(), QStringLiteral("Proxy: system"));
    QCOMPARE(status->tlsText(), QStringLiteral("TLS: verified"));
    auto *insecure =
        m_window->currentTab()->findChild<QCheckBox *>(QStringLiteral("tlsInsecureCheck"));
    insecure->click();
    QCOMPARE(status->tlsText(), QStringLiteral("TLS: NOT VERIFIED"));
    auto *mode = m_window->currentTab()->findChild<QComboBox *>(QStringLiteral("proxyModeCombo"));
    mode->setCurrentIndex(mode->findData(int(ProxyMode::Socks5)));
    QTest::keyClicks(
        m_window->currentTab()->findChild<QLineEdit *>(QStringLiteral("proxyHostEdit")),
        QStringLiteral("127.0.0.1"));
    QCOMPARE(status->proxyText(), QStringLiteral("Proxy: SOCKS5 127.0.0.1:0"));

    Request accepted;
    accepted.settings.tls.ignoredErrors = {IgnoredTlsError{12, {}}};
    accepted.settings.proxy.mode = ProxyMode::None;
    m_window->newTab(accepted);
    QCOMPARE(status->tlsText(), QStringLiteral("TLS: 1 error accepted"));
    QCOMPARE(status->proxyText(), QStringLiteral("Proxy: none"));
    tabs()->setCurrentIndex(0);
    QCOMPARE(status->tlsText(), QStringLiteral("TLS: NOT VERIFIED"));

    // A plain http:// URL uses no TLS at all, whatever the TLS settings say.
    Request plain;
    plain.url = QStringLiteral("http://127.0.0.1:9/");
    m_window->newTab(plain);
    QCOMPARE(status->tlsText(), QStringLiteral("No TLS (plain http)"));
    auto *url = m_window->currentTab()->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://127.0.0.1:9/"));
    QCOMPARE(status->tlsText(), QStringLiteral("TLS: verified"));
    // A scheme that is still an undefined variable claims neither.
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("{{undefinedBase}}/get"));
    QCOMPARE(status->tlsText(),
             QStringLiteral("TLS: unknown until the URL's variables are defined"));
}

// Issue 26, problem 8: with many tabs each title stays readable (the bar scrolls), an `&` in a
// URL is shown as typed, and the open-tabs list reaches every tab.
void tst_MainWindowTabs::manyTabsStayReadableAndListed()
{
    m_window->resize(900, 600);
    for (int i = 0; i < 12; ++i) {
        Request request;
        request.url = QStringLiteral("http://127.0.0.1:9/orders/%1?a=1&b=2").arg(i);
        m_window->newTab(request);
    }
    auto *documentTabs = qobject_cast<DocumentTabs *>(tabs());
    QVERIFY(documentTabs);
    QTabBar *bar = tabs()->tabBar();
    const int last = tabs()->count() - 1;
    QCOMPARE(documentTabs->plainTabText(last), QStringLiteral("GET /orders/11"));
    QTRY_VERIFY(bar->isVisible());
    const int readable = bar->fontMetrics().averageCharWidth() * 12;
    for (int i = 0; i < tabs()->count(); ++i)
        QVERIFY2(
            bar->tabRect(i).width() >= readable,
            qPrintable(QStringLiteral("tab %1 is %2 px wide").arg(i).arg(bar->tabRect(i).width())));
    // A title with an ampersand is shown as typed, not as a mnemonic.
    Request named;
    named.url = QStringLiteral("http://127.0.0.1:9/a&b");
    m_window->newTab(named);
    QCOMPARE(documentTabs->plainTabText(tabs()->count() - 1), QStringLiteral("GET /a&b"));
    QCOMPARE(tabs()->tabText(tabs()->count() - 1), QStringLiteral("GET /a&&b"));

    // The open-tabs list names every tab and jumps to the one chosen.
    QMenu *menu = documentTabs->openTabsButton()->menu();
    QVERIFY(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QCOMPARE(menu->actions().size(), tabs()->count());
    menu->actions().at(3)->trigger();
    QCOMPARE(tabs()->currentIndex(), 3);
}

QTEST_MAIN(tst_MainWindowTabs)
#include "tst_mainwindow_tabs.moc"
