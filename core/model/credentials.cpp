#include "core/model/credentials.h"

#include "core/model/auth.h"
#include "core/model/request.h"
#include "core/model/requestsettings.h"
#include "core/model/websocketrequest.h"

namespace wirescope::credentials {

bool isLiteral(const QString &value)
{
    return !value.isEmpty() && !value.contains(QLatin1String("{{"));
}

void forEachField(Auth &auth, const FieldVisitor &visit)
{
    const bool oauth2 = auth.kind == AuthKind::OAuth2;
    const bool password = auth.kind == AuthKind::Basic || auth.kind == AuthKind::Digest
                          || (oauth2 && auth.oauth2.grant == OAuthGrant::Password);
    visit(QStringLiteral("auth.password"), auth.password, password);
    // For OAuth2, auth.token carries the access token of one send: it is never saved at all
    // (the token store keeps tokens), so it is no credential field of the model.
    if (!oauth2)
        visit(QStringLiteral("auth.token"), auth.token, auth.kind == AuthKind::Bearer);
    visit(QStringLiteral("auth.apiKeyValue"), auth.apiKeyValue, auth.kind == AuthKind::ApiKey);
    visit(QStringLiteral("auth.oauth2.clientSecret"), auth.oauth2.clientSecret, oauth2);
    visit(QStringLiteral("auth.oauth2.refreshToken"), auth.oauth2.refreshToken,
          oauth2 && auth.oauth2.grant == OAuthGrant::RefreshToken);
    visit(QStringLiteral("auth.jwt.key"), auth.jwt.key, auth.kind == AuthKind::Jwt);
    const bool aws = auth.kind == AuthKind::AwsSigV4;
    visit(QStringLiteral("auth.aws.secretKey"), auth.aws.secretKey, aws);
    visit(QStringLiteral("auth.aws.sessionToken"), auth.aws.sessionToken, aws);
    const bool oauth1 = auth.kind == AuthKind::OAuth1;
    visit(QStringLiteral("auth.oauth1.consumerSecret"), auth.oauth1.consumerSecret, oauth1);
    visit(QStringLiteral("auth.oauth1.tokenSecret"), auth.oauth1.tokenSecret, oauth1);
    visit(QStringLiteral("auth.oauth1.privateKey"), auth.oauth1.privateKey, oauth1);
    visit(QStringLiteral("auth.hawk.key"), auth.hawk.key, auth.kind == AuthKind::Hawk);
}

void forEachField(ProxySettings &proxy, const FieldVisitor &visit)
{
    const bool manual = proxy.mode == ProxyMode::Http || proxy.mode == ProxyMode::Socks5;
    visit(QStringLiteral("settings.proxy.password"), proxy.password,
          manual && !proxy.username.isEmpty());
}

void forEachField(TlsSettings &tls, const FieldVisitor &visit)
{
    visit(QStringLiteral("settings.tls.clientKeyPassphrase"), tls.clientKeyPassphrase,
          !tls.clientCertificateFile.isEmpty() || !tls.clientKeyFile.isEmpty());
}

void forEachField(Request &request, const FieldVisitor &visit)
{
    forEachField(request.auth, visit);
    forEachField(request.settings.proxy, visit);
    forEachField(request.settings.tls, visit);
}

void forEachField(WebSocketRequest &request, const FieldVisitor &visit)
{
    forEachField(request.auth, visit);
    forEachField(request.settings.proxy, visit);
    forEachField(request.settings.tls, visit);
}

} // namespace wirescope::credentials
