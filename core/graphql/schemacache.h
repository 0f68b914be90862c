#pragma once

#include "core/graphql/graphqlschema.h"
#include "core/model/error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wirescope::graphql {

/// Introspected schemas per endpoint URL, kept in one file beside a collection:
/// `<collection>/.wirescope/graphql-schemas.json` (a dot directory, which the collection
/// loader skips). The file holds each URL's raw `__schema` object and when it was fetched,
/// so a later Wirescope can parse more of it than this one does.
class SchemaCache final
{
public:
    explicit SchemaCache(QString filePath);

    /// The cache file of the collection in @p collectionDir.
    static QString pathForCollection(const QString &collectionDir);

    QString filePath() const { return m_path; }

    /// Reads the file; a missing file is an empty cache. A corrupt one is an error naming
    /// the file, line and column, and leaves the cache empty.
    Result<void> load();

    /// Stores @p introspection ({"__schema": ...} or a whole {"data": ...} answer) for
    /// @p url and writes the file atomically. Fails when it is not a schema.
    Result<void>
    store(const QString &url, const QJsonObject &introspection, const QDateTime &fetchedAt);

    /// The schema cached for @p url (exact URL text, as sent), if any.
    std::optional<Schema> schema(const QString &url) const;
    QDateTime fetchedAt(const QString &url) const;
    QStringList urls() const;

private:
    struct Entry
    {
        QJsonObject schema; ///< the __schema object
        QDateTime fetchedAt;
    };
    QString m_path;
    QHash<QString, Entry> m_entries;
};

} // namespace wirescope::graphql
