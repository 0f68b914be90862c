#include "core/stream/streammessagejson.h"

#include <QJsonDocument>

namespace wirescope {

namespace {

constexpr MessageKind s_kinds[] = {
    MessageKind::Text,     MessageKind::Binary,     MessageKind::Ping,
    MessageKind::Pong,     MessageKind::Close,      MessageKind::Event,
    MessageKind::SseEvent, MessageKind::SseComment, MessageKind::SseRetry};
constexpr MessageDirection s_directions[] = {MessageDirection::Incoming, MessageDirection::Outgoing,
                                             MessageDirection::Event};

bool isTextual(MessageKind kind)
{
    return kind == MessageKind::Text || kind == MessageKind::Event || kind == MessageKind::SseEvent
           || kind == MessageKind::SseComment || kind == MessageKind::SseRetry;
}

} // namespace

QJsonObject streamMessageToJson(const StreamMessage &m)
{
    QJsonObject o{{QStringLiteral("direction"), messageDirectionName(m.direction)},
                  {QStringLiteral("type"), messageKindName(m.type)},
                  {QStringLiteral("timestampUs"), m.timestampUs},
                  {QStringLiteral("size"), m.size}};
    if (isTextual(m.type)) {
        o.insert(QStringLiteral("text"), QString::fromUtf8(m.payload));
    } else if (m.type == MessageKind::Close) {
        o.insert(QStringLiteral("reason"), QString::fromUtf8(m.payload));
        o.insert(QStringLiteral("code"), m.closeCode);
    } else {
        o.insert(QStringLiteral("base64"), QString::fromLatin1(m.payload.toBase64()));
    }
    if (!m.eventType.isEmpty())
        o.insert(QStringLiteral("eventType"), m.eventType);
    if (!m.eventId.isEmpty())
        o.insert(QStringLiteral("eventId"), m.eventId);
    if (m.retryMs >= 0)
        o.insert(QStringLiteral("retryMs"), m.retryMs);
    return o;
}

std::optional<StreamMessage> streamMessageFromJson(const QJsonObject &json)
{
    StreamMessage m;
    const QString direction = json.value(QStringLiteral("direction")).toString();
    const QString type = json.value(QStringLiteral("type")).toString();
    bool knownDirection = false;
    for (MessageDirection d : s_directions) {
        if (messageDirectionName(d) == direction) {
            m.direction = d;
            knownDirection = true;
        }
    }
    bool knownType = false;
    for (MessageKind k : s_kinds) {
        if (messageKindName(k) == type) {
            m.type = k;
            knownType = true;
        }
    }
    if (!knownDirection || !knownType)
        return std::nullopt;
    m.timestampUs = json.value(QStringLiteral("timestampUs")).toInteger();
    if (json.contains(QStringLiteral("base64"))) {
        m.payload =
            QByteArray::fromBase64(json.value(QStringLiteral("base64")).toString().toLatin1());
    } else {
        const QString key =
            m.type == MessageKind::Close ? QStringLiteral("reason") : QStringLiteral("text");
        m.payload = json.value(key).toString().toUtf8();
    }
    m.size = json.value(QStringLiteral("size")).toInteger(m.payload.size());
    m.closeCode = json.value(QStringLiteral("code")).toInt();
    m.eventType = json.value(QStringLiteral("eventType")).toString();
    m.eventId = json.value(QStringLiteral("eventId")).toString();
    m.retryMs = json.value(QStringLiteral("retryMs")).toInteger(-1);
    return m;
}

void appendTranscript(MessageLog &log, const QByteArray &jsonLines)
{
    const QList<QByteArray> lines = jsonLines.split('\n');
    for (const QByteArray &line : lines) {
        if (const std::optional<StreamMessage> m =
                streamMessageFromJson(QJsonDocument::fromJson(line).object()))
            log.append(*m);
    }
}

} // namespace wirescope
