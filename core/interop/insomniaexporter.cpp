#include "core/interop/insomniaexporter.h"

#include "core/http/urlparams.h"
#include "core/interop/importhelpers.h"
#include "core/interop/yamlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace wirescope {

namespace {

using interop::joinItemPath;

/// An id Insomnia accepts: its prefix and the item's id without punctuation.
QString insomniaId(const char *prefix, const QString &id)
{
    QString bare = id;
    bare.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
    if (bare.isEmpty())
        bare = newItemId().remove(QLatin1Char('-'));
    return QLatin1String(prefix) + QLatin1Char('_') + bare;
}

QJsonObject meta(const char *prefix, const QString &id, int sortKey, const QString &description)
{
    QJsonObject m{{QLatin1String("id"), insomniaId(prefix, id)},
                  {QLatin1String("sortKey"), sortKey}};
    if (!description.isEmpty())
        m.insert(QLatin1String("description"), description);
    return m;
}

/// Insomnia's record of the variables' order (`{"&": [names]}`), which its JSON object loses.
QJsonObject propertyOrder(const VariableList &vars)
{
    QJsonArray names;
    for (const Variable &v : vars) {
        if (v.enabled)
            names.append(v.name);
    }
    return {{QLatin1String("&"), names}};
}

class Writer
{
public:
    Writer(const InsomniaExportOptions &options, ExportReport *report)
        : m_options(options)
        , m_report(report)
    {}

    void warn(const QString &path, const QString &message)
    {
        if (m_report)
            m_report->warn(path, message);
    }

    /// `{{name}}` -> `{{ _.name }}` (`{{ _['a-b'] }}` for names Nunjucks would misread);
    /// dynamic variables (`{{$guid}}`) have no Insomnia form and stay as written.
    QString tmpl(const QString &text, const QString &path)
    {
        if (!text.contains(QLatin1String("{{")))
            return text;
        static const QRegularExpression variable(QStringLiteral("\\{\\{\\s*([^{}\\s]+)\\s*\\}\\}"));
        static const QRegularExpression identifier(
            QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
        QString out;
        qsizetype last = 0;
        auto it = variable.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            const QString name = m.captured(1);
            if (name.startsWith(QLatin1Char('$')) || name.contains(QLatin1Char('\''))) {
                out += m.captured(0);
                if (!m_dynamicReported.contains(path + name)) {
                    m_dynamicReported.insert(path + name);
                    warn(path, QStringLiteral("%1 has no Insomnia form; kept as written")
                                   .arg(m.captured(0)));
                }
            } else if (identifier.match(name).hasMatch()) {
                out += QLatin1String("{{ _.") + name + QLatin1String(" }}");
            } else {
                out += QLatin1String("{{ _['") + name + QLatin1String("'] }}");
            }
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        return out;
    }

    QJsonArray pairs(const KeyValueList &rows, const QString &path)
    {
        QJsonArray out;
        for (const KeyValue &kv : rows) {
            QJsonObject o{{QLatin1String("name"), tmpl(kv.name, path)},
                          {QLatin1String("value"), tmpl(kv.value, path)}};
            if (!kv.enabled)
                o.insert(QLatin1String("disabled"), true);
            if (!kv.description.isEmpty())
                o.insert(QLatin1String("description"), kv.description);
            out.append(o);
        }
        return out;
    }

    QJsonObject auth(const Auth &a, const QString &path);
    QJsonObject body(const Body &b, const KeyValueList &headers, const QString &path);
    QJsonObject environment(const VariableList &vars, const QString &path);
    QJsonArray items(const std::vector<CollectionItem> &items, const QString &path, int depth);

    /// Collection-level auth and headers, which v5 has no place for: the top-level items
    /// get them (auth where they inherit, headers they do not set themselves).
    Auth inheritedAuth;
    KeyValueList inheritedHeaders;

private:
    QJsonObject request(const HttpItem &item, int sortKey, const QString &path, bool top);
    QJsonObject webSocket(const WebSocketItem &item, int sortKey, const QString &path, bool top);
    QJsonObject folder(const Folder &f, int sortKey, const QString &path, int depth);
    void scripts(QJsonObject &o, const QList<ImportedScript> &list, const QString &path);
    void topLevel(Auth &auth, KeyValueList &headers) const;
    QJsonObject oauth2(const Auth &a, const QString &path);

    InsomniaExportOptions m_options;
    ExportReport *m_report; // not owned, may be null
    QSet<QString> m_dynamicReported;
};

QJsonObject Writer::oauth2(const Auth &a, const QString &path)
{
    const OAuth2Settings &s = a.oauth2;
    QJsonObject o{{QLatin1String("type"), QStringLiteral("oauth2")},
                  {QLatin1String("grantType"), OAuth2Settings::grantName(s.grant)},
                  {QLatin1String("authorizationUrl"), tmpl(s.authUrl, path)},
                  {QLatin1String("accessTokenUrl"), tmpl(s.tokenUrl, path)},
                  {QLatin1String("clientId"), tmpl(s.clientId, path)},
                  {QLatin1String("clientSecret"), tmpl(s.clientSecret, path)},
                  {QLatin1String("scope"), tmpl(s.scope, path)},
                  {QLatin1String("audience"), tmpl(s.audience, path)},
                  {QLatin1String("resource"), tmpl(s.resource, path)},
                  {QLatin1String("redirectUrl"), tmpl(s.redirectUrl, path)},
                  {QLatin1String("credentialsInBody"), s.clientAuth == OAuthClientAuth::Body},
                  {QLatin1String("usePkce"), s.pkce && s.grant == OAuthGrant::AuthorizationCode},
                  {QLatin1String("pkceMethod"), QStringLiteral("S256")}};
    if (s.grant == OAuthGrant::Password) {
        o.insert(QLatin1String("username"), tmpl(a.username, path));
        o.insert(QLatin1String("password"), tmpl(a.password, path));
    }
    if (s.grant == OAuthGrant::RefreshToken)
        o.insert(QLatin1String("refreshToken"), tmpl(s.refreshToken, path));
    if (!s.discoveryUrl.isEmpty())
        warn(path, QStringLiteral("oauth2: the discovery URL has no Insomnia field; not exported"));
    if (!s.extraParams.isEmpty())
        warn(path, QStringLiteral("oauth2: %1 extra token parameter(s) not exported")
                       .arg(s.extraParams.size()));
    return o;
}

QJsonObject Writer::auth(const Auth &a, const QString &path)
{
    // An if-chain, not a switch: an auth kind added later falls through to the report.
    if (a.kind == AuthKind::Inherit)
        return {};
    if (a.kind == AuthKind::None)
        return {{QLatin1String("type"), QStringLiteral("none")}};
    if (a.kind == AuthKind::Basic || a.kind == AuthKind::Digest)
        return {{QLatin1String("type"),
                 a.kind == AuthKind::Basic ? QStringLiteral("basic") : QStringLiteral("digest")},
                {QLatin1String("username"), tmpl(a.username, path)},
                {QLatin1String("password"), tmpl(a.password, path)}};
    if (a.kind == AuthKind::Bearer)
        return {{QLatin1String("type"), QStringLiteral("bearer")},
                {QLatin1String("token"), tmpl(a.token, path)}};
    if (a.kind == AuthKind::ApiKey)
        return {{QLatin1String("type"), QStringLiteral("apikey")},
                {QLatin1String("key"), tmpl(a.apiKeyName, path)},
                {QLatin1String("value"), tmpl(a.apiKeyValue, path)},
                {QLatin1String("addTo"), a.apiKeyLocation == ApiKeyLocation::Query
                                             ? QStringLiteral("queryParams")
                                             : QStringLiteral("header")}};
    if (a.kind == AuthKind::OAuth2)
        return oauth2(a, path);
    warn(path, QStringLiteral("%1 auth is not exported to Insomnia yet; exported as no auth")
                   .arg(Auth::kindName(a.kind)));
    return {{QLatin1String("type"), QStringLiteral("none")}};
}

QJsonObject Writer::body(const Body &b, const KeyValueList &headers, const QString &path)
{
    QString mime = b.impliedContentType();
    for (const KeyValue &h : headers) {
        if (h.enabled && h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
            mime = h.value; // Insomnia picks the body editor from the type the request sends
    }
    switch (b.kind) {
    case BodyKind::None:
        return {};
    case BodyKind::Raw:
        return {{QLatin1String("mimeType"), mime}, {QLatin1String("text"), tmpl(b.raw, path)}};
    case BodyKind::FormUrlEncoded:
        return {{QLatin1String("mimeType"), QStringLiteral("application/x-www-form-urlencoded")},
                {QLatin1String("params"), pairs(b.form, path)}};
    case BodyKind::Multipart: {
        QJsonArray params;
        for (const MultipartPart &part : b.multipart) {
            QJsonObject p{{QLatin1String("name"), tmpl(part.name, path)}};
            if (part.isFile) {
                p.insert(QLatin1String("type"), QStringLiteral("file"));
                p.insert(QLatin1String("fileName"), part.filePath);
            } else {
                p.insert(QLatin1String("value"), tmpl(part.value, path));
            }
            if (!part.enabled)
                p.insert(QLatin1String("disabled"), true);
            if (!part.contentType.isEmpty())
                warn(
                    path,
                    QStringLiteral("the Content-Type of part '%1' is not exported").arg(part.name));
            params.append(p);
        }
        return {{QLatin1String("mimeType"), QStringLiteral("multipart/form-data")},
                {QLatin1String("params"), params}};
    }
    case BodyKind::Binary:
        return {{QLatin1String("mimeType"), b.impliedContentType()},
                {QLatin1String("fileName"), b.binaryFilePath}};
    case BodyKind::GraphQL: {
        // Insomnia keeps {"query", "variables", "operationName"} as JSON text.
        QJsonObject g{{QLatin1String("query"), tmpl(b.graphql.query, path)}};
        const QJsonDocument vars = QJsonDocument::fromJson(b.graphql.variables.toUtf8());
        if (vars.isObject())
            g.insert(QLatin1String("variables"), vars.object());
        else if (!b.graphql.variables.trimmed().isEmpty())
            g.insert(QLatin1String("variables"), tmpl(b.graphql.variables, path));
        if (!b.graphql.operationName.isEmpty())
            g.insert(QLatin1String("operationName"), b.graphql.operationName);
        return {{QLatin1String("mimeType"), QStringLiteral("application/graphql")},
                {QLatin1String("text"),
                 QString::fromUtf8(QJsonDocument(g).toJson(QJsonDocument::Compact))}};
    }
    }
    return {};
}

QJsonObject Writer::environment(const VariableList &vars, const QString &path)
{
    QJsonObject data;
    for (const Variable &v : vars) {
        if (!v.enabled) {
            warn(path, QStringLiteral("disabled variable '%1' not exported (Insomnia environments "
                                      "have no disabled entries)")
                           .arg(v.name));
            continue;
        }
        QString value = tmpl(v.value, path);
        if (v.secret && !m_options.exportSecrets) {
            value.clear();
            warn(path,
                 QStringLiteral("secret variable '%1' exported without its value").arg(v.name));
        }
        data.insert(v.name, value);
    }
    return data;
}

void Writer::scripts(QJsonObject &o, const QList<ImportedScript> &list, const QString &path)
{
    QJsonObject s;
    for (const ImportedScript &script : list) {
        const char *key = script.event == QLatin1String("prerequest") ? "preRequest"
                          : script.event == QLatin1String("test")     ? "afterResponse"
                                                                      : nullptr;
        if (!key) {
            warn(path, QStringLiteral("a '%1' script has no Insomnia place; not exported")
                           .arg(script.event));
            continue;
        }
        const QString previous = s.value(QLatin1String(key)).toString();
        s.insert(QLatin1String(key),
                 previous.isEmpty() ? script.source : previous + QLatin1Char('\n') + script.source);
    }
    if (s.isEmpty())
        return;
    o.insert(QLatin1String("scripts"), s);
    warn(path, QStringLiteral("scripts exported as written: Insomnia runs its own insomnia.* "
                              "API, so pm.* calls may not run there"));
}

void Writer::topLevel(Auth &auth, KeyValueList &headers) const
{
    if (auth.kind == AuthKind::Inherit && inheritedAuth.kind != AuthKind::None
        && inheritedAuth.kind != AuthKind::Inherit)
        auth = inheritedAuth;
    KeyValueList merged;
    for (const KeyValue &h : inheritedHeaders) {
        if (!containsName(headers, h.name))
            merged.append(h);
    }
    headers = merged + headers;
}

QJsonObject Writer::request(const HttpItem &item, int sortKey, const QString &path, bool top)
{
    Request r = item.request;
    if (top)
        topLevel(r.auth, r.headers);
    QJsonObject o{{QLatin1String("name"), r.name},
                  {QLatin1String("meta"), meta("req", r.id, sortKey, r.description)},
                  {QLatin1String("method"), r.method},
                  {QLatin1String("url"), tmpl(urlWithQuery(r.url, {}), path)}};
    const KeyValueList query = r.queryParams.isEmpty() ? parseQuery(r.url) : r.queryParams;
    if (!query.isEmpty())
        o.insert(QLatin1String("parameters"), pairs(query, path));
    if (!r.pathVariables.isEmpty())
        o.insert(QLatin1String("pathParameters"), pairs(r.pathVariables, path));
    if (!r.headers.isEmpty())
        o.insert(QLatin1String("headers"), pairs(r.headers, path));
    const QJsonObject b = body(r.body, r.headers, path);
    if (!b.isEmpty())
        o.insert(QLatin1String("body"), b);
    const QJsonObject a = auth(r.auth, path);
    if (!a.isEmpty())
        o.insert(QLatin1String("authentication"), a);
    scripts(o, item.scripts, path);
    const QJsonObject cookies{{QLatin1String("send"), r.settings.useCookieJar},
                              {QLatin1String("store"), r.settings.useCookieJar}};
    o.insert(
        QLatin1String("settings"),
        QJsonObject{{QLatin1String("followRedirects"),
                     r.settings.followRedirects ? QStringLiteral("global") : QStringLiteral("off")},
                    {QLatin1String("cookies"), cookies}});
    RequestSettings defaults;
    defaults.followRedirects = r.settings.followRedirects;
    defaults.useCookieJar = r.settings.useCookieJar;
    if (!(r.settings == defaults))
        warn(path, QStringLiteral("transport settings (timeouts, TLS, proxy, HTTP version, "
                                  "redirect limit) not exported"));
    if (!item.examples.isEmpty())
        warn(path, QStringLiteral("%1 saved response(s) not exported").arg(item.examples.size()));
    if (!item.assertions.isEmpty() || !item.captures.isEmpty())
        warn(path, QStringLiteral("%1 assertion(s) and %2 capture(s) not exported (Insomnia has "
                                  "no place for them)")
                       .arg(item.assertions.size())
                       .arg(item.captures.size()));
    return o;
}

QJsonObject Writer::webSocket(const WebSocketItem &item, int sortKey, const QString &path, bool top)
{
    WebSocketRequest r = item.request;
    if (top)
        topLevel(r.auth, r.headers);
    QJsonObject o{{QLatin1String("name"), r.name},
                  {QLatin1String("meta"), meta("ws-req", r.id, sortKey, r.description)},
                  {QLatin1String("url"), tmpl(urlWithQuery(r.url, {}), path)}};
    const KeyValueList query = parseQuery(r.url);
    if (!query.isEmpty())
        o.insert(QLatin1String("parameters"), pairs(query, path));
    if (!r.headers.isEmpty())
        o.insert(QLatin1String("headers"), pairs(r.headers, path));
    const QJsonObject a = auth(r.auth, path);
    if (!a.isEmpty())
        o.insert(QLatin1String("authentication"), a);
    if (!r.savedMessages.isEmpty())
        warn(path, QStringLiteral("%1 saved message(s) not exported (Insomnia v5 keeps none)")
                       .arg(r.savedMessages.size()));
    if (!r.subprotocols.isEmpty())
        warn(path, QStringLiteral("subprotocols not exported: add a Sec-WebSocket-Protocol "
                                  "header in Insomnia"));
    return o;
}

QJsonObject Writer::folder(const Folder &f, int sortKey, const QString &path, int depth)
{
    Auth folderAuth = f.auth;
    KeyValueList headers = f.headers;
    if (depth == 0)
        topLevel(folderAuth, headers);
    QJsonObject o{{QLatin1String("name"), f.name},
                  {QLatin1String("meta"), meta("fld", f.id, sortKey, f.description)}};
    if (!headers.isEmpty())
        o.insert(QLatin1String("headers"), pairs(headers, path));
    const QJsonObject a = auth(folderAuth, path);
    if (!a.isEmpty())
        o.insert(QLatin1String("authentication"), a);
    const QJsonObject env = environment(f.variables, path);
    if (!env.isEmpty()) {
        o.insert(QLatin1String("environment"), env);
        o.insert(QLatin1String("environmentPropertyOrder"), propertyOrder(f.variables));
    }
    scripts(o, f.scripts, path);
    o.insert(QLatin1String("children"), items(f.children, path, depth + 1));
    return o;
}

QJsonArray Writer::items(const std::vector<CollectionItem> &list, const QString &path, int depth)
{
    QJsonArray out;
    int sortKey = 0;
    for (const CollectionItem &item : list) {
        sortKey += 1000;
        const QString itemPath = joinItemPath(path, item.name());
        if (const auto *f = std::get_if<Folder>(&item.node))
            out.append(folder(*f, sortKey, itemPath, depth));
        else if (const auto *h = std::get_if<HttpItem>(&item.node))
            out.append(request(*h, sortKey, itemPath, depth == 0));
        else if (const auto *w = std::get_if<WebSocketItem>(&item.node))
            out.append(webSocket(*w, sortKey, itemPath, depth == 0));
    }
    return out;
}

} // namespace

QJsonObject exportInsomniaCollection(const Collection &collection,
                                     const InsomniaExportOptions &options,
                                     ExportReport *report)
{
    Writer writer(options, report);
    writer.inheritedAuth = collection.auth;
    writer.inheritedHeaders = collection.headers;
    if (collection.auth.kind != AuthKind::None && collection.auth.kind != AuthKind::Inherit)
        writer.warn(QString(), QStringLiteral("the collection's auth was moved onto its top-level "
                                              "folders and requests that inherit it"));
    if (!collection.headers.isEmpty())
        writer.warn(QString(), QStringLiteral("the collection's headers were moved onto its "
                                              "top-level folders and requests"));
    if (!collection.scripts.isEmpty())
        writer.warn(QString(), QStringLiteral("%1 collection-level script(s) not exported "
                                              "(Insomnia collections hold none)")
                                   .arg(collection.scripts.size()));

    QJsonObject top{{QLatin1String("type"), QStringLiteral("collection.insomnia.rest/5.0")},
                    {QLatin1String("schema_version"), QStringLiteral("5.1")},
                    {QLatin1String("name"), collection.name},
                    {QLatin1String("meta"), meta("wrk", collection.id, 0, collection.description)}};
    top.insert(QLatin1String("collection"), writer.items(collection.items, QString(), 0));

    QJsonObject base{{QLatin1String("name"), QStringLiteral("Base Environment")},
                     {QLatin1String("meta"), meta("env", collection.id, 0, QString())},
                     {QLatin1String("data"), writer.environment(collection.variables, QString())},
                     {QLatin1String("dataPropertyOrder"), propertyOrder(collection.variables)}};
    QJsonArray subs;
    int sortKey = 0;
    for (const Environment &e : collection.environments) {
        subs.append(QJsonObject{
            {QLatin1String("name"), e.name},
            {QLatin1String("meta"), meta("env", newItemId(), sortKey += 1000, QString())},
            {QLatin1String("data"), writer.environment(e.variables, e.name)},
            {QLatin1String("dataPropertyOrder"), propertyOrder(e.variables)}});
    }
    if (!subs.isEmpty())
        base.insert(QLatin1String("subEnvironments"), subs);
    top.insert(QLatin1String("environments"), base);
    return top;
}

QByteArray insomniaYamlText(const QJsonObject &document)
{
    // Insomnia's own order for the keys a reader looks at first.
    static const QStringList leading = {
        QStringLiteral("type"),   QStringLiteral("schema_version"), QStringLiteral("name"),
        QStringLiteral("url"),    QStringLiteral("method"),         QStringLiteral("meta"),
        QStringLiteral("id"),     QStringLiteral("collection"),     QStringLiteral("children"),
        QStringLiteral("sortKey")};
    return interop::yamlText(document, leading);
}

} // namespace wirescope
