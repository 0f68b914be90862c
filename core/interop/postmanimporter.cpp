#include "core/interop/postmanimporter.h"

#include "core/http/urlparams.h"
#include "core/interop/importhelpers.h"
#include "core/scripting/scriptcallscanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace wirescope::interop {

namespace {

Error parseError(const QString &message)
{
    return Error{Error::Kind::Parse, message};
}

QString descriptionText(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().value(QLatin1String("content")).toString();
    return scalarText(value);
}

bool isDisabled(const QJsonObject &object)
{
    return object.value(QLatin1String("disabled")).toBool(false);
}

class PostmanReader
{
public:
    int scriptCount = 0;
    QSet<QString> reportedCalls; ///< unsupported script calls already in the report

    ImportReport report;
    std::optional<Error> error;

    VariableList variables(const QJsonValue &value, const QString &path)
    {
        VariableList out;
        if (value.isUndefined() || value.isNull())
            return out;
        if (!value.isArray()) {
            report.dropped(path,
                           QStringLiteral("'variable' is not a list; variables not imported"));
            return out;
        }
        for (const QJsonValue &entry : value.toArray()) {
            const QJsonObject o = entry.toObject();
            Variable v;
            v.name = scalarText(o.value(QLatin1String("key")));
            if (v.name.isEmpty())
                v.name = scalarText(o.value(QLatin1String("id")));
            const QJsonValue raw = o.value(QLatin1String("value"));
            v.value = scalarText(raw);
            if (raw.isObject() || raw.isArray())
                report.info(path,
                            QStringLiteral("variable '%1' holds structured data; kept as text")
                                .arg(v.name));
            v.enabled = !isDisabled(o);
            v.secret = o.value(QLatin1String("type")).toString() == QLatin1String("secret");
            v.description = descriptionText(o.value(QLatin1String("description")));
            if (!v.name.isEmpty() || !v.value.isEmpty())
                out.append(v);
        }
        return out;
    }

    // v2.1 writes auth parameters as [{key, value}], v2.0 as {key: value}.
    static QString authParam(const QJsonValue &params, QLatin1String key)
    {
        if (params.isObject())
            return scalarText(params.toObject().value(key));
        for (const QJsonValue &entry : params.toArray()) {
            const QJsonObject o = entry.toObject();
            if (o.value(QLatin1String("key")).toString() == key)
                return scalarText(o.value(QLatin1String("value")));
        }
        return {};
    }

    static QJsonValue authParamValue(const QJsonValue &params, QLatin1String key)
    {
        if (params.isObject())
            return params.toObject().value(key);
        for (const QJsonValue &entry : params.toArray()) {
            const QJsonObject o = entry.toObject();
            if (o.value(QLatin1String("key")).toString() == key)
                return o.value(QLatin1String("value"));
        }
        return {};
    }

    /// Postman's "oauth2" block: its grant names and keys. Tokens in the file are not
    /// imported (Wirescope fetches its own and keeps them in the keychain).
    void oauth2(Auth &a, const QJsonValue &params, const QString &path)
    {
        a.kind = AuthKind::OAuth2;
        OAuth2Settings &s = a.oauth2;
        const QString grant = authParam(params, QLatin1String("grant_type"));
        if (grant == QLatin1String("client_credentials")) {
            s.grant = OAuthGrant::ClientCredentials;
        } else if (grant == QLatin1String("password_credentials")) {
            s.grant = OAuthGrant::Password;
            a.username = authParam(params, QLatin1String("username"));
            a.password = authParam(params, QLatin1String("password"));
        } else if (grant == QLatin1String("authorization_code")) {
            s.grant = OAuthGrant::AuthorizationCode;
            s.pkce = false;
        } else {
            s.grant = OAuthGrant::AuthorizationCode; // also Postman's default when absent
            if (grant == QLatin1String("implicit"))
                report.warning(path, QStringLiteral("oauth2: the implicit grant is not supported; "
                                                    "set to authorization code with PKCE"));
            if (grant == QLatin1String("authorization_code_with_pkce")
                && authParam(params, QLatin1String("challengeAlgorithm")) == QLatin1String("plain"))
                report.warning(path, QStringLiteral("oauth2: PKCE method plain is not supported; "
                                                    "S256 is used"));
        }
        s.authUrl = authParam(params, QLatin1String("authUrl"));
        s.tokenUrl = authParam(params, QLatin1String("accessTokenUrl"));
        s.clientId = authParam(params, QLatin1String("clientId"));
        s.clientSecret = authParam(params, QLatin1String("clientSecret"));
        s.scope = authParam(params, QLatin1String("scope"));
        s.redirectUrl = authParam(params, QLatin1String("redirect_uri"));
        s.clientAuth =
            authParam(params, QLatin1String("client_authentication")) == QLatin1String("body")
                ? OAuthClientAuth::Body
                : OAuthClientAuth::BasicHeader;
        for (const QJsonValue &v :
             authParamValue(params, QLatin1String("tokenRequestParams")).toArray()) {
            const QJsonObject p = v.toObject();
            const QString key = p.value(QLatin1String("key")).toString();
            const QString value = scalarText(p.value(QLatin1String("value")));
            if (key == QLatin1String("audience"))
                s.audience = value;
            else if (key == QLatin1String("resource"))
                s.resource = value;
            else if (!key.isEmpty())
                s.extraParams.append(
                    KeyValue{key, value, p.value(QLatin1String("enabled")).toBool(true), {}});
        }
        if (!authParam(params, QLatin1String("accessToken")).isEmpty())
            report.info(path, QStringLiteral("oauth2: the access token saved in the file was not "
                                             "imported; get a new one"));
    }

    /// Postman's "JWT Bearer": the secret (HS*) or the private key (RS*) becomes the one key.
    static void jwt(Auth &a, const QJsonValue &params)
    {
        a.kind = AuthKind::Jwt;
        JwtSettings &s = a.jwt;
        const QString algorithm = authParam(params, QLatin1String("algorithm"));
        if (!algorithm.isEmpty())
            s.algorithm = algorithm;
        s.key = s.algorithm.startsWith(u"RS", Qt::CaseInsensitive)
                    ? authParam(params, QLatin1String("privateKey"))
                    : authParam(params, QLatin1String("secret"));
        s.keyBase64 =
            authParam(params, QLatin1String("isSecretBase64Encoded")) == QLatin1String("true");
        s.payload = authParam(params, QLatin1String("payload"));
        s.header = authParam(params, QLatin1String("header"));
        s.inQuery = authParam(params, QLatin1String("addTokenTo")) == QLatin1String("queryParam");
        if (authParamValue(params, QLatin1String("headerPrefix")).isString())
            s.headerPrefix = authParam(params, QLatin1String("headerPrefix"));
        const QString queryParam = authParam(params, QLatin1String("queryParamKey"));
        if (!queryParam.isEmpty())
            s.queryParam = queryParam;
    }

    /// Postman's "AWS Signature": its region defaults to us-east-1 as Postman's does.
    static void aws(Auth &a, const QJsonValue &params)
    {
        a.kind = AuthKind::AwsSigV4;
        AwsSigV4Settings &s = a.aws;
        s.accessKey = authParam(params, QLatin1String("accessKey"));
        s.secretKey = authParam(params, QLatin1String("secretKey"));
        s.sessionToken = authParam(params, QLatin1String("sessionToken"));
        const QString region = authParam(params, QLatin1String("region"));
        if (!region.isEmpty())
            s.region = region;
        s.service = authParam(params, QLatin1String("service"));
        s.inQuery = authParam(params, QLatin1String("addAuthDataToQuery")) == QLatin1String("true");
    }

    /// Postman's "OAuth 1.0": "Request Headers" is addParamsToHeader; its other choice
    /// ("Request Body / Request URL") becomes the query here.
    static void oauth1(Auth &a, const QJsonValue &params)
    {
        a.kind = AuthKind::OAuth1;
        OAuth1Settings &s = a.oauth1;
        const QString method = authParam(params, QLatin1String("signatureMethod"));
        if (!method.isEmpty())
            s.signatureMethod = method;
        s.consumerKey = authParam(params, QLatin1String("consumerKey"));
        s.consumerSecret = authParam(params, QLatin1String("consumerSecret"));
        s.token = authParam(params, QLatin1String("token"));
        s.tokenSecret = authParam(params, QLatin1String("tokenSecret"));
        s.privateKey = authParam(params, QLatin1String("privateKey"));
        s.callback = authParam(params, QLatin1String("callback"));
        s.verifier = authParam(params, QLatin1String("verifier"));
        s.realm = authParam(params, QLatin1String("realm"));
        s.nonce = authParam(params, QLatin1String("nonce"));
        s.timestamp = authParam(params, QLatin1String("timestamp"));
        if (authParamValue(params, QLatin1String("version")).isString())
            s.version = authParam(params, QLatin1String("version"));
        s.placement =
            authParam(params, QLatin1String("addParamsToHeader")) == QLatin1String("false")
                ? OAuth1Placement::Query
                : OAuth1Placement::Header;
        s.includeBodyHash =
            authParam(params, QLatin1String("includeBodyHash")) == QLatin1String("true");
    }

    /// Postman's "Hawk Authentication"; its "user" field has no part in the signature.
    static void hawk(Auth &a, const QJsonValue &params)
    {
        a.kind = AuthKind::Hawk;
        HawkSettings &s = a.hawk;
        s.id = authParam(params, QLatin1String("authId"));
        s.key = authParam(params, QLatin1String("authKey"));
        const QString algorithm = authParam(params, QLatin1String("algorithm"));
        if (!algorithm.isEmpty())
            s.algorithm = algorithm;
        s.ext = authParam(params, QLatin1String("extraData"));
        s.app = authParam(params, QLatin1String("app"));
        s.dlg = authParam(params, QLatin1String("delegation"));
        s.nonce = authParam(params, QLatin1String("nonce"));
        s.timestamp = authParam(params, QLatin1String("timestamp"));
        s.includePayloadHash =
            authParam(params, QLatin1String("includePayloadHash")) == QLatin1String("true");
    }

    Auth auth(const QJsonValue &value, const QString &path, AuthKind whenAbsent)
    {
        Auth a;
        a.kind = whenAbsent;
        if (value.isUndefined() || value.isNull())
            return a;
        const QJsonObject o = value.toObject();
        const QString type = o.value(QLatin1String("type")).toString().toLower();
        const QJsonValue params = o.value(type);
        if (type == QLatin1String("noauth")) {
            a.kind = AuthKind::None;
        } else if (type == QLatin1String("inherit")) {
            a.kind = AuthKind::Inherit;
        } else if (type == QLatin1String("basic") || type == QLatin1String("digest")) {
            a.kind = type == QLatin1String("basic") ? AuthKind::Basic : AuthKind::Digest;
            a.username = authParam(params, QLatin1String("username"));
            a.password = authParam(params, QLatin1String("password"));
            if (a.kind == AuthKind::Digest && !authParam(params, QLatin1String("realm")).isEmpty())
                report.info(path,
                            QStringLiteral("digest auth: realm, nonce and algorithm are "
                                           "taken from the server's challenge, not the file"));
        } else if (type == QLatin1String("bearer")) {
            a.kind = AuthKind::Bearer;
            a.token = authParam(params, QLatin1String("token"));
        } else if (type == QLatin1String("apikey")) {
            a.kind = AuthKind::ApiKey;
            a.apiKeyName = authParam(params, QLatin1String("key"));
            a.apiKeyValue = authParam(params, QLatin1String("value"));
            a.apiKeyLocation = authParam(params, QLatin1String("in")) == QLatin1String("query")
                                   ? ApiKeyLocation::Query
                                   : ApiKeyLocation::Header;
        } else if (type == QLatin1String("oauth2")) {
            oauth2(a, params, path);
        } else if (type == QLatin1String("jwt")) {
            jwt(a, params);
        } else if (type == QLatin1String("awsv4")) {
            aws(a, params);
        } else if (type == QLatin1String("oauth1")) {
            oauth1(a, params);
        } else if (type == QLatin1String("hawk")) {
            hawk(a, params);
        } else {
            a.kind = AuthKind::None;
            report.dropped(path, QStringLiteral("auth type '%1' is not supported; set to no auth "
                                                "(its settings were not imported)")
                                     .arg(type.isEmpty() ? QStringLiteral("(none)") : type));
        }
        return a;
    }

    KeyValueList headers(const QJsonValue &value, const QString &path)
    {
        KeyValueList out;
        if (value.isString()) { // v2.0 allows "Name: value\nName: value"
            const QStringList lines = value.toString().split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                const qsizetype colon = line.indexOf(QLatin1Char(':'));
                if (line.trimmed().isEmpty())
                    continue;
                if (colon < 0)
                    appendRow(out, {line.trimmed(), QString(), true, QString()});
                else
                    appendRow(out, {line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true,
                                    QString()});
            }
            return out;
        }
        if (!value.isArray()) {
            if (!value.isUndefined() && !value.isNull())
                report.dropped(path,
                               QStringLiteral("'header' is not a list; headers not imported"));
            return out;
        }
        for (const QJsonValue &entry : value.toArray()) {
            const QJsonObject o = entry.toObject();
            appendRow(out, {scalarText(o.value(QLatin1String("key"))),
                            scalarText(o.value(QLatin1String("value"))), !isDisabled(o),
                            descriptionText(o.value(QLatin1String("description")))});
        }
        return out;
    }

    static QString joinParts(const QJsonValue &value, QLatin1Char separator)
    {
        if (value.isString())
            return value.toString();
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts.append(part.isObject() ? scalarText(part.toObject().value(QLatin1String("value")))
                                         : scalarText(part));
        return parts.join(separator);
    }

    void url(const QJsonValue &value, Request &request, const QString &path)
    {
        if (value.isString()) {
            request.url = value.toString();
            request.queryParams = parseQuery(request.url);
            request.pathVariables = mergePathVariables(request.url, {});
            return;
        }
        if (!value.isObject()) {
            if (!value.isUndefined() && !value.isNull()) {
                request.url = scalarText(value);
                report.warning(path, QStringLiteral("the URL is not text or an object; "
                                                    "imported as '%1'")
                                         .arg(request.url));
            }
            return;
        }
        const QJsonObject o = value.toObject();
        request.url = o.value(QLatin1String("raw")).toString();
        if (request.url.isEmpty()) {
            // No raw text: rebuild from the parts.
            QString built;
            const QString protocol = o.value(QLatin1String("protocol")).toString();
            if (!protocol.isEmpty())
                built += protocol + QLatin1String("://");
            built += joinParts(o.value(QLatin1String("host")), QLatin1Char('.'));
            const QString port = scalarText(o.value(QLatin1String("port")));
            if (!port.isEmpty())
                built += QLatin1Char(':') + port;
            const QString pathText = joinParts(o.value(QLatin1String("path")), QLatin1Char('/'));
            if (!pathText.isEmpty())
                built += (pathText.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/"))
                         + pathText;
            request.url = built;
        }
        const QJsonValue query = o.value(QLatin1String("query"));
        if (query.isArray()) {
            for (const QJsonValue &entry : query.toArray()) {
                const QJsonObject q = entry.toObject();
                request.queryParams.append(
                    {scalarText(q.value(QLatin1String("key"))),
                     scalarText(q.value(QLatin1String("value"))), !isDisabled(q),
                     descriptionText(q.value(QLatin1String("description")))});
            }
            if (o.value(QLatin1String("raw")).toString().isEmpty())
                request.url = urlWithQuery(request.url, request.queryParams);
        } else {
            request.queryParams = parseQuery(request.url);
        }
        KeyValueList vars;
        for (const QJsonValue &entry : o.value(QLatin1String("variable")).toArray()) {
            const QJsonObject v = entry.toObject();
            vars.append({scalarText(v.value(QLatin1String("key"))),
                         scalarText(v.value(QLatin1String("value"))), !isDisabled(v),
                         descriptionText(v.value(QLatin1String("description")))});
        }
        request.pathVariables = mergePathVariables(request.url, vars);
        for (const KeyValue &v : vars) {
            if (!containsName(request.pathVariables, v.name) && !v.name.isEmpty())
                report.dropped(
                    path,
                    QStringLiteral("path variable ':%1' does not occur in the URL").arg(v.name));
        }
    }

    Body body(const QJsonValue &value, const QString &path)
    {
        Body b;
        if (!value.isObject())
            return b;
        const QJsonObject o = value.toObject();
        const QString mode = o.value(QLatin1String("mode")).toString();
        if (o.value(QLatin1String("disabled")).toBool(false))
            report.warning(path, QStringLiteral("the body was disabled in Postman; Wirescope "
                                                "sends it"));
        if (mode == QLatin1String("raw")) {
            b.raw = scalarText(o.value(QLatin1String("raw")));
            if (b.raw.isEmpty())
                return b; // Postman sends nothing for an empty raw body either
            b.kind = BodyKind::Raw;
            const QString language = o.value(QLatin1String("options"))
                                         .toObject()
                                         .value(QLatin1String("raw"))
                                         .toObject()
                                         .value(QLatin1String("language"))
                                         .toString();
            b.language = Body::languageFromName(language);
        } else if (mode == QLatin1String("urlencoded")) {
            b.kind = BodyKind::FormUrlEncoded;
            for (const QJsonValue &entry : o.value(QLatin1String("urlencoded")).toArray()) {
                const QJsonObject f = entry.toObject();
                appendRow(b.form, {scalarText(f.value(QLatin1String("key"))),
                                   scalarText(f.value(QLatin1String("value"))), !isDisabled(f),
                                   descriptionText(f.value(QLatin1String("description")))});
            }
        } else if (mode == QLatin1String("formdata")) {
            b.kind = BodyKind::Multipart;
            for (const QJsonValue &entry : o.value(QLatin1String("formdata")).toArray()) {
                const QJsonObject f = entry.toObject();
                MultipartPart part;
                QList<MultipartPart> moreFiles; // Postman allows several files in one part
                part.name = scalarText(f.value(QLatin1String("key")));
                part.enabled = !isDisabled(f);
                part.contentType = f.value(QLatin1String("contentType")).toString();
                if (f.value(QLatin1String("type")).toString() == QLatin1String("file")) {
                    part.isFile = true;
                    const QJsonValue src = f.value(QLatin1String("src"));
                    if (src.isArray()) {
                        const QJsonArray files = src.toArray();
                        part.filePath = files.isEmpty() ? QString() : scalarText(files.first());
                        for (qsizetype i = 1; i < files.size(); ++i) {
                            MultipartPart more = part;
                            more.filePath = scalarText(files.at(i));
                            moreFiles.append(more);
                        }
                    } else {
                        part.filePath = scalarText(src);
                    }
                    if (part.filePath.isEmpty())
                        report.warning(
                            path,
                            QStringLiteral("form file part '%1' names no file").arg(part.name));
                } else {
                    part.value = scalarText(f.value(QLatin1String("value")));
                }
                b.multipart.append(part);
                b.multipart.append(moreFiles);
            }
        } else if (mode == QLatin1String("file")) {
            const QJsonObject file = o.value(QLatin1String("file")).toObject();
            if (file.contains(QLatin1String("content"))) {
                b.kind = BodyKind::Raw;
                b.raw = scalarText(file.value(QLatin1String("content")));
            } else {
                b.kind = BodyKind::Binary;
                b.binaryFilePath = scalarText(file.value(QLatin1String("src")));
                if (b.binaryFilePath.isEmpty())
                    report.warning(path, QStringLiteral("the file body names no file"));
            }
        } else if (mode == QLatin1String("graphql")) {
            const QJsonObject g = o.value(QLatin1String("graphql")).toObject();
            b.kind = BodyKind::GraphQL;
            b.graphql.query = scalarText(g.value(QLatin1String("query")));
            b.graphql.variables = graphqlVariablesText(g.value(QLatin1String("variables")));
        } else if (!mode.isEmpty()) {
            report.dropped(
                path,
                QStringLiteral("body mode '%1' is not supported; body not imported").arg(mode));
        }
        return b;
    }

    QList<ImportedScript> scripts(const QJsonValue &value, const QString &path)
    {
        QList<ImportedScript> out;
        for (const QJsonValue &entry : value.toArray()) {
            const QJsonObject e = entry.toObject();
            const QJsonValue exec =
                e.value(QLatin1String("script")).toObject().value(QLatin1String("exec"));
            QString source;
            if (exec.isArray()) {
                QStringList lines;
                for (const QJsonValue &line : exec.toArray())
                    lines.append(scalarText(line));
                source = lines.join(QLatin1Char('\n'));
            } else {
                source = scalarText(exec);
            }
            if (source.trimmed().isEmpty())
                continue; // Postman writes empty placeholders; nothing to keep
            const QString event = e.value(QLatin1String("listen")).toString();
            out.append({event, source});
            if (event != u"prerequest" && event != u"test") {
                report.warning(
                    path, QStringLiteral("%1 script kept but not run (Wirescope runs pre-request "
                                         "and test scripts only)")
                              .arg(event.isEmpty() ? QStringLiteral("an unnamed") : event));
                continue;
            }
            ++scriptCount;
            // Once per call name for the whole collection: where it first appears.
            for (const QString &name : scriptcalls::unsupported(source)) {
                if (reportedCalls.contains(name))
                    continue;
                reportedCalls.insert(name);
                report.warning(
                    path,
                    QStringLiteral("a %1 script calls %2, which Wirescope's script engine does "
                                   "not implement; the script stops there with an error")
                        .arg(event, name));
            }
        }
        return out;
    }

    QList<ExampleResponse> examples(const QJsonValue &value, const QString &path)
    {
        QList<ExampleResponse> out;
        for (const QJsonValue &entry : value.toArray()) {
            const QJsonObject r = entry.toObject();
            ExampleResponse example;
            example.name = scalarText(r.value(QLatin1String("name")));
            example.status = r.value(QLatin1String("code")).toInt();
            example.reason = scalarText(r.value(QLatin1String("status")));
            example.headers = headers(r.value(QLatin1String("header")), path);
            example.body = scalarText(r.value(QLatin1String("body"))).toUtf8();
            if (r.value(QLatin1String("originalRequest")).isObject())
                report.info(path, QStringLiteral("saved responses keep status, headers and body; "
                                                 "the request recorded with them is not kept"));
            out.append(example);
        }
        return out;
    }

    void settings(const QJsonValue &value, Request &request, const QString &path)
    {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("followRedirects")) {
                request.settings.followRedirects = it.value().toBool(true);
            } else if (it.key() == QLatin1String("maxRedirects")) {
                request.settings.maxRedirects = it.value().toInt(10);
            } else if (it.key() == QLatin1String("strictSSL")) {
                request.settings.tls.insecure = !it.value().toBool(true);
                if (request.settings.tls.insecure)
                    report.warning(path,
                                   QStringLiteral("TLS certificate verification is off for "
                                                  "this request (Postman's strictSSL: false)"));
            } else if (it.key() != QLatin1String("disableBodyPruning")) {
                report.dropped(path, QStringLiteral("setting '%1' is not supported").arg(it.key()));
            }
        }
    }

    std::optional<HttpItem> request(const QJsonObject &item, const QString &path)
    {
        HttpItem http;
        Request &r = http.request;
        r.id = newItemId();
        r.name = scalarText(item.value(QLatin1String("name")));
        const QJsonValue req = item.value(QLatin1String("request"));
        if (req.isString()) {
            url(req, r, path);
        } else if (req.isObject()) {
            const QJsonObject o = req.toObject();
            const QString method = scalarText(o.value(QLatin1String("method"))).toUpper();
            r.method = method.isEmpty() ? QStringLiteral("GET") : method;
            url(o.value(QLatin1String("url")), r, path);
            r.headers = headers(o.value(QLatin1String("header")), path);
            r.body = body(o.value(QLatin1String("body")), path);
            settleGraphQLTransport(r, report, path);
            r.auth = auth(o.value(QLatin1String("auth")), path, AuthKind::Inherit);
            r.description = descriptionText(o.value(QLatin1String("description")));
            for (const char *key : {"proxy", "certificate"}) {
                if (o.contains(QLatin1String(key)))
                    report.dropped(path, QStringLiteral("per-request %1 settings are not imported")
                                             .arg(QLatin1String(key)));
            }
        } else {
            report.warning(path, QStringLiteral("the request is empty or not an object"));
        }
        if (r.name.isEmpty())
            r.name = r.url.isEmpty() ? QStringLiteral("Untitled request") : r.url;
        if (item.contains(QLatin1String("protocolProfileBehavior")))
            settings(item.value(QLatin1String("protocolProfileBehavior")), r, path);
        if (!variables(item.value(QLatin1String("variable")), path).isEmpty())
            report.dropped(path, QStringLiteral("request-level variables are not supported"));
        http.examples = examples(item.value(QLatin1String("response")), path);
        http.scripts = scripts(item.value(QLatin1String("event")), path);
        return http;
    }

    std::vector<CollectionItem> items(const QJsonValue &value, const QString &parentPath, int depth)
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
        if (value.isUndefined() || value.isNull())
            return out;
        if (!value.isArray()) {
            error = parseError(QStringLiteral("'item' of '%1' is not a list")
                                   .arg(parentPath.isEmpty() ? QStringLiteral("the collection")
                                                             : parentPath.left(200)));
            return out;
        }
        for (const QJsonValue &entry : value.toArray()) {
            if (!entry.isObject()) {
                report.dropped(parentPath, QStringLiteral("an entry of 'item' is not an object"));
                continue;
            }
            const QJsonObject o = entry.toObject();
            const QString name = scalarText(o.value(QLatin1String("name")));
            const QString path = joinItemPath(parentPath, name);
            if (o.contains(QLatin1String("item")) && !o.contains(QLatin1String("request"))) {
                Folder folder;
                folder.id = newItemId();
                folder.name = name.isEmpty() ? QStringLiteral("Untitled folder") : name;
                folder.description = descriptionText(o.value(QLatin1String("description")));
                folder.auth = auth(o.value(QLatin1String("auth")), path, AuthKind::Inherit);
                folder.variables = variables(o.value(QLatin1String("variable")), path);
                folder.scripts = scripts(o.value(QLatin1String("event")), path);
                folder.children = items(o.value(QLatin1String("item")), path, depth + 1);
                if (error)
                    return out;
                out.push_back(CollectionItem{std::move(folder)});
            } else if (auto http = request(o, path)) {
                out.push_back(CollectionItem{std::move(*http)});
            }
        }
        return out;
    }
};

} // namespace

Result<ImportResult> importPostmanCollection(const QJsonValue &root)
{
    if (!root.isObject())
        return parseError(
            QStringLiteral("not a Postman collection: the document is not an object"));
    const QJsonObject o = root.toObject();
    if (o.contains(QLatin1String("requests")) && !o.contains(QLatin1String("item")))
        return parseError(QStringLiteral("Postman Collection v1 is not supported: export the "
                                         "collection as v2.1 from Postman"));
    const QJsonObject info = o.value(QLatin1String("info")).toObject();
    if (!o.contains(QLatin1String("item")) && info.isEmpty())
        return parseError(QStringLiteral("not a Postman collection: no 'info' and no 'item'"));

    PostmanReader reader;
    ImportResult result;
    result.format = ImportFormat::Postman;
    Collection &c = result.collection;
    c.id = newItemId();
    c.name = scalarText(info.value(QLatin1String("name")));
    if (c.name.isEmpty())
        c.name = QStringLiteral("Imported collection");
    c.description = descriptionText(info.value(QLatin1String("description")));
    c.auth = reader.auth(o.value(QLatin1String("auth")), QString(), AuthKind::None);
    if (c.auth.kind == AuthKind::Inherit)
        c.auth.kind = AuthKind::None; // nothing above a collection to inherit from
    c.variables = reader.variables(o.value(QLatin1String("variable")), QString());
    c.scripts = reader.scripts(o.value(QLatin1String("event")), QString());
    c.items = reader.items(o.value(QLatin1String("item")), QString(), 0);
    if (reader.error)
        return *reader.error;
    if (reader.scriptCount > 0)
        reader.report.info(
            QString(),
            QStringLiteral("%1 pre-request/test script(s) imported; wirescope-cli run and "
                           "the app run them with Postman's pm API (--no-scripts to skip)")
                .arg(reader.scriptCount));
    result.report = std::move(reader.report);
    return result;
}

Result<ImportResult> importPostmanEnvironment(const QJsonValue &root)
{
    const QJsonObject o = root.toObject();
    const QJsonValue values = o.value(QLatin1String("values"));
    if (!values.isArray())
        return parseError(QStringLiteral("not a Postman environment: no 'values' list"));
    ImportResult result;
    result.format = ImportFormat::PostmanEnvironment;
    Environment env;
    env.name = scalarText(o.value(QLatin1String("name")));
    if (env.name.isEmpty())
        env.name = QStringLiteral("Imported environment");
    for (const QJsonValue &entry : values.toArray()) {
        const QJsonObject v = entry.toObject();
        Variable var;
        var.name = scalarText(v.value(QLatin1String("key")));
        var.value = scalarText(v.value(QLatin1String("value")));
        var.enabled = v.value(QLatin1String("enabled")).toBool(true);
        var.secret = v.value(QLatin1String("type")).toString() == QLatin1String("secret");
        var.description = descriptionText(v.value(QLatin1String("description")));
        if (var.name.isEmpty() && var.value.isEmpty()) {
            result.report.dropped(env.name, QStringLiteral("a variable without name or value"));
            continue;
        }
        env.variables.append(var);
    }
    result.collection.id = newItemId();
    result.collection.name = env.name;
    result.environments.append(env);
    return result;
}

} // namespace wirescope::interop
