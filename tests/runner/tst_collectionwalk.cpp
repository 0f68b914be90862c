#include "core/model/collectionwalk.h"

#include <QTest>

using namespace wirescope;

class tst_CollectionWalk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flattenInOrder();
    void folderFilter();
    void inheritedAuthAndHeaders();
};

namespace {

CollectionItem
http(const QString &name, AuthKind auth = AuthKind::Inherit, KeyValueList headers = {})
{
    HttpItem item;
    item.request.name = name;
    item.request.auth.kind = auth;
    item.request.headers = headers;
    return CollectionItem{item};
}

CollectionItem folder(const QString &name,
                      std::vector<CollectionItem> children,
                      Auth auth = {},
                      KeyValueList headers = {})
{
    Folder f;
    f.name = name;
    f.children = std::move(children);
    f.auth = auth;
    f.headers = headers;
    return CollectionItem{f};
}

KeyValue header(const QString &name, const QString &value)
{
    return KeyValue{name, value, true, {}};
}

Collection sample()
{
    Collection c;
    c.name = QStringLiteral("Sample");
    c.auth.kind = AuthKind::Bearer;
    c.auth.token = QStringLiteral("collection-token");
    c.headers = {header(QStringLiteral("X-Client"), QStringLiteral("collection")),
                 header(QStringLiteral("X-Trace"), QStringLiteral("collection"))};
    Auth basic;
    basic.kind = AuthKind::Basic;
    basic.username = QStringLiteral("folder-user");
    Auth inherit;
    inherit.kind = AuthKind::Inherit;
    c.items.push_back(http(QStringLiteral("root 1")));
    c.items.push_back(
        folder(QStringLiteral("Users"),
               {http(QStringLiteral("list users")),
                folder(QStringLiteral("Admin"),
                       {http(QStringLiteral("delete user"), AuthKind::None,
                             {header(QStringLiteral("x-trace"), QStringLiteral("request"))})},
                       inherit, {header(QStringLiteral("X-Client"), QStringLiteral("admin"))})},
               basic, {}));
    c.items.push_back(http(QStringLiteral("root 2")));
    return c;
}

QStringList names(const QList<RequestRef> &refs)
{
    QStringList out;
    for (const RequestRef &r : refs)
        out.append(r.folderPath().join(u'/') + u':' + r.item->name());
    return out;
}

} // namespace

void tst_CollectionWalk::flattenInOrder()
{
    const Collection c = sample();
    QCOMPARE(names(flattenRequests(c)),
             (QStringList{QStringLiteral(":root 1"), QStringLiteral("Users:list users"),
                          QStringLiteral("Users/Admin:delete user"), QStringLiteral(":root 2")}));
    QCOMPARE(countRequests(c.items), 4);
}

void tst_CollectionWalk::folderFilter()
{
    const Collection c = sample();
    bool found = false;
    QCOMPARE(names(flattenRequests(c, QStringLiteral("Users/Admin"), &found)),
             QStringList{QStringLiteral("Users/Admin:delete user")});
    QVERIFY(found);
    QVERIFY(flattenRequests(c, QStringLiteral("Users/Nope"), &found).isEmpty());
    QVERIFY(!found);
}

void tst_CollectionWalk::inheritedAuthAndHeaders()
{
    const Collection c = sample();
    const QList<RequestRef> refs = flattenRequests(c);

    // root 1: collection bearer auth and the collection's headers.
    Request r =
        withInheritedDefaults(c, refs[0].ancestors, std::get<HttpItem>(refs[0].item->node).request);
    QCOMPARE(r.auth.kind, AuthKind::Bearer);
    QCOMPARE(r.auth.token, QStringLiteral("collection-token"));
    QCOMPARE(r.headers.size(), 2);

    // list users: the folder's basic auth beats the collection's.
    r = withInheritedDefaults(c, refs[1].ancestors, std::get<HttpItem>(refs[1].item->node).request);
    QCOMPARE(r.auth.kind, AuthKind::Basic);
    QCOMPARE(r.auth.username, QStringLiteral("folder-user"));

    // delete user: its own auth (None) stays; the inner folder's X-Client wins over the
    // collection's, its own x-trace wins over every inherited X-Trace; outer layers first.
    r = withInheritedDefaults(c, refs[2].ancestors, std::get<HttpItem>(refs[2].item->node).request);
    QCOMPARE(r.auth.kind, AuthKind::None);
    QCOMPARE(r.headers.size(), 2);
    QCOMPARE(r.headers[0].name, QStringLiteral("X-Client"));
    QCOMPARE(r.headers[0].value, QStringLiteral("admin"));
    QCOMPARE(r.headers[1].name, QStringLiteral("x-trace"));
    QCOMPARE(r.headers[1].value, QStringLiteral("request"));
}

QTEST_GUILESS_MAIN(tst_CollectionWalk)
#include "tst_collectionwalk.moc"
