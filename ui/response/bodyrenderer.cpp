#include "ui/response/bodyrenderer.h"

#include "core/http/requestbuilder.h"
#include "core/model/responsebody.h"
#include "ui/widgets/displayformat.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace wirescope::bodyrender {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BodyRenderer", text);
}

QString mimeType(const QString &contentType)
{
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QString truncationNote(qint64 shown, qint64 total)
{
    return tr("Showing the first %1 of %2.").arg(display::bytes(shown), display::bytes(total));
}

} // namespace

bool looksLikeJson(const QString &contentType, QByteArrayView head)
{
    const QString mime = mimeType(contentType);
    if (mime == QLatin1String("application/json") || mime.endsWith(QLatin1String("+json"))
        || mime == QLatin1String("text/json"))
        return true;
    if (!mime.isEmpty() && mime != QLatin1String("text/plain")
        && mime != QLatin1String("application/octet-stream"))
        return false;
    for (char c : head) {
        if (isJsonWhitespace(c))
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

bool looksBinary(const QString &contentType, QByteArrayView head)
{
    const QString mime = mimeType(contentType);
    if (mime.startsWith(QLatin1String("image/")) || mime.startsWith(QLatin1String("audio/"))
        || mime.startsWith(QLatin1String("video/")) || mime == QLatin1String("application/pdf")
        || mime == QLatin1String("application/zip") || mime == QLatin1String("application/gzip"))
        return true;
    const QByteArrayView sample = head.first(std::min<qsizetype>(head.size(), 8192));
    qsizetype control = 0;
    for (char ch : sample) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++control;
    }
    return sample.size() > 0 && control * 10 > sample.size();
}

QString prettyJson(QByteArrayView json, int indent)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    bool inString = false;
    bool escape = false;
    const auto newline = [&] {
        out += '\n';
        out.append(qsizetype(depth) * indent, ' ');
    };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            qsizetype j = i + 1;
            while (j < n && isJsonWhitespace(json[j]))
                ++j;
            if (j < n && (json[j] == '}' || json[j] == ']')) {
                out += json[j]; // keep empty containers on one line: {} []
                i = j;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            depth = std::max(0, depth - 1);
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            if (!isJsonWhitespace(c))
                out += c;
            break;
        }
    }
    return QString::fromUtf8(out);
}

QString hexDump(QByteArrayView bytes, qint64 baseOffset)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    const qsizetype lines = (bytes.size() + 15) / 16;
    out.reserve(lines * 78);
    for (qsizetype line = 0; line < lines; ++line) {
        const qsizetype start = line * 16;
        out += QStringLiteral("%1  ").arg(baseOffset + start, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype k = 0; k < 16; ++k) {
            if (start + k < bytes.size()) {
                const auto b = static_cast<unsigned char>(bytes[start + k]);
                out += QLatin1Char(digits[b >> 4]);
                out += QLatin1Char(digits[b & 0xf]);
                out += u' ';
                ascii += (b >= 0x20 && b < 0x7f) ? QLatin1Char(char(b)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (k == 7)
                out += u' ';
        }
        out += u' ' + (u'|' + ascii + u'|') + u'\n';
    }
    return out;
}

QString breakLongLines(const QString &text, int maxLength, bool *broke)
{
    if (broke)
        *broke = false;
    // Fast path: most bodies have no overlong line.
    qsizetype lineStart = 0;
    bool needed = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u'\n') {
            if (i - lineStart > maxLength) {
                needed = true;
                break;
            }
            lineStart = i + 1;
        }
    }
    if (!needed)
        return text;
    if (broke)
        *broke = true;
    QString out;
    out.reserve(text.size() + text.size() / maxLength + 1);
    qsizetype column = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            column = 0;
        } else if (column >= maxLength && !c.isLowSurrogate()) {
            out += u'\n';
            column = 0;
        }
        out += c;
        if (c != u'\n')
            ++column;
    }
    return out;
}

QString decodeText(QByteArrayView bytes, const QString &contentType)
{
    const QString lower = contentType.toLower();
    const qsizetype at = lower.indexOf(QLatin1String("charset="));
    if (at >= 0) {
        QString charset = lower.mid(at + 8).section(u';', 0, 0).trimmed();
        charset.remove(u'"');
        if (charset == QLatin1String("iso-8859-1") || charset == QLatin1String("latin1")
            || charset == QLatin1String("us-ascii"))
            return QString::fromLatin1(bytes);
    }
    return QString::fromUtf8(bytes);
}

bool looksLikeXml(const QString &contentType)
{
    const QString mime = mimeType(contentType);
    return mime == QLatin1String("application/xml") || mime == QLatin1String("text/xml")
           || mime.endsWith(QLatin1String("+xml"));
}

QString prettyXml(QByteArrayView xml, QString *error)
{
    QXmlStreamReader reader(xml.toByteArray());
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        // Whitespace-only text between elements is the old indentation: the writer redoes it.
        if (reader.isWhitespace())
            continue;
        // Without a declaration in the body, none is added.
        if (reader.isStartDocument() && reader.documentVersion().isEmpty())
            continue;
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError()) {
        if (error) {
            *error = tr("line %1, column %2: %3")
                         .arg(reader.lineNumber())
                         .arg(reader.columnNumber())
                         .arg(reader.errorString());
        }
        return {};
    }
    if (out.startsWith(u'\n')) // the writer breaks the line before the first element
        out.remove(0, 1);
    return out;
}

Rendered render(const ResponseBody &body, const QString &contentType, Mode mode, qint64 textLimit)
{
    Rendered r;
    const qint64 total = body.size();
    if (total == 0) {
        r.note = tr("The response has no body.");
        return r;
    }
    if (mode == Mode::Hex) {
        const QByteArray bytes = body.read(s_hexLimit);
        r.text = hexDump(bytes);
        if (total > bytes.size())
            r.note = truncationNote(bytes.size(), total);
        return r;
    }

    const QByteArray bytes = body.read(textLimit);
    const bool cut = total > bytes.size();
    if (looksBinary(contentType, bytes)) {
        r.note = tr("Binary body (%1): see the Hex view, or save it to a file.")
                     .arg(display::bytes(total));
        return r;
    }
    QStringList notes;
    if (cut)
        notes << truncationNote(bytes.size(), total);

    r.json = looksLikeJson(contentType, bytes);
    if (mode == Mode::Pretty && r.json) {
        if (!cut) {
            if (const auto error = jsonSyntaxError(bytes)) {
                r.noteIsError = true;
                notes << tr("Not valid JSON (%1); shown as received.").arg(*error);
                r.text = decodeText(bytes, contentType);
            }
        } else {
            notes << tr("Indented as received; not validated because it is not shown whole.");
        }
        if (r.text.isEmpty())
            r.text = prettyJson(bytes);
    } else if (mode == Mode::Pretty && looksLikeXml(contentType)) {
        r.xml = true;
        QString error;
        if (!cut)
            r.text = prettyXml(bytes, &error);
        if (cut) {
            notes << tr("XML is indented only when shown whole; shown as received.");
        } else if (r.text.isNull()) {
            r.noteIsError = true;
            notes << tr("Not well-formed XML (%1); shown as received.").arg(error);
        }
        if (r.text.isNull())
            r.text = decodeText(bytes, contentType);
    } else {
        if (mode == Mode::Pretty && mimeType(contentType) == QLatin1String("text/html"))
            notes << tr("HTML is shown as received (not re-indented); see the Preview tab.");
        r.text = decodeText(bytes, contentType);
    }
    bool broke = false;
    r.text = breakLongLines(r.text, s_maxLineLength, &broke);
    if (broke)
        notes
            << tr("Lines longer than %L1 characters are broken for display.").arg(s_maxLineLength);
    r.note = notes.join(u' ');
    return r;
}

} // namespace wirescope::bodyrender
