#pragma once

#include "core/model/auth.h"
#include "core/model/error.h"
#include "core/model/keyvalue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace wirescope {

/// Who asks for an auth's effect: every front end that builds a request from a Request.
enum class AuthUse {
    Http,      ///< HttpClient's request builder
    WebSocket, ///< the WebSocket handshake builder
    Code,      ///< code generation (curl, fetch, ...): no secret is fetched, nothing is sent
};

/// The request as it goes on the wire, for the auth kinds that sign it (AWS Signature v4,
/// OAuth 1.0a): a builder fills it after everything else, calls AuthParts::sign, and sends what it
/// holds then (OAuth 1.0a may add its parameters to a form body).
struct SignableRequest
{
    QString method;
    QUrl url;              ///< final: every query parameter in
    KeyValueList headers;  ///< final; a signer replaces the headers it owns and appends them
    QByteArray body;       ///< the encoded body, unless streamed from bodyFile
    QString bodyFile;      ///< a binary body streamed from this file
    bool formBody = false; ///< the body is application/x-www-form-urlencoded
};

/// Signs a SignableRequest in place; errors name the problem.
using RequestSigner = std::function<Result<void>(SignableRequest &)>;

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
    /// Set by kinds that sign the final request: builders call it last, with the body encoded.
    RequestSigner sign;
};

/// The parts @p auth adds (its {{variables}} already resolved). An auth that cannot be
/// applied gives an error that names the problem.
Result<AuthParts> authParts(const Auth &auth, AuthUse use);

} // namespace wirescope
