#pragma once

#include "core/model/auth.h"
#include "core/model/error.h"
#include "core/oauth/tokenrequest.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace wirescope {

class KeyValueTable;
class OAuth2TokenPanel;
class VariableContext;

namespace oauth {
class OAuthAuthorizer;
}

/// The OAuth 2.0 page of the Auth tab: grant, OpenID Connect discovery, endpoints, client,
/// scope, audience, resource, the password grant's user, PKCE, client authentication, extra
/// parameters and the redirect URL to register; below them the token panel (Get new token,
/// Clear, the stored token). Rows a grant does not use are hidden.
class OAuth2Editor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuth2Editor)

public:
    explicit OAuth2Editor(QWidget *parent = nullptr);

    /// Shows @p auth's OAuth 2.0 settings and its user name and password (password grant).
    void setAuth(const Auth &auth);
    /// Writes the fields into @p auth (oauth2, username, password); the kind is left alone.
    void fillAuth(Auth &auth) const;

    void setServices(oauth::OAuthAuthorizer *authorizer, const VariableContext *context);
    OAuth2TokenPanel *tokenPanel() const { return m_panel; } // child

    /// Fetches the discovery document of the issuer field and fills the URLs.
    void discover();
    /// What Copy puts on the clipboard: the redirect URL to register with the provider.
    QString redirectUrlToRegister() const;

signals:
    void changed();

private:
    void showGrant(OAuthGrant grant);
    void onDiscovered(quint64 ticket, const oauth::OAuthDiscovery &discovery);
    void onDiscoveryFailed(quint64 ticket, const Error &error);
    void onEdited();
    void updateRedirectNote();
    Auth currentAuth() const;

    oauth::OAuthAuthorizer *m_authorizer = nullptr; // not owned
    const VariableContext *m_context = nullptr;     // not owned, may be null
    quint64 m_discoveryTicket = 0;
    QUrl m_lastRedirect; ///< the loopback URI the last sign-in listened on

    QFormLayout *m_form = nullptr;
    QComboBox *m_grant = nullptr;
    QLineEdit *m_discovery = nullptr;
    QPushButton *m_discover = nullptr;
    QLabel *m_discoveryStatus = nullptr;
    QLineEdit *m_authUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_audience = nullptr;
    QLineEdit *m_resource = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_refreshToken = nullptr;
    QCheckBox *m_pkce = nullptr;
    QComboBox *m_clientAuth = nullptr;
    QLineEdit *m_redirect = nullptr;
    int m_redirectRow = -1;
    QLabel *m_redirectNote = nullptr;
    QPushButton *m_copyRedirect = nullptr;
    KeyValueTable *m_extra = nullptr;
    OAuth2TokenPanel *m_panel = nullptr;
    QTimer *m_reload = nullptr; // child: re-reads the stored token after edits settle
};

} // namespace wirescope
