#include "ui/oauth/oauth2tokenpanel.h"

#include "core/oauth/authorizationcodeflow.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/oauth/tokenclient.h"
#include "core/vars/variablecontext.h"
#include "ui/oauth/oauth2tokenview.h"
#include "ui/widgets/messagebanner.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wirescope {

OAuth2TokenPanel::OAuth2TokenPanel(QWidget *parent)
    : QWidget(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("oauth2TokenPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_get = new QPushButton(tr("Get new token"), this);
    m_get->setObjectName(QStringLiteral("oauth2GetToken"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("oauth2ClearToken"));
    m_clear->setToolTip(tr("Removes this auth's token from the keychain"));
    buttons->addWidget(m_get);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("oauth2Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_error = new MessageBanner(this);
    m_error->setObjectName(QStringLiteral("oauth2Error"));
    m_error->hide();
    layout->addWidget(m_error);
    m_view = new OAuth2TokenView(this);
    layout->addWidget(m_view);

    connect(m_get, &QPushButton::clicked, this, [this] {
        if (m_busy)
            cancel();
        else
            getNewToken();
    });
    connect(m_clear, &QPushButton::clicked, this, &OAuth2TokenPanel::clearToken);
    setServices(nullptr, nullptr);
}

OAuth2TokenPanel::~OAuth2TokenPanel() = default;

void OAuth2TokenPanel::setServices(oauth::OAuthAuthorizer *authorizer,
                                   const VariableContext *context)
{
    if (m_authorizer)
        m_authorizer->disconnect(this);
    m_authorizer = authorizer;
    m_context = context;
    m_get->setEnabled(authorizer != nullptr);
    m_clear->setEnabled(authorizer != nullptr);
    if (!authorizer) {
        m_status->setText(tr("This window has no token service: tokens cannot be fetched here."));
        return;
    }
    m_status->clear();
    using oauth::OAuthAuthorizer;
    connect(authorizer, &OAuthAuthorizer::authorized, this, &OAuth2TokenPanel::onAuthorized);
    connect(authorizer, &OAuthAuthorizer::failed, this, &OAuth2TokenPanel::onAuthorizerFailed);
    connect(authorizer->tokenClient(), &oauth::TokenClient::tokenReceived, this,
            &OAuth2TokenPanel::onTokenReceived);
    connect(authorizer->tokenClient(), &oauth::TokenClient::failed, this,
            &OAuth2TokenPanel::onTokenFailed);
}

VariableContext OAuth2TokenPanel::context() const
{
    return m_context ? *m_context : VariableContext{};
}

QString OAuth2TokenPanel::status() const
{
    return m_status->text();
}

QString OAuth2TokenPanel::errorMessage() const
{
    return m_error->isVisibleTo(this) ? m_error->message() : QString();
}

void OAuth2TokenPanel::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_get->setText(busy ? tr("Cancel") : tr("Get new token"));
    m_clear->setEnabled(!busy && m_authorizer);
    m_status->setText(status);
}

void OAuth2TokenPanel::fail(const QString &step, const Error &error)
{
    setBusy(false);
    m_error->showMessage(MessageBanner::Level::Error, step, error.message);
    m_error->show();
    emit tokenChanged();
}

void OAuth2TokenPanel::reloadStored()
{
    if (!m_authorizer || !m_source || m_busy)
        return;
    const Auth auth = m_source();
    m_readTicket = m_authorizer->readStored(auth, context());
}

void OAuth2TokenPanel::getNewToken()
{
    if (!m_authorizer || !m_source || m_busy)
        return;
    m_error->hide();
    const Auth auth = m_source();
    m_flowAuth = auth;
    if (auth.oauth2.grant == OAuthGrant::AuthorizationCode) {
        startCodeFlow(auth);
        return;
    }
    const oauth::TokenRequest request = oauth::OAuthAuthorizer::tokenRequestFor(auth, context());
    if (request.settings.tokenUrl.isEmpty()) {
        fail(tr("Get new token"),
             Error{Error::Kind::InvalidRequest,
                   tr("The token URL is empty: type it, or discover it from the issuer.")});
        return;
    }
    setBusy(true, tr("Requesting a token from %1…").arg(request.settings.tokenUrl));
    m_fetchTicket = m_authorizer->tokenClient()->requestToken(request);
}

void OAuth2TokenPanel::startCodeFlow(const Auth &auth)
{
    const oauth::TokenRequest request = oauth::OAuthAuthorizer::tokenRequestFor(auth, context());
    if (request.settings.authUrl.isEmpty() || request.settings.tokenUrl.isEmpty()) {
        fail(tr("Get new token"),
             Error{Error::Kind::InvalidRequest,
                   tr("The authorization code grant needs the auth URL and the token URL: type "
                      "them, or discover them from the issuer.")});
        return;
    }
    auto *flow = new oauth::AuthorizationCodeFlow(m_authorizer->tokenClient(), this);
    m_flow = flow;
    connect(flow, &oauth::AuthorizationCodeFlow::authorizationUrlReady, this,
            [this, flow](const QUrl &url) {
                emit redirectUriUsed(flow->redirectUri());
                setBusy(true,
                        tr("Waiting for the sign-in in the browser; the provider redirects to %1. "
                           "Click Cancel to stop waiting.")
                            .arg(flow->redirectUri().toString()));
                if (!m_opener || !m_opener(url)) {
                    m_status->setText(m_status->text() + u' '
                                      + tr("No browser could be opened: open this URL yourself: %1")
                                            .arg(url.toString()));
                }
            });
    connect(flow, &oauth::AuthorizationCodeFlow::finished, this,
            [this, flow](const oauth::OAuthToken &token) {
                flow->deleteLater();
                store(m_flowAuth, token);
            });
    connect(flow, &oauth::AuthorizationCodeFlow::failed, this, [this, flow](const Error &error) {
        flow->deleteLater();
        fail(tr("Sign-in failed"), error);
    });
    setBusy(true, tr("Starting the sign-in…"));
    flow->start(request);
}

void OAuth2TokenPanel::cancel()
{
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->cancel();
        m_flow->deleteLater();
    }
    m_fetchTicket = 0; // a late answer is ignored
    setBusy(false, tr("Cancelled"));
}

void OAuth2TokenPanel::store(const Auth &auth, const oauth::OAuthToken &token)
{
    setBusy(true, tr("Saving the token in the keychain…"));
    m_storeTicket = m_authorizer->store(auth, token, context());
}

void OAuth2TokenPanel::clearToken()
{
    if (!m_authorizer || !m_source || m_busy)
        return;
    m_error->hide();
    setBusy(true, tr("Removing the token from the keychain…"));
    m_storeTicket = m_authorizer->clear(m_source(), context());
}

void OAuth2TokenPanel::onTokenReceived(quint64 ticket, const oauth::OAuthToken &token)
{
    if (ticket == 0 || ticket != m_fetchTicket)
        return;
    m_fetchTicket = 0;
    store(m_flowAuth, token);
}

void OAuth2TokenPanel::onTokenFailed(quint64 ticket, const Error &error)
{
    if (ticket == 0 || ticket != m_fetchTicket)
        return;
    m_fetchTicket = 0;
    fail(tr("Get new token failed"), error);
}

void OAuth2TokenPanel::onAuthorized(quint64 ticket, const oauth::OAuthToken &token)
{
    if (ticket == m_readTicket) {
        m_readTicket = 0;
        m_view->setToken(token);
        return;
    }
    if (ticket == 0 || ticket != m_storeTicket)
        return;
    m_storeTicket = 0;
    setBusy(false, token.isValid() ? tr("Got a new token; it is kept in the keychain.")
                                   : tr("Token removed from the keychain."));
    m_view->setToken(token);
    emit tokenChanged();
}

void OAuth2TokenPanel::onAuthorizerFailed(quint64 ticket, const Error &error)
{
    if (ticket == m_readTicket) {
        m_readTicket = 0;
        m_view->setToken({});
        return;
    }
    if (ticket == 0 || ticket != m_storeTicket)
        return;
    m_storeTicket = 0;
    fail(tr("Keychain"), error);
}

} // namespace wirescope
