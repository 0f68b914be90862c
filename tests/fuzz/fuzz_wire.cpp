// libFuzzer target for the parsers of bytes the WireTap relay reads off the wire: the HTTP
// CONNECT request head (from the local client), the raw HTTP/1.x response framing and a
// WebSocket server's close frame (from any server). Any input must parse without a crash, a hang or
// a sanitizer report, and the results must keep their invariants.

#include "core/http/connectrequest.h"
#include "core/http/rawresponse.h"
#include "core/websocket/wscloseframe.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace wirescope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const QByteArray auth("Basic dXNlcjpwYXNz");
    const ConnectRequest request = ConnectRequest::parse(bytes, auth, 1024);
    switch (request.status) {
    case ConnectRequest::Status::Ok:
    case ConnectRequest::Status::Unauthorized:
        // A target was read: a host, a port, and a head inside the input and the bound.
        if (request.host.isEmpty() || request.port == 0 || request.headBytes <= 0
            || request.headBytes > bytes.size() || request.headBytes > 1024)
            __builtin_trap();
        break;
    case ConnectRequest::Status::Malformed:
        if (request.problem.isEmpty())
            __builtin_trap(); // a refusal always says why
        break;
    case ConnectRequest::Status::Incomplete:
        if (bytes.contains("\r\n\r\n") || bytes.size() > 1024)
            __builtin_trap(); // a whole head, or one past the bound, is decided
        break;
    }

    const RawResponse raw = RawResponse::parse(bytes);
    if (raw.chunkedComplete && !raw.chunked)
        __builtin_trap();
    if (raw.chunkDataBytes < 0 || raw.chunkDataBytes > bytes.size())
        __builtin_trap();

    if (const std::optional<ReceivedClose> close = firstCloseFrame(bytes)) {
        // The frame lies inside the input; a code is two bytes of it.
        if (close->payloadSize < 0 || close->payloadSize > bytes.size()
            || close->code.has_value() != (close->payloadSize >= 2)
            || (close->code && (*close->code < 0 || *close->code > 0xffff)))
            __builtin_trap();
    }
    return 0;
}
