#pragma once

#include "core/store/collectionfiles.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QFileSystemWatcher;
class QTimer;

namespace wirescope {

/// One collection directory on disk: load, save, and notice changes made by others (a
/// `git pull`, an editor). Changes are noticed through QFileSystemWatcher, debounced, and
/// compared with what this store last loaded or saved (size and modification time of every
/// store file), so the store's own saves never trigger changedOnDisk(). The caller decides
/// what to do: reload() at once when there are no unsaved edits, ask the user otherwise.
///
/// Watches every folder of the collection and up to kMaxWatchedFiles files (inotify watches
/// are a limited resource); beyond that, replaced or added files are still noticed through
/// their folder, edits in place are not.
class CollectionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionStore)

public:
    static constexpr int kMaxWatchedFiles = 2000;

    explicit CollectionStore(const QString &directory, QObject *parent = nullptr);
    ~CollectionStore() override;

    QString directory() const { return m_directory; }

    /// Reads the collection (see store::loadCollectionDirectory) and starts watching it.
    Result<CollectionLoad> load();
    /// The same as load(); named for the caller answering changedOnDisk().
    Result<CollectionLoad> reload() { return load(); }

    /// Saves @p collection: rewrites only files whose bytes changed, removes files of items
    /// that were deleted since the last load() or save(), and never overwrites a file that
    /// had a problem at the last load() (see SaveReport::kept).
    Result<SaveReport> save(const Collection &collection);

    /// Quiet period after the last file system event before the directory is compared
    /// (default 250 ms): a `git pull` touching many files gives one changedOnDisk().
    void setDebounceInterval(int milliseconds);

signals:
    /// Files of the collection were added, removed or modified by someone else.
    void changedOnDisk();

private:
    struct FileState
    {
        qint64 size = 0;
        QDateTime modified;
        friend bool operator==(const FileState &, const FileState &) = default;
    };
    using Snapshot = QHash<QString, FileState>;

    Snapshot scan(QStringList *directories) const;
    void rewatch(const Snapshot &snapshot, const QStringList &directories);
    void onWatcherEvent();
    void onDebounceTimeout();

    QString m_directory;
    QStringList m_knownFiles;   ///< store files loaded or written: the ones save() may remove
    QStringList m_problemFiles; ///< files that could not be read at the last load()
    Snapshot m_baseline;
    QFileSystemWatcher *m_watcher = nullptr; // child
    QTimer *m_debounce = nullptr;            // child
};

} // namespace wirescope
