#pragma once

#include "core/stream/messagelog.h"

#include <QJsonObject>

#include <optional>

namespace wirescope {

/// One log entry as JSON, the form `wirescope-cli ws --json` prints and the history keeps a
/// WebSocket session's transcript in:
///
///     {"direction": "incoming|outgoing|event", "type":
///     "text|binary|ping|pong|close|event|sse|...",
///      "timestampUs": 1700000000000000, "size": 5,
///      "text": "hello"            (text, events, SSE events)
///      | "base64": "AAEC"         (binary, ping, pong)
///      | "reason": "bye", "code": 1000   (close)
///      [, "eventType": "...", "eventId": "...", "retryMs": 3000]   (SSE)}
QJsonObject streamMessageToJson(const StreamMessage &message);

/// The entry back (sequence 0); nullopt when @p json lacks a known direction or type.
std::optional<StreamMessage> streamMessageFromJson(const QJsonObject &json);

/// Appends to @p log each line of @p jsonLines (a history transcript: one streamMessageToJson()
/// object per line) that reads back; other lines are skipped.
void appendTranscript(MessageLog &log, const QByteArray &jsonLines);

} // namespace wirescope
