#include "ui/request/awssigv4editor.h"

#include "ui/widgets/formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wirescope {

AwsSigV4Editor::AwsSigV4Editor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("awsSigV4Editor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_accessKey = namedLineEdit(this, QStringLiteral("awsAccessKey"), tr("AWS access key ID"),
                                QStringLiteral("AKIA…"));
    form->addRow(tr("Access key:"), m_accessKey);
    m_secretKey = namedLineEdit(this, QStringLiteral("awsSecretKey"), tr("AWS secret access key"),
                                tr("The secret key, or {{variable}}"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Secret key:"), m_secretKey);
    m_sessionToken = namedLineEdit(this, QStringLiteral("awsSessionToken"), tr("AWS session token"),
                                   tr("Only for temporary credentials (STS)"));
    m_sessionToken->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Session token:"), m_sessionToken);
    m_showSecrets = new QCheckBox(tr("Show the secret key and token"), this);
    m_showSecrets->setObjectName(QStringLiteral("awsShowSecrets"));
    form->addRow(QString(), m_showSecrets);
    m_region = namedLineEdit(this, QStringLiteral("awsRegion"), tr("AWS region"),
                             QStringLiteral("us-east-1"));
    form->addRow(tr("Region:"), m_region);
    m_service = namedLineEdit(this, QStringLiteral("awsService"), tr("AWS service name"),
                              QStringLiteral("execute-api, s3, es…"));
    form->addRow(tr("Service:"), m_service);
    m_addTo = new QComboBox(this);
    m_addTo->setObjectName(QStringLiteral("awsAddTo"));
    m_addTo->setAccessibleName(tr("Where the AWS signature goes"));
    m_addTo->addItem(tr("Headers (Authorization, X-Amz-Date)"), false);
    m_addTo->addItem(tr("Query parameters (a presigned URL)"), true);
    form->addRow(tr("Add to:"), m_addTo);
    m_unsignedPayload =
        new QCheckBox(tr("Unsigned payload (the body is not part of the signature)"), this);
    m_unsignedPayload->setObjectName(QStringLiteral("awsUnsignedPayload"));
    form->addRow(QString(), m_unsignedPayload);

    connect(m_showSecrets, &QCheckBox::toggled, this, [this](bool show) {
        for (QLineEdit *edit : {m_secretKey, m_sessionToken})
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    for (QLineEdit *edit : {m_accessKey, m_secretKey, m_sessionToken, m_region, m_service})
        connect(edit, &QLineEdit::textEdited, this, &AwsSigV4Editor::changed);
    connect(m_addTo, &QComboBox::currentIndexChanged, this, &AwsSigV4Editor::changed);
    connect(m_unsignedPayload, &QCheckBox::toggled, this, &AwsSigV4Editor::changed);
    setSettings(AwsSigV4Settings{});
}

AwsSigV4Settings AwsSigV4Editor::settings() const
{
    AwsSigV4Settings s;
    s.accessKey = m_accessKey->text();
    s.secretKey = m_secretKey->text();
    s.sessionToken = m_sessionToken->text();
    s.region = m_region->text();
    s.service = m_service->text();
    s.inQuery = m_addTo->currentData().toBool();
    s.unsignedPayload = m_unsignedPayload->isChecked();
    return s;
}

void AwsSigV4Editor::setSettings(const AwsSigV4Settings &s)
{
    const QSignalBlocker blockAddTo(m_addTo);
    const QSignalBlocker blockUnsigned(m_unsignedPayload);
    m_accessKey->setText(s.accessKey);
    m_secretKey->setText(s.secretKey);
    m_sessionToken->setText(s.sessionToken);
    m_region->setText(s.region);
    m_service->setText(s.service);
    m_addTo->setCurrentIndex(s.inQuery ? 1 : 0);
    m_unsignedPayload->setChecked(s.unsignedPayload);
}

} // namespace wirescope
