#include "core/http/exchangejson.h"

#include "core/model/exchange.h"

#include <QJsonArray>

#include <cmath>

namespace wirescope {

namespace {

/// Milliseconds to 3 decimals (microsecond resolution is what the clocks give honestly).
double roundMs(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

QJsonValue optionalMs(const std::optional<double> &ms)
{
    return ms ? QJsonValue(roundMs(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonArray headerPairs(const KeyValueList &headers)
{
    QJsonArray out;
    for (const KeyValue &h : headers)
        out.append(QJsonArray{h.name, h.value});
    return out;
}

QJsonValue dateValue(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonObject certificateJson(const CertificateInfo &c)
{
    QString publicKey = c.publicKeyAlgorithm;
    if (c.publicKeyBits > 0)
        publicKey += u' ' + QString::number(c.publicKeyBits);
    return QJsonObject{
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("sans"), QJsonArray::fromStringList(c.subjectAlternativeNames)},
        {QStringLiteral("serial"), c.serialNumber},
        {QStringLiteral("notBefore"), dateValue(c.notBefore)},
        {QStringLiteral("notAfter"), dateValue(c.notAfter)},
        {QStringLiteral("sha256"), c.sha256},
        {QStringLiteral("publicKey"), publicKey},
        {QStringLiteral("selfSigned"), c.selfSigned},
    };
}

QJsonObject tlsJson(const TlsInfo &tls)
{
    QJsonArray errors;
    for (const TlsError &e : tls.errors) {
        errors.append(QJsonObject{
            {QStringLiteral("code"), e.code},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("accepted"), tls.insecure || tls.acceptedErrors.contains(e)},
            // With the code, this is what --accept-tls-error CODE@SHA256 takes.
            {QStringLiteral("certificateSha256"), e.certificateSha256},
        });
    }
    QJsonArray chain;
    for (const CertificateInfo &c : tls.chain)
        chain.append(certificateJson(c));
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return QJsonObject{
        {QStringLiteral("protocol"), orNull(tls.protocol)},
        {QStringLiteral("cipher"), orNull(tls.cipher)},
        {QStringLiteral("alpn"), orNull(tls.alpn)},
        {QStringLiteral("verified"), tls.verified},
        {QStringLiteral("insecure"), tls.insecure},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("chain"), chain},
    };
}

void addBody(QJsonObject &out, const ResponseBody &body)
{
    const QByteArray bytes = body.read();
    if (bytes.isValidUtf8()) {
        out.insert(QStringLiteral("body"), QString::fromUtf8(bytes));
        return;
    }
    out.insert(QStringLiteral("body"), QString::fromLatin1(bytes.toBase64()));
    out.insert(QStringLiteral("bodyEncoding"), QStringLiteral("base64"));
}

} // namespace

QJsonObject exchangeToJson(const Exchange &exchange, bool includeBody)
{
    const QJsonValue null(QJsonValue::Null);
    QJsonObject out;
    out.insert(QStringLiteral("request"),
               QJsonObject{{QStringLiteral("method"), exchange.sent.method},
                           {QStringLiteral("url"), exchange.sent.url},
                           {QStringLiteral("headers"), headerPairs(exchange.sent.headers)}});

    if (const auto &r = exchange.response) {
        out.insert(QStringLiteral("status"), r->status);
        out.insert(QStringLiteral("reason"), r->reason);
        out.insert(QStringLiteral("httpVersion"), r->httpVersion);
        out.insert(QStringLiteral("headers"), headerPairs(r->headers));
        out.insert(QStringLiteral("bodySize"), QJsonValue(qint64(r->body.size())));
        if (includeBody)
            addBody(out, r->body);
    } else {
        out.insert(QStringLiteral("status"), null);
        out.insert(QStringLiteral("reason"), null);
        out.insert(QStringLiteral("httpVersion"), null);
        out.insert(QStringLiteral("headers"), QJsonArray());
        out.insert(QStringLiteral("bodySize"), null);
        if (includeBody)
            out.insert(QStringLiteral("body"), null);
    }

    out.insert(QStringLiteral("timings"), timingsToJson(exchange.timings));
    out.insert(QStringLiteral("tls"), exchange.tls ? QJsonValue(tlsJson(*exchange.tls)) : null);

    QJsonArray redirects;
    for (const RedirectHop &hop : exchange.redirects) {
        redirects.append(QJsonObject{{QStringLiteral("status"), hop.status},
                                     {QStringLiteral("url"), hop.url},
                                     {QStringLiteral("location"), hop.location}});
    }
    out.insert(QStringLiteral("redirects"), redirects);
    out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(exchange.warnings));
    out.insert(QStringLiteral("unresolvedVariables"),
               QJsonArray::fromStringList(exchange.unresolvedVariables));
    if (exchange.error) {
        QJsonObject error{{QStringLiteral("kind"), Error::kindName(exchange.error->kind)},
                          {QStringLiteral("message"), exchange.error->message}};
        if (!exchange.error->detail.isEmpty())
            error.insert(QStringLiteral("detail"), exchange.error->detail);
        out.insert(QStringLiteral("error"), error);
    } else {
        out.insert(QStringLiteral("error"), null);
    }
    return out;
}

QJsonObject timingsToJson(const Timings &t)
{
    return QJsonObject{
        {QStringLiteral("dns"), optionalMs(t.dns)},
        {QStringLiteral("blocked"), optionalMs(t.blocked)},
        {QStringLiteral("connect"), optionalMs(t.connect)},
        {QStringLiteral("tls"), optionalMs(t.tls)},
        {QStringLiteral("send"), optionalMs(t.send)},
        {QStringLiteral("wait"), optionalMs(t.wait)},
        {QStringLiteral("download"), optionalMs(t.download)},
        {QStringLiteral("total"), roundMs(t.total)},
        {QStringLiteral("reusedConnection"), t.reusedConnection},
        {QStringLiteral("dnsCached"), t.dnsCached},
        {QStringLiteral("tlsIncludedInConnect"), t.tlsIncludedInConnect},
        {QStringLiteral("sendIncludedInConnect"), t.sendIncludedInConnect},
        {QStringLiteral("note"),
         t.note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.note)},
    };
}

std::optional<double> optionalMsFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

Timings timingsFromJson(const QJsonObject &o)
{
    Timings t;
    t.dns = optionalMsFrom(o.value(QStringLiteral("dns")));
    t.blocked = optionalMsFrom(o.value(QStringLiteral("blocked")));
    t.connect = optionalMsFrom(o.value(QStringLiteral("connect")));
    t.tls = optionalMsFrom(o.value(QStringLiteral("tls")));
    t.send = optionalMsFrom(o.value(QStringLiteral("send")));
    t.wait = optionalMsFrom(o.value(QStringLiteral("wait")));
    t.download = optionalMsFrom(o.value(QStringLiteral("download")));
    t.total = o.value(QStringLiteral("total")).toDouble();
    t.reusedConnection = o.value(QStringLiteral("reusedConnection")).toBool();
    t.dnsCached = o.value(QStringLiteral("dnsCached")).toBool();
    t.tlsIncludedInConnect = o.value(QStringLiteral("tlsIncludedInConnect")).toBool();
    t.sendIncludedInConnect = o.value(QStringLiteral("sendIncludedInConnect")).toBool();
    t.note = o.value(QStringLiteral("note")).toString();
    return t;
}

} // namespace wirescope
