#include "core/store/collectionstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace wirescope {

CollectionStore::CollectionStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(QDir(directory).absolutePath())
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CollectionStore::onDebounceTimeout);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &CollectionStore::onWatcherEvent);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &CollectionStore::onWatcherEvent);
}

CollectionStore::~CollectionStore() = default;

void CollectionStore::setDebounceInterval(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

Result<CollectionLoad> CollectionStore::load()
{
    Result<CollectionLoad> result = store::loadCollectionDirectory(m_directory);
    m_problemFiles.clear();
    if (result) {
        m_knownFiles = result->files;
        const QDir root(m_directory);
        for (const LoadProblem &problem : result->problems)
            m_problemFiles.append(root.relativeFilePath(problem.path));
    }
    QStringList dirs;
    m_baseline = scan(&dirs);
    rewatch(m_baseline, dirs);
    m_debounce->stop();
    return result;
}

Result<SaveReport> CollectionStore::save(const Collection &collection)
{
    Result<SaveReport> result =
        store::saveCollectionDirectory(m_directory, collection, m_knownFiles, m_problemFiles);
    if (result)
        m_knownFiles = result->files;
    // Our own writes are the new baseline; the watcher events they cause compare equal.
    QStringList dirs;
    m_baseline = scan(&dirs);
    rewatch(m_baseline, dirs);
    return result;
}

CollectionStore::Snapshot CollectionStore::scan(QStringList *directories) const
{
    Snapshot snapshot;
    directories->append(m_directory);
    // Hidden entries (.git) are not part of the collection.
    QDirIterator it(m_directory, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = QDir(m_directory).relativeFilePath(info.filePath());
        if (rel.startsWith(u'.') || rel.contains(QLatin1String("/.")))
            continue;
        if (info.isDir()) {
            if (!info.isSymLink())
                directories->append(info.filePath());
        } else if (rel.endsWith(QLatin1String(".json"))) {
            snapshot.insert(rel, FileState{info.size(), info.lastModified()});
        }
    }
    return snapshot;
}

void CollectionStore::rewatch(const Snapshot &snapshot, const QStringList &directories)
{
    const QStringList old = m_watcher->files() + m_watcher->directories();
    if (!old.isEmpty())
        m_watcher->removePaths(old);
    QStringList paths = directories;
    int files = 0;
    for (auto it = snapshot.cbegin(); it != snapshot.cend() && files < kMaxWatchedFiles;
         ++it, ++files)
        paths.append(m_directory + u'/' + it.key());
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void CollectionStore::onWatcherEvent()
{
    m_debounce->start();
}

void CollectionStore::onDebounceTimeout()
{
    QStringList dirs;
    Snapshot now = scan(&dirs);
    // Replaced files (atomic saves, git checkouts) drop out of the watcher: watch again.
    rewatch(now, dirs);
    if (now == m_baseline)
        return;
    m_baseline = std::move(now);
    emit changedOnDisk();
}

} // namespace wirescope
