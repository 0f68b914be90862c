#include "core/websocket/wscloseframe.h"

namespace wirescope {

std::optional<ReceivedClose> firstCloseFrame(const QByteArray &rawDown)
{
    const qsizetype headEnd = rawDown.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const auto byte = [&rawDown](qsizetype i) {
        return quint8(rawDown.at(i));
    };
    qsizetype at = headEnd + 4;
    while (at + 2 <= rawDown.size()) {
        const int opcode = byte(at) & 0x0f;
        const bool masked = byte(at + 1) & 0x80;
        quint64 length = byte(at + 1) & 0x7f;
        qsizetype next = at + 2;
        const int extra = length == 126 ? 2 : length == 127 ? 8 : 0;
        if (next + extra > rawDown.size())
            return std::nullopt;
        if (extra > 0) {
            length = 0;
            for (int i = 0; i < extra; ++i)
                length = (length << 8) | byte(next + i);
            next += extra;
        }
        const qsizetype maskAt = next;
        next += masked ? 4 : 0;
        if (length > quint64(rawDown.size()) || next + qsizetype(length) > rawDown.size())
            return std::nullopt; // cut by the relay's bound (or a lie): nothing to say
        if (opcode == 0x8) {
            ReceivedClose close;
            close.payloadSize = int(length);
            if (length >= 2) {
                const auto unmasked = [&](int i) {
                    return masked ? quint8(byte(next + i) ^ byte(maskAt + i % 4)) : byte(next + i);
                };
                close.code = (unmasked(0) << 8) | unmasked(1);
            }
            return close;
        }
        at = next + qsizetype(length);
    }
    return std::nullopt;
}

} // namespace wirescope
