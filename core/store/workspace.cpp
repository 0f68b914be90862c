#include "core/store/workspace.h"

#include "core/store/collectionjson.h"
#include "core/store/jsonfile.h"
#include "core/store/jsonreader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace wirescope {

Workspace::Workspace(QString configDirectory)
    : m_configDirectory(std::move(configDirectory))
{}

QString Workspace::workspaceFilePath() const
{
    return m_configDirectory + QStringLiteral("/workspace.json");
}

QString Workspace::globalsFilePath() const
{
    return m_configDirectory + QStringLiteral("/globals.json");
}

Result<void> Workspace::load()
{
    QList<Entry> entries;
    VariableList globals;

    if (QFileInfo::exists(workspaceFilePath())) {
        LoadProblem problem;
        auto object =
            store::readStoreFile(workspaceFilePath(), store::StoreFileKind::Workspace, &problem);
        if (!object)
            return Error{Error::Kind::Parse, problem.toString()};
        store::JsonReader reader(*object);
        reader.objects(QLatin1String("collections"), [&entries](store::JsonReader &e) {
            Entry entry{e.string(QLatin1String("path")),
                        e.string(QLatin1String("activeEnvironment"))};
            if (!entry.path.isEmpty())
                entries.append(entry);
        });
        if (reader.failed())
            return Error{Error::Kind::Parse,
                         workspaceFilePath() + QStringLiteral(": ") + reader.error()};
    }
    if (QFileInfo::exists(globalsFilePath())) {
        LoadProblem problem;
        auto object =
            store::readStoreFile(globalsFilePath(), store::StoreFileKind::Globals, &problem);
        if (!object)
            return Error{Error::Kind::Parse, problem.toString()};
        store::JsonReader reader(*object);
        globals = store::readVariables(reader, QLatin1String("variables"));
        if (reader.failed())
            return Error{Error::Kind::Parse,
                         globalsFilePath() + QStringLiteral(": ") + reader.error()};
    }
    m_entries = std::move(entries);
    m_globals = std::move(globals);
    return {};
}

Result<void> Workspace::save() const
{
    if (!QDir().mkpath(m_configDirectory))
        return Error{Error::Kind::File,
                     QStringLiteral("cannot create the folder %1").arg(m_configDirectory)};
    QJsonArray collections;
    for (const Entry &e : m_entries) {
        QJsonObject o{{QStringLiteral("path"), e.path}};
        store::putString(o, QLatin1String("activeEnvironment"), e.activeEnvironment);
        collections.append(o);
    }
    const QByteArray workspace =
        store::storeFileBytes(QJsonObject{{QStringLiteral("collections"), collections}});
    const QByteArray globals =
        store::storeFileBytes(QJsonObject{{QStringLiteral("variables"), toJson(m_globals)}});
    for (const auto &[path, bytes] :
         {std::pair{workspaceFilePath(), workspace}, std::pair{globalsFilePath(), globals}}) {
        const QString error = store::writeFileAtomically(path, bytes);
        if (!error.isEmpty())
            return Error{Error::Kind::File, error};
    }
    return {};
}

qsizetype Workspace::indexOf(const QString &directory) const
{
    const QString path = QDir(directory).absolutePath();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).path == path)
            return i;
    }
    return -1;
}

QStringList Workspace::collectionPaths() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out.append(e.path);
    return out;
}

void Workspace::addCollection(const QString &directory)
{
    if (indexOf(directory) < 0)
        m_entries.append(Entry{QDir(directory).absolutePath(), {}});
}

void Workspace::removeCollection(const QString &directory)
{
    const qsizetype i = indexOf(directory);
    if (i >= 0)
        m_entries.removeAt(i);
}

QString Workspace::activeEnvironment(const QString &directory) const
{
    const qsizetype i = indexOf(directory);
    return i >= 0 ? m_entries.at(i).activeEnvironment : QString();
}

void Workspace::setActiveEnvironment(const QString &directory, const QString &environmentName)
{
    qsizetype i = indexOf(directory);
    if (i < 0) {
        addCollection(directory);
        i = m_entries.size() - 1;
    }
    m_entries[i].activeEnvironment = environmentName;
}

} // namespace wirescope
