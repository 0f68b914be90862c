#pragma once

#include "core/model/error.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace wirescope {

class HistoryStore;
class VariableContext;
class WebSocketTab;
struct SessionRecord;

/// Puts each WebSocket session of the window's tabs into the history: from Connect to the
/// close (or the failed handshake), one entry with the handshake, the messages of that
/// session as a transcript (whole messages up to the history's body limit) and the request
/// to reopen. Redacted like every exchange (secret variables, Authorization).
class WebSocketHistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketHistoryRecorder)

public:
    /// @p history and @p context are not owned and outlive the recorder.
    WebSocketHistoryRecorder(HistoryStore *history,
                             const VariableContext *context,
                             QObject *parent = nullptr);
    ~WebSocketHistoryRecorder() override;

    void attach(WebSocketTab *tab);

    /// The record of @p tab's session since it started connecting (for tests and recording).
    SessionRecord record(const WebSocketTab *tab) const;

private:
    struct Session
    {
        QDateTime startedAt;
        QElapsedTimer clock;
        qint64 firstSequence = 0; ///< the log's next sequence when Connect was pressed
        std::optional<Error> error;
    };
    void onStateChanged(WebSocketTab *tab);
    void finish(WebSocketTab *tab);

    HistoryStore *m_history;          // not owned
    const VariableContext *m_context; // not owned
    QHash<const WebSocketTab *, Session> m_sessions;
};

} // namespace wirescope
