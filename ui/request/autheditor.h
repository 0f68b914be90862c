#pragma once

#include "core/model/auth.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace wirescope {

class AwsSigV4Editor;
class HawkEditor;
class JwtEditor;
class OAuth1Editor;
class OAuth2Editor;
class VariableContext;

namespace oauth {
class OAuthAuthorizer;
}

/// Request authentication: none, Basic, Bearer token, API key (header or query), Digest,
/// OAuth 2.0 (its own page, ui/oauth/oauth2editor.h), JWT bearer (ui/request/jwteditor.h), AWS
/// Signature v4 (ui/request/awssigv4editor.h), OAuth 1.0a
/// (ui/request/oauth1editor.h), Hawk (ui/request/hawkeditor.h).
class AuthEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthEditor)

public:
    explicit AuthEditor(QWidget *parent = nullptr);

    Auth auth() const;
    void setAuth(const Auth &auth);

    /// The token service of the OAuth 2.0 page (Get new token, Clear, Discover) and the
    /// variables its fields resolve against; without one the page edits settings only.
    void setOAuthServices(oauth::OAuthAuthorizer *authorizer, const VariableContext *context);
    OAuth2Editor *oauth2Editor() const { return m_oauth2; } // child

signals:
    void changed();

private:
    void showKind(AuthKind kind);

    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_showPassword = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_keyName = nullptr;
    QLineEdit *m_keyValue = nullptr;
    QComboBox *m_keyLocation = nullptr;
    QLabel *m_keychainNote = nullptr; ///< where typed credentials are saved (kinds that have one)
    OAuth2Editor *m_oauth2 = nullptr;
    JwtEditor *m_jwt = nullptr;
    AwsSigV4Editor *m_aws = nullptr;
    OAuth1Editor *m_oauth1 = nullptr;
    HawkEditor *m_hawk = nullptr;
};

} // namespace wirescope
