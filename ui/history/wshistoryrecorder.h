#pragma once

#include "core/model/error.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace wirescope {

class HistoryStore;
class MessageLog;
class SocketIoTab;
class VariableContext;
class WebSocketTab;
struct SessionRecord;
struct StreamMessage;

/// Puts each WebSocket and Socket.IO session of the window's tabs into the history: from
/// Connect to the close (or the failed handshake), one entry with the handshake, the messages
/// of that session as a transcript (whole messages up to the history's body limit) and the
/// request to reopen. Redacted like every exchange (secret variables, Authorization).
/// WebSocket sessions are kept with method "WS", Socket.IO ones with "SIO".
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
    void attach(SocketIoTab *tab);

    /// The record of @p tab's session since it started connecting (for tests and recording).
    SessionRecord record(const QObject *tab) const;

private:
    /// What the recorder reads from a tab of either kind: its message log, and the session's
    /// head (method, URL, handshake, request to reopen) as a SessionRecord without transcript.
    struct Source
    {
        std::function<const MessageLog *()> log;
        std::function<SessionRecord()> head;
        /// Masks what a message may carry that the history must not keep (may be empty).
        std::function<void(StreamMessage &)> scrub;
    };
    struct Session
    {
        QDateTime startedAt;
        QElapsedTimer clock;
        qint64 firstSequence = 0; ///< the log's next sequence when Connect was pressed
        std::optional<Error> error;
    };
    void track(QObject *tab, Source source);
    void start(QObject *tab);
    void fail(QObject *tab, const Error &error);
    void finish(QObject *tab);

    HistoryStore *m_history;          // not owned
    const VariableContext *m_context; // not owned
    QHash<const QObject *, Source> m_sources;
    QHash<const QObject *, Session> m_sessions;
};

} // namespace wirescope
