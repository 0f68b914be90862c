// libFuzzer target for the Engine.IO v4 and Socket.IO v5 codecs. The input is one WebSocket
// text frame. Any input must decode without a crash or sanitizer report, to a packet or to an
// error with a message; a decoded Socket.IO packet must encode to text that decodes again to
// the same packet (so what we send of what we heard is what we heard); an open packet's JSON
// goes through the open parser.

#include "core/socketio/engineiopacket.h"
#include "core/socketio/socketiopacket.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace wirescope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString frame = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto engine = decodeEngineIoPacket(frame);
    if (!engine) {
        if (engine.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (encodeEngineIoPacket(engine->type, engine->data) != frame)
        __builtin_trap();
    if (engine->type == EngineIoType::Open) {
        const auto open = parseEngineIoOpen(engine->data);
        if (open ? open->sid.isEmpty() || open->pingIntervalMs <= 0 || open->pingTimeoutMs <= 0
                 : open.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (engine->type != EngineIoType::Message)
        return 0;
    const auto packet = decodeSocketIoPacket(engine->data);
    if (!packet) {
        if (packet.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const QString encoded = encodeSocketIoPacket(*packet);
    const auto again = decodeSocketIoPacket(encoded);
    if (!again || !(*again == *packet) || encodeSocketIoPacket(*again) != encoded)
        __builtin_trap();
    (void)packet->eventName();
    (void)packet->arguments();
    return 0;
}
