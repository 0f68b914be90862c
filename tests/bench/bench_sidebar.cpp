// The collections sidebar with 10,000 requests: open (files -> tree ready), one filter
// keystroke, and the import of the same collection as a Postman v2.1 file. References in the
// same run: reading the files' bytes, and parsing the Postman file as plain JSON.
//
//   QT_QPA_PLATFORM=offscreen bench_sidebar [REQUESTS=10000] [ROUNDS=5]

#include "core/interop/importer.h"
#include "core/interop/postmanexporter.h"
#include "core/store/collectionfiles.h"
#include "ui/collections/collectiondocument.h"
#include "ui/collections/collectionspane.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace wirescope;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

Collection generate(int requests)
{
    Collection c;
    c.id = newItemId();
    c.name = QStringLiteral("Big");
    const int perFolder = 100;
    for (int f = 0; f < (requests + perFolder - 1) / perFolder; ++f) {
        Folder folder;
        folder.id = newItemId();
        folder.name = QStringLiteral("Folder %1").arg(f);
        for (int r = 0; r < perFolder && f * perFolder + r < requests; ++r) {
            HttpItem item;
            item.request.id = newItemId();
            item.request.name = QStringLiteral("Request %1").arg(f * perFolder + r);
            item.request.method = r % 3 ? QStringLiteral("GET") : QStringLiteral("POST");
            item.request.url =
                QStringLiteral("{{base}}/api/v1/items/%1?page=%2").arg(f * perFolder + r).arg(r);
            item.request.headers = {
                KeyValue{QStringLiteral("Accept"), QStringLiteral("application/json"), true, {}}};
            folder.children.push_back(CollectionItem{item});
        }
        c.items.push_back(CollectionItem{folder});
    }
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int requests = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big"));
    const Collection collection = generate(requests);
    if (!store::saveCollectionDirectory(path, collection, {})) {
        std::fprintf(stderr, "cannot write the collection\n");
        return 1;
    }
    const QByteArray postman = postmanJsonText(exportPostmanCollection(collection));

    std::vector<double> readMs, openMs, keyMs, importMs, parseMs;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        qint64 bytes = 0;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll().size();
        }
        readMs.push_back(t.nsecsElapsed() / 1e6);

        t.restart();
        CollectionDocument document(path, nullptr);
        if (!document.load())
            return 1;
        CollectionsPane pane;
        pane.resize(300, 800);
        pane.show();
        pane.addDocument(&document);
        QApplication::processEvents();
        openMs.push_back(t.nsecsElapsed() / 1e6);

        // One keystroke each: the filter text grows as a user types it.
        const QString typed = QStringLiteral("request 99");
        QString text;
        for (const QChar c : typed) {
            text += c;
            t.restart();
            pane.setFilterText(text);
            QApplication::processEvents();
            keyMs.push_back(t.nsecsElapsed() / 1e6);
        }
        pane.setFilterText({});

        t.restart();
        const auto parsed = QJsonDocument::fromJson(postman);
        parseMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        const auto imported = importData(postman, ImportFormat::Postman);
        importMs.push_back(t.nsecsElapsed() / 1e6);
        if (!imported || countRequests(imported->collection.items) != requests) {
            std::fprintf(stderr, "import lost requests\n");
            return 1;
        }
        (void)parsed;
    }
    std::printf("== Sidebar: %d requests in %d folders, %d rounds (offscreen)\n", requests,
                (requests + 99) / 100, rounds);
    std::printf("reference: read every file's bytes          median %8.1f ms\n", median(readMs));
    std::printf(
        "open: load + tree ready (shown, expanded)    median %8.1f ms   (target <= 500 ms)\n",
        median(openMs));
    std::printf("filter keystroke (%zu samples)               median %8.1f ms, max %.1f ms (target "
                "<= 30 ms)\n",
                keyMs.size(), median(keyMs), *std::max_element(keyMs.begin(), keyMs.end()));
    std::printf("reference: parse the Postman file as JSON   median %8.1f ms (%.1f MiB)\n",
                median(parseMs), postman.size() / 1048576.0);
    std::printf(
        "import of the same as Postman v2.1           median %8.1f ms   (target <= 2000 ms)\n",
        median(importMs));
    return 0;
}
