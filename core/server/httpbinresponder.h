#pragma once

#include "core/server/serverrequest.h"
#include "core/server/serverresponse.h"

class QJsonObject;

namespace wirescope::server {

/// The demo server's httpbin-like endpoints: /get, /post, /put, /patch, /delete,
/// /anything, /headers, /ip, /user-agent, /status/{codes}, /delay/{s}, /bytes/{n},
/// /stream/{n}, /redirect/{n}, /relative-redirect/{n}, /absolute-redirect/{n},
/// /redirect-to, /cookies, /cookies/set, /cookies/delete, /basic-auth/{u}/{p}, /bearer,
/// /json, /html, /xml, /image/png, /gzip. Answers use python3-httpbin's JSON shapes;
/// bad input gets a JSON error ({"error": ..., "status": ...}) naming the problem.
class HttpbinResponder final
{
public:
    static constexpr int kMaxDelaySeconds = 10;
    static constexpr qint64 kMaxBytes = 100LL * 1024 * 1024;
    static constexpr int kMaxStreamLines = 100;

    /// The response to @p request (HEAD is answered as GET; the caller drops the body).
    ServerResponse respond(const ServerRequest &request) const;

    /// A JSON error response: {"error": message, "status": status}.
    static ServerResponse error(int status, const QString &message);

    /// Compact JSON with a trailing newline, as Flask's jsonify sends it.
    static ServerResponse json(const QJsonObject &object, int status = 200);
};

} // namespace wirescope::server
