#include "core/model/collectiontree.h"

#include <QTest>

using namespace wirescope;

class tst_CollectionTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressing();
    void move_data();
    void move();
    void moveIntoItselfIsRefused();
    void takeAndInsertUndo();
    void duplicateGetsFreshIds();
    void renameRefusesBlank();
    void onlyRequestsKeepsTheirFolders();
};

namespace {

CollectionItem req(const QString &name)
{
    HttpItem h;
    h.request.id = name + QStringLiteral("-id");
    h.request.name = name;
    return CollectionItem{h};
}

CollectionItem dir(const QString &name, std::vector<CollectionItem> children)
{
    Folder f;
    f.id = name + QStringLiteral("-id");
    f.name = name;
    f.children = std::move(children);
    return CollectionItem{f};
}

// a, F[b, G[c]], d
Collection sample()
{
    Collection c;
    c.items.push_back(req(QStringLiteral("a")));
    c.items.push_back(
        dir(QStringLiteral("F"),
            {req(QStringLiteral("b")), dir(QStringLiteral("G"), {req(QStringLiteral("c"))})}));
    c.items.push_back(req(QStringLiteral("d")));
    return c;
}

QString render(const std::vector<CollectionItem> &items)
{
    QStringList parts;
    for (const CollectionItem &item : items) {
        if (const auto *f = std::get_if<Folder>(&item.node))
            parts.append(f->name + u'[' + render(f->children) + u']');
        else
            parts.append(item.name());
    }
    return parts.join(u',');
}

} // namespace

void tst_CollectionTree::addressing()
{
    Collection c = sample();
    QCOMPARE(tree::itemAt(c, {1, 1, 0})->name(), QStringLiteral("c"));
    QVERIFY(!tree::itemAt(c, {1, 5}));
    QVERIFY(!tree::itemAt(c, {0, 0})); // a request has no children
    QVERIFY(!tree::childrenOf(c, {0}));
    QCOMPARE(tree::childrenOf(c, {1})->size(), size_t(2));
    QCOMPARE(*tree::findById(c, QStringLiteral("c-id")), (ItemPath{1, 1, 0}));
    QCOMPARE(*tree::findById(c, QStringLiteral("G-id")), (ItemPath{1, 1}));
    QVERIFY(!tree::findById(c, QStringLiteral("nope")));
}

void tst_CollectionTree::move_data()
{
    QTest::addColumn<ItemPath>("from");
    QTest::addColumn<ItemPath>("toParent");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<ItemPath>("newPath");

    QTest::newRow("down within top level")
        << ItemPath{0} << ItemPath{} << 3 << "F[b,G[c]],d,a" << ItemPath{2};
    QTest::newRow("up within top level")
        << ItemPath{2} << ItemPath{} << 0 << "d,a,F[b,G[c]]" << ItemPath{0};
    QTest::newRow("same place") << ItemPath{0} << ItemPath{} << 0 << "a,F[b,G[c]],d" << ItemPath{0};
    QTest::newRow("into a later folder")
        << ItemPath{0} << ItemPath{1, 1} << 1 << "F[b,G[c,a]],d" << ItemPath{0, 1, 1};
    QTest::newRow("out of a folder")
        << ItemPath{1, 1, 0} << ItemPath{} << 1 << "a,c,F[b,G[]],d" << ItemPath{1};
    QTest::newRow("folder into sibling position")
        << ItemPath{1} << ItemPath{} << 3 << "a,d,F[b,G[c]]" << ItemPath{2};
    QTest::newRow("row past the end clamps")
        << ItemPath{0} << ItemPath{1} << 99 << "F[b,G[c],a],d" << ItemPath{0, 2};
}

void tst_CollectionTree::move()
{
    QFETCH(ItemPath, from);
    QFETCH(ItemPath, toParent);
    QFETCH(int, row);
    QFETCH(QString, expected);
    QFETCH(ItemPath, newPath);
    Collection c = sample();
    const auto moved = tree::move(c, from, toParent, row);
    QVERIFY(moved);
    QCOMPARE(render(c.items), expected);
    QCOMPARE(*moved, newPath);
}

void tst_CollectionTree::moveIntoItselfIsRefused()
{
    Collection c = sample();
    QVERIFY(!tree::move(c, {1}, {1, 1}, 0));
    QVERIFY(!tree::move(c, {1}, {1}, 0));
    QVERIFY(!tree::move(c, {7}, {}, 0));
    QVERIFY(!tree::move(c, {0}, {2}, 0)); // d is not a folder
    QCOMPARE(render(c.items), QStringLiteral("a,F[b,G[c]],d"));
}

void tst_CollectionTree::takeAndInsertUndo()
{
    Collection c = sample();
    const Collection before = c;
    auto taken = tree::take(c, {1, 1});
    QVERIFY(taken);
    QCOMPARE(render(c.items), QStringLiteral("a,F[b],d"));
    QVERIFY(tree::insert(c, {1}, 1, std::move(*taken)));
    QCOMPARE(c, before);
    QVERIFY(!tree::take(c, {}));
    QVERIFY(!tree::insert(c, {0}, 0, req(QStringLiteral("x"))));
}

void tst_CollectionTree::duplicateGetsFreshIds()
{
    Collection c = sample();
    const auto copy = tree::duplicate(c, {1});
    QVERIFY(copy);
    QCOMPARE(*copy, (ItemPath{2}));
    QCOMPARE(render(c.items), QStringLiteral("a,F[b,G[c]],F copy[b,G[c]],d"));
    const CollectionItem *inner = tree::itemAt(c, {2, 1, 0});
    QCOMPARE(inner->name(), QStringLiteral("c"));
    QVERIFY(inner->id() != QStringLiteral("c-id"));
    QVERIFY(!inner->id().isEmpty());
    QVERIFY(tree::itemAt(c, {2})->id() != QStringLiteral("F-id"));
}

void tst_CollectionTree::renameRefusesBlank()
{
    Collection c = sample();
    QVERIFY(tree::rename(c, {1, 0}, QStringLiteral("  renamed ")));
    QCOMPARE(tree::itemAt(c, {1, 0})->name(), QStringLiteral("renamed"));
    QVERIFY(!tree::rename(c, {1, 0}, QStringLiteral("   ")));
    QVERIFY(!tree::rename(c, {9}, QStringLiteral("x")));
}

void tst_CollectionTree::onlyRequestsKeepsTheirFolders()
{
    const Collection c = sample();
    QCOMPARE(render(tree::onlyRequests(c, {QStringLiteral("c-id"), QStringLiteral("d-id")}).items),
             QStringLiteral("F[G[c]],d"));
    QCOMPARE(render(tree::onlyRequests(c, {}).items), QString());
    QCOMPARE(render(tree::onlyRequests(c, {QStringLiteral("F-id")}).items),
             QString()); // folders alone are not kept
}

QTEST_GUILESS_MAIN(tst_CollectionTree)
#include "tst_collectiontree.moc"
