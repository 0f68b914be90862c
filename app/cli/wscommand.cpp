#include "app/cli/wscommand.h"

#include "core/http/wiretap.h"

#include "app/cli/console.h"
#include "app/cli/eventlines.h"
#include "app/cli/exitcodes.h"
#include "app/cli/sharedoptions.h"
#include "app/cli/terminaltext.h"
#include "app/cli/tlshints.h"
#include "core/stream/messagelog.h"
#include "core/stream/streammessagejson.h"
#include "core/websocket/websocketsession.h"
#include "core/websocket/wspayload.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace wirescope::cli {

namespace {

QJsonObject timingsJson(const WsTimings &t)
{
    const auto value = [](const std::optional<double> &v) {
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o{{QStringLiteral("dns"), value(t.dns)},
                  {QStringLiteral("connect"), value(t.connect)},
                  {QStringLiteral("handshake"), value(t.handshake)},
                  {QStringLiteral("total"), value(t.total)},
                  {QStringLiteral("tlsInHandshake"), t.tlsInHandshake}};
    if (!t.note.isEmpty())
        o.insert(QStringLiteral("note"), t.note);
    return o;
}

QJsonArray headersJson(const KeyValueList &headers)
{
    QJsonArray out;
    for (const KeyValue &h : headers)
        out.append(
            QJsonObject{{QStringLiteral("name"), h.name}, {QStringLiteral("value"), h.value}});
    return out;
}

// Decided before any socket opens. When the process started with fd 0 closed, the next
// descriptor opened (Qt's eventfd, say) takes number 0; it must not be read as stdin.
bool stdinIsUsable()
{
    struct stat st;
    if (::fstat(STDIN_FILENO, &st) != 0)
        return false;
    return S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISREG(st.st_mode)
           || S_ISSOCK(st.st_mode);
}

} // namespace

WsCommand::WsCommand(WsOptions options)
    : CliCommand(nullptr)
    , m_options(std::move(options))
    , m_stdinUsable(stdinIsUsable())
    , m_tap(WireTap::wantedFromEnvironment() ? std::make_unique<WireTap>() : nullptr)
    , m_session(new WebSocketSession(this))
    , m_timeout(new QTimer(this))
    , m_linger(new QTimer(this))
{
    m_session->setWireTap(m_tap && m_tap->isListening() ? m_tap.get() : nullptr);
    m_linger->setSingleShot(true);
    connect(m_linger, &QTimer::timeout, this, &WsCommand::onLinger);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &WsCommand::onTimeout);
    connect(m_session, &WebSocketSession::opened, this, &WsCommand::onOpened);
    connect(m_session, &WebSocketSession::errorOccurred, this, &WsCommand::onError);
    connect(m_session, &WebSocketSession::stateChanged, this,
            [this](WebSocketSession::State state) {
                if (state == WebSocketSession::State::Closed)
                    onClosedState();
            });
    connect(m_session->log(), &MessageLog::changed, this, &WsCommand::onLogChanged);
}

WsCommand::~WsCommand()
{
    delete m_session; // before the relay it may still be connected through
}

std::optional<int> WsCommand::start()
{
    const VariableContext context = localVariables(m_options.variables);
    if (m_options.timeoutMs > 0)
        m_timeout->start(m_options.timeoutMs);
    m_opening = true;
    const bool opening = m_session->open(m_options.request, context);
    m_opening = false;
    if (!opening) {
        // Refused before connecting: like send, a usage error prints nothing on stdout.
        m_nextToPrint = m_session->log()->firstSequence() + m_session->log()->size();
        onClosedState();
        return std::nullopt;
    }
    for (const QString &w : m_session->warnings())
        printWarning(w);
    return std::nullopt;
}

void WsCommand::onOpened()
{
    onLogChanged();
    printOpen();
    for (const WsOutgoingMessage &m : std::as_const(m_options.messages)) {
        if (m.kind == WsPayloadKind::Text)
            m_session->sendText(QString::fromUtf8(m.payload));
        else
            m_session->sendBinary(m.payload);
    }
    if (m_options.interactive) {
        if (!m_stdinUsable) {
            m_closeRequested = true;
            m_session->close(1000);
            return;
        }
        m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, &WsCommand::onStdinReadable);
    } else if (m_options.expect == 0) {
        // Scripted sends and nothing to wait for: done once they are written.
        m_closeRequested = true;
        m_session->close(1000);
    } else {
        onLogChanged(); // the expected messages may be here already
    }
}

void WsCommand::onStdinReadable()
{
    char buf[65536];
    const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n > 0) {
        m_stdinBuffer.append(buf, n);
        qsizetype nl;
        while ((nl = m_stdinBuffer.indexOf('\n')) >= 0) {
            QByteArray line = m_stdinBuffer.left(nl);
            m_stdinBuffer.remove(0, nl + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            sendLine(line);
        }
        return;
    }
    // EOF (Ctrl+D) or a read error: send what is left, then close normally once the
    // answers have stopped coming for a moment (Qt drops what arrives after its close frame).
    m_stdin->setEnabled(false);
    if (!m_stdinBuffer.isEmpty())
        sendLine(m_stdinBuffer);
    m_stdinBuffer.clear();
    m_lingerIncoming = m_session->log()->counters().incoming;
    m_linger->start(kLingerMs);
}

void WsCommand::onLinger()
{
    const qint64 incoming = m_session->log()->counters().incoming;
    if (incoming != m_lingerIncoming && m_lingerRounds++ < kMaxLingerRounds) {
        m_lingerIncoming = incoming;
        m_linger->start(kLingerMs);
        return;
    }
    if (m_session->state() == WebSocketSession::State::Open) {
        m_closeRequested = true;
        m_session->close(1000);
    }
}

void WsCommand::sendLine(const QByteArray &line)
{
    if (!isValidUtf8(line)) {
        printError(QStringLiteral("a line of standard input is not valid UTF-8; not sent (use "
                                  "--send-binary for bytes)"));
        return;
    }
    if (m_session->state() == WebSocketSession::State::Open)
        m_session->sendText(QString::fromUtf8(line));
}

void WsCommand::onError(const Error &error)
{
    if (!m_error)
        m_error = error;
    if (!m_opening) // a request refused by open() prints nothing on stdout, like send
        onLogChanged();
}

void WsCommand::onTimeout()
{
    m_timedOut = true;
    printError(QStringLiteral("timed out after %1 s (--timeout); %2 of %3 expected messages "
                              "arrived")
                   .arg(m_options.timeoutMs / 1000.0)
                   .arg(m_session->log()->counters().incoming)
                   .arg(m_options.expect));
    if (m_session->state() == WebSocketSession::State::Open) {
        m_closeRequested = true;
        m_session->close(1000, QStringLiteral("timeout"));
        // A server that never answers the close must not keep us here.
        QTimer::singleShot(2000, this, [this] { finish(exitCode()); });
    } else if (m_session->state() != WebSocketSession::State::Closed) {
        m_session->close(1000);
        finish(exitCode());
    } else {
        finish(exitCode());
    }
}

void WsCommand::onLogChanged()
{
    const MessageLog *log = m_session->log();
    const qint64 first = log->firstSequence();
    const int size = log->size();
    if (m_nextToPrint < first) {
        const qint64 lost = first - m_nextToPrint;
        if (m_options.jsonOutput)
            writeJsonLine({{QStringLiteral("event"), QStringLiteral("dropped")},
                           {QStringLiteral("count"), lost}});
        else
            printWarning(QStringLiteral("%1 log entries were evicted before they could be "
                                        "printed")
                             .arg(lost));
        m_nextToPrint = first;
    }
    for (qint64 seq = m_nextToPrint; seq < first + size; ++seq)
        printEntry(log->at(int(seq - first)));
    m_nextToPrint = first + size;

    if (m_options.expect > 0 && !m_closeRequested && log->counters().incoming >= m_options.expect
        && m_session->state() == WebSocketSession::State::Open) {
        m_closeRequested = true;
        m_session->close(1000);
    }
}

void WsCommand::printEntry(const StreamMessage &m)
{
    if (m_options.jsonOutput) {
        if (m.type == MessageKind::Event)
            return; // events get their own objects (open, close, error)
        QJsonObject o = streamMessageToJson(m);
        o.insert(QStringLiteral("event"), QStringLiteral("frame"));
        o.insert(QStringLiteral("time"), eventIsoTime(m.timestampUs));
        writeJsonLine(o);
        return;
    }
    const char *arrow = m.direction == MessageDirection::Incoming   ? "<"
                        : m.direction == MessageDirection::Outgoing ? ">"
                                                                    : "*";
    QString body;
    switch (m.type) {
    case MessageKind::Text: // a message may have lines; its escape sequences are shown escaped
        body = terminalSafe(QString::fromUtf8(m.payload), TerminalLines::Multi);
        break;
    case MessageKind::Event:
    case MessageKind::SseEvent: // never in a WebSocket log
    case MessageKind::SseComment:
    case MessageKind::SseRetry:
        body = terminalSafe(QString::fromUtf8(m.payload));
        break;
    case MessageKind::Binary:
        body = QStringLiteral("[binary, %1 bytes] %2").arg(m.size).arg(hexPreview(m.payload));
        break;
    case MessageKind::Ping:
    case MessageKind::Pong:
        body = QStringLiteral("[%1] %2").arg(messageKindName(m.type), hexPreview(m.payload));
        break;
    case MessageKind::Close:
        body = QStringLiteral("[close %1] %2")
                   .arg(m.closeCode)
                   .arg(terminalSafe(QString::fromUtf8(m.payload)));
        break;
    }
    writeStdout((eventTimeText(m.timestampUs) + u' ' + QLatin1String(arrow) + u' ' + body + u'\n')
                    .toUtf8());
}

void WsCommand::printOpen()
{
    const WsHandshake &hs = m_session->handshake();
    if (!m_options.jsonOutput) {
        if (hs.tls) {
            const TlsInfo &tls = hs.tlsInfo;
            printNote(QStringLiteral("TLS: %1 %2, certificate %3")
                          .arg(tls.protocol, tls.cipher,
                               tls.verified ? QStringLiteral("verified")
                                            : QStringLiteral("NOT verified (accepted: %1 error(s))")
                                                  .arg(tls.acceptedErrors.size())));
        }
        printNote(
            QStringLiteral("timing: ") + describeWsTimings(hs.timings)
            + (hs.timings.note.isEmpty() ? QString() : QStringLiteral("; ") + hs.timings.note));
        return; // the log's "open" event line says the rest
    }
    QJsonObject o{{QStringLiteral("event"), QStringLiteral("open")},
                  {QStringLiteral("url"), hs.url},
                  {QStringLiteral("status"), hs.status},
                  {QStringLiteral("subprotocol"), hs.subprotocol},
                  {QStringLiteral("requestHeaders"), headersJson(hs.requestHeaders)},
                  {QStringLiteral("responseHeaders"), headersJson(hs.responseHeaders)},
                  {QStringLiteral("limitations"), QJsonArray::fromStringList(hs.limitations)},
                  {QStringLiteral("timings"), timingsJson(hs.timings)}};
    if (hs.tls) {
        o.insert(
            QStringLiteral("tls"),
            QJsonObject{{QStringLiteral("protocol"), hs.tlsInfo.protocol},
                        {QStringLiteral("cipher"), hs.tlsInfo.cipher},
                        {QStringLiteral("verified"), hs.tlsInfo.verified},
                        {QStringLiteral("acceptedErrors"), int(hs.tlsInfo.acceptedErrors.size())}});
    }
    writeJsonLine(o);
}

int WsCommand::exitCode() const
{
    if (m_timedOut)
        return int(ExitCode::Timeout);
    const WsHandshake &hs = m_session->handshake();
    if (m_error) {
        if (hs.status != 0 && hs.status != 101)
            return int(ExitCode::WsHandshakeRefused);
        switch (m_error->kind) {
        case Error::Kind::ConnectionReset:
        case Error::Kind::Protocol:
            if (hs.status == 101)
                return int(ExitCode::WsAbnormalClose);
            break;
        default:
            break;
        }
        return int(exitCodeFor(m_error->kind));
    }
    const int code = m_session->closeCode();
    if (code == 1006)
        return int(ExitCode::WsAbnormalClose);
    if (m_session->closedByPeer() && code != 1000 && code != 1001)
        return int(ExitCode::WsPeerClosed);
    if (m_options.expect > 0 && m_session->log()->counters().incoming < m_options.expect)
        return int(ExitCode::WsPeerClosed);
    return int(ExitCode::Ok);
}

void WsCommand::onClosedState()
{
    if (m_finished)
        return;
    onLogChanged();
    const int code = exitCode();
    if (m_error) {
        if (m_options.jsonOutput) {
            writeJsonLine({{QStringLiteral("event"), QStringLiteral("error")},
                           {QStringLiteral("kind"), Error::kindName(m_error->kind)},
                           {QStringLiteral("message"), m_error->message},
                           {QStringLiteral("status"), m_session->handshake().status}});
        }
        printError(m_error->message);
        if (m_error->kind == Error::Kind::Tls)
            printTlsRefusalHints(m_session->handshake().tlsInfo, QStringLiteral("this connection"));
    }
    if (m_session->handshake().status == 101) {
        if (m_options.jsonOutput) {
            writeJsonLine({{QStringLiteral("event"), QStringLiteral("close")},
                           {QStringLiteral("code"), m_session->closeCode()},
                           {QStringLiteral("reason"), m_session->closeReason()},
                           {QStringLiteral("byPeer"), m_session->closedByPeer()},
                           {QStringLiteral("received"), m_session->log()->counters().incoming},
                           {QStringLiteral("sent"), m_session->log()->counters().outgoing}});
        }
        const int closeCode = m_session->closeCode();
        const bool peerError = m_session->closedByPeer() && closeCode != 1000 && closeCode != 1001;
        if (code == int(ExitCode::WsPeerClosed) && !peerError)
            printError(QStringLiteral("the connection closed after %1 of %2 expected messages")
                           .arg(m_session->log()->counters().incoming)
                           .arg(m_options.expect));
        else if (code == int(ExitCode::WsPeerClosed))
            printError(QStringLiteral("the server closed the connection with %1 (%2)%3")
                           .arg(m_session->closeCode())
                           .arg(WebSocketSession::closeCodeName(m_session->closeCode()),
                                m_session->closeReason().isEmpty()
                                    ? QString()
                                    : QStringLiteral(": ") + m_session->closeReason()));
    }
    finish(code);
}

void WsCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    // Leave the event loop after this call chain has unwound.
    QTimer::singleShot(0, this, [this, code] { emit done(code); });
}

} // namespace wirescope::cli
