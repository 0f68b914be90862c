#include "ui/response/tlsview.h"

#include "ui/widgets/displayformat.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wirescope {

namespace {

const QString s_red = QStringLiteral("#d93025");
const QString s_green = QStringLiteral("#188038");
const QString s_orange = QStringLiteral("#e37400");

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setColored(QLabel *label, const QString &text, const QString &color)
{
    label->setText(text);
    label->setStyleSheet(
        color.isEmpty() ? QString() : QStringLiteral("color: %1; font-weight: bold;").arg(color));
}

} // namespace

TlsView::TlsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tlsView"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_protocol = valueLabel(this, QStringLiteral("tlsProtocol"));
    m_cipher = valueLabel(this, QStringLiteral("tlsCipher"));
    m_alpn = valueLabel(this, QStringLiteral("tlsAlpn"));
    m_verification = valueLabel(this, QStringLiteral("tlsVerification"));
    m_verification->setWordWrap(true);
    form->addRow(tr("Protocol:"), m_protocol);
    form->addRow(tr("Cipher:"), m_cipher);
    form->addRow(tr("ALPN:"), m_alpn);
    form->addRow(tr("Verification:"), m_verification);
    layout->addLayout(form);

    m_errorsBox = new QWidget(this);
    m_errorsBox->setObjectName(QStringLiteral("tlsErrors"));
    m_errorsLayout = new QVBoxLayout(m_errorsBox);
    m_errorsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorsBox);

    m_chain = new QTreeWidget(this);
    m_chain->setObjectName(QStringLiteral("tlsChain"));
    m_chain->setAccessibleName(tr("Certificate chain"));
    m_chain->setColumnCount(2);
    m_chain->setHeaderLabels({tr("Certificate chain"), tr("Value")});
    m_chain->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_chain->setAlternatingRowColors(true);
    m_chain->setWordWrap(false);
    layout->addWidget(m_chain, 1);
    clear();
}

void TlsView::clear()
{
    m_protocol->setText(tr("n/a"));
    m_cipher->setText(tr("n/a"));
    m_alpn->setText(tr("n/a"));
    setColored(m_verification, tr("No TLS: the request was not sent over HTTPS."), {});
    rebuildErrors(TlsInfo{});
    m_chain->clear();
}

void TlsView::setTlsInfo(const TlsInfo &info)
{
    m_protocol->setText(info.protocol.isEmpty() ? tr("n/a") : info.protocol);
    m_cipher->setText(info.cipher.isEmpty()
                          ? tr("n/a")
                          : tr("%1 (%2 bits)").arg(info.cipher).arg(info.cipherBits));
    m_alpn->setText(info.alpn.isEmpty() ? tr("none negotiated") : info.alpn);

    // Judged from the errors themselves rather than `verified` alone, so that "accepted by you"
    // is never shown as "verified" nor as "failed".
    const bool allAccepted =
        std::all_of(info.errors.begin(), info.errors.end(),
                    [&info](const TlsError &e) { return info.acceptedErrors.contains(e); });
    if (info.insecure) {
        setColored(m_verification,
                   tr("NOT VERIFIED: certificate verification was turned off for this request "
                      "(errors ignored: %1).")
                       .arg(info.errors.size()),
                   s_red);
    } else if (info.errors.isEmpty() && !info.chain.isEmpty()) {
        setColored(m_verification, tr("Verified: the chain is trusted and matches the host."),
                   s_green);
    } else if (info.errors.isEmpty()) {
        setColored(m_verification, tr("Not verified: the handshake did not complete."), s_red);
    } else if (allAccepted) {
        setColored(m_verification,
                   tr("Accepted for this request: verification errors you chose to accept: %1.")
                       .arg(info.acceptedErrors.size()),
                   s_orange);
    } else {
        setColored(
            m_verification,
            info.errors.size() == 1
                ? tr("Failed: 1 verification error. Nothing was sent over this connection.")
                : tr("Failed: %1 verification errors. Nothing was sent over this connection.")
                      .arg(info.errors.size()),
            s_red);
    }
    rebuildErrors(info);

    m_chain->clear();
    for (int i = 0; i < info.chain.size(); ++i) {
        const CertificateInfo &cert = info.chain.at(i);
        const QString role =
            i == 0 ? tr("Server") : (i + 1 == info.chain.size() ? tr("Root") : tr("Intermediate"));
        auto *top = new QTreeWidgetItem(m_chain, {role, cert.subject});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        const auto add = [top](const QString &name, const QString &value) {
            auto *item = new QTreeWidgetItem(top, {name, value});
            item->setToolTip(1, value);
            return item;
        };
        add(tr("Subject"), cert.subject);
        add(tr("Issuer"), cert.issuer);
        add(tr("Alternative names"), cert.subjectAlternativeNames.join(QStringLiteral(", ")));
        add(tr("Serial number"), cert.serialNumber);
        add(tr("Valid from"),
            QLocale().toString(cert.notBefore.toLocalTime(), QLocale::ShortFormat));
        QTreeWidgetItem *until =
            add(tr("Valid until"),
                QLocale().toString(cert.notAfter.toLocalTime(), QLocale::ShortFormat));
        if (cert.notAfter.isValid() && cert.notAfter < QDateTime::currentDateTimeUtc()) {
            until->setText(1, until->text(1) + tr(" (expired)"));
            until->setForeground(1, QColor(s_red));
        }
        add(tr("SHA-256"), cert.sha256)->setFont(1, display::fixedFont());
        add(tr("Public key"),
            cert.publicKeyBits > 0
                ? tr("%1, %2 bits").arg(cert.publicKeyAlgorithm).arg(cert.publicKeyBits)
                : cert.publicKeyAlgorithm);
        add(tr("Self-signed"), cert.selfSigned ? tr("yes") : tr("no"));
        top->setExpanded(i == 0);
    }
}

void TlsView::rebuildErrors(const TlsInfo &info)
{
    // deleteLater: this can run from inside a click on one of these buttons.
    while (QLayoutItem *item = m_errorsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_errorsBox->setVisible(!info.errors.isEmpty());
    for (int i = 0; i < info.errors.size(); ++i) {
        const TlsError &error = info.errors.at(i);
        auto *row = new QWidget(m_errorsBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *message = new QLabel(error.message, row);
        message->setObjectName(QStringLiteral("tlsErrorMessage_%1").arg(i));
        message->setWordWrap(true);
        message->setTextFormat(Qt::PlainText);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // The message takes the room (a word-wrapped label beside a stretch is squeezed).
        rowLayout->addWidget(message, 1);
        if (info.acceptedErrors.contains(error) || info.insecure) {
            message->setStyleSheet(QStringLiteral("color: %1;").arg(s_orange));
            auto *accepted = new QLabel(tr("(accepted for this request)"), row);
            rowLayout->addWidget(accepted);
        } else {
            message->setStyleSheet(QStringLiteral("color: %1;").arg(s_red));
            auto *accept = new QPushButton(tr("Accept for This Request"), row);
            accept->setObjectName(QStringLiteral("acceptTlsError_%1").arg(i));
            accept->setAccessibleName(tr("Accept this certificate error for this request"));
            accept->setToolTip(tr("Trust this one error, for this certificate, in this request "
                                  "only, and send it again"));
            const IgnoredTlsError ignored{error.code, error.certificateSha256};
            connect(accept, &QPushButton::clicked, this,
                    [this, ignored] { emit acceptErrorRequested(ignored); });
            rowLayout->addWidget(accept);
        }
        m_errorsLayout->addWidget(row);
    }
}

} // namespace wirescope
