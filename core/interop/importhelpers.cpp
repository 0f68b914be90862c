#include "core/interop/importhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wirescope::interop {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d > -9e15 && d < 9e15 && d == double(qint64(d))) // range first: the cast is UB outside
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        break;
    }
    return {};
}

QString joinItemPath(const QString &parent, const QString &name)
{
    return parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
}

RawLanguage languageForMimeType(QStringView mimeType)
{
    const QString m = mimeType.toString().toLower();
    if (m.contains(QLatin1String("json")))
        return RawLanguage::Json;
    if (m.contains(QLatin1String("xml")))
        return RawLanguage::Xml;
    if (m.contains(QLatin1String("html")))
        return RawLanguage::Html;
    if (m.contains(QLatin1String("javascript")))
        return RawLanguage::JavaScript;
    return RawLanguage::Text;
}

QString graphqlVariablesText(const QJsonValue &variables)
{
    if (variables.isString())
        return variables.toString();
    if (variables.isObject())
        return QString::fromUtf8(
                   QJsonDocument(variables.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    return {};
}

void settleGraphQLTransport(Request &request, ImportReport &report, const QString &path)
{
    if (request.body.kind != BodyKind::GraphQL)
        return;
    const QString method = request.method.trimmed().toUpper();
    if (method == QLatin1String("GET")) {
        request.body.graphql.transport = GraphQLTransport::Get;
        return;
    }
    request.body.graphql.transport = GraphQLTransport::Post;
    if (method != QLatin1String("POST")) {
        report.warning(path, QStringLiteral("the GraphQL body is sent with POST; the method %1 "
                                            "is not used")
                                 .arg(method));
        request.method = QStringLiteral("POST");
    }
}

void appendRow(KeyValueList &list, const KeyValue &row)
{
    if (row.name.isEmpty() && row.value.isEmpty())
        return;
    list.append(row);
}

} // namespace wirescope::interop
