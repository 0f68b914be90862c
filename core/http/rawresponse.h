#pragma once

#include <QByteArray>
#include <QList>

namespace wirescope {

/// The framing of an HTTP/1.x response as it crossed the wire (from the relay's bytes), which
/// QNetworkReply hides: the head lines exactly as received (a repeated Set-Cookie stays one
/// line each, in order and spelling) and whether a chunked body ended with its last chunk.
struct RawResponse
{
    QList<QByteArray> headLines; ///< status line first; interim 1xx heads are skipped
    bool headComplete = false;
    bool chunked = false;
    bool chunkedComplete = false; ///< the 0-size last chunk (and its trailer end) arrived
    bool framingError = false;    ///< a chunk size line that is not hexadecimal
    qint64 chunkDataBytes = 0;    ///< body bytes carried by the chunks that arrived

    /// Parses the first response in @p received (the bytes of one fresh connection).
    static RawResponse parse(const QByteArray &received);
};

} // namespace wirescope
