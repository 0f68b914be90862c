// A request tab opened from a collection sends what the runner sends: an "inherit" auth takes
// the nearest folder's (then the collection's) auth, and folder and collection headers are
// added, against the real httpbin. A tab that belongs to no collection has nothing to inherit.
#include "core/http/httpclient.h"
#include "core/model/collection.h"
#include "core/vars/variablecontext.h"
#include "tests/support/testenv.h"
#include "ui/collections/collectiondocument.h"
#include "ui/mainwindow/requesttab.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;

class tst_RequestTabInherit final : public QObject
{
    Q_OBJECT

    test::TestServers m_s;
    HttpClient *m_client = nullptr;
    VariableContext m_context;

    HttpItem item(const QString &path) const
    {
        HttpItem it;
        it.request.id = newItemId();
        it.request.name = path;
        it.request.method = QStringLiteral("GET");
        it.request.url = m_s.httpbin.toString() + path;
        it.request.auth.kind = AuthKind::Inherit;
        return it;
    }

    /// A collection with Basic auth alice/pw and a header, a folder (auth inherit) with its own
    /// header, and @p it inside the folder.
    static Collection collectionWith(const HttpItem &it)
    {
        Collection c;
        c.id = newItemId();
        c.name = QStringLiteral("Inherit");
        c.auth.kind = AuthKind::Basic;
        c.auth.username = QStringLiteral("alice");
        c.auth.password = QStringLiteral("pw");
        c.headers = {KeyValue{QStringLiteral("X-Collection"), QStringLiteral("c"), true, {}}};
        Folder folder;
        folder.id = newItemId();
        folder.name = QStringLiteral("Folder");
        folder.auth.kind = AuthKind::Inherit;
        folder.headers = {KeyValue{QStringLiteral("X-Folder"), QStringLiteral("f"), true, {}}};
        folder.children.push_back(CollectionItem{it});
        c.items.push_back(CollectionItem{folder});
        return c;
    }

    static Exchange sendAndWait(RequestTab &tab)
    {
        QSignalSpy done(&tab, &RequestTab::exchangeFinished);
        tab.send();
        if (!done.wait(15000))
            return {};
        return done.first().first().value<Exchange>();
    }

private slots:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
        m_client = new HttpClient(this);
    }

    void inheritsTheCollectionsAuthThroughAFolder()
    {
        const HttpItem it = item(QStringLiteral("/basic-auth/alice/pw"));
        QTemporaryDir dir;
        CollectionDocument document(dir.path(), nullptr);
        document.adopt(collectionWith(it));
        RequestTab tab(m_client, &m_context);
        tab.setHttpItem(it);
        tab.setOrigin(&document, it.request.id);
        const Exchange ex = sendAndWait(tab);
        QVERIFY(ex.response);
        QCOMPARE(ex.response->status, 200);
    }

    void addsFolderAndCollectionHeaders()
    {
        const HttpItem it = item(QStringLiteral("/headers"));
        QTemporaryDir dir;
        CollectionDocument document(dir.path(), nullptr);
        document.adopt(collectionWith(it));
        RequestTab tab(m_client, &m_context);
        tab.setHttpItem(it);
        tab.setOrigin(&document, it.request.id);
        const Exchange ex = sendAndWait(tab);
        QVERIFY(ex.response);
        const QJsonObject echoed = QJsonDocument::fromJson(ex.response->body.read())
                                       .object()
                                       .value(QLatin1String("headers"))
                                       .toObject();
        QCOMPARE(echoed.value(QLatin1String("X-Folder")).toString(), QStringLiteral("f"));
        QCOMPARE(echoed.value(QLatin1String("X-Collection")).toString(), QStringLiteral("c"));
        QVERIFY(echoed.value(QLatin1String("Authorization"))
                    .toString()
                    .startsWith(QLatin1String("Basic ")));
    }

    void aTabOutsideACollectionInheritsNothing()
    {
        const HttpItem it = item(QStringLiteral("/basic-auth/alice/pw"));
        RequestTab tab(m_client, &m_context);
        tab.setHttpItem(it);
        const Exchange ex = sendAndWait(tab);
        QVERIFY(ex.response);
        QCOMPARE(ex.response->status, 401);
    }
};

QTEST_MAIN(tst_RequestTabInherit)
#include "tst_requesttab_inherit.moc"
