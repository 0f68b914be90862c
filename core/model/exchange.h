#pragma once

#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/request.h"
#include "core/model/responsebody.h"
#include "core/model/timings.h"
#include "core/model/tlsinfo.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wirescope {

/// The request as it actually left: after variable resolution, auth, body encoding,
/// with the headers Qt adds itself (User-Agent, Accept-Encoding, Connection, Host, ...)
/// listed beside the user's.
struct SentRequest
{
    QString method;
    QString url;               ///< final encoded URL
    KeyValueList headers;      ///< every header in send order
    QStringList addedByEngine; ///< names (lower case) of headers the user did not set
    qint64 bodySize = 0;
    QByteArray bodyPreview; ///< the first bytes of the body as sent (bounded)
};

/// One hop of a redirect chain.
struct RedirectHop
{
    int status = 0;
    QString url;          ///< the URL that answered with the redirect
    QString location;     ///< where it pointed (resolved absolute URL)
    double elapsedMs = 0; ///< since the exchange started
};

/// A response as received. Header order is the order on the wire, with one limitation:
/// Qt merges repeated header names into one comma-separated value (Set-Cookie with
/// newlines), so duplicates appear once.
struct Response
{
    int status = 0;
    QString reason;
    QString httpVersion; ///< "1.1", "2" (as actually used)
    KeyValueList headers;
    ResponseBody body;
    QString contentType;
    qint64 headerBytes = 0; ///< approximate size of the head as received
};

/// A plain-HTTP exchange's bytes exactly as they crossed the wire (seen by the in-process
/// relay), bounded. Present only for a fresh connection the relay could attribute.
struct RawTranscript
{
    QByteArray sent;        ///< request bytes as written by Qt
    QByteArray received;    ///< response bytes as the server sent them (head, chunk framing)
    bool truncated = false; ///< more bytes moved than are kept
};

/// Everything known about one request/response exchange.
struct Exchange
{
    Request request; ///< the request as the user described it
    SentRequest sent;
    std::optional<Response> response; ///< absent when no response head arrived
    Timings timings;
    std::optional<TlsInfo> tls; ///< absent for plain http
    QList<RedirectHop> redirects;
    std::optional<Error> error;
    QStringList warnings; ///< e.g. invalid JSON body, -k in use
    QStringList unresolvedVariables;
    std::optional<RawTranscript> raw; ///< plain HTTP through the relay only
    QDateTime startedAt;
    QString finalUrl;

    bool ok() const { return !error.has_value() && response.has_value(); }
};

} // namespace wirescope
