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
/// reports the parsed schema. One fetch at a time; a new fetch cancels the previous one.
class SchemaFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaFetcher)

public:
    explicit SchemaFetcher(HttpClient *client, QObject *parent = nullptr);
    ~SchemaFetcher() override;

    /// The request that fetch() sends for @p request: a POST of the introspection query.
    static Request introspectionRequest(const Request &request);

    void fetch(const Request &request, const VariableContext &context = {});
    bool isFetching() const { return !m_run.isNull(); }

signals:
    /// @p url is the URL as sent (variables resolved); @p introspection the answer's data
    /// object ({"__schema": ...}), for SchemaCache::store().
    void fetched(const QString &url, const wirescope::graphql::Schema &schema,
                 const QJsonObject &introspection);
    void failed(const wirescope::Error &error);

private:
    void onRunFinished(const wirescope::Exchange &exchange);

    HttpClient *m_client; // not owned
    QPointer<RequestRun> m_run;
};

} // namespace wirescope::graphql
