#include "ui/mainwindow/sessioncodec.h"

#include <QJsonArray>

namespace wirescope::sessioncodec {

namespace {

QJsonArray keyValuesToJson(const KeyValueList &rows)
{
    QJsonArray array;
    for (const KeyValue &row : rows) {
        QJsonObject o{{QStringLiteral("name"), row.name}, {QStringLiteral("value"), row.value}};
        if (!row.enabled)
            o.insert(QStringLiteral("enabled"), false);
        if (!row.description.isEmpty())
            o.insert(QStringLiteral("description"), row.description);
        array.append(o);
    }
    return array;
}

KeyValueList keyValuesFromJson(const QJsonValue &value)
{
    KeyValueList rows;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject o = item.toObject();
        rows.append(KeyValue{o.value(QStringLiteral("name")).toString(),
                             o.value(QStringLiteral("value")).toString(),
                             o.value(QStringLiteral("enabled")).toBool(true),
                             o.value(QStringLiteral("description")).toString()});
    }
    return rows;
}

QJsonObject bodyToJson(const Body &body)
{
    QJsonObject o{{QStringLiteral("kind"), Body::kindName(body.kind)},
                  {QStringLiteral("language"), Body::languageName(body.language)},
                  {QStringLiteral("raw"), body.raw},
                  {QStringLiteral("form"), keyValuesToJson(body.form)},
                  {QStringLiteral("binaryFile"), body.binaryFilePath},
                  {QStringLiteral("binaryContentType"), body.binaryContentType}};
    QJsonArray parts;
    for (const MultipartPart &part : body.multipart) {
        parts.append(QJsonObject{{QStringLiteral("name"), part.name},
                                 {QStringLiteral("value"), part.value},
                                 {QStringLiteral("isFile"), part.isFile},
                                 {QStringLiteral("file"), part.filePath},
                                 {QStringLiteral("contentType"), part.contentType},
                                 {QStringLiteral("enabled"), part.enabled}});
    }
    o.insert(QStringLiteral("multipart"), parts);
    return o;
}

Body bodyFromJson(const QJsonObject &o)
{
    Body body;
    body.kind = Body::kindFromName(o.value(QStringLiteral("kind")).toString());
    body.language = Body::languageFromName(o.value(QStringLiteral("language")).toString());
    body.raw = o.value(QStringLiteral("raw")).toString();
    body.form = keyValuesFromJson(o.value(QStringLiteral("form")));
    body.binaryFilePath = o.value(QStringLiteral("binaryFile")).toString();
    body.binaryContentType = o.value(QStringLiteral("binaryContentType")).toString();
    const QJsonArray parts = o.value(QStringLiteral("multipart")).toArray();
    for (const QJsonValue &item : parts) {
        const QJsonObject p = item.toObject();
        MultipartPart part;
        part.name = p.value(QStringLiteral("name")).toString();
        part.value = p.value(QStringLiteral("value")).toString();
        part.isFile = p.value(QStringLiteral("isFile")).toBool();
        part.filePath = p.value(QStringLiteral("file")).toString();
        part.contentType = p.value(QStringLiteral("contentType")).toString();
        part.enabled = p.value(QStringLiteral("enabled")).toBool(true);
        body.multipart.append(part);
    }
    return body;
}

QJsonObject settingsToJson(const RequestSettings &s)
{
    QJsonArray ignored;
    for (const IgnoredTlsError &e : s.tls.ignoredErrors) {
        ignored.append(QJsonObject{{QStringLiteral("error"), e.error},
                                   {QStringLiteral("sha256"), e.certificateSha256}});
    }
    return QJsonObject{
        {QStringLiteral("timeoutMs"), s.timeoutMs},
        {QStringLiteral("inactivityTimeoutMs"), s.inactivityTimeoutMs},
        {QStringLiteral("followRedirects"), s.followRedirects},
        {QStringLiteral("maxRedirects"), s.maxRedirects},
        {QStringLiteral("httpVersion"), int(s.httpVersion)},
        {QStringLiteral("useCookieJar"), s.useCookieJar},
        {QStringLiteral("maxResponseBytes"), double(s.maxResponseBytes)},
        {QStringLiteral("tls"),
         QJsonObject{{QStringLiteral("insecure"), s.tls.insecure},
                     {QStringLiteral("ignoredErrors"), ignored},
                     {QStringLiteral("caFiles"),
                      QJsonArray::fromStringList(s.tls.caCertificateFiles)},
                     {QStringLiteral("clientCert"), s.tls.clientCertificateFile},
                     {QStringLiteral("clientKey"), s.tls.clientKeyFile}}},
        {QStringLiteral("proxy"),
         QJsonObject{{QStringLiteral("mode"), int(s.proxy.mode)},
                     {QStringLiteral("host"), s.proxy.host},
                     {QStringLiteral("port"), int(s.proxy.port)},
                     {QStringLiteral("username"), s.proxy.username}}}};
}

RequestSettings settingsFromJson(const QJsonObject &o)
{
    RequestSettings s;
    s.timeoutMs = o.value(QStringLiteral("timeoutMs")).toInt(s.timeoutMs);
    s.inactivityTimeoutMs = o.value(QStringLiteral("inactivityTimeoutMs")).toInt();
    s.followRedirects = o.value(QStringLiteral("followRedirects")).toBool(s.followRedirects);
    s.maxRedirects = o.value(QStringLiteral("maxRedirects")).toInt(s.maxRedirects);
    const int version = o.value(QStringLiteral("httpVersion")).toInt();
    if (version >= int(HttpVersionPolicy::Auto) &&
        version <= int(HttpVersionPolicy::Http2PriorKnowledge))
        s.httpVersion = HttpVersionPolicy(version);
    s.useCookieJar = o.value(QStringLiteral("useCookieJar")).toBool(s.useCookieJar);
    s.maxResponseBytes = qint64(o.value(QStringLiteral("maxResponseBytes")).toDouble());
    const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
    s.tls.insecure = tls.value(QStringLiteral("insecure")).toBool();
    const QJsonArray ignored = tls.value(QStringLiteral("ignoredErrors")).toArray();
    for (const QJsonValue &item : ignored) {
        s.tls.ignoredErrors.append(
            IgnoredTlsError{item[QStringLiteral("error")].toInt(),
                            item[QStringLiteral("sha256")].toString()});
    }
    const QJsonArray cas = tls.value(QStringLiteral("caFiles")).toArray();
    for (const QJsonValue &ca : cas)
        s.tls.caCertificateFiles.append(ca.toString());
    s.tls.clientCertificateFile = tls.value(QStringLiteral("clientCert")).toString();
    s.tls.clientKeyFile = tls.value(QStringLiteral("clientKey")).toString();
    const QJsonObject proxy = o.value(QStringLiteral("proxy")).toObject();
    const int mode = proxy.value(QStringLiteral("mode")).toInt();
    if (mode >= int(ProxyMode::System) && mode <= int(ProxyMode::Socks5))
        s.proxy.mode = ProxyMode(mode);
    s.proxy.host = proxy.value(QStringLiteral("host")).toString();
    const int port = proxy.value(QStringLiteral("port")).toInt();
    s.proxy.port = port > 0 && port < 65536 ? quint16(port) : 0;
    s.proxy.username = proxy.value(QStringLiteral("username")).toString();
    return s;
}

} // namespace

QJsonObject requestToJson(const Request &request)
{
    const Auth &auth = request.auth;
    return QJsonObject{
        {QStringLiteral("id"), request.id},
        {QStringLiteral("name"), request.name},
        {QStringLiteral("method"), request.method},
        {QStringLiteral("url"), request.url},
        {QStringLiteral("query"), keyValuesToJson(request.queryParams)},
        {QStringLiteral("pathVariables"), keyValuesToJson(request.pathVariables)},
        {QStringLiteral("headers"), keyValuesToJson(request.headers)},
        {QStringLiteral("body"), bodyToJson(request.body)},
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("kind"), Auth::kindName(auth.kind)},
                     {QStringLiteral("username"), auth.username},
                     {QStringLiteral("apiKeyName"), auth.apiKeyName},
                     {QStringLiteral("apiKeyInQuery"),
                      auth.apiKeyLocation == ApiKeyLocation::Query}}},
        {QStringLiteral("settings"), settingsToJson(request.settings)},
        {QStringLiteral("description"), request.description}};
}

Request requestFromJson(const QJsonObject &json)
{
    Request request;
    request.id = json.value(QStringLiteral("id")).toString();
    request.name = json.value(QStringLiteral("name")).toString();
    request.method = json.value(QStringLiteral("method")).toString(request.method);
    request.url = json.value(QStringLiteral("url")).toString();
    request.queryParams = keyValuesFromJson(json.value(QStringLiteral("query")));
    request.pathVariables = keyValuesFromJson(json.value(QStringLiteral("pathVariables")));
    request.headers = keyValuesFromJson(json.value(QStringLiteral("headers")));
    request.body = bodyFromJson(json.value(QStringLiteral("body")).toObject());
    const QJsonObject auth = json.value(QStringLiteral("auth")).toObject();
    request.auth.kind = Auth::kindFromName(auth.value(QStringLiteral("kind")).toString());
    request.auth.username = auth.value(QStringLiteral("username")).toString();
    request.auth.apiKeyName = auth.value(QStringLiteral("apiKeyName")).toString();
    request.auth.apiKeyLocation = auth.value(QStringLiteral("apiKeyInQuery")).toBool()
                                      ? ApiKeyLocation::Query
                                      : ApiKeyLocation::Header;
    request.settings = settingsFromJson(json.value(QStringLiteral("settings")).toObject());
    request.description = json.value(QStringLiteral("description")).toString();
    return request;
}

} // namespace wirescope::sessioncodec
