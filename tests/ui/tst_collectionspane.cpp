#include "core/secrets/secretstore.h"
#include "core/store/collectionfiles.h"
#include "ui/collections/collectiondocument.h"
#include "ui/collections/collectionspane.h"
#include "ui/collections/collectiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace wirescope;

class tst_CollectionsPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsTheTreeAndFilters();
    void renameDeleteDuplicateWithUndo();
    void f2RenamesTheSelectedItem();
    void dragAndDropMoves();
    void enterOpensARequest();
    void saveWritesFilesWithoutSecrets();

private:
    QString writeSample();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_collectionDir;
};

namespace {

CollectionItem http(const QString &name, const QString &method, const QString &url)
{
    HttpItem h;
    h.request.id = newItemId();
    h.request.name = name;
    h.request.method = method;
    h.request.url = url;
    return CollectionItem{h};
}

CollectionItem folder(const QString &name, std::vector<CollectionItem> children)
{
    Folder f;
    f.id = newItemId();
    f.name = name;
    f.auth.kind = AuthKind::Inherit;
    f.children = std::move(children);
    return CollectionItem{f};
}

QStringList visibleNames(QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        out.append(i.data().toString());
        for (const QString &child : visibleNames(model, i))
            out.append(i.data().toString() + u'/' + child);
    }
    return out;
}

} // namespace

void tst_CollectionsPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_collectionDir = writeSample();
    QVERIFY(!m_collectionDir.isEmpty());
}

QString tst_CollectionsPane::writeSample()
{
    Collection c;
    c.id = newItemId();
    c.name = QStringLiteral("Shop API");
    c.items.push_back(
        folder(QStringLiteral("Users"), {http(QStringLiteral("List users"), QStringLiteral("GET"),
                                              QStringLiteral("{{base}}/users")),
                                         http(QStringLiteral("Create user"), QStringLiteral("POST"),
                                              QStringLiteral("{{base}}/users"))}));
    c.items.push_back(
        folder(QStringLiteral("Orders"), {http(QStringLiteral("List orders"), QStringLiteral("GET"),
                                               QStringLiteral("{{base}}/orders"))}));
    c.items.push_back(
        http(QStringLiteral("Health"), QStringLiteral("GET"), QStringLiteral("{{base}}/health")));
    const QString dir = m_dir->filePath(QStringLiteral("shop"));
    if (!store::saveCollectionDirectory(dir, c, {}))
        return {};
    return dir;
}

void tst_CollectionsPane::showsTheTreeAndFilters()
{
    CollectionDocument document(m_collectionDir, nullptr);
    QVERIFY(document.load().ok());
    CollectionsPane pane;
    pane.addDocument(&document);
    QAbstractItemModelTester tester(pane.treeView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    QAbstractItemModel *model = pane.treeView()->model();
    QCOMPARE(visibleNames(model),
             (QStringList{QStringLiteral("Users"), QStringLiteral("Users/List users"),
                          QStringLiteral("Users/Create user"), QStringLiteral("Orders"),
                          QStringLiteral("Orders/List orders"), QStringLiteral("Health")}));

    auto *filter = pane.findChild<QLineEdit *>(QStringLiteral("collectionFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("post"));
    QCOMPARE(visibleNames(model),
             (QStringList{QStringLiteral("Users"), QStringLiteral("Users/Create user")}));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("orders"));
    QCOMPARE(visibleNames(model),
             (QStringList{QStringLiteral("Orders"), QStringLiteral("Orders/List orders")}));
    filter->clear();
    QCOMPARE(visibleNames(model).size(), 6);
}

void tst_CollectionsPane::renameDeleteDuplicateWithUndo()
{
    CollectionDocument document(m_collectionDir, nullptr);
    QVERIFY(document.load().ok());
    CollectionsPane pane;
    pane.addDocument(&document);
    QAbstractItemModelTester tester(pane.treeView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel *model = pane.treeView()->model();
    QVERIFY(!document.isModified());

    // Rename through the model (what the tree's editor does).
    const QModelIndex health = model->index(2, 0);
    QVERIFY(model->setData(health, QStringLiteral("Health check")));
    QCOMPARE(document.collection().items[2].name(), QStringLiteral("Health check"));
    // Saved as it happened: the file has the new name, nothing is left unsaved.
    QVERIFY(!document.isModified());
    QCOMPARE(store::loadCollectionDirectory(m_collectionDir)->collection.items[2].name(),
             QStringLiteral("Health check"));

    // Delete with the Delete key, then undo with Ctrl+Z.
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.treeView()->setFocus();
    pane.selectId(document.collection().items[0].id());
    QTest::keyClick(pane.treeView(), Qt::Key_Delete);
    QCOMPARE(document.collection().items.size(), size_t(2));
    QCOMPARE(document.collection().items[0].name(), QStringLiteral("Orders"));
    QTest::keyClick(pane.treeView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document.collection().items.size(), size_t(3));
    QCOMPARE(document.collection().items[0].name(), QStringLiteral("Users"));
    QCOMPARE(countRequests(document.collection().items), 4);

    // Duplicate with Ctrl+D: a copy right after, with new ids.
    pane.selectId(document.collection().items[1].id());
    QTest::keyClick(pane.treeView(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(document.collection().items.size(), size_t(4));
    QCOMPARE(document.collection().items[2].name(), QStringLiteral("Orders copy"));
    QVERIFY(document.collection().items[2].id() != document.collection().items[1].id());

    // Undo everything: back to where it started, in memory and on disk.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(document.collection().items[2].name(), QStringLiteral("Health"));
    const auto reloaded = store::loadCollectionDirectory(m_collectionDir);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->collection.items.size(), size_t(3));
    QCOMPARE(reloaded->collection.items[2].name(), QStringLiteral("Health"));
}

// Issue 26, problem 11: F2 renames the selected item, as an action the F1 list can show.
void tst_CollectionsPane::f2RenamesTheSelectedItem()
{
    CollectionDocument document(m_collectionDir, nullptr);
    QVERIFY(document.load().ok());
    CollectionsPane pane;
    pane.addDocument(&document);
    auto *rename = pane.findChild<QAction *>(QStringLiteral("actionRenameItem"));
    QVERIFY(rename);
    QCOMPARE(rename->shortcut(), QKeySequence(Qt::Key_F2));
    QVERIFY(pane.treeView()->actions().contains(rename));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.treeView()->setFocus();
    pane.selectId(document.collection().items[2].id());
    QTest::keyClick(pane.treeView(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Health"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Health check"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(document.collection().items[2].name(), QStringLiteral("Health check"));
}

void tst_CollectionsPane::dragAndDropMoves()
{
    CollectionDocument document(m_collectionDir, nullptr);
    QVERIFY(document.load().ok());
    CollectionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);

    // "Health" (top level) onto the "Orders" folder, first position.
    const QModelIndex healthIndex = model.index(2, 0);
    std::unique_ptr<QMimeData> mime(model.mimeData({healthIndex}));
    const QModelIndex orders = model.index(1, 0);
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, orders));
    model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, orders);
    QCOMPARE(visibleNames(&model),
             (QStringList{QStringLiteral("Users"), QStringLiteral("Users/List users"),
                          QStringLiteral("Users/Create user"), QStringLiteral("Orders"),
                          QStringLiteral("Orders/Health"), QStringLiteral("Orders/List orders")}));
    // A request is not a drop target; a folder cannot go into itself.
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0,
                                   model.index(0, 0, model.index(0, 0))));
    std::unique_ptr<QMimeData> users(model.mimeData({model.index(0, 0)}));
    model.dropMimeData(users.get(), Qt::MoveAction, 0, 0, model.index(0, 0));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Users"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
}

void tst_CollectionsPane::enterOpensARequest()
{
    CollectionDocument document(m_collectionDir, nullptr);
    QVERIFY(document.load().ok());
    CollectionsPane pane;
    pane.addDocument(&document);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy opened(&pane, &CollectionsPane::openRequested);
    const QString id = std::get<Folder>(document.collection().items[0].node).children[1].id();
    pane.selectId(id);
    pane.treeView()->setFocus();
    QTest::keyClick(pane.treeView(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(1).toString(), id);
}

void tst_CollectionsPane::saveWritesFilesWithoutSecrets()
{
    SecretStore secrets(SecretStore::Backend::SessionOnly);
    CollectionDocument document(m_collectionDir, &secrets);
    QVERIFY(document.load().ok());
    Environment prod;
    prod.name = QStringLiteral("prod");
    prod.variables = {
        Variable{QStringLiteral("apiKey"), QStringLiteral("sk-live-9f8e7d"), true, true, {}}};
    document.setEnvironments({prod});
    QVERIFY(document.isModified());
    const QString id = std::get<Folder>(document.collection().items[0].node).children[0].id();
    Request changed =
        std::get<HttpItem>(std::get<Folder>(document.collection().items[0].node).children[0].node)
            .request;
    changed.headers = {
        KeyValue{QStringLiteral("X-Api-Key"), QStringLiteral("{{apiKey}}"), true, {}}};
    QVERIFY(document.updateHttpRequest(id, changed));
    QVERIFY(document.save().ok());
    QVERIFY(!document.isModified());

    QDirIterator it(m_collectionDir, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("sk-live-9f8e7d"), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 6);

    CollectionDocument reloaded(m_collectionDir, &secrets);
    QSignalSpy secretsLoaded(&reloaded, &CollectionDocument::secretsLoaded);
    QVERIFY(reloaded.load().ok());
    QVERIFY(secretsLoaded.wait(5000));
    QCOMPARE(reloaded.collection().environments.value(0).variables.value(0).value,
             QStringLiteral("sk-live-9f8e7d"));
    QCOMPARE(
        std::get<HttpItem>(std::get<Folder>(reloaded.collection().items[0].node).children[0].node)
            .request.headers.size(),
        1);
}

QTEST_MAIN(tst_CollectionsPane)
#include "tst_collectionspane.moc"
