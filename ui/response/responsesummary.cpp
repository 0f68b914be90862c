#include "ui/response/responsesummary.h"

#include "core/model/exchange.h"
#include "ui/widgets/displayformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace wirescope {

namespace {

QLabel *detailLabel(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ResponseSummary::ResponseSummary(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("responseSummary"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    m_badge = detailLabel(this, QStringLiteral("statusBadge"), tr("Status code"));
    m_badge->setAlignment(Qt::AlignCenter);
    QFont bold = m_badge->font();
    bold.setBold(true);
    m_badge->setFont(bold);
    m_reason = detailLabel(this, QStringLiteral("statusReason"), tr("Reason phrase"));
    m_reason->setFont(bold);
    m_version = detailLabel(this, QStringLiteral("httpVersionLabel"), tr("HTTP version"));
    m_time = detailLabel(this, QStringLiteral("timeLabel"), tr("Total time"));
    m_size = detailLabel(this, QStringLiteral("sizeLabel"), tr("Body size"));
    m_reused = detailLabel(this, QStringLiteral("reusedLabel"), tr("Connection reuse"));
    m_reused->setText(tr("reused connection"));
    m_reused->setToolTip(tr("A kept-alive connection was used: no DNS lookup, connect or TLS "
                            "handshake happened for this request."));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);

    layout->addWidget(m_badge);
    layout->addWidget(m_reason);
    layout->addWidget(m_version);
    layout->addWidget(m_time);
    layout->addWidget(m_size);
    layout->addWidget(m_reused);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    showIdle();
}

QColor ResponseSummary::statusColor(int status)
{
    if (status >= 500)
        return QColor(0xd9, 0x30, 0x25);
    if (status >= 400)
        return QColor(0xe3, 0x74, 0x00);
    if (status >= 300)
        return QColor(0x1a, 0x73, 0xe8);
    if (status >= 200)
        return QColor(0x18, 0x80, 0x38);
    return QColor(0x5f, 0x63, 0x68);
}

QString ResponseSummary::badgeText() const
{
    return m_badge->text();
}

void ResponseSummary::setBadge(const QString &text, const QColor &color)
{
    m_badge->setText(text);
    m_badge->setVisible(!text.isEmpty());
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                          "border-radius: 4px; padding: 2px 8px; }")
                               .arg(color.name()));
}

void ResponseSummary::setDetails(const QString &version,
                                 const QString &time,
                                 const QString &size,
                                 bool reused)
{
    m_version->setText(version);
    m_version->setVisible(!version.isEmpty());
    m_time->setText(time);
    m_time->setVisible(!time.isEmpty());
    m_size->setText(size);
    m_size->setVisible(!size.isEmpty());
    m_reused->setVisible(reused);
}

void ResponseSummary::showIdle()
{
    setBadge({}, {});
    m_reason->setText(tr("No response yet. Press Ctrl+Enter to send."));
    m_reason->setStyleSheet(QStringLiteral("font-weight: normal;"));
    setDetails({}, {}, {}, false);
    m_progress->hide();
}

void ResponseSummary::showSending()
{
    setBadge({}, {});
    m_reason->setText(tr("Sending…"));
    m_reason->setStyleSheet(QStringLiteral("font-weight: normal;"));
    setDetails({}, {}, {}, false);
    m_progress->setRange(0, 0); // busy until sizes are known
    m_progress->show();
}

void ResponseSummary::showProgress(qint64 received, qint64 total)
{
    m_progress->show();
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / std::max<qint64>(total, 1)));
        m_progress->setFormat(display::bytes(received) + QStringLiteral(" / ")
                              + display::bytes(total));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(display::bytes(received));
    }
    m_size->setText(display::bytes(received));
    m_size->show();
}

void ResponseSummary::showHead(const Response &head)
{
    setBadge(QString::number(head.status), statusColor(head.status));
    m_reason->setText(head.reason);
    m_reason->setStyleSheet({});
    m_version->setText(QStringLiteral("HTTP/") + head.httpVersion);
    m_version->setVisible(!head.httpVersion.isEmpty());
}

void ResponseSummary::showExchange(const Exchange &exchange)
{
    m_progress->hide();
    const QString time = display::milliseconds(exchange.timings.total);
    if (!exchange.response) {
        const bool cancelled = exchange.error && exchange.error->kind == Error::Kind::Cancelled;
        setBadge(cancelled ? tr("Cancelled") : tr("Failed"),
                 cancelled ? QColor(0x5f, 0x63, 0x68) : QColor(0xd9, 0x30, 0x25));
        m_reason->clear(); // the banner below says what happened
        setDetails({}, time, {}, false);
        return;
    }
    const Response &r = *exchange.response;
    setBadge(QString::number(r.status), statusColor(r.status));
    m_reason->setText(r.reason);
    m_reason->setStyleSheet({});
    const QString size =
        r.body.truncated() ? tr("%1 (stopped at the size limit)").arg(display::bytes(r.body.size()))
                           : display::bytes(r.body.size());
    setDetails(r.httpVersion.isEmpty() ? QString() : QStringLiteral("HTTP/") + r.httpVersion, time,
               size, exchange.timings.reusedConnection);
    m_time->setToolTip(tr("Total time from start to the last byte"));
}

} // namespace wirescope
