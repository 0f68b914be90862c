#include "core/http/rawresponse.h"

namespace wirescope {

namespace {

bool isChunkedHead(const QList<QByteArray> &lines)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        if (line.left(colon).trimmed().compare("transfer-encoding", Qt::CaseInsensitive) == 0
            && line.mid(colon + 1).toLower().contains("chunked"))
            return true;
    }
    return false;
}

} // namespace

RawResponse RawResponse::parse(const QByteArray &received)
{
    RawResponse r;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype end = received.indexOf("\r\n\r\n", pos);
        if (end < 0) {
            // What arrived of an incomplete head, as lines.
            r.headLines = received.mid(pos).split('\n');
            for (QByteArray &line : r.headLines)
                line = line.endsWith('\r') ? line.chopped(1) : line;
            return r;
        }
        QList<QByteArray> lines = received.mid(pos, end - pos).split('\n');
        for (QByteArray &line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }
        pos = end + 4;
        // "HTTP/1.1 1xx": an interim head (100 Continue); the response follows it.
        const QByteArray status = lines.value(0);
        if (status.size() >= 10 && status.at(9) == '1' && status.startsWith("HTTP/"))
            continue;
        r.headLines = lines;
        r.headComplete = true;
        break;
    }
    r.chunked = isChunkedHead(r.headLines);
    if (!r.chunked)
        return r;
    for (;;) {
        const qsizetype lineEnd = received.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return r; // cut inside a chunk size line
        QByteArray sizeText = received.mid(pos, lineEnd - pos);
        const qsizetype semicolon = sizeText.indexOf(';'); // chunk extensions
        if (semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            r.framingError = true;
            return r;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // The trailer section ends with an empty line.
            r.chunkedComplete =
                received.indexOf("\r\n", pos) >= 0
                && (received.mid(pos, 2) == "\r\n" || received.indexOf("\r\n\r\n", pos) >= 0);
            return r;
        }
        if (received.size() < pos + size + 2) {
            r.chunkDataBytes += qMax<qint64>(0, received.size() - pos);
            return r; // cut inside a chunk
        }
        r.chunkDataBytes += size;
        pos += size + 2;
    }
}

} // namespace wirescope
