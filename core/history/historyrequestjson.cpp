#include "core/history/historyrequestjson.h"

#include "core/model/request.h"

#include <QJsonArray>

namespace wirescope::historyjson {

namespace {

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

HttpVersionPolicy httpVersionFromName(const QString &name)
{
    if (name == QLatin1String("http1"))
        return HttpVersionPolicy::Http1Only;
    if (name == QLatin1String("http2-prior-knowledge"))
        return HttpVersionPolicy::Http2PriorKnowledge;
    return HttpVersionPolicy::Auto;
}

const char *const s_proxyModes[] = {"system", "none", "http", "socks5"};

ProxyMode proxyModeFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(s_proxyModes[i]))
            return ProxyMode(i);
    }
    return ProxyMode::System;
}

OAuth2Settings oauth2FromJson(const QJsonObject &o)
{
    OAuth2Settings s;
    const auto text = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
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

} // namespace

Result<Request> legacyRequestFromJson(const QJsonObject &json)
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
    r.body.graphql.transport = graphql.value(QStringLiteral("get")).toBool()
                                   ? GraphQLTransport::Get
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
