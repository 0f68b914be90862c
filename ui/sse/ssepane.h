#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace wirescope {

class SseSession;
class WsFilterBar;
class WsMessageDetail;
class WsMessageModel;
class WsMessageView;

/// The live view of a Server-Sent Events stream: the session's MessageLog in the WebSocket
/// pane's virtualised list (batched updates, filters, Follow that pauses when you scroll up),
/// the selected event in the detail view (pretty JSON, text, hex), the state, and counters
/// (events/s, events, comments and connection notes, evicted). A Stop button closes the
/// stream; the Reconnect toggle (off by default) makes the session reconnect when the stream
/// ends or drops, after the server's `retry` time, sending Last-Event-ID (the waits and IDs
/// appear in the list as connection entries). The session (a core object) is not owned and must
/// outlive the pane.
class SsePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsePane)

public:
    explicit SsePane(SseSession *session, QWidget *parent = nullptr);
    ~SsePane() override;

    SseSession *session() const { return m_session; }
    WsMessageModel *model() const { return m_model; }    // child
    WsMessageView *view() const { return m_view; }       // child
    WsMessageDetail *detail() const { return m_detail; } // child

signals:
    void stopRequested();

private:
    void onStateChanged();
    void onCurrentRowChanged();
    void applyFilter();
    void updateCounters();

    SseSession *m_session; // not owned
    QLabel *m_state = nullptr;
    QToolButton *m_stop = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_reconnect = nullptr;
    WsFilterBar *m_filterBar = nullptr;
    WsMessageModel *m_model = nullptr;
    WsMessageView *m_view = nullptr;
    WsMessageDetail *m_detail = nullptr;
    QLabel *m_counters = nullptr;
    QTimer *m_countersTimer = nullptr;
    QElapsedTimer m_rateClock;
    qint64 m_rateBase = 0;
    double m_rate = 0;
};

} // namespace wirescope
