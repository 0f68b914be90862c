#include "core/graphql/schemafetcher.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/model/exchange.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace wirescope::graphql {

SchemaFetcher::SchemaFetcher(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

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
    delete m_run.data();   // cancels a fetch still running
    delete m_parse.data(); // and drops the result of a parse still running
    m_run = m_client->send(introspectionRequest(request), context);
    connect(m_run.data(), &RequestRun::finished, this, &SchemaFetcher::onRunFinished);
}

Result<SchemaFetcher::Answer> SchemaFetcher::readAnswer(int status,
                                                        const QString &reason,
                                                        const QString &contentType,
                                                        const QByteArray &body)
{
    const QString http =
        QStringLiteral("HTTP %1%2").arg(status).arg(reason.isEmpty() ? QString() : u' ' + reason);
    QJsonParseError syntax;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &syntax);
    const bool json = syntax.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject answer = doc.object();
    const bool graphqlErrors =
        json && answer.value(QLatin1String("errors")).isArray()
        && !answer.value(QLatin1String("data")).toObject().contains(QLatin1String("__schema"));
    if (status >= 400 && !graphqlErrors) {
        return Error{Error::Kind::Protocol,
                     QStringLiteral("the server answered the introspection query with %1%2")
                         .arg(http, json ? QString()
                                         : QStringLiteral(" and a body that is not GraphQL JSON"))};
    }
    if (!json) {
        const QString type =
            contentType.isEmpty() ? QStringLiteral("no Content-Type") : contentType;
        return Error{Error::Kind::Parse,
                     QStringLiteral("the answer to the introspection query is not JSON (%1, %2): "
                                    "is this URL a GraphQL endpoint?")
                         .arg(http, type)};
    }
    if (graphqlErrors) {
        const QString message = answer.value(QLatin1String("errors"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("message"))
                                    .toString();
        return Error{Error::Kind::Protocol,
                     QStringLiteral("the service refused the introspection query (%1; "
                                    "introspection may be disabled): %2")
                         .arg(http, message.isEmpty() ? QStringLiteral("no message") : message)};
    }
    if (!answer.value(QLatin1String("data"))
             .toObject()
             .value(QLatin1String("__schema"))
             .isObject()) {
        return Error{Error::Kind::Parse,
                     QStringLiteral("the answer (%1) is JSON without data.__schema: is this URL "
                                    "a GraphQL endpoint?")
                         .arg(http)};
    }
    Result<Schema> schema = parseIntrospection(answer);
    if (!schema) {
        return Error{Error::Kind::Parse,
                     QStringLiteral("the introspection answer (%1) cannot be read: %2")
                         .arg(http, schema.error().message)};
    }
    return Answer{std::move(schema).value(), answer.value(QLatin1String("data")).toObject()};
}

void SchemaFetcher::onRunFinished(const Exchange &exchange)
{
    if (m_run)
        m_run->deleteLater();
    m_run.clear();
    if (exchange.error) {
        Error e = *exchange.error;
        e.message = QStringLiteral("sending the introspection query failed: ") + e.message;
        emit failed(e);
        return;
    }
    if (!exchange.response) {
        emit failed(
            Error{Error::Kind::Protocol, QStringLiteral("no response to the introspection query")});
        return;
    }
    const Response &response = *exchange.response;
    const QString url = exchange.sent.url;
    using Parsed = std::optional<Result<Answer>>; // optional: QFuture wants a default value
    auto *watcher = new QFutureWatcher<Parsed>(this);
    m_parse = watcher;
    connect(watcher, &QFutureWatcher<Parsed>::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        m_parse.clear();
        const Parsed answer = watcher->result();
        if (!answer || !*answer) {
            emit failed(answer ? answer->error()
                               : Error{Error::Kind::Other,
                                       QStringLiteral("the introspection answer was not parsed")});
            return;
        }
        emit fetched(url, (*answer)->schema, (*answer)->introspection);
    });
    watcher->setFuture(QtConcurrent::run([status = response.status, reason = response.reason,
                                          type = response.contentType,
                                          body = response.body.read(64 * 1024 * 1024)]() -> Parsed {
        return readAnswer(status, reason, type, body);
    }));
}

} // namespace wirescope::graphql
