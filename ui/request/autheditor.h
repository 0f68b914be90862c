#pragma once

#include "core/model/auth.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace wirescope {

/// Request authentication: none, Basic, Bearer token, API key (header or query), Digest.
class AuthEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthEditor)

public:
    explicit AuthEditor(QWidget *parent = nullptr);

    Auth auth() const;
    void setAuth(const Auth &auth);

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
    /// An OAuth 2.0 auth's settings, kept unchanged: this editor has no OAuth 2.0 fields yet.
    OAuth2Settings m_oauth2;
};

} // namespace wirescope
