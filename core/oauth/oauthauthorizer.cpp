#include "core/oauth/oauthauthorizer.h"

#include "core/oauth/oauthtokenstore.h"
#include "core/oauth/tokenclient.h"
#include "core/secrets/secretstore.h"
#include "core/vars/resolver.h"

#include <QTimer>

namespace wirescope::oauth {

namespace {

QString resolved(const QString &text, const VariableContext &context, const DynamicVariables &dyn)
{
    return resolveText(text, context, dyn).text;
}

} // namespace

OAuthAuthorizer::OAuthAuthorizer(HttpClient *http, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_secrets(secrets)
    , m_tokens(new TokenClient(http, this))
{
    connect(m_secrets, &SecretStore::readFinished, this, &OAuthAuthorizer::onSecretsRead);
    connect(m_secrets, &SecretStore::writeFinished, this, &OAuthAuthorizer::onSecretsWritten);
    connect(m_secrets, &SecretStore::removeFinished, this, &OAuthAuthorizer::onSecretsRemoved);
    connect(m_tokens, &TokenClient::tokenReceived, this, &OAuthAuthorizer::onTokenReceived);
    connect(m_tokens, &TokenClient::failed, this, &OAuthAuthorizer::onTokenFailed);
}

OAuthAuthorizer::~OAuthAuthorizer() = default;

TokenRequest OAuthAuthorizer::tokenRequestFor(const Auth &auth, const VariableContext &context)
{
    const DynamicVariables dyn = DynamicVariables::system();
    TokenRequest t;
    OAuth2Settings s = auth.oauth2;
    for (QString *field : {&s.discoveryUrl, &s.authUrl, &s.tokenUrl, &s.clientId, &s.clientSecret,
                           &s.scope, &s.audience, &s.resource, &s.redirectUrl, &s.refreshToken}) {
        *field = resolved(*field, context, dyn);
    }
    for (KeyValue &kv : s.extraParams) {
        kv.name = resolved(kv.name, context, dyn);
        kv.value = resolved(kv.value, context, dyn);
    }
    t.settings = s;
    t.grant = s.grant;
    t.username = resolved(auth.username, context, dyn);
    t.password = resolved(auth.password, context, dyn);
    t.refreshToken = s.refreshToken;
    return t;
}

QString OAuthAuthorizer::tokenKeyFor(const Auth &auth, const VariableContext &context)
{
    const TokenRequest t = tokenRequestFor(auth, context);
    return OAuthTokenStore::keyFor(t.settings, t.username);
}

Request OAuthAuthorizer::withToken(Request request, const OAuthToken &token)
{
    request.auth.token = token.accessToken;
    return request;
}

quint64 OAuthAuthorizer::authorize(const Auth &auth, const VariableContext &context)
{
    const quint64 ticket = m_nextTicket++;
    if (auth.kind != AuthKind::OAuth2) {
        QTimer::singleShot(0, this, [this, ticket] {
            emit failed(ticket,
                        Error{Error::Kind::InvalidRequest,
                              QStringLiteral("OAuth 2.0: the request's auth is not OAuth 2.0")});
        });
        return ticket;
    }
    Pending p;
    p.request = tokenRequestFor(auth, context);
    p.key = OAuthTokenStore::keyFor(p.request.settings, p.request.username);
    m_pending.insert(ticket, p);
    m_reads.insert(m_secrets->read({p.key}), ticket);
    return ticket;
}

quint64
OAuthAuthorizer::store(const Auth &auth, const OAuthToken &token, const VariableContext &context)
{
    const quint64 ticket = m_nextTicket++;
    save(ticket, tokenKeyFor(auth, context), token);
    return ticket;
}

quint64 OAuthAuthorizer::clear(const Auth &auth, const VariableContext &context)
{
    const quint64 ticket = m_nextTicket++;
    m_removes.insert(m_secrets->remove({tokenKeyFor(auth, context)}), ticket);
    return ticket;
}

quint64 OAuthAuthorizer::readStored(const Auth &auth, const VariableContext &context)
{
    const quint64 ticket = m_nextTicket++;
    Pending p;
    p.request = tokenRequestFor(auth, context);
    p.key = OAuthTokenStore::keyFor(p.request.settings, p.request.username);
    p.readOnly = true;
    m_pending.insert(ticket, p);
    m_reads.insert(m_secrets->read({p.key}), ticket);
    return ticket;
}

void OAuthAuthorizer::save(quint64 ticket, const QString &key, const OAuthToken &token)
{
    m_written.insert(ticket, token);
    m_saving.insert(ticket, key);
    m_writes.insert(m_secrets->write({{key, QString::fromUtf8(token.toJson())}}), ticket);
}

void OAuthAuthorizer::onSecretsRead(quint64 readTicket, const SecretReadResult &result)
{
    const auto r = m_reads.constFind(readTicket);
    if (r == m_reads.constEnd())
        return;
    const quint64 ticket = *r;
    m_reads.erase(r);
    auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return;
    Pending &p = *it;
    // An unreadable keychain is no stored token: a machine grant still gets a new one.
    if (const auto v = result.values.constFind(p.key); v != result.values.constEnd()) {
        if (const auto token = OAuthToken::fromJson(v->toUtf8()))
            p.stored = *token;
    }
    if (p.readOnly) {
        const OAuthToken token = p.stored;
        m_pending.erase(it);
        emit authorized(ticket, token);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (p.stored.isValid() && !p.stored.isExpired(now)) {
        const OAuthToken token = p.stored;
        m_pending.erase(it);
        emit authorized(ticket, token);
        return;
    }
    const OAuthGrant grant = p.request.settings.grant;
    if (!p.stored.refreshToken.isEmpty()) {
        p.request.refreshToken = p.stored.refreshToken;
        fetch(ticket, p, true);
    } else if (grant == OAuthGrant::RefreshToken) {
        if (p.request.refreshToken.isEmpty()) {
            m_pending.erase(it);
            emit failed(ticket, Error{Error::Kind::InvalidRequest,
                                      QStringLiteral("OAuth 2.0 (refresh token grant): no refresh "
                                                     "token is set")});
            return;
        }
        fetch(ticket, p, true);
    } else if (grant == OAuthGrant::ClientCredentials || grant == OAuthGrant::Password) {
        fetch(ticket, p, false);
    } else {
        const bool expired = p.stored.isValid();
        m_pending.erase(it);
        emit failed(ticket,
                    Error{Error::Kind::InvalidRequest,
                          QStringLiteral("OAuth 2.0 (authorization code): %1, and getting one "
                                         "needs a person at a browser (Auth tab: Get new token). "
                                         "Headless runs need the client credentials, password or "
                                         "refresh token grant")
                              .arg(expired ? QStringLiteral("the stored token expired without a "
                                                            "refresh token")
                                           : QStringLiteral("no token is stored"))});
    }
}

void OAuthAuthorizer::fetch(quint64 ticket, Pending &p, bool refresh)
{
    // The same token on its way (fetched, or being written to the keychain): wait for it.
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        if (it.key() != ticket && it->key == p.key && it->tokenTicket != 0 && it->joined == 0) {
            p.joined = it.key();
            return;
        }
    }
    for (auto it = m_saving.constBegin(); it != m_saving.constEnd(); ++it) {
        if (it.value() == p.key) {
            p.joined = it.key();
            return;
        }
    }
    p.refreshing = refresh;
    TokenRequest request = p.request;
    request.grant = refresh ? OAuthGrant::RefreshToken : p.request.settings.grant;
    p.tokenTicket = m_tokens->requestToken(request);
    Q_UNUSED(ticket)
}

QList<quint64> OAuthAuthorizer::takeFollowers(quint64 leader)
{
    QList<quint64> out;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->joined == leader) {
            out.append(it.key());
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

quint64 OAuthAuthorizer::ticketForToken(quint64 tokenTicket) const
{
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        if (it->tokenTicket == tokenTicket)
            return it.key();
    }
    return 0;
}

void OAuthAuthorizer::onTokenReceived(quint64 tokenTicket, const OAuthToken &received)
{
    const quint64 ticket = ticketForToken(tokenTicket);
    if (ticket == 0)
        return;
    Pending p = m_pending.take(ticket);
    OAuthToken token = received;
    // RFC 6749 section 6: a refresh answer may omit the refresh token; the old one stays valid.
    if (p.refreshing && token.refreshToken.isEmpty())
        token.refreshToken = p.request.refreshToken;
    save(ticket, p.key, token);
}

void OAuthAuthorizer::onTokenFailed(quint64 tokenTicket, const Error &error)
{
    const quint64 ticket = ticketForToken(tokenTicket);
    if (ticket == 0)
        return;
    Pending &p = m_pending[ticket];
    const OAuthGrant grant = p.request.settings.grant;
    // A refused refresh of a machine grant: ask for a new token instead.
    if (p.refreshing && (grant == OAuthGrant::ClientCredentials || grant == OAuthGrant::Password)) {
        fetch(ticket, p, false);
        return;
    }
    m_pending.remove(ticket);
    const QList<quint64> followers = takeFollowers(ticket);
    emit failed(ticket, error);
    for (const quint64 follower : followers)
        emit failed(follower, error);
}

void OAuthAuthorizer::onSecretsWritten(quint64 writeTicket, const SecretWriteResult &)
{
    const auto w = m_writes.constFind(writeTicket);
    if (w == m_writes.constEnd())
        return;
    const quint64 ticket = *w;
    m_writes.erase(w);
    // Without a keychain the store keeps the token for this session only (SecretStore says
    // so in its availability); the token still serves this request.
    const OAuthToken token = m_written.take(ticket);
    m_saving.remove(ticket);
    const QList<quint64> followers = takeFollowers(ticket);
    emit authorized(ticket, token);
    for (const quint64 follower : followers)
        emit authorized(follower, token);
}

void OAuthAuthorizer::onSecretsRemoved(quint64 writeTicket, const SecretWriteResult &)
{
    const auto w = m_removes.constFind(writeTicket);
    if (w == m_removes.constEnd())
        return;
    const quint64 ticket = *w;
    m_removes.erase(w);
    emit authorized(ticket, OAuthToken{});
}

} // namespace wirescope::oauth
