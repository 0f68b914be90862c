#include "core/graphql/schemacache.h"

#include "core/http/requestbuilder.h"
#include "core/store/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace wirescope::graphql {

SchemaCache::SchemaCache(QString filePath)
    : m_path(std::move(filePath))
{}

QString SchemaCache::pathForCollection(const QString &collectionDir)
{
    return QDir(collectionDir).filePath(QStringLiteral(".wirescope/graphql-schemas.json"));
}

Result<void> SchemaCache::load()
{
    m_entries.clear();
    QFile f(m_path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Kind::File,
                     QStringLiteral("the schema cache %1 cannot be read").arg(m_path),
                     f.errorString()};
    const QByteArray bytes = f.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject()) {
        const auto where = jsonSyntaxError(bytes);
        return Error{Error::Kind::Parse,
                     QStringLiteral("the schema cache %1 is not valid: %2")
                         .arg(m_path, where ? *where : QStringLiteral("not a JSON object"))};
    }
    const QJsonObject schemas = doc.object().value(QLatin1String("schemas")).toObject();
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_entries.insert(it.key(),
                         Entry{o.value(QLatin1String("__schema")).toObject(),
                               QDateTime::fromString(o.value(QLatin1String("fetchedAt")).toString(),
                                                     Qt::ISODateWithMs)});
    }
    return {};
}

Result<void>
SchemaCache::store(const QString &url, const QJsonObject &introspection, const QDateTime &fetchedAt)
{
    const Result<Schema> parsed = parseIntrospection(introspection);
    if (!parsed)
        return parsed.error();
    const QJsonObject raw = introspection.contains(QLatin1String("data"))
                                ? introspection.value(QLatin1String("data")).toObject()
                                : introspection;
    m_entries.insert(url, Entry{raw.value(QLatin1String("__schema")).toObject(), fetchedAt});

    QJsonObject schemas;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        schemas.insert(it.key(),
                       QJsonObject{{QStringLiteral("__schema"), it.value().schema},
                                   {QStringLiteral("fetchedAt"),
                                    it.value().fetchedAt.toUTC().toString(Qt::ISODateWithMs)}});
    }
    // Compact: a cache, not a file people edit; keys sorted by QJsonObject, so stable.
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("schemas"), schemas}})
                                 .toJson(QJsonDocument::Compact)
                             + '\n';
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error{Error::Kind::File,
                     QStringLiteral("cannot create the folder of %1").arg(m_path)};
    const QString problem = store::writeFileAtomically(m_path, bytes);
    if (!problem.isEmpty())
        return Error{Error::Kind::File,
                     QStringLiteral("the schema cache %1 could not be written").arg(m_path),
                     problem};
    return {};
}

std::optional<Schema> SchemaCache::schema(const QString &url) const
{
    const auto it = m_entries.constFind(url);
    if (it == m_entries.cend())
        return std::nullopt;
    Result<Schema> parsed =
        parseIntrospection(QJsonObject{{QStringLiteral("__schema"), it.value().schema}});
    if (!parsed)
        return std::nullopt;
    return std::move(parsed).value();
}

QDateTime SchemaCache::fetchedAt(const QString &url) const
{
    return m_entries.value(url).fetchedAt;
}

QStringList SchemaCache::urls() const
{
    QStringList out = m_entries.keys();
    out.sort();
    return out;
}

} // namespace wirescope::graphql
