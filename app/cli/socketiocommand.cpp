#include "app/cli/socketiocommand.h"

#include "app/cli/terminaltext.h"

#include "app/cli/console.h"
#include "app/cli/eventlines.h"
#include "app/cli/exitcodes.h"
#include "app/cli/tlshints.h"
#include "core/http/wiretap.h"
#include "core/socketio/socketioclient.h"
#include "core/stream/messagelog.h"
#include "core/websocket/websocketsession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace wirescope::cli {

namespace {

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

SocketIoCommand::SocketIoCommand(SocketIoCliOptions options)
    : CliCommand(nullptr)
    , m_options(std::move(options))
    , m_tap(WireTap::wantedFromEnvironment() ? std::make_unique<WireTap>() : nullptr)
    , m_client(new SocketIoClient(this))
    , m_timeout(new QTimer(this))
{
    m_client->setWireTap(m_tap && m_tap->isListening() ? m_tap.get() : nullptr);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &SocketIoCommand::onTimeout);
    connect(m_client, &SocketIoClient::connected, this, &SocketIoCommand::onConnected);
    connect(m_client, &SocketIoClient::eventReceived, this, &SocketIoCommand::onEvent);
    connect(m_client, &SocketIoClient::ackReceived, this, &SocketIoCommand::onAck);
    connect(m_client, &SocketIoClient::ackTimedOut, this, &SocketIoCommand::onAckTimedOut);
    connect(m_client, &SocketIoClient::errorOccurred, this, &SocketIoCommand::onError);
    connect(m_client, &SocketIoClient::closed, this, &SocketIoCommand::onClosed);
}

SocketIoCommand::~SocketIoCommand()
{
    delete m_client; // before the relay it may still be connected through
}

std::optional<int> SocketIoCommand::start()
{
    SocketIoOptions o;
    o.url = m_options.request.url;
    o.nsp = m_options.nsp;
    o.auth = m_options.auth;
    o.hasAuth = m_options.hasAuth;
    o.ackTimeoutMs = m_options.ackTimeoutMs;
    o.headers = m_options.request.headers;
    o.settings = m_options.request.settings;
    if (m_options.timeoutMs > 0)
        m_timeout->start(m_options.timeoutMs);
    if (!m_client->open(o)) {
        // Refused before connecting: like send, a usage error prints nothing on stdout.
        const Error e = m_error.value_or(Error{Error::Kind::InvalidRequest, QString()});
        printError(e.message);
        return int(exitCodeFor(e.kind));
    }
    return std::nullopt;
}

void SocketIoCommand::printLine(char arrow, const QString &text)
{
    writeStdout((eventTimeText(streamNowUs()) + u' ' + QLatin1Char(arrow) + u' '
                 + terminalSafe(text) + u'\n')
                    .toUtf8());
}

void SocketIoCommand::onConnected(const QString &sid)
{
    const EngineIoOpen &hs = m_client->handshake();
    if (m_options.jsonOutput) {
        writeJsonLine({{QStringLiteral("event"), QStringLiteral("connect")},
                       {QStringLiteral("url"), m_client->session()->handshake().url},
                       {QStringLiteral("namespace"), m_options.nsp},
                       {QStringLiteral("sid"), sid},
                       {QStringLiteral("engineSid"), hs.sid},
                       {QStringLiteral("pingInterval"), hs.pingIntervalMs},
                       {QStringLiteral("pingTimeout"), hs.pingTimeoutMs},
                       {QStringLiteral("maxPayload"), hs.maxPayload}});
    } else {
        printLine('*', QStringLiteral("connected to namespace %1 (socket id %2, Engine.IO session "
                                      "%3, ping every %4 ms)")
                           .arg(m_options.nsp, sid, hs.sid)
                           .arg(hs.pingIntervalMs));
    }
    for (const SocketIoEmit &item : std::as_const(m_options.emits)) {
        auto id = m_client->emitEvent(item.name, item.args, m_options.ack);
        if (!id) {
            onError(id.error());
            m_closeRequested = true;
            m_client->close();
            return;
        }
        if (m_options.ack)
            ++m_pendingAcks;
        if (m_options.jsonOutput) {
            writeJsonLine({{QStringLiteral("event"), QStringLiteral("emit")},
                           {QStringLiteral("name"), item.name},
                           {QStringLiteral("args"), item.args},
                           {QStringLiteral("ackId"), *id},
                           {QStringLiteral("time"), eventIsoTime(streamNowUs())}});
        } else {
            printLine('>', item.name + u' ' + compact(item.args)
                               + (*id >= 0 ? QStringLiteral(" (ack %1)").arg(*id) : QString()));
        }
    }
    closeIfDone();
}

void SocketIoCommand::onEvent(const QString &name, const QJsonArray &args, qint64 ackId)
{
    if (m_options.jsonOutput) {
        QJsonObject o{{QStringLiteral("event"), QStringLiteral("message")},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("args"), args},
                      {QStringLiteral("time"), eventIsoTime(streamNowUs())}};
        if (ackId >= 0)
            o.insert(QStringLiteral("ackRequested"), ackId);
        writeJsonLine(o);
    } else {
        printLine('<', name + u' ' + compact(args));
    }
    countReceived();
}

void SocketIoCommand::onAck(qint64 id, const QJsonArray &args)
{
    --m_pendingAcks;
    if (m_options.jsonOutput) {
        writeJsonLine({{QStringLiteral("event"), QStringLiteral("ack")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("args"), args},
                       {QStringLiteral("time"), eventIsoTime(streamNowUs())}});
    } else {
        printLine('<', QStringLiteral("ack %1 %2").arg(id).arg(compact(args)));
    }
    countReceived();
}

void SocketIoCommand::onAckTimedOut(qint64 id, const QString &event)
{
    --m_pendingAcks;
    m_ackTimedOut = true;
    const QString text = QStringLiteral("no acknowledgement for \"%1\" (ack %2) within %3 s")
                             .arg(event)
                             .arg(id)
                             .arg(m_options.ackTimeoutMs / 1000.0);
    if (m_options.jsonOutput) {
        writeJsonLine({{QStringLiteral("event"), QStringLiteral("ackTimeout")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("name"), event}});
    }
    printError(text);
    closeIfDone();
}

void SocketIoCommand::countReceived()
{
    ++m_received;
    closeIfDone();
}

void SocketIoCommand::closeIfDone()
{
    if (m_closeRequested || m_client->state() != SocketIoClient::State::Connected)
        return;
    const bool done = m_options.expect > 0 ? m_received >= m_options.expect
                                           : !m_options.emits.isEmpty() && m_pendingAcks <= 0;
    if (!done)
        return;
    m_closeRequested = true;
    m_client->close();
}

void SocketIoCommand::onError(const Error &error)
{
    if (!m_error)
        m_error = error;
}

void SocketIoCommand::onTimeout()
{
    m_timedOut = true;
    const QString text =
        QStringLiteral("timed out after %1 s (--timeout)").arg(m_options.timeoutMs / 1000.0);
    printError(m_options.expect > 0 ? text
                                          + QStringLiteral("; %1 of %2 expected events arrived")
                                                .arg(m_received)
                                                .arg(m_options.expect)
                                    : text);
    if (m_client->state() == SocketIoClient::State::Closed) {
        finish(exitCode());
        return;
    }
    m_closeRequested = true;
    m_client->close();
    // A server that never answers the close must not keep us here.
    QTimer::singleShot(2000, this, [this] { finish(exitCode()); });
}

int SocketIoCommand::exitCode() const
{
    if (m_timedOut || m_ackTimedOut)
        return int(ExitCode::Timeout);
    if (m_error) {
        if (m_client->namespaceRefused())
            return int(ExitCode::WsHandshakeRefused);
        return int(exitCodeFor(m_error->kind));
    }
    if (m_options.expect > 0 && m_received < m_options.expect)
        return int(ExitCode::WsPeerClosed);
    return int(ExitCode::Ok);
}

void SocketIoCommand::onClosed(const QString &reason)
{
    if (m_error) {
        if (m_options.jsonOutput) {
            writeJsonLine({{QStringLiteral("event"), QStringLiteral("error")},
                           {QStringLiteral("kind"), Error::kindName(m_error->kind)},
                           {QStringLiteral("message"), m_error->message},
                           {QStringLiteral("detail"), m_error->detail}});
        }
        printError(m_error->message);
        if (m_error->kind == Error::Kind::Tls)
            printTlsRefusalHints(m_client->session()->handshake().tlsInfo,
                                 QStringLiteral("this connection"));
    }
    if (m_options.jsonOutput) {
        writeJsonLine({{QStringLiteral("event"), QStringLiteral("close")},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("received"), m_received},
                       {QStringLiteral("pingsAnswered"), m_client->pingsAnswered()}});
    } else if (!m_error) { // the error line says why
        printLine('*', QStringLiteral("closed: %1").arg(reason));
    }
    const int code = exitCode();
    if (code == int(ExitCode::WsPeerClosed))
        printError(QStringLiteral("the connection closed after %1 of %2 expected events")
                       .arg(m_received)
                       .arg(m_options.expect));
    finish(code);
}

void SocketIoCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    QTimer::singleShot(0, this, [this, code] { emit done(code); });
}

} // namespace wirescope::cli
