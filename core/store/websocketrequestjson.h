#pragma once

#include "core/model/error.h"
#include "core/model/websocketrequest.h"

#include <QJsonObject>

namespace wirescope {

namespace store {
class JsonReader;
}

/// JSON codec of a WebSocket request, as stored in a collection's `*.ws.json` files.
/// Lossless for every field of WebSocketRequest; defaults are omitted, `id`, `name` and `url`
/// always written. Strict like requestFromJson() (errors name the JSON path).
///
///     {"id", "name", "url", "description", "headers": [...], "subprotocols": ["..."],
///      "auth": {...}, "settings": {"connectTimeoutMs", "autoReconnect",
///      "reconnectInitialDelayMs", "reconnectMaxDelayMs", "pingIntervalMs", "maxMessageBytes",
///      "logCapacity", "tls": {...}, "proxy": {...}},
///      "savedMessages": [{"name", "kind": "text|binary", "payload" | "payloadBase64"}]}
///
/// A payload is written as text when it is valid UTF-8 (binary messages too), otherwise as
/// base64 under "payloadBase64".
QJsonObject toJson(const WebSocketRequest &request);
Result<WebSocketRequest> webSocketRequestFromJson(const QJsonObject &object);

namespace store {
void readWebSocketRequest(JsonReader &reader, WebSocketRequest &out);
void writeWebSocketRequest(QJsonObject &object, const WebSocketRequest &request);
} // namespace store

} // namespace wirescope
