#pragma once

#include "core/model/error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace wirescope {

/// Engine.IO v4 packet types: the first character of a text frame ("0" open ... "6" noop).
enum class EngineIoType { Open = 0, Close, Ping, Pong, Message, Upgrade, Noop };

/// One Engine.IO packet from a WebSocket text frame: its type and the text after the type
/// character (the open JSON, a ping's "probe", or the Socket.IO packet a message carries).
struct EngineIoPacket
{
    EngineIoType type = EngineIoType::Noop;
    QString data;

    friend bool operator==(const EngineIoPacket &, const EngineIoPacket &) = default;
};

/// What the server's open packet says about the session.
struct EngineIoOpen
{
    QString sid;
    QStringList upgrades;
    int pingIntervalMs = 0;
    int pingTimeoutMs = 0;
    qint64 maxPayload = 0; ///< bytes; 0 when the server did not say (Engine.IO v3 servers)
};

/// "open", "close", "ping", "pong", "message", "upgrade", "noop".
QString engineIoTypeName(EngineIoType type);

/// Decodes a text frame. An empty frame or a first character outside 0-6 is an
/// Error::Kind::Protocol naming what arrived.
Result<EngineIoPacket> decodeEngineIoPacket(QStringView frame);

/// The text frame for @p type followed by @p data.
QString encodeEngineIoPacket(EngineIoType type, QStringView data = {});

/// Parses the open packet's JSON: `sid` (non-empty string), `pingInterval` and `pingTimeout`
/// (positive integers, in ms) are required, `upgrades` and `maxPayload` optional. Errors name
/// the missing or mistyped field.
Result<EngineIoOpen> parseEngineIoOpen(QStringView json);

} // namespace wirescope
