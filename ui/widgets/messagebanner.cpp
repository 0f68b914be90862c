#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
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
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("bannerDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->hide();

    m_buttons = new QHBoxLayout;
    m_buttons->setContentsMargins(0, 2, 0, 0);
    m_detailToggle = new QToolButton(this);
    m_detailToggle->setObjectName(QStringLiteral("bannerDetailToggle"));
    m_detailToggle->setAutoRaise(true);
    m_detailToggle->setCheckable(true);
    m_detailToggle->setAccessibleName(tr("Technical details"));
    connect(m_detailToggle, &QToolButton::toggled, this, &MessageBanner::setDetailShown);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_detailToggle);

    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(m_buttons);
    layout->addWidget(m_detail);
    hide();
}

void MessageBanner::showMessage(Level level,
                                const QString &title,
                                const QString &message,
                                const QString &hint,
                                const QString &detail)
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
                       "QLabel { border: none; background: transparent; color: #202124; }"
                       "QToolButton { color: #1a4fb4; }")
            .arg(background, border));
    removeActionButtons();
    m_title->setText(title);
    m_message->setText(hint.isEmpty() ? message : message + u'\n' + hint);
    m_detail->setText(detail);
    m_detailToggle->setVisible(!detail.isEmpty());
    m_detailToggle->setChecked(false);
    setDetailShown(false);
    setAccessibleName(title);
    setAccessibleDescription(m_message->text());
    show();
}

void MessageBanner::setActions(const QList<QAction *> &actions)
{
    removeActionButtons();
    int at = 0;
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(QStringLiteral("bannerAction"));
        m_buttons->insertWidget(at++, button);
        m_actionButtons.append(button);
    }
}

void MessageBanner::clear()
{
    removeActionButtons();
    m_title->clear();
    m_message->clear();
    m_detail->clear();
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

QString MessageBanner::detail() const
{
    return m_detail->text();
}

bool MessageBanner::isDetailShown() const
{
    return m_detail->isVisibleTo(this);
}

void MessageBanner::removeActionButtons()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
}

void MessageBanner::setDetailShown(bool shown)
{
    m_detail->setVisible(shown && !m_detail->text().isEmpty());
    m_detailToggle->setText(shown ? tr("Hide details") : tr("Details"));
}

} // namespace wirescope
