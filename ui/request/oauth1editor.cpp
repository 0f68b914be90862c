#include "ui/request/oauth1editor.h"

#include "ui/widgets/formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace wirescope {

OAuth1Editor::OAuth1Editor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("oauth1Editor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("oauth1SignatureMethod"));
    m_method->setAccessibleName(tr("OAuth 1.0 signature method"));
    for (const char *name : {"HMAC-SHA1", "HMAC-SHA256", "HMAC-SHA512", "RSA-SHA1", "RSA-SHA256",
                             "RSA-SHA512", "PLAINTEXT"})
        m_method->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    form->addRow(tr("Signature method:"), m_method);
    m_consumerKey = namedLineEdit(this, QStringLiteral("oauth1ConsumerKey"), tr("Consumer key"));
    form->addRow(tr("Consumer key:"), m_consumerKey);
    m_consumerSecret = namedLineEdit(this, QStringLiteral("oauth1ConsumerSecret"),
                                     tr("Consumer secret"), tr("A secret, or {{variable}}"));
    m_consumerSecret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Consumer secret:"), m_consumerSecret);
    m_token = namedLineEdit(this, QStringLiteral("oauth1Token"), tr("Access token"),
                            tr("Empty for a two-legged request"));
    form->addRow(tr("Access token:"), m_token);
    m_tokenSecret = namedLineEdit(this, QStringLiteral("oauth1TokenSecret"), tr("Token secret"));
    m_tokenSecret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Token secret:"), m_tokenSecret);
    m_privateKey = new QPlainTextEdit(this);
    m_privateKey->setObjectName(QStringLiteral("oauth1PrivateKey"));
    m_privateKey->setAccessibleName(tr("RSA private key (PEM)"));
    m_privateKey->setPlaceholderText(
        tr("-----BEGIN PRIVATE KEY-----\n…\n-----END PRIVATE KEY-----, or {{variable}}"));
    m_privateKey->setTabChangesFocus(true);
    m_privateKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_privateKey->setFixedHeight(m_privateKey->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Private key:"), m_privateKey);
    m_addTo = new QComboBox(this);
    m_addTo->setObjectName(QStringLiteral("oauth1AddTo"));
    m_addTo->setAccessibleName(tr("Where the OAuth 1.0 parameters go"));
    m_addTo->addItem(tr("Authorization header"), int(OAuth1Placement::Header));
    m_addTo->addItem(tr("Query parameters"), int(OAuth1Placement::Query));
    m_addTo->addItem(tr("Form body"), int(OAuth1Placement::Body));
    form->addRow(tr("Add to:"), m_addTo);
    m_callback = namedLineEdit(this, QStringLiteral("oauth1Callback"), tr("Callback URL"));
    form->addRow(tr("Callback:"), m_callback);
    m_verifier = namedLineEdit(this, QStringLiteral("oauth1Verifier"), tr("Verifier"));
    form->addRow(tr("Verifier:"), m_verifier);
    m_realm = namedLineEdit(this, QStringLiteral("oauth1Realm"), tr("Realm"));
    form->addRow(tr("Realm:"), m_realm);
    m_nonce = namedLineEdit(this, QStringLiteral("oauth1Nonce"), tr("Nonce"),
                            tr("A new one at each send"));
    form->addRow(tr("Nonce:"), m_nonce);
    m_timestamp = namedLineEdit(this, QStringLiteral("oauth1Timestamp"), tr("Timestamp"),
                                tr("The time of each send"));
    form->addRow(tr("Timestamp:"), m_timestamp);
    m_version = namedLineEdit(this, QStringLiteral("oauth1Version"), tr("OAuth version"),
                              tr("Left out when empty"));
    form->addRow(tr("Version:"), m_version);
    m_bodyHash =
        new QCheckBox(tr("Add a body hash (oauth_body_hash) to a body that is not a form"), this);
    m_bodyHash->setObjectName(QStringLiteral("oauth1BodyHash"));
    form->addRow(QString(), m_bodyHash);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        emit changed();
    });
    connect(m_addTo, &QComboBox::currentIndexChanged, this, &OAuth1Editor::changed);
    connect(m_bodyHash, &QCheckBox::toggled, this, &OAuth1Editor::changed);
    connect(m_privateKey, &QPlainTextEdit::textChanged, this, &OAuth1Editor::changed);
    for (QLineEdit *edit : {m_consumerKey, m_consumerSecret, m_token, m_tokenSecret, m_callback,
                            m_verifier, m_realm, m_nonce, m_timestamp, m_version})
        connect(edit, &QLineEdit::textEdited, this, &OAuth1Editor::changed);
    setSettings(OAuth1Settings{});
}

OAuth1Settings OAuth1Editor::settings() const
{
    OAuth1Settings s;
    s.signatureMethod = m_method->currentData().toString();
    s.consumerKey = m_consumerKey->text();
    s.consumerSecret = m_consumerSecret->text();
    s.token = m_token->text();
    s.tokenSecret = m_tokenSecret->text();
    s.privateKey = m_privateKey->toPlainText();
    s.placement = OAuth1Placement(m_addTo->currentData().toInt());
    s.callback = m_callback->text();
    s.verifier = m_verifier->text();
    s.realm = m_realm->text();
    s.nonce = m_nonce->text();
    s.timestamp = m_timestamp->text();
    s.version = m_version->text();
    s.includeBodyHash = m_bodyHash->isChecked();
    return s;
}

void OAuth1Editor::setSettings(const OAuth1Settings &s)
{
    const QSignalBlocker blockMethod(m_method);
    const QSignalBlocker blockAddTo(m_addTo);
    const QSignalBlocker blockKey(m_privateKey);
    const QSignalBlocker blockHash(m_bodyHash);
    selectDataOrAddAsWritten(m_method, s.signatureMethod.toUpper(), s.signatureMethod);
    m_consumerKey->setText(s.consumerKey);
    m_consumerSecret->setText(s.consumerSecret);
    m_token->setText(s.token);
    m_tokenSecret->setText(s.tokenSecret);
    m_privateKey->setPlainText(s.privateKey);
    m_addTo->setCurrentIndex(m_addTo->findData(int(s.placement)));
    m_callback->setText(s.callback);
    m_verifier->setText(s.verifier);
    m_realm->setText(s.realm);
    m_nonce->setText(s.nonce);
    m_timestamp->setText(s.timestamp);
    m_version->setText(s.version);
    m_bodyHash->setChecked(s.includeBodyHash);
    updateFields();
}

void OAuth1Editor::updateFields()
{
    // RSA signs with the private key: the consumer secret is not used then.
    const bool rsa = m_method->currentText().startsWith(u"RSA-");
    m_privateKey->setEnabled(rsa);
    m_consumerSecret->setEnabled(!rsa);
}

} // namespace wirescope
