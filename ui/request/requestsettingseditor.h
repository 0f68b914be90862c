#pragma once

#include "core/model/requestsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace wirescope {

/// Per-request transport settings: timeouts, redirects, HTTP version, cookies, the size
/// limit and TLS verification (turning it off is shown in red; per-error acceptances are
/// listed and can be forgotten).
class RequestSettingsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSettingsEditor)

public:
    explicit RequestSettingsEditor(QWidget *parent = nullptr);

    RequestSettings settings() const;
    void setSettings(const RequestSettings &settings);

    /// Adds a per-request TLS error acceptance (from the response's TLS tab).
    void addIgnoredTlsError(const IgnoredTlsError &error);

signals:
    void changed();

private:
    void updateTlsLabels();

    RequestSettings m_settings; ///< fields not shown here (proxy, certificates) are kept
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_inactivity = nullptr;
    QCheckBox *m_followRedirects = nullptr;
    QSpinBox *m_maxRedirects = nullptr;
    QComboBox *m_httpVersion = nullptr;
    QCheckBox *m_cookies = nullptr;
    QSpinBox *m_maxSize = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLabel *m_accepted = nullptr;
    QPushButton *m_forget = nullptr;
};

} // namespace wirescope
