#pragma once

#include "core/model/auth.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace wirescope {

/// The OAuth 1.0 page of the Auth tab: the signature method, the consumer's and the token's
/// keys and secrets (or an RSA private key), where the parameters go, and the advanced fields
/// (callback, verifier, realm, nonce, timestamp, version, body hash).
class OAuth1Editor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuth1Editor)

public:
    explicit OAuth1Editor(QWidget *parent = nullptr);

    OAuth1Settings settings() const;
    void setSettings(const OAuth1Settings &settings);

signals:
    void changed();

private:
    void updateFields();

    QComboBox *m_method = nullptr;
    QLineEdit *m_consumerKey = nullptr;
    QLineEdit *m_consumerSecret = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_tokenSecret = nullptr;
    QPlainTextEdit *m_privateKey = nullptr;
    QComboBox *m_addTo = nullptr;
    QLineEdit *m_callback = nullptr;
    QLineEdit *m_verifier = nullptr;
    QLineEdit *m_realm = nullptr;
    QLineEdit *m_nonce = nullptr;
    QLineEdit *m_timestamp = nullptr;
    QLineEdit *m_version = nullptr;
    QCheckBox *m_bodyHash = nullptr;
};

} // namespace wirescope
