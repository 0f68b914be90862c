// The whole window against a real peer: type httpbin's /get?x=1 into the URL bar, press
// Ctrl+Enter, and see the status badge and the body; cancel a slow request with Esc; tabs.

#include "core/http/httpclient.h"
#include "core/vars/variablecontext.h"
#include "tests/support/testenv.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/windowstatus.h"
#include "ui/request/multiparteditor.h"
#include "ui/request/requesteditor.h"
#include "ui/response/bodyview.h"
#include "ui/response/responseview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace wirescope;

class tst_MainWindowSend final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlEnterSendsAndShowsResponse();
    void escCancelsSlowRequest();
    void acceptSelfSignedCertificateForThisRequest();
    void tabsOpenCloseReopen();
    void layoutPersists();
    void httpProxyFromSettingsTab();
    void multipartBodyReachesHttpbin();

private:
    QLineEdit *urlEdit() const;
    QLabel *badge() const;
    QPlainTextEdit *bodyText() const;
    void typeUrlAndSend(const QString &url);

    test::TestServers m_servers;
    std::unique_ptr<HttpClient> m_client;
    VariableContext m_context;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindowSend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QSettings().clear();                      // start from the default layout
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
    m_client = std::make_unique<HttpClient>();
}

void tst_MainWindowSend::init()
{
    QSettings().clear(); // no tabs restored from the previous test's window
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MainWindowSend::cleanup()
{
    m_window.reset();
}

QLineEdit *tst_MainWindowSend::urlEdit() const
{
    return m_window->currentTab()->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
}

QLabel *tst_MainWindowSend::badge() const
{
    return m_window->currentTab()->findChild<QLabel *>(QStringLiteral("statusBadge"));
}

QPlainTextEdit *tst_MainWindowSend::bodyText() const
{
    return m_window->currentTab()->findChild<QPlainTextEdit *>(QStringLiteral("bodyText"));
}

void tst_MainWindowSend::typeUrlAndSend(const QString &url)
{
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier); // focus the URL bar
    QTRY_COMPARE(QApplication::focusWidget(), urlEdit());
    QTest::keyClicks(urlEdit(), url);
    QCOMPARE(urlEdit()->text(), url);
    QTest::keyClick(urlEdit(), Qt::Key_Return, Qt::ControlModifier);
}

void tst_MainWindowSend::ctrlEnterSendsAndShowsResponse()
{
    QUrl url = m_servers.httpbin;
    url.setPath(QStringLiteral("/get"));
    url.setQuery(QStringLiteral("x=1"));
    typeUrlAndSend(url.toString());
    QVERIFY(m_window->currentTab()->isRunning());

    QTRY_COMPARE_WITH_TIMEOUT(badge()->text(), QStringLiteral("200"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(bodyText()->toPlainText().contains(QStringLiteral("\"x\": \"1\"")),
                             10000);
    QVERIFY(!m_window->currentTab()->isRunning());
    QCOMPARE(m_window->currentTab()->findChild<QLabel *>(QStringLiteral("statusReason"))->text(),
             QStringLiteral("OK"));
    // The params table followed the typed URL, and the tab is named after the request (marked
    // as changed: nothing was saved).
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("requestTabWidget"));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("\u2022 GET /get"));
}

void tst_MainWindowSend::escCancelsSlowRequest()
{
    QUrl url = m_servers.httpbin;
    url.setPath(QStringLiteral("/delay/5"));
    typeUrlAndSend(url.toString());
    QVERIFY(m_window->currentTab()->isRunning());
    auto *cancel = m_window->findChild<QAction *>(QStringLiteral("actionCancel"));
    QVERIFY(cancel->isEnabled());
    QTest::keyClick(urlEdit(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(badge()->text(), QStringLiteral("Cancelled"), 3000);
    QVERIFY(!m_window->currentTab()->isRunning());
    QVERIFY(!cancel->isEnabled()); // Esc goes back to the widgets
}

void tst_MainWindowSend::acceptSelfSignedCertificateForThisRequest()
{
    QUrl url = m_servers.nginxSelfSigned;
    url.setPath(QStringLiteral("/small.txt"));
    typeUrlAndSend(url.toString());
    QTRY_COMPARE_WITH_TIMEOUT(badge()->text(), QStringLiteral("Failed"), 10000);
    RequestTab *tab = m_window->currentTab();
    auto *banner = tab->findChild<QWidget *>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    auto *responseTabs = tab->findChild<QTabWidget *>(QStringLiteral("responseTabs"));
    QCOMPARE(responseTabs->currentWidget()->objectName(), QStringLiteral("tlsView"));
    // The status bar says so too, never "verified" beside a failed verification.
    QCOMPARE(m_window->windowStatus()->tlsText(), QStringLiteral("TLS: verification failed"));

    // One click trusts that error for that certificate in this request only, and resends.
    auto *accept = tab->findChild<QPushButton *>(QStringLiteral("acceptTlsError_0"));
    QVERIFY(accept);
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(badge()->text(), QStringLiteral("200"), 10000);
    QVERIFY(banner->isHidden());
    const auto ignored = tab->editor()->request().settings.tls.ignoredErrors;
    QCOMPARE(ignored.size(), 1);
    QVERIFY(!ignored.first().certificateSha256.isEmpty());
    QVERIFY(!tab->editor()->request().settings.tls.insecure);
    QTRY_VERIFY(tab->findChild<QLabel *>(QStringLiteral("tlsVerification"))
                    ->text()
                    .startsWith(QStringLiteral("Accepted")));
    QCOMPARE(m_window->windowStatus()->tlsText(), QStringLiteral("TLS: 1 error accepted"));

    // Another tab does not inherit the trust.
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    typeUrlAndSend(url.toString());
    QTRY_COMPARE_WITH_TIMEOUT(badge()->text(), QStringLiteral("Failed"), 10000);
}

void tst_MainWindowSend::tabsOpenCloseReopen()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("requestTabWidget"));
    QCOMPARE(tabs->count(), 1);
    QTest::keyClicks(urlEdit(), QStringLiteral("http://example.invalid/first"));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QTRY_COMPARE(QApplication::focusWidget(), urlEdit()); // a new tab starts in its URL bar
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 1);
    // The first tab has unsaved changes: it asks, and Discard closes it.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 1); // closing the last tab leaves a fresh one
    QVERIFY(urlEdit()->text().isEmpty());
    QApplication::setActiveWindow(m_window.get()); // the question had the focus
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(urlEdit()->text(), QStringLiteral("http://example.invalid/first"));
}

void tst_MainWindowSend::layoutPersists()
{
    m_window->setSideBySide(true);
    QCOMPARE(m_window->currentTab()->splitter()->orientation(), Qt::Horizontal);
    m_window->close(); // saves
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context);
    QVERIFY(m_window->isSideBySide());
    QCOMPARE(m_window->currentTab()->splitter()->orientation(), Qt::Horizontal);
    m_window->setSideBySide(false);
    m_window->close();
}

void tst_MainWindowSend::httpProxyFromSettingsTab()
{
    // The Settings tab's proxy is used: tinyproxy adds its Via header, which httpbin echoes
    // (with show_env; otherwise it hides proxy headers).
    RequestTab *tab = m_window->currentTab();
    auto *mode = tab->findChild<QComboBox *>(QStringLiteral("proxyModeCombo"));
    mode->setCurrentIndex(mode->findData(int(ProxyMode::Http)));
    QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("proxyHostEdit")),
                     m_servers.httpProxyHost);
    tab->findChild<QSpinBox *>(QStringLiteral("proxyPortSpin"))->setValue(m_servers.httpProxyPort);
    QUrl url = m_servers.httpbin;
    url.setPath(QStringLiteral("/headers"));
    url.setQuery(QStringLiteral("show_env=1"));
    typeUrlAndSend(url.toString());
    QTRY_COMPARE_WITH_TIMEOUT(badge()->text(), QStringLiteral("200"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(bodyText()->toPlainText().contains(QStringLiteral("tinyproxy")),
                             10000);

    // Back to no proxy: the same request no longer passes tinyproxy.
    mode->setCurrentIndex(mode->findData(int(ProxyMode::None)));
    QTest::keyClick(urlEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentTab()->isRunning(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(badge()->text(), QStringLiteral("200"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(bodyText()->toPlainText().contains(QStringLiteral("\"Host\"")), 10000);
    QVERIFY(!bodyText()->toPlainText().contains(QStringLiteral("tinyproxy")));
}

void tst_MainWindowSend::multipartBodyReachesHttpbin()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("file contents 42");
    file.close();

    RequestTab *tab = m_window->currentTab();
    Request request;
    request.method = QStringLiteral("POST");
    QUrl url = m_servers.httpbin;
    url.setPath(QStringLiteral("/post"));
    request.url = url.toString();
    tab->setRequest(request);
    tab->findChild<QRadioButton *>(QStringLiteral("bodyMultipart"))->click();
    auto *editor = tab->findChild<MultipartEditor *>(QStringLiteral("multipartEditor"));
    auto *table = editor->findChild<QTableWidget *>(QStringLiteral("multipartTable"));
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addTextPartButton")),
                      Qt::LeftButton);
    table->item(0, MultipartEditor::NameColumn)->setText(QStringLiteral("greeting"));
    table->item(0, MultipartEditor::ValueColumn)->setText(QStringLiteral("hello"));
    editor->addFilePart(file.fileName());
    QVERIFY(tab->isDirty());
    tab->send();
    QTRY_COMPARE_WITH_TIMEOUT(badge()->text(), QStringLiteral("200"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentTab()->responseView()->bodyView()->isBusy(), 10000);
    const QString echoed = bodyText()->toPlainText();
    QVERIFY2(echoed.contains(QStringLiteral("\"greeting\": \"hello\"")), qPrintable(echoed));
    QVERIFY2(echoed.contains(QStringLiteral("\"notes\": \"file contents 42\"")),
             qPrintable(echoed));
    QVERIFY(echoed.contains(QStringLiteral("multipart/form-data; boundary=")));
}

QTEST_MAIN(tst_MainWindowSend)
#include "tst_mainwindow_send.moc"
