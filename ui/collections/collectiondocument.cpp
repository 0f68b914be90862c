#include "ui/collections/collectiondocument.h"

#include "core/secrets/secretbinder.h"
#include "core/secrets/secretstore.h"
#include "core/store/collectionstore.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace wirescope {

namespace {

/// Undo by whole-collection snapshots: simple and exact. Copies are cheap because every
/// string in the tree is implicitly shared.
class SnapshotCommand final : public QUndoCommand
{
public:
    SnapshotCommand(CollectionDocument *document,
                    const QString &label,
                    Collection before,
                    Collection after)
        : QUndoCommand(label)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false; // the edit is already applied
            return;
        }
        m_document->applyReplace(m_after);
    }
    void undo() override { m_document->applyReplace(m_before); }

private:
    CollectionDocument *m_document; // not owned; owns the stack
    Collection m_before;
    Collection m_after;
    bool m_firstRedo = true;
};

} // namespace

CollectionDocument::CollectionDocument(const QString &directory,
                                       SecretStore *secrets,
                                       QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_store(new CollectionStore(directory, this))
    , m_secrets(secrets)
    , m_undo(new QUndoStack(this))
{
    connect(m_store, &CollectionStore::changedOnDisk, this, &CollectionDocument::changedOnDisk);
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this] { Q_EMIT modifiedChanged(isModified()); });
    // An edit, an undo and a redo each move the index: each is saved as it happens.
    connect(m_undo, &QUndoStack::indexChanged, this, &CollectionDocument::onUndoIndexChanged);
    if (m_secrets) {
        connect(m_secrets, &SecretStore::readFinished, this,
                [this](quint64 ticket, const SecretReadResult &result) {
                    if (ticket == m_secretTicket)
                        onSecretsRead(result);
                });
        connect(m_secrets, &SecretStore::writeFinished, this,
                [this](quint64 ticket, const SecretWriteResult &result) {
                    if (ticket == m_writeTicket)
                        onSecretsWritten(result);
                });
    }
}

CollectionDocument::~CollectionDocument() = default;

void CollectionDocument::createNew(const QString &name)
{
    Collection empty;
    empty.name = name;
    adopt(empty);
}

void CollectionDocument::adopt(const Collection &collection)
{
    m_collection = collection;
    if (m_collection.id.isEmpty())
        m_collection.id = newItemId();
    resetUndo();
    m_dirtyOutsideUndo = true;
    Q_EMIT changed();
    Q_EMIT modifiedChanged(true);
}

Result<QList<LoadProblem>> CollectionDocument::load()
{
    const Result<CollectionLoad> loaded = m_store->load();
    if (!loaded)
        return loaded.error();
    m_collection = loaded->collection;
    resetUndo();
    m_dirtyOutsideUndo = false;
    const QStringList keys = SecretBinder::keys(m_collection);
    if (m_secrets && !keys.isEmpty())
        m_secretTicket = m_secrets->read(keys);
    Q_EMIT changed();
    Q_EMIT modifiedChanged(false);
    return loaded->problems;
}

void CollectionDocument::onSecretsRead(const SecretReadResult &result)
{
    SecretBinder::inject(m_collection, result.values);
    Q_EMIT changed();
    Q_EMIT secretsLoaded(result.error);
}

void CollectionDocument::onSecretsWritten(const SecretWriteResult &result)
{
    QString problem;
    if (!result.sessionOnly.isEmpty()) {
        // The store keeps the values in memory, so sends use them until Wirescope quits.
        const QString cause = m_secrets->unavailableReason().isEmpty()
                                  ? result.error
                                  : m_secrets->unavailableReason();
        problem = tr("%n secret value(s) of \u201c%1\u201d could not be saved in the system "
                     "keychain (%2). They are kept in memory, so requests send them until you "
                     "quit; after a restart they would be empty. Create or unlock a default "
                     "keyring (for example in Passwords and Keys), then save again.",
                     nullptr, int(result.sessionOnly.size()))
                      .arg(m_collection.name, cause);
    }
    if (problem == m_keychainProblem)
        return;
    m_keychainProblem = problem;
    Q_EMIT keychainProblemChanged(problem);
}

Result<bool> CollectionDocument::save()
{
    const Result<SaveReport> saved = m_store->save(m_collection);
    if (!saved)
        return saved.error();
    if (m_secrets) {
        const QHash<QString, QString> values = SecretBinder::extract(m_collection);
        if (!values.isEmpty())
            m_writeTicket = m_secrets->write(values);
    }
    m_dirtyOutsideUndo = false;
    m_undo->setClean();
    Q_EMIT modifiedChanged(false);
    return true;
}

void CollectionDocument::resetUndo()
{
    m_resettingUndo = true;
    m_undo->clear();
    m_resettingUndo = false;
}

void CollectionDocument::onUndoIndexChanged()
{
    if (m_resettingUndo || !m_autoSave)
        return;
    const Result<bool> saved = save();
    if (!saved)
        Q_EMIT saveFailed(tr("\u201c%1\u201d was changed but not saved: %2")
                              .arg(m_collection.name, saved.error().message));
}

bool CollectionDocument::isModified() const
{
    return m_dirtyOutsideUndo || !m_undo->isClean();
}

void CollectionDocument::applyReplace(const Collection &collection)
{
    m_collection = collection;
    Q_EMIT changed();
}

void CollectionDocument::pushSnapshot(const QString &label, const Collection &before)
{
    m_undo->push(new SnapshotCommand(this, label, before, m_collection));
    Q_EMIT changed();
}

bool CollectionDocument::renameItem(const ItemPath &path, const QString &name)
{
    const Collection before = m_collection;
    if (!tree::rename(m_collection, path, name))
        return false;
    pushSnapshot(tr("Rename"), before);
    return true;
}

bool CollectionDocument::moveItem(const ItemPath &from, const ItemPath &toParent, int row)
{
    const Collection before = m_collection;
    if (!tree::move(m_collection, from, toParent, row))
        return false;
    if (m_collection == before)
        return true; // dropped where it was
    pushSnapshot(tr("Move"), before);
    return true;
}

bool CollectionDocument::duplicateItem(const ItemPath &path)
{
    const Collection before = m_collection;
    if (!tree::duplicate(m_collection, path))
        return false;
    pushSnapshot(tr("Duplicate"), before);
    return true;
}

bool CollectionDocument::removeItem(const ItemPath &path)
{
    const Collection before = m_collection;
    if (!tree::take(m_collection, path))
        return false;
    pushSnapshot(tr("Delete"), before);
    return true;
}

bool CollectionDocument::insertItem(const ItemPath &parent,
                                    int row,
                                    const CollectionItem &item,
                                    const QString &label)
{
    const Collection before = m_collection;
    if (!tree::insert(m_collection, parent, row, item))
        return false;
    pushSnapshot(label, before);
    return true;
}

bool CollectionDocument::updateHttpRequest(const QString &id, const Request &request)
{
    const std::optional<ItemPath> path = tree::findById(m_collection, id);
    CollectionItem *item = path ? tree::itemAt(m_collection, *path) : nullptr;
    auto *http = item ? std::get_if<HttpItem>(&item->node) : nullptr;
    if (!http)
        return false;
    const QString name = http->request.name; // the tree's, maybe renamed since
    http->request = request;
    http->request.id = id;
    http->request.name = name;
    m_dirtyOutsideUndo = true;
    Q_EMIT changed();
    Q_EMIT modifiedChanged(true);
    return true;
}

bool CollectionDocument::updateHttpItem(const QString &id, const HttpItem &item)
{
    if (!updateHttpRequest(id, item.request))
        return false;
    auto &http =
        std::get<HttpItem>(tree::itemAt(m_collection, *tree::findById(m_collection, id))->node);
    http.assertions = item.assertions;
    http.captures = item.captures;
    http.scripts = item.scripts;
    Q_EMIT changed();
    return true;
}

void CollectionDocument::setEnvironments(const QList<Environment> &environments)
{
    m_collection.environments = environments;
    m_dirtyOutsideUndo = true;
    Q_EMIT changed();
    Q_EMIT modifiedChanged(true);
}

void CollectionDocument::setVariables(const VariableList &variables)
{
    m_collection.variables = variables;
    m_dirtyOutsideUndo = true;
    Q_EMIT changed();
    Q_EMIT modifiedChanged(true);
}

} // namespace wirescope
