#include "ui/sse/ssepane.h"

#include "core/sse/ssesession.h"
#include "core/websocket/messagelog.h"
#include "ui/websocket/wsfilterbar.h"
#include "ui/websocket/wsmessagedetail.h"
#include "ui/websocket/wsmessagemodel.h"
#include "ui/websocket/wsmessageview.h"

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

SsePane::SsePane(SseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("ssePane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("sseState"));
    bar->addWidget(m_state);
    m_stop = new QToolButton(this);
    m_stop->setObjectName(QStringLiteral("sseStopButton"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Close the stream (Esc)"));
    m_stop->setAccessibleName(tr("Stop the event stream"));
    bar->addWidget(m_stop);
    m_reconnect = new QToolButton(this);
    m_reconnect->setObjectName(QStringLiteral("sseReconnectButton"));
    m_reconnect->setText(tr("Reconnect"));
    m_reconnect->setToolTip(tr("When the stream ends or drops, connect again after the server's "
                               "retry time, sending Last-Event-ID (as EventSource does)"));
    m_reconnect->setAccessibleName(tr("Reconnect when the stream ends"));
    m_reconnect->setCheckable(true);
    m_reconnect->setChecked(m_session->options().reconnect);
    bar->addWidget(m_reconnect);
    m_filterBar = new WsFilterBar(this);
    m_filterBar->useForEventStreams();
    bar->addWidget(m_filterBar, 1);
    m_follow = new QToolButton(this);
    m_follow->setObjectName(QStringLiteral("sseFollowButton"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest event in view (pauses when you scroll up)"));
    m_follow->setAccessibleName(tr("Follow new events"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    bar->addWidget(m_follow);
    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("sseClearButton"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Remove the events from the list (the counters keep counting)"));
    clear->setAccessibleName(tr("Clear events"));
    bar->addWidget(clear);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sseSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    m_model = new WsMessageModel(m_session->log(), this);
    m_view = new WsMessageView(listPane);
    m_view->setObjectName(QStringLiteral("sseEventList"));
    m_view->setModel(m_model);
    listLayout->addWidget(m_view, 1);
    m_counters = new QLabel(listPane);
    m_counters->setObjectName(QStringLiteral("sseCounters"));
    m_counters->setTextFormat(Qt::PlainText);
    listLayout->addWidget(m_counters);
    m_detail = new WsMessageDetail(splitter);
    splitter->addWidget(listPane);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_countersTimer = new QTimer(this);
    m_countersTimer->setInterval(s_countersIntervalMs);
    connect(m_countersTimer, &QTimer::timeout, this, &SsePane::updateCounters);
    connect(m_session->log(), &MessageLog::changed, this, [this] {
        updateCounters(); // batches come at most ~60 times a second
        if (!m_countersTimer->isActive())
            m_countersTimer->start();
    });
    connect(m_session, &SseSession::stateChanged, this, &SsePane::onStateChanged);
    connect(m_stop, &QToolButton::clicked, this, &SsePane::stopRequested);
    connect(m_reconnect, &QToolButton::toggled, m_session, &SseSession::setReconnect);
    connect(m_filterBar, &WsFilterBar::filterChanged, this, &SsePane::applyFilter);
    connect(m_follow, &QToolButton::toggled, m_view, &WsMessageView::setFollowing);
    connect(m_view, &WsMessageView::followingChanged, m_follow, &QToolButton::setChecked);
    connect(clear, &QToolButton::clicked, this, [this] {
        m_session->log()->clear();
        m_detail->clear();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SsePane::onCurrentRowChanged);
    connect(m_model, &WsMessageModel::scanFinished, this, &SsePane::updateCounters);
    m_rateClock.start();
    onStateChanged();
}

SsePane::~SsePane()
{
    // The list must stop reading the log before the model goes.
    m_session->disconnect(this);
    m_session->log()->disconnect(this);
    m_view->setModel(nullptr);
    delete m_model;
}

void SsePane::onStateChanged()
{
    const SseSession::State state = m_session->state();
    QString text = SseSession::stateName(state);
    if (state == SseSession::State::Open && m_session->response())
        text = tr("open (%1)").arg(m_session->response()->status);
    else if (state == SseSession::State::Reconnecting && m_session->reconnectionTimeMs() >= 0)
        text = tr("reconnecting (retry %1 ms)").arg(m_session->reconnectionTimeMs());
    m_state->setText(text);
    const bool live = state == SseSession::State::Connecting || state == SseSession::State::Open
                      || state == SseSession::State::Reconnecting;
    m_stop->setEnabled(live);
    updateCounters();
}

void SsePane::onCurrentRowChanged()
{
    const int row = m_view->selectionModel()->currentIndex().row();
    WsMessage message;
    if (row >= 0 && m_model->messageAt(row, &message))
        m_detail->setMessage(message);
}

void SsePane::applyFilter()
{
    m_filterBar->setError(m_model->setFilter(m_filterBar->filter()));
    updateCounters();
}

void SsePane::updateCounters()
{
    const MessageLogCounters counters = m_session->log()->counters();
    const qint64 elapsedMs = m_rateClock.elapsed();
    if (elapsedMs >= s_countersIntervalMs) {
        m_rate = double(counters.incoming - m_rateBase) * 1000.0 / double(elapsedMs);
        m_rateBase = counters.incoming;
        m_rateClock.restart();
        if (m_rate == 0 && m_session->state() != SseSession::State::Open)
            m_countersTimer->stop(); // nothing moves; the next batch restarts it
    }
    QString text = tr("\u2193 %L1 events/s   events %L2   other %L3   evicted %L4")
                       .arg(qRound64(m_rate))
                       .arg(counters.incoming)
                       .arg(counters.events)
                       .arg(counters.evicted);
    const QString lastId = m_session->lastEventId();
    if (!lastId.isEmpty())
        text += tr("   last id %1").arg(lastId.left(40));
    if (m_model->isFiltered()) {
        text += tr("   showing %L1%2")
                    .arg(m_model->rowCount())
                    .arg(m_model->isScanning() ? tr(" (searching\u2026)") : QString());
    }
    m_counters->setText(text);
}

} // namespace wirescope
