#pragma once

#include "core/model/auth.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace wirescope {

/// The JWT bearer page of the Auth tab: the algorithm, the secret or PEM private key, the
/// claims (JSON) and extra header fields, and where the signed token goes.
class JwtEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JwtEditor)

public:
    explicit JwtEditor(QWidget *parent = nullptr);

    JwtSettings settings() const;
    void setSettings(const JwtSettings &settings);

signals:
    void changed();

private:
    void updateFields();

    QComboBox *m_algorithm = nullptr;
    QPlainTextEdit *m_key = nullptr;
    QCheckBox *m_keyBase64 = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QLineEdit *m_header = nullptr;
    QComboBox *m_addTo = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_queryParam = nullptr;
};

} // namespace wirescope
