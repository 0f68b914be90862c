#pragma once

#include "app/cli/streamoptions.h"
#include "core/model/error.h"
#include "core/model/websocketrequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wirescope::cli {

/// One event `wirescope-cli socketio` emits once the namespace is connected.
struct SocketIoEmit
{
    QString name;
    QJsonArray args;

    friend bool operator==(const SocketIoEmit &, const SocketIoEmit &) = default;
};

/// Everything `wirescope-cli socketio` was asked to do. The URL, -H headers, TLS, proxy and
/// the connect timeout live in `request` (a WebSocketRequest, as for ws).
struct SocketIoCliOptions : StreamOptions
{
    WebSocketRequest request;
    QString nsp = QStringLiteral("/"); ///< --namespace
    QJsonObject auth;                  ///< --auth JSON (an object)
    bool hasAuth = false;
    QList<SocketIoEmit> emits; ///< --emit EVENT JSONARRAY, in order
    bool ack = false;          ///< --ack: every emit asks for an acknowledgement
    int ackTimeoutMs = 10000;  ///< --ack-timeout SECONDS
    /// While parsing: for each --emit, the index of the positional argument that is its JSON.
    QList<qsizetype> emitArgIndexes;
};

/// Parses the arguments after `socketio` (see socketIoUsage()). `--emit EVENT JSONARRAY`
/// takes the argument after the event name as its JSON array of arguments.
///
/// Errors: Error::Kind::InvalidRequest for a usage error (unknown option, a namespace
/// without '/', --auth that is not a JSON object, --emit without a JSON array or with a
/// reserved name, no URL or two URLs).
Result<SocketIoCliOptions> parseSocketIoArgs(const QStringList &args);

} // namespace wirescope::cli
