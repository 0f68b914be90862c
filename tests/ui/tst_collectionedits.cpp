// No edit is lost: tree edits in the sidebar (rename, new folder, delete, undo) are on disk as
// they happen and survive a quit and restart; a tab's Ctrl+S never reverts a rename made in
// the sidebar, and the tab's title follows the rename. Driven with keys on the real window.

#include "core/http/httpclient.h"
#include "core/model/collectiontree.h"
#include "core/secrets/secretstore.h"
#include "core/store/collectionfiles.h"
#include "core/vars/variablecontext.h"
#include "tests/ui/scripteddialogs.h"
#include "ui/collections/collectiondocument.h"
#include "ui/collections/collectionspane.h"
#include "ui/collections/collectiontreemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/request/requesteditor.h"
#include "ui/workspace/workspacecontroller.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace wirescope;

class tst_CollectionEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeEditsAreSavedAsTheyHappen();
    void renameThenSaveInTheTabKeepsTheNewName();
    void quitAsksWhenAnEditCouldNotBeSaved();

private:
    void startWindow();
    CollectionDocument *document() const { return m_workspace->documents().first(); }
    Collection onDisk() const;
    void renameInSidebar(const QString &id, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpClient> m_client;
    VariableContext m_context;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WorkspaceController> m_workspace;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    WorkspaceBinder *m_binder = nullptr;
    QString m_collectionDir;
    QString m_healthId;
};

namespace {

const CollectionItem *findByName(const std::vector<CollectionItem> &items, const QString &name)
{
    for (const CollectionItem &item : items) {
        if (item.name() == name)
            return &item;
        if (const auto *f = std::get_if<Folder>(&item.node)) {
            if (const CollectionItem *found = findByName(f->children, name))
                return found;
        }
    }
    return nullptr;
}

} // namespace

void tst_CollectionEdits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CollectionEdits::init()
{
    // A model reset under the sidebar's rename editor made Qt print this and lose the focus.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to this view")));
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Collection c;
    c.id = newItemId();
    c.name = QStringLiteral("Shop API");
    HttpItem health;
    health.request.id = newItemId();
    health.request.name = QStringLiteral("Health");
    health.request.url = QStringLiteral("http://127.0.0.1:9/health");
    m_healthId = health.request.id;
    c.items.push_back(CollectionItem{health});
    m_collectionDir = m_dir->filePath(QStringLiteral("collections/shop"));
    QVERIFY(store::saveCollectionDirectory(m_collectionDir, c, {}).ok());

    m_client = std::make_unique<HttpClient>();
    m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::SessionOnly);
    startWindow();
}

void tst_CollectionEdits::startWindow()
{
    m_workspace = std::make_unique<WorkspaceController>(
        m_dir->filePath(QStringLiteral("config")), m_dir->filePath(QStringLiteral("collections")),
        m_secrets.get());
    m_workspace->load();
    if (m_workspace->documents().isEmpty() || document()->directory() != m_collectionDir) {
        for (CollectionDocument *d : m_workspace->documents())
            m_workspace->close(d); // the first run's sample
        QVERIFY(m_workspace->open(m_collectionDir));
    }
    QCOMPARE(m_workspace->documents().size(), 1);
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context, &m_dialogs);
    m_binder =
        new WorkspaceBinder(m_window.get(), m_workspace.get(), nullptr, m_client.get(), &m_context);
    m_binder->collectionsPane()->setCurrentDocument(document());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_CollectionEdits::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_secrets.reset();
    m_client.reset();
    QVERIFY2(m_dialogs.unanswered().isEmpty(), qPrintable(m_dialogs.unanswered().join(u'|')));
}

Collection tst_CollectionEdits::onDisk() const
{
    const auto loaded = store::loadCollectionDirectory(m_collectionDir);
    return loaded ? loaded->collection : Collection{};
}

void tst_CollectionEdits::renameInSidebar(const QString &id, const QString &name)
{
    QTreeView *tree = m_binder->collectionsPane()->treeView();
    tree->setFocus();
    m_binder->collectionsPane()->selectId(id);
    QTest::keyClick(tree, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, name);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), tree);
}

void tst_CollectionEdits::treeEditsAreSavedAsTheyHappen()
{
    // Rename with F2: on disk at once, no "•" in the picker.
    renameInSidebar(m_healthId, QStringLiteral("Health check"));
    QCOMPARE(document()->collection().items.at(0).name(), QStringLiteral("Health check"));
    QVERIFY(findByName(onDisk().items, QStringLiteral("Health check")));
    QVERIFY(!document()->isModified());

    // Delete with the Delete key, then Ctrl+Z: both on disk.
    QTreeView *tree = m_binder->collectionsPane()->treeView();
    m_binder->collectionsPane()->selectId(m_healthId);
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(onDisk().items.empty());
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(findByName(onDisk().items, QStringLiteral("Health check")));

    // The Collections menu names the steps: Redo the delete, Undo it again.
    QAction *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndoCollection"));
    QAction *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedoCollection"));
    QVERIFY(undo && redo);
    QMenu *collectionsMenu = nullptr;
    for (QObject *o : undo->associatedObjects()) {
        if (auto *m = qobject_cast<QMenu *>(o))
            collectionsMenu = m;
    }
    QVERIFY(collectionsMenu);
    emit collectionsMenu->aboutToShow();
    QCOMPARE(undo->text().remove(u'&'), QStringLiteral("Undo Rename in Collection"));
    QCOMPARE(redo->text().remove(u'&'), QStringLiteral("Redo Delete in Collection"));
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(onDisk().items.empty());
    emit collectionsMenu->aboutToShow();
    QCOMPARE(undo->text().remove(u'&'), QStringLiteral("Undo Delete in Collection"));
    undo->trigger();
    QVERIFY(findByName(onDisk().items, QStringLiteral("Health check")));

    // A new folder from the ⋯ menu, named in place.
    auto *menu =
        m_binder->collectionsPane()->findChild<QWidget *>(QStringLiteral("collectionMenuButton"));
    QVERIFY(menu);
    // What choosing "New Folder" in it does.
    QAction *newFolder = nullptr;
    for (QAction *action : qobject_cast<QToolButton *>(menu)->menu()->actions()) {
        if (action->text() == QStringLiteral("New Folder"))
            newFolder = action;
    }
    QVERIFY(newFolder);
    newFolder->trigger();
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Admin"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(findByName(onDisk().items, QStringLiteral("Admin")));
    QVERIFY(findByName(onDisk().items, QStringLiteral("Admin"))->isFolder());

    // Quit with File > Quit and start again: everything is there.
    m_window->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QVERIFY(!m_window->isVisible());
    m_window.reset();
    m_workspace.reset();
    startWindow();
    QVERIFY(findByName(document()->collection().items, QStringLiteral("Health check")));
    QVERIFY(findByName(document()->collection().items, QStringLiteral("Admin")));
}

void tst_CollectionEdits::renameThenSaveInTheTabKeepsTheNewName()
{
    RequestTab *tab = m_binder->openItem(document(), m_healthId);
    QVERIFY(tab);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("requestTabWidget"));

    // An edit in the tab, then a rename in the sidebar.
    auto *url = tab->editor()->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    url->setFocus();
    url->end(false);
    QTest::keyClicks(url, QStringLiteral("?deep=1"));
    QVERIFY(tab->isDirty());
    renameInSidebar(m_healthId, QStringLiteral("Renamed"));
    QVERIFY(tab->isDirty()); // the URL edit is still unsaved

    // Ctrl+S in the tab: its URL is saved, the sidebar's name is kept (file and tree).
    url->setFocus();
    QTest::keyClick(url, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!tab->isDirty());
    const Collection disk = onDisk();
    const CollectionItem *saved = findByName(disk.items, QStringLiteral("Renamed"));
    QVERIFY(saved);
    QCOMPARE(std::get<HttpItem>(saved->node).request.url,
             QStringLiteral("http://127.0.0.1:9/health?deep=1"));
    QVERIFY(!findByName(disk.items, QStringLiteral("Health")));
    QCOMPARE(document()->collection().items.at(0).name(), QStringLiteral("Renamed"));

    // The tab is titled by the request's name and followed the rename.
    QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("Renamed"));
    renameInSidebar(m_healthId, QStringLiteral("Renamed again"));
    QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("Renamed again"));
    QVERIFY(!tab->isDirty());
}

void tst_CollectionEdits::quitAsksWhenAnEditCouldNotBeSaved()
{
    // A directory where the renamed request's file must go: the save fails (even as root),
    // the rename stays in memory with its "•", the status bar says why, and quitting asks.
    QVERIFY(QDir(m_collectionDir).mkdir(QStringLiteral("Unsaved.request.json")));
    QTest::qWait(600); // the store notices the new entry and reloads (nothing was modified)
    renameInSidebar(m_healthId, QStringLiteral("Unsaved"));
    QVERIFY(document()->isModified());
    QVERIFY(!findByName(onDisk().items, QStringLiteral("Unsaved")));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("not saved")),
             qPrintable(m_window->statusBar()->currentMessage()));

    m_dialogs.answerButton(QMessageBox::Cancel);
    m_window->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_dialogs.messages(QStringLiteral("question")).size(), 1);
    QVERIFY(m_dialogs.messages(QStringLiteral("question"))
                .first()
                .text.contains(QStringLiteral("Shop API")));

    m_dialogs.answerButton(QMessageBox::Discard);
    m_window->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QVERIFY(!m_window->isVisible());
    QCOMPARE(m_dialogs.messages(QStringLiteral("question")).size(), 2);
}

QTEST_MAIN(tst_CollectionEdits)
#include "tst_collectionedits.moc"
