// CollectionStore: external changes (a `git pull`, an editor) are noticed and debounced, the
// store's own saves are not reported, and reload() gives the new content.
#include "core/store/collectionstore.h"
#include "samplecollection.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wirescope;

class tst_CollectionStore : public QObject
{
    Q_OBJECT

private slots:
    void ownSavesAreNotReported();
    void externalReplaceIsNoticed();
    void externalEditInPlaceIsNoticed();
    void externalAddAndDeleteAreNoticed();
    void burstGivesOneNotification();
    void saveRemovesOnlyKnownFiles();
    void saveKeepsFilesThatFailedToLoad();
};

namespace {

void writeInPlace(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

void tst_CollectionStore::ownSavesAreNotReported()
{
    QTemporaryDir dir;
    CollectionStore store(dir.path());
    store.setDebounceInterval(50);
    QSignalSpy changed(&store, &CollectionStore::changedOnDisk);
    Collection c = test::sampleCollection();
    QVERIFY(store.save(c).ok());
    QVERIFY(store.load().ok());
    c.name = QStringLiteral("Renamed");
    std::get<HttpItem>(c.items.at(3).node).request.url = QStringLiteral("http://127.0.0.1/changed");
    const Result<SaveReport> saved = store.save(c);
    QVERIFY(saved.ok());
    QCOMPARE(saved->written, 2);
    // Long enough for the watcher and the debounce to run several times.
    QTest::qWait(400);
    QCOMPARE(changed.count(), 0);
}

void tst_CollectionStore::externalReplaceIsNoticed()
{
    QTemporaryDir dir;
    CollectionStore store(dir.path());
    store.setDebounceInterval(50);
    QVERIFY(store.save(test::sampleCollection()).ok());
    Result<CollectionLoad> first = store.load();
    QVERIFY(first.ok());
    QSignalSpy changed(&store, &CollectionStore::changedOnDisk);

    // What git and most editors do: write a new file and rename it over the old one.
    const QString path = dir.filePath(QStringLiteral("Plain GET.request.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QByteArray bytes = old.readAll();
    old.close();
    bytes.replace("http://127.0.0.1/", "http://127.0.0.1/pulled");
    QSaveFile save(path);
    QVERIFY(save.open(QIODevice::WriteOnly));
    save.write(bytes);
    QVERIFY(save.commit());

    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    const Result<CollectionLoad> reloaded = store.reload();
    QVERIFY(reloaded.ok());
    QCOMPARE(std::get<HttpItem>(reloaded->collection.items.at(3).node).request.url,
             QStringLiteral("http://127.0.0.1/pulled"));

    // The watcher follows the replaced file: a second change is noticed too.
    bytes.replace("pulled", "pulled-again");
    QSaveFile again(path);
    QVERIFY(again.open(QIODevice::WriteOnly));
    again.write(bytes);
    QVERIFY(again.commit());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
}

void tst_CollectionStore::externalEditInPlaceIsNoticed()
{
    QTemporaryDir dir;
    CollectionStore store(dir.path());
    store.setDebounceInterval(50);
    QVERIFY(store.save(test::sampleCollection()).ok());
    QVERIFY(store.load().ok());
    QSignalSpy changed(&store, &CollectionStore::changedOnDisk);
    writeInPlace(dir.filePath(QStringLiteral("Bodies/folder.json")),
                 R"j({"format": 1, "id": "folder-bodies", "name": "Bodies (edited)"})j");
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    const Result<CollectionLoad> reloaded = store.reload();
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->collection.items.at(2).name(), QStringLiteral("Bodies (edited)"));
}

void tst_CollectionStore::externalAddAndDeleteAreNoticed()
{
    QTemporaryDir dir;
    CollectionStore store(dir.path());
    store.setDebounceInterval(50);
    QVERIFY(store.save(test::sampleCollection()).ok());
    QVERIFY(store.load().ok());
    QSignalSpy changed(&store, &CollectionStore::changedOnDisk);

    writeInPlace(dir.filePath(QStringLiteral("Bodies/Auth kinds/New.request.json")),
                 R"({"format": 1, "name": "New", "url": "http://a/"})");
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("Live feed.ws.json"))));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
    const Result<CollectionLoad> reloaded = store.reload();
    QVERIFY(reloaded.ok());
    QCOMPARE(countRequests(reloaded->collection.items),
             countRequests(test::sampleCollection().items));
}

void tst_CollectionStore::burstGivesOneNotification()
{
    QTemporaryDir dir;
    CollectionStore store(dir.path());
    store.setDebounceInterval(300);
    QVERIFY(store.save(test::sampleCollection()).ok());
    QVERIFY(store.load().ok());
    QSignalSpy changed(&store, &CollectionStore::changedOnDisk);
    // A pull touching many files in quick succession.
    for (int i = 0; i < 20; ++i)
        writeInPlace(dir.filePath(QStringLiteral("Added %1.request.json").arg(i)),
                     R"({"format": 1, "name": "n", "url": "http://a/"})");
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    QTest::qWait(600);
    QCOMPARE(changed.count(), 1);
}

void tst_CollectionStore::saveRemovesOnlyKnownFiles()
{
    QTemporaryDir dir;
    CollectionStore store(dir.path());
    Collection c = test::sampleCollection();
    QVERIFY(store.save(c).ok());
    QVERIFY(store.load().ok());
    // Arrived after the last load (not yet reloaded): a save must not delete it.
    writeInPlace(dir.filePath(QStringLiteral("Pulled.request.json")),
                 R"({"format": 1, "name": "Pulled", "url": "http://a/"})");
    c.items.pop_back();
    const Result<SaveReport> saved = store.save(c);
    QVERIFY(saved.ok());
    QCOMPARE(saved->removed, 1);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("Pulled.request.json"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Plain GET.request.json"))));
}

void tst_CollectionStore::saveKeepsFilesThatFailedToLoad()
{
    QTemporaryDir dir;
    CollectionStore store(dir.path());
    QVERIFY(store.save(test::sampleCollection()).ok());
    // A merge conflict in a folder's metadata: the folder loads under its directory name...
    const QByteArray conflict = "{\n<<<<<<< HEAD\n    \"name\": \"Bodies\"\n=======\n";
    const QString path = dir.filePath(QStringLiteral("Bodies/folder.json"));
    writeInPlace(path, conflict);
    const Result<CollectionLoad> loaded = store.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->problems.size(), 1);
    QCOMPARE(loaded->collection.items.at(2).name(), QStringLiteral("Bodies"));
    // ...and saving does not overwrite what the user still has to resolve.
    const Result<SaveReport> saved = store.save(loaded->collection);
    QVERIFY(saved.ok());
    QCOMPARE(saved->kept, QStringList{QStringLiteral("Bodies/folder.json")});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), conflict);
}

QTEST_GUILESS_MAIN(tst_CollectionStore)
#include "tst_collectionstore.moc"
