#include "core/http/graphqlpayload.h"

#include "core/http/requestbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace wirescope::graphql {

namespace {

QByteArray jsonString(const QString &text)
{
    // QJsonDocument has no top-level string: serialise a one-element array and unwrap it.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

Error invalidVariables(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, message};
}

} // namespace

std::optional<QString> variablesError(const QString &variables)
{
    const QByteArray bytes = variables.toUtf8();
    if (bytes.trimmed().isEmpty())
        return std::nullopt;
    const QString notObject =
        QStringLiteral("the GraphQL variables must be a JSON object ({\"name\": value, ...})");
    if (const auto syntax = jsonSyntaxError(bytes)) {
        // Qt refuses a top-level scalar that RFC 8259 allows: name the real problem for it.
        if (!jsonSyntaxError('[' + bytes + ']'))
            return notObject;
        return QStringLiteral("the GraphQL variables are not valid JSON (%1)").arg(*syntax);
    }
    if (!QJsonDocument::fromJson(bytes).isObject())
        return notObject;
    return std::nullopt;
}

Result<QByteArray> postBody(const GraphQLBody &body)
{
    if (const auto problem = variablesError(body.variables))
        return invalidVariables(*problem);
    QByteArray out = "{\"query\":" + jsonString(body.query);
    const QByteArray variables = body.variables.toUtf8().trimmed();
    if (!variables.isEmpty())
        out += ",\"variables\":" + variables;
    if (!body.operationName.isEmpty())
        out += ",\"operationName\":" + jsonString(body.operationName);
    out += '}';
    return out;
}

Result<KeyValueList> getParameters(const GraphQLBody &body)
{
    if (const auto problem = variablesError(body.variables))
        return invalidVariables(*problem);
    KeyValueList out;
    const auto add = [&out](const char *name, const QString &value) {
        out.append(KeyValue{QString::fromLatin1(name),
                            QString::fromLatin1(QUrl::toPercentEncoding(value)),
                            true,
                            {}});
    };
    add("query", body.query);
    const QString variables = body.variables.trimmed();
    if (!variables.isEmpty()) {
        // Compact in a URL: the value is re-serialised, which keeps its meaning.
        add("variables",
            QString::fromUtf8(
                QJsonDocument::fromJson(variables.toUtf8()).toJson(QJsonDocument::Compact)));
    }
    if (!body.operationName.isEmpty())
        add("operationName", body.operationName);
    return out;
}

} // namespace wirescope::graphql
