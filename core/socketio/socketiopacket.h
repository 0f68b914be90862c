#pragma once

#include "core/model/error.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace wirescope {

/// Socket.IO v5 packet types (the first character of an Engine.IO message's text).
enum class SocketIoType {
    Connect = 0,
    Disconnect,
    Event,
    Ack,
    ConnectError,
    BinaryEvent,
    BinaryAck
};

/// One Socket.IO v5 packet:
/// `<type>[<attachments>-][<namespace>,][<ack id>][JSON payload]`.
struct SocketIoPacket
{
    SocketIoType type = SocketIoType::Event;
    QString nsp = QStringLiteral("/"); ///< the namespace; "/" is left out on the wire
    qint64 id = -1;                    ///< acknowledgement id; -1 = none
    QJsonValue data = QJsonValue(QJsonValue::Undefined); ///< Undefined = no payload
    int attachments = 0; ///< BinaryEvent/BinaryAck: binary frames that follow

    /// Event: the event name (data[0]); empty for other types.
    QString eventName() const;
    /// Event: the arguments after the name; Ack: all of data.
    QJsonArray arguments() const;

    friend bool operator==(const SocketIoPacket &, const SocketIoPacket &) = default;
};

/// "CONNECT", "DISCONNECT", "EVENT", "ACK", "CONNECT_ERROR", "BINARY_EVENT", "BINARY_ACK".
QString socketIoTypeName(SocketIoType type);

/// Decodes the text of an Engine.IO message packet. Follows socket.io-parser: the type is a
/// digit 0-6; binary types carry an attachment count ended by '-'; a namespace starts with
/// '/' and ends at ','; the ack id is digits; the rest is JSON whose shape must suit the type
/// (CONNECT: object or none, DISCONNECT: none, EVENT: an array starting with a name, ACK: an
/// array, CONNECT_ERROR: object or string). Errors (Error::Kind::Protocol) name what is wrong.
/// Binary packets decode (their attachments are counted) but cannot be used yet: see
/// binaryAttachmentsError().
Result<SocketIoPacket> decodeSocketIoPacket(QStringView text);

/// Encodes @p packet (the namespace is not checked; see checkSocketIoNamespace()).
QString encodeSocketIoPacket(const SocketIoPacket &packet);

/// A namespace we may send: starts with '/', no ',' (the built-in parser has no escape).
Result<void> checkSocketIoNamespace(const QString &nsp);

/// Event names the protocol keeps for itself ("connect", "connect_error", "disconnect",
/// "disconnecting", "newListener", "removeListener"): a server drops them.
bool isReservedSocketIoEvent(const QString &name);

/// The error for a packet with binary attachments, which this client does not decode yet.
Error binaryAttachmentsError(const SocketIoPacket &packet);

} // namespace wirescope
