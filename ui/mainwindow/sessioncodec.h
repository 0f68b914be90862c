#pragma once

#include "core/model/request.h"
#include "core/model/websocketrequest.h"

#include <QJsonObject>

#include <optional>

namespace wirescope::sessioncodec {

/// The open tabs' requests as the window keeps them between runs (QSettings), in the same JSON
/// as a collection's `*.request.json` (core/store/requestjson.h). Like a collection file it
/// never holds a literal credential (auth password, token and API key value; proxy password;
/// client key passphrase): QSettings is a plain file. A restored tab asks for them again; a
/// `{{variable}}` in their place is kept.
QJsonObject requestToJson(const Request &request);

/// nullopt when @p json is not a request this version can read (a session saved by an
/// older version in another shape): that tab is not restored.
std::optional<Request> requestFromJson(const QJsonObject &json);

/// The same for a WebSocket tab's request (a collection's `*.ws.json`, no literal credential).
QJsonObject webSocketRequestToJson(const WebSocketRequest &request);
std::optional<WebSocketRequest> webSocketRequestFromJson(const QJsonObject &json);

} // namespace wirescope::sessioncodec
