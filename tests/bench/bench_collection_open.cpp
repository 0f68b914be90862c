// Opening and saving a large native collection: 10,000 requests in nested folders.
// Prints load (parse + model ready) and save times next to references measured in the same
// run on the same files: reading every file's bytes, and reading + parsing them as JSON.
// Usage: bench_collection_open [REQUESTS] [ROUNDS] [DIR]   (defaults 10000, 5, a temp dir)
// With DIR, the collection is kept there and a later run reuses it (no first save; for
// profiling the load alone).
#include "core/store/collectionfiles.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include <sys/resource.h>

using namespace wirescope;

namespace {

Request makeRequest(int n)
{
    Request r;
    r.id = newItemId();
    r.name = QStringLiteral("Request %1").arg(n);
    r.method = n % 3 ? QStringLiteral("GET") : QStringLiteral("POST");
    r.url = QStringLiteral("{{base}}/api/v1/items/%1?expand=true").arg(n);
    r.queryParams = {KeyValue{QStringLiteral("expand"), QStringLiteral("true"), true, {}}};
    r.headers = {
        KeyValue{QStringLiteral("Accept"), QStringLiteral("application/json"), true, {}},
        KeyValue{QStringLiteral("X-Request"), QString::number(n), true, {}},
        KeyValue{QStringLiteral("X-Debug"), QStringLiteral("1"), false, QStringLiteral("off")}};
    if (r.method == QLatin1String("POST")) {
        r.body.kind = BodyKind::Raw;
        r.body.language = RawLanguage::Json;
        r.body.raw =
            QStringLiteral("{\n  \"name\": \"item %1\",\n  \"tags\": [\"a\", \"b\"]\n}").arg(n);
    }
    r.auth.kind = AuthKind::Inherit;
    return r;
}

/// @p total requests in 10 top folders x 10 sub-folders.
Collection makeCollection(int total)
{
    Collection c;
    c.id = newItemId();
    c.name = QStringLiteral("Benchmark");
    c.variables = {
        Variable{QStringLiteral("base"), QStringLiteral("http://127.0.0.1:8080"), true, false, {}}};
    c.environments = {Environment{QStringLiteral("Local"), c.variables}};
    int n = 0;
    const int perLeaf = std::max(1, total / 100);
    for (int i = 0; i < 10 && n < total; ++i) {
        Folder top;
        top.id = newItemId();
        top.name = QStringLiteral("Area %1").arg(i);
        for (int j = 0; j < 10 && n < total; ++j) {
            Folder leaf;
            leaf.id = newItemId();
            leaf.name = QStringLiteral("Resource %1").arg(j);
            for (int k = 0; k < perLeaf && n < total; ++k) {
                HttpItem item;
                item.request = makeRequest(n++);
                leaf.children.push_back(CollectionItem{std::move(item)});
            }
            top.children.push_back(CollectionItem{std::move(leaf)});
        }
        c.items.push_back(CollectionItem{std::move(top)});
    }
    return c;
}

/// CPU time (user + system) this process used so far, in ms: on a shared machine the wall
/// clock also counts the time other processes held the CPU.
double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
           + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

struct Timing
{
    QList<double> wall; ///< ms per round
    QList<double> cpu;  ///< ms per round
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

/// Runs @p fn @p rounds times; returns wall and CPU times in ms.
Timing timeIt(int rounds, const std::function<void()> &fn)
{
    Timing out;
    for (int i = 0; i < rounds; ++i) {
        const double cpu0 = cpuMs();
        QElapsedTimer t;
        t.start();
        fn();
        out.wall.append(t.nsecsElapsed() / 1e6);
        out.cpu.append(cpuMs() - cpu0);
    }
    return out;
}

QString figures(const Timing &t)
{
    return QStringLiteral("wall median %1 ms (min %2), CPU median %3 ms")
        .arg(median(t.wall), 7, 'f', 1)
        .arg(*std::min_element(t.wall.begin(), t.wall.end()), 0, 'f', 1)
        .arg(median(t.cpu), 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int total = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    QTextStream out(stdout);

    QTemporaryDir tempDir;
    const QString path = args.size() > 3 ? args.at(3) : tempDir.path();
    const bool reuse = args.size() > 3 && QFile::exists(path + QStringLiteral("/collection.json"));
    Collection collection = makeCollection(total);

    // Save into an empty directory: every file is new (QSaveFile: temp file, fsync, rename).
    QElapsedTimer t;
    t.start();
    Result<SaveReport> saved = reuse ? Result<SaveReport>(SaveReport{})
                                     : store::saveCollectionDirectory(path, collection, {});
    const double firstSaveMs = t.nsecsElapsed() / 1e6;
    if (!saved) {
        out << "save failed: " << saved.error().message << "\n";
        return 1;
    }
    if (reuse) {
        Result<CollectionLoad> existing = store::loadCollectionDirectory(path);
        if (!existing) {
            out << "load failed: " << existing.error().message << "\n";
            return 1;
        }
        collection = existing->collection;
        SaveReport reused;
        reused.files = existing->files;
        saved = reused;
    }
    struct Dir
    {
        QString p;
        QString path() const { return p; }
    } dir{path};
    const QStringList files = saved->files;
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(dir.path() + u'/' + f).size();
    out << "== Native collection: " << countRequests(collection.items) << " requests, "
        << files.size() << " files, " << bytes / 1024 << " KiB, " << rounds
        << " rounds (warm page cache)\n";

    // References on the same files.
    const Timing readMs = timeIt(rounds, [&] {
        qint64 n = 0;
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                n += f.readAll().size();
        }
        if (n != bytes)
            out << "reference read a different byte count: " << n << "\n";
    });
    const Timing parseMs = timeIt(rounds, [&] {
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && QJsonDocument::fromJson(f.readAll()).isNull())
                out << "reference parse failed\n";
        }
    });

    int loadedRequests = 0;
    int problems = 0;
    Collection loaded;
    const Timing loadMs = timeIt(rounds, [&] {
        Result<CollectionLoad> r = store::loadCollectionDirectory(dir.path());
        loadedRequests = r ? countRequests(r->collection.items) : -1;
        problems = r ? int(r->problems.size()) : -1;
        if (r)
            loaded = std::move(r->collection);
    });
    if (loadedRequests != total || problems != 0 || !(loaded == collection)) {
        out << "load mismatch: " << loadedRequests << " requests, " << problems << " problems\n";
        return 1;
    }

    SaveReport report;
    const Timing unchangedSaveMs = timeIt(rounds, [&] {
        Result<SaveReport> r = store::saveCollectionDirectory(dir.path(), loaded, files);
        report = r ? *r : SaveReport{};
    });
    const int unchangedWritten = report.written;

    Collection edited = loaded;
    // One request in the middle of the tree.
    auto &top = std::get<Folder>(edited.items[edited.items.size() / 2].node);
    auto &leaf = std::get<Folder>(top.children[top.children.size() / 2].node);
    auto &target = std::get<HttpItem>(leaf.children[leaf.children.size() / 2].node);
    int round = 0;
    const Timing oneChangeMs = timeIt(rounds, [&] {
        target.request.headers[1].value = QString::number(++round);
        Result<SaveReport> r = store::saveCollectionDirectory(dir.path(), edited, files);
        report = r ? *r : SaveReport{};
    });

    out << "reference: read all files' bytes      " << figures(readMs) << "\n";
    out << "reference: read + QJsonDocument parse  " << figures(parseMs) << "\n";
    out << "load (parse + model ready)             " << figures(loadMs)
        << "   (target <= 500 ms)\n";
    if (!reuse)
        out << "save, all files new                    " << QString::number(firstSaveMs, 'f', 1)
            << " ms (" << saved->written << " files written, each fsync'ed by QSaveFile)\n";
    out << "save, nothing changed                  " << figures(unchangedSaveMs) << " ("
        << unchangedWritten << " files written)\n";
    out << "save, one header changed               " << figures(oneChangeMs) << " ("
        << report.written << " file written)\n";
    out << "load/read ratio (wall): "
        << QString::number(median(loadMs.wall) / median(readMs.wall), 'f', 2)
        << ", load/parse ratio (wall): "
        << QString::number(median(loadMs.wall) / median(parseMs.wall), 'f', 2) << "\n";
    return 0;
}
