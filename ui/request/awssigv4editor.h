#pragma once

#include "core/model/auth.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace wirescope {

/// The AWS Signature v4 page of the Auth tab: the access key, the secret key and session token
/// (hidden as a password is), the region and service, where the signature goes (headers or a
/// presigned URL) and whether the body is signed.
class AwsSigV4Editor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsSigV4Editor)

public:
    explicit AwsSigV4Editor(QWidget *parent = nullptr);

    AwsSigV4Settings settings() const;
    void setSettings(const AwsSigV4Settings &settings);

signals:
    void changed();

private:
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLineEdit *m_sessionToken = nullptr;
    QCheckBox *m_showSecrets = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_service = nullptr;
    QComboBox *m_addTo = nullptr;
    QCheckBox *m_unsignedPayload = nullptr;
};

} // namespace wirescope
