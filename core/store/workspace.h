#pragma once

#include "core/model/collection.h"
#include "core/model/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wirescope {

/// The set of open collections (their directories, in the order opened), the active
/// environment of each, and the global variables — remembered across restarts.
///
/// Persists to two files in a config directory the caller passes in (no QSettings, no global
/// state): `workspace.json` {"format": 1, "collections": [{"path", "activeEnvironment"}]}
/// and `globals.json` {"format": 1, "variables": [...]}, written atomically. Secret globals
/// are written without their value (see core/secrets/secretbinder.h).
class Workspace final
{
public:
    explicit Workspace(QString configDirectory);

    QString configDirectory() const { return m_configDirectory; }
    QString workspaceFilePath() const;
    QString globalsFilePath() const;

    /// Reads both files. Missing files are an empty workspace, not an error; a corrupt or
    /// newer-format file is an Error naming the file, line and column (and nothing changes).
    Result<void> load();
    /// Writes both files (creating the config directory when needed).
    Result<void> save() const;

    QStringList collectionPaths() const;
    /// Adds @p directory (stored as an absolute path; nothing when already open).
    void addCollection(const QString &directory);
    void removeCollection(const QString &directory);

    /// The active environment's name for the collection in @p directory; empty = none.
    QString activeEnvironment(const QString &directory) const;
    void setActiveEnvironment(const QString &directory, const QString &environmentName);

    const VariableList &globals() const { return m_globals; }
    void setGlobals(const VariableList &globals) { m_globals = globals; }

private:
    struct Entry
    {
        QString path;
        QString activeEnvironment;
    };
    qsizetype indexOf(const QString &directory) const;

    QString m_configDirectory;
    QList<Entry> m_entries;
    VariableList m_globals;
};

} // namespace wirescope
