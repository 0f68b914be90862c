#pragma once

#include "core/model/auth.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace wirescope {

/// The Hawk page of the Auth tab: the Hawk ID and key, the algorithm, ext, app and dlg, whether
/// the payload is signed, and fixed nonce and timestamp for reproducible requests.
class HawkEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HawkEditor)

public:
    explicit HawkEditor(QWidget *parent = nullptr);

    HawkSettings settings() const;
    void setSettings(const HawkSettings &settings);

signals:
    void changed();

private:
    QLineEdit *m_id = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_algorithm = nullptr;
    QLineEdit *m_ext = nullptr;
    QLineEdit *m_app = nullptr;
    QLineEdit *m_dlg = nullptr;
    QLineEdit *m_nonce = nullptr;
    QLineEdit *m_timestamp = nullptr;
    QCheckBox *m_payloadHash = nullptr;
};

} // namespace wirescope
