#include "ui/sse/ssepane.h"

#include "core/sse/ssesession.h"
#include "core/stream/messagelog.h"
#include "ui/stream/messagelogpane.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace wirescope {

SsePane::SsePane(SseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("ssePane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_log = new MessageLogPane(m_session->log(), MessageLogPane::Entries::Events, this);
    layout->addWidget(m_log);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("sseState"));
    m_state->setAccessibleName(tr("Stream state"));
    m_log->addBarWidget(m_state);
    m_stop = new QToolButton(this);
    m_stop->setObjectName(QStringLiteral("sseStopButton"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Close the stream (Esc)"));
    m_stop->setAccessibleName(tr("Stop the event stream"));
    m_log->addBarWidget(m_stop);
    m_reconnect = new QToolButton(this);
    m_reconnect->setObjectName(QStringLiteral("sseReconnectButton"));
    m_reconnect->setText(tr("Reconnect"));
    m_reconnect->setToolTip(tr("When the stream ends or drops, connect again after the server's "
                               "retry time, sending Last-Event-ID (as EventSource does)"));
    m_reconnect->setAccessibleName(tr("Reconnect when the stream ends"));
    m_reconnect->setCheckable(true);
    m_reconnect->setChecked(m_session->options().reconnect);
    m_log->addBarWidget(m_reconnect);

    m_log->setCountersText([this](const MessageLogCounters &counters, double rate) {
        QString text = tr("\u2193 %L1 events/s   events %L2   other %L3   evicted %L4")
                           .arg(qRound64(rate))
                           .arg(counters.incoming)
                           .arg(counters.events)
                           .arg(counters.evicted);
        const QString lastId = m_session->lastEventId();
        if (!lastId.isEmpty())
            text += tr("   last id %1").arg(lastId.left(40));
        return text;
    });
    connect(m_session, &SseSession::stateChanged, this, &SsePane::onStateChanged);
    connect(m_stop, &QToolButton::clicked, this, &SsePane::stopRequested);
    connect(m_reconnect, &QToolButton::toggled, m_session, &SseSession::setReconnect);
    onStateChanged();
}

SsePane::~SsePane()
{
    m_session->disconnect(this);
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
    m_log->setLive(state == SseSession::State::Open);
}

} // namespace wirescope
