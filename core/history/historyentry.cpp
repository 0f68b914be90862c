#include "core/history/historyentry.h"

#include "core/history/historyredactor.h"
#include "core/model/exchange.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace wirescope {

namespace {

/// An API key sent under a name of the user's choosing is a credential like Authorization.
void redactApiKey(HistoryEntry &entry, const Request &original)
{
    if (original.auth.kind != AuthKind::ApiKey || original.auth.apiKeyName.isEmpty())
        return;
    const QString &name = original.auth.apiKeyName;
    if (original.auth.apiKeyLocation == ApiKeyLocation::Header) {
        for (KeyValue &kv : entry.requestHeaders) {
            if (kv.name.compare(name, Qt::CaseInsensitive) == 0)
                kv.value = HistoryRedactor::marker();
        }
        return;
    }
    QUrl url(entry.url);
    QUrlQuery query(url);
    if (!query.hasQueryItem(name))
        return;
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery redacted;
    for (const auto &item : items) {
        redacted.addQueryItem(item.first,
                              item.first == name ? HistoryRedactor::marker() : item.second);
    }
    url.setQuery(redacted);
    entry.url = url.toString(QUrl::FullyEncoded);
}

} // namespace

HistoryEntry HistoryEntry::fromExchange(const Exchange &exchange,
                                        const HistoryRedactor &redactor,
                                        qint64 maxBodyBytes)
{
    HistoryEntry e;
    e.startedAt =
        (exchange.startedAt.isValid() ? exchange.startedAt : QDateTime::currentDateTimeUtc())
            .toUTC();
    e.request = redactor.redactRequest(exchange.request);
    e.method = exchange.sent.method.isEmpty() ? exchange.request.method : exchange.sent.method;
    e.url =
        redactor.redactText(exchange.sent.url.isEmpty() ? exchange.request.url : exchange.sent.url);
    e.requestHeaders = redactor.redactHeaders(exchange.sent.headers);
    e.requestBody = redactor.redactBytes(exchange.sent.bodyPreview);
    e.requestBodySize = exchange.sent.bodySize;
    // An API key sent under a name of the user's choosing follows the Authorization rule.
    if (redactor.redactsAuthorization())
        redactApiKey(e, exchange.request);

    if (exchange.response) {
        const Response &r = *exchange.response;
        e.hasResponse = true;
        e.status = r.status;
        e.reason = r.reason;
        e.httpVersion = r.httpVersion;
        e.responseHeaders = redactor.redactHeaders(r.headers);
        e.contentType = r.contentType;
        e.responseBodySize = r.body.size();
        e.downloadTruncated = r.body.truncated();
        const qint64 limit = std::max<qint64>(0, maxBodyBytes);
        if (e.responseBodySize <= limit) {
            e.responseBody = redactor.redactBytes(r.body.read());
        } else {
            // Read past the limit by the longest secret so that one straddling the cut is
            // replaced whole before the cut (a partial secret must not survive the truncation).
            e.responseBody =
                redactor.redactBytes(r.body.read(limit + redactor.longestSecretBytes()))
                    .left(limit);
            e.responseBodyTruncated = true;
        }
    }
    e.timings = exchange.timings;
    if (exchange.tls) {
        const TlsInfo &t = *exchange.tls;
        e.tls = HistoryTlsSummary{t.protocol,           t.cipher,  t.alpn, t.verified,
                                  int(t.errors.size()), t.insecure};
    }
    if (exchange.error)
        e.error = Error{exchange.error->kind, redactor.redactText(exchange.error->message)};
    return e;
}

HistoryEntry HistoryEntry::fromSession(const SessionRecord &session,
                                       const HistoryRedactor &redactor,
                                       qint64 maxBodyBytes)
{
    HistoryEntry e;
    e.startedAt =
        (session.startedAt.isValid() ? session.startedAt : QDateTime::currentDateTimeUtc()).toUTC();
    e.method = session.method;
    e.url = redactor.redactText(session.url);
    e.requestHeaders = redactor.redactHeaders(session.requestHeaders);
    // The request is in a collection file's form already (credentials only as {{variables}});
    // a secret variable's value typed into it literally is still cut out.
    e.sessionRequest =
        QJsonDocument::fromJson(
            redactor.redactBytes(QJsonDocument(session.request).toJson(QJsonDocument::Compact)))
            .object();
    e.hasResponse = session.status != 0;
    e.status = session.status;
    e.reason = session.reason;
    e.httpVersion = QStringLiteral("HTTP/1.1");
    e.responseHeaders = redactor.redactHeaders(session.responseHeaders);
    e.contentType = QStringLiteral("application/x-ndjson");
    const qint64 limit = std::max<qint64>(0, maxBodyBytes);
    for (const QByteArray &line : session.transcript) {
        const QByteArray redacted = redactor.redactBytes(line) + '\n';
        e.responseBodySize += redacted.size();
        if (e.responseBody.size() + redacted.size() <= limit)
            e.responseBody += redacted;
        else
            e.responseBodyTruncated = true; // whole lines only: the kept part stays readable
    }
    e.responseBodyTruncated = e.responseBodyTruncated || session.transcriptCut;
    e.timings.total = session.durationMs;
    if (session.error)
        e.error = Error{session.error->kind, redactor.redactText(session.error->message)};
    return e;
}

Request HistoryEntry::requestToReopen() const
{
    Request r = request;
    r.id.clear();
    return r;
}

Exchange HistoryEntry::toExchange() const
{
    Exchange x;
    x.request = request;
    x.startedAt = startedAt;
    x.sent.method = method;
    x.sent.url = url;
    x.sent.headers = requestHeaders;
    x.sent.bodyPreview = requestBody;
    x.sent.bodySize = requestBodySize;
    x.finalUrl = url;
    if (hasResponse) {
        Response r;
        r.status = status;
        r.reason = reason;
        r.httpVersion = httpVersion;
        r.headers = responseHeaders;
        r.contentType = contentType;
        r.body = ResponseBody::fromBytes(responseBody);
        r.body.setTruncated(responseBodyTruncated || downloadTruncated);
        x.response = r;
    }
    if (responseBodyTruncated) {
        x.warnings.append(QStringLiteral("the history kept %1 of %2 bytes of the response body")
                              .arg(responseBody.size())
                              .arg(responseBodySize));
    }
    x.timings = timings;
    if (tls) {
        TlsInfo info;
        info.protocol = tls->protocol;
        info.cipher = tls->cipher;
        info.alpn = tls->alpn;
        info.verified = tls->verified;
        info.insecure = tls->insecure;
        x.tls = info;
    }
    x.error = error;
    return x;
}

} // namespace wirescope
