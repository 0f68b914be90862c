#pragma once

#include "core/model/collection.h"
#include "core/model/error.h"
#include "core/store/workspace.h"
#include "core/vars/variablecontext.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace wirescope {

class CollectionDocument;
class SecretStore;
namespace server {
class DemoServer;
}

/// The open collections of the desktop app and what goes with them: the Workspace file
/// (which collections are open, each one's active environment, the globals), the first-run
/// "Getting started" collection, and the embedded demo server whose URLs the sample uses as
/// {{demo}} and {{demoWs}}. Owns the CollectionDocuments; windows show them.
class WorkspaceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceController)

public:
    /// @p configDirectory holds workspace.json and globals.json; @p collectionsDirectory is
    /// where new and sample collections go by default. @p secrets may be null.
    WorkspaceController(const QString &configDirectory,
                        const QString &collectionsDirectory,
                        SecretStore *secrets,
                        QObject *parent = nullptr);
    ~WorkspaceController() override;

    /// Reads the workspace and opens its collections. On the very first run (no workspace file
    /// yet) copies the sample collection and opens it. Problems are returned as messages.
    QStringList load();
    Result<bool> save();

    QList<CollectionDocument *> documents() const { return m_documents; }
    /// Opens the collection in @p directory (or returns it when already open).
    Result<CollectionDocument *> open(const QString &directory);
    /// Creates an empty collection named @p name in @p directory and opens it.
    Result<CollectionDocument *> create(const QString &directory, const QString &name);
    /// Saves @p collection (an import) as a new collection in @p directory and opens it.
    Result<CollectionDocument *> adopt(const QString &directory, const Collection &collection);
    void close(CollectionDocument *document);
    /// Copies the Getting started sample into the collections directory (a fresh copy named
    /// "Getting started", "Getting started 2", ...) and opens it.
    Result<CollectionDocument *> openSample();

    QString activeEnvironment(const CollectionDocument *document) const;
    void setActiveEnvironment(const CollectionDocument *document, const QString &name);
    const VariableList &globals() const { return m_workspace.globals(); }

    /// Globals, the collection's variables, its active environment, and the demo server's
    /// URLs while it runs.
    VariableContext variablesFor(const CollectionDocument *document) const;
    /// The same with @p environment instead of the active one (the Runner's choice).
    VariableContext variablesFor(const CollectionDocument *document,
                                 const QString &environment) const;

    bool startDemoServer(QString *error);
    void stopDemoServer();
    bool demoServerRunning() const;
    QString demoServerUrl() const;

    QString collectionsDirectory() const { return m_collectionsDirectory; }

Q_SIGNALS:
    void documentsChanged();
    void demoServerChanged(bool running, const QString &url);

private:
    CollectionDocument *addDocument(const QString &directory);

    Workspace m_workspace;
    QString m_collectionsDirectory;
    SecretStore *m_secrets;                  // not owned
    QList<CollectionDocument *> m_documents; // children
    server::DemoServer *m_demo = nullptr;    // child, while running
};

} // namespace wirescope
