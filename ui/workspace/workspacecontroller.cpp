#include "ui/workspace/workspacecontroller.h"

#include "core/server/demoserver.h"
#include "core/store/collectionfiles.h"
#include "core/store/variablescopes.h"
#include "ui/collections/collectiondocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace wirescope {

namespace {

const QString s_sampleResource = QStringLiteral(":/sample/getting-started");

/// Copies the resource tree @p from into the new directory @p to.
bool copyTree(const QString &from, const QString &to, QString *error)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path())) {
            *error = QObject::tr("cannot create %1").arg(QFileInfo(target).path());
            return false;
        }
        QFile::remove(target);
        if (!QFile::copy(source, target)) {
            *error = QObject::tr("cannot write %1").arg(target);
            return false;
        }
        // Resource files are read-only; the copy must be editable.
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                          | QFile::ReadOther);
    }
    return true;
}

} // namespace

WorkspaceController::WorkspaceController(const QString &configDirectory,
                                         const QString &collectionsDirectory,
                                         SecretStore *secrets,
                                         QObject *parent)
    : QObject(parent)
    , m_workspace(configDirectory)
    , m_collectionsDirectory(collectionsDirectory)
    , m_secrets(secrets)
{}

WorkspaceController::~WorkspaceController() = default;

QStringList WorkspaceController::load()
{
    QStringList problems;
    const bool firstRun = !QFileInfo::exists(m_workspace.workspaceFilePath());
    const Result<void> loaded = m_workspace.load();
    if (!loaded)
        problems.append(loaded.error().message);
    for (const QString &path : m_workspace.collectionPaths()) {
        const Result<CollectionDocument *> opened = open(path);
        if (!opened)
            problems.append(opened.error().message);
    }
    if (firstRun && m_documents.isEmpty()) {
        const Result<CollectionDocument *> sample = openSample();
        if (!sample)
            problems.append(sample.error().message);
    }
    return problems;
}

Result<bool> WorkspaceController::save()
{
    const Result<void> saved = m_workspace.save();
    if (!saved)
        return saved.error();
    return true;
}

CollectionDocument *WorkspaceController::addDocument(const QString &directory)
{
    auto *document = new CollectionDocument(directory, m_secrets, this);
    m_documents.append(document);
    m_workspace.addCollection(directory);
    return document;
}

Result<CollectionDocument *> WorkspaceController::open(const QString &directory)
{
    const QString absolute = QFileInfo(directory).absoluteFilePath();
    for (CollectionDocument *d : std::as_const(m_documents)) {
        if (QFileInfo(d->directory()).absoluteFilePath() == absolute)
            return d;
    }
    auto *document = new CollectionDocument(absolute, m_secrets, this);
    const Result<QList<LoadProblem>> loaded = document->load();
    if (!loaded) {
        delete document;
        return Error{Error::Kind::File, tr("%1: %2").arg(absolute, loaded.error().message)};
    }
    m_documents.append(document);
    m_workspace.addCollection(absolute);
    save();
    Q_EMIT documentsChanged();
    return document;
}

Result<CollectionDocument *> WorkspaceController::create(const QString &directory,
                                                         const QString &name)
{
    if (QFileInfo::exists(QDir(directory).filePath(QStringLiteral("collection.json"))))
        return Error{Error::Kind::File, tr("%1 already holds a collection").arg(directory)};
    CollectionDocument *document = addDocument(QFileInfo(directory).absoluteFilePath());
    document->createNew(name);
    const Result<bool> saved = document->save();
    if (!saved) {
        close(document);
        return saved.error();
    }
    save();
    Q_EMIT documentsChanged();
    return document;
}

Result<CollectionDocument *> WorkspaceController::adopt(const QString &directory,
                                                        const Collection &collection)
{
    if (QFileInfo::exists(QDir(directory).filePath(QStringLiteral("collection.json"))))
        return Error{Error::Kind::File, tr("%1 already holds a collection").arg(directory)};
    // Through the document, like a new collection: secret values and typed credentials go to
    // the keychain, not into the files (and are not lost on the way).
    CollectionDocument *document = addDocument(QFileInfo(directory).absoluteFilePath());
    document->adopt(collection);
    const Result<bool> saved = document->save();
    if (!saved) {
        close(document);
        return saved.error();
    }
    save();
    Q_EMIT documentsChanged();
    return document;
}

void WorkspaceController::close(CollectionDocument *document)
{
    if (!m_documents.removeOne(document))
        return;
    m_workspace.removeCollection(document->directory());
    save();
    document->deleteLater();
    Q_EMIT documentsChanged();
}

Result<CollectionDocument *> WorkspaceController::openSample()
{
    QString target = QDir(m_collectionsDirectory).filePath(QStringLiteral("Getting started"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(m_collectionsDirectory).filePath(QStringLiteral("Getting started %1").arg(n));
    QString error;
    if (!copyTree(s_sampleResource, target, &error))
        return Error{Error::Kind::File, tr("could not copy the sample collection: %1").arg(error)};
    return open(target);
}

QString WorkspaceController::activeEnvironment(const CollectionDocument *document) const
{
    return document ? m_workspace.activeEnvironment(document->directory()) : QString();
}

void WorkspaceController::setActiveEnvironment(const CollectionDocument *document,
                                               const QString &name)
{
    if (!document)
        return;
    m_workspace.setActiveEnvironment(document->directory(), name);
    save();
}

VariableContext WorkspaceController::variablesFor(const CollectionDocument *document) const
{
    return variablesFor(document, activeEnvironment(document));
}

VariableContext WorkspaceController::variablesFor(const CollectionDocument *document,
                                                  const QString &environment) const
{
    VariableList globals = m_workspace.globals();
    if (m_demo) {
        globals.append(Variable{QStringLiteral("demo"),
                                m_demo->httpUrl().toString(QUrl::StripTrailingSlash),
                                true,
                                false,
                                {}});
        // The origin, like {{demo}}: the sample's URLs read {{demoWs}}/ws/echo.
        QUrl ws = m_demo->webSocketUrl();
        ws.setPath(QString());
        globals.append(Variable{
            QStringLiteral("demoWs"), ws.toString(QUrl::StripTrailingSlash), true, false, {}});
    }
    if (!document)
        return buildVariableContext(globals, Collection{}, QString());
    return buildVariableContext(globals, document->collection(), environment);
}

bool WorkspaceController::startDemoServer(QString *error)
{
    if (m_demo)
        return true;
    auto *demo = new server::DemoServer(this);
    server::DemoServerOptions options;
    // A fixed port keeps {{demo}} the same across runs; any free one when it is taken.
    options.port = 8642;
    Result<void> listening = demo->listen(options);
    if (!listening) {
        options.port = 0;
        listening = demo->listen(options);
    }
    if (!listening) {
        *error = listening.error().message;
        delete demo;
        return false;
    }
    m_demo = demo;
    Q_EMIT demoServerChanged(true, demoServerUrl());
    return true;
}

void WorkspaceController::stopDemoServer()
{
    if (!m_demo)
        return;
    m_demo->close();
    m_demo->deleteLater();
    m_demo = nullptr;
    Q_EMIT demoServerChanged(false, {});
}

bool WorkspaceController::demoServerRunning() const
{
    return m_demo != nullptr;
}

QString WorkspaceController::demoServerUrl() const
{
    return m_demo ? m_demo->httpUrl().toString(QUrl::StripTrailingSlash) : QString();
}

} // namespace wirescope
