#include "core/sse/sseparser.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace wirescope {

namespace {

bool isAsciiDigits(QByteArrayView value)
{
    return !value.isEmpty()
           && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QString sizeText(qsizetype bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString SseParser::decode(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    return m_utf8.decode(bytes);
}

bool SseParser::fail(QString message)
{
    m_error = std::move(message);
    m_line.clear();
    m_data.clear();
    m_type.clear();
    return false;
}

bool SseParser::feed(QByteArrayView bytes, const Handler &handler)
{
    if (!m_error.isEmpty())
        return false;
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    if (m_skipLf && p < end) {
        if (*p == '\n')
            ++p;
        m_skipLf = false;
    }
    while (p < end) {
        const char *eol = p;
        while (eol < end && *eol != '\n' && *eol != '\r')
            ++eol;
        const qsizetype length = eol - p;
        if (m_line.size() + length > m_limits.maxLineBytes) {
            return fail(QStringLiteral("the stream sent a line longer than %1 without a line "
                                       "ending; stopped reading it")
                            .arg(sizeText(m_limits.maxLineBytes)));
        }
        if (eol == end) { // the line continues in the next chunk
            m_line.append(p, length);
            break;
        }
        bool ok;
        if (m_line.isEmpty()) {
            ok = processLine(QByteArrayView(p, length), handler);
        } else {
            m_line.append(p, length);
            ok = processLine(m_line, handler);
            if (m_line.capacity() > 64 * 1024)
                m_line.clear(); // don't keep one long line's memory
            else
                m_line.resize(0);
        }
        if (!ok)
            return false;
        if (*eol == '\r') {
            if (eol + 1 == end)
                m_skipLf = true; // a CRLF split across chunks
            else if (eol[1] == '\n')
                ++eol;
        }
        p = eol + 1;
    }
    return true;
}

bool SseParser::processLine(QByteArrayView line, const Handler &handler)
{
    if (m_atStart) {
        m_atStart = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(handler);
        return true;
    }
    if (line.front() == ':') {
        // The spec ignores comments; an inspector shows them (keep-alives are comments).
        QByteArrayView text = line.sliced(1);
        if (text.startsWith(' '))
            text = text.sliced(1);
        SseItem item;
        item.kind = SseItem::Kind::Comment;
        item.data = decode(text);
        handler(item);
        return true;
    }
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    // Field names are compared as bytes: the ones that matter are ASCII, and a name with
    // invalid UTF-8 would decode to something that matches none of them anyway.
    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_limits.maxEventBytes) {
            return fail(QStringLiteral("an event's data grew beyond %1 without a blank line "
                                       "to end it; stopped reading the stream")
                            .arg(sizeText(m_limits.maxEventBytes)));
        }
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_type.resize(0);
        m_type.append(value);
    } else if (field == "id") {
        if (value.indexOf('\0') < 0)
            m_idBuffer = decode(value);
    } else if (field == "retry") {
        if (isAsciiDigits(value)) {
            bool ok = false;
            const qint64 ms = value.toLongLong(&ok);
            if (ok) { // a number too large for 64 bits is ignored like any other bad value
                m_reconnectionMs = ms;
                SseItem item;
                item.kind = SseItem::Kind::Retry;
                item.retryMs = ms;
                handler(item);
            }
        }
    }
    return true;
}

void SseParser::dispatch(const Handler &handler)
{
    m_lastEventId = m_idBuffer;
    if (m_data.isEmpty()) {
        m_type.resize(0);
        return;
    }
    m_data.chop(1); // the LF after the last data line
    SseItem item;
    item.kind = SseItem::Kind::Event;
    item.type = m_type.isEmpty() ? QStringLiteral("message") : decode(m_type);
    item.data = decode(m_data);
    item.id = m_lastEventId;
    if (m_data.capacity() > 64 * 1024)
        m_data.clear();
    else
        m_data.resize(0);
    m_type.resize(0);
    handler(item);
}

void SseParser::reset()
{
    m_line.clear();
    m_data.clear();
    m_type.clear();
    // The spec starts each stream with an empty last-event-ID buffer, so the first blank
    // line of a new connection would forget the ID the reconnection was made with; browsers
    // (Chromium's parser is created with the source's last event ID) keep it, and so do we.
    m_idBuffer = m_lastEventId;
    m_error.clear();
    m_skipLf = false;
    m_atStart = true;
}

qsizetype SseParser::pendingBytes() const
{
    return m_line.size() + m_data.size();
}

} // namespace wirescope
