// The File/Collections and Tools workflows that ask the user something, driven end to end
// through the Dialogs seam: the real MainWindow, WorkspaceBinder and WorkspaceController on a
// scratch directory, actions triggered as a user would, every file chooser, question and modal
// dialog answered by ScriptedDialogs, and the results checked on disk and in the window.

#include "core/history/historystore.h"
#include "core/http/httpclient.h"
#include "core/model/collection.h"
#include "core/model/exchange.h"
#include "core/secrets/secretstore.h"
#include "tests/support/testenv.h"
#include "tests/ui/scripteddialogs.h"
#include "ui/collections/collectiondocument.h"
#include "ui/collections/collectionspane.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/saverequestdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/shortcutlist.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/request/requesteditor.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace wirescope;

class tst_WorkspaceDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importAChosenFileOpensTheCollection();
    void importCancelledChangesNothing();
    void exportWritesTheChosenFormat_data();
    void exportWritesTheChosenFormat();
    void newCollectionAsksNameAndFolder();
    void newCollectionCancelledAsksNoFolder();
    void openCollectionFolder();
    void openingAFolderWithoutACollectionWarns();
    void generateCodeShowsTheCurrentRequest();
    void shortcutListNamesEveryShortcut();
    void defineItPrefillsTheMissingName();
    void importIsInTheFileMenu();
    void demoServerToggles();
    void demoServerFailureIsReported();
    void saveResponseBodyAsksWhere();
    void saveAsksForCollectionAndFolder();

private:
    QAction *action(const QString &name) const;
    CollectionDocument *documentNamed(const QString &name) const;
    static QByteArray readFile(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpClient> m_client;
    VariableContext m_context;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WorkspaceController> m_workspace;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    WorkspaceBinder *m_binder = nullptr;
};

void tst_WorkspaceDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_WorkspaceDialogs::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_client = std::make_unique<HttpClient>();
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir->filePath(QStringLiteral("history.sqlite"))).ok());
    m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::SessionOnly);
    m_workspace = std::make_unique<WorkspaceController>(
        m_dir->filePath(QStringLiteral("config")), m_dir->filePath(QStringLiteral("collections")),
        m_secrets.get());
    QCOMPARE(m_workspace->load(), QStringList()); // a first run: the Getting started sample
    m_dialogs = std::make_unique<ScriptedDialogs>();
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context, m_dialogs.get());
    m_binder = new WorkspaceBinder(m_window.get(), m_workspace.get(), m_history.get(),
                                   m_client.get(), &m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_WorkspaceDialogs::cleanup()
{
    // Every question the window asked had its answer, and every answer was asked for.
    QVERIFY2(m_dialogs->unanswered().isEmpty(), qPrintable(m_dialogs->unanswered().join(u'\n')));
    QCOMPARE(m_dialogs->pendingAnswers(), 0);
    m_window.reset();
    m_dialogs.reset();
    m_workspace.reset();
    m_history.reset();
    m_secrets.reset();
    m_client.reset();
}

QAction *tst_WorkspaceDialogs::action(const QString &name) const
{
    auto *found = m_window->findChild<QAction *>(name);
    if (!found)
        qWarning("no action %s", qPrintable(name));
    return found;
}

CollectionDocument *tst_WorkspaceDialogs::documentNamed(const QString &name) const
{
    for (CollectionDocument *d : m_workspace->documents()) {
        if (d->collection().name == name)
            return d;
    }
    return nullptr;
}

QByteArray tst_WorkspaceDialogs::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_WorkspaceDialogs::importAChosenFileOpensTheCollection()
{
    const QString source =
        test::sourceDataDir() + QStringLiteral("/corpus/postman-complex-v2_1-input.json");
    QString problem = QStringLiteral("the import dialog was not opened");
    // The user's steps in order: the dialog opens, Browse… asks for the file, Import, Save and
    // Open.
    m_dialogs->answerDialog([&](QDialog *dialog) {
        auto *import = qobject_cast<ImportDialog *>(dialog);
        auto *browse = dialog->findChild<QPushButton *>(QStringLiteral("importBrowse"));
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("importRun"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("importSave"));
        if (!import || !browse || !run || !save) {
            problem = QStringLiteral("not the import dialog: ") + dialog->objectName();
            return int(QDialog::Rejected);
        }
        QTest::mouseClick(browse, Qt::LeftButton);
        const QString chosen = dialog->findChild<QLineEdit *>(QStringLiteral("importFile"))->text();
        if (chosen != source) {
            problem = QStringLiteral("Browse… put \"%1\" in the file field").arg(chosen);
            return int(QDialog::Rejected);
        }
        QSignalSpy finished(import, &ImportDialog::importFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        if (!finished.wait(10000) || !finished.first().first().toBool() || !save->isEnabled()) {
            problem = QStringLiteral("the import did not succeed");
            return int(QDialog::Rejected);
        }
        QTest::mouseClick(save, Qt::LeftButton);
        problem.clear();
        return dialog->result();
    });
    m_dialogs->answerFile(source);
    const int before = m_workspace->documents().size();

    action(QStringLiteral("actionImport"))->trigger();

    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_dialogs->messages(QStringLiteral("open")).size(), 1);
    QVERIFY(m_dialogs->messages(QStringLiteral("warning")).isEmpty());
    QCOMPARE(m_workspace->documents().size(), before + 1);
    CollectionDocument *imported = documentNamed(QStringLiteral("Complex Test Collection"));
    QVERIFY(imported);
    QCOMPARE(countRequests(imported->collection().items), 6);
    // Saved as a collection folder under the collections directory, and shown in the sidebar.
    QVERIFY2(imported->directory().startsWith(m_workspace->collectionsDirectory()),
             qPrintable(imported->directory()));
    QVERIFY(QFile::exists(QDir(imported->directory()).filePath(QStringLiteral("collection.json"))));
    QCOMPARE(m_binder->collectionsPane()->currentDocument(), imported);
}

void tst_WorkspaceDialogs::importCancelledChangesNothing()
{
    m_dialogs->answerDialog([](QDialog *) { return int(QDialog::Rejected); });
    const int before = m_workspace->documents().size();
    action(QStringLiteral("actionImport"))->trigger();
    QCOMPARE(m_dialogs->messages(QStringLiteral("dialog")).size(), 1);
    QCOMPARE(m_dialogs->messages(QStringLiteral("dialog")).first().text,
             QStringLiteral("importDialog"));
    QCOMPARE(m_workspace->documents().size(), before);
}

void tst_WorkspaceDialogs::exportWritesTheChosenFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("postman") << QStringLiteral("sample.postman_collection.json");
    QTest::newRow("curl") << QStringLiteral("sample.sh");
    QTest::newRow("insomnia") << QStringLiteral("sample.insomnia.yaml");
}

void tst_WorkspaceDialogs::exportWritesTheChosenFormat()
{
    QFETCH(QString, fileName);
    CollectionDocument *document = m_workspace->documents().first();
    m_binder->collectionsPane()->setCurrentDocument(document);
    const QString path = m_dir->filePath(fileName);
    m_dialogs->answerFile(path); // the filter follows the suffix, as a user's choice would

    action(QStringLiteral("actionExport"))->trigger();

    const QList<ScriptedDialogs::Asked> saves = m_dialogs->messages(QStringLiteral("save"));
    QCOMPARE(saves.size(), 1);
    QVERIFY2(saves.first().title.contains(document->collection().name),
             qPrintable(saves.first().title));
    QVERIFY(m_dialogs->messages(QStringLiteral("warning")).isEmpty());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Exported to %1").arg(path));
    const QByteArray bytes = readFile(path);
    QVERIFY2(!bytes.isEmpty(), qPrintable(path));
    if (fileName.endsWith(QLatin1String(".sh"))) {
        QVERIFY(bytes.startsWith("#!/bin/sh\n"));
        // One curl command per request, under its name, with {{variables}} left for the shell user.
        QVERIFY2(bytes.contains("\n# POST a JSON body\ncurl"), bytes.constData());
        QVERIFY2(bytes.contains("{{demo}}/"), bytes.constData());
        QVERIFY(bytes.count("\n# ") >= 3);
        QCOMPARE(bytes.count("\ncurl "), bytes.count("\n# "));
    } else if (fileName.endsWith(QLatin1String(".yaml"))) {
        QVERIFY2(bytes.startsWith("type: collection.insomnia.rest/5.0\n"),
                 bytes.left(200).constData());
        QVERIFY2(
            bytes.contains(QByteArray("\nname: " + document->collection().name.toUtf8() + '\n')),
            bytes.left(400).constData());
        QVERIFY2(bytes.contains("name: POST a JSON body"), bytes.constData());
    } else {
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject info = root.value(QLatin1String("info")).toObject();
        QCOMPARE(info.value(QLatin1String("name")).toString(), document->collection().name);
        QVERIFY2(info.value(QLatin1String("schema")).toString().contains(QLatin1String("v2.1.0")),
                 qPrintable(info.value(QLatin1String("schema")).toString()));
        QVERIFY(!root.value(QLatin1String("item")).toArray().isEmpty());
        QVERIFY2(bytes.contains("POST a JSON body"), bytes.left(400).constData());
    }
}

void tst_WorkspaceDialogs::newCollectionAsksNameAndFolder()
{
    const QString home = m_dir->filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(home));
    m_dialogs->answerText(QStringLiteral("  Orders API "));
    m_dialogs->answerDirectory(home);

    action(QStringLiteral("actionNewCollection"))->trigger();

    QCOMPARE(m_dialogs->messages(QStringLiteral("text")).size(), 1);
    QCOMPARE(m_dialogs->messages(QStringLiteral("text")).first().title,
             QStringLiteral("New Collection"));
    QCOMPARE(m_dialogs->messages(QStringLiteral("directory")).size(), 1);
    CollectionDocument *created = documentNamed(QStringLiteral("Orders API"));
    QVERIFY(created);
    QCOMPARE(QDir(created->directory()).absolutePath(),
             QDir(home).filePath(QStringLiteral("Orders API")));
    QVERIFY(QFile::exists(QDir(home).filePath(QStringLiteral("Orders API/collection.json"))));
    QVERIFY(m_binder->collectionsPane()->documents().contains(created));
}

void tst_WorkspaceDialogs::newCollectionCancelledAsksNoFolder()
{
    m_dialogs->answerText(std::nullopt);
    const int before = m_workspace->documents().size();
    action(QStringLiteral("actionNewCollection"))->trigger();
    QVERIFY(m_dialogs->messages(QStringLiteral("directory")).isEmpty());
    QCOMPARE(m_workspace->documents().size(), before);
}

void tst_WorkspaceDialogs::openCollectionFolder()
{
    // A collection someone else made (a git clone, say): on disk, not open in this window.
    const QString directory = m_dir->filePath(QStringLiteral("cloned/Billing"));
    {
        WorkspaceController other(m_dir->filePath(QStringLiteral("other-config")),
                                  m_dir->filePath(QStringLiteral("other-collections")), nullptr);
        QVERIFY(other.create(directory, QStringLiteral("Billing")));
    }
    QVERIFY(!documentNamed(QStringLiteral("Billing")));
    m_dialogs->answerDirectory(directory);

    action(QStringLiteral("actionOpenCollection"))->trigger();

    QCOMPARE(m_dialogs->messages(QStringLiteral("directory")).size(), 1);
    QCOMPARE(m_dialogs->messages(QStringLiteral("directory")).first().title,
             QStringLiteral("Open Collection Folder"));
    QVERIFY(m_dialogs->messages(QStringLiteral("warning")).isEmpty());
    CollectionDocument *opened = documentNamed(QStringLiteral("Billing"));
    QVERIFY(opened);
    QCOMPARE(QDir(opened->directory()).absolutePath(), QDir(directory).absolutePath());
    QVERIFY(m_binder->collectionsPane()->documents().contains(opened));
}

void tst_WorkspaceDialogs::openingAFolderWithoutACollectionWarns()
{
    const QString empty = m_dir->filePath(QStringLiteral("not-a-collection"));
    QVERIFY(QDir().mkpath(empty));
    const int before = m_workspace->documents().size();
    m_dialogs->answerDirectory(empty);
    action(QStringLiteral("actionOpenCollection"))->trigger();
    const QList<ScriptedDialogs::Asked> warnings = m_dialogs->messages(QStringLiteral("warning"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().title, QStringLiteral("Open Collection"));
    QVERIFY2(warnings.first().text.contains(QLatin1String("not-a-collection")),
             qPrintable(warnings.first().text));
    QCOMPARE(m_workspace->documents().size(), before);
}

void tst_WorkspaceDialogs::generateCodeShowsTheCurrentRequest()
{
    RequestTab *tab = m_window->newTab();
    Request request;
    request.method = QStringLiteral("PUT");
    request.url = QStringLiteral("http://127.0.0.1:9/orders/42?dry=1");
    tab->editor()->setRequest(request);
    const QString saved = m_dir->filePath(QStringLiteral("request.sh"));
    QString shown;
    QString problem = QStringLiteral("the Generate Code dialog was not opened");
    m_dialogs->answerDialog([&](QDialog *dialog) {
        auto *code = dialog->findChild<QPlainTextEdit *>(QStringLiteral("codeText"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveCode"));
        if (dialog->objectName() != u"codeSnippetDialog" || !code || !save) {
            problem = QStringLiteral("not the code dialog: ") + dialog->objectName();
            return int(QDialog::Rejected);
        }
        shown = code->toPlainText();
        QTest::mouseClick(save, Qt::LeftButton); // asks for the file through the seam
        problem.clear();
        return int(QDialog::Rejected); // Close
    });
    m_dialogs->answerFile(saved);

    action(QStringLiteral("actionGenerateCode"))->trigger();

    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // curl is the first language: the method and the URL of the current tab.
    QVERIFY2(shown.startsWith(QLatin1String("curl")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("PUT")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("http://127.0.0.1:9/orders/42?dry=1")),
             qPrintable(shown));
    QCOMPARE(m_dialogs->messages(QStringLiteral("save")).first().title,
             QStringLiteral("Save Code"));
    QCOMPARE(QString::fromUtf8(readFile(saved)), shown);
}

// Issue 26, problem 11: the F1 list comes from the actions themselves, so none is missing,
// and keys read as users press them.
void tst_WorkspaceDialogs::shortcutListNamesEveryShortcut()
{
    action(QStringLiteral("actionShortcuts"))->trigger();
    const QList<ScriptedDialogs::Asked> shown = m_dialogs->messages(QStringLiteral("information"));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().title, QStringLiteral("Keyboard Shortcuts"));
    const QString &table = shown.first().text;
    int withShortcut = 0;
    for (const QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        ++withShortcut;
        QVERIFY2(table.contains(shortcutText(a).toHtmlEscaped()),
                 qPrintable(a->objectName() + u' ' + shortcutText(a)));
    }
    QVERIFY(withShortcut >= 20);
    for (const char *key : {"Ctrl+S", "Ctrl+E", "Ctrl+I", "Ctrl+O", "Ctrl+Shift+Tab", "F1", "F2",
                            "Ctrl+P", "Ctrl+Shift+P"})
        QVERIFY2(table.contains(QLatin1String(key)), key);
    QVERIFY(!table.contains(QLatin1String("Backtab")));
}

// Issue 26, problem 12: "Define it…" under an undefined variable opens the editor with a row
// for that name, its value being edited.
void tst_WorkspaceDialogs::defineItPrefillsTheMissingName()
{
    RequestTab *tab = m_window->newTab();
    auto *url = tab->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QTest::keyClicks(url, QStringLiteral("{{apiHost}}/users"));
    auto *problem = tab->findChild<QLabel *>(QStringLiteral("urlErrorLabel"));
    QTRY_VERIFY(problem->isVisible());
    QStringList rows;
    QString editing;
    m_dialogs->answerDialog([&](QDialog *dialog) {
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("variablesTable"));
        if (!table)
            return int(QDialog::Rejected);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            rows.append(table->model()->index(r, 1).data().toString());
        const auto *editor = table->viewport()->findChild<QLineEdit *>();
        if (editor && table->currentIndex().column() == 2)
            editing = table->currentIndex().siblingAtColumn(1).data().toString();
        return int(QDialog::Rejected);
    });
    emit problem->linkActivated(QStringLiteral("fix:variables")); // the "Define it…" link
    QVERIFY2(rows.contains(QStringLiteral("apiHost")), qPrintable(rows.join(u',')));
    QCOMPARE(editing, QStringLiteral("apiHost"));
}

void tst_WorkspaceDialogs::importIsInTheFileMenu()
{
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file);
    QVERIFY(file->actions().contains(action(QStringLiteral("actionImport"))));
    QVERIFY(file->actions().contains(action(QStringLiteral("actionExport"))));
    QCOMPARE(file->actions().constLast(), action(QStringLiteral("actionQuit")));
}

void tst_WorkspaceDialogs::demoServerToggles()
{
    QAction *demo = action(QStringLiteral("actionDemoServer"));
    QVERIFY(demo->isCheckable());
    QVERIFY(!m_workspace->demoServerRunning());
    QVERIFY(!demo->isChecked());

    demo->trigger();
    QVERIFY(m_workspace->demoServerRunning());
    QVERIFY(demo->isChecked());
    const QString url = m_workspace->demoServerUrl();
    QVERIFY2(url.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(url));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(url),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_context.lookup(QStringLiteral("demo"))->value, url);

    demo->trigger();
    QVERIFY(!m_workspace->demoServerRunning());
    QVERIFY(!demo->isChecked());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Demo server stopped"));
    QVERIFY(m_dialogs->messages(QStringLiteral("warning")).isEmpty());
}

void tst_WorkspaceDialogs::demoServerFailureIsReported()
{
    // No port can be used when the process may not open one more file: lower the limit to
    // the lowest free descriptor for the moment of the click, then put it back.
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
    const int lowestFree = ::open("/dev/null", O_RDONLY); // the lowest free descriptor
    QVERIFY(lowestFree >= 0);
    ::close(lowestFree);
    rlimit tight = saved;
    tight.rlim_cur = rlim_t(lowestFree);
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &tight), 0);
    QAction *demo = action(QStringLiteral("actionDemoServer"));
    demo->trigger();
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &saved), 0);

    QVERIFY(!m_workspace->demoServerRunning());
    QVERIFY(!demo->isChecked());
    const QList<ScriptedDialogs::Asked> warnings = m_dialogs->messages(QStringLiteral("warning"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().title, QStringLiteral("Demo Server"));
    QVERIFY2(warnings.first().text.startsWith(QLatin1String("The demo server could not start: ")),
             qPrintable(warnings.first().text));

    // With the limit back, the same click starts it.
    demo->trigger();
    QVERIFY(m_workspace->demoServerRunning());
    QVERIFY(demo->isChecked());
}

void tst_WorkspaceDialogs::saveResponseBodyAsksWhere()
{
    // The tab's body view asks through the window's seam too (File > Save Response Body As…).
    QString error;
    QVERIFY2(m_workspace->startDemoServer(&error), qPrintable(error));
    RequestTab *tab = m_window->newTab();
    Request request;
    request.url = m_workspace->demoServerUrl() + QStringLiteral("/get?saved=body");
    tab->editor()->setRequest(request);
    QSignalSpy finished(tab, &RequestTab::exchangeFinished);
    tab->send();
    QVERIFY(finished.wait(15000));
    const Exchange exchange = finished.first().first().value<Exchange>();
    QVERIFY(exchange.response);
    QCOMPARE(exchange.response->status, 200);

    const QString path = m_dir->filePath(QStringLiteral("body.json"));
    m_dialogs->answerFile(path);
    action(QStringLiteral("actionSaveBody"))->trigger();
    QCOMPARE(m_dialogs->messages(QStringLiteral("save")).size(), 1);
    QCOMPARE(m_dialogs->messages(QStringLiteral("save")).first().title,
             QStringLiteral("Save Response Body"));
    // Written off the UI thread: the bytes as received.
    QTRY_VERIFY(QFileInfo(path).size() > 0);
    QTRY_COMPARE(readFile(path), exchange.response->body.read());
    QVERIFY(readFile(path).contains("\"saved\": \"body\"")
            || readFile(path).contains("\"saved\":\"body\""));
    QVERIFY(m_dialogs->messages(QStringLiteral("warning")).isEmpty());
}

// Issue 26, problem 7: Ctrl+S on a new tab asks for the name, the collection (any open one)
// and the folder, and the request lands there (file and tree), not in whatever the sidebar shows.
void tst_WorkspaceDialogs::saveAsksForCollectionAndFolder()
{
    const Result<CollectionDocument *> created =
        m_workspace->create(m_dir->filePath(QStringLiteral("orders")), QStringLiteral("Orders"));
    QVERIFY(created);
    CollectionDocument *orders = *created;
    // A new collection says what to do rather than showing a blank pane.
    CollectionsPane *pane = m_binder->collectionsPane();
    QCOMPARE(pane->currentDocument(), orders);
    QVERIFY2(pane->emptyHint().contains(QStringLiteral("has no requests yet")),
             qPrintable(pane->emptyHint()));
    Folder drafts;
    drafts.id = newItemId();
    drafts.name = QStringLiteral("Drafts");
    QVERIFY(orders->insertItem({}, 0, CollectionItem{drafts}, QStringLiteral("add")));
    QVERIFY(orders->save());
    QCOMPARE(pane->emptyHint(), QString());
    CollectionDocument *sample = m_workspace->documents().first();
    QVERIFY(sample != orders);
    pane->setCurrentDocument(sample);
    pane->setFilterText(QStringLiteral("no such request"));
    QCOMPARE(pane->emptyHint(), QStringLiteral("No request matches \u201cno such request\u201d."));
    pane->setFilterText({});
    QCOMPARE(pane->emptyHint(), QString());

    RequestTab *tab = m_window->newTab();
    Request request;
    request.url = QStringLiteral("http://127.0.0.1:9/orders");
    request.method = QStringLiteral("POST");
    tab->editor()->setRequest(request);

    QString problem = QStringLiteral("no dialog was shown");
    bool okDisabledWhenEmpty = false;
    m_dialogs->answerDialog([&](QDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("saveRequestName"));
        auto *collection = dialog->findChild<QComboBox *>(QStringLiteral("saveRequestCollection"));
        auto *folders = dialog->findChild<QTreeWidget *>(QStringLiteral("saveRequestFolder"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!name || !collection || !folders || !buttons) {
            problem = QStringLiteral("not the save dialog: ") + dialog->objectName();
            return int(QDialog::Rejected);
        }
        if (collection->currentText() != sample->collection().name) {
            problem = QStringLiteral("opened on ") + collection->currentText();
            return int(QDialog::Rejected);
        }
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        okDisabledWhenEmpty = !buttons->button(QDialogButtonBox::Save)->isEnabled();
        QTest::keyClicks(name, QStringLiteral("Create order"));
        collection->setCurrentIndex(collection->findText(QStringLiteral("Orders")));
        const QList<QTreeWidgetItem *> found =
            folders->findItems(QStringLiteral("Drafts"), Qt::MatchExactly | Qt::MatchRecursive);
        if (found.size() != 1) {
            problem = QStringLiteral("the Orders folders were not listed");
            return int(QDialog::Rejected);
        }
        folders->setCurrentItem(found.first());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        problem.clear();
        return dialog->result();
    });
    action(QStringLiteral("actionSaveRequest"))->trigger();

    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(okDisabledWhenEmpty);
    QCOMPARE(tab->document(), orders);
    const auto *folder = std::get_if<Folder>(&orders->collection().items.front().node);
    QVERIFY(folder);
    QCOMPARE(folder->children.size(), size_t(1));
    QCOMPARE(folder->children.front().name(), QStringLiteral("Create order"));
    QVERIFY(QFile::exists(
        QDir(orders->directory()).filePath(QStringLiteral("Drafts/Create order.request.json"))));
    QVERIFY(!tab->isDirty());
}

QTEST_MAIN(tst_WorkspaceDialogs)
#include "tst_workspacedialogs.moc"
