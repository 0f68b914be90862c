#include "ui/request/autheditor.h"

#include "ui/oauth/oauth2editor.h"
#include "ui/request/awssigv4editor.h"
#include "ui/request/hawkeditor.h"
#include "ui/request/jwteditor.h"
#include "ui/request/oauth1editor.h"

#include "ui/widgets/formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wirescope {

namespace {

enum Page {
    NonePage,
    CredentialsPage,
    TokenPage,
    ApiKeyPage,
    OAuth2Page,
    JwtPage,
    AwsPage,
    OAuth1Page,
    HawkPage
};

} // namespace

AuthEditor::AuthEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("authEditor"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("authTypeCombo"));
    m_kind->setAccessibleName(tr("Authentication type"));
    m_kind->addItem(tr("No authentication"), int(AuthKind::None));
    m_kind->addItem(tr("Basic"), int(AuthKind::Basic));
    m_kind->addItem(tr("Bearer token"), int(AuthKind::Bearer));
    m_kind->addItem(tr("API key"), int(AuthKind::ApiKey));
    m_kind->addItem(tr("Digest"), int(AuthKind::Digest));
    m_kind->addItem(tr("OAuth 2.0"), int(AuthKind::OAuth2));
    m_kind->addItem(tr("JWT bearer"), int(AuthKind::Jwt));
    m_kind->addItem(tr("AWS Signature"), int(AuthKind::AwsSigV4));
    m_kind->addItem(tr("OAuth 1.0"), int(AuthKind::OAuth1));
    m_kind->addItem(tr("Hawk"), int(AuthKind::Hawk));
    top->addRow(tr("Type:"), m_kind);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    auto *none = new QLabel(tr("The request is sent without authentication."), m_pages);
    none->setEnabled(false);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(none);

    auto *credentials = new QWidget(m_pages);
    auto *credentialsForm = new QFormLayout(credentials);
    credentialsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_username = namedLineEdit(credentials, QStringLiteral("authUsername"), tr("User name"), {});
    m_password = namedLineEdit(credentials, QStringLiteral("authPassword"), tr("Password"),
                               tr("A password, or {{variable}}"));
    m_password->setEchoMode(QLineEdit::Password);
    m_showPassword = new QCheckBox(tr("Show"), credentials);
    m_showPassword->setObjectName(QStringLiteral("authShowPassword"));
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    credentialsForm->addRow(tr("User name:"), m_username);
    credentialsForm->addRow(tr("Password:"), passwordRow);
    m_pages->addWidget(credentials);

    auto *token = new QWidget(m_pages);
    auto *tokenForm = new QFormLayout(token);
    tokenForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_token = namedLineEdit(token, QStringLiteral("authToken"), tr("Bearer token"), tr("Token"));
    tokenForm->addRow(tr("Token:"), m_token);
    m_pages->addWidget(token);

    auto *apiKey = new QWidget(m_pages);
    auto *apiKeyForm = new QFormLayout(apiKey);
    apiKeyForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_keyName = namedLineEdit(apiKey, QStringLiteral("authApiKeyName"), tr("API key name"),
                              QStringLiteral("X-API-Key"));
    m_keyValue = namedLineEdit(apiKey, QStringLiteral("authApiKeyValue"), tr("API key value"), {});
    m_keyLocation = new QComboBox(apiKey);
    m_keyLocation->setObjectName(QStringLiteral("authApiKeyLocation"));
    m_keyLocation->setAccessibleName(tr("Where the API key goes"));
    m_keyLocation->addItem(tr("Header"), int(ApiKeyLocation::Header));
    m_keyLocation->addItem(tr("Query parameter"), int(ApiKeyLocation::Query));
    apiKeyForm->addRow(tr("Key:"), m_keyName);
    apiKeyForm->addRow(tr("Value:"), m_keyValue);
    apiKeyForm->addRow(tr("Add to:"), m_keyLocation);
    m_pages->addWidget(apiKey);
    m_oauth2 = new OAuth2Editor(m_pages);
    m_pages->addWidget(m_oauth2);
    m_jwt = new JwtEditor(m_pages);
    m_pages->addWidget(m_jwt);
    m_aws = new AwsSigV4Editor(m_pages);
    m_pages->addWidget(m_aws);
    m_oauth1 = new OAuth1Editor(m_pages);
    m_pages->addWidget(m_oauth1);
    m_hawk = new HawkEditor(m_pages);
    m_pages->addWidget(m_hawk);
    layout->addWidget(m_pages, 1);
    m_keychainNote = new QLabel(tr("Saving a request puts a typed password, token or key value in "
                                   "the system keychain, never in the collection's files. A "
                                   "{{variable}} is saved as written."),
                                this);
    m_keychainNote->setObjectName(QStringLiteral("authKeychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setEnabled(false); // secondary text
    layout->addWidget(m_keychainNote);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind(AuthKind(m_kind->currentData().toInt()));
        emit changed();
    });
    connect(m_showPassword, &QCheckBox::toggled, this, [this](bool show) {
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    for (QLineEdit *edit : {m_username, m_password, m_token, m_keyName, m_keyValue})
        connect(edit, &QLineEdit::textEdited, this, &AuthEditor::changed);
    connect(m_keyLocation, &QComboBox::currentIndexChanged, this, &AuthEditor::changed);
    connect(m_oauth2, &OAuth2Editor::changed, this, &AuthEditor::changed);
    connect(m_jwt, &JwtEditor::changed, this, &AuthEditor::changed);
    connect(m_aws, &AwsSigV4Editor::changed, this, &AuthEditor::changed);
    connect(m_oauth1, &OAuth1Editor::changed, this, &AuthEditor::changed);
    connect(m_hawk, &HawkEditor::changed, this, &AuthEditor::changed);
    showKind(AuthKind::None);
}

Auth AuthEditor::auth() const
{
    Auth a;
    a.kind = AuthKind(m_kind->currentData().toInt());
    a.username = m_username->text();
    a.password = m_password->text();
    a.token = m_token->text();
    a.apiKeyName = m_keyName->text();
    a.apiKeyValue = m_keyValue->text();
    a.apiKeyLocation = ApiKeyLocation(m_keyLocation->currentData().toInt());
    a.jwt = m_jwt->settings();
    a.aws = m_aws->settings();
    a.oauth1 = m_oauth1->settings();
    a.hawk = m_hawk->settings();
    if (a.kind == AuthKind::OAuth2) {
        m_oauth2->fillAuth(a); // its own user name and password (password grant)
    } else {
        Auth kept; // another kind keeps the OAuth 2.0 settings it was opened with
        m_oauth2->fillAuth(kept);
        a.oauth2 = kept.oauth2;
    }
    return a;
}

void AuthEditor::setAuth(const Auth &auth)
{
    // "Inherit" only means something inside a collection; offer it when a request has it.
    const int inherit = m_kind->findData(int(AuthKind::Inherit));
    if (auth.kind == AuthKind::Inherit && inherit < 0)
        m_kind->addItem(tr("Inherit from collection"), int(AuthKind::Inherit));
    m_oauth2->setAuth(auth);
    m_username->setText(auth.username);
    m_password->setText(auth.password);
    m_token->setText(auth.token);
    m_keyName->setText(auth.apiKeyName);
    m_keyValue->setText(auth.apiKeyValue);
    m_keyLocation->setCurrentIndex(m_keyLocation->findData(int(auth.apiKeyLocation)));
    m_jwt->setSettings(auth.jwt);
    m_aws->setSettings(auth.aws);
    m_oauth1->setSettings(auth.oauth1);
    m_hawk->setSettings(auth.hawk);
    const QSignalBlocker blocker(m_kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(auth.kind))));
    showKind(auth.kind);
}

void AuthEditor::showKind(AuthKind kind)
{
    m_keychainNote->setVisible(kind != AuthKind::None && kind != AuthKind::Inherit);
    m_keychainNote->setText(
        kind == AuthKind::Jwt ? tr("Saving a request puts a typed secret or private key in the "
                                   "system keychain, never in the collection's files. The token is "
                                   "signed anew at each send. A {{variable}} is saved as written.")
        : kind == AuthKind::OAuth1
            ? tr("Saving a request puts a typed consumer secret, token secret or private key in "
                 "the system keychain, never in the collection's files. The request is signed "
                 "anew at each send, as it goes out. A {{variable}} is saved as written.")
        : kind == AuthKind::AwsSigV4
            ? tr("Saving a request puts a typed secret key or session token in the system "
                 "keychain, never in the collection's files. The request is signed anew at each "
                 "send, as it goes out. A {{variable}} is saved as written.")
        : kind == AuthKind::OAuth2
            ? tr("Saving a request puts a typed client secret, password or "
                 "refresh token in the system keychain, never in the "
                 "collection's files. Tokens obtained are kept in the "
                 "keychain only. A {{variable}} is saved as written.")
            : tr("Saving a request puts a typed password, token or key value "
                 "in the system keychain, never in the collection's files. A "
                 "{{variable}} is saved as written."));
    switch (kind) {
    case AuthKind::Basic:
    case AuthKind::Digest:
        m_pages->setCurrentIndex(CredentialsPage);
        break;
    case AuthKind::Bearer:
        m_pages->setCurrentIndex(TokenPage);
        break;
    case AuthKind::ApiKey:
        m_pages->setCurrentIndex(ApiKeyPage);
        break;
    case AuthKind::OAuth2:
        m_pages->setCurrentIndex(OAuth2Page);
        break;
    case AuthKind::Jwt:
        m_pages->setCurrentIndex(JwtPage);
        break;
    case AuthKind::AwsSigV4:
        m_pages->setCurrentIndex(AwsPage);
        break;
    case AuthKind::OAuth1:
        m_pages->setCurrentIndex(OAuth1Page);
        break;
    case AuthKind::Hawk:
        m_pages->setCurrentIndex(HawkPage);
        break;
    case AuthKind::None:
    case AuthKind::Inherit:
        m_pages->setCurrentIndex(NonePage);
        break;
    }
}

void AuthEditor::setOAuthServices(oauth::OAuthAuthorizer *authorizer,
                                  const VariableContext *context)
{
    m_oauth2->setServices(authorizer, context);
}

} // namespace wirescope
