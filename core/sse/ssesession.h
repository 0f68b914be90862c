#pragma once

#include "core/model/error.h"
#include "core/model/exchange.h"
#include "core/model/request.h"
#include "core/sse/sseparser.h"
#include "core/vars/variablecontext.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QTimer;

namespace wirescope {

class HttpClient;
class MessageLog;
class RequestRun;

/// A live Server-Sent Events stream: sends a Request through the one HttpClient, and when the
/// response is an event stream (200 with Content-Type text/event-stream, or any 2xx when the
/// request was explicitly marked as SSE) parses its body as it arrives into a MessageLog
/// (bounded, batched notifications), one entry per event, comment and retry field, plus
/// connection events (connecting, open, closed, errors, reconnecting) as Event entries.
///
/// stop() closes the connection. Reconnection is off by default; when on, the session
/// reconnects after the stream ends or drops, waiting the server's `retry` time (or
/// Options::defaultRetryMs) and sending Last-Event-ID, as EventSource does. A response that
/// is not an event stream, a TLS or request error, and a stream that exceeds the parser's
/// limits are not retried.
class SseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SseSession)

public:
    enum class State { Idle, Connecting, Open, Reconnecting, Closed };
    Q_ENUM(State)

    /// Why the session is Closed (or, while reconnecting, how the last connection ended).
    enum class End {
        None,         ///< still running, or never started
        Stopped,      ///< stop() was called
        ServerClosed, ///< the server ended the response normally
        Broken,       ///< the connection failed or broke (error() says how)
        NotAStream,   ///< the response was not an event stream (see exchange())
        TooLarge,     ///< a line or an event exceeded the parser's limits
    };
    Q_ENUM(End)

    struct Options
    {
        bool reconnect = false;         ///< reconnect after the stream ends or drops
        int defaultRetryMs = 3000;      ///< wait before reconnecting when no `retry` was sent
        int maxReconnects = -1;         ///< -1 = until stop()
        bool requireEventStream = true; ///< false: stream any 2xx response (marked as SSE)
        SseParser::Limits limits;
        int logCapacity = 100000;
    };

    explicit SseSession(HttpClient *client, QObject *parent = nullptr);
    ~SseSession() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    /// Turns reconnection on or off, also while streaming (unlike setOptions(), the parser
    /// and the last event ID are kept). Off while a reconnection is pending cancels it: the
    /// session closes.
    void setReconnect(bool reconnect);

    /// Starts streaming @p request (variables from @p context). Adds `Accept:
    /// text/event-stream` unless the request sets an Accept header, and `Cache-Control:
    /// no-cache`. A running stream is stopped first; the log is kept (a new connection
    /// appends to it).
    void start(const Request &request, const VariableContext &context = {});
    /// Takes over @p run, an exchange of @p request whose response head @p head has just
    /// arrived and names an event stream (call from a handler of its headersReceived, before
    /// any body byte): the body streams into the log from here, and a reconnection sends
    /// @p request again. This lets an ordinary send become a stream without a second request.
    void adopt(RequestRun *run,
               const Request &request,
               const VariableContext &context,
               const Response &head);
    /// Closes the connection and cancels a pending reconnection. State becomes Closed.
    void stop();

    State state() const { return m_state; }
    End end() const { return m_end; }
    MessageLog *log() const { return m_log; }
    /// The event source's last event ID (sent as Last-Event-ID when reconnecting).
    QString lastEventId() const { return m_parser.lastEventId(); }
    /// The stream's reconnection time from its last valid `retry` field; -1 if none.
    qint64 reconnectionTimeMs() const { return m_parser.reconnectionTimeMs(); }
    /// The last error (connection, parser limit, not a stream), if any.
    std::optional<Error> error() const { return m_error; }
    /// The response head of the current or last connection.
    std::optional<Response> response() const { return m_response; }
    /// The exchange of the last finished connection (for NotAStream: the whole response).
    const Exchange &exchange() const { return m_exchange; }
    /// Undispatched bytes (a partial event or line) the last connection's end discarded.
    qsizetype discardedBytes() const { return m_discardedBytes; }
    int connectionCount() const { return m_connections; }

    static QString stateName(State state); ///< "idle", "connecting", "open", ...
    /// True when @p contentType names text/event-stream (parameters and case ignored).
    static bool isEventStream(const QString &contentType);

Q_SIGNALS:
    void stateChanged(wirescope::SseSession::State state);
    /// The response head arrived and the body is being streamed.
    void opened(const wirescope::Response &head);
    /// A connection ended; @p discardedBytes of an unfinished event were dropped.
    void connectionEnded(wirescope::SseSession::End how, qsizetype discardedBytes);
    void errorOccurred(const wirescope::Error &error);
    /// The response was not an event stream: @p exchange is the complete ordinary response.
    void notEventStream(const wirescope::Exchange &exchange);

private:
    void connectOnce();
    void resetForStart(const Request &request, const VariableContext &context);
    void attach(RequestRun *run, const QString &url);
    void onRunHeaders(const Response &head);
    void onRunBytes(const QByteArray &bytes);
    void onRunFinished(const Exchange &exchange);
    void scheduleReconnect();
    void setState(State state);
    void logEvent(const QString &text);
    void fail(Error error);
    Request preparedRequest() const;

    HttpClient *m_client;     // not owned; outlives the session
    MessageLog *m_log;        // child
    QTimer *m_reconnectTimer; // child
    Options m_options;
    Request m_request;
    VariableContext m_context;
    SseParser m_parser;
    SseParser::Handler m_handler;
    QPointer<RequestRun> m_run;
    State m_state = State::Idle;
    End m_end = End::None;
    std::optional<Error> m_error;
    std::optional<Response> m_response;
    Exchange m_exchange;
    qsizetype m_discardedBytes = 0;
    qint64 m_bytesReceived = 0; ///< body bytes of the current connection
    int m_connections = 0;
    int m_reconnects = 0;
    bool m_streaming = false;
    bool m_stopping = false;
    bool m_limitHit = false;
};

} // namespace wirescope
