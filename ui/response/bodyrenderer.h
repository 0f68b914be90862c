#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace wirescope {

class ResponseBody;

/// Turning body bytes into view text. Every function here is pure and thread-safe: the
/// body view calls them from a worker thread (QtConcurrent), never on the UI thread.
namespace bodyrender {

enum class Mode { Pretty, Raw, Hex };

struct Rendered
{
    QString text;
    QString note; ///< shown above the text: truncation, validity, binary...
    bool noteIsError = false;
    bool json = false; ///< the body was treated as JSON
    bool xml = false;  ///< the body was treated as XML
};

/// The most bytes the text views (Pretty, Raw) show; the rest is announced, not shown.
inline constexpr qint64 s_textLimit = 2 * 1024 * 1024;
/// The most bytes "Show all" puts into the text views; larger bodies are saved, not shown.
inline constexpr qint64 s_showAllLimit = 32 * 1024 * 1024;
/// The most bytes the Hex view dumps.
inline constexpr qint64 s_hexLimit = 256 * 1024;
/// Longer lines are broken for display (a multi-megabyte line is slow to lay out).
inline constexpr int s_maxLineLength = 10000;

/// True when the Content-Type says JSON, or (no type) the text starts like JSON.
bool looksLikeJson(const QString &contentType, QByteArrayView head);

/// True for types that are not text, or bytes with NULs or many control characters.
bool looksBinary(const QString &contentType, QByteArrayView head);

/// Re-indents JSON text keeping key order, number spelling and escapes exactly as received.
/// Works on any prefix of a document (no validation; that is jsonSyntaxError's job).
QString prettyJson(QByteArrayView json, int indent = 2);

/// True when the Content-Type names XML (text/xml, application/xml, anything +xml).
bool looksLikeXml(const QString &contentType);

/// Re-indents an XML document (QXmlStreamReader -> QXmlStreamWriter with auto-formatting).
/// Returns a null string and sets *error ("line L, column C: message") when it is not
/// well-formed.
QString prettyXml(QByteArrayView xml, QString *error = nullptr);

/// Classic 16-bytes-per-line dump: offset, hex bytes, printable ASCII.
QString hexDump(QByteArrayView bytes, qint64 baseOffset = 0);

/// Inserts line breaks into lines longer than @p maxLength; sets *broke when it did.
QString breakLongLines(const QString &text, int maxLength, bool *broke = nullptr);

/// Decodes text per the Content-Type charset (UTF-8 unless it says Latin-1).
QString decodeText(QByteArrayView bytes, const QString &contentType);

/// Renders @p body for @p mode; reads at most @p textLimit bytes for the text views (Pretty,
/// Raw) and s_hexLimit for Hex.
Rendered render(const ResponseBody &body,
                const QString &contentType,
                Mode mode,
                qint64 textLimit = s_textLimit);

} // namespace bodyrender

} // namespace wirescope
