#pragma once

#include "core/graphql/graphqlschema.h"
#include "core/model/error.h"
#include "core/model/request.h"
#include "core/vars/variablecontext.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace wirescope {
class HttpClient;
class RequestRun;
struct Exchange;
} // namespace wirescope

namespace wirescope::graphql {

/// Sends the standard introspection query through the one HttpClient, with the URL, headers,
/// auth and settings of a GraphQL request (so a token the endpoint needs is sent), and
/// reports the parsed schema. One fetch at a time; a new fetch cancels the previous one. The
/// answer (megabytes for a large service) is parsed on a worker thread.
class SchemaFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaFetcher)

public:
    explicit SchemaFetcher(HttpClient *client, QObject *parent = nullptr);
    ~SchemaFetcher() override;

    /// The request that fetch() sends for @p request: a POST of the introspection query.
    static Request introspectionRequest(const Request &request);

    /// A schema read from an answer, and the answer's data object for SchemaCache::store().
    struct Answer
    {
        Schema schema;
        QJsonObject introspection;
    };
    /// Reads an answer to the introspection query. Errors name the step that failed: an
    /// HTTP error status, a body that is not JSON (not a GraphQL endpoint), a GraphQL
    /// `errors` answer without a schema (introspection disabled), JSON without `__schema`,
    /// or a schema that cannot be read. Pure, so it is table-tested.
    static Result<Answer> readAnswer(int status,
                                     const QString &reason,
                                     const QString &contentType,
                                     const QByteArray &body);

    void fetch(const Request &request, const VariableContext &context = {});
    /// From fetch() until fetched() or failed(), parsing included.
    bool isFetching() const { return !m_run.isNull() || !m_parse.isNull(); }

signals:
    /// @p url is the URL as sent (variables resolved); @p introspection the answer's data
    /// object ({"__schema": ...}), for SchemaCache::store().
    void fetched(const QString &url,
                 const wirescope::graphql::Schema &schema,
                 const QJsonObject &introspection);
    /// The message names the step: sending (network, TLS, timeout), the HTTP status, the
    /// answer's format, or the introspection itself.
    void failed(const wirescope::Error &error);

private:
    void onRunFinished(const wirescope::Exchange &exchange);

    HttpClient *m_client; // not owned
    QPointer<RequestRun> m_run;
    QPointer<QObject> m_parse; ///< the QFutureWatcher of the parse in progress (a child)
};

} // namespace wirescope::graphql
