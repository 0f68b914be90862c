#include "core/oauth/authorizationcodeflow.h"

#include "core/oauth/loopbackredirectlistener.h"
#include "core/oauth/pkce.h"
#include "core/oauth/tokenclient.h"

#include <QTimer>
#include <QUrlQuery>

namespace wirescope::oauth {

AuthorizationCodeFlow::AuthorizationCodeFlow(TokenClient *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_listener(new LoopbackRedirectListener(this))
{
    connect(m_listener, &LoopbackRedirectListener::codeReceived, this,
            &AuthorizationCodeFlow::onListenerCodeReceived);
    connect(m_listener, &LoopbackRedirectListener::failed, this,
            &AuthorizationCodeFlow::onListenerFailed);
    connect(m_tokens, &TokenClient::tokenReceived, this, &AuthorizationCodeFlow::onTokenReceived);
    connect(m_tokens, &TokenClient::failed, this, &AuthorizationCodeFlow::onTokenFailed);
}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

QUrl AuthorizationCodeFlow::authorizationUrl(const OAuth2Settings &s,
                                             const QUrl &redirectUri,
                                             const QString &state,
                                             const QString &codeChallenge)
{
    QUrl url(s.authUrl.trimmed());
    QUrlQuery query(url);
    const auto add = [&query](const QString &name, const QString &value) {
        // QUrlQuery leaves '+' and '&' in values alone unless they are encoded first.
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), s.clientId);
    add(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    if (!s.scope.isEmpty())
        add(QStringLiteral("scope"), s.scope);
    add(QStringLiteral("state"), state);
    if (!codeChallenge.isEmpty()) {
        add(QStringLiteral("code_challenge"), codeChallenge);
        add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    if (!s.audience.isEmpty())
        add(QStringLiteral("audience"), s.audience);
    if (!s.resource.isEmpty())
        add(QStringLiteral("resource"), s.resource);
    for (const KeyValue &kv : s.extraParams) {
        if (kv.enabled && !kv.name.isEmpty())
            add(kv.name, kv.value);
    }
    url.setQuery(query);
    return url;
}

void AuthorizationCodeFlow::start(const TokenRequest &request, int browserTimeoutMs)
{
    cancel();
    m_request = request;
    m_request.grant = OAuthGrant::AuthorizationCode;
    const QUrl authUrl(request.settings.authUrl.trimmed(), QUrl::StrictMode);
    if (!authUrl.isValid() || authUrl.host().isEmpty()
        || (authUrl.scheme() != QLatin1String("https")
            && authUrl.scheme() != QLatin1String("http"))) {
        const Error e{Error::Kind::InvalidRequest,
                      request.settings.authUrl.trimmed().isEmpty()
                          ? QStringLiteral("authorization: no authorization URL is set (enter it, "
                                           "or fill it by discovery)")
                          : QStringLiteral("authorization: \"%1\" is not an http(s) URL")
                                .arg(request.settings.authUrl)};
        QTimer::singleShot(0, this, [this, e] { emit failed(e); });
        return;
    }
    const QString state = QString::fromLatin1(Pkce::newState());
    const Result<QUrl> redirect =
        m_listener->listen(request.settings.redirectUrl, state, browserTimeoutMs);
    if (!redirect) {
        const Error e = redirect.error();
        QTimer::singleShot(0, this, [this, e] { emit failed(e); });
        return;
    }
    m_redirectUri = redirect.value();
    m_verifier = request.settings.pkce ? QString::fromLatin1(Pkce::newVerifier()) : QString();
    const QString challenge = m_verifier.isEmpty()
                                  ? QString()
                                  : QString::fromLatin1(Pkce::s256Challenge(m_verifier.toLatin1()));
    emit authorizationUrlReady(authorizationUrl(request.settings, m_redirectUri, state, challenge));
}

void AuthorizationCodeFlow::cancel()
{
    m_listener->close();
    m_ticket = 0;
    m_verifier.clear();
}

void AuthorizationCodeFlow::onListenerCodeReceived(const QString &code)
{
    m_request.code = code;
    m_request.codeVerifier = m_verifier;
    m_request.redirectUri = m_redirectUri.toString(QUrl::FullyEncoded);
    m_ticket = m_tokens->requestToken(m_request);
}

void AuthorizationCodeFlow::onListenerFailed(const Error &error)
{
    emit failed(error);
}

void AuthorizationCodeFlow::onTokenReceived(quint64 ticket, const OAuthToken &token)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    m_verifier.clear();
    m_request.code.clear();
    emit finished(token);
}

void AuthorizationCodeFlow::onTokenFailed(quint64 ticket, const Error &error)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    emit failed(error);
}

} // namespace wirescope::oauth
