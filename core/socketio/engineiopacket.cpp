#include "core/socketio/engineiopacket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace wirescope {

namespace {

Error protocolError(const QString &message)
{
    return Error{Error::Kind::Protocol, message};
}

// A frame quoted for an error message: short, and control characters made visible.
QString quoted(QStringView text)
{
    constexpr qsizetype kMax = 40;
    QString shown = text.left(kMax).toString();
    for (QChar &c : shown) {
        if (c.unicode() < 0x20)
            c = QChar(0xFFFD);
    }
    return QLatin1Char('"') + shown
           + (text.size() > kMax ? QStringLiteral("...\"") : QStringLiteral("\""));
}

// A positive whole number of milliseconds that fits an int, or -1.
int positiveMs(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    if (d <= 0 || d > 2147483647.0 || d != double(qint64(d)))
        return -1;
    return int(d);
}

} // namespace

QString engineIoTypeName(EngineIoType type)
{
    switch (type) {
    case EngineIoType::Open:
        return QStringLiteral("open");
    case EngineIoType::Close:
        return QStringLiteral("close");
    case EngineIoType::Ping:
        return QStringLiteral("ping");
    case EngineIoType::Pong:
        return QStringLiteral("pong");
    case EngineIoType::Message:
        return QStringLiteral("message");
    case EngineIoType::Upgrade:
        return QStringLiteral("upgrade");
    case EngineIoType::Noop:
        return QStringLiteral("noop");
    }
    return {};
}

Result<EngineIoPacket> decodeEngineIoPacket(QStringView frame)
{
    if (frame.isEmpty())
        return protocolError(QStringLiteral("an empty Engine.IO packet (no type character)"));
    const char16_t c = frame.front().unicode();
    if (c < u'0' || c > u'6') {
        return protocolError(QStringLiteral("not an Engine.IO v4 packet: the type must be a digit "
                                            "0-6, the frame starts %1")
                                 .arg(quoted(frame)));
    }
    return EngineIoPacket{EngineIoType(c - u'0'), frame.mid(1).toString()};
}

QString encodeEngineIoPacket(EngineIoType type, QStringView data)
{
    return QChar(u'0' + int(type)) + data;
}

Result<EngineIoOpen> parseEngineIoOpen(QStringView json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject()) {
        return protocolError(
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("the Engine.IO open packet is not valid JSON (%1 at offset %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QStringLiteral("the Engine.IO open packet is not a JSON object"));
    }
    const QJsonObject o = doc.object();
    EngineIoOpen open;
    open.sid = o.value(QLatin1String("sid")).toString();
    if (open.sid.isEmpty())
        return protocolError(QStringLiteral("the Engine.IO open packet has no \"sid\" string"));
    open.pingIntervalMs = positiveMs(o.value(QLatin1String("pingInterval")));
    if (open.pingIntervalMs < 0) {
        return protocolError(QStringLiteral("the Engine.IO open packet has no positive whole "
                                            "\"pingInterval\" (milliseconds)"));
    }
    open.pingTimeoutMs = positiveMs(o.value(QLatin1String("pingTimeout")));
    if (open.pingTimeoutMs < 0) {
        return protocolError(QStringLiteral("the Engine.IO open packet has no positive whole "
                                            "\"pingTimeout\" (milliseconds)"));
    }
    const QJsonValue upgrades = o.value(QLatin1String("upgrades"));
    if (!upgrades.isUndefined() && !upgrades.isArray()) {
        return protocolError(
            QStringLiteral("the Engine.IO open packet's \"upgrades\" is not an array"));
    }
    for (const QJsonValue &u : upgrades.toArray())
        open.upgrades.append(u.toString());
    const QJsonValue maxPayload = o.value(QLatin1String("maxPayload"));
    if (!maxPayload.isUndefined()) {
        const double d = maxPayload.toDouble(-1);
        if (!maxPayload.isDouble() || d < 0 || d > 9.0e15) {
            return protocolError(QStringLiteral("the Engine.IO open packet's \"maxPayload\" is "
                                                "not a byte count"));
        }
        open.maxPayload = qint64(d);
    }
    return open;
}

} // namespace wirescope
