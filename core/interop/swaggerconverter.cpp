#include "core/interop/swaggerconverter.h"

#include "core/interop/importhelpers.h"
#include "core/interop/openapibundler.h"
#include "core/interop/openapischema.h"

#include <QJsonArray>

#include <map>

namespace wirescope::interop {

namespace {

const char *const kMethods[] = {"get",     "put",  "post",  "delete",
                                "options", "head", "patch", "trace"};

/// Keys of a Swagger 2 parameter that describe the parameter, not its value's type.
bool isParameterKey(const QString &key)
{
    static const QStringList keys = {QStringLiteral("name"),
                                     QStringLiteral("in"),
                                     QStringLiteral("description"),
                                     QStringLiteral("required"),
                                     QStringLiteral("allowEmptyValue"),
                                     QStringLiteral("collectionFormat"),
                                     QStringLiteral("x-example")};
    return keys.contains(key) || key.startsWith(QLatin1String("x-"));
}

/// Moves $refs to where OpenAPI 3 keeps the same things, and makes `type: file` what
/// OpenAPI 3 says for a file (a binary string).
QJsonValue rewrite(const QJsonValue &value)
{
    const std::pair<QLatin1String, QLatin1String> moves[] = {
        {QLatin1String("#/definitions/"), QLatin1String("#/components/schemas/")},
        {QLatin1String("#/responses/"), QLatin1String("#/components/responses/")},
        {QLatin1String("#/parameters/"), QLatin1String("#/components/parameters/")}};
    auto moveRef = [&](const QString &ref) {
        for (const auto &[from, to] : moves) {
            if (ref.startsWith(from))
                return QString(to + ref.mid(from.size()));
        }
        return ref;
    };
    auto fileType = [](QJsonObject &o) {
        if (o.value(QLatin1String("type")).toString() == QLatin1String("file")) {
            o.insert(QLatin1String("type"), QStringLiteral("string"));
            o.insert(QLatin1String("format"), QStringLiteral("binary"));
        }
    };
    return mapRefs(value, moveRef, fileType);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            out.append(v.toString());
    }
    return out;
}

class SwaggerConverter
{
public:
    SwaggerConverter(const QJsonObject &root, ImportReport &report)
        : m_root(root)
        , m_report(report)
        , m_schema(root, &report)
        , m_consumes(stringList(root.value(QLatin1String("consumes"))))
    {}

    QJsonArray servers();
    QJsonObject paths();
    QJsonObject securitySchemes();

private:
    QJsonObject parameter(const QJsonValue &value, const QString &path);
    QJsonObject pathItem(const QJsonObject &item, const QString &apiPath);
    QJsonObject operation(const QJsonObject &op, const QJsonArray &shared, const QString &path);
    QJsonObject body(const QList<QJsonObject> &formData,
                     const QJsonObject &bodyParam,
                     const QStringList &consumes,
                     const QString &path);

    QJsonObject m_root;
    ImportReport &m_report;
    OpenApiSchema m_schema; ///< resolves parameter $refs over the rewritten tree
    QStringList m_consumes;
};

QJsonArray SwaggerConverter::servers()
{
    QString host = m_root.value(QLatin1String("host")).toString().trimmed();
    const QString basePath = m_root.value(QLatin1String("basePath")).toString().trimmed();
    QStringList schemes = stringList(m_root.value(QLatin1String("schemes")));
    QJsonObject variables;
    if (host.isEmpty()) {
        host = QStringLiteral("{host}");
        variables.insert(QLatin1String("host"),
                         QJsonObject{{QLatin1String("default"), QString()},
                                     {QLatin1String("description"),
                                      QStringLiteral("the host that serves the API")}});
        m_report.warning(QString(), QStringLiteral("the document names no host: set the 'host' "
                                                   "variable before sending"));
    }
    if (schemes.isEmpty()) {
        schemes.append(QStringLiteral("https"));
        m_report.info(QString(), QStringLiteral("the document names no scheme; https is used"));
    }
    QJsonArray out;
    for (const QString &scheme : std::as_const(schemes)) {
        const QString url = scheme + QLatin1String("://") + host + basePath;
        QJsonObject server{{QLatin1String("url"), url}, {QLatin1String("description"), scheme}};
        if (!variables.isEmpty())
            server.insert(QLatin1String("variables"), variables);
        out.append(server);
    }
    return out;
}

QJsonObject SwaggerConverter::parameter(const QJsonValue &value, const QString &path)
{
    // #/parameters/... (moved under components) or a file beside the document (bundled);
    // the one resolver follows both and reports what it cannot.
    return m_schema.resolve(value, path).toObject();
}

QJsonObject SwaggerConverter::body(const QList<QJsonObject> &formData,
                                   const QJsonObject &bodyParam,
                                   const QStringList &consumes,
                                   const QString &path)
{
    QJsonObject content;
    if (!bodyParam.isEmpty()) {
        QStringList types = consumes;
        types.removeIf([](const QString &t) { return t.contains(QLatin1String("form")); });
        if (types.isEmpty())
            types.append(QStringLiteral("application/json"));
        const QJsonObject examples = bodyParam.value(QLatin1String("x-examples")).toObject();
        for (const QString &type : std::as_const(types)) {
            QJsonObject media{{QLatin1String("schema"), bodyParam.value(QLatin1String("schema"))}};
            if (examples.contains(type))
                media.insert(QLatin1String("example"), examples.value(type));
            content.insert(type, media);
        }
    } else {
        QJsonObject properties;
        QJsonArray required;
        bool file = false;
        for (const QJsonObject &p : formData) {
            QJsonObject schema;
            for (auto it = p.begin(); it != p.end(); ++it) {
                if (!isParameterKey(it.key()))
                    schema.insert(it.key(), it.value());
            }
            if (p.contains(QLatin1String("description")))
                schema.insert(QLatin1String("description"), p.value(QLatin1String("description")));
            if (p.contains(QLatin1String("x-example")))
                schema.insert(QLatin1String("example"), p.value(QLatin1String("x-example")));
            file =
                file || schema.value(QLatin1String("format")).toString() == QLatin1String("binary");
            const QString name = p.value(QLatin1String("name")).toString();
            properties.insert(name, schema);
            if (p.value(QLatin1String("required")).toBool(false))
                required.append(name);
        }
        const bool multipart =
            file || consumes.contains(QLatin1String("multipart/form-data"), Qt::CaseInsensitive);
        if (file && !consumes.contains(QLatin1String("multipart/form-data"), Qt::CaseInsensitive))
            m_report.info(path, QStringLiteral("a file parameter makes the form multipart"));
        QJsonObject schema{{QLatin1String("type"), QStringLiteral("object")},
                           {QLatin1String("properties"), properties}};
        if (!required.isEmpty())
            schema.insert(QLatin1String("required"), required);
        content.insert(multipart ? QStringLiteral("multipart/form-data")
                                 : QStringLiteral("application/x-www-form-urlencoded"),
                       QJsonObject{{QLatin1String("schema"), schema}});
    }
    QJsonObject requestBody{{QLatin1String("content"), content}};
    for (const char *key : {"description", "required"}) {
        if (bodyParam.contains(QLatin1String(key)))
            requestBody.insert(QLatin1String(key), bodyParam.value(QLatin1String(key)));
    }
    return requestBody;
}

QJsonObject
SwaggerConverter::operation(const QJsonObject &op, const QJsonArray &shared, const QString &path)
{
    // Operation parameters override path-level ones with the same name and location.
    std::map<std::pair<QString, QString>, QJsonObject> byKey;
    QList<std::pair<QString, QString>> order;
    for (const QJsonArray &list : {shared, op.value(QLatin1String("parameters")).toArray()}) {
        for (const QJsonValue &entry : list) {
            const QJsonObject p = parameter(entry, path);
            const auto key = std::make_pair(p.value(QLatin1String("name")).toString(),
                                            p.value(QLatin1String("in")).toString());
            if (key.second.isEmpty())
                continue;
            if (!byKey.count(key))
                order.append(key);
            byKey[key] = p;
        }
    }
    QJsonObject out = op;
    for (const char *key : {"parameters", "consumes", "produces", "schemes"})
        out.remove(QLatin1String(key));
    QJsonArray simple;
    QList<QJsonObject> formData;
    QJsonObject bodyParam;
    for (const auto &key : std::as_const(order)) {
        const QJsonObject &p = byKey[key];
        if (key.second == QLatin1String("body")) {
            bodyParam = p;
            continue;
        }
        if (key.second == QLatin1String("formData")) {
            formData.append(p);
            continue;
        }
        QJsonObject converted, schema;
        for (auto it = p.begin(); it != p.end(); ++it)
            (isParameterKey(it.key()) ? converted : schema).insert(it.key(), it.value());
        converted.remove(QLatin1String("x-example"));
        converted.remove(QLatin1String("collectionFormat"));
        converted.insert(QLatin1String("schema"), schema);
        if (p.contains(QLatin1String("x-example")))
            converted.insert(QLatin1String("example"), p.value(QLatin1String("x-example")));
        simple.append(converted);
    }
    if (!simple.isEmpty())
        out.insert(QLatin1String("parameters"), simple);
    const QStringList consumes = op.contains(QLatin1String("consumes"))
                                     ? stringList(op.value(QLatin1String("consumes")))
                                     : m_consumes;
    if (!bodyParam.isEmpty() || !formData.isEmpty())
        out.insert(QLatin1String("requestBody"), body(formData, bodyParam, consumes, path));
    if (!bodyParam.isEmpty() && !formData.isEmpty())
        m_report.dropped(path, QStringLiteral("both a body and form parameters are declared; the "
                                              "form parameters were not imported"));
    return out;
}

QJsonObject SwaggerConverter::pathItem(const QJsonObject &item, const QString &apiPath)
{
    QJsonObject out = item;
    out.remove(QLatin1String("parameters"));
    const QJsonArray shared = item.value(QLatin1String("parameters")).toArray();
    for (const char *method : kMethods) {
        const QJsonValue op = item.value(QLatin1String(method));
        if (!op.isObject())
            continue;
        const QJsonObject o = op.toObject();
        QString name = o.value(QLatin1String("summary")).toString().trimmed();
        if (name.isEmpty())
            name = o.value(QLatin1String("operationId")).toString();
        if (name.isEmpty())
            name = QString::fromLatin1(method).toUpper() + QLatin1Char(' ') + apiPath;
        const QString tag = o.value(QLatin1String("tags")).toArray().first().toString();
        out.insert(QLatin1String(method), operation(o, shared, joinItemPath(tag, name)));
    }
    return out;
}

QJsonObject SwaggerConverter::paths()
{
    QJsonObject out;
    const QJsonObject in = m_root.value(QLatin1String("paths")).toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key().startsWith(QLatin1String("x-")))
            continue;
        if (it.value().isObject())
            out.insert(it.key(), pathItem(it.value().toObject(), it.key()));
        else
            out.insert(it.key(), it.value()); // the importer reports what it cannot read
    }
    return out;
}

QJsonObject SwaggerConverter::securitySchemes()
{
    // Swagger's flow names -> OpenAPI 3's.
    const std::pair<const char *, const char *> flows[] = {{"implicit", "implicit"},
                                                           {"password", "password"},
                                                           {"application", "clientCredentials"},
                                                           {"accessCode", "authorizationCode"}};
    QJsonObject out;
    const QJsonObject defs = m_root.value(QLatin1String("securityDefinitions")).toObject();
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        const QJsonObject d = it.value().toObject();
        const QString type = d.value(QLatin1String("type")).toString();
        QJsonObject s{{QLatin1String("description"), d.value(QLatin1String("description"))}};
        if (type == QLatin1String("basic")) {
            s.insert(QLatin1String("type"), QStringLiteral("http"));
            s.insert(QLatin1String("scheme"), QStringLiteral("basic"));
        } else if (type == QLatin1String("oauth2")) {
            s.insert(QLatin1String("type"), type);
            const QString flow = d.value(QLatin1String("flow")).toString();
            QJsonObject f;
            for (const char *key : {"authorizationUrl", "tokenUrl", "scopes"}) {
                if (d.contains(QLatin1String(key)))
                    f.insert(QLatin1String(key), d.value(QLatin1String(key)));
            }
            for (const auto &names : flows) {
                if (flow == QLatin1String(names.first))
                    s.insert(QLatin1String("flows"), QJsonObject{{QLatin1String(names.second), f}});
            }
        } else {
            s = d; // apiKey reads the same in both versions
        }
        out.insert(it.key(), s);
    }
    return out;
}

} // namespace

Result<QJsonObject> convertSwagger2(const QJsonObject &input, ImportReport &report)
{
    const QString version = scalarText(input.value(QLatin1String("swagger")));
    if (version != QLatin1String("2.0"))
        return Error{
            Error::Kind::Parse,
            QStringLiteral("Swagger version '%1' is not supported (2.0 is)").arg(version.left(40))};
    if (input.contains(QLatin1String("paths")) && !input.value(QLatin1String("paths")).isObject())
        return Error{Error::Kind::Parse, QStringLiteral("'paths' is not a mapping")};
    QJsonObject root = rewrite(input).toObject();
    QJsonObject components;
    const std::pair<const char *, const char *> moves[] = {
        {"definitions", "schemas"}, {"responses", "responses"}, {"parameters", "parameters"}};
    for (const auto &move : moves) {
        if (root.value(QLatin1String(move.first)).isObject())
            components.insert(QLatin1String(move.second), root.value(QLatin1String(move.first)));
    }
    root.insert(QLatin1String("components"), components); // where the rewritten $refs point
    SwaggerConverter converter(root, report);
    components.insert(QLatin1String("securitySchemes"), converter.securitySchemes());

    QJsonObject out;
    out.insert(QLatin1String("openapi"), QStringLiteral("3.0.3"));
    out.insert(QLatin1String("servers"), converter.servers());
    out.insert(QLatin1String("paths"), converter.paths());
    out.insert(QLatin1String("components"), components);
    for (const char *key : {"info", "security", "tags", "externalDocs", kBundledFilesKey}) {
        if (root.contains(QLatin1String(key)))
            out.insert(QLatin1String(key), root.value(QLatin1String(key)));
    }
    report.info(QString(), QStringLiteral("Swagger 2.0 read as OpenAPI 3: host, basePath and "
                                          "schemes became the server, body and form parameters "
                                          "the request body"));
    return out;
}

} // namespace wirescope::interop
