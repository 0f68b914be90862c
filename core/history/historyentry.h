#pragma once

#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/request.h"
#include "core/model/timings.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wirescope {

struct Exchange;
class HistoryRedactor;

/// What the history keeps of the TLS layer: enough to tell how a request was protected, not
/// the certificates themselves.
struct HistoryTlsSummary
{
    QString protocol;
    QString cipher;
    QString alpn;
    bool verified = false;
    int errorCount = 0;
    bool insecure = false;

    friend bool operator==(const HistoryTlsSummary &, const HistoryTlsSummary &) = default;
};

/// A finished WebSocket or Socket.IO session, as the window hands it to the history
/// (HistoryStore::recordSession). Kept as an entry whose method is "WS" or "SIO": the handshake as
/// request and response heads, the messages as a JSON-lines transcript in the response body
/// (bounded like a body), and the request in a collection file's form (no literal credential) to
/// reopen.
struct SessionRecord
{
    QString method = QStringLiteral("WS"); ///< "WS", or "SIO" for a Socket.IO session
    QDateTime startedAt;
    QString url; ///< as connected
    KeyValueList requestHeaders;
    int status = 0; ///< 101 when the handshake succeeded; the refusal status; 0 = none
    QString reason;
    KeyValueList responseHeaders;
    double durationMs = 0;        ///< connect -> closed
    QJsonObject request;          ///< `*.ws.json` form of the request, or socketiorequest.h's
    QList<QByteArray> transcript; ///< one JSON object per message, oldest first
    bool transcriptCut = false;   ///< messages of the session are missing (log ring, budget)
    /// Credentials the session sent as typed (a literal Socket.IO auth object): recordSession()
    /// cuts them wherever they appear, as it does secret variables' values.
    QStringList credentials;
    std::optional<Error> error;
};

/// One recorded exchange as the history stores it: the request as sent, the user's original
/// Request (to re-open it), the response head, a bounded copy of the response body, timings,
/// a TLS summary and the error of a failed exchange. Everything in it has been redacted
/// before it reaches the database (see HistoryRedactor).
struct HistoryEntry
{
    qint64 id = 0;       ///< database row id; 0 until stored
    QDateTime startedAt; ///< UTC, millisecond precision
    Request request;     ///< the user's request (re-opened as a new tab)

    QString method; ///< as sent
    QString url;    ///< as sent (variables resolved, then redacted)
    KeyValueList requestHeaders;
    QByteArray requestBody;     ///< the preview of the body as sent (bounded by the engine)
    qint64 requestBodySize = 0; ///< the full size as sent

    bool hasResponse = false; ///< false when no response head arrived
    int status = 0;
    QString reason;
    QString httpVersion;
    KeyValueList responseHeaders;
    QString contentType;
    QByteArray responseBody;            ///< at most the history's body limit
    qint64 responseBodySize = 0;        ///< the full size received
    bool responseBodyTruncated = false; ///< responseBody is shorter than responseBodySize
    bool downloadTruncated = false;     ///< the engine's download limit cut the body short

    Timings timings;
    std::optional<HistoryTlsSummary> tls;
    std::optional<Error> error;
    /// A WebSocket session's request (`*.ws.json` form), to reopen it; empty for HTTP.
    QJsonObject sessionRequest;
    bool isSession() const { return !sessionRequest.isEmpty(); }

    /// Builds the entry for @p exchange: keeps at most @p maxBodyBytes of the response body
    /// and passes every text through @p redactor (a secret that straddles the body limit is
    /// still removed). Reads the body file when it was spilled to disk: call it off the UI
    /// thread for large bodies.
    static HistoryEntry
    fromExchange(const Exchange &exchange, const HistoryRedactor &redactor, qint64 maxBodyBytes);
    /// The same for a WebSocket session: method "WS" ("SIO" for Socket.IO), the transcript kept in
    /// whole lines up to @p maxBodyBytes, everything redacted.
    static HistoryEntry
    fromSession(const SessionRecord &session, const HistoryRedactor &redactor, qint64 maxBodyBytes);

    /// The entry as an Exchange again (for HAR export): what was kept, redacted as stored.
    /// The TLS chain is not kept, so `tls` carries the summary only; a body cut at the history's
    /// limit stays cut (Exchange::warnings says so).
    Exchange toExchange() const;
    /// The user's request to open again as a new tab: not bound to the collection item it
    /// was sent from (its id is cleared).
    Request requestToReopen() const;
};

/// One row of a history listing: what the history pane shows, without the bodies.
struct HistorySummary
{
    qint64 id = 0;
    QDateTime startedAt;
    QString method;
    QString url;
    int status = 0; ///< 0 when no response arrived
    double durationMs = 0;
    QString errorKind; ///< Error::kindName() of a failed exchange, else empty

    friend bool operator==(const HistorySummary &, const HistorySummary &) = default;
};

} // namespace wirescope
