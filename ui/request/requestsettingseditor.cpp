#include "ui/request/requestsettingseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace wirescope {

namespace {

QSpinBox *spin(QWidget *parent,
               const QString &name,
               const QString &accessible,
               int max,
               const QString &suffix,
               const QString &zeroText)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setSpecialValueText(zeroText);
    box->setMinimumWidth(box->fontMetrics().averageCharWidth() * 16);
    return box;
}

} // namespace

RequestSettingsEditor::RequestSettingsEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestSettingsEditor"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_timeout = spin(this, QStringLiteral("timeoutSpin"), tr("Total timeout in milliseconds"),
                     24 * 3600 * 1000, tr(" ms"), tr("No limit"));
    m_inactivity =
        spin(this, QStringLiteral("inactivityTimeoutSpin"),
             tr("Inactivity timeout in milliseconds"), 24 * 3600 * 1000, tr(" ms"), tr("No limit"));
    form->addRow(tr("Total timeout:"), m_timeout);
    form->addRow(tr("Inactivity timeout:"), m_inactivity);

    auto *redirects = new QHBoxLayout;
    m_followRedirects = new QCheckBox(tr("Follow redirects, at most"), this);
    m_followRedirects->setObjectName(QStringLiteral("followRedirectsCheck"));
    m_maxRedirects =
        spin(this, QStringLiteral("maxRedirectsSpin"), tr("Maximum redirects"), 100, {}, {});
    redirects->addWidget(m_followRedirects);
    redirects->addWidget(m_maxRedirects);
    redirects->addStretch(1);
    form->addRow(tr("Redirects:"), redirects);

    m_httpVersion = new QComboBox(this);
    m_httpVersion->setObjectName(QStringLiteral("httpVersionCombo"));
    m_httpVersion->setAccessibleName(tr("HTTP version"));
    m_httpVersion->addItem(tr("Automatic (HTTP/2 when the server offers it over TLS)"),
                           int(HttpVersionPolicy::Auto));
    m_httpVersion->addItem(tr("HTTP/1.1 only"), int(HttpVersionPolicy::Http1Only));
    m_httpVersion->addItem(tr("HTTP/2 with prior knowledge (h2c)"),
                           int(HttpVersionPolicy::Http2PriorKnowledge));
    form->addRow(tr("HTTP version:"), m_httpVersion);

    m_cookies = new QCheckBox(tr("Send and store cookies (workspace cookie jar)"), this);
    m_cookies->setObjectName(QStringLiteral("cookieJarCheck"));
    form->addRow(tr("Cookies:"), m_cookies);
    m_sse = new QCheckBox(tr("Stream the response as Server-Sent Events, whatever its type"), this);
    m_sse->setObjectName(QStringLiteral("streamAsSseCheck"));
    m_sse->setToolTip(tr("A text/event-stream response is always streamed into the Events tab"));
    form->addRow(tr("Events:"), m_sse);

    m_maxSize = spin(this, QStringLiteral("maxResponseSizeSpin"), tr("Maximum response size"),
                     1024 * 64, tr(" MB"), tr("Default (1 GB)"));
    form->addRow(tr("Response size limit:"), m_maxSize);

    m_insecure =
        new QCheckBox(tr("Turn off certificate verification (insecure, like curl -k)"), this);
    m_insecure->setObjectName(QStringLiteral("tlsInsecureCheck"));
    m_insecure->setStyleSheet(QStringLiteral("QCheckBox { color: #d93025; }"));
    m_insecure->setToolTip(tr("Accepts every certificate error for this request. Prefer accepting "
                              "one error at a time from the response's TLS tab."));
    form->addRow(tr("TLS:"), m_insecure);

    m_insecureBanner = new QLabel(
        tr("Certificate verification is OFF for this request: any server can pretend to be "
           "this host."),
        this);
    m_insecureBanner->setObjectName(QStringLiteral("tlsInsecureBanner"));
    m_insecureBanner->setWordWrap(true);
    m_insecureBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fce8e6; color: #a50e0e; font-weight: bold; padding: 4px; }"));
    form->addRow(QString(), m_insecureBanner);

    auto *accepted = new QHBoxLayout;
    m_accepted = new QLabel(this);
    m_accepted->setObjectName(QStringLiteral("acceptedTlsErrorsLabel"));
    m_accepted->setWordWrap(true);
    m_forget = new QPushButton(tr("Forget"), this);
    m_forget->setObjectName(QStringLiteral("forgetTlsErrorsButton"));
    m_forget->setToolTip(tr("Stop accepting these certificate errors for this request"));
    accepted->addWidget(m_accepted, 1);
    accepted->addWidget(m_forget);
    form->addRow(tr("Accepted errors:"), accepted);

    QLayout *row = nullptr;
    m_caFiles = fileField(this, QStringLiteral("caFilesEdit"), tr("Extra CA certificate files"),
                          tr("Choose CA Certificates (PEM)"), true, &row);
    m_caFiles->setPlaceholderText(tr("PEM files trusted in addition to the system's; separate "
                                     "with ;"));
    form->addRow(tr("Extra CAs:"), row);
    m_clientCert = fileField(this, QStringLiteral("clientCertEdit"), tr("Client certificate file"),
                             tr("Choose the Client Certificate"), false, &row);
    m_clientCert->setPlaceholderText(tr("PEM certificate, or a PKCS#12 bundle (.p12, .pfx)"));
    form->addRow(tr("Client certificate:"), row);
    m_clientKey = fileField(this, QStringLiteral("clientKeyEdit"), tr("Client key file"),
                            tr("Choose the Client Key"), false, &row);
    m_clientKey->setPlaceholderText(tr("PEM private key (empty for PKCS#12)"));
    form->addRow(tr("Client key:"), row);
    m_clientPassphrase = new QLineEdit(this);
    m_clientPassphrase->setObjectName(QStringLiteral("clientPassphraseEdit"));
    m_clientPassphrase->setAccessibleName(tr("Client key passphrase"));
    m_clientPassphrase->setEchoMode(QLineEdit::Password);
    m_clientPassphrase->setPlaceholderText(tr("Passphrase of the key or bundle, if any"));
    m_clientPassphrase->setMinimumWidth(m_clientPassphrase->fontMetrics().averageCharWidth() * 40);
    form->addRow(tr("Passphrase:"), m_clientPassphrase);

    m_proxyMode = new QComboBox(this);
    m_proxyMode->setObjectName(QStringLiteral("proxyModeCombo"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("System settings"), int(ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ProxyMode::None));
    m_proxyMode->addItem(tr("HTTP proxy"), int(ProxyMode::Http));
    m_proxyMode->addItem(tr("SOCKS5 proxy"), int(ProxyMode::Socks5));
    form->addRow(tr("Proxy:"), m_proxyMode);
    auto *address = new QHBoxLayout;
    m_proxyHost = new QLineEdit(this);
    m_proxyHost->setObjectName(QStringLiteral("proxyHostEdit"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(tr("Host"));
    m_proxyHost->setMinimumWidth(m_proxyHost->fontMetrics().averageCharWidth() * 30);
    m_proxyPort =
        spin(this, QStringLiteral("proxyPortSpin"), tr("Proxy port"), 65535, {}, tr("Port"));
    address->addWidget(m_proxyHost, 1);
    address->addWidget(m_proxyPort);
    form->addRow(tr("Proxy address:"), address);
    auto *credentials = new QHBoxLayout;
    m_proxyUser = new QLineEdit(this);
    m_proxyUser->setObjectName(QStringLiteral("proxyUserEdit"));
    m_proxyUser->setAccessibleName(tr("Proxy user name"));
    m_proxyUser->setPlaceholderText(tr("User (optional)"));
    m_proxyPassword = new QLineEdit(this);
    m_proxyPassword->setObjectName(QStringLiteral("proxyPasswordEdit"));
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setPlaceholderText(tr("Password"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    credentials->addWidget(m_proxyUser);
    credentials->addWidget(m_proxyPassword);
    form->addRow(tr("Proxy login:"), credentials);

    for (QLineEdit *edit : {m_proxyHost, m_proxyUser, m_proxyPassword, m_caFiles, m_clientCert,
                            m_clientKey, m_clientPassphrase})
        connect(edit, &QLineEdit::textEdited, this, &RequestSettingsEditor::changed);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyFields();
        emit changed();
    });
    connect(m_insecure, &QCheckBox::toggled, m_insecureBanner, &QLabel::setVisible);
    for (QSpinBox *box : {m_timeout, m_inactivity, m_maxRedirects, m_maxSize, m_proxyPort})
        connect(box, &QSpinBox::valueChanged, this, &RequestSettingsEditor::changed);
    for (QCheckBox *box : {m_followRedirects, m_cookies, m_insecure, m_sse})
        connect(box, &QCheckBox::toggled, this, &RequestSettingsEditor::changed);
    connect(m_followRedirects, &QCheckBox::toggled, m_maxRedirects, &QSpinBox::setEnabled);
    connect(m_httpVersion, &QComboBox::currentIndexChanged, this, &RequestSettingsEditor::changed);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_settings.tls.ignoredErrors.clear();
        updateTlsLabels();
        emit changed();
    });
    setSettings(RequestSettings{});
}

RequestSettings RequestSettingsEditor::settings() const
{
    RequestSettings s = m_settings;
    s.timeoutMs = m_timeout->value();
    s.inactivityTimeoutMs = m_inactivity->value();
    s.followRedirects = m_followRedirects->isChecked();
    s.maxRedirects = m_maxRedirects->value();
    s.httpVersion = HttpVersionPolicy(m_httpVersion->currentData().toInt());
    s.useCookieJar = m_cookies->isChecked();
    s.streamAsSse = m_sse->isChecked();
    s.maxResponseBytes = qint64(m_maxSize->value()) * 1024 * 1024;
    s.tls.insecure = m_insecure->isChecked();
    s.tls.caCertificateFiles.clear();
    for (const QString &path : m_caFiles->text().split(u';', Qt::SkipEmptyParts)) {
        if (!path.trimmed().isEmpty())
            s.tls.caCertificateFiles.append(path.trimmed());
    }
    s.tls.clientCertificateFile = m_clientCert->text().trimmed();
    s.tls.clientKeyFile = m_clientKey->text().trimmed();
    s.tls.clientKeyPassphrase = m_clientPassphrase->text();
    s.proxy.mode = ProxyMode(m_proxyMode->currentData().toInt());
    s.proxy.host = m_proxyHost->text().trimmed();
    s.proxy.port = quint16(m_proxyPort->value());
    s.proxy.username = m_proxyUser->text();
    s.proxy.password = m_proxyPassword->text();
    return s;
}

void RequestSettingsEditor::setSettings(const RequestSettings &s)
{
    m_settings = s;
    const QSignalBlocker b1(m_timeout), b2(m_inactivity), b3(m_followRedirects), b4(m_maxRedirects),
        b5(m_httpVersion), b6(m_cookies), b7(m_maxSize), b8(m_insecure), b9(m_proxyMode),
        b10(m_proxyPort), b11(m_sse);
    m_timeout->setValue(s.timeoutMs);
    m_inactivity->setValue(s.inactivityTimeoutMs);
    m_followRedirects->setChecked(s.followRedirects);
    m_maxRedirects->setValue(s.maxRedirects);
    m_maxRedirects->setEnabled(s.followRedirects);
    m_httpVersion->setCurrentIndex(std::max(0, m_httpVersion->findData(int(s.httpVersion))));
    m_cookies->setChecked(s.useCookieJar);
    m_sse->setChecked(s.streamAsSse);
    m_maxSize->setValue(int(s.maxResponseBytes / (1024 * 1024)));
    m_insecure->setChecked(s.tls.insecure);
    m_insecureBanner->setVisible(s.tls.insecure);
    m_caFiles->setText(s.tls.caCertificateFiles.join(QStringLiteral("; ")));
    m_clientCert->setText(s.tls.clientCertificateFile);
    m_clientKey->setText(s.tls.clientKeyFile);
    m_clientPassphrase->setText(s.tls.clientKeyPassphrase);
    m_proxyMode->setCurrentIndex(std::max(0, m_proxyMode->findData(int(s.proxy.mode))));
    m_proxyHost->setText(s.proxy.host);
    m_proxyPort->setValue(s.proxy.port);
    m_proxyUser->setText(s.proxy.username);
    m_proxyPassword->setText(s.proxy.password);
    updateProxyFields();
    updateTlsLabels();
}

void RequestSettingsEditor::updateProxyFields()
{
    const auto mode = ProxyMode(m_proxyMode->currentData().toInt());
    const bool explicitProxy = mode == ProxyMode::Http || mode == ProxyMode::Socks5;
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword})
        field->setEnabled(explicitProxy);
}

QLineEdit *RequestSettingsEditor::fileField(QWidget *parent,
                                            const QString &name,
                                            const QString &accessible,
                                            const QString &dialogTitle,
                                            bool several,
                                            QLayout **row)
{
    auto *layout = new QHBoxLayout;
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 50);
    auto *browse = new QPushButton(tr("Browse…"), parent);
    browse->setObjectName(name + QStringLiteral("Browse"));
    browse->setAccessibleName(tr("Choose: %1").arg(accessible));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, dialogTitle, several] {
        QString chosen;
        if (several) {
            chosen = m_dialogs
                         ->openFileNames(this, dialogTitle, {},
                                         tr("Certificates (*.pem *.crt *.cer);;"
                                            "All files (*)"))
                         .join(QStringLiteral("; "));
            if (!chosen.isEmpty() && !edit->text().trimmed().isEmpty())
                chosen = edit->text().trimmed() + QStringLiteral("; ") + chosen;
        } else {
            chosen = m_dialogs->openFileName(this, dialogTitle, edit->text());
        }
        if (!chosen.isEmpty()) {
            edit->setText(chosen);
            emit changed();
        }
    });
    *row = layout;
    return edit;
}

void RequestSettingsEditor::addIgnoredTlsError(const IgnoredTlsError &error)
{
    if (!m_settings.tls.ignoredErrors.contains(error))
        m_settings.tls.ignoredErrors.append(error);
    updateTlsLabels();
    emit changed();
}

void RequestSettingsEditor::updateTlsLabels()
{
    const qsizetype n = m_settings.tls.ignoredErrors.size();
    m_accepted->setText(n == 0 ? tr("None: every certificate error stops the request.")
                        : n == 1
                            ? tr("1 certificate error accepted for this request only.")
                            : tr("%1 certificate errors accepted for this request only.").arg(n));
    m_accepted->setStyleSheet(n == 0 ? QString() : QStringLiteral("color: #e37400;"));
    m_forget->setVisible(n > 0);
}

} // namespace wirescope
