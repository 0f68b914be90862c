#pragma once

#include "core/model/requestsettings.h"

#include "ui/dialogs/dialogshandle.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wirescope {

/// Per-request transport settings: timeouts, redirects, HTTP version, cookies, the size
/// limit, the proxy (system, none, HTTP, SOCKS5 with credentials) and TLS: verification
/// (turning it off is shown in red with a banner; per-error acceptances are listed and can be
/// forgotten), extra CA files, and a client certificate with its key and passphrase.
class RequestSettingsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSettingsEditor)

public:
    explicit RequestSettingsEditor(QWidget *parent = nullptr);
    /// Where its file choosers ask (the window's Dialogs); not owned.
    void setDialogs(Dialogs *dialogs) { m_dialogs.set(dialogs); }

    RequestSettings settings() const;
    void setSettings(const RequestSettings &settings);

    /// Adds a per-request TLS error acceptance (from the response's TLS tab).
    void addIgnoredTlsError(const IgnoredTlsError &error);

signals:
    void changed();

private:
    void updateTlsLabels();
    void updateProxyFields();
    QLineEdit *fileField(QWidget *parent,
                         const QString &name,
                         const QString &accessible,
                         const QString &dialogTitle,
                         bool several,
                         QLayout **row);

    RequestSettings m_settings; ///< the accepted TLS errors live here
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_inactivity = nullptr;
    QCheckBox *m_followRedirects = nullptr;
    QSpinBox *m_maxRedirects = nullptr;
    QComboBox *m_httpVersion = nullptr;
    QCheckBox *m_cookies = nullptr;
    QCheckBox *m_sse = nullptr;
    QSpinBox *m_maxSize = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLabel *m_insecureBanner = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLineEdit *m_proxyUser = nullptr;
    QLineEdit *m_proxyPassword = nullptr;
    QLineEdit *m_caFiles = nullptr;
    QLineEdit *m_clientCert = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QLineEdit *m_clientPassphrase = nullptr;
    QLabel *m_accepted = nullptr;
    QPushButton *m_forget = nullptr;
    DialogsHandle m_dialogs;
};

} // namespace wirescope
