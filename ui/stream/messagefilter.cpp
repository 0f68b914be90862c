#include "ui/stream/messagefilter.h"

#include "core/stream/messagelog.h"

#include <QCoreApplication>

namespace wirescope {

QString MessageFilter::compile()
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
    return QCoreApplication::translate("MessageFilter", "Bad regular expression: %1 at position %2")
        .arg(m_regex.errorString())
        .arg(m_regex.patternErrorOffset());
}

bool MessageFilter::isActive() const
{
    return !(incoming && outgoing && text && binary && control && events) || !pattern.isEmpty();
}

bool MessageFilter::matches(const StreamMessage &message) const
{
    if (!m_valid)
        return false;
    switch (message.direction) {
    case MessageDirection::Incoming:
        if (!incoming)
            return false;
        break;
    case MessageDirection::Outgoing:
        if (!outgoing)
            return false;
        break;
    case MessageDirection::Event:
        // Connection events belong to neither direction: a one-direction view hides them.
        if (!incoming || !outgoing)
            return false;
        break;
    }
    switch (message.type) {
    case MessageKind::Text:
    case MessageKind::SseEvent: // an event stream's data
        if (!text)
            return false;
        break;
    case MessageKind::Binary:
        if (!binary)
            return false;
        break;
    case MessageKind::Ping:
    case MessageKind::Pong:
    case MessageKind::Close:
    case MessageKind::SseComment: // the stream's own bookkeeping, like control frames
    case MessageKind::SseRetry:
        if (!control)
            return false;
        break;
    case MessageKind::Event:
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
               || (message.type == MessageKind::SseEvent
                   && (m_regex.match(message.eventType).hasMatch()
                       || m_regex.match(message.eventId).hasMatch()));
    }
    // A Server-Sent Event also matches by its type and id ("tick", "42").
    return payload.contains(pattern, cs)
           || (message.type == MessageKind::SseEvent
               && (message.eventType.contains(pattern, cs)
                   || message.eventId.contains(pattern, cs)));
}

} // namespace wirescope
