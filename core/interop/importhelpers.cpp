#include "core/interop/importhelpers.h"

#include <QJsonArray>
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

namespace {

QJsonValue mapRefsAt(const QJsonValue &value,
                     const std::function<QString(const QString &)> &map,
                     const std::function<void(QJsonObject &)> &eachObject,
                     int depth)
{
    if (depth <= 0)
        return value;
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(mapRefsAt(v, map, eachObject, depth - 1));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("$ref") && it.value().isString())
            it.value() = map(it.value().toString());
        else
            it.value() = mapRefsAt(it.value(), map, eachObject, depth - 1);
    }
    if (eachObject)
        eachObject(o);
    return o;
}

} // namespace

QJsonValue mapRefs(const QJsonValue &value,
                   const std::function<QString(const QString &)> &map,
                   const std::function<void(QJsonObject &)> &eachObject,
                   int maxDepth)
{
    return mapRefsAt(value, map, eachObject, maxDepth);
}

} // namespace wirescope::interop
