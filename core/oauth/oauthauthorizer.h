#pragma once

#include "core/model/auth.h"
#include "core/model/error.h"
#include "core/model/request.h"
#include "core/oauth/oauthtoken.h"
#include "core/oauth/tokenrequest.h"
#include "core/vars/variablecontext.h"

#include <QHash>
#include <QObject>

namespace wirescope {
class HttpClient;
class SecretStore;
struct SecretReadResult;
struct SecretWriteResult;
} // namespace wirescope

namespace wirescope::oauth {

class TokenClient;

/// Makes sure an OAuth2 auth has a usable access token before a request leaves: the token
/// from the keychain while it is valid; a refresh (refresh_token grant) when it expired and a
/// refresh token exists; a new token for the client credentials and password grants. The
/// authorization code grant needs a person at a browser (AuthorizationCodeFlow): without a
/// stored token it fails with a message saying so, which is what CI sees.
///
/// Every call returns a ticket and emits exactly one of authorized or failed with it. Calls
/// that need a new token for the same token identity while one is being fetched share that
/// fetch (two parallel sends make one token request).
class OAuthAuthorizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthAuthorizer)

public:
    OAuthAuthorizer(HttpClient *http, SecretStore *secrets, QObject *parent = nullptr);
    ~OAuthAuthorizer() override;

    /// @p auth is the effective auth (inheritance already applied) of kind OAuth2.
    quint64 authorize(const Auth &auth, const VariableContext &context = {});
    /// Stores @p token (from the browser flow) for @p auth; emits authorized when written.
    quint64 store(const Auth &auth, const OAuthToken &token, const VariableContext &context = {});
    /// Forgets the stored token of @p auth; emits authorized with an empty token when done.
    quint64 clear(const Auth &auth, const VariableContext &context = {});
    /// Reads the stored token of @p auth without getting or refreshing one (for a token view):
    /// emits authorized with it, expired or not, or with an empty token when none is stored.
    quint64 readStored(const Auth &auth, const VariableContext &context = {});

    TokenClient *tokenClient() const { return m_tokens; } // child

    /// The token call for @p auth with every {{variable}} resolved from @p context.
    static TokenRequest tokenRequestFor(const Auth &auth, const VariableContext &context);
    /// The keychain key of @p auth's token.
    static QString tokenKeyFor(const Auth &auth, const VariableContext &context);
    /// @p request to send with @p token (Authorization: Bearer).
    static Request withToken(Request request, const OAuthToken &token);

signals:
    void authorized(quint64 ticket, const wirescope::oauth::OAuthToken &token);
    void failed(quint64 ticket, const wirescope::Error &error);

private:
    struct Pending
    {
        TokenRequest request;
        QString key;
        OAuthToken stored; ///< what the keychain held (may be empty)
        bool refreshing = false;
        bool readOnly = false; ///< readStored(): report what is stored, fetch nothing
        quint64 joined = 0;    ///< waits for the fetch of this other ticket (same key)
        quint64 tokenTicket = 0;
    };

    void onSecretsRead(quint64 readTicket, const SecretReadResult &result);
    void onSecretsWritten(quint64 writeTicket, const SecretWriteResult &result);
    void onSecretsRemoved(quint64 writeTicket, const SecretWriteResult &result);
    void onTokenReceived(quint64 tokenTicket, const OAuthToken &token);
    void onTokenFailed(quint64 tokenTicket, const Error &error);
    void fetch(quint64 ticket, Pending &p, bool refresh);
    void save(quint64 ticket, const QString &key, const OAuthToken &token);
    quint64 ticketForToken(quint64 tokenTicket) const;
    QList<quint64> takeFollowers(quint64 leader);

    HttpClient *m_http;                   // not owned
    SecretStore *m_secrets;               // not owned
    TokenClient *m_tokens;                // child
    QHash<quint64, Pending> m_pending;    ///< ticket -> state
    QHash<quint64, quint64> m_reads;      ///< keychain read ticket -> ticket
    QHash<quint64, quint64> m_writes;     ///< keychain write ticket -> ticket
    QHash<quint64, OAuthToken> m_written; ///< ticket -> token being written
    QHash<quint64, quint64> m_removes;    ///< keychain remove ticket -> ticket
    QHash<quint64, QString> m_saving;     ///< ticket whose token is being written -> its key
    quint64 m_nextTicket = 1;
};

} // namespace wirescope::oauth
