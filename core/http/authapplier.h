#pragma once

#include "core/model/auth.h"
#include "core/model/error.h"
#include "core/model/keyvalue.h"

#include <QString>
#include <QStringList>

namespace wirescope {

/// Who asks for an auth's effect: every front end that builds a request from a Request.
enum class AuthUse {
    Http,      ///< HttpClient's request builder
    WebSocket, ///< the WebSocket handshake builder
    Code,      ///< code generation (curl, fetch, ...): no secret is fetched, nothing is sent
};

/// What an auth adds to a request. The one place that knows each auth kind: the HTTP and
/// WebSocket request builders and code generation only apply these parts.
struct AuthParts
{
    KeyValueList headers; ///< added unless the request sets the name itself
    KeyValueList query;   ///< appended to the URL's query; names and values percent-encoded
    bool basic = false;   ///< the Authorization header is Basic from username and password
    bool digest = false;  ///< Qt answers the server's Digest challenge with username and password
    QString username;
    QString password;
    QStringList notes; ///< for code generation: what the code carries differently
};

/// The parts @p auth adds (its {{variables}} already resolved). An auth that cannot be
/// applied gives an error that names the problem.
Result<AuthParts> authParts(const Auth &auth, AuthUse use);

} // namespace wirescope
