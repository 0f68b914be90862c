#pragma once

#include "core/model/error.h"

#include <QJsonObject>
#include <QString>

namespace wirescope {

/// What a Socket.IO tab shows: the URL, the namespace and the auth object as typed (JSON
/// text, may hold {{variables}}). Kept between runs and in the history.
struct SocketIoRequest
{
    QString url;
    QString nsp = QStringLiteral("/");
    QString auth; ///< the auth object's JSON text; empty for none

    friend bool operator==(const SocketIoRequest &, const SocketIoRequest &) = default;
};

/// JSON of a Socket.IO request, as the window keeps its tabs and the history its sessions:
///
///     {"kind": "socket.io", "url": "...", "namespace": "/admin", "auth": "{\"token\": ...}"}
///
/// The auth object may hold a token, and both places are plain files: it is written only when
/// it is empty or refers to a variable (`{{token}}`, see credentials::isLiteral), otherwise
/// left out (the restored tab asks for it again).
QJsonObject toJson(const SocketIoRequest &request);

/// The request back, or an error naming the problem (not a Socket.IO request, a field of the
/// wrong type).
Result<SocketIoRequest> socketIoRequestFromJson(const QJsonObject &object);

/// True when @p object is toJson()'s form (its "kind" is "socket.io").
bool isSocketIoRequestJson(const QJsonObject &object);

} // namespace wirescope
