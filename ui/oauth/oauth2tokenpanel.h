#pragma once

#include "core/model/auth.h"
#include "core/model/error.h"
#include "core/oauth/oauthtoken.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace wirescope {

class MessageBanner;
class OAuth2TokenView;
class VariableContext;

namespace oauth {
class AuthorizationCodeFlow;
class OAuthAuthorizer;
} // namespace oauth

/// "Get new token" and "Clear" for an OAuth 2.0 auth, and the token the keychain holds for it.
/// Getting a token runs the grant now (a stored token is replaced): the client credentials,
/// password and refresh token grants call the token endpoint; the authorization code grant
/// listens on a loopback redirect and hands the authorization URL to the browser opener
/// (QDesktopServices by default; a test follows the URL itself). The new token is stored
/// through OAuthAuthorizer in the keychain, never anywhere else. Progress shows under the
/// buttons, a failure in a banner with the core's message (which names the step).
class OAuth2TokenPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuth2TokenPanel)

public:
    /// Opens @p url in a browser; false when it could not.
    using BrowserOpener = std::function<bool(const QUrl &url)>;

    explicit OAuth2TokenPanel(QWidget *parent = nullptr);
    ~OAuth2TokenPanel() override;

    /// Without an authorizer the buttons are off and a line says the window has no token service.
    void setServices(oauth::OAuthAuthorizer *authorizer, const VariableContext *context);
    /// Where the current settings come from (the editor's fields).
    void setAuthSource(std::function<Auth()> source) { m_source = std::move(source); }
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }

    void getNewToken();
    void clearToken();
    void cancel();
    /// Reads the keychain's token for the current settings into the view.
    void reloadStored();

    bool isBusy() const { return m_busy; }
    OAuth2TokenView *tokenView() const { return m_view; } // child
    QString status() const;
    QString errorMessage() const;

signals:
    /// The authorization code grant listens on @p uri (the redirect the provider must allow).
    void redirectUriUsed(const QUrl &uri);
    /// A Get new token or Clear ended (the view shows the outcome).
    void tokenChanged();

private:
    void onAuthorized(quint64 ticket, const oauth::OAuthToken &token);
    void onAuthorizerFailed(quint64 ticket, const Error &error);
    void onTokenReceived(quint64 ticket, const oauth::OAuthToken &token);
    void onTokenFailed(quint64 ticket, const Error &error);
    void startCodeFlow(const Auth &auth);
    void store(const Auth &auth, const oauth::OAuthToken &token);
    void fail(const QString &step, const Error &error);
    void setBusy(bool busy, const QString &status = {});
    VariableContext context() const;

    oauth::OAuthAuthorizer *m_authorizer = nullptr; // not owned
    const VariableContext *m_context = nullptr;     // not owned, may be null
    std::function<Auth()> m_source;
    BrowserOpener m_opener;
    QPointer<oauth::AuthorizationCodeFlow> m_flow; // child while a sign-in runs
    Auth m_flowAuth;           ///< the settings the running grant was started with
    quint64 m_readTicket = 0;  ///< reloadStored()
    quint64 m_storeTicket = 0; ///< store() / clearToken()
    quint64 m_fetchTicket = 0; ///< TokenClient call of a machine grant
    bool m_busy = false;

    QPushButton *m_get = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_status = nullptr;
    MessageBanner *m_error = nullptr;
    OAuth2TokenView *m_view = nullptr;
};

} // namespace wirescope
