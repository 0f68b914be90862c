// libFuzzer target for the Server-Sent Events parser. The first byte picks a chunk size;
// the rest is the stream. Any input must parse without a crash or sanitizer report, and the
// parser must say the same whether it gets the stream whole or in chunks (a differential
// check of the chunk-boundary handling: CR/LF, BOM and UTF-8 split across chunks).

#include "core/sse/sseparser.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace wirescope;

namespace {

struct Run
{
    QStringList items;
    QString lastEventId;
    qint64 retry = -1;
    QString error;
};

Run parse(QByteArrayView stream, qsizetype chunk)
{
    SseParser::Limits limits;
    limits.maxLineBytes = 4096; // small, so the limit paths are reached too
    limits.maxEventBytes = 8192;
    SseParser parser(limits);
    Run run;
    const SseParser::Handler handler = [&run](SseItem &item) {
        run.items.append(QString::number(int(item.kind)) + u'|' + item.type + u'|' + item.id + u'|'
                         + item.data + u'|' + QString::number(item.retryMs));
    };
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        if (!parser.feed(stream.sliced(at, std::min(chunk, stream.size() - at)), handler))
            break;
    }
    run.lastEventId = parser.lastEventId();
    run.retry = parser.reconnectionTimeMs();
    run.error = parser.error();
    if (parser.pendingBytes() > limits.maxLineBytes + limits.maxEventBytes)
        __builtin_trap(); // the limits bound what the parser holds
    return run;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = 1 + data[0] % 17;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Run whole = parse(stream, std::max<qsizetype>(1, stream.size()));
    const Run pieces = parse(stream, chunk);
    // A limit is checked per feed, so where it stops may differ by a chunk: compare the items
    // only when neither run hit one.
    if (whole.error.isEmpty() && pieces.error.isEmpty()
        && (whole.items != pieces.items || whole.lastEventId != pieces.lastEventId
            || whole.retry != pieces.retry))
        __builtin_trap();
    return 0;
}
