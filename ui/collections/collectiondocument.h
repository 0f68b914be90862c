#pragma once

#include "core/model/collection.h"
#include "core/model/collectiontree.h"
#include "core/model/error.h"
#include "core/store/jsonfile.h"

#include <QList>
#include <QObject>
#include <QString>

class QUndoStack;

namespace wirescope {

class CollectionStore;
class SecretStore;
struct SecretReadResult;
struct SecretWriteResult;

/// An open collection: the in-memory tree, the directory it lives in, an undo stack for the
/// sidebar's edits, and saving (files through CollectionStore, secret values through
/// SecretStore — never into the files).
///
/// Every change goes through this object and ends with changed(); views rebuild from
/// collection(). Structural edits (rename, move, duplicate, delete, new) are undoable, and
/// they are saved as they happen (as Postman, Insomnia and Bruno do): each edit, undo and
/// redo writes the collection atomically. A save that fails leaves the document modified
/// and says why through saveFailed(); the window asks before quitting with it.
class CollectionDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionDocument)

public:
    /// @p secrets may be null (no keychain use at all: secrets stay empty).
    CollectionDocument(const QString &directory, SecretStore *secrets, QObject *parent = nullptr);
    ~CollectionDocument() override;

    /// A new, empty collection named @p name to be saved into @p directory.
    void createNew(const QString &name);
    /// @p collection (an import, say) as a new collection to be saved into @p directory; save()
    /// then puts its secret values and credentials in the keychain, not in the files.
    void adopt(const Collection &collection);
    /// Reads the directory. Problems (corrupt files) are returned; the rest loads.
    Result<QList<LoadProblem>> load();
    /// Writes the collection (only changed files) and the secret values to the keychain.
    Result<bool> save();

    QString directory() const { return m_directory; }
    const Collection &collection() const { return m_collection; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }
    /// Why the last save could not put secret values in the keychain and what to do (they are
    /// kept in memory for this session); empty when the last write worked.
    QString keychainProblem() const { return m_keychainProblem; }
    /// Whether structural edits (and their undo and redo) are saved at once; on by default.
    void setAutoSave(bool on) { m_autoSave = on; }
    bool autoSave() const { return m_autoSave; }

    // Undoable structural edits. Each returns false for a bad path.
    bool renameItem(const ItemPath &path, const QString &name);
    bool moveItem(const ItemPath &from, const ItemPath &toParent, int row);
    bool duplicateItem(const ItemPath &path);
    bool removeItem(const ItemPath &path);
    bool
    insertItem(const ItemPath &parent, int row, const CollectionItem &item, const QString &label);

    /// Replaces the HTTP request with @p id (a tab's Save). Not on the undo stack: the tab
    /// has its own editing history. Marks the document modified. The item keeps its name
    /// in the tree: a rename made in the sidebar after the tab opened is never reverted.
    bool updateHttpRequest(const QString &id, const Request &request);
    /// The same with the item's assertions, captures and scripts (its examples are kept).
    bool updateHttpItem(const QString &id, const HttpItem &item);
    /// Replaces the environments (the environment editor's OK).
    void setEnvironments(const QList<Environment> &environments);
    void setVariables(const VariableList &variables);

    // Raw operations used by the undo commands (no undo entry of their own).
    void applyReplace(const Collection &collection);

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);
    /// The files changed on disk (a git pull); the owner reloads or asks.
    void changedOnDisk();
    /// Secret values arrived from the keychain (or the keychain said why not).
    void secretsLoaded(const QString &error);
    /// Saving a tree edit failed; @p message names the file and the cause.
    void saveFailed(const QString &message);
    /// keychainProblem() changed: a keychain write failed (the message says why and what to
    /// do), or a later one worked (empty).
    void keychainProblemChanged(const QString &problem);

private:
    void pushSnapshot(const QString &label, const Collection &before);
    void onSecretsRead(const SecretReadResult &result);
    void onSecretsWritten(const SecretWriteResult &result);
    void onUndoIndexChanged();
    void resetUndo();

    QString m_directory;
    Collection m_collection;
    CollectionStore *m_store = nullptr; // child
    SecretStore *m_secrets;             // not owned
    QUndoStack *m_undo = nullptr;       // child
    bool m_dirtyOutsideUndo = false;
    bool m_autoSave = true;
    bool m_resettingUndo = false; ///< clear() on load/adopt is not an edit to save
    quint64 m_secretTicket = 0;
    quint64 m_writeTicket = 0;
    QString m_keychainProblem;
};

} // namespace wirescope
