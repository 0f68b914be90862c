#include "ui/mainwindow/windowstatus.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringListModel>

namespace wirescope {

WindowStatus::WindowStatus(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("windowStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(12);
    m_proxy = new QLabel(this);
    m_proxy->setObjectName(QStringLiteral("proxyIndicator"));
    m_tls = new QLabel(this);
    m_tls->setObjectName(QStringLiteral("tlsIndicator"));
    m_environmentModel = new QStringListModel(this);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->setToolTip(tr("The environment whose variables fill in {{names}}"));
    m_environment->setModel(m_environmentModel);
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_proxy);
    layout->addWidget(m_tls);
    layout->addWidget(m_environment);
    setEnvironments({});
    showSettings(nullptr);
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            [this] { emit environmentChanged(currentEnvironment()); });
}

void WindowStatus::setEnvironments(const QStringList &names)
{
    const QString current = currentEnvironment();
    const QSignalBlocker blocker(m_environment);
    m_environmentModel->setStringList(QStringList{tr("No environment")} + names);
    const int index = current.isEmpty() ? 0 : int(names.indexOf(current)) + 1;
    m_environment->setCurrentIndex(index);
    if (index == 0 && !current.isEmpty())
        emit environmentChanged({}); // the chosen one is gone
}

void WindowStatus::showEnvironmentPicker()
{
    m_environment->setFocus(Qt::OtherFocusReason);
    m_environment->showPopup();
}

QString WindowStatus::currentEnvironment() const
{
    return m_environment->currentIndex() > 0 ? m_environment->currentText() : QString();
}

void WindowStatus::setCurrentEnvironment(const QString &name)
{
    const int index = name.isEmpty() ? 0 : m_environment->findText(name, Qt::MatchExactly);
    if (index >= 0)
        m_environment->setCurrentIndex(index);
}

QString WindowStatus::proxyText() const
{
    return m_proxy->isHidden() ? QString() : m_proxy->text();
}

QString WindowStatus::tlsText() const
{
    return m_tls->isHidden() ? QString() : m_tls->text();
}

void WindowStatus::showSettings(const RequestSettings *settings, Transport transport)
{
    m_proxy->setVisible(settings);
    m_tls->setVisible(settings);
    if (!settings)
        return;
    const ProxySettings &proxy = settings->proxy;
    switch (proxy.mode) {
    case ProxyMode::System:
        m_proxy->setText(tr("Proxy: system"));
        break;
    case ProxyMode::None:
        m_proxy->setText(tr("Proxy: none"));
        break;
    case ProxyMode::Http:
    case ProxyMode::Socks5:
        m_proxy->setText(tr("Proxy: %1 %2:%3")
                             .arg(proxy.mode == ProxyMode::Http ? QStringLiteral("HTTP")
                                                                : QStringLiteral("SOCKS5"),
                                  proxy.host)
                             .arg(proxy.port));
        break;
    }
    m_proxy->setStyleSheet(proxy.mode == ProxyMode::Http || proxy.mode == ProxyMode::Socks5
                               ? QStringLiteral("color: #1a73e8;")
                               : QString());
    const TlsSettings &tls = settings->tls;
    QString text;
    QString style;
    if (transport == Transport::Plain) {
        text = tr("No TLS (plain http)");
        style = QStringLiteral("color: palette(mid);");
    } else if (transport == Transport::TlsFailed) {
        text = tr("TLS: verification failed");
        style = QStringLiteral("color: #d93025; font-weight: bold;");
    } else if (tls.insecure) {
        text = tr("TLS: NOT VERIFIED");
        style = QStringLiteral("color: white; background: #d93025; font-weight: bold; "
                               "padding: 0 4px;");
    } else if (!tls.ignoredErrors.isEmpty()) {
        text = tls.ignoredErrors.size() == 1
                   ? tr("TLS: 1 error accepted")
                   : tr("TLS: %1 errors accepted").arg(tls.ignoredErrors.size());
        style = QStringLiteral("color: #e37400;");
    } else if (transport == Transport::Unknown) {
        text = tr("TLS: unknown until the URL's variables are defined");
        style = QStringLiteral("color: palette(mid);");
    } else {
        text = tr("TLS: verified");
    }
    if (transport != Transport::Plain && !tls.clientCertificateFile.isEmpty())
        text += tr(", client certificate");
    if (transport != Transport::Plain && !tls.caCertificateFiles.isEmpty())
        text += tr(", extra CAs");
    m_tls->setText(text);
    m_tls->setStyleSheet(style);
    m_tls->setToolTip(tr("Certificate verification for the current tab (Settings tab)"));
}

} // namespace wirescope
