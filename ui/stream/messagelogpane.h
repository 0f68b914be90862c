#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QSplitter;
class QTimer;
class QToolButton;

namespace wirescope {

class MessageDetail;
class MessageFilterBar;
class MessageLog;
class MessageLogModel;
class MessageLogView;
struct MessageLogCounters;

/// The live view of one MessageLog, the same for every conversation (WebSocket, Server-Sent
/// Events, ...): a bar with the filter, Follow and Clear; the virtualised list beside the
/// selected message's detail; and a counters line (rate, totals, evicted, how many the filter
/// shows). Updates follow the log's batched `changed` signal, never one per message.
///
/// The owner says what its entries are called (messages or events), adds its own controls to
/// the front of the bar, and words the totals (setCountersText). The log is not owned and
/// must outlive the pane.
class MessageLogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogPane)

public:
    enum class Entries { Messages, Events };
    /// What the counters line says before "showing N": the protocol's totals, given the
    /// log's counters and the incoming rate over the last interval (per second).
    using CountersText =
        std::function<QString(const MessageLogCounters &counters, double incomingPerSecond)>;

    MessageLogPane(MessageLog *log, Entries entries, QWidget *parent = nullptr);
    ~MessageLogPane() override;

    /// Puts @p widget in the bar before the filter, after the widgets added before it.
    void addBarWidget(QWidget *widget);
    void setCountersText(CountersText text);
    /// While the conversation is not live and nothing arrives, the counters stop refreshing
    /// on their own (the next batch starts them again).
    void setLive(bool live);
    /// Recomputes the counters line now (the owner calls it when its own figures change).
    void updateCounters();

    MessageLogModel *model() const { return m_model; } // child
    MessageLogView *view() const { return m_view; }    // child
    MessageDetail *detail() const { return m_detail; } // child
    QSplitter *splitter() const { return m_splitter; } // child: list | detail

private:
    void onCurrentRowChanged();
    void applyFilter();
    void clearLog();

    MessageLog *m_log; // not owned
    QHBoxLayout *m_bar = nullptr;
    int m_leadingWidgets = 0;
    MessageFilterBar *m_filterBar = nullptr;
    QToolButton *m_follow = nullptr;
    MessageLogModel *m_model = nullptr;
    MessageLogView *m_view = nullptr;
    MessageDetail *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_counters = nullptr;
    QTimer *m_countersTimer = nullptr;
    CountersText m_countersText;
    QElapsedTimer m_rateClock;
    qint64 m_rateBase = 0; ///< incoming count at m_rateClock's start
    double m_rate = 0;     ///< incoming entries per second over the last interval
    bool m_live = false;
};

} // namespace wirescope
