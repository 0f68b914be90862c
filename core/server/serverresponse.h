#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace wirescope::server {

/// A demo event stream (`/sse`): events with ids firstId..lastId, `data: {"n":ID}`, one per
/// intervalMs (0: as fast as the socket drains), written by an EventPump.
struct EventStreamPlan
{
    qint64 firstId = 1;
    qint64 lastId = 10; ///< < firstId: no events; -1: until the client hangs up
    int intervalMs = 1000;
    QByteArray eventName; ///< empty: unnamed ("message") events
    int retryMs = -1;     ///< >= 0: a retry field first
};

/// What the demo server sends back: built by a responder (httpbin endpoints, mock examples),
/// written to the socket by DemoServer.
struct ServerResponse
{
    int status = 200;
    QByteArray reason; ///< empty: the standard phrase for status (httpbin's upper-case style)
    QList<QPair<QByteArray, QByteArray>> headers; ///< besides Date, Server, Content-Length
    QByteArray body;
    /// Sent with Transfer-Encoding: chunked, one chunk each, instead of body (httpbin's
    /// /stream). Empty list + chunked = a chunked response with no data.
    QList<QByteArray> chunks;
    bool chunked = false;
    /// Body bytes generated on the fly while the socket drains (large /bytes answers), so
    /// a 100 MB answer never sits in memory: the size, and a seed for the generator.
    qint64 generatedBytes = -1;
    quint32 generatorSeed = 0;
    /// Sent chunked as text/event-stream, event by event, instead of body (`/sse`).
    std::optional<EventStreamPlan> eventStream;
    int delayMs = 0;         ///< answer after this long (httpbin's /delay)
    bool closeAfter = false; ///< Connection: close after this response

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

} // namespace wirescope::server
