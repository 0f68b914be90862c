#include "core/interop/insomniaimporter.h"

#include "core/http/urlparams.h"
#include "core/interop/importhelpers.h"
#include "core/interop/insomniav5converter.h"
#include "core/scripting/scriptcallscanner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace wirescope::interop {

namespace {

Error parseError(const QString &message)
{
    return Error{Error::Kind::Parse, message};
}

QString text(const QJsonObject &o, const char *key)
{
    return scalarText(o.value(QLatin1String(key)));
}

class InsomniaReader
{
public:
    ImportReport report;
    std::optional<Error> error;
    QList<QJsonObject> resources;
    QHash<QString, QList<int>> children; // parentId -> resource indexes, in sort order
    QSet<QString> visited;
    QSet<QString> reportedCalls; ///< script calls already in the report

    /// Insomnia's own script API (insomnia.test, insomnia.environment.set...) is not Postman's
    /// pm: the scripts are left out, and the report names each call they make once, where it
    /// first appears, so nobody believes they run.
    void reportScripts(const QJsonObject &o, const QString &path)
    {
        const struct
        {
            const char *key;
            QString label;
        } kinds[] = {
            {"preRequestScript", QStringLiteral("pre-request")},
            {"afterResponseScript", QStringLiteral("after-response")},
        };
        for (const auto &kind : kinds) {
            const QString source = text(o, kind.key);
            if (source.trimmed().isEmpty())
                continue;
            report.dropped(
                path, QStringLiteral("Insomnia %1 script not imported: Wirescope runs Postman's pm "
                                     "API, not Insomnia's")
                          .arg(kind.label));
            for (const QString &name : scriptcalls::callsOn(source, QStringLiteral("insomnia"))) {
                if (reportedCalls.contains(name))
                    continue;
                reportedCalls.insert(name);
                report.warning(
                    path,
                    QStringLiteral("an Insomnia %1 script calls %2, which Wirescope cannot run")
                        .arg(kind.label, name));
            }
        }
    }

    QString convert(const QString &value, const QString &path)
    {
        bool unsupported = false;
        QString out = convertInsomniaTemplate(value, &unsupported);
        if (unsupported)
            report.warning(path, QStringLiteral("template tags or filters kept as written (not "
                                                "evaluated): %1")
                                     .arg(value.left(120)));
        return out;
    }

    KeyValueList pairs(const QJsonValue &value, const QString &path)
    {
        KeyValueList out;
        for (const QJsonValue &entry : value.toArray()) {
            const QJsonObject o = entry.toObject();
            appendRow(out,
                      {convert(text(o, "name"), path), convert(text(o, "value"), path),
                       !o.value(QLatin1String("disabled")).toBool(false), text(o, "description")});
        }
        return out;
    }

    void flatten(const QJsonValue &value,
                 const QString &prefix,
                 VariableList &out,
                 int depth,
                 const QString &path)
    {
        if (value.isObject() && depth < 16) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                flatten(it.value(),
                        prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), out,
                        depth + 1, path);
            return;
        }
        Variable v;
        v.name = prefix;
        if (value.isObject() || value.isArray()) {
            v.value = QString::fromUtf8(
                value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            report.info(path,
                        QStringLiteral("environment value '%1' is structured; kept as JSON text")
                            .arg(prefix));
        } else {
            v.value = convert(scalarText(value), path);
        }
        out.append(v);
    }

    /// @p order is Insomnia's dataPropertyOrder / environmentPropertyOrder (`{"&": [keys]}`):
    /// the author's order of the top-level keys, which a JSON object does not keep.
    VariableList
    environmentData(const QJsonValue &value, const QString &path, const QJsonValue &order = {})
    {
        VariableList out;
        flatten(value, QString(), out, 0, path);
        out.removeIf([](const Variable &v) { return v.name.isEmpty() && v.value.isEmpty(); });
        const QJsonArray keys = order.toObject().value(QLatin1String("&")).toArray();
        if (!keys.isEmpty()) {
            QHash<QString, qsizetype> rank;
            for (const QJsonValue &k : keys)
                rank.insert(k.toString(), rank.size());
            auto rankOf = [&](const Variable &v) {
                return rank.value(v.name.section(QLatin1Char('.'), 0, 0), keys.size());
            };
            std::stable_sort(out.begin(), out.end(), [&](const Variable &a, const Variable &b) {
                return rankOf(a) < rankOf(b);
            });
        }
        return out;
    }

    /// An environment resource's variables: the key-value table Insomnia 9+ keeps for
    /// `environmentType: kv` (with enabled flags and vault secrets), else the JSON `data`.
    VariableList environmentVariables(const QJsonObject &o, const QString &path)
    {
        const QJsonArray kv = o.value(QLatin1String("kvPairData")).toArray();
        if (text(o, "environmentType") != QLatin1String("kv") || kv.isEmpty())
            return environmentData(o.value(QLatin1String("data")), path,
                                   o.value(QLatin1String("dataPropertyOrder")));
        VariableList out;
        for (const QJsonValue &entry : kv) {
            const QJsonObject p = entry.toObject();
            Variable v;
            v.name = text(p, "name");
            v.enabled = p.value(QLatin1String("enabled")).toBool(true);
            if (text(p, "type") == QLatin1String("secret")) {
                v.secret = true;
                if (!text(p, "value").isEmpty())
                    report.warning(path, QStringLiteral("secret '%1' is encrypted by Insomnia's "
                                                        "vault and was not imported; set its "
                                                        "value again")
                                             .arg(v.name));
            } else {
                v.value = convert(text(p, "value"), path);
            }
            if (!v.name.isEmpty() || !v.value.isEmpty())
                out.append(v);
        }
        return out;
    }

    /// Insomnia's "oauth2" authentication (its request model's keys: grantType,
    /// authorizationUrl, accessTokenUrl, clientId, clientSecret, scope, audience, resource,
    /// redirectUrl, credentialsInBody, usePkce, pkceMethod, username, password). Tokens saved
    /// in the file are not imported: Wirescope fetches its own and keeps them in the keychain.
    void oauth2(Auth &a, const QJsonObject &o, const QString &path)
    {
        a.kind = AuthKind::OAuth2;
        OAuth2Settings &s = a.oauth2;
        const QString grant = text(o, "grantType");
        if (grant == QLatin1String("client_credentials")) {
            s.grant = OAuthGrant::ClientCredentials;
        } else if (grant == QLatin1String("password")) {
            s.grant = OAuthGrant::Password;
        } else if (grant == QLatin1String("refresh_token")) {
            s.grant = OAuthGrant::RefreshToken;
        } else {
            s.grant = OAuthGrant::AuthorizationCode; // also Insomnia's default when absent
            if (grant == QLatin1String("implicit"))
                report.warning(path, QStringLiteral("oauth2: the implicit grant is not supported; "
                                                    "set to authorization code with PKCE"));
            else if (!grant.isEmpty() && grant != QLatin1String("authorization_code"))
                report.warning(path, QStringLiteral("oauth2: grant type '%1' is not known; set to "
                                                    "authorization code")
                                         .arg(grant));
        }
        if (s.grant == OAuthGrant::AuthorizationCode) {
            // Insomnia's code grant sends no challenge unless usePkce is on; the implicit grant
            // becomes a code grant that should not go without one.
            s.pkce = grant == QLatin1String("implicit")
                     || o.value(QLatin1String("usePkce")).toBool(false);
            if (s.pkce && text(o, "pkceMethod") == QLatin1String("plain"))
                report.warning(path, QStringLiteral("oauth2: PKCE method plain is not supported; "
                                                    "S256 is used"));
        }
        s.authUrl = convert(text(o, "authorizationUrl"), path);
        s.tokenUrl = convert(text(o, "accessTokenUrl"), path);
        s.clientId = convert(text(o, "clientId"), path);
        s.clientSecret = convert(text(o, "clientSecret"), path);
        s.scope = convert(text(o, "scope"), path);
        s.audience = convert(text(o, "audience"), path);
        s.resource = convert(text(o, "resource"), path);
        s.redirectUrl = convert(text(o, "redirectUrl"), path);
        s.clientAuth = o.value(QLatin1String("credentialsInBody")).toBool(false)
                           ? OAuthClientAuth::Body
                           : OAuthClientAuth::BasicHeader;
        if (s.grant == OAuthGrant::Password) {
            a.username = convert(text(o, "username"), path);
            a.password = convert(text(o, "password"), path);
        }
        if (s.grant == OAuthGrant::RefreshToken)
            s.refreshToken = convert(text(o, "refreshToken"), path);
        else if (!text(o, "refreshToken").isEmpty())
            report.info(path, QStringLiteral("oauth2: the refresh token saved in the file was not "
                                             "imported; get a new token"));
        if (!text(o, "accessToken").isEmpty())
            report.info(path, QStringLiteral("oauth2: the access token saved in the file was not "
                                             "imported; get a new one"));
        const QString prefix = text(o, "tokenPrefix");
        if (!prefix.isEmpty() && prefix.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
            report.warning(path, QStringLiteral("oauth2: token prefix '%1' is not supported; "
                                                "'Bearer' is sent")
                                     .arg(prefix));
        if (!text(o, "state").isEmpty())
            report.info(path, QStringLiteral("oauth2: the fixed state was not imported; a random "
                                             "state is sent at each sign-in"));
    }

    Auth auth(const QJsonValue &value, const QString &path)
    {
        Auth a;
        a.kind = AuthKind::Inherit;
        const QJsonObject o = value.toObject();
        const QString type = text(o, "type").toLower();
        if (type.isEmpty())
            return a;
        if (o.value(QLatin1String("disabled")).toBool(false)) {
            a.kind = AuthKind::None;
            report.info(path,
                        QStringLiteral("%1 auth was disabled; imported as no auth").arg(type));
            return a;
        }
        if (type == QLatin1String("none")) {
            a.kind = AuthKind::None;
        } else if (type == QLatin1String("basic") || type == QLatin1String("digest")) {
            a.kind = type == QLatin1String("basic") ? AuthKind::Basic : AuthKind::Digest;
            a.username = convert(text(o, "username"), path);
            a.password = convert(text(o, "password"), path);
        } else if (type == QLatin1String("bearer")) {
            a.kind = AuthKind::Bearer;
            a.token = convert(text(o, "token"), path);
            const QString prefix = text(o, "prefix");
            if (!prefix.isEmpty()
                && prefix.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
                report.warning(path, QStringLiteral("bearer prefix '%1' is not supported; 'Bearer' "
                                                    "is sent")
                                         .arg(prefix));
        } else if (type == QLatin1String("apikey")) {
            a.kind = AuthKind::ApiKey;
            a.apiKeyName = convert(text(o, "key"), path);
            a.apiKeyValue = convert(text(o, "value"), path);
            const QString addTo = text(o, "addTo");
            a.apiKeyLocation = addTo == QLatin1String("queryParams") ? ApiKeyLocation::Query
                                                                     : ApiKeyLocation::Header;
            if (addTo == QLatin1String("cookie"))
                report.warning(path, QStringLiteral("API key sent as a cookie is not supported; it "
                                                    "is sent as a header"));
        } else if (type == QLatin1String("oauth2")) {
            oauth2(a, o, path);
        } else {
            a.kind = AuthKind::None;
            report.dropped(path, QStringLiteral("auth type '%1' is not supported; set to no auth "
                                                "(its settings were not imported)")
                                     .arg(type));
        }
        return a;
    }

    Body body(const QJsonObject &o, KeyValueList &headers, const QString &path)
    {
        Body b;
        const QString mime = text(o, "mimeType");
        const QString bodyText = text(o, "text");
        const QJsonArray params = o.value(QLatin1String("params")).toArray();
        if (mime == QLatin1String("application/x-www-form-urlencoded")) {
            b.kind = BodyKind::FormUrlEncoded;
            b.form = pairs(params, path);
        } else if (mime == QLatin1String("multipart/form-data")) {
            b.kind = BodyKind::Multipart;
            for (const QJsonValue &entry : params) {
                const QJsonObject p = entry.toObject();
                MultipartPart part;
                part.name = convert(text(p, "name"), path);
                part.enabled = !p.value(QLatin1String("disabled")).toBool(false);
                if (text(p, "type") == QLatin1String("file")) {
                    part.isFile = true;
                    part.filePath = text(p, "fileName");
                } else {
                    part.value = convert(text(p, "value"), path);
                }
                b.multipart.append(part);
            }
        } else if (mime == QLatin1String("application/graphql")) {
            // Insomnia keeps {"query", "variables", "operationName"} as JSON text.
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(bodyText.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError && doc.isObject()) {
                const QJsonObject g = doc.object();
                b.kind = BodyKind::GraphQL;
                b.graphql.query = convert(text(g, "query"), path);
                b.graphql.variables =
                    convert(graphqlVariablesText(g.value(QLatin1String("variables"))), path);
                b.graphql.operationName = convert(text(g, "operationName"), path);
            } else if (!bodyText.isEmpty()) {
                // Hand-written files put the bare GraphQL text here.
                b.kind = BodyKind::GraphQL;
                b.graphql.query = convert(bodyText, path);
                report.info(path, QStringLiteral("the GraphQL body is not the JSON Insomnia writes "
                                                 "(%1); its text became the query")
                                      .arg(error.errorString()));
            }
        } else if (!text(o, "fileName").isEmpty()) {
            b.kind = BodyKind::Binary;
            b.binaryFilePath = text(o, "fileName");
            b.binaryContentType = mime;
        } else if (!bodyText.isEmpty()) {
            b.kind = BodyKind::Raw;
            b.raw = convert(bodyText, path);
            b.language = languageForMimeType(mime);
        }
        if (b.kind == BodyKind::Raw && !mime.isEmpty() && !containsName(headers, u"Content-Type")
            && mime != QLatin1String("application/graphql"))
            headers.append({QStringLiteral("Content-Type"), mime, true, QString()});
        return b;
    }

    void urlAndQuery(const QJsonObject &o, QString &url, KeyValueList *query, const QString &path)
    {
        url = convert(text(o, "url"), path);
        KeyValueList params = parseQuery(url);
        const KeyValueList extra = pairs(o.value(QLatin1String("parameters")), path);
        if (!extra.isEmpty()) {
            params += extra;
            url = urlWithQuery(url, params);
        }
        if (query)
            *query = params;
    }

    HttpItem request(const QJsonObject &o, const QString &path)
    {
        HttpItem item;
        Request &r = item.request;
        r.id = newItemId();
        r.name = text(o, "name");
        if (r.name.isEmpty())
            r.name = QStringLiteral("Untitled request");
        r.method = text(o, "method").toUpper();
        if (r.method.isEmpty())
            r.method = QStringLiteral("GET");
        urlAndQuery(o, r.url, &r.queryParams, path);
        r.pathVariables =
            mergePathVariables(r.url, pairs(o.value(QLatin1String("pathParameters")), path));
        r.headers = pairs(o.value(QLatin1String("headers")), path);
        r.body = body(o.value(QLatin1String("body")).toObject(), r.headers, path);
        settleGraphQLTransport(r, report, path);
        r.auth = auth(o.value(QLatin1String("authentication")), path);
        r.description = text(o, "description");
        reportScripts(o, path);
        const QString follow = text(o, "settingFollowRedirects");
        if (follow == QLatin1String("off"))
            r.settings.followRedirects = false;
        // One cookie jar both sends and stores; Insomnia can do either alone.
        const bool send = o.value(QLatin1String("settingSendCookies")).toBool(true);
        const bool store = o.value(QLatin1String("settingStoreCookies")).toBool(true);
        r.settings.useCookieJar = send || store;
        if (send != store)
            report.warning(path,
                           QStringLiteral("cookies are %1 but not %2 in Insomnia; Wirescope's "
                                          "cookie jar does both")
                               .arg(send ? QStringLiteral("sent") : QStringLiteral("stored"),
                                    send ? QStringLiteral("stored") : QStringLiteral("sent")));
        return item;
    }

    WebSocketItem webSocket(const QJsonObject &o, const QString &path)
    {
        WebSocketItem item;
        WebSocketRequest &r = item.request;
        r.id = newItemId();
        r.name = text(o, "name");
        if (r.name.isEmpty())
            r.name = QStringLiteral("Untitled WebSocket");
        urlAndQuery(o, r.url, nullptr, path);
        r.headers = pairs(o.value(QLatin1String("headers")), path);
        r.auth = auth(o.value(QLatin1String("authentication")), path);
        if (r.auth.kind == AuthKind::Inherit)
            r.auth.kind = AuthKind::None;
        r.description = text(o, "description");
        // Saved messages are websocket_payload children.
        for (int index : children.value(text(o, "_id"))) {
            const QJsonObject p = resources.at(index);
            if (text(p, "_type") != QLatin1String("websocket_payload"))
                continue;
            visited.insert(text(p, "_id"));
            SavedWsMessage message;
            message.name = text(p, "name");
            message.payload =
                convert(text(p.value(QLatin1String("value")).toObject(), "text"), path).toUtf8();
            if (message.payload.isEmpty())
                message.payload = convert(text(p, "value"), path).toUtf8();
            r.savedMessages.append(message);
        }
        return item;
    }

    std::vector<CollectionItem> build(const QString &parentId, const QString &parentPath, int depth)
    {
        std::vector<CollectionItem> out;
        if (error)
            return out;
        if (depth > kMaxFolderDepth) {
            error = parseError(QStringLiteral("folders are nested deeper than %1 levels (at '%2')")
                                   .arg(kMaxFolderDepth)
                                   .arg(parentPath.left(200)));
            return out;
        }
        for (int index : children.value(parentId)) {
            const QJsonObject o = resources.at(index);
            const QString id = text(o, "_id");
            const QString type = text(o, "_type");
            if (type == QLatin1String("environment") || type == QLatin1String("workspace")
                || type == QLatin1String("websocket_payload"))
                continue;
            if (visited.contains(id))
                continue;
            visited.insert(id);
            const QString path = joinItemPath(parentPath, text(o, "name"));
            if (type == QLatin1String("request_group")) {
                Folder folder;
                folder.id = newItemId();
                folder.name = text(o, "name");
                if (folder.name.isEmpty())
                    folder.name = QStringLiteral("Untitled folder");
                folder.description = text(o, "description");
                folder.auth = auth(o.value(QLatin1String("authentication")), path);
                folder.headers = pairs(o.value(QLatin1String("headers")), path);
                folder.variables =
                    environmentData(o.value(QLatin1String("environment")), path,
                                    o.value(QLatin1String("environmentPropertyOrder")));
                reportScripts(o, path);
                folder.children = build(id, path, depth + 1);
                if (error)
                    return out;
                out.push_back(CollectionItem{std::move(folder)});
            } else if (type == QLatin1String("request")) {
                out.push_back(CollectionItem{request(o, path)});
            } else if (type == QLatin1String("websocket_request")) {
                out.push_back(CollectionItem{webSocket(o, path)});
            } else {
                report.dropped(path,
                               QStringLiteral("Insomnia resource of type '%1' is not supported")
                                   .arg(type.isEmpty() ? QStringLiteral("(none)") : type.left(60)));
            }
        }
        return out;
    }
};

} // namespace

QString convertInsomniaTemplate(const QString &input, bool *unsupported)
{
    if (unsupported)
        *unsupported = false;
    if (!input.contains(QLatin1Char('{')))
        return input;
    static const QRegularExpression variable(QStringLiteral(
        "^\\s*(?:_\\.)?([A-Za-z_$][A-Za-z0-9_$\\-]*(?:\\.[A-Za-z0-9_$\\-]+)*)\\s*$"));
    static const QRegularExpression bracket(
        QStringLiteral("^\\s*_\\[\\s*['\"]([^'\"]+)['\"]\\s*\\]\\s*$"));
    QString out;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        const qsizetype open = input.indexOf(QLatin1Char('{'), i);
        if (open < 0 || open + 1 >= n) {
            out += QStringView(input).mid(i);
            break;
        }
        out += QStringView(input).mid(i, open - i);
        const QChar kind = input.at(open + 1);
        if (kind == QLatin1Char('{') || kind == QLatin1Char('%')) {
            const QString closeText =
                kind == QLatin1Char('{') ? QStringLiteral("}}") : QStringLiteral("%}");
            const qsizetype close = input.indexOf(closeText, open + 2);
            if (close < 0) {
                out += QStringView(input).mid(open);
                break;
            }
            const QString inner = input.mid(open + 2, close - open - 2);
            QRegularExpressionMatch m;
            if (kind == QLatin1Char('{')
                && ((m = variable.match(inner)).hasMatch()
                    || (m = bracket.match(inner)).hasMatch())) {
                out += QLatin1String("{{") + m.captured(1) + QLatin1String("}}");
            } else {
                out += QStringView(input).mid(open, close + 2 - open);
                if (unsupported)
                    *unsupported = true;
            }
            i = close + 2;
        } else {
            out += kind == QLatin1Char('{') ? QString() : QString(QLatin1Char('{'));
            i = open + 1;
        }
    }
    return out;
}

namespace {

Result<ImportResult> importInsomniaV4(const QJsonObject &top, ImportReport earlier)
{
    const QJsonValue resourcesValue = top.value(QLatin1String("resources"));
    if (!resourcesValue.isArray())
        return parseError(QStringLiteral("not an Insomnia export: no 'resources' list"));
    const int exportFormat = top.value(QLatin1String("__export_format")).toInt(4);
    InsomniaReader reader;
    reader.report = std::move(earlier);
    ImportResult result;
    result.format = ImportFormat::Insomnia;
    Collection &c = result.collection;
    c.id = newItemId();
    if (exportFormat != 4)
        reader.report.warning(
            QString(),
            QStringLiteral("Insomnia export format %1; read as format 4").arg(exportFormat));

    QHash<QString, int> byId;
    for (const QJsonValue &entry : resourcesValue.toArray()) {
        if (!entry.isObject()) {
            reader.report.dropped(QString(), QStringLiteral("a resource is not an object"));
            continue;
        }
        const QJsonObject o = entry.toObject();
        const QString id = text(o, "_id");
        if (id.isEmpty() || byId.contains(id)) {
            reader.report.dropped(text(o, "name"),
                                  id.isEmpty() ? QStringLiteral("a resource has no _id")
                                               : QStringLiteral("duplicate _id '%1'").arg(id));
            continue;
        }
        byId.insert(id, int(reader.resources.size()));
        reader.resources.append(o);
    }
    QStringList workspaces;
    for (int i = 0; i < reader.resources.size(); ++i) {
        const QJsonObject &o = reader.resources.at(i);
        QString parent = text(o, "parentId");
        if (!byId.contains(parent))
            parent.clear(); // orphans go to the top level
        reader.children[parent].append(i);
        if (text(o, "_type") == QLatin1String("workspace"))
            workspaces.append(text(o, "_id"));
    }
    for (auto it = reader.children.begin(); it != reader.children.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [&](int a, int b) {
            return reader.resources.at(a).value(QLatin1String("metaSortKey")).toDouble()
                   < reader.resources.at(b).value(QLatin1String("metaSortKey")).toDouble();
        });
    }

    // Environments: a base one per workspace, sub-environments below it.
    bool baseTaken = false;
    for (const QJsonObject &o : std::as_const(reader.resources)) {
        if (text(o, "_type") != QLatin1String("environment"))
            continue;
        const QString parent = text(o, "parentId");
        const bool isBase =
            parent.isEmpty() || workspaces.contains(parent) || !byId.contains(parent);
        const QString name = text(o, "name");
        VariableList vars = reader.environmentVariables(o, name);
        if (isBase && !baseTaken) {
            c.variables = vars;
            baseTaken = true;
        } else if (isBase) {
            result.environments.append(
                {name.isEmpty() ? QStringLiteral("Base environment") : name, vars});
            reader.report.info(name,
                               QStringLiteral("a second base environment became an environment"));
        } else {
            result.environments.append(
                {name.isEmpty() ? QStringLiteral("Environment") : name, vars});
        }
    }

    if (!workspaces.isEmpty()) {
        const QJsonObject first = reader.resources.at(byId.value(workspaces.first()));
        c.name = text(first, "name");
        c.description = text(first, "description");
        c.items = reader.build(workspaces.first(), QString(), 0);
        for (qsizetype i = 1; i < workspaces.size() && !reader.error; ++i) {
            const QJsonObject ws = reader.resources.at(byId.value(workspaces.at(i)));
            Folder folder;
            folder.id = newItemId();
            folder.name = text(ws, "name");
            folder.description = text(ws, "description");
            folder.children = reader.build(workspaces.at(i), folder.name, 1);
            reader.report.info(folder.name, QStringLiteral("a further workspace became a folder"));
            c.items.push_back(CollectionItem{std::move(folder)});
        }
    }
    std::vector<CollectionItem> orphans = reader.build(QString(), QString(), 0);
    for (CollectionItem &item : orphans)
        c.items.push_back(std::move(item));
    if (reader.error)
        return *reader.error;

    for (const QJsonObject &o : std::as_const(reader.resources)) {
        const QString type = text(o, "_type");
        if (type == QLatin1String("request") || type == QLatin1String("request_group")
            || type == QLatin1String("websocket_request")) {
            if (!reader.visited.contains(text(o, "_id")))
                reader.report.dropped(text(o, "name"), QStringLiteral("not imported: its parentId "
                                                                      "chain forms a cycle"));
        }
    }
    result.report = std::move(reader.report);
    return result;
}

} // namespace

Result<ImportResult> importInsomnia(const QJsonValue &root)
{
    const QJsonObject top = root.toObject();
    if (!isInsomniaV5(top))
        return importInsomniaV4(top, ImportReport());
    ImportReport report;
    auto v4 = convertInsomniaV5(top, report);
    if (!v4)
        return v4.error();
    auto result = importInsomniaV4(*v4, std::move(report));
    if (result
        && scalarText(top.value(QLatin1String("type")))
               .startsWith(QLatin1String("environment.insomnia.rest/"))) {
        // A global-environment file: its base environment is an environment of its own, not
        // the variables of a collection that has no requests.
        Collection &c = result.value().collection;
        result.value().environments.prepend(
            {c.name.isEmpty() ? QStringLiteral("Base environment") : c.name, c.variables});
        c.variables.clear();
    }
    return result;
}

} // namespace wirescope::interop
