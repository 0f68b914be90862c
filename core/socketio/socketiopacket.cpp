#include "core/socketio/socketiopacket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace wirescope {

namespace {

Error protocolError(const QString &message)
{
    return Error{Error::Kind::Protocol, message};
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Any JSON value (a scalar too): QJsonDocument holds only arrays and objects, so the text is
// parsed as the one element of an array.
Result<QJsonValue> parseJsonValue(QStringView text)
{
    QJsonParseError e;
    const QByteArray wrapped = '[' + text.toUtf8() + ']';
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &e);
    if (e.error != QJsonParseError::NoError) {
        return protocolError(QStringLiteral("the payload is not valid JSON (%1 at offset %2)")
                                 .arg(e.errorString())
                                 .arg(std::max(0, e.offset - 1)));
    }
    const QJsonArray array = doc.array();
    if (array.size() != 1)
        return protocolError(QStringLiteral("the payload is not one JSON value"));
    return array.first();
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

Result<void> checkPayloadShape(const SocketIoPacket &p)
{
    const QString type = socketIoTypeName(p.type);
    switch (p.type) {
    case SocketIoType::Connect:
        if (!p.data.isUndefined() && !p.data.isObject())
            return protocolError(type + QStringLiteral(": the payload must be a JSON object"));
        break;
    case SocketIoType::Disconnect:
        if (!p.data.isUndefined())
            return protocolError(type + QStringLiteral(": a payload is not allowed"));
        break;
    case SocketIoType::ConnectError:
        if (!p.data.isObject() && !p.data.isString())
            return protocolError(type
                                 + QStringLiteral(": the payload must be an object or a string"));
        break;
    case SocketIoType::Event:
    case SocketIoType::BinaryEvent:
        if (!p.data.isArray() || p.data.toArray().isEmpty()
            || !p.data.toArray().first().isString()) {
            return protocolError(type
                                 + QStringLiteral(": the payload must be a JSON array "
                                                  "starting with the event name"));
        }
        break;
    case SocketIoType::Ack:
    case SocketIoType::BinaryAck:
        if (!p.data.isArray())
            return protocolError(type + QStringLiteral(": the payload must be a JSON array"));
        if (p.id < 0)
            return protocolError(type + QStringLiteral(": the acknowledgement id is missing"));
        break;
    }
    return {};
}

} // namespace

QString SocketIoPacket::eventName() const
{
    if (type != SocketIoType::Event && type != SocketIoType::BinaryEvent)
        return {};
    return data.toArray().first().toString();
}

QJsonArray SocketIoPacket::arguments() const
{
    QJsonArray args = data.toArray();
    if ((type == SocketIoType::Event || type == SocketIoType::BinaryEvent) && !args.isEmpty())
        args.removeFirst();
    return args;
}

QString socketIoTypeName(SocketIoType type)
{
    switch (type) {
    case SocketIoType::Connect:
        return QStringLiteral("CONNECT");
    case SocketIoType::Disconnect:
        return QStringLiteral("DISCONNECT");
    case SocketIoType::Event:
        return QStringLiteral("EVENT");
    case SocketIoType::Ack:
        return QStringLiteral("ACK");
    case SocketIoType::ConnectError:
        return QStringLiteral("CONNECT_ERROR");
    case SocketIoType::BinaryEvent:
        return QStringLiteral("BINARY_EVENT");
    case SocketIoType::BinaryAck:
        return QStringLiteral("BINARY_ACK");
    }
    return {};
}

Result<SocketIoPacket> decodeSocketIoPacket(QStringView text)
{
    if (text.isEmpty())
        return protocolError(QStringLiteral("an empty Socket.IO packet (no type character)"));
    if (text.front() < u'0' || text.front() > u'6') {
        return protocolError(
            QStringLiteral("not a Socket.IO v5 packet: the type must be a digit "
                           "0-6, it starts with '%1'")
                .arg(text.front().unicode() < 0x20 ? QChar(0xFFFD) : text.front()));
    }
    SocketIoPacket p;
    p.type = SocketIoType(text.front().unicode() - u'0');
    qsizetype i = 1;
    const qsizetype n = text.size();
    if (p.type == SocketIoType::BinaryEvent || p.type == SocketIoType::BinaryAck) {
        const qsizetype start = i;
        while (i < n && isDigit(text[i]) && i - start < 6)
            ++i;
        if (i == start || i >= n || text[i] != u'-') {
            return protocolError(socketIoTypeName(p.type)
                                 + QStringLiteral(": the attachment count (digits, then '-') is "
                                                  "missing or too long"));
        }
        p.attachments = text.mid(start, i - start).toInt();
        ++i;
    }
    if (i < n && text[i] == u'/') {
        const qsizetype comma = text.indexOf(u',', i);
        const qsizetype end = comma < 0 ? n : comma;
        p.nsp = text.mid(i, end - i).toString();
        i = comma < 0 ? n : comma + 1;
    }
    if (i < n && isDigit(text[i])) {
        const qsizetype start = i;
        while (i < n && isDigit(text[i]))
            ++i;
        // JavaScript numbers are exact up to 2^53: 15 digits always are.
        if (i - start > 15) {
            return protocolError(
                socketIoTypeName(p.type)
                + QStringLiteral(": the acknowledgement id has more than 15 digits"));
        }
        p.id = text.mid(start, i - start).toLongLong();
    }
    if (i < n) {
        auto value = parseJsonValue(text.mid(i));
        if (!value) {
            return protocolError(socketIoTypeName(p.type) + QStringLiteral(": ")
                                 + value.error().message);
        }
        p.data = *value;
    }
    if (auto shape = checkPayloadShape(p); !shape)
        return shape.error();
    return p;
}

QString encodeSocketIoPacket(const SocketIoPacket &packet)
{
    QString out(QChar(u'0' + int(packet.type)));
    if (packet.type == SocketIoType::BinaryEvent || packet.type == SocketIoType::BinaryAck)
        out += QString::number(packet.attachments) + QLatin1Char('-');
    if (!packet.nsp.isEmpty() && packet.nsp != QLatin1String("/"))
        out += packet.nsp + QLatin1Char(',');
    if (packet.id >= 0)
        out += QString::number(packet.id);
    if (!packet.data.isUndefined())
        out += jsonText(packet.data);
    return out;
}

Result<void> checkSocketIoNamespace(const QString &nsp)
{
    if (!nsp.startsWith(QLatin1Char('/'))) {
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("a Socket.IO namespace starts with '/': \"%1\"").arg(nsp)};
    }
    if (nsp.contains(QLatin1Char(','))) {
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("a Socket.IO namespace cannot contain ',': \"%1\"").arg(nsp)};
    }
    return {};
}

bool isReservedSocketIoEvent(const QString &name)
{
    static const QStringList reserved{
        QStringLiteral("connect"),     QStringLiteral("connect_error"),
        QStringLiteral("disconnect"),  QStringLiteral("disconnecting"),
        QStringLiteral("newListener"), QStringLiteral("removeListener"),
    };
    return reserved.contains(name);
}

Error binaryAttachmentsError(const SocketIoPacket &packet)
{
    return Error{Error::Kind::Protocol,
                 QStringLiteral("%1 with %2 binary attachment(s) on %3: binary attachments are "
                                "not supported yet")
                     .arg(socketIoTypeName(packet.type))
                     .arg(packet.attachments)
                     .arg(packet.nsp)};
}

} // namespace wirescope
