#include "core/interop/postmanexporter.h"

#include "core/http/urlparams.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wirescope {

namespace {

const QLatin1String kSchema("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");

/// Position of the first of @p stops in @p text outside {{variables}}, or -1.
qsizetype findOutsideVariables(QStringView text, QStringView stops, qsizetype from = 0)
{
    int depth = 0;
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.mid(i, 2) == QLatin1String("{{")) {
            ++depth;
            ++i;
        } else if (depth > 0 && text.mid(i, 2) == QLatin1String("}}")) {
            --depth;
            ++i;
        } else if (depth == 0 && stops.contains(text.at(i))) {
            return i;
        }
    }
    return -1;
}

class Writer
{
public:
    Writer(const PostmanExportOptions &options, ExportReport *report)
        : m_options(options)
        , m_report(report)
    {}

    void warn(const QString &path, const QString &message)
    {
        if (m_report)
            m_report->warnings.append(path.isEmpty() ? message
                                                     : path + QLatin1String(": ") + message);
    }
    void skip(const QString &path, const QString &message)
    {
        if (m_report)
            m_report->skipped.append(path + QLatin1String(": ") + message);
    }

    static void putDescription(QJsonObject &o, const QString &description)
    {
        if (!description.isEmpty())
            o.insert(QLatin1String("description"), description);
    }

    static QJsonArray keyValues(const KeyValueList &rows, bool withType = false)
    {
        QJsonArray out;
        for (const KeyValue &kv : rows) {
            QJsonObject o{{QLatin1String("key"), kv.name}, {QLatin1String("value"), kv.value}};
            if (withType)
                o.insert(QLatin1String("type"), QLatin1String("text"));
            if (!kv.enabled)
                o.insert(QLatin1String("disabled"), true);
            putDescription(o, kv.description);
            out.append(o);
        }
        return out;
    }

    QJsonArray variables(const VariableList &vars, const QString &path)
    {
        QJsonArray out;
        for (const Variable &v : vars) {
            QJsonObject o{{QLatin1String("key"), v.name}};
            if (v.secret) {
                // Postman's own exports type secret variables "secret".
                o.insert(QLatin1String("type"), QLatin1String("secret"));
                o.insert(QLatin1String("value"), m_options.exportSecrets ? v.value : QString());
                if (!m_options.exportSecrets)
                    warn(path, QStringLiteral("secret variable '%1' exported without its value")
                                   .arg(v.name));
            } else {
                o.insert(QLatin1String("type"), QLatin1String("string"));
                o.insert(QLatin1String("value"), v.value);
            }
            if (!v.enabled)
                o.insert(QLatin1String("disabled"), true);
            putDescription(o, v.description);
            out.append(o);
        }
        return out;
    }

    /// Postman's "oauth2" auth block (its key names; tokens are never exported).
    static QJsonObject oauth2(const Auth &a)
    {
        const OAuth2Settings &o = a.oauth2;
        auto param = [](const QString &key, const QString &value) {
            return QJsonObject{{QLatin1String("key"), key},
                               {QLatin1String("value"), value},
                               {QLatin1String("type"), QLatin1String("string")}};
        };
        QString grant;
        switch (o.grant) {
        case OAuthGrant::AuthorizationCode:
            grant = o.pkce ? QStringLiteral("authorization_code_with_pkce")
                           : QStringLiteral("authorization_code");
            break;
        case OAuthGrant::ClientCredentials:
            grant = QStringLiteral("client_credentials");
            break;
        case OAuthGrant::Password:
            grant = QStringLiteral("password_credentials");
            break;
        case OAuthGrant::RefreshToken: // Postman has no such grant: its refresh is automatic
            grant = QStringLiteral("authorization_code");
            break;
        }
        QJsonArray params{param(QStringLiteral("grant_type"), grant)};
        const auto put = [&](const char *key, const QString &value) {
            if (!value.isEmpty())
                params.append(param(QString::fromLatin1(key), value));
        };
        put("authUrl", o.authUrl);
        put("accessTokenUrl", o.tokenUrl);
        put("clientId", o.clientId);
        put("clientSecret", o.clientSecret);
        put("scope", o.scope);
        put("redirect_uri", o.redirectUrl);
        put("refreshToken", o.refreshToken);
        if (o.grant == OAuthGrant::Password) {
            put("username", a.username);
            put("password", a.password);
        }
        if (o.grant == OAuthGrant::AuthorizationCode && o.pkce)
            put("challengeAlgorithm", QStringLiteral("S256"));
        params.append(param(QStringLiteral("client_authentication"),
                            o.clientAuth == OAuthClientAuth::Body ? QStringLiteral("body")
                                                                  : QStringLiteral("header")));
        params.append(param(QStringLiteral("addTokenTo"), QStringLiteral("header")));
        QJsonArray tokenParams;
        const auto extra = [&](const QString &key, const QString &value) {
            tokenParams.append(
                QJsonObject{{QLatin1String("key"), key},
                            {QLatin1String("value"), value},
                            {QLatin1String("send_as"), QLatin1String("request_body")}});
        };
        if (!o.audience.isEmpty())
            extra(QStringLiteral("audience"), o.audience);
        if (!o.resource.isEmpty())
            extra(QStringLiteral("resource"), o.resource);
        for (const KeyValue &kv : o.extraParams) {
            if (kv.enabled)
                extra(kv.name, kv.value);
        }
        if (!tokenParams.isEmpty()) {
            params.append(QJsonObject{{QLatin1String("key"), QLatin1String("tokenRequestParams")},
                                      {QLatin1String("value"), tokenParams},
                                      {QLatin1String("type"), QLatin1String("any")}});
        }
        return QJsonObject{{QLatin1String("type"), QLatin1String("oauth2")},
                           {QLatin1String("oauth2"), params}};
    }

    static QJsonValue auth(const Auth &a)
    {
        auto param = [](const QString &key, const QString &value) {
            return QJsonObject{{QLatin1String("key"), key},
                               {QLatin1String("value"), value},
                               {QLatin1String("type"), QLatin1String("string")}};
        };
        switch (a.kind) {
        case AuthKind::Inherit:
            return QJsonValue(QJsonValue::Undefined);
        case AuthKind::None:
            return QJsonObject{{QLatin1String("type"), QLatin1String("noauth")}};
        case AuthKind::Basic:
        case AuthKind::Digest: {
            const QString type =
                a.kind == AuthKind::Basic ? QStringLiteral("basic") : QStringLiteral("digest");
            return QJsonObject{{QLatin1String("type"), type},
                               {type, QJsonArray{param(QStringLiteral("username"), a.username),
                                                 param(QStringLiteral("password"), a.password)}}};
        }
        case AuthKind::Bearer:
            return QJsonObject{
                {QLatin1String("type"), QLatin1String("bearer")},
                {QLatin1String("bearer"), QJsonArray{param(QStringLiteral("token"), a.token)}}};
        case AuthKind::ApiKey:
            return QJsonObject{
                {QLatin1String("type"), QLatin1String("apikey")},
                {QLatin1String("apikey"),
                 QJsonArray{param(QStringLiteral("key"), a.apiKeyName),
                            param(QStringLiteral("value"), a.apiKeyValue),
                            param(QStringLiteral("in"), a.apiKeyLocation == ApiKeyLocation::Query
                                                            ? QStringLiteral("query")
                                                            : QStringLiteral("header"))}}};
        case AuthKind::OAuth2:
            return oauth2(a);
        case AuthKind::Jwt: {
            const bool rsa = a.jwt.algorithm.startsWith(u"RS", Qt::CaseInsensitive);
            QJsonObject base64 = param(QStringLiteral("isSecretBase64Encoded"), QString());
            base64.insert(QLatin1String("value"), a.jwt.keyBase64);
            base64.insert(QLatin1String("type"), QLatin1String("boolean"));
            return QJsonObject{
                {QLatin1String("type"), QLatin1String("jwt")},
                {QLatin1String("jwt"),
                 QJsonArray{param(QStringLiteral("algorithm"), a.jwt.algorithm),
                            param(rsa ? QStringLiteral("privateKey") : QStringLiteral("secret"),
                                  a.jwt.key),
                            base64, param(QStringLiteral("payload"), a.jwt.payload),
                            param(QStringLiteral("addTokenTo"), a.jwt.inQuery
                                                                    ? QStringLiteral("queryParam")
                                                                    : QStringLiteral("header")),
                            param(QStringLiteral("headerPrefix"), a.jwt.headerPrefix),
                            param(QStringLiteral("queryParamKey"), a.jwt.queryParam),
                            param(QStringLiteral("header"), a.jwt.header)}}};
        }
        case AuthKind::OAuth1: {
            const OAuth1Settings &o = a.oauth1;
            auto flag = [&param](const QString &key, bool value) {
                QJsonObject p = param(key, QString());
                p.insert(QLatin1String("value"), value);
                p.insert(QLatin1String("type"), QLatin1String("boolean"));
                return p;
            };
            return QJsonObject{
                {QLatin1String("type"), QLatin1String("oauth1")},
                {QLatin1String("oauth1"),
                 QJsonArray{param(QStringLiteral("signatureMethod"), o.signatureMethod),
                            param(QStringLiteral("consumerKey"), o.consumerKey),
                            param(QStringLiteral("consumerSecret"), o.consumerSecret),
                            param(QStringLiteral("token"), o.token),
                            param(QStringLiteral("tokenSecret"), o.tokenSecret),
                            param(QStringLiteral("privateKey"), o.privateKey),
                            param(QStringLiteral("callback"), o.callback),
                            param(QStringLiteral("verifier"), o.verifier),
                            param(QStringLiteral("realm"), o.realm),
                            param(QStringLiteral("nonce"), o.nonce),
                            param(QStringLiteral("timestamp"), o.timestamp),
                            param(QStringLiteral("version"), o.version),
                            flag(QStringLiteral("addParamsToHeader"),
                                 o.placement == OAuth1Placement::Header),
                            flag(QStringLiteral("includeBodyHash"), o.includeBodyHash)}}};
        }
        case AuthKind::Hawk: {
            const HawkSettings &h = a.hawk;
            QJsonObject payload = param(QStringLiteral("includePayloadHash"), QString());
            payload.insert(QLatin1String("value"), h.includePayloadHash);
            payload.insert(QLatin1String("type"), QLatin1String("boolean"));
            return QJsonObject{
                {QLatin1String("type"), QLatin1String("hawk")},
                {QLatin1String("hawk"),
                 QJsonArray{
                     param(QStringLiteral("authId"), h.id), param(QStringLiteral("authKey"), h.key),
                     param(QStringLiteral("algorithm"), h.algorithm),
                     param(QStringLiteral("extraData"), h.ext), param(QStringLiteral("app"), h.app),
                     param(QStringLiteral("delegation"), h.dlg),
                     param(QStringLiteral("nonce"), h.nonce),
                     param(QStringLiteral("timestamp"), h.timestamp), payload}}};
        }
        case AuthKind::AwsSigV4: {
            QJsonObject inQuery = param(QStringLiteral("addAuthDataToQuery"), QString());
            inQuery.insert(QLatin1String("value"), a.aws.inQuery);
            inQuery.insert(QLatin1String("type"), QLatin1String("boolean"));
            return QJsonObject{
                {QLatin1String("type"), QLatin1String("awsv4")},
                {QLatin1String("awsv4"),
                 QJsonArray{param(QStringLiteral("accessKey"), a.aws.accessKey),
                            param(QStringLiteral("secretKey"), a.aws.secretKey),
                            param(QStringLiteral("sessionToken"), a.aws.sessionToken),
                            param(QStringLiteral("region"), a.aws.region),
                            param(QStringLiteral("service"), a.aws.service), inQuery}}};
        }
        }
        return QJsonValue(QJsonValue::Undefined);
    }

    static void putAuth(QJsonObject &o, const Auth &a)
    {
        const QJsonValue value = auth(a);
        if (!value.isUndefined())
            o.insert(QLatin1String("auth"), value);
    }

    static QJsonArray events(const QList<ImportedScript> &scripts)
    {
        QJsonArray out;
        for (const ImportedScript &s : scripts) {
            QJsonArray exec;
            for (const QString &line : s.source.split(u'\n'))
                exec.append(line);
            out.append(
                QJsonObject{{QLatin1String("listen"), s.event},
                            {QLatin1String("script"),
                             QJsonObject{{QLatin1String("type"), QLatin1String("text/javascript")},
                                         {QLatin1String("exec"), exec}}}});
        }
        return out;
    }

    static QJsonObject url(const Request &r)
    {
        const QString raw = r.url;
        QJsonObject o{{QLatin1String("raw"), raw}};
        QStringView rest = raw;
        const qsizetype scheme = raw.indexOf(QLatin1String("://"));
        if (scheme > 0 && findOutsideVariables(QStringView(raw).left(scheme), u"/?#") < 0) {
            o.insert(QLatin1String("protocol"), raw.left(scheme));
            rest = rest.mid(scheme + 3);
        }
        qsizetype hostEnd = findOutsideVariables(rest, u"/?#");
        if (hostEnd < 0)
            hostEnd = rest.size();
        QStringView hostPort = rest.left(hostEnd);
        QStringView host = hostPort;
        // An IPv6 literal keeps its colons: look for the port after the closing bracket.
        const qsizetype bracket = hostPort.startsWith(u'[') ? hostPort.indexOf(u']') : 0;
        const qsizetype colon = bracket < 0 ? -1 : findOutsideVariables(hostPort, u":", bracket);
        if (colon >= 0) {
            host = hostPort.left(colon);
            o.insert(QLatin1String("port"), hostPort.mid(colon + 1).toString());
        }
        if (!host.isEmpty()) {
            QJsonArray hostParts;
            if (host.startsWith(u'[')) {
                hostParts.append(host.toString());
            } else {
                qsizetype start = 0;
                for (;;) {
                    const qsizetype dot = findOutsideVariables(host, u".", start);
                    hostParts.append(host.mid(start, dot < 0 ? -1 : dot - start).toString());
                    if (dot < 0)
                        break;
                    start = dot + 1;
                }
            }
            o.insert(QLatin1String("host"), hostParts);
        }
        QStringView after = rest.mid(hostEnd);
        qsizetype pathEnd = findOutsideVariables(after, u"?#");
        if (pathEnd < 0)
            pathEnd = after.size();
        const QStringView path = after.left(pathEnd);
        if (path.size() > 1 || path == u"/") {
            QJsonArray segments;
            for (const QStringView &segment : path.mid(1).split(u'/'))
                segments.append(segment.toString());
            o.insert(QLatin1String("path"), segments);
        }
        const KeyValueList query = r.queryParams.isEmpty() ? parseQuery(raw) : r.queryParams;
        if (!query.isEmpty())
            o.insert(QLatin1String("query"), keyValues(query));
        const qsizetype hash = findOutsideVariables(after, u"#");
        if (hash >= 0)
            o.insert(QLatin1String("hash"), after.mid(hash + 1).toString());
        if (!r.pathVariables.isEmpty())
            o.insert(QLatin1String("variable"), keyValues(r.pathVariables));
        return o;
    }

    QJsonValue body(const Request &r, const QString &path)
    {
        const Body &b = r.body;
        switch (b.kind) {
        case BodyKind::None:
            return QJsonValue(QJsonValue::Undefined);
        case BodyKind::Raw:
            return QJsonObject{{QLatin1String("mode"), QLatin1String("raw")},
                               {QLatin1String("raw"), b.raw},
                               {QLatin1String("options"),
                                QJsonObject{{QLatin1String("raw"),
                                             QJsonObject{{QLatin1String("language"),
                                                          Body::languageName(b.language)}}}}}};
        case BodyKind::FormUrlEncoded:
            return QJsonObject{{QLatin1String("mode"), QLatin1String("urlencoded")},
                               {QLatin1String("urlencoded"), keyValues(b.form, true)}};
        case BodyKind::Multipart: {
            QJsonArray parts;
            for (const MultipartPart &p : b.multipart) {
                QJsonObject o{{QLatin1String("key"), p.name}};
                if (p.isFile) {
                    o.insert(QLatin1String("type"), QLatin1String("file"));
                    o.insert(QLatin1String("src"), p.filePath);
                } else {
                    o.insert(QLatin1String("type"), QLatin1String("text"));
                    o.insert(QLatin1String("value"), p.value);
                }
                if (!p.contentType.isEmpty())
                    o.insert(QLatin1String("contentType"), p.contentType);
                if (!p.enabled)
                    o.insert(QLatin1String("disabled"), true);
                parts.append(o);
            }
            return QJsonObject{{QLatin1String("mode"), QLatin1String("formdata")},
                               {QLatin1String("formdata"), parts}};
        }
        case BodyKind::Binary:
            if (!b.binaryContentType.isEmpty() && !containsName(r.headers, u"Content-Type"))
                warn(path, QStringLiteral("the binary body's content type '%1' has no place in "
                                          "Postman's file body; added as a Content-Type header")
                               .arg(b.binaryContentType));
            return QJsonObject{
                {QLatin1String("mode"), QLatin1String("file")},
                {QLatin1String("file"), QJsonObject{{QLatin1String("src"), b.binaryFilePath}}}};
        case BodyKind::GraphQL: {
            // Postman's graphql body holds the query and the variables text, nothing more.
            if (!b.graphql.operationName.isEmpty())
                warn(path, QStringLiteral("the GraphQL operation name '%1' has no place in "
                                          "Postman's graphql body; left out")
                               .arg(b.graphql.operationName));
            if (b.graphql.transport == GraphQLTransport::Get)
                warn(path, QStringLiteral("Postman's graphql body has no GET transport; exported "
                                          "with method GET, Postman decides how to send it"));
            QJsonObject graphql{{QLatin1String("query"), b.graphql.query}};
            if (!b.graphql.variables.isEmpty())
                graphql.insert(QLatin1String("variables"), b.graphql.variables);
            return QJsonObject{{QLatin1String("mode"), QLatin1String("graphql")},
                               {QLatin1String("graphql"), graphql}};
        }
        }
        return QJsonValue(QJsonValue::Undefined);
    }

    QJsonObject request(const Request &r, const QString &path)
    {
        QString method = r.method.trimmed().isEmpty() ? QStringLiteral("GET") : r.method.trimmed();
        if (r.body.kind == BodyKind::GraphQL) // the method it is sent with (requestbuilder.cpp)
            method = r.body.graphql.transport == GraphQLTransport::Get ? QStringLiteral("GET")
                                                                       : QStringLiteral("POST");
        QJsonObject o{{QLatin1String("method"), method}};
        putAuth(o, r.auth);
        KeyValueList headers = r.headers;
        if (r.body.kind == BodyKind::Binary && !r.body.binaryContentType.isEmpty()
            && !containsName(headers, u"Content-Type"))
            headers.append(
                KeyValue{QStringLiteral("Content-Type"), r.body.binaryContentType, true, {}});
        o.insert(QLatin1String("header"), keyValues(headers, true));
        const QJsonValue b = body(r, path);
        if (!b.isUndefined())
            o.insert(QLatin1String("body"), b);
        o.insert(QLatin1String("url"), url(r));
        putDescription(o, r.description);
        return o;
    }

    QJsonObject settings(const RequestSettings &s, const QString &path)
    {
        const RequestSettings defaults;
        QJsonObject o;
        if (s.followRedirects != defaults.followRedirects)
            o.insert(QLatin1String("followRedirects"), s.followRedirects);
        if (s.maxRedirects != defaults.maxRedirects)
            o.insert(QLatin1String("maxRedirects"), s.maxRedirects);
        if (s.tls.insecure)
            o.insert(QLatin1String("strictSSL"), false);
        if (!s.useCookieJar)
            o.insert(QLatin1String("disableCookies"), true);
        QStringList lost;
        if (s.timeoutMs != defaults.timeoutMs)
            lost << QStringLiteral("timeout");
        if (s.inactivityTimeoutMs != defaults.inactivityTimeoutMs)
            lost << QStringLiteral("inactivity timeout");
        if (s.httpVersion != defaults.httpVersion)
            lost << QStringLiteral("HTTP version");
        if (!(s.proxy == defaults.proxy))
            lost << QStringLiteral("proxy");
        if (!s.tls.ignoredErrors.isEmpty())
            lost << QStringLiteral("accepted certificate errors");
        if (!s.tls.caCertificateFiles.isEmpty())
            lost << QStringLiteral("extra CA certificates");
        if (!s.tls.clientCertificateFile.isEmpty())
            lost << QStringLiteral("client certificate");
        if (s.maxResponseBytes != defaults.maxResponseBytes)
            lost << QStringLiteral("response size limit");
        if (s.streamAsSse)
            lost << QStringLiteral("stream as Server-Sent Events");
        if (!lost.isEmpty())
            warn(path, QStringLiteral("settings with no Postman equivalent not exported: %1")
                           .arg(lost.join(QLatin1String(", "))));
        return o;
    }

    QJsonObject
    example(const ExampleResponse &e, const QJsonObject &originalRequest, const QString &path)
    {
        const QString body = QString::fromUtf8(e.body);
        if (body.toUtf8() != e.body)
            warn(path, QStringLiteral("saved response '%1' has a body that is not UTF-8 text; "
                                      "invalid bytes were replaced")
                           .arg(e.name));
        return QJsonObject{{QLatin1String("name"), e.name},
                           {QLatin1String("originalRequest"), originalRequest},
                           {QLatin1String("status"), e.reason},
                           {QLatin1String("code"), e.status},
                           {QLatin1String("header"), keyValues(e.headers)},
                           {QLatin1String("body"), body}};
    }

    QJsonArray items(const std::vector<CollectionItem> &children, const QString &parentPath)
    {
        QJsonArray out;
        for (const CollectionItem &item : children) {
            const QString path =
                parentPath.isEmpty() ? item.name() : parentPath + u'/' + item.name();
            if (const auto *folder = std::get_if<Folder>(&item.node)) {
                QJsonObject o{{QLatin1String("name"), folder->name}};
                if (!folder->id.isEmpty())
                    o.insert(QLatin1String("id"), folder->id);
                putDescription(o, folder->description);
                o.insert(QLatin1String("item"), items(folder->children, path));
                putAuth(o, folder->auth);
                if (!folder->scripts.isEmpty())
                    o.insert(QLatin1String("event"), events(folder->scripts));
                if (!folder->variables.isEmpty())
                    o.insert(QLatin1String("variable"), variables(folder->variables, path));
                if (!folder->headers.isEmpty())
                    warn(path, QStringLiteral("folder headers have no Postman equivalent; %1 not "
                                              "exported: %2")
                                   .arg(folder->headers.size())
                                   .arg(headerNames(folder->headers)));
                out.append(o);
            } else if (const auto *http = std::get_if<HttpItem>(&item.node)) {
                const Request &r = http->request;
                QJsonObject o{{QLatin1String("name"), r.name}};
                if (!r.id.isEmpty())
                    o.insert(QLatin1String("id"), r.id);
                const QJsonObject req = request(r, path);
                o.insert(QLatin1String("request"), req);
                QJsonArray responses;
                for (const ExampleResponse &e : http->examples)
                    responses.append(example(e, req, path));
                o.insert(QLatin1String("response"), responses);
                if (!http->scripts.isEmpty())
                    o.insert(QLatin1String("event"), events(http->scripts));
                const QJsonObject behaviour = settings(r.settings, path);
                if (!behaviour.isEmpty())
                    o.insert(QLatin1String("protocolProfileBehavior"), behaviour);
                out.append(o);
            } else {
                skip(path, QStringLiteral("WebSocket request not exported: Postman Collection v2.1 "
                                          "has no WebSocket items"));
            }
        }
        return out;
    }

    static QString headerNames(const KeyValueList &headers)
    {
        QStringList names;
        for (const KeyValue &h : headers)
            names << h.name;
        return names.join(QLatin1String(", "));
    }

private:
    PostmanExportOptions m_options;
    ExportReport *m_report; // not owned, may be null
};

} // namespace

QJsonObject exportPostmanCollection(const Collection &collection,
                                    const PostmanExportOptions &options,
                                    ExportReport *report)
{
    Writer w(options, report);
    QJsonObject info{{QLatin1String("name"), collection.name}, {QLatin1String("schema"), kSchema}};
    if (!collection.id.isEmpty())
        info.insert(QLatin1String("_postman_id"), collection.id);
    Writer::putDescription(info, collection.description);
    QJsonObject o{{QLatin1String("info"), info},
                  {QLatin1String("item"), w.items(collection.items, QString())}};
    if (collection.auth.kind != AuthKind::None && collection.auth.kind != AuthKind::Inherit)
        Writer::putAuth(o, collection.auth);
    if (!collection.scripts.isEmpty())
        o.insert(QLatin1String("event"), Writer::events(collection.scripts));
    if (!collection.variables.isEmpty())
        o.insert(QLatin1String("variable"), w.variables(collection.variables, QString()));
    if (!collection.headers.isEmpty())
        w.warn(QString(),
               QStringLiteral("collection headers have no Postman equivalent; not exported: %1")
                   .arg(Writer::headerNames(collection.headers)));
    if (!collection.environments.isEmpty())
        w.warn(QString(),
               QStringLiteral("%1 environment(s) are not part of a Postman collection file; "
                              "export them as Postman environments")
                   .arg(collection.environments.size()));
    return o;
}

QJsonObject exportPostmanEnvironment(const Environment &environment,
                                     const PostmanExportOptions &options,
                                     ExportReport *report)
{
    QJsonArray values;
    for (const Variable &v : environment.variables) {
        QJsonObject o{
            {QLatin1String("key"), v.name},
            {QLatin1String("type"), v.secret ? QLatin1String("secret") : QLatin1String("default")},
            {QLatin1String("enabled"), v.enabled}};
        o.insert(QLatin1String("value"), v.secret && !options.exportSecrets ? QString() : v.value);
        if (v.secret && !options.exportSecrets && report)
            report->warnings.append(
                QStringLiteral("%1: secret variable '%2' exported without its value")
                    .arg(environment.name, v.name));
        Writer::putDescription(o, v.description);
        values.append(o);
    }
    return QJsonObject{{QLatin1String("name"), environment.name},
                       {QLatin1String("values"), values},
                       {QLatin1String("_postman_variable_scope"), QLatin1String("environment")}};
}

QByteArray postmanJsonText(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace wirescope
