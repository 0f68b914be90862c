#pragma once

#include "core/model/error.h"
#include "core/model/request.h"
#include "core/oauth/oauthtoken.h"
#include "core/oauth/tokenrequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace wirescope {
class HttpClient;
class RequestRun;
struct Exchange;
} // namespace wirescope

namespace wirescope::oauth {

/// Talks to an OAuth 2.0 token endpoint and to OpenID Connect discovery, through the one
/// HttpClient (no engine of its own). Every call returns a ticket and later emits exactly one
/// of tokenReceived/discovered or failed with that ticket, always after the call returned.
///
/// Errors name the step and the URL ("token request to http://...: the server answered 401
/// invalid_client: ..."). No message ever holds a secret: the client secret, password, code,
/// verifier and tokens are cut out of anything quoted from the server.
class TokenClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)

public:
    explicit TokenClient(HttpClient *http, QObject *parent = nullptr);
    ~TokenClient() override;

    quint64 requestToken(const TokenRequest &request);
    /// Fetches @p url, or @p url + "/.well-known/openid-configuration" when it is an issuer.
    quint64 discover(const QString &url, int timeoutMs = 30000);

    /// The HTTP request a token call sends (form body, client authentication); for tests
    /// and the code view.
    static Request buildTokenRequest(const TokenRequest &request);
    /// The discovery document's URL for an issuer or .well-known URL.
    static QString discoveryUrl(const QString &issuerOrUrl);

signals:
    void tokenReceived(quint64 ticket, const wirescope::oauth::OAuthToken &token);
    void discovered(quint64 ticket, const wirescope::oauth::OAuthDiscovery &discovery);
    void failed(quint64 ticket, const wirescope::Error &error);

private:
    void onTokenFinished(quint64 ticket, const TokenRequest &request, const Exchange &exchange);
    void onDiscoveryFinished(quint64 ticket, const QString &url, const Exchange &exchange);
    void failLater(quint64 ticket, const Error &error);

    HttpClient *m_http; // not owned
    quint64 m_nextTicket = 1;
};

} // namespace wirescope::oauth
