#include "ui/stream/messagedetail.h"

#include "core/model/responsebody.h"
#include "core/stream/messagelog.h"
#include "ui/response/bodyview.h"
#include "ui/stream/messagelogmodel.h"
#include "ui/widgets/displayformat.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace wirescope {

MessageDetail::MessageDetail(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wsMessageDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("messageSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long summary wraps: selecting a message must never widen the window.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_summary);
    m_body = new BodyView(this);
    if (auto *text = m_body->findChild<QPlainTextEdit *>(QStringLiteral("bodyText"))) {
        text->setPlaceholderText(tr("Select a message to see it in full here."));
        text->setAccessibleName(tr("Message payload"));
    }
    layout->addWidget(m_body, 1);
    clear();
}

void MessageDetail::setMessage(const StreamMessage &message)
{
    m_sequence = message.sequence;
    QString summary =
        tr("#%1  %2 %3  %4  %5")
            .arg(message.sequence)
            .arg(messageDirectionName(message.direction), messageKindName(message.type),
                 display::bytes(message.size), MessageLogModel::formatTime(message.timestampUs));
    if (message.type == MessageKind::Close || message.closeCode != 0)
        summary += tr("  close code %1").arg(message.closeCode);
    if (message.type == MessageKind::SseEvent) {
        summary += tr("  event \"%1\"").arg(message.eventType);
        if (!message.eventId.isEmpty())
            summary += tr("  id \"%1\"").arg(message.eventId);
    }
    m_summary->setText(summary);
    // Text frames: JSON is recognised by its content; binary opens in the hex view.
    QString contentType;
    if (message.type == MessageKind::Binary)
        contentType = QStringLiteral("application/octet-stream");
    else if (message.type != MessageKind::Text && message.type != MessageKind::SseEvent)
        contentType = QStringLiteral("text/plain; charset=utf-8");
    m_body->setBody(ResponseBody::fromBytes(message.payload), contentType);
}

void MessageDetail::clear()
{
    m_sequence = -1;
    m_summary->setText(tr("No message selected."));
    m_body->clear();
}

QString MessageDetail::summary() const
{
    return m_summary->text();
}

} // namespace wirescope
