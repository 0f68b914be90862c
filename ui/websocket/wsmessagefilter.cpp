#include "ui/websocket/wsmessagefilter.h"

#include "core/websocket/messagelog.h"

#include <QCoreApplication>

namespace wirescope {

QString WsMessageFilter::compile()
{
    m_valid = true;
    m_regex = QRegularExpression();
    if (!regex || pattern.isEmpty())
        return {};
    m_regex.setPattern(pattern);
    m_regex.setPatternOptions(caseSensitive ? QRegularExpression::NoPatternOption
                                            : QRegularExpression::CaseInsensitiveOption);
    if (m_regex.isValid()) {
        m_regex.optimize();
        return {};
    }
    m_valid = false;
    return QCoreApplication::translate("WsMessageFilter",
                                       "Bad regular expression: %1 at position %2")
        .arg(m_regex.errorString())
        .arg(m_regex.patternErrorOffset());
}

bool WsMessageFilter::isActive() const
{
    return !(incoming && outgoing && text && binary && control && events) || !pattern.isEmpty();
}

bool WsMessageFilter::matches(const WsMessage &message) const
{
    if (!m_valid)
        return false;
    switch (message.direction) {
    case WsDirection::Incoming:
        if (!incoming)
            return false;
        break;
    case WsDirection::Outgoing:
        if (!outgoing)
            return false;
        break;
    case WsDirection::Event:
        // Connection events belong to neither direction: a one-direction view hides them.
        if (!incoming || !outgoing)
            return false;
        break;
    }
    switch (message.type) {
    case WsFrameType::Text:
    case WsFrameType::SseEvent: // an event stream's data
        if (!text)
            return false;
        break;
    case WsFrameType::Binary:
        if (!binary)
            return false;
        break;
    case WsFrameType::Ping:
    case WsFrameType::Pong:
    case WsFrameType::Close:
    case WsFrameType::SseComment: // the stream's own bookkeeping, like control frames
    case WsFrameType::SseRetry:
        if (!control)
            return false;
        break;
    case WsFrameType::Event:
        if (!events)
            return false;
        break;
    }
    if (pattern.isEmpty())
        return true;
    // Binary payloads are matched as UTF-8 too: printable fragments (ids, keys) still match.
    const QString payload = QString::fromUtf8(message.payload);
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (regex) {
        return m_regex.match(payload).hasMatch()
               || (message.type == WsFrameType::SseEvent
                   && (m_regex.match(message.eventType).hasMatch()
                       || m_regex.match(message.eventId).hasMatch()));
    }
    // A Server-Sent Event also matches by its type and id ("tick", "42").
    return payload.contains(pattern, cs)
           || (message.type == WsFrameType::SseEvent
               && (message.eventType.contains(pattern, cs)
                   || message.eventId.contains(pattern, cs)));
}

} // namespace wirescope
