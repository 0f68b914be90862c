#pragma once

#include <QByteArray>

#include <optional>

namespace wirescope {

/// The close frame a WebSocket server sent, read from the bytes the relay kept of the
/// server -> client direction (the 101 response head, then frames).
struct ReceivedClose
{
    int payloadSize = 0;
    std::optional<int> code; ///< the status code, when the payload holds two bytes or more
};

/// The first close frame in @p rawDown (the server's bytes from the start of the connection:
/// the upgrade's response head, then frames). Nullopt when the bytes hold none or stop
/// before one is complete (the relay keeps a bounded prefix). Qt 6.4 reports a close code it
/// refuses (999, 1005, 5000, ...) only as "Invalid close code 1002": this names the real one.
std::optional<ReceivedClose> firstCloseFrame(const QByteArray &rawDown);

} // namespace wirescope
