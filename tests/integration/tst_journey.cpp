// Issue 26: a new user's day, end to end, in order. The whole MainWindow on a scratch profile
// (WorkspaceWindow: the real workspace, binder and window, every dialog answered through the
// ScriptedDialogs seam), driven with keys and clicks: first start, compose and send, save into
// a chosen folder, rename then save, an environment with a secret, import with its report, the
// Runner, History, a WebSocket echo, then quit and start again on the same profile. Every step
// checks what the user would see, and the files on disk where it matters. The slots run in
// declaration order and build on each other; the demo server starts on demand ({{demo}}).

#include "core/history/historystore.h"
#include "core/model/exchange.h"
#include "core/runner/collectionrunner.h"
#include "core/stream/messagelog.h"
#include "core/websocket/websocketsession.h"
#include "tests/support/testenv.h"
#include "tests/ui/scripteddialogs.h"
#include "tests/ui/workspacewindow.h"
#include "ui/collections/collectiondocument.h"
#include "ui/collections/collectionspane.h"
#include "ui/dialogs/importdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/windowstatus.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/request/requesteditor.h"
#include "ui/response/responseview.h"
#include "ui/runner/runnerpane.h"
#include "ui/websocket/websockettab.h"
#include "ui/websocket/wscomposer.h"
#include "ui/widgets/messagebanner.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace wirescope;

namespace {

const QString s_savedName = QStringLiteral("Journey query");
const QString s_renamed = QStringLiteral("Journey renamed");
const QString s_folder = QStringLiteral("1 Basics");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first index under the tree's model whose text is @p name (folders searched too).
QModelIndex findInTree(QTreeView *tree, const QString &name)
{
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace

class tst_Journey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstStartShowsTheSample();
    void composeAndSend();
    void saveIntoAChosenFolder();
    void renameThenSave();
    void environmentWithASecret();
    void importShowsItsReport();
    void runnerRunsTheSample();
    void historyReopensASend();
    void webSocketEcho();
    void quitAndRestartRestoresTabs();

private:
    MainWindow *window() const { return m_app->window(); }
    CollectionDocument *sample() const;
    QTreeView *tree() const { return m_app->binder()->collectionsPane()->treeView(); }
    /// Presses Ctrl+Enter in the current tab and returns what came back.
    Exchange sendWithKeys();
    void checkDialogs();
    /// The seam shows a dialog without exec(); when it closes, the offscreen platform leaves
    /// no window active, where a desktop gives the activation back to the main window (and
    /// with it the window's shortcuts). Does what the desktop does.
    void backToWindow();

    QTemporaryDir m_home;
    std::unique_ptr<WorkspaceWindow> m_app;
    QString m_savedFile;   // the request saved in step 3, on disk
    QString m_savedId;     // its item id
    QByteArray m_sentBody; // the first response, as History must give it back
    QString m_echoUrl;
};

void tst_Journey::initTestCase()
{
    QVERIFY(m_home.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // a scratch profile: no tabs, no layout from an earlier run
    m_app = std::make_unique<WorkspaceWindow>(m_home.path());
    QVERIFY(m_app->start());
    QVERIFY(QTest::qWaitForWindowActive(window()));
}

void tst_Journey::cleanupTestCase()
{
    if (m_app && m_app->window())
        checkDialogs();
    m_app.reset();
}

void tst_Journey::checkDialogs()
{
    QVERIFY2(m_app->dialogs()->unanswered().isEmpty(),
             qPrintable(m_app->dialogs()->unanswered().join(u'\n')));
    QCOMPARE(m_app->dialogs()->pendingAnswers(), 0);
}

void tst_Journey::backToWindow()
{
    QCoreApplication::processEvents(); // the dialog's deactivation
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
}

CollectionDocument *tst_Journey::sample() const
{
    for (CollectionDocument *d : m_app->workspace()->documents()) {
        if (d->collection().name == QLatin1String("Getting started"))
            return d;
    }
    return nullptr;
}

Exchange tst_Journey::sendWithKeys()
{
    RequestTab *tab = window()->currentTab();
    if (!tab)
        return {};
    QSignalSpy finished(tab, &RequestTab::exchangeFinished);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window(),
                    Qt::Key_Return, Qt::ControlModifier);
    if (finished.isEmpty() && !finished.wait(15000)) {
        qWarning("no answer; the URL line says: %s", qPrintable(tab->editor()->urlError()));
        return {};
    }
    return finished.first().first().value<Exchange>();
}

// 1. A first start: the Getting started collection is in the sidebar, with its folders.
void tst_Journey::firstStartShowsTheSample()
{
    QVERIFY(sample());
    QVERIFY(m_app->binder()->collectionsPane()->documents().contains(sample()));
    QTRY_VERIFY(tree()->model() && tree()->model()->rowCount() > 0);
    QVERIFY2(findInTree(tree(), s_folder).isValid(), "the sample's folders are in the tree");
    QVERIFY(findInTree(tree(), QStringLiteral("GET with query parameters")).isValid());
    QVERIFY(!m_app->workspace()->demoServerRunning()); // nothing asked for it yet
}

// 2. Ctrl+T, type a URL with a query, Ctrl+Enter: 200 in the status badge.
void tst_Journey::composeAndSend()
{
    const int before = window()->tabCount();
    QTest::keyClick(window(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(window()->tabCount(), before + 1);
    RequestTab *tab = window()->currentTab();
    QVERIFY(tab);
    auto *url = tab->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QVERIFY(url);
    QTRY_COMPARE(QApplication::focusWidget(), url); // the new tab puts the cursor in the URL
    QTest::keyClicks(url, QStringLiteral("{{demo}}/get?journey=day1"));

    const Exchange exchange = sendWithKeys();
    QVERIFY2(!exchange.error, qPrintable(exchange.error ? exchange.error->message : QString()));
    QVERIFY(exchange.response);
    QCOMPARE(exchange.response->status, 200);
    m_sentBody = exchange.response->body.read(1 << 20);
    QVERIFY2(m_sentBody.contains("day1"), m_sentBody.constData());
    QVERIFY2(m_app->workspace()->demoServerRunning(), "{{demo}} started the demo server");
    QVERIFY2(exchange.sent.url.startsWith(m_app->workspace()->demoServerUrl()),
             qPrintable(exchange.sent.url));
    auto *badge = tab->responseView()->findChild<QLabel *>(QStringLiteral("statusBadge"));
    QVERIFY(badge);
    QTRY_VERIFY2(badge->isVisible() && badge->text().contains(QLatin1String("200")),
                 qPrintable(badge->text()));
}

// 3. Ctrl+S asks for a name and a folder (the Save Request dialog); the file is in that folder.
void tst_Journey::saveIntoAChosenFolder()
{
    RequestTab *tab = window()->currentTab();
    QVERIFY(tab && !tab->document());
    QString problem = QStringLiteral("the Save Request dialog was not shown");
    m_app->dialogs()->answerDialog([&](QDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("saveRequestName"));
        auto *collection = dialog->findChild<QComboBox *>(QStringLiteral("saveRequestCollection"));
        auto *folders = dialog->findChild<QTreeWidget *>(QStringLiteral("saveRequestFolder"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!name || !collection || !folders || !buttons) {
            problem = QStringLiteral("not the save dialog: ") + dialog->objectName();
            return int(QDialog::Rejected);
        }
        if (collection->currentText() != QLatin1String("Getting started")) {
            problem = QStringLiteral("offered the collection ") + collection->currentText();
            return int(QDialog::Rejected);
        }
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, s_savedName);
        const QList<QTreeWidgetItem *> found =
            folders->findItems(s_folder, Qt::MatchExactly | Qt::MatchRecursive);
        if (found.size() != 1) {
            problem = QStringLiteral("the folder was not offered");
            return int(QDialog::Rejected);
        }
        folders->setCurrentItem(found.first());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        problem.clear();
        return dialog->result();
    });
    QTest::keyClick(window(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    checkDialogs();
    backToWindow();

    QCOMPARE(tab->document(), sample());
    QVERIFY(!tab->isDirty());
    QCOMPARE(tab->title(), s_savedName);
    m_savedId = tab->itemId();
    m_savedFile = QDir(sample()->directory())
                      .filePath(s_folder + u'/' + s_savedName + QStringLiteral(".request.json"));
    QVERIFY2(QFile::exists(m_savedFile), qPrintable(m_savedFile));
    QVERIFY2(readFile(m_savedFile).contains("journey=day1"), readFile(m_savedFile).constData());
    // The sidebar shows it under the chosen folder.
    const QModelIndex item = findInTree(tree(), s_savedName);
    QVERIFY(item.isValid());
    QCOMPARE(item.parent().data().toString(), s_folder);
}

// 4. F2 in the sidebar renames the item; an edit of the tab then Ctrl+S writes the new name
// with the edit, and the old file is gone.
void tst_Journey::renameThenSave()
{
    QVERIFY(!m_savedId.isEmpty());
    RequestTab *tab = window()->currentTab();
    QVERIFY(tab);
    CollectionsPane *pane = m_app->binder()->collectionsPane();
    tree()->setFocus();
    pane->selectId(m_savedId);
    QCOMPARE(tree()->currentIndex().data().toString(), s_savedName);
    QTest::keyClick(tree(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "F2 opened no editor");
    editor->selectAll();
    QTest::keyClicks(editor, s_renamed);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), tree());
    const QString renamedFile =
        QDir(sample()->directory())
            .filePath(s_folder + u'/' + s_renamed + QStringLiteral(".request.json"));
    QTRY_VERIFY2(QFile::exists(renamedFile), qPrintable(renamedFile));
    QVERIFY2(!QFile::exists(m_savedFile), qPrintable(m_savedFile));
    QTRY_COMPARE(tab->title(), s_renamed); // the open tab follows the rename

    // Edit the URL in the tab, then Ctrl+S: no dialog this time, the same file.
    window()->setFocus();
    auto *url = tab->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QVERIFY(url);
    url->setFocus();
    url->end(false);
    QTest::keyClicks(url, QStringLiteral("&edited=yes"));
    QVERIFY(tab->isDirty());
    QTest::keyClick(url, Qt::Key_S, Qt::ControlModifier);
    checkDialogs();
    QVERIFY(!tab->isDirty());
    const QByteArray saved = readFile(renamedFile);
    QVERIFY2(saved.contains("edited=yes"), saved.constData());
    QVERIFY2(saved.contains(s_renamed.toUtf8()), saved.constData());
    QVERIFY2(!QFile::exists(m_savedFile), "Save brought the old name back");
    m_savedFile = renamedFile;
}

// 5. Ctrl+E: a new environment with a secret variable; picked in the status bar, a request
// using {{apiKey}} sends its value.
void tst_Journey::environmentWithASecret()
{
    m_app->binder()->collectionsPane()->setCurrentDocument(sample());
    QString problem = QStringLiteral("the environment editor was not shown");
    QString environment;
    m_app->dialogs()->answerDialog([&](QDialog *dialog) {
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addEnvironment"));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("environmentList"));
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("variablesTable"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!add || !list || !table || !buttons) {
            problem = QStringLiteral("not the environment editor: ") + dialog->objectName();
            return int(QDialog::Rejected);
        }
        QTest::mouseClick(add, Qt::LeftButton);
        environment = list->currentItem() ? list->currentItem()->text() : QString();
        QAbstractItemModel *model = table->model();
        const int row = model->rowCount() - 1; // the "add" row
        model->setData(model->index(row, 1), QStringLiteral("apiKey"));
        model->setData(model->index(row, 2), QStringLiteral("s3cret-journey"));
        if (!model->setData(model->index(row, 3), Qt::Checked, Qt::CheckStateRole)) {
            problem = QStringLiteral("the variable could not be marked secret");
            return int(QDialog::Rejected);
        }
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        problem.clear();
        return dialog->result();
    });
    QTest::keyClick(window(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    checkDialogs();
    backToWindow();
    QVERIFY(!environment.isEmpty());
    QVERIFY(environment != QLatin1String("Collection variables"));

    window()->windowStatus()->setCurrentEnvironment(environment);
    QCOMPARE(m_app->workspace()->activeEnvironment(sample()), environment);
    QCOMPARE(m_app->context().lookup(QStringLiteral("apiKey")).value_or(ResolvedVariable{}).value,
             QStringLiteral("s3cret-journey"));
    // The secret's value is not written into the collection's files.
    QDirIterator files(sample()->directory(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QVERIFY2(!readFile(path).contains("s3cret-journey"), qPrintable(path));
    }

    QTest::keyClick(window(), Qt::Key_T, Qt::ControlModifier);
    RequestTab *tab = window()->currentTab();
    auto *url = tab->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), url);
    QTest::keyClicks(url, QStringLiteral("{{demo}}/get?key={{apiKey}}"));
    const Exchange exchange = sendWithKeys();
    QVERIFY(exchange.response);
    QCOMPARE(exchange.response->status, 200);
    QVERIFY2(exchange.sent.url.contains(QLatin1String("key=s3cret-journey")),
             qPrintable(exchange.sent.url));
    const QByteArray body = exchange.response->body.read(1 << 20);
    QVERIFY2(body.contains("s3cret-journey"), body.constData());
}

// 6. Ctrl+I: the import dialog, a Postman file from the corpus, its report, Save and Open.
void tst_Journey::importShowsItsReport()
{
    const QString source =
        test::sourceDataDir() + QStringLiteral("/corpus/postman-complex-v2_1-input.json");
    QString problem = QStringLiteral("the import dialog was not shown");
    QString report;
    m_app->dialogs()->answerDialog([&](QDialog *dialog) {
        auto *import = qobject_cast<ImportDialog *>(dialog);
        auto *browse = dialog->findChild<QPushButton *>(QStringLiteral("importBrowse"));
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("importRun"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("importSave"));
        auto *shown = dialog->findChild<QPlainTextEdit *>(QStringLiteral("importReport"));
        if (!import || !browse || !run || !save || !shown) {
            problem = QStringLiteral("not the import dialog: ") + dialog->objectName();
            return int(QDialog::Rejected);
        }
        QTest::mouseClick(browse, Qt::LeftButton); // the file chooser, answered below
        QSignalSpy finished(import, &ImportDialog::importFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        if (!finished.wait(10000) || !finished.first().first().toBool()) {
            problem = QStringLiteral("the import did not succeed");
            return int(QDialog::Rejected);
        }
        report = shown->isVisible() ? shown->toPlainText() : QString();
        QTest::mouseClick(save, Qt::LeftButton);
        problem.clear();
        return dialog->result();
    });
    m_app->dialogs()->answerFile(source);
    QTest::keyClick(window(), Qt::Key_I, Qt::ControlModifier);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    checkDialogs();
    backToWindow();
    // The report tells what did not come over as it was.
    QVERIFY2(report.contains(QLatin1String("body mode 'unknown' is not supported")),
             qPrintable(report));
    CollectionDocument *imported = nullptr;
    for (CollectionDocument *d : m_app->workspace()->documents()) {
        if (d->collection().name == QLatin1String("Complex Test Collection"))
            imported = d;
    }
    QVERIFY(imported);
    QCOMPARE(countRequests(imported->collection().items), 6);
    QVERIFY(QFile::exists(QDir(imported->directory()).filePath(QStringLiteral("collection.json"))));
    QCOMPARE(m_app->binder()->collectionsPane()->currentDocument(), imported);
}

// 7. Ctrl+Shift+R: the Runner runs the sample (with the saved request in it); results listed.
void tst_Journey::runnerRunsTheSample()
{
    RunnerPane *pane = m_app->binder()->runnerPane();
    QVERIFY(pane);
    QTest::keyClick(window(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(pane->isVisible());
    auto *collection = pane->findChild<QComboBox *>(QStringLiteral("runnerCollection"));
    QVERIFY(collection);
    const int index = collection->findText(QStringLiteral("Getting started"));
    QVERIFY(index >= 0);
    collection->setCurrentIndex(index);
    QSignalSpy finished(pane, &RunnerPane::runFinished);
    auto *run = pane->findChild<QPushButton *>(QStringLiteral("runnerRun"));
    QVERIFY(run);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY2(finished.wait(60000), "the run did not finish");
    const auto summary = finished.first().first().value<RunSummary>();
    auto *results = pane->findChild<QTreeWidget *>(QStringLiteral("runnerResults"));
    QVERIFY(results);
    QStringList rows;
    bool ours = false;
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = results->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < row->columnCount(); ++c)
            cells.append(row->text(c));
        ours = ours || cells.join(u' ').contains(s_renamed);
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    QVERIFY2(summary.passed(), qPrintable(rows.join(u'\n')));
    QVERIFY(summary.requests > 0);
    QCOMPARE(summary.requestsFailed, 0);
    QVERIFY2(results->topLevelItemCount() >= summary.requests, qPrintable(rows.join(u'\n')));
    QVERIFY2(ours, qPrintable(QStringLiteral("the saved request is not among the results:\n")
                              + rows.join(u'\n')));
    QTest::keyClick(window(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!pane->isVisible());
}

// 8. History lists the sends; Enter on the first one reopens it with its response.
void tst_Journey::historyReopensASend()
{
    QVERIFY(m_app->history());
    m_app->history()->flush();
    auto *view = window()->findChild<QTreeView *>(QStringLiteral("historyView"));
    QVERIFY(view);
    QAbstractItemModel *model = view->model();
    // Two sends from tabs plus the Runner's requests.
    QTRY_VERIFY2(model->rowCount() > 2, qPrintable(QString::number(model->rowCount())));
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            // The tab's send, not the Runner's of the saved (edited) copy.
            if (model->index(r, c).data().toString().endsWith(QLatin1String("?journey=day1")))
                row = r;
        }
    }
    QVERIFY2(row >= 0, "the first send is not listed in History");
    const int tabs = window()->tabCount();
    view->setFocus();
    view->setCurrentIndex(model->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window()->tabCount(), tabs + 1);
    RequestTab *reopened = window()->currentTab();
    QVERIFY(reopened);
    QVERIFY2(reopened->editor()->request().url.endsWith(QLatin1String("?journey=day1")),
             qPrintable(reopened->editor()->request().url));
    const std::optional<Exchange> &shown = reopened->responseView()->exchange();
    QVERIFY(shown && shown->response);
    QCOMPARE(shown->response->status, 200);
    QCOMPARE(shown->response->body.read(1 << 20), m_sentBody);
}

// 9. Ctrl+Shift+N, the demo echo's URL, Connect, a message with Ctrl+Enter: the echo comes back.
void tst_Journey::webSocketEcho()
{
    const QList<WebSocketTab *> before = window()->findChildren<WebSocketTab *>();
    QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QList<WebSocketTab *> opened = window()->findChildren<WebSocketTab *>();
    for (WebSocketTab *old : before)
        opened.removeOne(old);
    QCOMPARE(opened.size(), 1);
    WebSocketTab *tab = opened.first();
    auto *url = tab->findChild<QLineEdit *>(QStringLiteral("wsUrl"));
    QVERIFY(url);
    url->setFocus();
    QTest::keyClicks(url, QStringLiteral("{{demoWs}}/ws/echo"));
    auto *connectButton = tab->findChild<QAbstractButton *>(QStringLiteral("wsConnectButton"));
    QVERIFY(connectButton);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        tab->session()->state() == WebSocketSession::State::Open,
        qPrintable(tab->banner()->title() + QStringLiteral(": ") + tab->banner()->message()),
        10000);
    m_echoUrl = tab->request().url;

    auto *edit = tab->composer()->findChild<QWidget *>(QStringLiteral("composerEdit"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("hello from the journey"));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    const auto echoed = [tab] {
        const MessageLog *log = tab->session()->log();
        for (int i = 0; i < log->size(); ++i) {
            const StreamMessage m = log->at(i);
            if (m.direction == MessageDirection::Incoming
                && m.payload == QByteArrayLiteral("hello from the journey"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(echoed(), 10000);
}

// 10. Quit (close the window) and start again on the same profile: the HTTP and WebSocket
// tabs come back, and the saved request is still in the tree under its new name.
void tst_Journey::quitAndRestartRestoresTabs()
{
    QStringList httpUrls;
    for (int i = 0; i < window()->tabCount(); ++i) {
        if (RequestTab *tab = window()->tabAt(i))
            httpUrls.append(tab->editor()->request().url);
    }
    QVERIFY(httpUrls.size() >= 3);
    checkDialogs();
    QVERIFY(window()->close());
    checkDialogs(); // nothing left unsaved to ask about
    m_app->stop();

    QVERIFY(m_app->start());
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QStringList restored;
    for (int i = 0; i < window()->tabCount(); ++i) {
        if (RequestTab *tab = window()->tabAt(i))
            restored.append(tab->editor()->request().url);
    }
    QCOMPARE(restored, httpUrls);
    const QList<WebSocketTab *> webSockets = window()->findChildren<WebSocketTab *>();
    QCOMPARE(webSockets.size(), 1);
    QCOMPARE(webSockets.first()->request().url, m_echoUrl);
    QCOMPARE(webSockets.first()->session()->state(), WebSocketSession::State::Closed);

    QVERIFY(sample());
    m_app->binder()->collectionsPane()->setCurrentDocument(sample());
    QTRY_VERIFY(findInTree(tree(), s_renamed).isValid());
    QVERIFY(!findInTree(tree(), s_savedName).isValid());
    QVERIFY(readFile(m_savedFile).contains("edited=yes"));
}

QTEST_MAIN(tst_Journey)
#include "tst_journey.moc"
