#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace wirescope {

class MessageLogPane;
class SseSession;

/// The live view of a Server-Sent Events stream: the session's MessageLog in the shared
/// MessageLogPane (batched updates, filters, Follow that pauses when you scroll up, the
/// selected event's detail), with the stream's state, the events' counters (events/s,
/// events, comments and connection notes, evicted, last event ID), a Stop button and the
/// Reconnect toggle (off by default: the session reconnects when the stream ends or drops,
/// after the server's `retry` time, sending Last-Event-ID; the waits and IDs appear in the
/// list as connection entries). The session (a core object) is not owned and must outlive
/// the pane.
class SsePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsePane)

public:
    explicit SsePane(SseSession *session, QWidget *parent = nullptr);
    ~SsePane() override;

    SseSession *session() const { return m_session; }
    MessageLogPane *log() const { return m_log; } // child

signals:
    void stopRequested();

private:
    void onStateChanged();

    SseSession *m_session; // not owned
    QLabel *m_state = nullptr;
    QToolButton *m_stop = nullptr;
    QToolButton *m_reconnect = nullptr;
    MessageLogPane *m_log = nullptr;
};

} // namespace wirescope
