#pragma once

#include <QRegularExpression>
#include <QString>

namespace wirescope {

struct StreamMessage;

/// Which log entries the message list shows: by direction, by kind of frame, and by a text
/// or regular-expression match on the payload. A plain value; compile() before matches().
class MessageFilter final
{
public:
    bool incoming = true; ///< received frames
    bool outgoing = true; ///< sent frames (connection events show only when both are on)
    bool text = true;     ///< text data frames
    bool binary = true;   ///< binary data frames
    bool control = true;  ///< ping, pong and close frames
    bool events = true;   ///< connection events (connecting, open, closed, errors)
    QString pattern;      ///< empty = no text condition
    bool regex = false;   ///< pattern is a regular expression (else a plain substring)
    bool caseSensitive = false;

    /// Prepares the pattern. Returns an empty string, or for a bad regular expression a
    /// message naming the problem and its position (the filter then matches nothing).
    QString compile();

    /// True when some entries may be hidden (anything unticked, or a pattern).
    bool isActive() const;

    /// True when @p message passes every condition. Call compile() first.
    bool matches(const StreamMessage &message) const;

    friend bool operator==(const MessageFilter &a, const MessageFilter &b)
    {
        return a.incoming == b.incoming && a.outgoing == b.outgoing && a.text == b.text
               && a.binary == b.binary && a.control == b.control && a.events == b.events
               && a.pattern == b.pattern && a.regex == b.regex
               && a.caseSensitive == b.caseSensitive;
    }

private:
    QRegularExpression m_regex;
    bool m_valid = true;
};

} // namespace wirescope
