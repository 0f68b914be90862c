#include "ui/stream/messagelogpane.h"

#include "core/stream/messagelog.h"
#include "ui/stream/messagedetail.h"
#include "ui/stream/messagefilterbar.h"
#include "ui/stream/messagelogmodel.h"
#include "ui/stream/messagelogview.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wirescope {

namespace {
constexpr int s_countersIntervalMs = 500;
}

MessageLogPane::MessageLogPane(MessageLog *log, Entries entries, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
{
    setObjectName(QStringLiteral("messageLogPane"));
    const bool events = entries == Entries::Events;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    m_bar = new QHBoxLayout;
    m_filterBar = new MessageFilterBar(this);
    if (events)
        m_filterBar->useForEventStreams();
    m_bar->addWidget(m_filterBar, 1);
    m_follow = new QToolButton(this);
    m_follow->setObjectName(QStringLiteral("messageFollowButton"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(events
                             ? tr("Keep the newest event in view (pauses when you scroll up)")
                             : tr("Keep the newest message in view (pauses when you scroll up)"));
    m_follow->setAccessibleName(events ? tr("Follow new events") : tr("Follow new messages"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_bar->addWidget(m_follow);
    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("messageClearButton"));
    clear->setText(tr("Clear"));
    clear->setToolTip(events
                          ? tr("Remove the events from the list (the counters keep counting)")
                          : tr("Remove the messages from the list (the counters keep counting)"));
    clear->setAccessibleName(events ? tr("Clear events") : tr("Clear messages"));
    m_bar->addWidget(clear);
    layout->addLayout(m_bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("messageSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *listPane = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    m_model = new MessageLogModel(m_log, this);
    m_view = new MessageLogView(listPane);
    m_view->setObjectName(QStringLiteral("messageList"));
    m_view->setAccessibleName(events ? tr("Events") : tr("Messages"));
    m_view->setModel(m_model);
    listLayout->addWidget(m_view, 1);
    m_counters = new QLabel(listPane);
    m_counters->setObjectName(QStringLiteral("messageCounters"));
    m_counters->setAccessibleName(tr("Counters"));
    m_counters->setTextFormat(Qt::PlainText);
    listLayout->addWidget(m_counters);
    m_detail = new MessageDetail(m_splitter);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_countersTimer = new QTimer(this);
    m_countersTimer->setInterval(s_countersIntervalMs);
    connect(m_countersTimer, &QTimer::timeout, this, &MessageLogPane::updateCounters);
    connect(m_log, &MessageLog::changed, this, [this] {
        // Batches come at most ~60 times a second: the totals keep pace with the list.
        updateCounters();
        if (!m_countersTimer->isActive())
            m_countersTimer->start();
    });
    connect(m_filterBar, &MessageFilterBar::filterChanged, this, &MessageLogPane::applyFilter);
    connect(m_follow, &QToolButton::toggled, m_view, &MessageLogView::setFollowing);
    connect(m_view, &MessageLogView::followingChanged, m_follow, &QToolButton::setChecked);
    connect(clear, &QToolButton::clicked, this, &MessageLogPane::clearLog);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessageLogPane::onCurrentRowChanged);
    connect(m_model, &MessageLogModel::scanFinished, this, &MessageLogPane::updateCounters);
    m_rateClock.start();
    updateCounters();
}

MessageLogPane::~MessageLogPane()
{
    // The list must stop reading the log before the model goes.
    m_log->disconnect(this);
    m_view->setModel(nullptr);
    delete m_model;
}

void MessageLogPane::addBarWidget(QWidget *widget)
{
    m_bar->insertWidget(m_leadingWidgets++, widget);
}

void MessageLogPane::setCountersText(CountersText text)
{
    m_countersText = std::move(text);
    updateCounters();
}

void MessageLogPane::setLive(bool live)
{
    m_live = live;
    updateCounters();
}

void MessageLogPane::onCurrentRowChanged()
{
    const int row = m_view->selectionModel()->currentIndex().row();
    StreamMessage message;
    if (row >= 0 && m_model->messageAt(row, &message))
        m_detail->setMessage(message);
}

void MessageLogPane::applyFilter()
{
    m_filterBar->setError(m_model->setFilter(m_filterBar->filter()));
    updateCounters();
}

void MessageLogPane::clearLog()
{
    m_log->clear();
    m_detail->clear();
}

void MessageLogPane::updateCounters()
{
    const MessageLogCounters counters = m_log->counters();
    const qint64 elapsedMs = m_rateClock.elapsed();
    if (elapsedMs >= s_countersIntervalMs) {
        m_rate = double(counters.incoming - m_rateBase) * 1000.0 / double(elapsedMs);
        m_rateBase = counters.incoming;
        m_rateClock.restart();
        if (m_rate == 0 && !m_live)
            m_countersTimer->stop(); // nothing moves; the next batch restarts it
    }
    QString text = m_countersText ? m_countersText(counters, m_rate) : QString();
    if (m_model->isFiltered()) {
        text += tr("   showing %L1%2")
                    .arg(m_model->rowCount())
                    .arg(m_model->isScanning() ? tr(" (searching\u2026)") : QString());
    }
    m_counters->setText(text);
}

} // namespace wirescope
