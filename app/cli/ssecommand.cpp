#include "app/cli/ssecommand.h"

#include "app/cli/console.h"
#include "app/cli/eventlines.h"
#include "app/cli/exitcodes.h"
#include "app/cli/sharedoptions.h"
#include "app/cli/terminaltext.h"
#include "core/http/httpclient.h"
#include "core/sse/ssesession.h"
#include "core/stream/messagelog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace wirescope::cli {

namespace {

QString endName(SseSession::End end)
{
    switch (end) {
    case SseSession::End::None:
        return QStringLiteral("none");
    case SseSession::End::Stopped:
        return QStringLiteral("stopped");
    case SseSession::End::ServerClosed:
        return QStringLiteral("server-closed");
    case SseSession::End::Broken:
        return QStringLiteral("broken");
    case SseSession::End::NotAStream:
        return QStringLiteral("not-a-stream");
    case SseSession::End::TooLarge:
        break;
    }
    return QStringLiteral("too-large");
}

} // namespace

SseCommand::SseCommand(SseOptions options)
    : CliCommand(nullptr)
    , m_options(std::move(options))
    , m_client(new HttpClient(this))
    , m_session(new SseSession(m_client, this))
    , m_timeout(new QTimer(this))
{
    SseSession::Options sessionOptions;
    sessionOptions.reconnect = m_options.reconnect;
    sessionOptions.requireEventStream = !m_options.anyType;
    if (m_options.maxEventBytes > 0) {
        sessionOptions.limits.maxEventBytes = m_options.maxEventBytes;
        sessionOptions.limits.maxLineBytes = m_options.maxEventBytes;
    }
    m_session->setOptions(sessionOptions);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &SseCommand::onTimeout);
    connect(m_session->log(), &MessageLog::changed, this, &SseCommand::onLogChanged);
    connect(m_session, &SseSession::stateChanged, this, &SseCommand::onStateChanged);
}

std::optional<int> SseCommand::start()
{
    if (m_options.timeoutMs > 0)
        m_timeout->start(m_options.timeoutMs);
    m_session->start(m_options.request, localVariables(m_options.variables));
    return std::nullopt;
}

void SseCommand::onTimeout()
{
    m_timedOut = true;
    printError(QStringLiteral("timed out after %1 s (--timeout); %2 events arrived")
                   .arg(m_options.timeoutMs / 1000.0)
                   .arg(m_printedEvents));
    m_session->stop();
}

void SseCommand::onLogChanged()
{
    const MessageLog *log = m_session->log();
    const qint64 first = log->firstSequence();
    const int size = log->size();
    if (m_nextToPrint < first) {
        printWarning(QStringLiteral("%1 log entries were evicted before they could be printed")
                         .arg(first - m_nextToPrint));
        m_nextToPrint = first;
    }
    for (qint64 seq = m_nextToPrint; seq < first + size && !m_expectMet; ++seq) {
        const StreamMessage m = log->at(int(seq - first));
        m_nextToPrint = seq + 1;
        printEntry(m);
        if (m.type != MessageKind::SseEvent)
            continue;
        m_lastPrintedId = m.eventId;
        if (++m_printedEvents == m_options.expect) {
            m_expectMet = true;
            m_session->stop();
        }
    }
}

void SseCommand::printEntry(const StreamMessage &m)
{
    const QString text = QString::fromUtf8(m.payload);
    if (m_options.jsonOutput) {
        QJsonObject o{{QStringLiteral("time"), eventIsoTime(m.timestampUs)},
                      {QStringLiteral("timestampUs"), m.timestampUs}};
        switch (m.type) {
        case MessageKind::SseEvent:
            o.insert(QStringLiteral("event"), QStringLiteral("message"));
            o.insert(QStringLiteral("type"), m.eventType);
            o.insert(QStringLiteral("id"), m.eventId);
            o.insert(QStringLiteral("data"), text);
            break;
        case MessageKind::SseComment:
            o.insert(QStringLiteral("event"), QStringLiteral("comment"));
            o.insert(QStringLiteral("text"), text);
            break;
        case MessageKind::SseRetry:
            o.insert(QStringLiteral("event"), QStringLiteral("retry"));
            o.insert(QStringLiteral("ms"), m.retryMs);
            break;
        default:
            return; // connection events get their own objects (open, error, close)
        }
        writeJsonLine(o);
        return;
    }
    QString line;
    switch (m.type) {
    case MessageKind::SseEvent:
        line = QStringLiteral("< %1%2 %3")
                   .arg(terminalSafe(m.eventType),
                        m.eventId.isEmpty() ? QString()
                                            : QStringLiteral(" id=") + terminalSafe(m.eventId),
                        terminalSafe(text));
        break;
    case MessageKind::SseComment:
        line = QStringLiteral(": ") + terminalSafe(text);
        break;
    case MessageKind::SseRetry:
        line = QStringLiteral("< retry %1 ms").arg(m.retryMs);
        break;
    default:
        line = QStringLiteral("* ") + terminalSafe(text);
        break;
    }
    writeStdout((eventTimeText(m.timestampUs) + u' ' + line + u'\n').toUtf8());
}

void SseCommand::onStateChanged()
{
    const SseSession::State state = m_session->state();
    if (state == SseSession::State::Open && m_options.jsonOutput) {
        onLogChanged();
        const Response head = m_session->response().value_or(Response{});
        QJsonArray headers;
        for (const KeyValue &h : head.headers)
            headers.append(QJsonArray{h.name, h.value});
        writeJsonLine({{QStringLiteral("event"), QStringLiteral("open")},
                       {QStringLiteral("url"), m_session->exchange().finalUrl.isEmpty()
                                                   ? m_options.request.url
                                                   : m_session->exchange().finalUrl},
                       {QStringLiteral("status"), head.status},
                       {QStringLiteral("headers"), headers}});
    }
    if (state == SseSession::State::Closed)
        finish();
}

int SseCommand::exitCode() const
{
    if (m_expectMet)
        return int(ExitCode::Ok);
    if (m_timedOut)
        return int(ExitCode::Timeout);
    switch (m_session->end()) {
    case SseSession::End::NotAStream:
        return int(ExitCode::WsHandshakeRefused);
    case SseSession::End::TooLarge:
        return int(ExitCode::TooLarge);
    case SseSession::End::Broken: {
        const Error error = m_session->error().value_or(Error{});
        // After the stream opened, a failure is a broken stream; before, its own kind.
        if (m_session->response() && m_session->response()->status == 200
            && (error.kind == Error::Kind::ConnectionReset || error.kind == Error::Kind::Protocol
                || error.kind == Error::Kind::Other))
            return int(ExitCode::WsAbnormalClose);
        return int(exitCodeFor(error.kind));
    }
    case SseSession::End::ServerClosed:
        if (m_options.expect > 0)
            return int(ExitCode::WsPeerClosed);
        return int(ExitCode::Ok);
    case SseSession::End::Stopped:
    case SseSession::End::None:
        break;
    }
    return int(ExitCode::Ok);
}

void SseCommand::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    onLogChanged();
    const int code = exitCode();
    const std::optional<Error> error = m_session->error();
    if (m_options.jsonOutput) {
        if (error && !m_expectMet) {
            writeJsonLine({{QStringLiteral("event"), QStringLiteral("error")},
                           {QStringLiteral("kind"), Error::kindName(error->kind)},
                           {QStringLiteral("message"), error->message},
                           {QStringLiteral("status"),
                            m_session->response() ? m_session->response()->status : 0}});
        }
        writeJsonLine({{QStringLiteral("event"), QStringLiteral("close")},
                       {QStringLiteral("end"), endName(m_session->end())},
                       {QStringLiteral("received"), m_printedEvents},
                       {QStringLiteral("discardedBytes"), qint64(m_session->discardedBytes())},
                       {QStringLiteral("lastEventId"), m_lastPrintedId}});
    }
    if (error && !m_expectMet)
        printError(error->message);
    if (code == int(ExitCode::WsPeerClosed))
        printError(QStringLiteral("the server ended the stream after %1 of %2 expected events")
                       .arg(m_printedEvents)
                       .arg(m_options.expect));
    // Leave the event loop after this call chain has unwound.
    QTimer::singleShot(0, this, [this, code] { emit done(code); });
}

} // namespace wirescope::cli
