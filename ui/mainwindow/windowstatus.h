#pragma once

#include "core/model/requestsettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStringListModel;

namespace wirescope {

/// The permanent part of the main window's status bar: the environment picker ("No
/// environment" plus the names the window is given) and what the current tab's connection
/// does that is worth seeing at a glance: its proxy and its TLS verification.
class WindowStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStatus)

public:
    explicit WindowStatus(QWidget *parent = nullptr);

    /// Offers these environments after "No environment"; keeps the choice when it is still
    /// offered.
    void setEnvironments(const QStringList &names);
    /// The chosen environment; empty for "No environment".
    QString currentEnvironment() const;
    void setCurrentEnvironment(const QString &name);
    /// Opens the environment picker's list (the "pick an environment" fix).
    void showEnvironmentPicker();

    /// How the current tab's URL connects: whether TLS is used at all, and whether its last
    /// exchange failed the certificate verification.
    /// Tls: https/wss; Plain: http/ws; TlsFailed: the last send failed verification;
    /// Unknown: the scheme is still an undefined {{variable}}.
    enum class Transport { Tls, Plain, TlsFailed, Unknown };
    /// Describes the current tab's proxy and TLS; nullptr hides the indicators.
    void showSettings(const RequestSettings *settings, Transport transport = Transport::Tls);
    QString proxyText() const;
    QString tlsText() const;

signals:
    void environmentChanged(const QString &name);

private:
    QStringListModel *m_environmentModel = nullptr;
    QComboBox *m_environment = nullptr;
    QLabel *m_proxy = nullptr;
    QLabel *m_tls = nullptr;
};

} // namespace wirescope
