#pragma once

#include "core/graphql/graphqlschema.h"
#include "core/model/error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPair>
#include <QString>

namespace wirescope {

class HttpClient;
class RequestEditor;
class VariableContext;
struct Request;

namespace graphql {
class SchemaFetcher;
}

/// Gives a request tab's GraphQL editor its schema: "Fetch schema" sends the introspection
/// query through the one HttpClient with the request's URL, headers and auth ({{variables}}
/// resolved from the tab's context), stores the answer in the SchemaCache of the request's
/// collection (`<collection>/.wirescope/graphql-schemas.json`) and hands it to completion and
/// the schema browser; opening a GraphQL request (or changing its URL) loads the cached
/// schema for its URL. A request that is in no collection keeps its schema in memory only.
/// Reading and writing the cache file (a parse of each stored schema) runs on a worker
/// thread, as does the fetcher's parse of the answer.
class GraphQLSchemaController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLSchemaController)

public:
    /// @p context may be null (no variables).
    GraphQLSchemaController(HttpClient *client,
                            const VariableContext *context,
                            RequestEditor *editor,
                            QObject *parent = nullptr);
    ~GraphQLSchemaController() override;

    /// The collection the request belongs to (empty: none); the cached schema is looked up.
    void setCollectionDirectory(const QString &directory);
    QString cacheFile() const;

    /// Shows the cached schema for the editor's URL, if the body is GraphQL and the URL
    /// differs from the one whose schema is shown. The file is read on a worker thread;
    /// cacheLookupFinished() follows.
    void loadCached();
    /// Sends the introspection query for the editor's request.
    void fetch();
    bool isFetching() const;

    /// The cache key of @p request: its URL with variables resolved, normalised as the
    /// engine parses it (the text itself when it does not parse).
    QString cacheKey(const Request &request) const;

signals:
    /// A schema was fetched (and, when the request is in a collection, the cache written or
    /// the reason it was not shown).
    void schemaFetched(const QString &url);
    /// A lookup in the cache file ended (whether or not it had a schema for @p url).
    void cacheLookupFinished(const QString &url);
    /// Fetching failed; @p message names the step (also shown under the editor's bar).
    void fetchFailed(const QString &message);

private:
    void onFetched(const QString &sentUrl,
                   const graphql::Schema &schema,
                   const QJsonObject &introspection);
    void onFailed(const Error &error);
    void show(const graphql::Schema &schema, const QDateTime &fetchedAt, const QString &key);
    void storeInCache(const QString &key,
                      const QJsonObject &introspection,
                      const QDateTime &fetchedAt,
                      const graphql::Schema &schema);

    HttpClient *m_client;              // not owned
    const VariableContext *m_context;  // not owned, may be null
    RequestEditor *m_editor;           // not owned: the tab's editor
    graphql::SchemaFetcher *m_fetcher; // child
    QString m_directory;
    QString m_shownKey;       ///< the URL whose schema the editor has ("" when none)
    QString m_fetchingKey;    ///< the URL of the fetch in flight
    QString m_lookupKey;      ///< the URL a cache lookup is running for
    quint64 m_generation = 0; ///< a newer lookup or a fetch makes older lookups stale
    QHash<QString, QPair<graphql::Schema, QDateTime>> m_memory; ///< fetched outside a collection
};

} // namespace wirescope
