#include "core/store/websocketrequestjson.h"

#include "core/store/jsonreader.h"
#include "core/store/requestjson.h"

#include <QJsonArray>

#include <limits>

namespace wirescope {

using store::JsonReader;
using store::putArray;
using store::putBool;
using store::putInt;
using store::putObject;
using store::putString;

namespace {
constexpr qint64 kIntMax = std::numeric_limits<int>::max();
constexpr qint64 kInt53 = 9007199254740992LL;
} // namespace

namespace store {

void writeWebSocketRequest(QJsonObject &o, const WebSocketRequest &r)
{
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("url"), r.url);
    putArray(o, QLatin1String("headers"), toJson(r.headers));
    putArray(o, QLatin1String("subprotocols"), QJsonArray::fromStringList(r.subprotocols));
    putObject(o, QLatin1String("auth"), toJson(r.auth));

    const WebSocketSettings d;
    const WebSocketSettings &s = r.settings;
    QJsonObject so;
    putInt(so, QLatin1String("connectTimeoutMs"), s.connectTimeoutMs, d.connectTimeoutMs);
    putBool(so, QLatin1String("autoReconnect"), s.autoReconnect, d.autoReconnect);
    putInt(so, QLatin1String("reconnectInitialDelayMs"), s.reconnectInitialDelayMs,
           d.reconnectInitialDelayMs);
    putInt(so, QLatin1String("reconnectMaxDelayMs"), s.reconnectMaxDelayMs, d.reconnectMaxDelayMs);
    putInt(so, QLatin1String("pingIntervalMs"), s.pingIntervalMs, d.pingIntervalMs);
    putInt(so, QLatin1String("maxMessageBytes"), s.maxMessageBytes, d.maxMessageBytes);
    putInt(so, QLatin1String("logCapacity"), s.logCapacity, d.logCapacity);
    putObject(so, QLatin1String("tls"), toJson(s.tls));
    putObject(so, QLatin1String("proxy"), toJson(s.proxy));
    putObject(o, QLatin1String("settings"), so);

    QJsonArray messages;
    for (const SavedWsMessage &m : r.savedMessages) {
        QJsonObject mo{{QStringLiteral("name"), m.name}};
        if (m.kind == WsPayloadKind::Binary)
            mo.insert(QStringLiteral("kind"), QStringLiteral("binary"));
        putBytes(mo, QLatin1String("payload"), QLatin1String("payloadBase64"), m.payload);
        messages.append(mo);
    }
    putArray(o, QLatin1String("savedMessages"), messages);
    putString(o, QLatin1String("description"), r.description);
}

void readWebSocketRequest(JsonReader &r, WebSocketRequest &q)
{
    q.id = r.string(QLatin1String("id"));
    q.name = r.string(QLatin1String("name"));
    q.url = r.string(QLatin1String("url"));
    q.headers = readKeyValues(r, QLatin1String("headers"));
    q.subprotocols = r.stringList(QLatin1String("subprotocols"));
    r.object(QLatin1String("auth"), [&q](JsonReader &a) { readAuth(a, q.auth); });
    r.object(QLatin1String("settings"), [&q](JsonReader &s) {
        WebSocketSettings &o = q.settings;
        const WebSocketSettings d;
        o.connectTimeoutMs = static_cast<int>(
            s.integer(QLatin1String("connectTimeoutMs"), d.connectTimeoutMs, 0, kIntMax));
        o.autoReconnect = s.boolean(QLatin1String("autoReconnect"), d.autoReconnect);
        o.reconnectInitialDelayMs = static_cast<int>(s.integer(
            QLatin1String("reconnectInitialDelayMs"), d.reconnectInitialDelayMs, 0, kIntMax));
        o.reconnectMaxDelayMs = static_cast<int>(
            s.integer(QLatin1String("reconnectMaxDelayMs"), d.reconnectMaxDelayMs, 0, kIntMax));
        o.pingIntervalMs = static_cast<int>(
            s.integer(QLatin1String("pingIntervalMs"), d.pingIntervalMs, 0, kIntMax));
        o.maxMessageBytes =
            s.integer(QLatin1String("maxMessageBytes"), d.maxMessageBytes, 0, kInt53);
        o.logCapacity =
            static_cast<int>(s.integer(QLatin1String("logCapacity"), d.logCapacity, 0, kIntMax));
        s.object(QLatin1String("tls"), [&o](JsonReader &t) { readTls(t, o.tls); });
        s.object(QLatin1String("proxy"), [&o](JsonReader &p) { readProxy(p, o.proxy); });
    });
    r.objects(QLatin1String("savedMessages"), [&q](JsonReader &m) {
        SavedWsMessage msg;
        msg.name = m.string(QLatin1String("name"));
        const QString kind = m.string(QLatin1String("kind"), QStringLiteral("text"));
        if (kind == QLatin1String("binary"))
            msg.kind = WsPayloadKind::Binary;
        else if (kind != QLatin1String("text"))
            m.fail(QStringLiteral("kind"),
                   QStringLiteral("unknown value \"%1\" (expected text or binary)").arg(kind));
        msg.payload = readBytes(m, QLatin1String("payload"), QLatin1String("payloadBase64"));
        q.savedMessages.append(msg);
    });
    q.description = r.string(QLatin1String("description"));
}

} // namespace store

QJsonObject toJson(const WebSocketRequest &request)
{
    QJsonObject o;
    store::writeWebSocketRequest(o, request);
    return o;
}

Result<WebSocketRequest> webSocketRequestFromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    WebSocketRequest request;
    store::readWebSocketRequest(reader, request);
    if (reader.failed())
        return Error{Error::Kind::Parse, reader.error()};
    return request;
}

} // namespace wirescope
