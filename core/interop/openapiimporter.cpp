#include "core/interop/openapiimporter.h"

#include "core/http/urlparams.h"
#include "core/interop/importhelpers.h"
#include "core/interop/openapibundler.h"
#include "core/interop/openapischema.h"
#include "core/interop/swaggerconverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace wirescope::interop {

namespace {

Error parseError(const QString &message)
{
    return Error{Error::Kind::Parse, message};
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    if (value.isString())
        return value.toString();
    if (value.isNull())
        return QStringLiteral("null");
    return scalarText(value);
}

const char *const kMethods[] = {"get",     "put",  "post",  "delete",
                                "options", "head", "patch", "trace"};

class OpenApiReader
{
public:
    OpenApiReader(const QJsonObject &root, const QStringList &pathOrder)
        : m_root(root)
        , m_pathOrder(pathOrder)
        , m_schema(root, &report)
    {}

    ImportReport report;
    Collection collection;
    QList<Environment> environments;

    void run();

private:
    struct Param
    {
        QString name, in, value, description;
        bool required = false;
    };

    QString paramValue(const QJsonObject &p, const QString &path) const
    {
        if (p.contains(QLatin1String("example")))
            return scalarText(p.value(QLatin1String("example")));
        const QJsonObject examples = p.value(QLatin1String("examples")).toObject();
        if (!examples.isEmpty()) {
            const QJsonValue first = m_schema.resolve(examples.begin().value(), path);
            return scalarText(first.toObject().value(QLatin1String("value")));
        }
        const QJsonValue schema = m_schema.resolve(p.value(QLatin1String("schema")), path);
        const QJsonObject s = schema.toObject();
        for (const char *key : {"example", "const", "default"}) { // const: 3.1
            if (s.contains(QLatin1String(key)))
                return scalarText(s.value(QLatin1String(key)));
        }
        for (const char *key : {"examples", "enum"}) { // examples: 3.1's JSON Schema list
            const QJsonArray values = s.value(QLatin1String(key)).toArray();
            if (!values.isEmpty())
                return scalarText(values.first());
        }
        return QString();
    }

    QList<Param>
    parameters(const QJsonValue &pathLevel, const QJsonValue &opLevel, const QString &path)
    {
        std::map<std::pair<QString, QString>, Param> byKey;
        QList<std::pair<QString, QString>> order;
        for (const QJsonValue &list : {pathLevel, opLevel}) {
            for (const QJsonValue &entry : list.toArray()) {
                const QJsonObject p = m_schema.resolve(entry, path).toObject();
                Param param;
                param.name = scalarText(p.value(QLatin1String("name")));
                param.in = p.value(QLatin1String("in")).toString();
                if (param.name.isEmpty() || param.in.isEmpty())
                    continue;
                param.required =
                    p.value(QLatin1String("required")).toBool(param.in == QLatin1String("path"));
                param.description = p.value(QLatin1String("description")).toString();
                param.value = paramValue(p, path);
                const auto key = std::make_pair(param.name, param.in);
                if (!byKey.count(key))
                    order.append(key);
                byKey[key] = param; // operation level overrides path level
            }
        }
        QList<Param> out;
        for (const auto &key : order)
            out.append(byKey[key]);
        return out;
    }

    QString requestPath(const QString &apiPath, const QString &itemPath)
    {
        // {name} as a whole segment -> :name (a path variable); inside a segment -> {{name}}.
        QStringList segments = apiPath.split(QLatin1Char('/'));
        static const QRegularExpression whole(QStringLiteral("^\\{([^{}/]+)\\}$"));
        static const QRegularExpression partial(QStringLiteral("\\{([^{}/]+)\\}"));
        for (QString &segment : segments) {
            const auto m = whole.match(segment);
            if (m.hasMatch()) {
                segment = QLatin1Char(':') + m.captured(1);
            } else if (segment.contains(partial)) {
                segment.replace(partial, QStringLiteral("{{\\1}}"));
                report.info(itemPath,
                            QStringLiteral("path parameters inside a segment ('%1') became "
                                           "{{variables}}")
                                .arg(segment));
            }
        }
        return segments.join(QLatin1Char('/'));
    }

    Body requestBody(const QJsonValue &value, KeyValueList &headers, const QString &path)
    {
        Body b;
        const QJsonObject rb = m_schema.resolve(value, path).toObject();
        const QJsonObject content = rb.value(QLatin1String("content")).toObject();
        if (content.isEmpty())
            return b;
        QString chosen;
        auto pick = [&](auto predicate) {
            if (!chosen.isEmpty())
                return;
            for (auto it = content.begin(); it != content.end(); ++it) {
                if (predicate(it.key().toLower())) {
                    chosen = it.key();
                    return;
                }
            }
        };
        pick([](const QString &k) { return k == QLatin1String("application/json"); });
        pick([](const QString &k) { return k.contains(QLatin1String("json")); });
        pick([](const QString &k) {
            return k == QLatin1String("application/x-www-form-urlencoded");
        });
        pick([](const QString &k) { return k == QLatin1String("multipart/form-data"); });
        pick([](const QString &) { return true; });
        if (content.size() > 1)
            report.info(path,
                        QStringLiteral("the body uses '%1'; the request also accepts %2 other "
                                       "media types")
                            .arg(chosen)
                            .arg(content.size() - 1));
        const QJsonObject media = content.value(chosen).toObject();
        QJsonValue example;
        bool haveExample = false;
        if (media.contains(QLatin1String("example"))) {
            example = media.value(QLatin1String("example"));
            haveExample = true;
        } else if (!media.value(QLatin1String("examples")).toObject().isEmpty()) {
            const QJsonObject examples = media.value(QLatin1String("examples")).toObject();
            const QJsonObject first = m_schema.resolve(examples.begin().value(), path).toObject();
            if (first.contains(QLatin1String("value"))) {
                example = first.value(QLatin1String("value"));
                haveExample = true;
            } else if (first.contains(QLatin1String("externalValue"))) {
                report.dropped(path,
                               QStringLiteral("external example '%1' not fetched")
                                   .arg(first.value(QLatin1String("externalValue")).toString()));
            }
        }
        const QJsonValue schema = media.value(QLatin1String("schema"));
        const QString lower = chosen.toLower();
        if (lower.contains(QLatin1String("json"))) {
            b.kind = BodyKind::Raw;
            b.language = RawLanguage::Json;
            b.raw = jsonText(haveExample ? example : m_schema.example(schema, path));
            if (!haveExample)
                report.info(
                    path, QStringLiteral("the JSON body is a skeleton generated from the schema"));
        } else if (lower == QLatin1String("application/x-www-form-urlencoded")
                   || lower == QLatin1String("multipart/form-data")) {
            const bool multipart = lower.startsWith(QLatin1String("multipart"));
            b.kind = multipart ? BodyKind::Multipart : BodyKind::FormUrlEncoded;
            const QJsonObject resolved = m_schema.resolve(schema, path).toObject();
            const QJsonObject properties = resolved.value(QLatin1String("properties")).toObject();
            const QJsonObject sample =
                (haveExample ? example : m_schema.example(schema, path)).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                const QJsonObject prop = m_schema.resolve(it.value(), path).toObject();
                const QString format = prop.value(QLatin1String("format")).toString();
                const QJsonValue v = sample.value(it.key());
                const QString text = v.isObject() || v.isArray() ? jsonText(v) : scalarText(v);
                if (multipart) {
                    MultipartPart part;
                    part.name = it.key();
                    // 3.0 says binary/base64 in format; 3.1 says contentMediaType/Encoding.
                    if (format == QLatin1String("binary") || format == QLatin1String("base64")
                        || prop.contains(QLatin1String("contentMediaType"))
                        || prop.contains(QLatin1String("contentEncoding"))) {
                        part.isFile = true;
                        report.warning(path, QStringLiteral("form part '%1' is a file: choose it "
                                                            "before sending")
                                                 .arg(it.key()));
                    } else {
                        part.value = text;
                    }
                    b.multipart.append(part);
                } else {
                    b.form.append({it.key(), text, true,
                                   prop.value(QLatin1String("description")).toString()});
                }
            }
        } else if (lower.startsWith(QLatin1String("text/"))
                   || lower.contains(QLatin1String("xml"))) {
            b.kind = BodyKind::Raw;
            b.language = languageForMimeType(lower);
            b.raw = haveExample ? jsonText(example) : QString();
            if (!haveExample)
                report.info(path,
                            QStringLiteral("no example for the '%1' body; left empty").arg(chosen));
        } else {
            b.kind = BodyKind::Binary;
            b.binaryContentType = chosen;
            report.warning(
                path,
                QStringLiteral("the '%1' body is a file: choose it before sending").arg(chosen));
        }
        if (b.impliedContentType() != chosen && b.kind != BodyKind::Binary
            && !containsName(headers, u"Content-Type"))
            headers.append({QStringLiteral("Content-Type"), chosen, true, QString()});
        return b;
    }

    // Maps a security requirement list to Auth. Missing = inherit; [] = none.
    Auth security(const QJsonValue &value, const QString &path)
    {
        Auth a;
        if (value.isUndefined()) {
            a.kind = AuthKind::Inherit;
            return a;
        }
        const QJsonArray requirements = value.toArray();
        if (requirements.isEmpty())
            return a;
        const QJsonObject first = requirements.first().toObject();
        if (first.isEmpty())
            return a; // {} = anonymous access allowed
        const QString schemeName = first.begin().key();
        const QJsonObject schemes = m_root.value(QLatin1String("components"))
                                        .toObject()
                                        .value(QLatin1String("securitySchemes"))
                                        .toObject();
        const QJsonObject scheme = m_schema.resolve(schemes.value(schemeName), path).toObject();
        const QString type = scheme.value(QLatin1String("type")).toString();
        const QString httpScheme = scheme.value(QLatin1String("scheme")).toString().toLower();
        auto variable = [&](const QString &name) {
            return authVariable(name, schemeName);
        };
        if (type == QLatin1String("http")
            && (httpScheme == QLatin1String("basic") || httpScheme == QLatin1String("digest"))) {
            a.kind = httpScheme == QLatin1String("basic") ? AuthKind::Basic : AuthKind::Digest;
            a.username = variable(QStringLiteral("username"));
            a.password = variable(QStringLiteral("password"));
        } else if (type == QLatin1String("http") && httpScheme == QLatin1String("bearer")) {
            a.kind = AuthKind::Bearer;
            a.token = variable(QStringLiteral("bearerToken"));
        } else if (type == QLatin1String("apiKey")
                   && scheme.value(QLatin1String("in")).toString() != QLatin1String("cookie")) {
            a.kind = AuthKind::ApiKey;
            a.apiKeyName = scheme.value(QLatin1String("name")).toString();
            a.apiKeyLocation =
                scheme.value(QLatin1String("in")).toString() == QLatin1String("query")
                    ? ApiKeyLocation::Query
                    : ApiKeyLocation::Header;
            a.apiKeyValue = variable(QStringLiteral("apiKey"));
        } else if (type == QLatin1String("oauth2") || type == QLatin1String("openIdConnect")) {
            oauth2(a, scheme, first.value(schemeName), schemeName, path);
        } else if (!m_reportedSchemes.contains(schemeName)) {
            m_reportedSchemes.insert(schemeName);
            report.dropped(path,
                           QStringLiteral("security scheme '%1' (%2) is not supported; requests "
                                          "using it have no auth")
                               .arg(schemeName, type.isEmpty() ? QStringLiteral("unknown") : type));
        }
        if (requirements.size() > 1 || first.size() > 1)
            report.info(path, QStringLiteral("several security schemes are allowed; '%1' was used")
                                  .arg(schemeName));
        return a;
    }

    /// A `{{name}}` the user fills in, added to the collection's variables once.
    QString authVariable(const QString &name, const QString &schemeName, bool secret = true)
    {
        if (!m_authVariables.contains(name)) {
            m_authVariables.insert(name);
            collection.variables.append(
                {name, QString(), true, secret,
                 QStringLiteral("credential for security scheme '%1'").arg(schemeName)});
        }
        return QStringLiteral("{{%1}}").arg(name);
    }

    /// OAuth 2 (a flow's URLs, the requirement's scopes) and OpenID Connect (its discovery
    /// URL). The code flow is preferred, as the one a person signs in with; the implicit flow
    /// becomes a code flow with PKCE.
    void oauth2(Auth &a,
                const QJsonObject &scheme,
                const QJsonValue &requirementScopes,
                const QString &schemeName,
                const QString &path)
    {
        a.kind = AuthKind::OAuth2;
        OAuth2Settings &s = a.oauth2;
        const bool firstUse = !m_reportedSchemes.contains(schemeName);
        m_reportedSchemes.insert(schemeName);
        const QJsonObject flows = scheme.value(QLatin1String("flows")).toObject();
        const std::pair<const char *, OAuthGrant> preference[] = {
            {"authorizationCode", OAuthGrant::AuthorizationCode},
            {"clientCredentials", OAuthGrant::ClientCredentials},
            {"password", OAuthGrant::Password},
            {"implicit", OAuthGrant::AuthorizationCode}};
        QString used;
        for (const auto &[name, grant] : preference) {
            if (flows.value(QLatin1String(name)).isObject()) {
                used = QLatin1String(name);
                s.grant = grant;
                break;
            }
        }
        const QJsonObject flow = flows.value(used).toObject();
        s.authUrl = flow.value(QLatin1String("authorizationUrl")).toString();
        s.tokenUrl = flow.value(QLatin1String("tokenUrl")).toString();
        if (scheme.value(QLatin1String("type")).toString() == QLatin1String("openIdConnect"))
            s.discoveryUrl = scheme.value(QLatin1String("openIdConnectUrl")).toString();
        else if (used.isEmpty() && firstUse)
            report.warning(path, QStringLiteral("OAuth 2 scheme '%1' declares no flow: fill in "
                                                "its URLs before getting a token")
                                     .arg(schemeName));
        QStringList scopes;
        for (const QJsonValue &v : requirementScopes.toArray())
            scopes.append(v.toString());
        s.scope = scopes.join(QLatin1Char(' '));
        s.clientId = authVariable(QStringLiteral("clientId"), schemeName, false);
        if (s.grant != OAuthGrant::AuthorizationCode || used == QLatin1String("authorizationCode"))
            s.clientSecret = authVariable(QStringLiteral("clientSecret"), schemeName);
        if (s.grant == OAuthGrant::Password) {
            a.username = authVariable(QStringLiteral("username"), schemeName);
            a.password = authVariable(QStringLiteral("password"), schemeName);
        }
        if (!firstUse)
            return;
        if (used == QLatin1String("implicit"))
            report.warning(path, QStringLiteral("OAuth 2 scheme '%1': the implicit flow is not "
                                                "supported; set to authorization code with PKCE")
                                     .arg(schemeName));
        if (flows.size() > 1)
            report.info(path, QStringLiteral("OAuth 2 scheme '%1' offers %2 flows; '%3' was used")
                                  .arg(schemeName)
                                  .arg(flows.size())
                                  .arg(used));
    }

    HttpItem operation(const QString &method,
                       const QString &apiPath,
                       const QJsonObject &op,
                       const QJsonObject &pathItem,
                       const QString &folderPath)
    {
        HttpItem item;
        Request &r = item.request;
        r.id = newItemId();
        r.method = method.toUpper();
        r.name = op.value(QLatin1String("summary")).toString().trimmed();
        if (r.name.isEmpty())
            r.name = op.value(QLatin1String("operationId")).toString();
        if (r.name.isEmpty())
            r.name = r.method + QLatin1Char(' ') + apiPath;
        const QString path = joinItemPath(folderPath, r.name);
        r.description = op.value(QLatin1String("description")).toString();
        // A path key may carry a fixed query ("/responses?beta=true"): it is what tells the
        // operation from its sibling, so it stays on the request.
        const qsizetype queryAt = apiPath.indexOf(QLatin1Char('?'));
        r.url = QStringLiteral("{{baseUrl}}")
                + requestPath(queryAt < 0 ? apiPath : apiPath.left(queryAt), path);
        if (queryAt >= 0) {
            r.queryParams = parseQuery(apiPath);
            report.info(path, QStringLiteral("the path '%1' carries a query; it was kept")
                                  .arg(apiPath.left(200)));
        }

        KeyValueList pathVars;
        QStringList cookies;
        for (const Param &p : parameters(pathItem.value(QLatin1String("parameters")),
                                         op.value(QLatin1String("parameters")), path)) {
            if (p.in == QLatin1String("path")) {
                pathVars.append({p.name, p.value, true, p.description});
            } else if (p.in == QLatin1String("query")) {
                if (!containsName(r.queryParams, p.name)) // the path's own query wins
                    r.queryParams.append({p.name, p.value, p.required, p.description});
            } else if (p.in == QLatin1String("header")) {
                const QString lower = p.name.toLower();
                if (lower == QLatin1String("accept") || lower == QLatin1String("content-type")
                    || lower == QLatin1String("authorization"))
                    continue; // OpenAPI ignores these; the body and auth set them
                r.headers.append({p.name, p.value, p.required, p.description});
            } else if (p.in == QLatin1String("cookie")) {
                cookies.append(p.name + QLatin1Char('=') + p.value);
            }
        }
        if (!cookies.isEmpty()) {
            r.headers.append(
                {QStringLiteral("Cookie"), cookies.join(QStringLiteral("; ")), false, QString()});
            report.info(path, QStringLiteral("cookie parameters became a disabled Cookie header"));
        }
        r.url = urlWithQuery(r.url, r.queryParams);
        r.pathVariables = mergePathVariables(r.url, pathVars);
        r.body = requestBody(op.value(QLatin1String("requestBody")), r.headers, path);
        r.auth = security(op.value(QLatin1String("security")), path);
        if (r.auth == collection.auth && op.contains(QLatin1String("security"))) {
            r.auth = Auth{};
            r.auth.kind = AuthKind::Inherit;
        }
        for (const char *key : {"callbacks"}) {
            if (op.contains(QLatin1String(key)))
                report.dropped(path,
                               QStringLiteral("'%1' are not imported").arg(QLatin1String(key)));
        }
        return item;
    }

    void servers();
    void webhooks();

    QJsonObject m_root;
    QStringList m_pathOrder; ///< the paths as the document lists them (may be empty)
    OpenApiSchema m_schema;
    QSet<QString> m_authVariables;
    QSet<QString> m_reportedSchemes;
};

void OpenApiReader::servers()
{
    const QJsonArray list = m_root.value(QLatin1String("servers")).toArray();
    auto serverUrl = [](const QJsonObject &server, VariableList *vars) {
        QString url = server.value(QLatin1String("url")).toString();
        const QJsonObject variables = server.value(QLatin1String("variables")).toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it) {
            url.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'),
                        QStringLiteral("{{%1}}").arg(it.key()));
            if (vars)
                vars->append(
                    {it.key(), scalarText(it.value().toObject().value(QLatin1String("default"))),
                     true, false,
                     it.value().toObject().value(QLatin1String("description")).toString()});
        }
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        return url;
    };
    QString baseUrl;
    if (list.isEmpty()) {
        report.warning(QString(), QStringLiteral("the document names no server: set the baseUrl "
                                                 "variable before sending"));
    } else {
        VariableList vars;
        baseUrl = serverUrl(list.first().toObject(), &vars);
        collection.variables += vars;
        if (!baseUrl.contains(QLatin1String("://")) && !baseUrl.startsWith(QLatin1String("{{")))
            report.warning(QString(),
                           QStringLiteral("the server URL '%1' is relative: make baseUrl "
                                          "absolute before sending")
                               .arg(baseUrl));
    }
    collection.variables.prepend({QStringLiteral("baseUrl"), baseUrl, true, false,
                                  QStringLiteral("the API's first server")});
    if (list.size() > 1) {
        for (const QJsonValue &s : list) {
            const QJsonObject server = s.toObject();
            VariableList vars;
            const QString url = serverUrl(server, &vars);
            vars.prepend({QStringLiteral("baseUrl"), url, true, false, QString()});
            const QString description = server.value(QLatin1String("description")).toString();
            environments.append({description.isEmpty() ? url : description, vars});
        }
        report.info(QString(),
                    QStringLiteral("%1 servers became %1 environments").arg(list.size()));
    }
}

void OpenApiReader::run()
{
    const QJsonObject info = m_root.value(QLatin1String("info")).toObject();
    collection.id = newItemId();
    collection.name = info.value(QLatin1String("title")).toString();
    collection.description = info.value(QLatin1String("description")).toString();
    servers();
    collection.auth = security(m_root.value(QLatin1String("security")), QString());
    if (collection.auth.kind == AuthKind::Inherit)
        collection.auth.kind = AuthKind::None;

    // Folders per first tag, in the order the document's tag list gives, then first use.
    QStringList tagOrder;
    QHash<QString, QString> tagDescriptions;
    for (const QJsonValue &t : m_root.value(QLatin1String("tags")).toArray()) {
        const QString name = t.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty() && !tagOrder.contains(name)) {
            tagOrder.append(name);
            tagDescriptions.insert(name,
                                   t.toObject().value(QLatin1String("description")).toString());
        }
    }
    QHash<QString, std::vector<CollectionItem>> byTag;
    std::vector<CollectionItem> untagged;
    const QJsonObject paths = m_root.value(QLatin1String("paths")).toObject();
    if (paths.isEmpty())
        report.warning(QString(), QStringLiteral("the document has no paths"));
    // The document's order; any path the order does not know (none, normally) after, sorted.
    QStringList pathKeys;
    QSet<QString> seen;
    for (const QString &key : std::as_const(m_pathOrder)) {
        if (paths.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            pathKeys.append(key);
        }
    }
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        if (!seen.contains(it.key()))
            pathKeys.append(it.key());
    }
    for (const QString &pathKey : std::as_const(pathKeys)) {
        const QJsonObject pathItem = m_schema.resolve(paths.value(pathKey), pathKey).toObject();
        for (const char *method : kMethods) {
            const QJsonValue opValue = pathItem.value(QLatin1String(method));
            if (!opValue.isObject())
                continue;
            const QJsonObject op = opValue.toObject();
            const QString tag = op.value(QLatin1String("tags")).toArray().first().toString();
            if (!tag.isEmpty() && !tagOrder.contains(tag))
                tagOrder.append(tag);
            HttpItem item = operation(QLatin1String(method), pathKey, op, pathItem, tag);
            (tag.isEmpty() ? untagged : byTag[tag]).push_back(CollectionItem{std::move(item)});
        }
    }
    for (const QString &tag : std::as_const(tagOrder)) {
        if (!byTag.contains(tag))
            continue; // a declared tag no operation uses
        Folder folder;
        folder.id = newItemId();
        folder.name = tag;
        folder.description = tagDescriptions.value(tag);
        folder.children = std::move(byTag[tag]);
        collection.items.push_back(CollectionItem{std::move(folder)});
    }
    for (CollectionItem &item : untagged)
        collection.items.push_back(std::move(item));
    webhooks();
}

void OpenApiReader::webhooks()
{
    // 3.1: requests the API sends to you. Each is named so nobody looks for it in the tree.
    const QJsonObject hooks = m_root.value(QLatin1String("webhooks")).toObject();
    for (auto it = hooks.begin(); it != hooks.end(); ++it) {
        const QJsonObject item = m_schema.resolve(it.value(), it.key()).toObject();
        QStringList methods;
        for (const char *method : kMethods) {
            if (item.value(QLatin1String(method)).isObject())
                methods.append(QString::fromLatin1(method).toUpper());
        }
        report.dropped(QString(),
                       QStringLiteral("webhook '%1' (%2) not imported: the API sends it, it is "
                                      "not a request you send")
                           .arg(it.key().left(200), methods.isEmpty()
                                                        ? QStringLiteral("no operations")
                                                        : methods.join(QStringLiteral(", "))));
    }
}

} // namespace

Result<ImportResult>
importOpenApi(const QJsonValue &root, const NestedKeyOrder &order, const QString &folder)
{
    ImportReport earlier;
    QJsonObject o = bundleExternalRefs(root.toObject(), folder, earlier);
    if (o.contains(QLatin1String("swagger"))) {
        auto converted = convertSwagger2(o, earlier);
        if (!converted)
            return converted.error();
        o = *converted;
    }
    const QString version = scalarText(o.value(QLatin1String("openapi")));
    if (!version.startsWith(QLatin1String("3.")))
        return parseError(version.isEmpty()
                              ? QStringLiteral("not an OpenAPI document: no 'openapi' version")
                              : QStringLiteral("OpenAPI version '%1' is not supported "
                                               "(3.x is)")
                                    .arg(version.left(40)));
    if (!o.value(QLatin1String("paths")).isObject() && o.contains(QLatin1String("paths")))
        return parseError(QStringLiteral("'paths' is not a mapping"));
    OpenApiReader reader(o, order.value(QStringLiteral("paths")));
    reader.report = std::move(earlier);
    reader.run();
    ImportResult result;
    result.format = ImportFormat::OpenApi;
    result.collection = std::move(reader.collection);
    result.environments = std::move(reader.environments);
    result.report = std::move(reader.report);
    return result;
}

} // namespace wirescope::interop
