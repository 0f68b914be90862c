#include "ui/request/jwteditor.h"

#include "ui/widgets/formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace wirescope {

namespace {

QPlainTextEdit *textField(QWidget *parent,
                          const QString &name,
                          const QString &accessible,
                          const QString &placeholder,
                          int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

JwtEditor::JwtEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("jwtEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch(1); // the rows keep their height; the page's spare room goes below them
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("jwtAlgorithm"));
    m_algorithm->setAccessibleName(tr("JWT signing algorithm"));
    for (const char *name : {"HS256", "HS384", "HS512", "RS256", "RS384", "RS512"})
        m_algorithm->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    form->addRow(tr("Algorithm:"), m_algorithm);
    m_key = textField(this, QStringLiteral("jwtKey"), tr("JWT secret or private key"), {}, 3);
    form->addRow(tr("Key:"), m_key);
    m_keyBase64 = new QCheckBox(tr("The secret is base64"), this);
    m_keyBase64->setObjectName(QStringLiteral("jwtKeyBase64"));
    form->addRow(QString(), m_keyBase64);
    m_payload = textField(this, QStringLiteral("jwtPayload"), tr("JWT payload (claims as JSON)"),
                          QStringLiteral(R"({"sub": "{{user}}", "exp": 1900000000})"), 4);
    form->addRow(tr("Payload:"), m_payload);
    m_header =
        namedLineEdit(this, QStringLiteral("jwtHeader"), tr("Extra JWT header fields (JSON)"));
    m_header->setPlaceholderText(QStringLiteral(R"({"kid": "key-1"})"));
    form->addRow(tr("Header:"), m_header);
    m_addTo = new QComboBox(this);
    m_addTo->setObjectName(QStringLiteral("jwtAddTo"));
    m_addTo->setAccessibleName(tr("Where the JWT goes"));
    m_addTo->addItem(tr("Authorization header"), false);
    m_addTo->addItem(tr("Query parameter"), true);
    form->addRow(tr("Add to:"), m_addTo);
    m_prefix =
        namedLineEdit(this, QStringLiteral("jwtHeaderPrefix"), tr("Authorization header prefix"));
    form->addRow(tr("Prefix:"), m_prefix);
    m_queryParam =
        namedLineEdit(this, QStringLiteral("jwtQueryParam"), tr("JWT query parameter name"));
    form->addRow(tr("Parameter:"), m_queryParam);

    connect(m_algorithm, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        emit changed();
    });
    connect(m_addTo, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        emit changed();
    });
    connect(m_keyBase64, &QCheckBox::toggled, this, &JwtEditor::changed);
    for (QPlainTextEdit *edit : {m_key, m_payload})
        connect(edit, &QPlainTextEdit::textChanged, this, &JwtEditor::changed);
    for (QLineEdit *edit : {m_header, m_prefix, m_queryParam})
        connect(edit, &QLineEdit::textEdited, this, &JwtEditor::changed);
    setSettings(JwtSettings{});
}

JwtSettings JwtEditor::settings() const
{
    JwtSettings s;
    s.algorithm = m_algorithm->currentData().toString();
    s.key = m_key->toPlainText();
    s.keyBase64 = m_keyBase64->isChecked();
    s.payload = m_payload->toPlainText();
    s.header = m_header->text();
    s.inQuery = m_addTo->currentData().toBool();
    s.headerPrefix = m_prefix->text();
    s.queryParam = m_queryParam->text();
    return s;
}

void JwtEditor::setSettings(const JwtSettings &s)
{
    const QSignalBlocker blockAlgorithm(m_algorithm);
    const QSignalBlocker blockAddTo(m_addTo);
    const QSignalBlocker blockKey(m_key);
    const QSignalBlocker blockPayload(m_payload);
    const QSignalBlocker blockBase64(m_keyBase64);
    selectDataOrAddAsWritten(m_algorithm, s.algorithm.toUpper(), s.algorithm);
    m_key->setPlainText(s.key);
    m_keyBase64->setChecked(s.keyBase64);
    m_payload->setPlainText(s.payload);
    m_header->setText(s.header);
    m_addTo->setCurrentIndex(s.inQuery ? 1 : 0);
    m_prefix->setText(s.headerPrefix);
    m_queryParam->setText(s.queryParam);
    updateFields();
}

void JwtEditor::updateFields()
{
    const bool hmac = m_algorithm->currentText().startsWith(u"HS");
    m_key->setPlaceholderText(
        hmac ? tr("The shared secret, or {{variable}}")
             : tr("-----BEGIN PRIVATE KEY-----\n…\n-----END PRIVATE KEY-----"));
    m_keyBase64->setEnabled(hmac);
    const bool inQuery = m_addTo->currentData().toBool();
    m_prefix->setEnabled(!inQuery);
    m_queryParam->setEnabled(inQuery);
}

} // namespace wirescope
