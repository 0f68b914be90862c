#include "core/scripting/scriptrequest.h"

#include "core/http/urlparams.h"

#include <QJsonArray>

namespace wirescope::scriptjson {

namespace {

QJsonArray pairs(const KeyValueList &list)
{
    QJsonArray out;
    for (const KeyValue &kv : list) {
        QJsonObject o{{QStringLiteral("key"), kv.name}, {QStringLiteral("value"), kv.value}};
        if (!kv.enabled)
            o.insert(QStringLiteral("disabled"), true);
        out.append(o);
    }
    return out;
}

QString scalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

KeyValueList readPairs(const QJsonValue &value)
{
    KeyValueList out;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.append(KeyValue{it.key(), scalar(it.value()), true, {}});
        return out;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        QString key = o.value(QLatin1String("key")).toString();
        if (key.isEmpty())
            key = o.value(QLatin1String("name")).toString();
        out.append(KeyValue{key,
                            scalar(o.value(QLatin1String("value"))),
                            !o.value(QLatin1String("disabled")).toBool(false),
                            {}});
    }
    return out;
}

} // namespace

QJsonObject fromRequest(const Request &request)
{
    QJsonObject body;
    switch (request.body.kind) {
    case BodyKind::None:
        break;
    case BodyKind::Raw:
        body =
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("raw")},
                        {QStringLiteral("raw"), request.body.raw},
                        {QStringLiteral("options"),
                         QJsonObject{{QStringLiteral("raw"),
                                      QJsonObject{{QStringLiteral("language"),
                                                   Body::languageName(request.body.language)}}}}}};
        break;
    case BodyKind::FormUrlEncoded:
        body = QJsonObject{{QStringLiteral("mode"), QStringLiteral("urlencoded")},
                           {QStringLiteral("urlencoded"), pairs(request.body.form)}};
        break;
    case BodyKind::Multipart: {
        QJsonArray parts;
        for (const MultipartPart &p : request.body.multipart) {
            QJsonObject o{{QStringLiteral("key"), p.name},
                          {QStringLiteral("type"),
                           p.isFile ? QStringLiteral("file") : QStringLiteral("text")}};
            o.insert(p.isFile ? QStringLiteral("src") : QStringLiteral("value"),
                     p.isFile ? p.filePath : p.value);
            if (!p.enabled)
                o.insert(QStringLiteral("disabled"), true);
            parts.append(o);
        }
        body = QJsonObject{{QStringLiteral("mode"), QStringLiteral("formdata")},
                           {QStringLiteral("formdata"), parts}};
        break;
    }
    case BodyKind::Binary:
        body = QJsonObject{{QStringLiteral("mode"), QStringLiteral("file")},
                           {QStringLiteral("file"),
                            QJsonObject{{QStringLiteral("src"), request.body.binaryFilePath}}}};
        break;
    case BodyKind::GraphQL:
        // Postman's shape: pm.request.body.graphql.query and .variables (text, as typed).
        body = QJsonObject{
            {QStringLiteral("mode"), QStringLiteral("graphql")},
            {QStringLiteral("graphql"),
             QJsonObject{{QStringLiteral("query"), request.body.graphql.query},
                         {QStringLiteral("variables"), request.body.graphql.variables}}}};
        break;
    }
    QJsonObject out{{QStringLiteral("id"), request.id},
                    {QStringLiteral("name"), request.name},
                    {QStringLiteral("method"), request.method},
                    {QStringLiteral("url"), request.url},
                    {QStringLiteral("header"), pairs(request.headers)}};
    if (!body.isEmpty())
        out.insert(QStringLiteral("body"), body);
    return out;
}

Request toRequest(const QJsonObject &json, const Request &base)
{
    Request r = base;
    if (json.contains(QLatin1String("method"))) {
        const QString method = json.value(QLatin1String("method")).toString().trimmed().toUpper();
        if (!method.isEmpty())
            r.method = method;
    }
    const QJsonValue url = json.value(QLatin1String("url"));
    QString urlText =
        url.isObject() ? url.toObject().value(QLatin1String("raw")).toString() : scalar(url);
    if (json.contains(QLatin1String("url")) && urlText != r.url) {
        r.url = urlText;
        r.queryParams = mergeQueryFromUrl(r.url, r.queryParams);
        r.pathVariables = mergePathVariables(r.url, r.pathVariables);
    }
    if (json.contains(QLatin1String("header")))
        r.headers = readPairs(json.value(QLatin1String("header")));
    else if (json.contains(QLatin1String("headers")))
        r.headers = readPairs(json.value(QLatin1String("headers")));
    if (json.contains(QLatin1String("body"))) {
        const QJsonValue bodyValue = json.value(QLatin1String("body"));
        const QJsonObject body = bodyValue.toObject();
        const QString mode = body.value(QLatin1String("mode")).toString();
        if (bodyValue.isString()) {
            r.body.kind = BodyKind::Raw;
            r.body.raw = bodyValue.toString();
        } else if (bodyValue.isNull() || mode.isEmpty() || mode == u"none") {
            if (bodyValue.isNull() || mode == u"none")
                r.body = Body{};
        } else if (mode == u"raw") {
            r.body.kind = BodyKind::Raw;
            r.body.raw = scalar(body.value(QLatin1String("raw")));
            const QString language = body.value(QLatin1String("options"))
                                         .toObject()
                                         .value(QLatin1String("raw"))
                                         .toObject()
                                         .value(QLatin1String("language"))
                                         .toString();
            if (!language.isEmpty())
                r.body.language = Body::languageFromName(language);
        } else if (mode == u"urlencoded") {
            r.body.kind = BodyKind::FormUrlEncoded;
            r.body.form = readPairs(body.value(QLatin1String("urlencoded")));
        } else if (mode == u"formdata") {
            r.body.kind = BodyKind::Multipart;
            r.body.multipart.clear();
            for (const QJsonValue &entry : body.value(QLatin1String("formdata")).toArray()) {
                const QJsonObject o = entry.toObject();
                MultipartPart part;
                part.name = o.value(QLatin1String("key")).toString();
                part.isFile = o.value(QLatin1String("type")).toString() == u"file";
                if (part.isFile)
                    part.filePath = o.value(QLatin1String("src")).toString();
                else
                    part.value = scalar(o.value(QLatin1String("value")));
                part.enabled = !o.value(QLatin1String("disabled")).toBool(false);
                r.body.multipart.append(part);
            }
        }
    }
    return r;
}

QJsonObject fromExchange(const Exchange &exchange, qint64 maxBodyBytes)
{
    if (!exchange.response)
        return {};
    const Response &response = *exchange.response;
    const QByteArray body = response.body.read(maxBodyBytes);
    return QJsonObject{{QStringLiteral("code"), response.status},
                       {QStringLiteral("status"), response.reason},
                       {QStringLiteral("header"), pairs(response.headers)},
                       {QStringLiteral("body"), QString::fromUtf8(body)},
                       {QStringLiteral("responseTime"), qRound64(exchange.timings.total)},
                       {QStringLiteral("responseSize"), response.body.size()}};
}

} // namespace wirescope::scriptjson
