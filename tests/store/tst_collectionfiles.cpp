// The native collection directory: lossless round trip, minimal diffs, only-changed writes,
// removal of deleted items, corrupt/newer/old files, and hostile layouts.
#include "core/store/collectionfiles.h"
#include "samplecollection.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wirescope;
using namespace wirescope::store;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

/// relative path -> bytes of every file under @p dir.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), readAll(path));
    }
    return out;
}

HttpItem *findHttp(std::vector<CollectionItem> &items, const QString &name)
{
    for (CollectionItem &item : items) {
        if (auto *h = std::get_if<HttpItem>(&item.node); h && h->request.name == name)
            return h;
        if (auto *f = std::get_if<Folder>(&item.node)) {
            if (HttpItem *found = findHttp(f->children, name))
                return found;
        }
    }
    return nullptr;
}

} // namespace

class tst_CollectionFiles : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsLossless();
    void layoutOnDisk();
    void oneFieldChangeIsOneLineDiff();
    void deletedAndRenamedItemsRemoveTheirFiles();
    void corruptFileReportsPositionAndSiblingsLoad_data();
    void corruptFileReportsPositionAndSiblingsLoad();
    void wrongTypesReportTheJsonPath();
    void newerFormatIsRefused();
    void formatZeroIsMigrated();
    void unlistedFilesLoadAfterListedOnes();
    void hostileLayouts();
    void symlinkOutOfTheFolderIsRefused_data();
    void symlinkOutOfTheFolderIsRefused();
    void symlinkInsideTheFolderIsFollowed();
    void notACollection();
};

void tst_CollectionFiles::roundTripIsLossless()
{
    QTemporaryDir dir;
    const Collection original = test::sampleCollection();
    const Result<SaveReport> saved = saveCollectionDirectory(dir.path(), original, {});
    QVERIFY(saved.ok());
    QCOMPARE(saved->unchanged, 0);
    QCOMPARE(saved->written, saved->files.size());

    const Result<CollectionLoad> loaded = loadCollectionDirectory(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->problems.isEmpty());
    QCOMPARE(loaded->collection.items.size(), original.items.size());
    QCOMPARE(countRequests(loaded->collection.items), countRequests(original.items));
    QCOMPARE(loaded->collection.environments, original.environments);
    QCOMPARE(loaded->collection.variables, original.variables);
    QVERIFY(loaded->collection == original);
    QCOMPARE(QSet<QString>(loaded->files.cbegin(), loaded->files.cend()),
             QSet<QString>(saved->files.cbegin(), saved->files.cend()));

    // Saving what was loaded writes nothing.
    const Result<SaveReport> again =
        saveCollectionDirectory(dir.path(), loaded->collection, loaded->files);
    QVERIFY(again.ok());
    QCOMPARE(again->written, 0);
    QCOMPARE(again->removed, 0);
    QCOMPARE(again->unchanged, saved->files.size());
}

void tst_CollectionFiles::layoutOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(saveCollectionDirectory(dir.path(), test::sampleCollection(), {}).ok());
    const QStringList expected{
        QStringLiteral("collection.json"),
        QStringLiteral("body raw.request.json"),
        QStringLiteral("Live feed.ws.json"),
        QStringLiteral("Plain GET.request.json"),
        QStringLiteral("Bodies/folder.json"),
        QStringLiteral("Bodies/body raw.request.json"),
        QStringLiteral("Bodies/body multipart.request.json"),
        QStringLiteral("Bodies/Auth kinds/folder.json"),
        QStringLiteral("Bodies/Auth kinds/auth apikey.request.json"),
        QStringLiteral("Bodies/Auth kinds/Empty/folder.json"),
        QStringLiteral("environments/Staging.json"),
        QStringLiteral("environments/Local.json"),
    };
    const QMap<QString, QByteArray> files = snapshot(dir.path());
    for (const QString &rel : expected)
        QVERIFY2(files.contains(rel), qPrintable(rel));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QVERIFY2(it.value().contains("\"format\": 1"), qPrintable(it.key()));
        QVERIFY(it.value().endsWith("}\n"));
    }
    const QByteArray meta = files.value(QStringLiteral("collection.json"));
    QVERIFY(meta.contains(
        "\"order\": [\n        \"body raw.request.json\",\n        \"Live feed.ws.json\",\n"
        "        \"Bodies/\",\n        \"Plain GET.request.json\"\n    ]"));
    QVERIFY(meta.contains(
        "\"environments\": [\n        \"Staging.json\",\n        \"Local.json\"\n    ]"));
}

void tst_CollectionFiles::oneFieldChangeIsOneLineDiff()
{
    QTemporaryDir dir;
    Collection c = test::sampleCollection();
    Result<SaveReport> first = saveCollectionDirectory(dir.path(), c, {});
    QVERIFY(first.ok());
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    HttpItem *item = findHttp(c.items, QStringLiteral("body multipart"));
    QVERIFY(item);
    QCOMPARE(item->request.headers.at(0).value, QStringLiteral("application/json"));
    item->request.headers[0].value = QStringLiteral("text/plain");

    const Result<SaveReport> second = saveCollectionDirectory(dir.path(), c, first->files);
    QVERIFY(second.ok());
    QCOMPARE(second->written, 1);
    QCOMPARE(second->removed, 0);

    const QMap<QString, QByteArray> after = snapshot(dir.path());
    QCOMPARE(after.keys(), before.keys());
    const QString changed = QStringLiteral("Bodies/body multipart.request.json");
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it.key() != changed)
            QVERIFY2(it.value() == before.value(it.key()), qPrintable(it.key()));
    }
    const QList<QByteArray> a = before.value(changed).split('\n');
    const QList<QByteArray> b = after.value(changed).split('\n');
    QCOMPARE(b.size(), a.size());
    QStringList differing;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            differing.append(QString::fromUtf8(a.at(i) + " -> " + b.at(i)));
    }
    QCOMPARE(differing.size(), 1);
    QVERIFY2(differing.first().contains(QLatin1String("\"value\": \"text/plain\"")),
             qPrintable(differing.first()));
}

void tst_CollectionFiles::deletedAndRenamedItemsRemoveTheirFiles()
{
    QTemporaryDir dir;
    Collection c = test::sampleCollection();
    Result<SaveReport> first = saveCollectionDirectory(dir.path(), c, {});
    QVERIFY(first.ok());
    // Files that are not the collection's: never touched.
    writeFile(dir.filePath(QStringLiteral("README.md")), "# docs\n");
    writeFile(dir.filePath(QStringLiteral("Bodies/Auth kinds/notes.txt")), "mine\n");
    writeFile(dir.filePath(QStringLiteral("Bodies/Auth kinds/Empty/keep.request.json.bak")), "x");

    // Delete the "Bodies" folder's nested "Auth kinds" folder except... delete it all, and
    // rename a top-level request.
    auto &bodies = std::get<Folder>(c.items.at(2).node);
    bodies.children.pop_back(); // "Auth kinds" (with "Empty" inside)
    std::get<HttpItem>(c.items.at(3).node).request.name = QStringLiteral("Renamed");

    const Result<SaveReport> second = saveCollectionDirectory(dir.path(), c, first->files);
    QVERIFY(second.ok());
    // 7 auth requests (one per AuthKind) + 2 folder.json + the renamed file
    QCOMPARE(second->removed, 10);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Plain GET.request.json"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("Renamed.request.json"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Bodies/Auth kinds/folder.json"))));
    QVERIFY(
        !QFile::exists(dir.filePath(QStringLiteral("Bodies/Auth kinds/auth basic.request.json"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("README.md"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("Bodies/Auth kinds/notes.txt"))));
    QVERIFY(QFile::exists(
        dir.filePath(QStringLiteral("Bodies/Auth kinds/Empty/keep.request.json.bak"))));

    const Result<CollectionLoad> loaded = loadCollectionDirectory(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->problems.isEmpty());
    QVERIFY(loaded->collection == c);

    // Without foreign files, emptied folders disappear too.
    QFile::remove(dir.filePath(QStringLiteral("Bodies/Auth kinds/notes.txt")));
    QFile::remove(dir.filePath(QStringLiteral("Bodies/Auth kinds/Empty/keep.request.json.bak")));
    QVERIFY(QDir(dir.filePath(QStringLiteral("Bodies/Auth kinds"))).removeRecursively());
    c.items.erase(c.items.begin() + 2);
    const Result<SaveReport> third = saveCollectionDirectory(dir.path(), c, second->files);
    QVERIFY(third.ok());
    QCOMPARE(third->removed, 6); // folder.json + 5 requests
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("Bodies"))));
}

void tst_CollectionFiles::corruptFileReportsPositionAndSiblingsLoad_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing comma")
        << QByteArray("{\n    \"format\": 1,\n    \"name\": \"x\"\n    \"url\": \"y\"\n}\n") << 4
        << 5;
    QTest::newRow("merge conflict")
        << QByteArray("{\n    \"format\": 1,\n<<<<<<< HEAD\n") << 3 << 1;
    QTest::newRow("truncated") << QByteArray("{\n    \"format\": 1,\n    \"name\": \"ab") << 3
                               << 16;
    QTest::newRow("not an object") << QByteArray("[1, 2]\n") << 1 << 1;
    QTest::newRow("empty file") << QByteArray() << 1 << 1;
}

void tst_CollectionFiles::corruptFileReportsPositionAndSiblingsLoad()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    QTemporaryDir dir;
    const Collection c = test::sampleCollection();
    const Result<SaveReport> saved = saveCollectionDirectory(dir.path(), c, {});
    QVERIFY(saved.ok());
    const QString bad = dir.filePath(QStringLiteral("Bodies/body raw.request.json"));
    writeFile(bad, content);

    const Result<CollectionLoad> loaded = loadCollectionDirectory(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->problems.size(), 1);
    const LoadProblem &p = loaded->problems.first();
    QCOMPARE(p.path, bad);
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QVERIFY(!p.message.isEmpty());
    QVERIFY(p.toString().startsWith(bad + QStringLiteral(":%1:%2: ").arg(line).arg(column)));
    QCOMPARE(countRequests(loaded->collection.items), countRequests(c.items) - 1);
    QVERIFY(!loaded->files.contains(QStringLiteral("Bodies/body raw.request.json")));

    // Saving what loaded does not delete the file it could not read.
    QVERIFY(saveCollectionDirectory(dir.path(), loaded->collection, loaded->files).ok());
    QCOMPARE(readAll(bad), content);
}

void tst_CollectionFiles::wrongTypesReportTheJsonPath()
{
    QTemporaryDir dir;
    QVERIFY(saveCollectionDirectory(dir.path(), test::sampleCollection(), {}).ok());
    writeFile(dir.filePath(QStringLiteral("Plain GET.request.json")),
              R"({"format": 1, "name": "p", "headers": [{"name": "A", "value": 7}]})");
    writeFile(dir.filePath(QStringLiteral("Bodies/folder.json")),
              R"({"format": 1, "name": ["x"]})");
    const Result<CollectionLoad> loaded = loadCollectionDirectory(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->problems.size(), 2);
    QCOMPARE(loaded->problems.at(0).path, dir.filePath(QStringLiteral("Bodies/folder.json")));
    QCOMPARE(loaded->problems.at(0).message,
             QStringLiteral("name: expected a string, found an array"));
    QCOMPARE(loaded->problems.at(1).message,
             QStringLiteral("headers[0].value: expected a string, found a number"));
    // The folder with the bad folder.json still loads its children, named after its directory.
    const auto *bodies = std::get_if<Folder>(&loaded->collection.items.at(2).node);
    QVERIFY(bodies);
    QCOMPARE(bodies->name, QStringLiteral("Bodies"));
    QCOMPARE(countRequests(bodies->children), 12); // 5 bodies + 7 auth kinds
}

void tst_CollectionFiles::newerFormatIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(saveCollectionDirectory(dir.path(), test::sampleCollection(), {}).ok());
    // One request from the future: refused, the rest loads.
    writeFile(dir.filePath(QStringLiteral("Plain GET.request.json")),
              R"({"format": 2, "name": "future", "url": "http://x/"})");
    Result<CollectionLoad> loaded = loadCollectionDirectory(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->problems.size(), 1);
    QVERIFY(loaded->problems.first().newerFormat);
    QVERIFY2(loaded->problems.first().message.contains(QLatin1String("newer Wirescope (format 2")),
             qPrintable(loaded->problems.first().message));

    // The whole collection from the future: refused with a clear error.
    const QString meta = dir.filePath(QStringLiteral("collection.json"));
    QByteArray bytes = readAll(meta);
    bytes.replace("\"format\": 1", "\"format\": 7");
    writeFile(meta, bytes);
    loaded = loadCollectionDirectory(dir.path());
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(meta), qPrintable(loaded.error().message));
    QVERIFY(
        loaded.error().message.contains(QLatin1String("written by a newer Wirescope (format 7")));

    // No "format" at all is not guessed.
    writeFile(meta, R"({"name": "x"})");
    loaded = loadCollectionDirectory(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->problems.first().message.contains(QLatin1String("no \"format\" key")));
}

void tst_CollectionFiles::formatZeroIsMigrated()
{
    QTemporaryDir dir;
    // Format 0 (the pre-release layout): tables as objects, "title" for names.
    writeFile(dir.filePath(QStringLiteral("collection.json")),
              R"({"format": 0, "id": "old-1", "title": "Old API", "variables": {"base": "http://a"},
                  "headers": {"X-Old": "1"}, "order": ["Get.request.json", "Sub/"]})");
    writeFile(dir.filePath(QStringLiteral("Get.request.json")),
              R"({"format": 0, "id": "g", "name": "Get", "method": "GET", "url": "{{base}}/x",
                  "headers": {"Accept": "*/*"}, "queryParams": {"q": "1"}})");
    writeFile(dir.filePath(QStringLiteral("Sub/folder.json")),
              R"({"format": 0, "id": "s", "title": "Sub folder"})");
    writeFile(dir.filePath(QStringLiteral("environments/dev.json")),
              R"({"format": 0, "name": "dev", "variables": {"base": "http://dev"}})");

    const Result<CollectionLoad> loaded = loadCollectionDirectory(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->problems.isEmpty());
    const Collection &c = loaded->collection;
    QCOMPARE(c.name, QStringLiteral("Old API"));
    QCOMPARE(c.variables.size(), 1);
    QCOMPARE(c.variables.first().name, QStringLiteral("base"));
    QCOMPARE(c.variables.first().value, QStringLiteral("http://a"));
    QCOMPARE(c.headers.first().name, QStringLiteral("X-Old"));
    QCOMPARE(c.items.size(), size_t(2));
    const auto &get = std::get<HttpItem>(c.items.at(0).node).request;
    QCOMPARE(get.headers,
             (KeyValueList{KeyValue{QStringLiteral("Accept"), QStringLiteral("*/*"), true, {}}}));
    QCOMPARE(get.queryParams.first().value, QStringLiteral("1"));
    QCOMPARE(std::get<Folder>(c.items.at(1).node).name, QStringLiteral("Sub folder"));
    QCOMPARE(c.environments.first().variables.first().value, QStringLiteral("http://dev"));

    // Saving writes the current format.
    QVERIFY(saveCollectionDirectory(dir.path(), c, loaded->files).ok());
    QVERIFY(readAll(dir.filePath(QStringLiteral("Get.request.json"))).contains("\"format\": 1"));
    const Result<CollectionLoad> again = loadCollectionDirectory(dir.path());
    QVERIFY(again.ok());
    QVERIFY(again->collection == c);
}

void tst_CollectionFiles::unlistedFilesLoadAfterListedOnes()
{
    QTemporaryDir dir;
    QVERIFY(saveCollectionDirectory(dir.path(), test::sampleCollection(), {}).ok());
    // A `git pull` added a request that this checkout's order does not list yet.
    writeFile(dir.filePath(QStringLiteral("Added.request.json")),
              R"({"format": 1, "id": "n", "name": "Added by a colleague", "url": "http://a/"})");
    const Result<CollectionLoad> loaded = loadCollectionDirectory(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->problems.isEmpty());
    QCOMPARE(loaded->collection.items.size(), size_t(5));
    QCOMPARE(loaded->collection.items.back().name(), QStringLiteral("Added by a colleague"));
}

void tst_CollectionFiles::hostileLayouts()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    writeFile(outside.filePath(QStringLiteral("secret.request.json")),
              R"({"format": 1, "name": "outside", "url": "http://a/"})");
    const QString rel =
        QDir(dir.path()).relativeFilePath(outside.filePath(QStringLiteral("secret.request.json")));
    const QByteArray order =
        "[\"" + rel.toUtf8() + "\", \"../x/\", \"a\\\\b\", 5, \"ok.request.json\"]";
    writeFile(dir.filePath(QStringLiteral("collection.json")),
              "{\"format\": 1, \"id\": \"h\", \"name\": \"../../evil\", \"order\": " + order + "}");
    writeFile(dir.filePath(QStringLiteral("ok.request.json")),
              R"({"format": 1, "name": "../../etc/passwd", "url": "http://a/"})");
    // 40 nested folders: deeper than the limit.
    QString deep = dir.path();
    for (int i = 0; i < 40; ++i) {
        deep += QStringLiteral("/d");
        writeFile(deep + QStringLiteral("/folder.json"), R"({"format": 1, "name": "d"})");
    }
    // JSON nested far deeper than anything real.
    writeFile(dir.filePath(QStringLiteral("nested.request.json")),
              "{\"format\": 1, \"x\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}");
    // A huge file is refused before it is read.
    {
        QFile big(dir.filePath(QStringLiteral("big.request.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(kMaxStoreFileBytes + 1));
    }

    const Result<CollectionLoad> loaded = loadCollectionDirectory(dir.path());
    QVERIFY(loaded.ok());
    QStringList messages;
    for (const LoadProblem &p : loaded->problems)
        messages.append(p.toString());
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("order[2]: not a file name")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("order[3]: not a file name")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("nested deeper than 32 levels")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("nested.request.json:1:")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("big.request.json: file too large")), qPrintable(all));
    // Nothing from outside the directory was loaded; the names are just names.
    QCOMPARE(loaded->collection.name, QStringLiteral("../../evil"));
    const QStringList names = [&] {
        QStringList out;
        for (const CollectionItem &item : loaded->collection.items)
            out.append(item.name());
        return out;
    }();
    QVERIFY(!names.contains(QStringLiteral("outside")));
    QVERIFY(names.contains(QStringLiteral("../../etc/passwd")));

    // Saving puts every file inside the directory, under a safe name.
    QTemporaryDir target;
    const QString inner = target.filePath(QStringLiteral("c"));
    const Result<SaveReport> saved = saveCollectionDirectory(inner, loaded->collection, {});
    QVERIFY(saved.ok());
    for (const QString &file : saved->files) {
        QVERIFY2(!file.contains(QLatin1String("..")) || file.startsWith(QLatin1String("___..")),
                 qPrintable(file));
        QVERIFY(QFileInfo(inner + u'/' + file)
                    .canonicalFilePath()
                    .startsWith(QDir(inner).canonicalPath() + u'/'));
    }
    QVERIFY(saved->files.contains(QStringLiteral("___.._etc_passwd.request.json")));
    QCOMPARE(QDir(target.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QStringLiteral("c")});
}

void tst_CollectionFiles::symlinkOutOfTheFolderIsRefused_data()
{
    QTest::addColumn<QString>("link");   // planted in the target folder
    QTest::addColumn<QString>("target"); // relative to the outside folder
    QTest::addColumn<bool>("folder");    // the link stands for a folder
    QTest::newRow("collection.json")
        << QStringLiteral("collection.json") << QStringLiteral("victim.txt") << false;
    QTest::newRow("a request file")
        << QStringLiteral("Plain GET.request.json") << QStringLiteral("victim.txt") << false;
    QTest::newRow("dangling link")
        << QStringLiteral("Live feed.ws.json") << QStringLiteral("created-by-us.txt") << false;
    QTest::newRow("a folder") << QStringLiteral("Bodies") << QStringLiteral("victims") << true;
    QTest::newRow("environments") << QStringLiteral("environments") << QStringLiteral("victims")
                                  << true;
}

void tst_CollectionFiles::symlinkOutOfTheFolderIsRefused()
{
    QFETCH(QString, link);
    QFETCH(QString, target);
    QFETCH(bool, folder);
    QTemporaryDir outside;
    QTemporaryDir dir;
    QVERIFY(outside.isValid() && dir.isValid());
    writeFile(outside.filePath(QStringLiteral("victim.txt")), "precious\n");
    writeFile(outside.filePath(QStringLiteral("victims/folder.json")), "precious\n");
    writeFile(outside.filePath(QStringLiteral("victims/Staging.json")), "precious\n");
    QVERIFY(QFile::link(outside.filePath(target), dir.filePath(link)));
    const QMap<QString, QByteArray> before = snapshot(outside.path());

    const Result<SaveReport> saved =
        saveCollectionDirectory(dir.path(), test::sampleCollection(), {});
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::File);
    const QString message = saved.error().message;
    QVERIFY2(message.contains(dir.filePath(link)), qPrintable(message)); // names the link
    QVERIFY2(message.contains(QLatin1String("symbolic link")), qPrintable(message));
    QCOMPARE(snapshot(outside.path()), before); // nothing written, created or removed outside
    QVERIFY(folder || QFileInfo(dir.filePath(link)).isSymLink());
}

void tst_CollectionFiles::symlinkInsideTheFolderIsFollowed()
{
    // A link that stays inside the collection folder is the user's own layout: it still saves.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("real-envs")));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("real-envs")),
                        dir.filePath(QStringLiteral("environments"))));
    const Result<SaveReport> saved =
        saveCollectionDirectory(dir.path(), test::sampleCollection(), {});
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("real-envs/Staging.json"))));
}

void tst_CollectionFiles::notACollection()
{
    QTemporaryDir dir;
    const Result<CollectionLoad> loaded = loadCollectionDirectory(dir.path());
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QLatin1String("is not a Wirescope collection")));
}

QTEST_GUILESS_MAIN(tst_CollectionFiles)
#include "tst_collectionfiles.moc"
