#include "core/store/collectionfiles.h"

#include "core/store/collectionjson.h"
#include "core/store/filenames.h"
#include "core/store/jsonreader.h"
#include "core/store/symlinkguard.h"
#include "core/store/websocketrequestjson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace wirescope::store {

namespace {

const QString kCollectionFile = QStringLiteral("collection.json");
const QString kFolderFile = QStringLiteral("folder.json");
const QString kEnvironmentsDir = QStringLiteral("environments");
const QString kRequestSuffix = QStringLiteral(".request.json");
const QString kWebSocketSuffix = QStringLiteral(".ws.json");

QStringList reservedNames()
{
    return {kCollectionFile, kFolderFile, kEnvironmentsDir};
}

// ---- writing ----------------------------------------------------------------------------

QJsonArray renderChildren(const std::vector<CollectionItem> &items,
                          const QString &prefix,
                          QMap<QString, QByteArray> &files)
{
    FileNameAllocator names(reservedNames());
    QJsonArray order;
    for (const CollectionItem &item : items) {
        if (const auto *folder = std::get_if<Folder>(&item.node)) {
            const QString dir = names.allocate(folder->name, {});
            const QString rel = prefix + dir + u'/';
            QJsonObject meta = folderMetadataToJson(*folder);
            meta.insert(QStringLiteral("order"), renderChildren(folder->children, rel, files));
            files.insert(rel + kFolderFile, storeFileBytes(meta));
            order.append(QString(dir + u'/'));
        } else if (const auto *http = std::get_if<HttpItem>(&item.node)) {
            const QString file = names.allocate(http->request.name, kRequestSuffix);
            files.insert(prefix + file, storeFileBytes(toJson(*http)));
            order.append(file);
        } else if (const auto *ws = std::get_if<WebSocketItem>(&item.node)) {
            const QString file = names.allocate(ws->request.name, kWebSocketSuffix);
            files.insert(prefix + file, storeFileBytes(toJson(ws->request)));
            order.append(file);
        }
    }
    return order;
}

bool isStoreFilePath(const QString &rel)
{
    if (rel.isEmpty() || rel.startsWith(u'/') || rel.contains(u'\\'))
        return false;
    const QStringList parts = rel.split(u'/');
    for (const QString &p : parts) {
        if (p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."))
            return false;
    }
    const QString &last = parts.last();
    if (parts.size() == 2 && parts.first() == kEnvironmentsDir
        && last.endsWith(QLatin1String(".json")))
        return true;
    return last == kFolderFile || last.endsWith(kRequestSuffix) || last.endsWith(kWebSocketSuffix);
}

// ---- reading ----------------------------------------------------------------------------

class Loader final
{
public:
    explicit Loader(QString root)
        : m_root(std::move(root))
    {}

    QString m_root;
    QList<LoadProblem> m_problems;
    QStringList m_files;

    QString absolute(const QString &rel) const { return m_root + u'/' + rel; }

    void problem(const QString &rel, const QString &message)
    {
        m_problems.append(LoadProblem{absolute(rel), 0, 0, message, false});
    }

    /// The "order" array of a collection.json / folder.json, validated.
    QStringList readOrder(const QJsonObject &object, const QString &rel)
    {
        QStringList out;
        const QJsonValue v = object.value(QLatin1String("order"));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            problem(rel, QStringLiteral("order: expected an array"));
            return out;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString entry = array.at(i).toString();
            QString name = entry;
            if (name.endsWith(u'/'))
                name.chop(1);
            if (!array.at(i).isString() || name.isEmpty() || name.contains(u'/')
                || name.contains(u'\\') || name == QLatin1String(".")
                || name == QLatin1String("..")) {
                problem(
                    rel,
                    QStringLiteral("order[%1]: not a file name in this folder; ignored").arg(i));
                continue;
            }
            out.append(entry);
        }
        return out;
    }

    std::vector<CollectionItem>
    loadChildren(const QString &relDir, const QStringList &order, int depth)
    {
        std::vector<CollectionItem> items;
        const QDir dir(relDir.isEmpty() ? m_root : absolute(relDir.chopped(1)));
        // Names and types from the directory entries; sorted below.
        QStringList fileNames, dirNames;
        QDirIterator it(dir.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            (info.isDir() ? dirNames : fileNames).append(info.fileName());
        }

        QSet<QString> present; // "name" for files, "name/" for folders
        QStringList sortedKeys;
        for (const QString &name : dirNames) {
            if (name.startsWith(u'.') || (relDir.isEmpty() && name == kEnvironmentsDir))
                continue;
            const QString path = dir.filePath(name);
            if (!QFileInfo::exists(path + u'/' + kFolderFile))
                continue; // not a folder of ours
            if (QFileInfo(path).isSymLink()) {
                problem(relDir + name, QStringLiteral("symbolic link to a folder not followed"));
                continue;
            }
            present.insert(name + u'/');
            sortedKeys.append(name + u'/');
        }
        for (const QString &name : fileNames) {
            if (!name.startsWith(u'.')
                && (name.endsWith(kRequestSuffix) || name.endsWith(kWebSocketSuffix))) {
                present.insert(name);
                sortedKeys.append(name);
            }
        }
        std::sort(sortedKeys.begin(), sortedKeys.end());

        QStringList sequence;
        QSet<QString> taken;
        for (const QString &key : order) {
            if (present.contains(key) && !taken.contains(key)) {
                sequence.append(key);
                taken.insert(key);
            }
        }
        for (const QString &key : std::as_const(sortedKeys)) {
            if (!taken.contains(key))
                sequence.append(key);
        }

        // Reserved up front: growing would copy every item (the variant's move may throw).
        items.reserve(size_t(sequence.size()));
        for (const QString &key : std::as_const(sequence)) {
            const QString rel = relDir + key;
            if (key.endsWith(u'/')) {
                if (depth + 1 > kMaxFolderDepth) {
                    problem(rel, QStringLiteral("folders nested deeper than %1 levels; not loaded")
                                     .arg(kMaxFolderDepth));
                    continue;
                }
                if (auto folder = loadFolder(rel, depth + 1))
                    items.push_back(CollectionItem{std::move(*folder)});
            } else if (key.endsWith(kRequestSuffix)) {
                if (auto object = read(rel, StoreFileKind::HttpRequest)) {
                    Result<HttpItem> item = httpItemFromJson(*object);
                    if (!item) {
                        problem(rel, item.error().message);
                        continue;
                    }
                    m_files.append(rel);
                    items.push_back(CollectionItem{std::move(item).value()});
                }
            } else if (auto object = read(rel, StoreFileKind::WebSocketRequest)) {
                Result<WebSocketRequest> ws = webSocketRequestFromJson(*object);
                if (!ws) {
                    problem(rel, ws.error().message);
                    continue;
                }
                m_files.append(rel);
                items.push_back(CollectionItem{WebSocketItem{std::move(ws).value()}});
            }
        }
        return items;
    }

    std::optional<QJsonObject> read(const QString &rel, StoreFileKind kind)
    {
        LoadProblem p;
        std::optional<QJsonObject> object = readStoreFile(absolute(rel), kind, &p);
        if (!object)
            m_problems.append(p);
        return object;
    }

    /// A folder whose folder.json is unreadable still loads its children (named after its
    /// directory), so one bad file never hides the requests below it.
    std::optional<Folder> loadFolder(const QString &relDir, int depth)
    {
        const QString metaRel = relDir + kFolderFile;
        Folder folder;
        QStringList order;
        bool metaOk = false;
        if (auto object = read(metaRel, StoreFileKind::Folder)) {
            Result<Folder> meta = folderMetadataFromJson(*object);
            if (meta) {
                folder = std::move(meta).value();
                order = readOrder(*object, metaRel);
                metaOk = true;
            } else {
                problem(metaRel, meta.error().message);
            }
        }
        if (!metaOk)
            folder.name = relDir.chopped(1).section(u'/', -1);
        else
            m_files.append(metaRel);
        folder.children = loadChildren(relDir, order, depth);
        return folder;
    }

    QList<Environment> loadEnvironments(const QStringList &order)
    {
        QList<Environment> out;
        const QDir dir(absolute(kEnvironmentsDir));
        if (!dir.exists())
            return out;
        QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        names.erase(std::remove_if(names.begin(), names.end(),
                                   [](const QString &n) { return n.startsWith(u'.'); }),
                    names.end());
        QStringList sequence;
        for (const QString &n : order) {
            if (names.contains(n) && !sequence.contains(n))
                sequence.append(n);
        }
        for (const QString &n : std::as_const(names)) {
            if (!sequence.contains(n))
                sequence.append(n);
        }
        for (const QString &n : std::as_const(sequence)) {
            const QString rel = kEnvironmentsDir + u'/' + n;
            if (auto object = read(rel, StoreFileKind::Environment)) {
                Result<Environment> env = environmentFromJson(*object);
                if (!env) {
                    problem(rel, env.error().message);
                    continue;
                }
                m_files.append(rel);
                out.append(std::move(env).value());
            }
        }
        return out;
    }
};

} // namespace

QMap<QString, QByteArray> renderCollectionFiles(const Collection &collection)
{
    QMap<QString, QByteArray> files;
    QJsonObject meta = collectionMetadataToJson(collection);
    meta.insert(QStringLiteral("order"), renderChildren(collection.items, {}, files));

    FileNameAllocator envNames;
    QJsonArray envOrder;
    for (const Environment &env : collection.environments) {
        const QString file = envNames.allocate(env.name, QStringLiteral(".json"));
        files.insert(kEnvironmentsDir + u'/' + file, storeFileBytes(toJson(env)));
        envOrder.append(file);
    }
    putArray(meta, QLatin1String("environments"), envOrder);
    files.insert(kCollectionFile, storeFileBytes(meta));
    return files;
}

Result<CollectionLoad> loadCollectionDirectory(const QString &directory)
{
    const QString root = QDir(directory).absolutePath();
    const QString metaPath = root + u'/' + kCollectionFile;
    if (!QFileInfo(metaPath).isFile())
        return Error{Error::Kind::File,
                     QStringLiteral("%1 is not a Wirescope collection (it has no %2)")
                         .arg(root, kCollectionFile)};

    Loader loader(root);
    CollectionLoad out;
    QStringList order, envOrder;
    LoadProblem p;
    if (auto object = readStoreFile(metaPath, StoreFileKind::Collection, &p)) {
        Result<Collection> meta = collectionMetadataFromJson(*object);
        if (meta) {
            out.collection = std::move(meta).value();
            order = loader.readOrder(*object, kCollectionFile);
            JsonReader reader(*object);
            envOrder = reader.stringList(QLatin1String("environments"));
            if (reader.failed())
                loader.problem(kCollectionFile, reader.error());
            loader.m_files.append(kCollectionFile);
        } else {
            loader.problem(kCollectionFile, meta.error().message);
        }
    } else if (p.newerFormat) {
        return Error{Error::Kind::Parse, p.toString()};
    } else {
        loader.m_problems.append(p);
    }
    if (out.collection.name.isEmpty() && !loader.m_files.contains(kCollectionFile))
        out.collection.name = QFileInfo(root).fileName();

    out.collection.items = loader.loadChildren({}, order, 0);
    out.collection.environments = loader.loadEnvironments(envOrder);
    out.problems = std::move(loader.m_problems);
    out.files = std::move(loader.m_files);
    return out;
}

Result<SaveReport> saveCollectionDirectory(const QString &directory,
                                           const Collection &collection,
                                           const QStringList &previousFiles,
                                           const QStringList &keepFiles)
{
    const QString root = QDir(directory).absolutePath();
    if (!QDir().mkpath(root))
        return Error{Error::Kind::File, QStringLiteral("cannot create the folder %1").arg(root)};

    const QMap<QString, QByteArray> files = renderCollectionFiles(collection);
    SaveReport report;
    // collection.json last: until it is written, the old order still names existing files.
    QStringList sequence = files.keys();
    sequence.removeOne(kCollectionFile);
    sequence.append(kCollectionFile);
    for (const QString &rel : std::as_const(sequence)) {
        const QByteArray &bytes = files.value(rel);
        const QString path = root + u'/' + rel;
        // A link planted in the folder (a shared collection, a hostile archive) must not make
        // this save write outside it.
        if (const QString link = symlinkLeavingFolder(root, rel); !link.isEmpty())
            return Error{Error::Kind::File,
                         QStringLiteral("refusing to write %1: it is a symbolic link that leads "
                                        "outside the collection folder %2 (to %3)")
                             .arg(link, root, QFileInfo(link).symLinkTarget())};
        QFile existing(path);
        if (existing.size() == bytes.size() && existing.open(QIODevice::ReadOnly)
            && existing.readAll() == bytes) {
            ++report.unchanged;
            continue;
        }
        existing.close();
        if (keepFiles.contains(rel) && QFileInfo::exists(path)) {
            report.kept.append(rel);
            continue;
        }
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return Error{Error::Kind::File, QStringLiteral("cannot create the folder %1").arg(dir)};
        const QString error = writeFileAtomically(path, bytes);
        if (!error.isEmpty())
            return Error{Error::Kind::File, error};
        ++report.written;
    }

    QStringList emptiedDirs;
    for (const QString &rel : previousFiles) {
        if (files.contains(rel) || !isStoreFilePath(rel))
            continue;
        if (!symlinkLeavingFolder(root, rel.section(u'/', 0, -2)).isEmpty())
            continue; // a folder link out of the collection: its files are not ours to remove
        if (QFile::remove(root + u'/' + rel)) {
            ++report.removed;
            for (QString d = rel.section(u'/', 0, -2); !d.isEmpty(); d = d.section(u'/', 0, -2))
                emptiedDirs.append(d);
        }
    }
    // Deepest first; rmdir() only removes empty directories, so nothing foreign is lost.
    std::sort(emptiedDirs.begin(), emptiedDirs.end(),
              [](const QString &a, const QString &b) { return a.count(u'/') > b.count(u'/'); });
    emptiedDirs.removeDuplicates();
    for (const QString &d : std::as_const(emptiedDirs))
        QDir(root).rmdir(d);

    report.files = files.keys();
    return report;
}

} // namespace wirescope::store
