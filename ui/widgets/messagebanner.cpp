#include "ui/widgets/messagebanner.h"

#include <QLabel>
#include <QVBoxLayout>

namespace wirescope {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bannerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bannerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    hide();
}

void MessageBanner::showMessage(Level level,
                                const QString &title,
                                const QString &message,
                                const QString &hint)
{
    // Fixed tints with dark text: readable on light and dark palettes alike.
    QString background;
    QString border;
    switch (level) {
    case Level::Error:
        background = QStringLiteral("#fde2e1");
        border = QStringLiteral("#d93025");
        break;
    case Level::Warning:
        background = QStringLiteral("#fef3d6");
        border = QStringLiteral("#e8a317");
        break;
    case Level::Info:
        background = QStringLiteral("#e3eefc");
        border = QStringLiteral("#3b78e7");
        break;
    }
    setStyleSheet(
        QStringLiteral("QFrame { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       "QLabel { border: none; background: transparent; color: #202124; }")
            .arg(background, border));
    m_title->setText(title);
    m_message->setText(hint.isEmpty() ? message : message + u'\n' + hint);
    setAccessibleName(title);
    setAccessibleDescription(m_message->text());
    show();
}

void MessageBanner::clear()
{
    m_title->clear();
    m_message->clear();
    hide();
}

QString MessageBanner::title() const
{
    return m_title->text();
}

QString MessageBanner::message() const
{
    return m_message->text();
}

} // namespace wirescope
