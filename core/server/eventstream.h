#pragma once

#include "core/server/serverresponse.h"

#include <QObject>

#include <functional>

class QTcpSocket;
class QTimer;

namespace wirescope::server {

struct ServerRequest;

/// `/sse?count=N&interval=MS&event=NAME&retry=MS`: a counting event stream. Ids run from 1
/// (or from the request's numeric Last-Event-ID + 1, so a reconnecting client resumes) up to
/// count; count=0 streams until the client hangs up. Bad parameters are a 400 JSON error.
ServerResponse eventStreamResponse(const ServerRequest &request);

/// Writes the events of an EventStreamPlan to a socket as chunks of a chunked body: on a
/// timer, or with interval 0 in batches whenever the socket has drained (so a fast stream
/// never piles up in memory). Ends the body (and calls @p done) after the last event.
/// A child of the socket: a client that leaves ends the pump.
class EventPump final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPump)

public:
    EventPump(QTcpSocket *socket,
              const EventStreamPlan &plan,
              bool closeAfter,
              std::function<void()> done);
    ~EventPump() override;

    /// The bytes of event @p id as the stream writes them.
    static QByteArray eventBytes(const EventStreamPlan &plan, qint64 id);

private:
    void pump();
    void writeChunk(const QByteArray &bytes);
    void finish();

    QTcpSocket *m_socket; // not owned (our parent)
    EventStreamPlan m_plan;
    qint64 m_next;
    bool m_closeAfter;
    bool m_finished = false;
    std::function<void()> m_done;
    QTimer *m_timer = nullptr; // child, when the plan has an interval
};

} // namespace wirescope::server
