#pragma once

#include "core/model/auth.h"
#include "core/model/keyvalue.h"
#include "core/model/requestsettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace wirescope {

/// The kind of payload a WebSocket data frame (or a saved message) carries.
enum class WsPayloadKind { Text, Binary };

/// A message saved with a WebSocket request so it can be sent again with one click.
/// Text payloads may hold {{variables}}; binary payloads are the raw bytes.
struct SavedWsMessage
{
    QString name;
    WsPayloadKind kind = WsPayloadKind::Text;
    QByteArray payload; ///< UTF-8 text for Text, raw bytes for Binary

    friend bool operator==(const SavedWsMessage &, const SavedWsMessage &) = default;
};

/// Connection options of a WebSocket request. Times in milliseconds; 0 = off / no limit.
struct WebSocketSettings
{
    int connectTimeoutMs = 10000;
    bool autoReconnect = false;
    int reconnectInitialDelayMs = 500; ///< first retry; doubles up to the maximum
    int reconnectMaxDelayMs = 30000;
    int pingIntervalMs = 0; ///< periodic ping with measured round trip; 0 = never
    qint64 maxMessageBytes = 64 * 1024 * 1024; ///< larger incoming messages are refused
    int logCapacity = 100000;                  ///< MessageLog ring size
    TlsSettings tls; ///< same options as HTTP (extra CA, client cert, opt-ins)
    ProxySettings proxy;

    friend bool operator==(const WebSocketSettings &, const WebSocketSettings &) = default;
};

/// A WebSocket request as the user describes it (before variables are resolved).
struct WebSocketRequest
{
    QString id;
    QString name;
    QString url;              ///< ws:// or wss://, may hold {{variables}}
    KeyValueList headers;     ///< handshake headers (Origin goes here too)
    QStringList subprotocols; ///< offered in Sec-WebSocket-Protocol, in order
    Auth auth;                ///< sent on the handshake (Basic, Bearer, API key)
    WebSocketSettings settings;
    QList<SavedWsMessage> savedMessages;
    QString description;

    friend bool operator==(const WebSocketRequest &, const WebSocketRequest &) = default;
};

} // namespace wirescope
