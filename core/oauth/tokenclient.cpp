#include "core/oauth/tokenclient.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/model/exchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace wirescope::oauth {

namespace {

constexpr qsizetype kQuoteChars = 200; ///< how much of an unexpected body a message quotes

QString formEncode(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QByteArray basicPair(const OAuth2Settings &s)
{
    return (formEncode(s.clientId) + u':' + formEncode(s.clientSecret)).toLatin1();
}

/// The secrets of @p r (longest first), to cut out of anything quoted back.
QStringList secretsOf(const TokenRequest &r)
{
    QStringList out;
    for (const QString &s : {r.settings.clientSecret, r.password, r.code, r.codeVerifier,
                             r.refreshToken, r.settings.refreshToken}) {
        if (s.size() >= 4)
            out.append(s);
    }
    // A server that echoes the request would quote the Basic header: its base64 is a secret.
    if (!r.settings.clientSecret.isEmpty())
        out.append(QString::fromLatin1(basicPair(r.settings).toBase64()));
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

QString withoutSecrets(QString text, const QStringList &secrets)
{
    for (const QString &s : secrets) {
        text.replace(s, QStringLiteral("{{redacted}}"));
        text.replace(formEncode(s), QStringLiteral("{{redacted}}"));
    }
    return text;
}

/// The first characters of an unexpected body, tags and runs of space squeezed, so the message
/// says what the server actually said ("Cannot POST /token", "502 Bad Gateway").
QString quoteBody(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(tags, QStringLiteral(" "));
    text.replace(spaces, QStringLiteral(" "));
    text = text.trimmed();
    if (text.size() > kQuoteChars)
        text = text.left(kQuoteChars) + QStringLiteral("...");
    return text;
}

/// Checks the HTTP part of an exchange; on success returns the JSON object of its body.
Result<QJsonObject> jsonAnswer(const Exchange &ex, const QString &step, const QStringList &secrets)
{
    if (ex.error) {
        Error e = *ex.error;
        e.message = step + QStringLiteral(": ") + withoutSecrets(e.message, secrets);
        e.detail = withoutSecrets(e.detail, secrets);
        return e;
    }
    if (!ex.response)
        return Error{Error::Kind::Protocol, step + QStringLiteral(": no response")};
    const Response &resp = *ex.response;
    const QByteArray body = resp.body.read(1024 * 1024);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    const bool isJson = perr.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject o = doc.object();
    if (resp.status < 200 || resp.status > 299) {
        QString what = QStringLiteral("%1: the server answered %2").arg(step).arg(resp.status);
        if (isJson && o.value(QLatin1String("error")).isString()) {
            what += u' ' + o.value(QLatin1String("error")).toString();
            const QString desc = o.value(QLatin1String("error_description")).toString();
            if (!desc.isEmpty())
                what += QStringLiteral(": ") + desc;
        } else {
            const QString type =
                resp.contentType.isEmpty() ? QStringLiteral("no content type") : resp.contentType;
            what += QStringLiteral(" with %1, not an OAuth error object").arg(type);
            const QString quoted = quoteBody(body);
            if (!quoted.isEmpty())
                what += QStringLiteral(": \"%1\"").arg(quoted);
        }
        const Error::Kind kind = resp.status >= 400 && resp.status < 500
                                     ? Error::Kind::InvalidRequest
                                     : Error::Kind::Other;
        return Error{kind, withoutSecrets(what, secrets)};
    }
    if (!isJson) {
        const QString type =
            resp.contentType.isEmpty() ? QStringLiteral("no content type") : resp.contentType;
        QString what = QStringLiteral("%1: the server answered %2 with %3, not a JSON object")
                           .arg(step)
                           .arg(resp.status)
                           .arg(type);
        const QString quoted = quoteBody(body);
        if (!quoted.isEmpty())
            what += QStringLiteral(": \"%1\"").arg(quoted);
        return Error{Error::Kind::Parse, withoutSecrets(what, secrets), perr.errorString()};
    }
    return o;
}

Result<OAuthToken> tokenFromJson(const QJsonObject &o, const QString &step, const QDateTime &now)
{
    OAuthToken t;
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    if (t.accessToken.isEmpty())
        return Error{Error::Kind::Parse, step + QStringLiteral(": the answer has no access_token")};
    t.tokenType = o.value(QLatin1String("token_type")).toString();
    // RFC 6749 section 7.1: the client must understand the type. Only Bearer (RFC 6750) is
    // understood here; some providers omit the field, which is read as Bearer.
    if (!t.tokenType.isEmpty()
        && t.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return Error{Error::Kind::Other,
                     step
                         + QStringLiteral(": token type \"%1\" is not supported (only Bearer)")
                               .arg(t.tokenType)};
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    t.idToken = o.value(QLatin1String("id_token")).toString();
    t.scope = o.value(QLatin1String("scope")).toString();
    t.obtainedAt = now;
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    double secs = -1;
    if (expires.isDouble())
        secs = expires.toDouble();
    else if (expires.isString()) // some providers send "3600"
        secs = expires.toString().toDouble();
    if (!expires.isUndefined() && !expires.isNull()) {
        if (!(secs >= 0) || secs > 10.0 * 365 * 24 * 3600)
            return Error{Error::Kind::Parse,
                         step + QStringLiteral(": expires_in is not a number of seconds")};
        t.expiresAt = now.addMSecs(qint64(secs * 1000));
    }
    return t;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

bool isHttpUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

TokenClient::TokenClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

TokenClient::~TokenClient() = default;

QString TokenClient::discoveryUrl(const QString &issuerOrUrl)
{
    QString url = issuerOrUrl.trimmed();
    if (url.contains(QLatin1String("/.well-known/")))
        return url;
    while (url.endsWith(u'/'))
        url.chop(1);
    return url + QStringLiteral("/.well-known/openid-configuration");
}

Request TokenClient::buildTokenRequest(const TokenRequest &t)
{
    const OAuth2Settings &s = t.settings;
    Request r;
    r.method = QStringLiteral("POST");
    r.url = s.tokenUrl.trimmed();
    r.headers.append(
        KeyValue{QStringLiteral("Accept"), QStringLiteral("application/json"), true, {}});
    r.body.kind = BodyKind::FormUrlEncoded;
    KeyValueList &form = r.body.form;
    const auto add = [&form](const QString &name, const QString &value) {
        form.append(KeyValue{name, value, true, {}});
    };
    add(QStringLiteral("grant_type"), OAuth2Settings::grantName(t.grant));
    switch (t.grant) {
    case OAuthGrant::AuthorizationCode:
        add(QStringLiteral("code"), t.code);
        add(QStringLiteral("redirect_uri"), t.redirectUri);
        if (!t.codeVerifier.isEmpty())
            add(QStringLiteral("code_verifier"), t.codeVerifier);
        break;
    case OAuthGrant::Password:
        add(QStringLiteral("username"), t.username);
        add(QStringLiteral("password"), t.password);
        break;
    case OAuthGrant::RefreshToken:
        add(QStringLiteral("refresh_token"), t.refreshToken);
        break;
    case OAuthGrant::ClientCredentials:
        break;
    }
    // The code grant's scope was fixed at the authorization step (RFC 6749 4.1.3).
    if (!s.scope.isEmpty() && t.grant != OAuthGrant::AuthorizationCode)
        add(QStringLiteral("scope"), s.scope);
    if (!s.audience.isEmpty())
        add(QStringLiteral("audience"), s.audience);
    if (!s.resource.isEmpty())
        add(QStringLiteral("resource"), s.resource);
    for (const KeyValue &kv : s.extraParams) {
        if (kv.enabled && !kv.name.isEmpty())
            add(kv.name, kv.value);
    }
    // RFC 6749 2.3.1: id and secret are form-encoded before they go into the Basic header.
    // A public client (no secret) always names itself in the body.
    if (s.clientAuth == OAuthClientAuth::BasicHeader && !s.clientSecret.isEmpty()) {
        r.headers.append(
            KeyValue{QStringLiteral("Authorization"),
                     QStringLiteral("Basic ") + QString::fromLatin1(basicPair(s).toBase64()),
                     true,
                     {}});
    } else {
        if (!s.clientId.isEmpty())
            add(QStringLiteral("client_id"), s.clientId);
        if (!s.clientSecret.isEmpty())
            add(QStringLiteral("client_secret"), s.clientSecret);
    }
    r.settings.timeoutMs = t.timeoutMs;
    r.settings.followRedirects = false; // a token endpoint that redirects is misconfigured
    r.settings.useCookieJar = false;
    return r;
}

void TokenClient::failLater(quint64 ticket, const Error &error)
{
    QTimer::singleShot(0, this, [this, ticket, error] { emit failed(ticket, error); });
}

quint64 TokenClient::requestToken(const TokenRequest &request)
{
    const quint64 ticket = m_nextTicket++;
    const QString url = request.settings.tokenUrl.trimmed();
    if (!isHttpUrl(url)) {
        failLater(
            ticket,
            Error{Error::Kind::InvalidRequest,
                  url.isEmpty()
                      ? QStringLiteral("token request: no token URL is set (enter "
                                       "it, or fill it by discovery)")
                      : QStringLiteral("token request: \"%1\" is not an http(s) URL").arg(url)});
        return ticket;
    }
    RequestRun *run = m_http->send(buildTokenRequest(request));
    connect(run, &RequestRun::finished, this, [this, ticket, request, run](const Exchange &ex) {
        run->deleteLater();
        onTokenFinished(ticket, request, ex);
    });
    return ticket;
}

void TokenClient::onTokenFinished(quint64 ticket, const TokenRequest &request, const Exchange &ex)
{
    const QString step = QStringLiteral("token request to ") + request.settings.tokenUrl.trimmed();
    const QStringList secrets = secretsOf(request);
    const Result<QJsonObject> json = jsonAnswer(ex, step, secrets);
    if (!json) {
        emit failed(ticket, json.error());
        return;
    }
    const Result<OAuthToken> token =
        tokenFromJson(json.value(), step, QDateTime::currentDateTimeUtc());
    if (!token) {
        emit failed(ticket, token.error());
        return;
    }
    emit tokenReceived(ticket, token.value());
}

quint64 TokenClient::discover(const QString &issuerOrUrl, int timeoutMs)
{
    const quint64 ticket = m_nextTicket++;
    const QString url = discoveryUrl(issuerOrUrl);
    if (!isHttpUrl(url)) {
        failLater(
            ticket,
            Error{Error::Kind::InvalidRequest,
                  QStringLiteral("discovery: \"%1\" is not an http(s) URL").arg(issuerOrUrl)});
        return ticket;
    }
    Request r;
    r.url = url;
    r.headers.append(
        KeyValue{QStringLiteral("Accept"), QStringLiteral("application/json"), true, {}});
    r.settings.timeoutMs = timeoutMs;
    r.settings.useCookieJar = false;
    RequestRun *run = m_http->send(r);
    connect(run, &RequestRun::finished, this, [this, ticket, url, run](const Exchange &ex) {
        run->deleteLater();
        onDiscoveryFinished(ticket, url, ex);
    });
    return ticket;
}

void TokenClient::onDiscoveryFinished(quint64 ticket, const QString &url, const Exchange &ex)
{
    const QString step = QStringLiteral("discovery at ") + url;
    const Result<QJsonObject> json = jsonAnswer(ex, step, {});
    if (!json) {
        emit failed(ticket, json.error());
        return;
    }
    const QJsonObject &o = json.value();
    OAuthDiscovery d;
    d.issuer = o.value(QLatin1String("issuer")).toString();
    d.authorizationEndpoint = o.value(QLatin1String("authorization_endpoint")).toString();
    d.tokenEndpoint = o.value(QLatin1String("token_endpoint")).toString();
    d.grantTypes = strings(o.value(QLatin1String("grant_types_supported")));
    d.codeChallengeMethods = strings(o.value(QLatin1String("code_challenge_methods_supported")));
    if (!isHttpUrl(d.tokenEndpoint)) {
        emit failed(ticket, Error{Error::Kind::Parse,
                                  step
                                      + QStringLiteral(": the document names no http(s) "
                                                       "token_endpoint")});
        return;
    }
    emit discovered(ticket, d);
}

} // namespace wirescope::oauth
