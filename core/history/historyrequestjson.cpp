#include "core/history/historyrequestjson.h"

#include "core/model/request.h"

#include <QJsonArray>

namespace wirescope::historyjson {

namespace {

QJsonArray keyValuesToJson(const KeyValueList &list)
{
    QJsonArray out;
    for (const KeyValue &kv : list) {
        QJsonObject o{{QStringLiteral("name"), kv.name}, {QStringLiteral("value"), kv.value}};
        if (!kv.enabled)
            o.insert(QStringLiteral("enabled"), false);
        if (!kv.description.isEmpty())
            o.insert(QStringLiteral("description"), kv.description);
        out.append(o);
    }
    return out;
}

KeyValueList keyValuesFromJson(const QJsonValue &value)
{
    KeyValueList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append(KeyValue{o.value(QStringLiteral("name")).toString(),
                            o.value(QStringLiteral("value")).toString(),
                            o.value(QStringLiteral("enabled")).toBool(true),
                            o.value(QStringLiteral("description")).toString()});
    }
    return out;
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString httpVersionName(HttpVersionPolicy policy)
{
    switch (policy) {
    case HttpVersionPolicy::Http1Only:
        return QStringLiteral("http1");
    case HttpVersionPolicy::Http2PriorKnowledge:
        return QStringLiteral("http2-prior-knowledge");
    case HttpVersionPolicy::Auto:
        break;
    }
    return QStringLiteral("auto");
}

HttpVersionPolicy httpVersionFromName(const QString &name)
{
    if (name == QLatin1String("http1"))
        return HttpVersionPolicy::Http1Only;
    if (name == QLatin1String("http2-prior-knowledge"))
        return HttpVersionPolicy::Http2PriorKnowledge;
    return HttpVersionPolicy::Auto;
}

const char *const s_proxyModes[] = {"system", "none", "http", "socks5"};

QString proxyModeName(ProxyMode mode)
{
    return QString::fromLatin1(s_proxyModes[int(mode)]);
}

ProxyMode proxyModeFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(s_proxyModes[i]))
            return ProxyMode(i);
    }
    return ProxyMode::System;
}

/// An OAuth 2.0 auth's settings. The redactor has already replaced a literal client secret or
/// refresh token (only a {{variable}} reference survives); tokens are never part of them.
QJsonObject oauth2ToJson(const OAuth2Settings &s)
{
    return {
        {QStringLiteral("grant"), OAuth2Settings::grantName(s.grant)},
        {QStringLiteral("pkce"), s.pkce},
        {QStringLiteral("discoveryUrl"), s.discoveryUrl},
        {QStringLiteral("authUrl"), s.authUrl},
        {QStringLiteral("tokenUrl"), s.tokenUrl},
        {QStringLiteral("clientId"), s.clientId},
        {QStringLiteral("clientSecret"), s.clientSecret},
        {QStringLiteral("scope"), s.scope},
        {QStringLiteral("audience"), s.audience},
        {QStringLiteral("resource"), s.resource},
        {QStringLiteral("redirectUrl"), s.redirectUrl},
        {QStringLiteral("refreshToken"), s.refreshToken},
        {QStringLiteral("clientAuth"), OAuth2Settings::clientAuthName(s.clientAuth)},
        {QStringLiteral("extraParams"), keyValuesToJson(s.extraParams)},
    };
}

OAuth2Settings oauth2FromJson(const QJsonObject &o)
{
    OAuth2Settings s;
    const auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    bool ok = false;
    const OAuthGrant grant = OAuth2Settings::grantFromName(text("grant"), &ok);
    if (ok)
        s.grant = grant;
    s.pkce = o.value(QLatin1String("pkce")).toBool(true);
    s.discoveryUrl = text("discoveryUrl");
    s.authUrl = text("authUrl");
    s.tokenUrl = text("tokenUrl");
    s.clientId = text("clientId");
    s.clientSecret = text("clientSecret");
    s.scope = text("scope");
    s.audience = text("audience");
    s.resource = text("resource");
    s.redirectUrl = text("redirectUrl");
    s.refreshToken = text("refreshToken");
    s.clientAuth = text("clientAuth") == OAuth2Settings::clientAuthName(OAuthClientAuth::Body)
                       ? OAuthClientAuth::Body
                       : OAuthClientAuth::BasicHeader;
    s.extraParams = keyValuesFromJson(o.value(QLatin1String("extraParams")));
    return s;
}

QJsonObject settingsToJson(const RequestSettings &s)
{
    QJsonArray ignored;
    for (const IgnoredTlsError &e : s.tls.ignoredErrors)
        ignored.append(QJsonObject{{QStringLiteral("error"), e.error},
                                   {QStringLiteral("certificateSha256"), e.certificateSha256}});
    const QJsonObject tls{
        {QStringLiteral("insecure"), s.tls.insecure},
        {QStringLiteral("ignoredErrors"), ignored},
        {QStringLiteral("caCertificateFiles"),
         QJsonArray::fromStringList(s.tls.caCertificateFiles)},
        {QStringLiteral("clientCertificateFile"), s.tls.clientCertificateFile},
        {QStringLiteral("clientKeyFile"), s.tls.clientKeyFile},
        {QStringLiteral("clientKeyPassphrase"), s.tls.clientKeyPassphrase},
    };
    const QJsonObject proxy{
        {QStringLiteral("mode"), proxyModeName(s.proxy.mode)},
        {QStringLiteral("host"), s.proxy.host},
        {QStringLiteral("port"), int(s.proxy.port)},
        {QStringLiteral("username"), s.proxy.username},
        {QStringLiteral("password"), s.proxy.password},
    };
    return {
        {QStringLiteral("timeoutMs"), s.timeoutMs},
        {QStringLiteral("inactivityTimeoutMs"), s.inactivityTimeoutMs},
        {QStringLiteral("followRedirects"), s.followRedirects},
        {QStringLiteral("maxRedirects"), s.maxRedirects},
        {QStringLiteral("httpVersion"), httpVersionName(s.httpVersion)},
        {QStringLiteral("tls"), tls},
        {QStringLiteral("proxy"), proxy},
        {QStringLiteral("useCookieJar"), s.useCookieJar},
        {QStringLiteral("streamAsSse"), s.streamAsSse},
        {QStringLiteral("maxResponseBytes"), double(s.maxResponseBytes)},
    };
}

RequestSettings settingsFromJson(const QJsonObject &o)
{
    RequestSettings s;
    s.timeoutMs = o.value(QStringLiteral("timeoutMs")).toInt(s.timeoutMs);
    s.inactivityTimeoutMs =
        o.value(QStringLiteral("inactivityTimeoutMs")).toInt(s.inactivityTimeoutMs);
    s.followRedirects = o.value(QStringLiteral("followRedirects")).toBool(s.followRedirects);
    s.maxRedirects = o.value(QStringLiteral("maxRedirects")).toInt(s.maxRedirects);
    s.httpVersion = httpVersionFromName(o.value(QStringLiteral("httpVersion")).toString());
    s.useCookieJar = o.value(QStringLiteral("useCookieJar")).toBool(s.useCookieJar);
    s.streamAsSse = o.value(QStringLiteral("streamAsSse")).toBool(s.streamAsSse);
    s.maxResponseBytes = qint64(o.value(QStringLiteral("maxResponseBytes")).toDouble(0));

    const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
    s.tls.insecure = tls.value(QStringLiteral("insecure")).toBool();
    const QJsonArray ignored = tls.value(QStringLiteral("ignoredErrors")).toArray();
    for (const QJsonValue &v : ignored) {
        const QJsonObject e = v.toObject();
        s.tls.ignoredErrors.append(
            IgnoredTlsError{e.value(QStringLiteral("error")).toInt(),
                            e.value(QStringLiteral("certificateSha256")).toString()});
    }
    s.tls.caCertificateFiles = stringsFromJson(tls.value(QStringLiteral("caCertificateFiles")));
    s.tls.clientCertificateFile = tls.value(QStringLiteral("clientCertificateFile")).toString();
    s.tls.clientKeyFile = tls.value(QStringLiteral("clientKeyFile")).toString();
    s.tls.clientKeyPassphrase = tls.value(QStringLiteral("clientKeyPassphrase")).toString();

    const QJsonObject proxy = o.value(QStringLiteral("proxy")).toObject();
    s.proxy.mode = proxyModeFromName(proxy.value(QStringLiteral("mode")).toString());
    s.proxy.host = proxy.value(QStringLiteral("host")).toString();
    s.proxy.port = quint16(proxy.value(QStringLiteral("port")).toInt());
    s.proxy.username = proxy.value(QStringLiteral("username")).toString();
    s.proxy.password = proxy.value(QStringLiteral("password")).toString();
    return s;
}

QJsonObject fullJson(const Request &r)
{
    QJsonArray multipart;
    for (const MultipartPart &p : r.body.multipart) {
        multipart.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("value"), p.value},
            {QStringLiteral("isFile"), p.isFile},
            {QStringLiteral("filePath"), p.filePath},
            {QStringLiteral("contentType"), p.contentType},
            {QStringLiteral("enabled"), p.enabled},
        });
    }
    const QJsonObject body{
        {QStringLiteral("kind"), Body::kindName(r.body.kind)},
        {QStringLiteral("language"), Body::languageName(r.body.language)},
        {QStringLiteral("raw"), r.body.raw},
        {QStringLiteral("form"), keyValuesToJson(r.body.form)},
        {QStringLiteral("multipart"), multipart},
        {QStringLiteral("binaryFilePath"), r.body.binaryFilePath},
        {QStringLiteral("binaryContentType"), r.body.binaryContentType},
        {QStringLiteral("graphql"),
         QJsonObject{{QStringLiteral("query"), r.body.graphql.query},
                     {QStringLiteral("variables"), r.body.graphql.variables},
                     {QStringLiteral("operationName"), r.body.graphql.operationName},
                     {QStringLiteral("get"),
                      r.body.graphql.transport == GraphQLTransport::Get}}},
    };
    QJsonObject auth{
        {QStringLiteral("kind"), Auth::kindName(r.auth.kind)},
        {QStringLiteral("username"), r.auth.username},
        {QStringLiteral("password"), r.auth.password},
        {QStringLiteral("token"), r.auth.token},
        {QStringLiteral("apiKeyName"), r.auth.apiKeyName},
        {QStringLiteral("apiKeyValue"), r.auth.apiKeyValue},
        {QStringLiteral("apiKeyIn"), r.auth.apiKeyLocation == ApiKeyLocation::Query
                                         ? QStringLiteral("query")
                                         : QStringLiteral("header")},
    };
    if (r.auth.kind == AuthKind::OAuth2 || r.auth.oauth2 != OAuth2Settings{})
        auth.insert(QStringLiteral("oauth2"), oauth2ToJson(r.auth.oauth2));
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("method"), r.method},
        {QStringLiteral("url"), r.url},
        {QStringLiteral("queryParams"), keyValuesToJson(r.queryParams)},
        {QStringLiteral("pathVariables"), keyValuesToJson(r.pathVariables)},
        {QStringLiteral("headers"), keyValuesToJson(r.headers)},
        {QStringLiteral("body"), body},
        {QStringLiteral("auth"), auth},
        {QStringLiteral("settings"), settingsToJson(r.settings)},
        {QStringLiteral("description"), r.description},
    };
}

/// @p object without the members equal to @p defaults (recursing into objects): most
/// requests use few settings, and every history entry stores one.
QJsonObject withoutDefaults(const QJsonObject &object, const QJsonObject &defaults)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue d = defaults.value(it.key());
        if (it.value().isObject() && d.isObject()) {
            const QJsonObject inner = withoutDefaults(it.value().toObject(), d.toObject());
            if (!inner.isEmpty())
                out.insert(it.key(), inner);
        } else if (it.value() != d) {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

} // namespace

QJsonObject requestToJson(const Request &r)
{
    static const QJsonObject defaults = fullJson(Request{});
    QJsonObject out = withoutDefaults(fullJson(r), defaults);
    // Always present: requestFromJson() requires them.
    out.insert(QStringLiteral("method"), r.method);
    out.insert(QStringLiteral("url"), r.url);
    return out;
}

Result<Request> requestFromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("method")).isString()
        || !json.value(QStringLiteral("url")).isString())
        return Error{Error::Kind::Parse,
                     QStringLiteral("the stored request has no \"method\" or \"url\" string")};
    Request r;
    r.id = json.value(QStringLiteral("id")).toString();
    r.name = json.value(QStringLiteral("name")).toString();
    r.method = json.value(QStringLiteral("method")).toString();
    r.url = json.value(QStringLiteral("url")).toString();
    r.queryParams = keyValuesFromJson(json.value(QStringLiteral("queryParams")));
    r.pathVariables = keyValuesFromJson(json.value(QStringLiteral("pathVariables")));
    r.headers = keyValuesFromJson(json.value(QStringLiteral("headers")));
    r.description = json.value(QStringLiteral("description")).toString();

    const QJsonObject body = json.value(QStringLiteral("body")).toObject();
    r.body.kind = Body::kindFromName(body.value(QStringLiteral("kind")).toString());
    r.body.language = Body::languageFromName(body.value(QStringLiteral("language")).toString());
    r.body.raw = body.value(QStringLiteral("raw")).toString();
    r.body.form = keyValuesFromJson(body.value(QStringLiteral("form")));
    const QJsonArray multipart = body.value(QStringLiteral("multipart")).toArray();
    for (const QJsonValue &v : multipart) {
        const QJsonObject p = v.toObject();
        r.body.multipart.append(MultipartPart{p.value(QStringLiteral("name")).toString(),
                                              p.value(QStringLiteral("value")).toString(),
                                              p.value(QStringLiteral("isFile")).toBool(),
                                              p.value(QStringLiteral("filePath")).toString(),
                                              p.value(QStringLiteral("contentType")).toString(),
                                              p.value(QStringLiteral("enabled")).toBool(true)});
    }
    r.body.binaryFilePath = body.value(QStringLiteral("binaryFilePath")).toString();
    r.body.binaryContentType = body.value(QStringLiteral("binaryContentType")).toString();
    const QJsonObject graphql = body.value(QStringLiteral("graphql")).toObject();
    r.body.graphql.query = graphql.value(QStringLiteral("query")).toString();
    r.body.graphql.variables = graphql.value(QStringLiteral("variables")).toString();
    r.body.graphql.operationName = graphql.value(QStringLiteral("operationName")).toString();
    r.body.graphql.transport = graphql.value(QStringLiteral("get")).toBool() ? GraphQLTransport::Get
                                                                             : GraphQLTransport::Post;

    const QJsonObject auth = json.value(QStringLiteral("auth")).toObject();
    r.auth.kind = Auth::kindFromName(auth.value(QStringLiteral("kind")).toString());
    r.auth.username = auth.value(QStringLiteral("username")).toString();
    r.auth.password = auth.value(QStringLiteral("password")).toString();
    r.auth.token = auth.value(QStringLiteral("token")).toString();
    r.auth.apiKeyName = auth.value(QStringLiteral("apiKeyName")).toString();
    r.auth.apiKeyValue = auth.value(QStringLiteral("apiKeyValue")).toString();
    r.auth.apiKeyLocation =
        auth.value(QStringLiteral("apiKeyIn")).toString() == QLatin1String("query")
            ? ApiKeyLocation::Query
            : ApiKeyLocation::Header;
    if (const QJsonValue oauth2 = auth.value(QStringLiteral("oauth2")); oauth2.isObject())
        r.auth.oauth2 = oauth2FromJson(oauth2.toObject());

    r.settings = settingsFromJson(json.value(QStringLiteral("settings")).toObject());
    return r;
}

} // namespace wirescope::historyjson
