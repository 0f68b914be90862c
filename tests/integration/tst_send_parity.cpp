// One request, every front end: a request whose auth is "inherit" inside a folder with its own
// header, under a collection with Bearer auth and a header, is sent from a request tab (the
// Send button), from the Runner pane, by `wirescope-cli run` and by `wirescope-cli send --saved`;
// it is copied with Copy as curl, shown by Tools > Generate Code and printed by
// `wirescope-cli codegen`. All of them go through
// the one pipeline, so the server must see the same bytes four times and both curl commands must
// carry the same inherited headers. The server is a raw capture on its own thread (it records each
// request head as it arrived), so the CLI can block on its child process meanwhile.

#include "clirunner.h"
#include "core/http/httpclient.h"
#include "core/runner/collectionrunner.h"
#include "core/secrets/secretstore.h"
#include "core/store/collectionfiles.h"
#include "tests/ui/scripteddialogs.h"
#include "ui/collections/collectiondocument.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/runner/runnerpane.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace wirescope;

namespace {

/// Records the head of every request it receives and answers 200 "ok", on its own thread.
class RawCapture final : public QObject
{
public:
    RawCapture()
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~RawCapture() override
    {
        QMetaObject::invokeMethod(
            this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    QList<QByteArray> heads() const
    {
        QMutexLocker lock(&m_mutex);
        return m_heads;
    }

private:
    void listen()
    {
        m_server = new QTcpServer;
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            socket->setProperty("buffer", buffer);
            return;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_heads.append(buffer.left(end + 4));
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                      "Connection: close\r\n\r\nok");
        socket->disconnectFromHost();
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<QByteArray> m_heads;
};

/// The lines of a curl command that set headers (-H '...'), in order.
QStringList curlHeaders(const QString &command)
{
    static const QRegularExpression header(QStringLiteral("-H '([^']*)'"));
    QStringList out;
    for (auto it = header.globalMatch(command); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

} // namespace

class tst_SendParity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFrontEndSendsTheSameRequest();
    void cleanupTestCase();

private:
    QByteArray sendFromTab(RequestTab *tab);
    QByteArray runFromPane();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RawCapture> m_server;
    std::unique_ptr<HttpClient> m_client;
    VariableContext m_context;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WorkspaceController> m_workspace;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    WorkspaceBinder *m_binder = nullptr;
    QString m_collectionDir;
    QString m_itemId;
};

void tst_SendParity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<RawCapture>();
    QVERIFY(m_server->port() > 0);

    // The token is a {{variable}} so the collection file holds it (a typed token would go to
    // the keychain, which the CLI and the window here do not share).
    HttpItem item;
    item.request.id = m_itemId = newItemId();
    item.request.name = QStringLiteral("Inherits");
    item.request.method = QStringLiteral("GET");
    item.request.url = QStringLiteral("http://127.0.0.1:%1/parity?q=1").arg(m_server->port());
    item.request.auth.kind = AuthKind::Inherit;
    item.request.headers = {KeyValue{QStringLiteral("X-Own"), QStringLiteral("r"), true, {}}};
    Folder folder;
    folder.id = newItemId();
    folder.name = QStringLiteral("Folder");
    folder.auth.kind = AuthKind::Inherit;
    folder.headers = {KeyValue{QStringLiteral("X-Folder"), QStringLiteral("f"), true, {}}};
    folder.children.push_back(CollectionItem{item});
    Collection collection;
    collection.id = newItemId();
    collection.name = QStringLiteral("Parity");
    collection.auth.kind = AuthKind::Bearer;
    collection.auth.token = QStringLiteral("{{token}}");
    collection.headers = {KeyValue{QStringLiteral("X-Collection"), QStringLiteral("c"), true, {}}};
    collection.variables = {
        Variable{QStringLiteral("token"), QStringLiteral("tok-parity"), true, false, {}}};
    collection.items.push_back(CollectionItem{folder});
    m_collectionDir = m_dir->filePath(QStringLiteral("Parity"));
    const auto saved = store::saveCollectionDirectory(m_collectionDir, collection, {});
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

    m_client = std::make_unique<HttpClient>();
    m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::SessionOnly);
    m_workspace = std::make_unique<WorkspaceController>(
        m_dir->filePath(QStringLiteral("config")), m_dir->filePath(QStringLiteral("collections")),
        m_secrets.get());
    m_workspace->load();
    const auto opened = m_workspace->open(m_collectionDir);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context, &m_dialogs);
    m_binder =
        new WorkspaceBinder(m_window.get(), m_workspace.get(), nullptr, m_client.get(), &m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SendParity::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
    m_secrets.reset();
    m_client.reset();
    m_server.reset();
}

QByteArray tst_SendParity::sendFromTab(RequestTab *tab)
{
    const qsizetype before = m_server->heads().size();
    auto *send = tab->findChild<QPushButton *>(QStringLiteral("sendButton"));
    if (!send)
        return {};
    QSignalSpy finished(tab, &RequestTab::exchangeFinished);
    QTest::mouseClick(send, Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(15000))
        return {};
    const QList<QByteArray> heads = m_server->heads();
    return heads.size() == before + 1 ? heads.last() : QByteArray();
}

QByteArray tst_SendParity::runFromPane()
{
    const qsizetype before = m_server->heads().size();
    RunnerPane *pane = m_binder->runnerPane();
    auto *collection = pane->findChild<QComboBox *>(QStringLiteral("runnerCollection"));
    if (!collection || collection->findText(QStringLiteral("Parity")) < 0)
        return {};
    collection->setCurrentIndex(collection->findText(QStringLiteral("Parity")));
    QSignalSpy finished(pane, &RunnerPane::runFinished);
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("runnerRun")), Qt::LeftButton);
    if (!finished.wait(15000) || !finished.first().first().value<RunSummary>().passed())
        return {};
    const QList<QByteArray> heads = m_server->heads();
    return heads.size() == before + 1 ? heads.last() : QByteArray();
}

void tst_SendParity::everyFrontEndSendsTheSameRequest()
{
    // The first load also opens the Getting started sample; take ours.
    CollectionDocument *document = nullptr;
    for (CollectionDocument *d : m_workspace->documents()) {
        if (d->collection().name == QLatin1String("Parity"))
            document = d;
    }
    QVERIFY(document);
    RequestTab *tab = m_binder->openItem(document, m_itemId);
    QVERIFY(tab);

    const QByteArray fromTab = sendFromTab(tab);
    QVERIFY2(!fromTab.isEmpty(), "the tab's Send did not reach the server once");
    // What the request inherits, on the wire (the tab is the reference for the rest).
    QVERIFY2(fromTab.contains("\r\nAuthorization: Bearer tok-parity\r\n"), fromTab.constData());
    QVERIFY2(fromTab.contains("\r\nX-Collection: c\r\n"), fromTab.constData());
    QVERIFY2(fromTab.contains("\r\nX-Folder: f\r\n"), fromTab.constData());
    QVERIFY2(fromTab.contains("\r\nX-Own: r\r\n"), fromTab.constData());

    const QByteArray fromPane = runFromPane();
    QCOMPARE(fromPane, fromTab);

    const test::CliResult run = test::runCli({QStringLiteral("run"), m_collectionDir});
    QVERIFY2(run.exitCode == 0, qPrintable(test::describe(run)));
    QCOMPARE(m_server->heads().size(), 3);
    QCOMPARE(m_server->heads().last(), fromTab);

    QString requestFile;
    for (QDirIterator it(m_collectionDir, {QStringLiteral("*.request.json")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        requestFile = it.next();
    QVERIFY(!requestFile.isEmpty());
    const test::CliResult sent =
        test::runCli({QStringLiteral("send"), QStringLiteral("--saved"), requestFile});
    QVERIFY2(sent.exitCode == 0, qPrintable(test::describe(sent)));
    QCOMPARE(m_server->heads().size(), 4);
    QCOMPARE(m_server->heads().last(), fromTab);

    // Copy as curl (the window's action) and wirescope-cli codegen of the saved file.
    QApplication::clipboard()->clear();
    auto *copy = m_window->findChild<QAction *>(QStringLiteral("actionCopyCurl"));
    QVERIFY(copy);
    copy->trigger();
    const QString copied = QApplication::clipboard()->text();
    QString generated;
    m_dialogs.answerDialog([&generated](QDialog *dialog) {
        if (auto *code = dialog->findChild<QPlainTextEdit *>(QStringLiteral("codeText")))
            generated = code->toPlainText();
        return int(QDialog::Rejected);
    });
    m_window->findChild<QAction *>(QStringLiteral("actionGenerateCode"))->trigger();
    QVERIFY2(generated.startsWith(QLatin1String("curl")), qPrintable(generated));
    const test::CliResult codegen = test::runCli(
        {QStringLiteral("codegen"), requestFile, QStringLiteral("--lang"), QStringLiteral("curl"),
         QStringLiteral("--var"), QStringLiteral("token=tok-parity")});
    QVERIFY2(codegen.exitCode == 0, qPrintable(test::describe(codegen)));

    const QStringList expected{QStringLiteral("X-Collection: c"), QStringLiteral("X-Folder: f"),
                               QStringLiteral("X-Own: r"),
                               QStringLiteral("Authorization: Bearer tok-parity")};
    for (const QString &header : expected) {
        QVERIFY2(curlHeaders(copied).contains(header),
                 qPrintable(header + QStringLiteral(" in ") + copied));
        QVERIFY2(curlHeaders(codegen.outText()).contains(header),
                 qPrintable(header + QStringLiteral(" in ") + codegen.outText()));
    }
    QCOMPARE(curlHeaders(codegen.outText()), curlHeaders(copied));
    QCOMPARE(curlHeaders(generated), curlHeaders(copied));
}

QTEST_MAIN(tst_SendParity)
#include "tst_send_parity.moc"
