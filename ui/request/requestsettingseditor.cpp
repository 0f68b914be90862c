#include "ui/request/requestsettingseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
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

    for (QSpinBox *box : {m_timeout, m_inactivity, m_maxRedirects, m_maxSize})
        connect(box, &QSpinBox::valueChanged, this, &RequestSettingsEditor::changed);
    for (QCheckBox *box : {m_followRedirects, m_cookies, m_insecure})
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
    s.maxResponseBytes = qint64(m_maxSize->value()) * 1024 * 1024;
    s.tls.insecure = m_insecure->isChecked();
    return s;
}

void RequestSettingsEditor::setSettings(const RequestSettings &s)
{
    m_settings = s;
    const QSignalBlocker b1(m_timeout), b2(m_inactivity), b3(m_followRedirects), b4(m_maxRedirects),
        b5(m_httpVersion), b6(m_cookies), b7(m_maxSize), b8(m_insecure);
    m_timeout->setValue(s.timeoutMs);
    m_inactivity->setValue(s.inactivityTimeoutMs);
    m_followRedirects->setChecked(s.followRedirects);
    m_maxRedirects->setValue(s.maxRedirects);
    m_maxRedirects->setEnabled(s.followRedirects);
    m_httpVersion->setCurrentIndex(std::max(0, m_httpVersion->findData(int(s.httpVersion))));
    m_cookies->setChecked(s.useCookieJar);
    m_maxSize->setValue(int(s.maxResponseBytes / (1024 * 1024)));
    m_insecure->setChecked(s.tls.insecure);
    updateTlsLabels();
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
