#include "core/http/authapplier.h"

#include "core/http/awssigv4auth.h"
#include "core/http/hawkauth.h"
#include "core/http/jwtauth.h"
#include "core/http/oauth1auth.h"
#include "core/http/requestbuilder.h"

#include <QUrl>

namespace wirescope {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, message};
}

QString basicValue(const Auth &auth)
{
    return QStringLiteral("Basic ")
           + QString::fromLatin1((auth.username + u':' + auth.password).toUtf8().toBase64());
}

Result<void> apiKey(const Auth &auth, AuthParts &parts)
{
    if (auth.apiKeyName.isEmpty())
        return {};
    if (auth.apiKeyLocation == ApiKeyLocation::Query) {
        parts.query.append(KeyValue{QString::fromLatin1(QUrl::toPercentEncoding(auth.apiKeyName)),
                                    QString::fromLatin1(QUrl::toPercentEncoding(auth.apiKeyValue)),
                                    true,
                                    {}});
        return {};
    }
    if (!isValidHeaderName(auth.apiKeyName))
        return invalid(QStringLiteral("API key header name \"%1\" is not a valid header name")
                           .arg(auth.apiKeyName));
    parts.headers.append(KeyValue{auth.apiKeyName, auth.apiKeyValue, true, {}});
    return {};
}

Result<void> oauth2(const Auth &auth, AuthUse use, AuthParts &parts)
{
    QString token = auth.token;
    if (token.isEmpty()) {
        switch (use) {
        case AuthUse::Http:
            // The access token is put in auth.token for one send by OAuthAuthorizer (core/oauth);
            // sending without one would silently go out unauthenticated.
            return invalid(QStringLiteral("OAuth 2.0: no access token for this request (the token "
                                          "service gets one before the send: the window and "
                                          "wirescope-cli run do), nothing was sent"));
        case AuthUse::WebSocket:
            return invalid(QStringLiteral("OAuth 2.0: no access token yet; get a token first"));
        case AuthUse::Code:
            // Generated code never holds a real token: it reads one from a variable the user sets.
            token = QStringLiteral("{{oauth2_access_token}}");
            break;
        }
    }
    parts.headers.append(
        KeyValue{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token, true, {}});
    return {};
}

} // namespace

Result<AuthParts> authParts(const Auth &auth, AuthUse use)
{
    AuthParts parts;
    Result<void> applied;
    switch (auth.kind) {
    case AuthKind::None:
    case AuthKind::Inherit:
        break;
    case AuthKind::Basic:
        parts.basic = true;
        parts.username = auth.username;
        parts.password = auth.password;
        parts.headers.append(KeyValue{QStringLiteral("Authorization"), basicValue(auth), true, {}});
        break;
    case AuthKind::Digest:
        if (use == AuthUse::WebSocket)
            return invalid(
                QStringLiteral("Digest authentication is not available for WebSocket handshakes"));
        parts.digest = true;
        parts.username = auth.username;
        parts.password = auth.password;
        break;
    case AuthKind::Bearer:
        parts.headers.append(KeyValue{
            QStringLiteral("Authorization"), QStringLiteral("Bearer ") + auth.token, true, {}});
        break;
    case AuthKind::ApiKey:
        applied = apiKey(auth, parts);
        break;
    case AuthKind::OAuth2:
        applied = oauth2(auth, use, parts);
        break;
    case AuthKind::Jwt:
        applied = jwtAuthParts(auth.jwt, use, parts);
        break;
    case AuthKind::AwsSigV4:
        applied = awsSigV4AuthParts(auth.aws, use, parts);
        break;
    case AuthKind::OAuth1:
        applied = oauth1AuthParts(auth.oauth1, use, parts);
        break;
    case AuthKind::Hawk:
        applied = hawkAuthParts(auth.hawk, use, parts);
        break;
    }
    if (!applied)
        return applied.error();
    return parts;
}

} // namespace wirescope
