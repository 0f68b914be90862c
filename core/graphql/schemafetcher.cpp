#include "core/graphql/schemafetcher.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/model/exchange.h"

#include <QJsonDocument>

namespace wirescope::graphql {

SchemaFetcher::SchemaFetcher(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

SchemaFetcher::~SchemaFetcher()
{
    delete m_run.data();
}

Request SchemaFetcher::introspectionRequest(const Request &request)
{
    Request r = request;
    r.method = QStringLiteral("POST");
    r.body = Body{};
    r.body.kind = BodyKind::GraphQL;
    r.body.graphql.query = introspectionQuery();
    r.body.graphql.operationName = QStringLiteral("IntrospectionQuery");
    return r;
}

void SchemaFetcher::fetch(const Request &request, const VariableContext &context)
{
    delete m_run.data(); // cancels a fetch still running
    m_run = m_client->send(introspectionRequest(request), context);
    connect(m_run.data(), &RequestRun::finished, this, &SchemaFetcher::onRunFinished);
}

void SchemaFetcher::onRunFinished(const Exchange &exchange)
{
    if (m_run)
        m_run->deleteLater();
    m_run.clear();
    if (exchange.error) {
        emit failed(*exchange.error);
        return;
    }
    if (!exchange.response) {
        emit failed(Error{Error::Kind::Protocol, QStringLiteral("no response to the introspection query")});
        return;
    }
    const QByteArray body = exchange.response->body.read(64 * 1024 * 1024);
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    Result<Schema> schema = parseIntrospection(body);
    if (!schema) {
        Error e = schema.error();
        e.message = QStringLiteral("HTTP %1: %2").arg(exchange.response->status).arg(e.message);
        emit failed(e);
        return;
    }
    emit fetched(exchange.sent.url, *schema, answer.value(QLatin1String("data")).toObject());
}

} // namespace wirescope::graphql
