#include "ui/stream/messagefilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace wirescope {

namespace {

constexpr int s_debounceMs = 200;
enum DirectionChoice { AllDirections, IncomingOnly, OutgoingOnly };

} // namespace

MessageFilterBar::MessageFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("messageFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("filterDirection"));
    m_direction->setAccessibleName(tr("Show messages in direction"));
    m_direction->addItem(tr("In and out"), AllDirections);
    m_direction->addItem(tr("\u2193 Received"), IncomingOnly);
    m_direction->addItem(tr("\u2191 Sent"), OutgoingOnly);
    layout->addWidget(m_direction);

    const auto toggle = [this, layout](const QString &text, const QString &name,
                                       const QString &tip) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setCheckable(true);
        button->setChecked(true);
        layout->addWidget(button);
        connect(button, &QToolButton::toggled, this, &MessageFilterBar::filterChanged);
        return button;
    };
    m_text = toggle(tr("Text"), QStringLiteral("filterTypeText"), tr("Show text messages"));
    m_binary = toggle(tr("Binary"), QStringLiteral("filterTypeBinary"), tr("Show binary messages"));
    m_control = toggle(tr("Control"), QStringLiteral("filterTypeControl"),
                       tr("Show ping, pong and close frames"));
    m_events = toggle(tr("Events"), QStringLiteral("filterTypeEvents"),
                      tr("Show connection events (connecting, open, closed, errors)"));

    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("filterPattern"));
    m_pattern->setAccessibleName(tr("Filter messages by text"));
    m_pattern->setPlaceholderText(tr("Filter by text\u2026"));
    m_pattern->setClearButtonEnabled(true);
    layout->addWidget(m_pattern, 1);
    m_regex = new QCheckBox(tr("Regex"), this);
    m_regex->setObjectName(QStringLiteral("filterRegex"));
    m_regex->setToolTip(tr("Treat the filter text as a regular expression"));
    layout->addWidget(m_regex);
    m_case = new QCheckBox(tr("Aa"), this);
    m_case->setObjectName(QStringLiteral("filterCase"));
    m_case->setToolTip(tr("Match case"));
    m_case->setAccessibleName(tr("Match case"));
    layout->addWidget(m_case);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(s_debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &MessageFilterBar::filterChanged);
    connect(m_pattern, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_pattern, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit filterChanged();
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, &MessageFilterBar::filterChanged);
    connect(m_regex, &QCheckBox::toggled, this, &MessageFilterBar::filterChanged);
    connect(m_case, &QCheckBox::toggled, this, &MessageFilterBar::filterChanged);
}

void MessageFilterBar::useForEventStreams()
{
    m_direction->hide();
    m_binary->hide();
    m_text->setText(tr("Events"));
    m_text->setToolTip(tr("Show the stream's events"));
    m_text->setAccessibleName(m_text->toolTip());
    m_control->setText(tr("Comments"));
    m_control->setToolTip(tr("Show comment lines (keep-alives) and retry fields"));
    m_control->setAccessibleName(m_control->toolTip());
    m_events->setText(tr("Notes"));
    m_events->setToolTip(tr("Show connection notes (connecting, open, closed, errors)"));
    m_events->setAccessibleName(m_events->toolTip());
}

MessageFilter MessageFilterBar::filter() const
{
    MessageFilter filter;
    const int direction = m_direction->currentData().toInt();
    filter.incoming = direction != OutgoingOnly;
    filter.outgoing = direction != IncomingOnly;
    filter.text = m_text->isChecked();
    filter.binary = m_binary->isChecked();
    filter.control = m_control->isChecked();
    filter.events = m_events->isChecked();
    filter.pattern = m_pattern->text();
    filter.regex = m_regex->isChecked();
    filter.caseSensitive = m_case->isChecked();
    return filter;
}

void MessageFilterBar::setError(const QString &error)
{
    m_pattern->setToolTip(error);
    m_pattern->setStyleSheet(error.isEmpty() ? QString()
                                             : QStringLiteral("QLineEdit { border: 1px solid "
                                                              "#d93025; color: #d93025; }"));
}

} // namespace wirescope
