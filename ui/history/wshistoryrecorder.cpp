#include "ui/history/wshistoryrecorder.h"

#include "core/history/historystore.h"
#include "core/store/websocketrequestjson.h"
#include "core/stream/messagelog.h"
#include "core/stream/streammessagejson.h"
#include "core/websocket/websocketsession.h"
#include "ui/websocket/websockettab.h"

#include <QJsonDocument>

namespace wirescope {

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
    WebSocketSession *session = tab->session();
    connect(session, &WebSocketSession::stateChanged, this, [this, tab] { onStateChanged(tab); });
    connect(session, &WebSocketSession::errorOccurred, this, [this, tab](const Error &error) {
        if (auto it = m_sessions.find(tab); it != m_sessions.end())
            it->error = error;
    });
    // Closing a connected tab drops the connection without a Closed state: record it then.
    connect(tab, &WebSocketTab::closing, this, [this, tab] { finish(tab); });
}

void WebSocketHistoryRecorder::onStateChanged(WebSocketTab *tab)
{
    const MessageLog *log = tab->session()->log();
    switch (tab->session()->state()) {
    case WebSocketSession::State::Connecting:
        if (!m_sessions.contains(tab)) { // a reconnect continues the session
            Session started{QDateTime::currentDateTimeUtc(),
                            {},
                            log->firstSequence() + log->size(),
                            std::nullopt};
            started.clock.start();
            m_sessions.insert(tab, started);
        }
        break;
    case WebSocketSession::State::Closed:
        finish(tab);
        break;
    case WebSocketSession::State::Open:
    case WebSocketSession::State::Closing:
    case WebSocketSession::State::Reconnecting:
        break;
    }
}

void WebSocketHistoryRecorder::finish(WebSocketTab *tab)
{
    if (!m_sessions.contains(tab))
        return;
    const SessionRecord session = record(tab);
    m_sessions.remove(tab);
    if (m_history && m_history->isOpen())
        m_history->recordSession(session, m_context ? HistoryStore::secretValues(*m_context)
                                                    : QStringList());
}

SessionRecord WebSocketHistoryRecorder::record(const WebSocketTab *tab) const
{
    SessionRecord r;
    const auto it = m_sessions.constFind(tab);
    if (it == m_sessions.constEnd())
        return r;
    const WebSocketSession *session = tab->session();
    const WsHandshake &handshake = session->handshake();
    r.startedAt = it->startedAt;
    r.durationMs = double(it->clock.nsecsElapsed()) / 1e6;
    r.url = handshake.url.isEmpty() ? tab->request().url : handshake.url;
    r.requestHeaders = handshake.requestHeaders;
    r.status = handshake.status;
    r.reason = handshake.reason;
    r.responseHeaders = handshake.responseHeaders;
    r.request = toJson(tab->request());
    r.error = it->error;
    // Whole messages up to the history's body limit: the rest would be cut at the store.
    const qint64 budget = m_history ? m_history->maxBodyBytes() : HistoryStore::DefaultMaxBodyBytes;
    qint64 kept = 0;
    const MessageLog *log = session->log();
    r.transcriptCut = log->firstSequence() > it->firstSequence; // the ring dropped some
    for (int i = 0; i < log->size(); ++i) {
        const StreamMessage m = log->at(i);
        if (m.sequence < it->firstSequence)
            continue;
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
