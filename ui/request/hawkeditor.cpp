#include "ui/request/hawkeditor.h"

#include "ui/widgets/formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wirescope {

HawkEditor::HawkEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hawkEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_id = namedLineEdit(this, QStringLiteral("hawkId"), tr("Hawk ID"));
    form->addRow(tr("Hawk ID:"), m_id);
    m_key = namedLineEdit(this, QStringLiteral("hawkKey"), tr("Hawk key"),
                          tr("The key, or {{variable}}"));
    m_key->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Key:"), m_key);
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("hawkAlgorithm"));
    m_algorithm->setAccessibleName(tr("Hawk MAC algorithm"));
    m_algorithm->addItem(QStringLiteral("sha256"), QStringLiteral("sha256"));
    m_algorithm->addItem(QStringLiteral("sha1"), QStringLiteral("sha1"));
    form->addRow(tr("Algorithm:"), m_algorithm);
    m_ext = namedLineEdit(this, QStringLiteral("hawkExt"), tr("Hawk ext (application data)"));
    form->addRow(tr("Ext:"), m_ext);
    m_app = namedLineEdit(this, QStringLiteral("hawkApp"), tr("Hawk app ID"));
    form->addRow(tr("App:"), m_app);
    m_dlg = namedLineEdit(this, QStringLiteral("hawkDlg"), tr("Hawk delegated-by app ID"));
    form->addRow(tr("Delegation:"), m_dlg);
    m_nonce =
        namedLineEdit(this, QStringLiteral("hawkNonce"), tr("Nonce"), tr("A new one at each send"));
    form->addRow(tr("Nonce:"), m_nonce);
    m_timestamp = namedLineEdit(this, QStringLiteral("hawkTimestamp"), tr("Timestamp"),
                                tr("The time of each send"));
    form->addRow(tr("Timestamp:"), m_timestamp);
    m_payloadHash = new QCheckBox(tr("Sign the payload (hash)"), this);
    m_payloadHash->setObjectName(QStringLiteral("hawkPayloadHash"));
    form->addRow(QString(), m_payloadHash);

    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &HawkEditor::changed);
    connect(m_payloadHash, &QCheckBox::toggled, this, &HawkEditor::changed);
    for (QLineEdit *edit : {m_id, m_key, m_ext, m_app, m_dlg, m_nonce, m_timestamp})
        connect(edit, &QLineEdit::textEdited, this, &HawkEditor::changed);
    setSettings(HawkSettings{});
}

HawkSettings HawkEditor::settings() const
{
    HawkSettings s;
    s.id = m_id->text();
    s.key = m_key->text();
    s.algorithm = m_algorithm->currentData().toString();
    s.ext = m_ext->text();
    s.app = m_app->text();
    s.dlg = m_dlg->text();
    s.nonce = m_nonce->text();
    s.timestamp = m_timestamp->text();
    s.includePayloadHash = m_payloadHash->isChecked();
    return s;
}

void HawkEditor::setSettings(const HawkSettings &s)
{
    const QSignalBlocker blockAlgorithm(m_algorithm);
    const QSignalBlocker blockHash(m_payloadHash);
    selectDataOrAddAsWritten(m_algorithm, s.algorithm.toLower(), s.algorithm);
    m_id->setText(s.id);
    m_key->setText(s.key);
    m_ext->setText(s.ext);
    m_app->setText(s.app);
    m_dlg->setText(s.dlg);
    m_nonce->setText(s.nonce);
    m_timestamp->setText(s.timestamp);
    m_payloadHash->setChecked(s.includePayloadHash);
}

} // namespace wirescope
