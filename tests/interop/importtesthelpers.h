#pragma once

// Small lookups the import tests share: walk an imported tree by item names.

#include "core/interop/importer.h"
#include "tests/support/testenv.h"

#include <QFile>
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
