#include "ui/oauth/oauth2editor.h"

#include "core/oauth/loopbackredirectlistener.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/oauth/tokenclient.h"
#include "core/vars/resolver.h"
#include "core/vars/variablecontext.h"
#include "ui/models/keyvaluemodel.h"
#include "ui/oauth/oauth2tokenpanel.h"
#include "ui/widgets/keyvaluetable.h"

#include "ui/widgets/formfields.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace wirescope {

namespace {

QLabel *note(QWidget *parent, const QString &name, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setEnabled(false); // secondary text
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OAuth2Editor::OAuth2Editor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("oauth2Editor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_grant = new QComboBox(this);
    m_grant->setObjectName(QStringLiteral("oauth2Grant"));
    m_grant->setAccessibleName(tr("Grant type"));
    m_grant->addItem(tr("Authorization code (browser sign-in)"),
                     int(OAuthGrant::AuthorizationCode));
    m_grant->addItem(tr("Client credentials"), int(OAuthGrant::ClientCredentials));
    m_grant->addItem(tr("Password"), int(OAuthGrant::Password));
    m_grant->addItem(tr("Refresh token"), int(OAuthGrant::RefreshToken));
    m_form->addRow(tr("Grant:"), m_grant);

    m_discovery =
        namedLineEdit(this, QStringLiteral("oauth2DiscoveryUrl"), tr("Issuer or discovery URL"),
                      tr("https://issuer.example (reads /.well-known/openid-configuration)"));
    m_discover = new QPushButton(tr("Discover"), this);
    m_discover->setObjectName(QStringLiteral("oauth2Discover"));
    m_discover->setToolTip(
        tr("Reads the provider's OpenID Connect configuration and fills the URLs"));
    auto *discoveryRow = new QHBoxLayout;
    discoveryRow->addWidget(m_discovery, 1);
    discoveryRow->addWidget(m_discover);
    m_form->addRow(tr("Issuer:"), discoveryRow);
    m_discoveryStatus = note(this, QStringLiteral("oauth2DiscoveryStatus"));
    m_discoveryStatus->hide();
    m_form->addRow(QString(), m_discoveryStatus);

    m_authUrl = namedLineEdit(this, QStringLiteral("oauth2AuthUrl"), tr("Authorization URL"),
                              QStringLiteral("https://issuer.example/authorize"));
    m_form->addRow(tr("Auth URL:"), m_authUrl);
    m_tokenUrl = namedLineEdit(this, QStringLiteral("oauth2TokenUrl"), tr("Token URL"),
                               QStringLiteral("https://issuer.example/token"));
    m_form->addRow(tr("Token URL:"), m_tokenUrl);
    m_clientId = namedLineEdit(this, QStringLiteral("oauth2ClientId"), tr("Client ID"));
    m_form->addRow(tr("Client ID:"), m_clientId);
    m_clientSecret = namedLineEdit(this, QStringLiteral("oauth2ClientSecret"), tr("Client secret"),
                                   tr("A secret, or {{variable}}; empty for a public client"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setToolTip(tr("Saved in the system keychain, never in the collection's files"));
    m_form->addRow(tr("Client secret:"), m_clientSecret);
    m_username =
        namedLineEdit(this, QStringLiteral("oauth2Username"), tr("Resource owner user name"));
    m_form->addRow(tr("User name:"), m_username);
    m_password = namedLineEdit(this, QStringLiteral("oauth2Password"),
                               tr("Resource owner password"), tr("A password, or {{variable}}"));
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("Password:"), m_password);
    m_refreshToken =
        namedLineEdit(this, QStringLiteral("oauth2RefreshToken"), tr("Refresh token to start from"),
                      tr("A refresh token, or {{variable}}"));
    m_refreshToken->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("Refresh token:"), m_refreshToken);
    m_scope = namedLineEdit(this, QStringLiteral("oauth2Scope"), tr("Scope"),
                            tr("openid profile (space-separated)"));
    m_form->addRow(tr("Scope:"), m_scope);
    m_audience =
        namedLineEdit(this, QStringLiteral("oauth2Audience"), tr("Audience"), tr("optional"));
    m_form->addRow(tr("Audience:"), m_audience);
    m_resource = namedLineEdit(this, QStringLiteral("oauth2Resource"), tr("Resource"),
                               tr("optional (RFC 8707)"));
    m_form->addRow(tr("Resource:"), m_resource);
    m_pkce = new QCheckBox(tr("PKCE with S256 (recommended)"), this);
    m_pkce->setObjectName(QStringLiteral("oauth2Pkce"));
    m_form->addRow(tr("PKCE:"), m_pkce);
    m_clientAuth = new QComboBox(this);
    m_clientAuth->setObjectName(QStringLiteral("oauth2ClientAuth"));
    m_clientAuth->setAccessibleName(tr("Client authentication"));
    m_clientAuth->addItem(tr("HTTP Basic header"), int(OAuthClientAuth::BasicHeader));
    m_clientAuth->addItem(tr("In the request body"), int(OAuthClientAuth::Body));
    m_form->addRow(tr("Send client as:"), m_clientAuth);

    m_redirect = namedLineEdit(this, QStringLiteral("oauth2RedirectUrl"), tr("Redirect URL"),
                               tr("empty: http://127.0.0.1:<port chosen at sign-in>/callback"));
    m_copyRedirect = new QPushButton(tr("Copy"), this);
    m_copyRedirect->setObjectName(QStringLiteral("oauth2CopyRedirect"));
    m_copyRedirect->setToolTip(tr("Copies the redirect URL to register with the provider"));
    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(m_redirect, 1);
    redirectRow->addWidget(m_copyRedirect);
    m_form->addRow(tr("Redirect URL:"), redirectRow);
    m_redirectRow = m_form->rowCount() - 1;
    m_redirectNote = note(this, QStringLiteral("oauth2RedirectNote"));
    m_form->addRow(QString(), m_redirectNote);

    m_extra = new KeyValueTable(this);
    m_extra->setObjectName(QStringLiteral("oauth2ExtraParams"));
    m_extra->setAccessibleName(tr("Extra parameters of the token request"));
    m_extra->keyValueModel()->setPlaceholders(tr("Add parameter"), tr("Value"));
    m_extra->setMinimumHeight(90);
    m_extra->setMaximumHeight(130); // a few rows; the token below matters more
    m_form->addRow(tr("Extra parameters:"), m_extra);
    layout->addLayout(m_form);

    m_panel = new OAuth2TokenPanel(this);
    m_panel->setAuthSource([this] { return currentAuth(); });
    layout->addWidget(m_panel);
    layout->addStretch(1);

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(400);
    connect(m_reload, &QTimer::timeout, m_panel, &OAuth2TokenPanel::reloadStored);

    connect(m_grant, &QComboBox::currentIndexChanged, this, [this] {
        showGrant(OAuthGrant(m_grant->currentData().toInt()));
        onEdited();
    });
    for (QLineEdit *edit :
         {m_discovery, m_authUrl, m_tokenUrl, m_clientId, m_clientSecret, m_scope, m_audience,
          m_resource, m_username, m_password, m_refreshToken, m_redirect})
        connect(edit, &QLineEdit::textEdited, this, &OAuth2Editor::onEdited);
    connect(m_redirect, &QLineEdit::textEdited, this, &OAuth2Editor::updateRedirectNote);
    connect(m_pkce, &QCheckBox::toggled, this, &OAuth2Editor::onEdited);
    connect(m_clientAuth, &QComboBox::currentIndexChanged, this, &OAuth2Editor::onEdited);
    connect(m_extra->keyValueModel(), &KeyValueModel::edited, this, &OAuth2Editor::onEdited);
    connect(m_discover, &QPushButton::clicked, this, &OAuth2Editor::discover);
    connect(m_discovery, &QLineEdit::returnPressed, this, &OAuth2Editor::discover);
    connect(m_copyRedirect, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(redirectUrlToRegister()); });
    connect(m_panel, &OAuth2TokenPanel::redirectUriUsed, this, [this](const QUrl &uri) {
        m_lastRedirect = uri;
        updateRedirectNote();
    });
    setAuth(Auth{});
    setServices(nullptr, nullptr);
}

void OAuth2Editor::setServices(oauth::OAuthAuthorizer *authorizer, const VariableContext *context)
{
    if (m_authorizer)
        m_authorizer->tokenClient()->disconnect(this);
    m_authorizer = authorizer;
    m_context = context;
    m_panel->setServices(authorizer, context);
    m_discover->setEnabled(authorizer != nullptr);
    if (!authorizer)
        return;
    connect(authorizer->tokenClient(), &oauth::TokenClient::discovered, this,
            &OAuth2Editor::onDiscovered);
    connect(authorizer->tokenClient(), &oauth::TokenClient::failed, this,
            &OAuth2Editor::onDiscoveryFailed);
    m_panel->reloadStored();
}

void OAuth2Editor::setAuth(const Auth &auth)
{
    const OAuth2Settings &s = auth.oauth2;
    {
        const QSignalBlocker grant(m_grant);
        m_grant->setCurrentIndex(std::max(0, m_grant->findData(int(s.grant))));
        const QSignalBlocker pkce(m_pkce);
        m_pkce->setChecked(s.pkce);
        const QSignalBlocker clientAuth(m_clientAuth);
        m_clientAuth->setCurrentIndex(std::max(0, m_clientAuth->findData(int(s.clientAuth))));
    }
    m_discovery->setText(s.discoveryUrl);
    m_authUrl->setText(s.authUrl);
    m_tokenUrl->setText(s.tokenUrl);
    m_clientId->setText(s.clientId);
    m_clientSecret->setText(s.clientSecret);
    m_scope->setText(s.scope);
    m_audience->setText(s.audience);
    m_resource->setText(s.resource);
    m_redirect->setText(s.redirectUrl);
    m_refreshToken->setText(s.refreshToken);
    m_username->setText(auth.username);
    m_password->setText(auth.password);
    m_extra->keyValueModel()->setRows(s.extraParams);
    m_discoveryStatus->hide();
    showGrant(s.grant);
    updateRedirectNote();
    m_reload->stop();
    if (auth.kind == AuthKind::OAuth2)
        m_panel->reloadStored();
}

void OAuth2Editor::fillAuth(Auth &auth) const
{
    OAuth2Settings &s = auth.oauth2;
    s.grant = OAuthGrant(m_grant->currentData().toInt());
    s.pkce = m_pkce->isChecked();
    s.discoveryUrl = m_discovery->text();
    s.authUrl = m_authUrl->text();
    s.tokenUrl = m_tokenUrl->text();
    s.clientId = m_clientId->text();
    s.clientSecret = m_clientSecret->text();
    s.scope = m_scope->text();
    s.audience = m_audience->text();
    s.resource = m_resource->text();
    s.redirectUrl = m_redirect->text();
    s.refreshToken = m_refreshToken->text();
    s.clientAuth = OAuthClientAuth(m_clientAuth->currentData().toInt());
    s.extraParams = m_extra->keyValueModel()->rows();
    auth.username = m_username->text();
    auth.password = m_password->text();
}

Auth OAuth2Editor::currentAuth() const
{
    Auth a;
    a.kind = AuthKind::OAuth2;
    fillAuth(a);
    return a;
}

void OAuth2Editor::onEdited()
{
    emit changed();
    // The token shown belongs to the settings shown: another client or scope has its own.
    if (m_authorizer)
        m_reload->start();
}

void OAuth2Editor::showGrant(OAuthGrant grant)
{
    const bool code = grant == OAuthGrant::AuthorizationCode;
    m_form->setRowVisible(m_authUrl, code);
    m_form->setRowVisible(m_pkce, code);
    m_form->setRowVisible(m_redirectRow, code);
    m_form->setRowVisible(m_redirectNote, code);
    m_form->setRowVisible(m_username, grant == OAuthGrant::Password);
    m_form->setRowVisible(m_password, grant == OAuthGrant::Password);
    m_form->setRowVisible(m_refreshToken, grant == OAuthGrant::RefreshToken);
}

void OAuth2Editor::updateRedirectNote()
{
    const QString configured = m_redirect->text().trimmed();
    QString text;
    if (configured.isEmpty()) {
        text = tr("Sign-in listens once on 127.0.0.1, on a port chosen at each sign-in, path "
                  "/callback. Register http://127.0.0.1/callback if the provider accepts any "
                  "loopback port (RFC 8252), or type a fixed port.");
    } else if (configured.contains(QLatin1String("{{"))) {
        text = tr("Sign-in listens on this URL once its variables are resolved (it must be http on "
                  "127.0.0.1, ::1 or localhost).");
    } else if (!oauth::LoopbackRedirectListener::isLoopbackRedirect(QUrl(configured))) {
        text = tr("Not a loopback http URL: Wirescope cannot receive this redirect, so sign-in "
                  "will refuse it. Use http://127.0.0.1:PORT/path.");
    } else {
        text = tr("Sign-in listens on exactly this URL, once, and stops after the redirect.");
    }
    if (m_lastRedirect.isValid())
        text += u' ' + tr("The last sign-in listened on %1.").arg(m_lastRedirect.toString());
    m_redirectNote->setText(text);
}

QString OAuth2Editor::redirectUrlToRegister() const
{
    const QString configured = m_redirect->text().trimmed();
    if (!configured.isEmpty())
        return configured;
    return QStringLiteral("http://127.0.0.1/callback");
}

void OAuth2Editor::discover()
{
    if (!m_authorizer)
        return;
    const VariableContext context = m_context ? *m_context : VariableContext{};
    const QString url =
        resolveText(m_discovery->text().trimmed(), context, DynamicVariables::system()).text;
    m_discoveryStatus->show();
    if (url.isEmpty()) {
        m_discoveryStatus->setText(
            tr("Type the issuer URL (or its .well-known/openid-configuration URL) first."));
        return;
    }
    m_discoveryStatus->setText(tr("Reading %1…").arg(oauth::TokenClient::discoveryUrl(url)));
    m_discover->setEnabled(false);
    m_discoveryTicket = m_authorizer->tokenClient()->discover(url);
}

void OAuth2Editor::onDiscovered(quint64 ticket, const oauth::OAuthDiscovery &discovery)
{
    if (ticket == 0 || ticket != m_discoveryTicket)
        return;
    m_discoveryTicket = 0;
    m_discover->setEnabled(true);
    if (!discovery.authorizationEndpoint.isEmpty())
        m_authUrl->setText(discovery.authorizationEndpoint);
    if (!discovery.tokenEndpoint.isEmpty())
        m_tokenUrl->setText(discovery.tokenEndpoint);
    QString text = tr("Filled from the issuer %1.").arg(discovery.issuer);
    if (!discovery.grantTypes.isEmpty())
        text +=
            u' ' + tr("Grants offered: %1.").arg(discovery.grantTypes.join(QStringLiteral(", ")));
    if (!discovery.codeChallengeMethods.isEmpty())
        text += u' '
                + tr("PKCE methods: %1.")
                      .arg(discovery.codeChallengeMethods.join(QStringLiteral(", ")));
    m_discoveryStatus->setText(text);
    onEdited();
}

void OAuth2Editor::onDiscoveryFailed(quint64 ticket, const Error &error)
{
    if (ticket == 0 || ticket != m_discoveryTicket)
        return;
    m_discoveryTicket = 0;
    m_discover->setEnabled(true);
    m_discoveryStatus->setText(tr("Discovery failed: %1").arg(error.message));
}

} // namespace wirescope
