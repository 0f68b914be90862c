#pragma once

// Small lookups the import tests share: walk an imported tree by item names.

#include "core/interop/importer.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStringList>
#include <QTest>

namespace wirescope::test {

inline QByteArray readDataFile(const QString &relative)
{
    QFile file(sourceDataDir() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// Imports tests/data/@p relative (format detected, the file name as source name); a failure
/// ends the test program with the importer's message.
inline ImportResult importDataFile(const QString &relative)
{
    auto r = importData(readDataFile(relative), ImportFormat::Auto, relative);
    if (!r)
        qFatal("import of %s failed: %s", qPrintable(relative), qPrintable(r.error().message));
    return std::move(r).value();
}

/// Imports @p text (format detected) as importDataFile() does.
inline ImportResult importText(const QByteArray &text)
{
    auto r = importData(text, ImportFormat::Auto, QStringLiteral("inline.yaml"));
    if (!r)
        qFatal("inline import failed: %s", qPrintable(r.error().message));
    return std::move(r).value();
}

/// Imports each file in tests/fuzz/seeds/@p folder (so the fuzzer starts from inputs that
/// reach deep); a seed that does not import ends the test program. The results by file name.
inline QMap<QString, ImportResult> importFuzzSeeds(const QString &folder)
{
    const QDir seeds(sourceDataDir() + QStringLiteral("/../fuzz/seeds/") + folder);
    QMap<QString, ImportResult> out;
    for (const QString &file : seeds.entryList(QDir::Files)) {
        QFile f(seeds.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open seed %s", qPrintable(f.fileName()));
        auto r = importData(f.readAll(), ImportFormat::Auto, file);
        if (!r)
            qFatal("seed %s does not import: %s", qPrintable(file), qPrintable(r.error().message));
        out.insert(file, std::move(r).value());
    }
    return out;
}

/// The value of the variable @p name, or "(missing)".
inline QString variableValue(const VariableList &list, const QString &name)
{
    for (const Variable &v : list) {
        if (v.name == name)
            return v.value;
    }
    return QStringLiteral("(missing)");
}

/// The item at "A/B/Name" (names joined by '/'), or nullptr.
inline const CollectionItem *findItem(const std::vector<CollectionItem> &items, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    const std::vector<CollectionItem> *level = &items;
    const CollectionItem *found = nullptr;
    for (const QString &part : parts) {
        found = nullptr;
        for (const CollectionItem &item : *level) {
            if (item.name() == part) {
                found = &item;
                break;
            }
        }
        if (!found)
            return nullptr;
        if (const auto *folder = std::get_if<Folder>(&found->node))
            level = &folder->children;
    }
    return found;
}

inline const Request *findRequest(const Collection &c, const QString &path)
{
    const CollectionItem *item = findItem(c.items, path);
    if (!item || !item->isHttp())
        return nullptr;
    return &std::get<HttpItem>(item->node).request;
}

inline const HttpItem *findHttp(const Collection &c, const QString &path)
{
    const CollectionItem *item = findItem(c.items, path);
    return item && item->isHttp() ? &std::get<HttpItem>(item->node) : nullptr;
}

inline const Folder *findFolder(const Collection &c, const QString &path)
{
    const CollectionItem *item = findItem(c.items, path);
    return item && item->isFolder() ? &std::get<Folder>(item->node) : nullptr;
}

inline QStringList childNames(const std::vector<CollectionItem> &items)
{
    QStringList names;
    for (const CollectionItem &item : items)
        names.append(item.name());
    return names;
}

inline int countFolders(const std::vector<CollectionItem> &items)
{
    int n = 0;
    for (const CollectionItem &item : items) {
        if (const auto *folder = std::get_if<Folder>(&item.node))
            n += 1 + countFolders(folder->children);
    }
    return n;
}

} // namespace wirescope::test
