#include "core/store/requestjson.h"

#include "core/model/credentials.h"
#include "core/store/jsonreader.h"

#include <limits>

namespace wirescope {

using store::JsonReader;
using store::putArray;
using store::putBool;
using store::putInt;
using store::putObject;
using store::putString;

namespace {

constexpr qint64 kIntMax = std::numeric_limits<int>::max();
constexpr qint64 kInt53 = 9007199254740992LL;

/// A credential reaches the file only when it refers to a variable. A literal one is named in
/// the object's "keychain" list instead (its value lives in the system keychain, put there by
/// SecretBinder when the collection is saved): a reader of the file sees that a value exists
/// and where, never the value.
class CredentialWriter
{
public:
    CredentialWriter(QJsonObject &object, CredentialForm form)
        : m_object(object)
        , m_form(form)
    {}
    ~CredentialWriter() { putArray(m_object, QLatin1String("keychain"), m_keychain); }
    Q_DISABLE_COPY_MOVE(CredentialWriter)

    void put(QLatin1String key, const QString &value)
    {
        if (m_form == CredentialForm::Keychain && credentials::isLiteral(value))
            m_keychain.append(QString(key));
        else
            putString(m_object, key, value);
    }

private:
    QJsonObject &m_object;
    CredentialForm m_form;
    QJsonArray m_keychain;
};

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

QString proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Http:
        return QStringLiteral("http");
    case ProxyMode::Socks5:
        return QStringLiteral("socks5");
    case ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

/// Reads an enum by its name; an unknown name is an error (no silent "None").
template<typename E, typename NameFn>
E readEnum(JsonReader &reader,
           QLatin1String key,
           E fallback,
           std::initializer_list<E> values,
           NameFn nameOf)
{
    if (!reader.has(key))
        return fallback;
    const QString name = reader.string(key);
    if (reader.failed())
        return fallback;
    QStringList known;
    for (E v : values) {
        if (nameOf(v) == name)
            return v;
        known.append(nameOf(v));
    }
    reader.fail(key, QStringLiteral("unknown value \"%1\" (expected one of: %2)")
                         .arg(name, known.join(QStringLiteral(", "))));
    return fallback;
}

template<typename T>
Result<T> finish(JsonReader &reader, T value)
{
    if (reader.failed())
        return Error{Error::Kind::Parse, reader.error()};
    return value;
}

} // namespace

QJsonArray toJson(const KeyValueList &list)
{
    QJsonArray out;
    for (const KeyValue &kv : list) {
        QJsonObject o{{QStringLiteral("name"), kv.name}, {QStringLiteral("value"), kv.value}};
        putBool(o, QLatin1String("enabled"), kv.enabled, true);
        putString(o, QLatin1String("description"), kv.description);
        out.append(o);
    }
    return out;
}

QJsonObject toJson(const OAuth2Settings &s, CredentialForm form)
{
    QJsonObject o;
    o.insert(QStringLiteral("grant"), OAuth2Settings::grantName(s.grant));
    putBool(o, QLatin1String("pkce"), s.pkce, true);
    putString(o, QLatin1String("discoveryUrl"), s.discoveryUrl);
    putString(o, QLatin1String("authUrl"), s.authUrl);
    putString(o, QLatin1String("tokenUrl"), s.tokenUrl);
    putString(o, QLatin1String("clientId"), s.clientId);
    putString(o, QLatin1String("scope"), s.scope);
    putString(o, QLatin1String("audience"), s.audience);
    putString(o, QLatin1String("resource"), s.resource);
    putString(o, QLatin1String("redirectUrl"), s.redirectUrl);
    if (s.clientAuth != OAuthClientAuth::BasicHeader)
        o.insert(QStringLiteral("clientAuth"), OAuth2Settings::clientAuthName(s.clientAuth));
    putArray(o, QLatin1String("extraParams"), toJson(s.extraParams));
    {
        CredentialWriter credentials(o, form);
        credentials.put(QLatin1String("clientSecret"), s.clientSecret);
        credentials.put(QLatin1String("refreshToken"), s.refreshToken);
    }
    return o;
}

QJsonObject toJson(const JwtSettings &s, CredentialForm form)
{
    const JwtSettings defaults;
    QJsonObject o;
    o.insert(QStringLiteral("algorithm"), s.algorithm);
    putBool(o, QLatin1String("keyBase64"), s.keyBase64, false);
    putString(o, QLatin1String("payload"), s.payload);
    putString(o, QLatin1String("header"), s.header);
    putBool(o, QLatin1String("inQuery"), s.inQuery, false);
    if (s.headerPrefix != defaults.headerPrefix)
        o.insert(QStringLiteral("headerPrefix"), s.headerPrefix);
    if (s.queryParam != defaults.queryParam)
        o.insert(QStringLiteral("queryParam"), s.queryParam);
    {
        CredentialWriter credentials(o, form);
        credentials.put(QLatin1String("key"), s.key);
    }
    return o;
}

QJsonObject toJson(const AwsSigV4Settings &s, CredentialForm form)
{
    const AwsSigV4Settings defaults;
    QJsonObject o;
    putString(o, QLatin1String("accessKey"), s.accessKey);
    if (s.region != defaults.region)
        o.insert(QStringLiteral("region"), s.region);
    putString(o, QLatin1String("service"), s.service);
    putBool(o, QLatin1String("inQuery"), s.inQuery, false);
    putBool(o, QLatin1String("unsignedPayload"), s.unsignedPayload, false);
    {
        CredentialWriter credentials(o, form);
        credentials.put(QLatin1String("secretKey"), s.secretKey);
        credentials.put(QLatin1String("sessionToken"), s.sessionToken);
    }
    return o;
}

QString placementName(OAuth1Placement p)
{
    return p == OAuth1Placement::Query  ? QStringLiteral("query")
           : p == OAuth1Placement::Body ? QStringLiteral("body")
                                        : QStringLiteral("header");
}

QJsonObject toJson(const OAuth1Settings &s, CredentialForm form)
{
    const OAuth1Settings defaults;
    QJsonObject o;
    o.insert(QStringLiteral("signatureMethod"), s.signatureMethod);
    putString(o, QLatin1String("consumerKey"), s.consumerKey);
    putString(o, QLatin1String("token"), s.token);
    putString(o, QLatin1String("callback"), s.callback);
    putString(o, QLatin1String("verifier"), s.verifier);
    putString(o, QLatin1String("realm"), s.realm);
    putString(o, QLatin1String("nonce"), s.nonce);
    putString(o, QLatin1String("timestamp"), s.timestamp);
    if (s.version != defaults.version)
        o.insert(QStringLiteral("version"), s.version);
    if (s.placement != defaults.placement)
        o.insert(QStringLiteral("placement"), placementName(s.placement));
    putBool(o, QLatin1String("includeBodyHash"), s.includeBodyHash, false);
    {
        CredentialWriter credentials(o, form);
        credentials.put(QLatin1String("consumerSecret"), s.consumerSecret);
        credentials.put(QLatin1String("tokenSecret"), s.tokenSecret);
        credentials.put(QLatin1String("privateKey"), s.privateKey);
    }
    return o;
}

QJsonObject toJson(const HawkSettings &s, CredentialForm form)
{
    const HawkSettings defaults;
    QJsonObject o;
    putString(o, QLatin1String("id"), s.id);
    if (s.algorithm != defaults.algorithm)
        o.insert(QStringLiteral("algorithm"), s.algorithm);
    putString(o, QLatin1String("ext"), s.ext);
    putString(o, QLatin1String("app"), s.app);
    putString(o, QLatin1String("dlg"), s.dlg);
    putString(o, QLatin1String("nonce"), s.nonce);
    putString(o, QLatin1String("timestamp"), s.timestamp);
    putBool(o, QLatin1String("includePayloadHash"), s.includePayloadHash, false);
    {
        CredentialWriter credentials(o, form);
        credentials.put(QLatin1String("key"), s.key);
    }
    return o;
}

QJsonObject toJson(const Auth &auth, CredentialForm form)
{
    QJsonObject o;
    if (auth == Auth{})
        return o;
    o.insert(QStringLiteral("kind"), Auth::kindName(auth.kind));
    putString(o, QLatin1String("username"), auth.username);
    putString(o, QLatin1String("apiKeyName"), auth.apiKeyName);
    if (auth.apiKeyLocation == ApiKeyLocation::Query)
        o.insert(QStringLiteral("apiKeyLocation"), QStringLiteral("query"));
    {
        CredentialWriter credentials(o, form);
        credentials.put(QLatin1String("password"), auth.password);
        // An OAuth2 auth's token is the access token of one send: never saved, not even
        // named (tokens live in the keychain under the token store's own keys).
        if (auth.kind != AuthKind::OAuth2)
            credentials.put(QLatin1String("token"), auth.token);
        credentials.put(QLatin1String("apiKeyValue"), auth.apiKeyValue);
    }
    if (auth.kind == AuthKind::OAuth2 || auth.oauth2 != OAuth2Settings{})
        o.insert(QStringLiteral("oauth2"), toJson(auth.oauth2, form));
    if (auth.kind == AuthKind::Jwt || auth.jwt != JwtSettings{})
        o.insert(QStringLiteral("jwt"), toJson(auth.jwt, form));
    if (auth.kind == AuthKind::AwsSigV4 || auth.aws != AwsSigV4Settings{})
        o.insert(QStringLiteral("aws"), toJson(auth.aws, form));
    if (auth.kind == AuthKind::OAuth1 || auth.oauth1 != OAuth1Settings{})
        o.insert(QStringLiteral("oauth1"), toJson(auth.oauth1, form));
    if (auth.kind == AuthKind::Hawk || auth.hawk != HawkSettings{})
        o.insert(QStringLiteral("hawk"), toJson(auth.hawk, form));
    return o;
}

QJsonObject toJson(const Body &body)
{
    QJsonObject o;
    if (body == Body{})
        return o;
    o.insert(QStringLiteral("kind"), Body::kindName(body.kind));
    if (body.language != RawLanguage::Text)
        o.insert(QStringLiteral("language"), Body::languageName(body.language));
    putString(o, QLatin1String("raw"), body.raw);
    putArray(o, QLatin1String("form"), toJson(body.form));
    QJsonArray parts;
    for (const MultipartPart &p : body.multipart) {
        QJsonObject po{{QStringLiteral("name"), p.name}};
        putString(po, QLatin1String("value"), p.value);
        putBool(po, QLatin1String("file"), p.isFile, false);
        putString(po, QLatin1String("filePath"), p.filePath);
        putString(po, QLatin1String("contentType"), p.contentType);
        putBool(po, QLatin1String("enabled"), p.enabled, true);
        parts.append(po);
    }
    putArray(o, QLatin1String("multipart"), parts);
    putString(o, QLatin1String("binaryFilePath"), body.binaryFilePath);
    putString(o, QLatin1String("binaryContentType"), body.binaryContentType);
    if (body.graphql != GraphQLBody{}) {
        QJsonObject g;
        putString(g, QLatin1String("query"), body.graphql.query);
        putString(g, QLatin1String("variables"), body.graphql.variables);
        putString(g, QLatin1String("operationName"), body.graphql.operationName);
        if (body.graphql.transport == GraphQLTransport::Get)
            g.insert(QStringLiteral("transport"), QStringLiteral("get"));
        o.insert(QStringLiteral("graphql"), g);
    }
    return o;
}

QJsonObject toJson(const TlsSettings &tls, CredentialForm form)
{
    QJsonObject o;
    putBool(o, QLatin1String("insecure"), tls.insecure, false);
    QJsonArray ignored;
    for (const IgnoredTlsError &e : tls.ignoredErrors) {
        QJsonObject eo{{QStringLiteral("error"), e.error}};
        putString(eo, QLatin1String("certificateSha256"), e.certificateSha256);
        ignored.append(eo);
    }
    putArray(o, QLatin1String("ignoredErrors"), ignored);
    putArray(o, QLatin1String("caCertificateFiles"),
             QJsonArray::fromStringList(tls.caCertificateFiles));
    putString(o, QLatin1String("clientCertificateFile"), tls.clientCertificateFile);
    putString(o, QLatin1String("clientKeyFile"), tls.clientKeyFile);
    CredentialWriter(o, form).put(QLatin1String("clientKeyPassphrase"), tls.clientKeyPassphrase);
    return o;
}

QJsonObject toJson(const ProxySettings &proxy, CredentialForm form)
{
    QJsonObject o;
    if (proxy == ProxySettings{})
        return o;
    o.insert(QStringLiteral("mode"), proxyModeName(proxy.mode));
    putString(o, QLatin1String("host"), proxy.host);
    putInt(o, QLatin1String("port"), proxy.port, 0);
    putString(o, QLatin1String("username"), proxy.username);
    CredentialWriter(o, form).put(QLatin1String("password"), proxy.password);
    return o;
}

QJsonObject toJson(const RequestSettings &s, CredentialForm form)
{
    const RequestSettings d;
    QJsonObject o;
    putInt(o, QLatin1String("timeoutMs"), s.timeoutMs, d.timeoutMs);
    putInt(o, QLatin1String("inactivityTimeoutMs"), s.inactivityTimeoutMs, d.inactivityTimeoutMs);
    putBool(o, QLatin1String("followRedirects"), s.followRedirects, d.followRedirects);
    putInt(o, QLatin1String("maxRedirects"), s.maxRedirects, d.maxRedirects);
    if (s.httpVersion != d.httpVersion)
        o.insert(QStringLiteral("httpVersion"), httpVersionName(s.httpVersion));
    putObject(o, QLatin1String("tls"), toJson(s.tls, form));
    putObject(o, QLatin1String("proxy"), toJson(s.proxy, form));
    putBool(o, QLatin1String("useCookieJar"), s.useCookieJar, d.useCookieJar);
    putInt(o, QLatin1String("maxResponseBytes"), s.maxResponseBytes, d.maxResponseBytes);
    putBool(o, QLatin1String("streamAsSse"), s.streamAsSse, d.streamAsSse);
    return o;
}

namespace store {

void writeRequest(QJsonObject &o, const Request &r, CredentialForm form)
{
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("method"), r.method);
    o.insert(QStringLiteral("url"), r.url);
    putArray(o, QLatin1String("queryParams"), toJson(r.queryParams));
    putArray(o, QLatin1String("pathVariables"), toJson(r.pathVariables));
    putArray(o, QLatin1String("headers"), toJson(r.headers));
    putObject(o, QLatin1String("body"), toJson(r.body));
    putObject(o, QLatin1String("auth"), toJson(r.auth, form));
    putObject(o, QLatin1String("settings"), toJson(r.settings, form));
    putString(o, QLatin1String("description"), r.description);
}

KeyValueList readKeyValues(JsonReader &reader, QLatin1String key)
{
    KeyValueList out;
    reader.objects(key, [&out](JsonReader &e) {
        KeyValue kv;
        kv.name = e.string(QLatin1String("name"));
        kv.value = e.string(QLatin1String("value"));
        kv.enabled = e.boolean(QLatin1String("enabled"), true);
        kv.description = e.string(QLatin1String("description"));
        out.append(kv);
    });
    return out;
}

void readOAuth2(JsonReader &r, OAuth2Settings &s)
{
    s.grant = readEnum(r, QLatin1String("grant"), OAuthGrant::AuthorizationCode,
                       {OAuthGrant::AuthorizationCode, OAuthGrant::ClientCredentials,
                        OAuthGrant::Password, OAuthGrant::RefreshToken},
                       &OAuth2Settings::grantName);
    s.pkce = r.boolean(QLatin1String("pkce"), true);
    s.discoveryUrl = r.string(QLatin1String("discoveryUrl"));
    s.authUrl = r.string(QLatin1String("authUrl"));
    s.tokenUrl = r.string(QLatin1String("tokenUrl"));
    s.clientId = r.string(QLatin1String("clientId"));
    s.clientSecret = r.string(QLatin1String("clientSecret"));
    s.scope = r.string(QLatin1String("scope"));
    s.audience = r.string(QLatin1String("audience"));
    s.resource = r.string(QLatin1String("resource"));
    s.redirectUrl = r.string(QLatin1String("redirectUrl"));
    s.refreshToken = r.string(QLatin1String("refreshToken"));
    s.clientAuth = readEnum(r, QLatin1String("clientAuth"), OAuthClientAuth::BasicHeader,
                            {OAuthClientAuth::BasicHeader, OAuthClientAuth::Body},
                            &OAuth2Settings::clientAuthName);
    s.extraParams = readKeyValues(r, QLatin1String("extraParams"));
}

void readJwt(JsonReader &r, JwtSettings &s)
{
    const JwtSettings defaults;
    s.algorithm = r.string(QLatin1String("algorithm"));
    if (s.algorithm.isEmpty())
        s.algorithm = defaults.algorithm;
    s.key = r.string(QLatin1String("key"));
    s.keyBase64 = r.boolean(QLatin1String("keyBase64"), false);
    s.payload = r.string(QLatin1String("payload"));
    s.header = r.string(QLatin1String("header"));
    s.inQuery = r.boolean(QLatin1String("inQuery"), false);
    if (r.has(QLatin1String("headerPrefix")))
        s.headerPrefix = r.string(QLatin1String("headerPrefix"));
    if (r.has(QLatin1String("queryParam")))
        s.queryParam = r.string(QLatin1String("queryParam"));
}

void readAws(JsonReader &r, AwsSigV4Settings &s)
{
    s.accessKey = r.string(QLatin1String("accessKey"));
    s.secretKey = r.string(QLatin1String("secretKey"));
    s.sessionToken = r.string(QLatin1String("sessionToken"));
    if (r.has(QLatin1String("region")))
        s.region = r.string(QLatin1String("region"));
    s.service = r.string(QLatin1String("service"));
    s.inQuery = r.boolean(QLatin1String("inQuery"), false);
    s.unsignedPayload = r.boolean(QLatin1String("unsignedPayload"), false);
}

void readOAuth1(JsonReader &r, OAuth1Settings &s)
{
    const OAuth1Settings defaults;
    s.signatureMethod = r.string(QLatin1String("signatureMethod"));
    if (s.signatureMethod.isEmpty())
        s.signatureMethod = defaults.signatureMethod;
    s.consumerKey = r.string(QLatin1String("consumerKey"));
    s.consumerSecret = r.string(QLatin1String("consumerSecret"));
    s.token = r.string(QLatin1String("token"));
    s.tokenSecret = r.string(QLatin1String("tokenSecret"));
    s.privateKey = r.string(QLatin1String("privateKey"));
    s.callback = r.string(QLatin1String("callback"));
    s.verifier = r.string(QLatin1String("verifier"));
    s.realm = r.string(QLatin1String("realm"));
    s.nonce = r.string(QLatin1String("nonce"));
    s.timestamp = r.string(QLatin1String("timestamp"));
    if (r.has(QLatin1String("version")))
        s.version = r.string(QLatin1String("version"));
    s.placement = readEnum(r, QLatin1String("placement"), OAuth1Placement::Header,
                           {OAuth1Placement::Header, OAuth1Placement::Query, OAuth1Placement::Body},
                           &placementName);
    s.includeBodyHash = r.boolean(QLatin1String("includeBodyHash"), false);
}

void readHawk(JsonReader &r, HawkSettings &s)
{
    s.id = r.string(QLatin1String("id"));
    s.key = r.string(QLatin1String("key"));
    if (r.has(QLatin1String("algorithm")))
        s.algorithm = r.string(QLatin1String("algorithm"));
    s.ext = r.string(QLatin1String("ext"));
    s.app = r.string(QLatin1String("app"));
    s.dlg = r.string(QLatin1String("dlg"));
    s.nonce = r.string(QLatin1String("nonce"));
    s.timestamp = r.string(QLatin1String("timestamp"));
    s.includePayloadHash = r.boolean(QLatin1String("includePayloadHash"), false);
}

void readAuth(JsonReader &r, Auth &a)
{
    a.kind = readEnum(r, QLatin1String("kind"), AuthKind::None,
                      {AuthKind::None, AuthKind::Inherit, AuthKind::Basic, AuthKind::Bearer,
                       AuthKind::ApiKey, AuthKind::Digest, AuthKind::OAuth2, AuthKind::Jwt,
                       AuthKind::AwsSigV4, AuthKind::OAuth1, AuthKind::Hawk},
                      &Auth::kindName);
    a.username = r.string(QLatin1String("username"));
    a.password = r.string(QLatin1String("password"));
    if (a.kind != AuthKind::OAuth2) // see toJson(Auth): never read a token back for OAuth2
        a.token = r.string(QLatin1String("token"));
    a.apiKeyName = r.string(QLatin1String("apiKeyName"));
    a.apiKeyValue = r.string(QLatin1String("apiKeyValue"));
    a.apiKeyLocation = readEnum(
        r, QLatin1String("apiKeyLocation"), ApiKeyLocation::Header,
        {ApiKeyLocation::Header, ApiKeyLocation::Query}, [](ApiKeyLocation l) {
            return l == ApiKeyLocation::Query ? QStringLiteral("query") : QStringLiteral("header");
        });
    r.object(QLatin1String("oauth2"), [&a](JsonReader &o) { readOAuth2(o, a.oauth2); });
    r.object(QLatin1String("jwt"), [&a](JsonReader &o) { readJwt(o, a.jwt); });
    r.object(QLatin1String("aws"), [&a](JsonReader &o) { readAws(o, a.aws); });
    r.object(QLatin1String("oauth1"), [&a](JsonReader &o) { readOAuth1(o, a.oauth1); });
    r.object(QLatin1String("hawk"), [&a](JsonReader &o) { readHawk(o, a.hawk); });
}

void readBody(JsonReader &r, Body &b)
{
    b.kind = readEnum(r, QLatin1String("kind"), BodyKind::None,
                      {BodyKind::None, BodyKind::Raw, BodyKind::FormUrlEncoded, BodyKind::Multipart,
                       BodyKind::Binary, BodyKind::GraphQL},
                      &Body::kindName);
    b.language = readEnum(r, QLatin1String("language"), RawLanguage::Text,
                          {RawLanguage::Text, RawLanguage::Json, RawLanguage::Xml,
                           RawLanguage::Html, RawLanguage::JavaScript},
                          &Body::languageName);
    b.raw = r.string(QLatin1String("raw"));
    b.form = readKeyValues(r, QLatin1String("form"));
    r.objects(QLatin1String("multipart"), [&b](JsonReader &e) {
        MultipartPart p;
        p.name = e.string(QLatin1String("name"));
        p.value = e.string(QLatin1String("value"));
        p.isFile = e.boolean(QLatin1String("file"), false);
        p.filePath = e.string(QLatin1String("filePath"));
        p.contentType = e.string(QLatin1String("contentType"));
        p.enabled = e.boolean(QLatin1String("enabled"), true);
        b.multipart.append(p);
    });
    b.binaryFilePath = r.string(QLatin1String("binaryFilePath"));
    b.binaryContentType = r.string(QLatin1String("binaryContentType"));
    r.object(QLatin1String("graphql"), [&b](JsonReader &g) {
        b.graphql.query = g.string(QLatin1String("query"));
        b.graphql.variables = g.string(QLatin1String("variables"));
        b.graphql.operationName = g.string(QLatin1String("operationName"));
        b.graphql.transport = readEnum(
            g, QLatin1String("transport"), GraphQLTransport::Post,
            {GraphQLTransport::Post, GraphQLTransport::Get}, [](GraphQLTransport t) {
                return t == GraphQLTransport::Get ? QStringLiteral("get") : QStringLiteral("post");
            });
    });
}

void readTls(JsonReader &r, TlsSettings &t)
{
    t.insecure = r.boolean(QLatin1String("insecure"), false);
    r.objects(QLatin1String("ignoredErrors"), [&t](JsonReader &e) {
        IgnoredTlsError err;
        err.error = static_cast<int>(e.integer(QLatin1String("error"), 0, 0, kIntMax));
        err.certificateSha256 = e.string(QLatin1String("certificateSha256"));
        t.ignoredErrors.append(err);
    });
    t.caCertificateFiles = r.stringList(QLatin1String("caCertificateFiles"));
    t.clientCertificateFile = r.string(QLatin1String("clientCertificateFile"));
    t.clientKeyFile = r.string(QLatin1String("clientKeyFile"));
    t.clientKeyPassphrase = r.string(QLatin1String("clientKeyPassphrase"));
}

void readProxy(JsonReader &r, ProxySettings &p)
{
    p.mode = readEnum(r, QLatin1String("mode"), ProxyMode::System,
                      {ProxyMode::System, ProxyMode::None, ProxyMode::Http, ProxyMode::Socks5},
                      &proxyModeName);
    p.host = r.string(QLatin1String("host"));
    p.port = static_cast<quint16>(r.integer(QLatin1String("port"), 0, 0, 65535));
    p.username = r.string(QLatin1String("username"));
    p.password = r.string(QLatin1String("password"));
}

void readRequestSettings(JsonReader &r, RequestSettings &s)
{
    const RequestSettings d;
    s.timeoutMs = static_cast<int>(r.integer(QLatin1String("timeoutMs"), d.timeoutMs, 0, kIntMax));
    s.inactivityTimeoutMs = static_cast<int>(
        r.integer(QLatin1String("inactivityTimeoutMs"), d.inactivityTimeoutMs, 0, kIntMax));
    s.followRedirects = r.boolean(QLatin1String("followRedirects"), d.followRedirects);
    s.maxRedirects =
        static_cast<int>(r.integer(QLatin1String("maxRedirects"), d.maxRedirects, 0, kIntMax));
    s.httpVersion = readEnum(r, QLatin1String("httpVersion"), d.httpVersion,
                             {HttpVersionPolicy::Auto, HttpVersionPolicy::Http1Only,
                              HttpVersionPolicy::Http2PriorKnowledge},
                             &httpVersionName);
    r.object(QLatin1String("tls"), [&s](JsonReader &t) { readTls(t, s.tls); });
    r.object(QLatin1String("proxy"), [&s](JsonReader &p) { readProxy(p, s.proxy); });
    s.useCookieJar = r.boolean(QLatin1String("useCookieJar"), d.useCookieJar);
    s.streamAsSse = r.boolean(QLatin1String("streamAsSse"), d.streamAsSse);
    s.maxResponseBytes =
        r.integer(QLatin1String("maxResponseBytes"), d.maxResponseBytes, 0, kInt53);
}

void readRequest(JsonReader &r, Request &q)
{
    q.id = r.string(QLatin1String("id"));
    q.name = r.string(QLatin1String("name"));
    q.method = r.string(QLatin1String("method"), QStringLiteral("GET"));
    q.url = r.string(QLatin1String("url"));
    q.queryParams = readKeyValues(r, QLatin1String("queryParams"));
    q.pathVariables = readKeyValues(r, QLatin1String("pathVariables"));
    q.headers = readKeyValues(r, QLatin1String("headers"));
    r.object(QLatin1String("body"), [&q](JsonReader &b) { readBody(b, q.body); });
    r.object(QLatin1String("auth"), [&q](JsonReader &a) { readAuth(a, q.auth); });
    r.object(QLatin1String("settings"),
             [&q](JsonReader &s) { readRequestSettings(s, q.settings); });
    q.description = r.string(QLatin1String("description"));
}

} // namespace store

QJsonObject toJson(const Request &request, CredentialForm form)
{
    QJsonObject o;
    store::writeRequest(o, request, form);
    return o;
}

Result<Request> requestFromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    Request request;
    store::readRequest(reader, request);
    return finish(reader, std::move(request));
}

Result<Auth> authFromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("auth"));
    Auth auth;
    store::readAuth(reader, auth);
    return finish(reader, std::move(auth));
}

Result<Body> bodyFromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("body"));
    Body body;
    store::readBody(reader, body);
    return finish(reader, std::move(body));
}

Result<RequestSettings> requestSettingsFromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("settings"));
    RequestSettings settings;
    store::readRequestSettings(reader, settings);
    return finish(reader, std::move(settings));
}

} // namespace wirescope
