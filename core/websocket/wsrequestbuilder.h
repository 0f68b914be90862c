#pragma once

#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/websocketrequest.h"
#include "core/vars/resolver.h"
#include "core/vars/variablecontext.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wirescope {

/// A WebSocketRequest with variables substituted and every rule checked: what the session
/// hands to QWebSocket. Building is pure so that each rule is table-tested without a network.
struct PreparedWsRequest
{
    QUrl url;                 ///< ws:// or wss://, validated
    QString origin;           ///< the Origin header's value (QWebSocket sends it itself)
    KeyValueList headers;     ///< the other handshake headers, in order (auth included)
    QStringList subprotocols; ///< offered, in order
    QStringList unresolved;   ///< {{names}} left unresolved (each once)
};

/// Substitutes {{variables}} in the URL, header names/values, subprotocols and auth fields.
WebSocketRequest resolveWebSocketRequest(const WebSocketRequest &request,
                                         const VariableContext &context,
                                         const DynamicVariables &dynamic,
                                         QStringList *unresolved);

/// Validates a resolved request: the scheme must be ws or wss (http/https are refused with a
/// hint), the host present, header names RFC 9110 tokens, no CR, LF or NUL in a header
/// value, subprotocols RFC 7230 tokens and not repeated. Errors are
/// Error::Kind::InvalidRequest naming the field.
Result<PreparedWsRequest> prepareWebSocketRequest(const WebSocketRequest &resolved);

/// True when @p token is an RFC 7230 token (the grammar of a subprotocol name).
bool isValidSubprotocol(QStringView token);

} // namespace wirescope
