#include "ui/history/wshistoryrecorder.h"

#include "core/history/historyredactor.h"
#include "core/history/historystore.h"
#include "core/socketio/socketiorequest.h"
#include "core/store/websocketrequestjson.h"
#include "core/stream/messagelog.h"
#include "core/stream/streammessagejson.h"
#include "core/websocket/websocketsession.h"
#include "ui/socketio/socketiotab.h"
#include "ui/websocket/websockettab.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wirescope {

namespace {

// The handshake of @p session as the record's request and response heads.
void copyHandshake(const WebSocketSession &session, SessionRecord &r)
{
    const WsHandshake &handshake = session.handshake();
    r.url = handshake.url;
    r.requestHeaders = handshake.requestHeaders;
    r.status = handshake.status;
    r.reason = handshake.reason;
    r.responseHeaders = handshake.responseHeaders;
}

} // namespace

WebSocketHistoryRecorder::WebSocketHistoryRecorder(HistoryStore *history,
                                                   const VariableContext *context,
                                                   QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_context(context)
{}

WebSocketHistoryRecorder::~WebSocketHistoryRecorder() = default;

void WebSocketHistoryRecorder::attach(WebSocketTab *tab)
{
    const auto head = [tab] {
        SessionRecord r;
        copyHandshake(*tab->session(), r);
        if (r.url.isEmpty())
            r.url = tab->request().url;
        r.request = toJson(tab->request());
        return r;
    };
    track(tab, Source{[tab] { return tab->session()->log(); }, head, {}});
    WebSocketSession *session = tab->session();
    connect(session, &WebSocketSession::stateChanged, this, [this, tab] {
        switch (tab->session()->state()) {
        case WebSocketSession::State::Connecting:
            start(tab);
            break;
        case WebSocketSession::State::Closed:
            finish(tab);
            break;
        case WebSocketSession::State::Open:
        case WebSocketSession::State::Closing:
        case WebSocketSession::State::Reconnecting:
            break;
        }
    });
    connect(session, &WebSocketSession::errorOccurred, this,
            [this, tab](const Error &error) { fail(tab, error); });
    // Closing a connected tab drops the connection without a Closed state: record it then.
    connect(tab, &WebSocketTab::closing, this, [this, tab] { finish(tab); });
}

namespace {

/// A Socket.IO CONNECT we sent ("40" or "40/ns," then the auth object) carries the auth in
/// clear: its values are masked in the transcript, whether they were typed or came from a
/// variable (the request kept beside it has no literal auth either).
/// The text values of a typed auth object ({{variables}} are the context's business).
QStringList literalAuthValues(const QString &authJson)
{
    QStringList out;
    const QJsonObject auth = QJsonDocument::fromJson(authJson.toUtf8()).object();
    for (const QJsonValue &value : auth) {
        const QString text = value.isString() ? value.toString() : QString();
        if (!text.isEmpty() && !text.contains(QLatin1String("{{")))
            out.append(text);
    }
    return out;
}

void maskConnectAuth(StreamMessage &m)
{
    if (m.direction != MessageDirection::Outgoing || m.type != MessageKind::Text
        || !m.payload.startsWith("40"))
        return;
    const qsizetype brace = m.payload.indexOf('{');
    if (brace < 0)
        return;
    QJsonObject auth = QJsonDocument::fromJson(m.payload.mid(brace)).object();
    for (auto it = auth.begin(); it != auth.end(); ++it)
        it.value() = HistoryRedactor::marker();
    m.payload = m.payload.left(brace) + QJsonDocument(auth).toJson(QJsonDocument::Compact);
}

} // namespace

void WebSocketHistoryRecorder::attach(SocketIoTab *tab)
{
    const auto head = [tab] {
        SessionRecord r;
        r.method = QStringLiteral("SIO");
        copyHandshake(*tab->client()->session(), r);
        if (r.url.isEmpty())
            r.url = tab->url();
        r.request = toJson(tab->request()); // without a literal auth object
        r.credentials = literalAuthValues(tab->request().auth);
        return r;
    };
    track(tab, Source{[tab] { return tab->client()->log(); }, head, maskConnectAuth});
    SocketIoClient *client = tab->client();
    connect(client, &SocketIoClient::stateChanged, this, [this, tab](SocketIoClient::State state) {
        if (state == SocketIoClient::State::Connecting)
            start(tab);
        else if (state == SocketIoClient::State::Closed)
            finish(tab);
    });
    connect(client, &SocketIoClient::errorOccurred, this,
            [this, tab](const Error &error) { fail(tab, error); });
    connect(tab, &SocketIoTab::closing, this, [this, tab] { finish(tab); });
}

void WebSocketHistoryRecorder::track(QObject *tab, Source source)
{
    m_sources.insert(tab, std::move(source));
    connect(tab, &QObject::destroyed, this, [this, tab] {
        m_sessions.remove(tab);
        m_sources.remove(tab);
    });
}

void WebSocketHistoryRecorder::start(QObject *tab)
{
    if (m_sessions.contains(tab)) // a reconnect continues the session
        return;
    const MessageLog *log = m_sources.value(tab).log();
    Session started{
        QDateTime::currentDateTimeUtc(), {}, log->firstSequence() + log->size(), std::nullopt};
    started.clock.start();
    m_sessions.insert(tab, started);
}

void WebSocketHistoryRecorder::fail(QObject *tab, const Error &error)
{
    if (auto it = m_sessions.find(tab); it != m_sessions.end())
        it->error = error;
}

void WebSocketHistoryRecorder::finish(QObject *tab)
{
    if (!m_sessions.contains(tab))
        return;
    const SessionRecord session = record(tab);
    m_sessions.remove(tab);
    if (m_history && m_history->isOpen())
        m_history->recordSession(session, m_context ? HistoryStore::secretValues(*m_context)
                                                    : QStringList());
}

SessionRecord WebSocketHistoryRecorder::record(const QObject *tab) const
{
    const auto it = m_sessions.constFind(tab);
    if (it == m_sessions.constEnd())
        return {};
    const Source &source = m_sources[tab];
    SessionRecord r = source.head();
    r.startedAt = it->startedAt;
    r.durationMs = double(it->clock.nsecsElapsed()) / 1e6;
    r.error = it->error;
    // Whole messages up to the history's body limit: the rest would be cut at the store.
    const qint64 budget = m_history ? m_history->maxBodyBytes() : HistoryStore::DefaultMaxBodyBytes;
    qint64 kept = 0;
    const MessageLog *log = source.log();
    r.transcriptCut = log->firstSequence() > it->firstSequence; // the ring dropped some
    for (int i = 0; i < log->size(); ++i) {
        StreamMessage m = log->at(i);
        if (m.sequence < it->firstSequence)
            continue;
        if (source.scrub)
            source.scrub(m);
        QByteArray line = QJsonDocument(streamMessageToJson(m)).toJson(QJsonDocument::Compact);
        kept += line.size() + 1;
        r.transcript.append(std::move(line));
        if (kept > budget) {
            r.transcriptCut = true;
            break;
        }
    }
    return r;
}

} // namespace wirescope
