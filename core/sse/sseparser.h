#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <functional>

namespace wirescope {

/// One thing an event stream said: a dispatched event, a comment line, or a valid `retry`
/// field (the reconnection time changed).
struct SseItem
{
    enum class Kind { Event, Comment, Retry };
    Kind kind = Kind::Event;
    QString type;        ///< Event: the `event` field, "message" when none was given
    QString data;        ///< Event: the data lines joined by LF; Comment: the text after ':'
    QString id;          ///< Event: the last event ID at dispatch (may be empty)
    qint64 retryMs = -1; ///< Retry: the new reconnection time in milliseconds
};

/// An incremental parser for `text/event-stream` bodies following the WHATWG HTML rules
/// ("9.2 Server-sent events", interpreting an event stream): feed it byte chunks of any
/// size, it reports events, comments and retry changes through a handler.
///
/// Lines end at CR, LF or CRLF (also when the CR and the LF come in different chunks); one
/// UTF-8 BOM at the start of the stream is dropped; invalid UTF-8 becomes U+FFFD. A field
/// line without ':' is a field with an empty value; one space after the colon is removed.
/// `data` lines are joined with LF, `event` sets the type, `id` (unless it contains NUL)
/// sets the last event ID, `retry` counts only when it is all ASCII digits, other fields are
/// ignored. A blank line dispatches; an event with an empty data buffer is not dispatched.
/// At the end of a stream, what was not dispatched is discarded (see pendingBytes()).
///
/// Where the spec has no limit, this parser has two (Limits): a line or an event that grows
/// beyond them stops the parser with error() set, so a stream that never ends a line or
/// never sends a blank line cannot take unbounded memory.
class SseParser final
{
public:
    struct Limits
    {
        qsizetype maxLineBytes = 8 * 1024 * 1024;  ///< one line, before its line ending
        qsizetype maxEventBytes = 8 * 1024 * 1024; ///< the data buffer of one event
    };
    using Handler = std::function<void(SseItem &)>;

    SseParser() = default;
    explicit SseParser(Limits limits)
        : m_limits(limits)
    {}

    /// Parses @p bytes, calling @p handler for each item, in stream order. Returns false
    /// (and does nothing more) once a limit was exceeded; see error().
    bool feed(QByteArrayView bytes, const Handler &handler);

    /// Starts a new stream (a reconnection): the line, data and type buffers are emptied and
    /// a BOM is stripped again; lastEventId() and reconnectionTimeMs() stay, as they belong
    /// to the event source. The last-event-ID buffer starts as lastEventId(), as browsers do
    /// (the spec's empty start would let the new stream's first blank line forget the ID the
    /// reconnection was made with). Clears error().
    void reset();

    /// Bytes received but not dispatched: a partial line plus the buffered data of an event
    /// that has not seen its blank line. What the end of a stream would discard.
    qsizetype pendingBytes() const;
    /// True when a `data` line was buffered but not yet dispatched, or a partial line waits.
    bool hasPendingEvent() const { return pendingBytes() > 0; }

    /// The event source's last event ID string (what Last-Event-ID carries on reconnection).
    QString lastEventId() const { return m_lastEventId; }
    /// The reconnection time set by the stream's last valid `retry` field; -1 if none.
    qint64 reconnectionTimeMs() const { return m_reconnectionMs; }

    /// Why the parser stopped (a limit), or empty.
    QString error() const { return m_error; }
    const Limits &limits() const { return m_limits; }

private:
    bool processLine(QByteArrayView line, const Handler &handler);
    void dispatch(const Handler &handler);
    bool fail(QString message);
    QString decode(QByteArrayView bytes);

    Limits m_limits;
    QByteArray m_line;     // an unfinished line carried over between chunks
    QByteArray m_data;     // the data buffer (UTF-8, each line followed by LF)
    QByteArray m_type;     // the event type buffer
    QString m_idBuffer;    // the last event ID buffer
    QString m_lastEventId; // the event source's last event ID string
    qint64 m_reconnectionMs = -1;
    QString m_error;
    // Keeps a U+FEFF that is not at the start of the stream (only that one is a BOM).
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless
                                                    | QStringDecoder::Flag::ConvertInitialBom};
    bool m_skipLf = false; // the previous chunk ended with CR: a leading LF belongs to it
    bool m_atStart = true; // no line finished yet in this stream (BOM check pending)
};

} // namespace wirescope
