#pragma once

#include "core/model/error.h"
#include "core/oauth/oauthtoken.h"
#include "core/oauth/tokenrequest.h"

#include <QObject>
#include <QUrl>

namespace wirescope::oauth {

class LoopbackRedirectListener;
class TokenClient;

/// The authorization code grant (RFC 6749 section 4.1) with PKCE S256 (RFC 7636) for a
/// native app (RFC 8252): start() listens on a loopback redirect URI and emits
/// authorizationUrlReady with the URL a person must open in a browser (the UI opens it with
/// QDesktopServices; core never does); the provider redirects back with code and state; the
/// code is exchanged at the token endpoint with the code verifier.
///
/// Emits exactly one of finished or failed per start().
class AuthorizationCodeFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationCodeFlow)

public:
    explicit AuthorizationCodeFlow(TokenClient *tokens, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    /// @p request carries the resolved settings (authUrl, tokenUrl, client, scope, redirect
    /// URL, PKCE on/off) and the timeout of the token call; @p browserTimeoutMs bounds the
    /// wait for the redirect.
    void start(const TokenRequest &request, int browserTimeoutMs = 300000);
    void cancel();

    /// The redirect URI in use (valid after authorizationUrlReady).
    QUrl redirectUri() const { return m_redirectUri; }

    /// The authorization URL for @p settings with @p redirectUri, @p state and (when not empty)
    /// @p codeChallenge; public so that tests can check it with _data tables.
    static QUrl authorizationUrl(const OAuth2Settings &settings,
                                 const QUrl &redirectUri,
                                 const QString &state,
                                 const QString &codeChallenge);

signals:
    void authorizationUrlReady(const QUrl &url);
    void finished(const wirescope::oauth::OAuthToken &token);
    void failed(const wirescope::Error &error);

private:
    void onListenerCodeReceived(const QString &code);
    void onListenerFailed(const Error &error);
    void onTokenReceived(quint64 ticket, const OAuthToken &token);
    void onTokenFailed(quint64 ticket, const Error &error);

    TokenClient *m_tokens;                // not owned
    LoopbackRedirectListener *m_listener; // child
    TokenRequest m_request;
    QString m_verifier;
    QUrl m_redirectUri;
    quint64 m_ticket = 0;
};

} // namespace wirescope::oauth
