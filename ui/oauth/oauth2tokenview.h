#pragma once

#include "core/oauth/oauthtoken.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace wirescope {

/// What the keychain holds for an OAuth 2.0 auth: token type, scope, when it was obtained and
/// when it expires (with the time left, or "expired"), whether a refresh and an id token
/// exist, the access token partly masked (Show / Copy), and the decoded JWT header and payload
/// of the access and id token, marked "signature not verified". The token stays in memory
/// only: this view never writes it anywhere.
class OAuth2TokenView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuth2TokenView)

public:
    explicit OAuth2TokenView(QWidget *parent = nullptr);

    /// Shows @p token; an invalid (empty) token reads "No token stored".
    void setToken(const oauth::OAuthToken &token);
    const oauth::OAuthToken &token() const { return m_token; }

    /// "eyJhbGci…Qssw5c" for a long token: enough to tell tokens apart, not enough to use one.
    static QString masked(const QString &token);
    /// "expired", or the time left ("59 min 58 s", "2 h 5 min").
    static QString timeLeft(const QDateTime &expiresAt, const QDateTime &now);
    /// The decoded header and payload of @p token as indented JSON, or why it cannot be read.
    static QString claimsText(const QString &token);

private:
    void updateExpiry();
    void updateAccessToken();

    oauth::OAuthToken m_token;
    bool m_revealed = false;
    QLabel *m_empty = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_obtained = nullptr;
    QLabel *m_expires = nullptr;
    QLabel *m_refresh = nullptr;
    QLabel *m_idToken = nullptr;
    QLabel *m_access = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_copy = nullptr;
    QPlainTextEdit *m_accessClaims = nullptr;
    QPlainTextEdit *m_idClaims = nullptr;
    QLabel *m_idClaimsLabel = nullptr;
    QTimer *m_tick = nullptr; // child: the time left, once a second while shown
};

} // namespace wirescope
