#include "core/interop/harexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace wirescope {

namespace {

double ms(double value)
{
    return std::round(value * 1000.0) / 1000.0; // microsecond resolution is plenty
}

QJsonArray headers(const KeyValueList &list)
{
    QJsonArray out;
    for (const KeyValue &h : list) {
        // Qt joins repeated Set-Cookie headers with newlines: give each its own entry again.
        for (const QString &value : h.value.split(u'\n'))
            out.append(
                QJsonObject{{QLatin1String("name"), h.name}, {QLatin1String("value"), value}});
    }
    return out;
}

QJsonArray requestCookies(const KeyValueList &list)
{
    QJsonArray out;
    for (const KeyValue &h : list) {
        if (h.name.compare(QLatin1String("Cookie"), Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &pair : h.value.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            out.append(QJsonObject{
                {QLatin1String("name"), pair.left(eq).trimmed()},
                {QLatin1String("value"), eq < 0 ? QString() : pair.mid(eq + 1).trimmed()}});
        }
    }
    return out;
}

QJsonArray responseCookies(const KeyValueList &list)
{
    QJsonArray out;
    for (const KeyValue &h : list) {
        if (h.name.compare(QLatin1String("Set-Cookie"), Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &line : h.value.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u';');
            const QString pair = fields.first();
            const qsizetype eq = pair.indexOf(u'=');
            QJsonObject cookie{
                {QLatin1String("name"), pair.left(eq).trimmed()},
                {QLatin1String("value"), eq < 0 ? QString() : pair.mid(eq + 1).trimmed()}};
            for (qsizetype i = 1; i < fields.size(); ++i) {
                const QString attr = fields.at(i).trimmed();
                const qsizetype aeq = attr.indexOf(u'=');
                const QString key = attr.left(aeq).toLower();
                const QString value = aeq < 0 ? QString() : attr.mid(aeq + 1);
                if (key == QLatin1String("path"))
                    cookie.insert(QLatin1String("path"), value);
                else if (key == QLatin1String("domain"))
                    cookie.insert(QLatin1String("domain"), value);
                else if (key == QLatin1String("expires"))
                    cookie.insert(QLatin1String("expires"), value);
                else if (key == QLatin1String("httponly"))
                    cookie.insert(QLatin1String("httpOnly"), true);
                else if (key == QLatin1String("secure"))
                    cookie.insert(QLatin1String("secure"), true);
            }
            out.append(cookie);
        }
    }
    return out;
}

/// Decodes @p bytes as UTF-8; false when they are not valid UTF-8 or hold NUL bytes.
bool utf8Text(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    *text = decoder(bytes);
    return !decoder.hasError() && !bytes.contains('\0');
}

QString httpVersion(const std::optional<Response> &response)
{
    if (!response || response->httpVersion.isEmpty())
        return {};
    return QStringLiteral("HTTP/") + response->httpVersion;
}

QJsonObject timings(const Timings &t, QStringList *unmeasured)
{
    auto phase = [](const std::optional<double> &p) {
        return p ? ms(*p) : -1.0;
    };
    QJsonObject o;
    QStringList comments;
    o.insert(QLatin1String("blocked"), phase(t.blocked));
    o.insert(QLatin1String("dns"), t.reusedConnection ? -1.0 : phase(t.dns));
    double connect = -1;
    double ssl = -1;
    if (t.connect && !t.reusedConnection) {
        connect = *t.connect;
        if (t.tls && !t.tlsIncludedInConnect) {
            connect += *t.tls; // HAR's connect includes ssl
            ssl = ms(*t.tls);
        }
        connect = ms(connect);
    }
    if (t.tlsIncludedInConnect)
        comments << QStringLiteral(
            "the TLS handshake is inside connect (ssl not measured on its own)");
    if (t.sendIncludedInConnect)
        comments << QStringLiteral(
            "sending the request is inside connect (send not measured on its own)");
    if (t.reusedConnection)
        comments << QStringLiteral("reused connection: no dns/connect/ssl");
    o.insert(QLatin1String("connect"), connect);
    o.insert(QLatin1String("ssl"), ssl);
    // HAR requires send, wait and receive as numbers >= 0.
    auto required = [&](const char *name, const std::optional<double> &p) {
        if (!p)
            unmeasured->append(QLatin1String(name));
        o.insert(QLatin1String(name), p ? ms(*p) : 0.0);
    };
    required("send", t.send);
    required("wait", t.wait);
    required("receive", t.download);
    if (!unmeasured->isEmpty())
        comments << QStringLiteral("not measured, written as 0: %1")
                        .arg(unmeasured->join(QLatin1String(", ")));

    double sum = 0;
    for (const char *name : {"blocked", "dns", "connect", "send", "wait", "receive"}) {
        const double v = o.value(QLatin1String(name)).toDouble();
        if (v > 0)
            sum += v;
    }
    const double gap = ms(t.total) - sum;
    if (gap > 0.001)
        comments << QStringLiteral(
                        "the phases add up to %1 ms of %2 ms; %3 ms lie between the events "
                        "Qt reports and belong to no phase")
                        .arg(ms(sum))
                        .arg(ms(t.total))
                        .arg(ms(gap));
    if (!comments.isEmpty())
        o.insert(QLatin1String("comment"), comments.join(QLatin1String("; ")));
    return o;
}

QJsonObject tlsSummary(const TlsInfo &tls)
{
    QJsonArray errors;
    for (const TlsError &e : tls.errors)
        errors.append(
            QJsonObject{{QLatin1String("code"), e.code}, {QLatin1String("message"), e.message}});
    QJsonObject o{{QLatin1String("protocol"), tls.protocol},
                  {QLatin1String("cipher"), tls.cipher},
                  {QLatin1String("alpn"), tls.alpn},
                  {QLatin1String("verified"), tls.verified},
                  {QLatin1String("insecure"), tls.insecure},
                  {QLatin1String("errors"), errors},
                  {QLatin1String("acceptedErrors"), static_cast<int>(tls.acceptedErrors.size())}};
    if (!tls.chain.isEmpty()) {
        const CertificateInfo &leaf = tls.chain.first();
        o.insert(QLatin1String("subject"), leaf.subject);
        o.insert(QLatin1String("issuer"), leaf.issuer);
        o.insert(QLatin1String("sha256"), leaf.sha256);
        o.insert(QLatin1String("notAfter"), leaf.notAfter.toString(Qt::ISODate));
    }
    return o;
}

class EntryWriter
{
public:
    EntryWriter(const HarExportOptions &options, ExportReport *report)
        : m_options(options)
        , m_report(report)
    {}

    void warn(int index, const QString &message)
    {
        if (m_report)
            m_report->warnings.append(QStringLiteral("entry %1: %2").arg(index).arg(message));
    }

    QJsonObject request(const Exchange &ex, int index)
    {
        const QString url = ex.sent.url.isEmpty() ? ex.request.url : ex.sent.url;
        QJsonArray query;
        const QUrlQuery q(QUrl(url, QUrl::TolerantMode));
        for (const auto &[name, value] : q.queryItems(QUrl::FullyDecoded))
            query.append(
                QJsonObject{{QLatin1String("name"), name}, {QLatin1String("value"), value}});
        QJsonObject o{{QLatin1String("method"),
                       ex.sent.method.isEmpty() ? ex.request.method : ex.sent.method},
                      {QLatin1String("url"), url},
                      {QLatin1String("httpVersion"), httpVersion(ex.response)},
                      {QLatin1String("cookies"), requestCookies(ex.sent.headers)},
                      {QLatin1String("headers"), headers(ex.sent.headers)},
                      {QLatin1String("queryString"), query},
                      {QLatin1String("headersSize"), -1},
                      {QLatin1String("bodySize"), ex.sent.bodySize}};
        if (ex.sent.bodySize > 0 || !ex.sent.bodyPreview.isEmpty()) {
            const QString mime = firstValue(ex.sent.headers, u"Content-Type");
            QJsonObject post{{QLatin1String("mimeType"), mime}};
            QString text;
            const bool isText = utf8Text(ex.sent.bodyPreview, &text);
            QStringList comments;
            if (!isText) {
                text = QString::fromLatin1(ex.sent.bodyPreview.toBase64());
                comments << QStringLiteral("the body is binary: text is base64");
            }
            if (ex.sent.bodyPreview.size() < ex.sent.bodySize) {
                comments << QStringLiteral("only the first %1 of %2 bytes were kept")
                                .arg(ex.sent.bodyPreview.size())
                                .arg(ex.sent.bodySize);
                warn(index, QStringLiteral("request body truncated to the %1 bytes kept")
                                .arg(ex.sent.bodyPreview.size()));
            }
            post.insert(QLatin1String("text"), text);
            if (mime.startsWith(QLatin1String("application/x-www-form-urlencoded"),
                                Qt::CaseInsensitive)
                && isText) {
                QJsonArray params;
                const QUrlQuery form(QString(text).replace(u'+', u' '));
                for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded))
                    params.append(QJsonObject{{QLatin1String("name"), name},
                                              {QLatin1String("value"), value}});
                post.insert(QLatin1String("params"), params);
            }
            if (!comments.isEmpty())
                post.insert(QLatin1String("comment"), comments.join(QLatin1String("; ")));
            o.insert(QLatin1String("postData"), post);
        }
        return o;
    }

    QJsonObject response(const Exchange &ex, int index)
    {
        if (!ex.response) {
            return QJsonObject{
                {QLatin1String("status"), 0},
                {QLatin1String("statusText"), QString()},
                {QLatin1String("httpVersion"), QString()},
                {QLatin1String("cookies"), QJsonArray()},
                {QLatin1String("headers"), QJsonArray()},
                {QLatin1String("content"),
                 QJsonObject{{QLatin1String("size"), 0}, {QLatin1String("mimeType"), QString()}}},
                {QLatin1String("redirectURL"), QString()},
                {QLatin1String("headersSize"), -1},
                {QLatin1String("bodySize"), -1},
                {QLatin1String("comment"), QStringLiteral("no response was received")}};
        }
        const Response &r = *ex.response;
        const QString mime =
            r.contentType.isEmpty() ? firstValue(r.headers, u"Content-Type") : r.contentType;
        QJsonObject content{{QLatin1String("size"), r.body.size()},
                            {QLatin1String("mimeType"), mime}};
        if (r.body.size() > 0 && r.body.size() <= m_options.maxBodyBytes) {
            const QByteArray bytes = r.body.read();
            QString text;
            if (utf8Text(bytes, &text)) {
                content.insert(QLatin1String("text"), text);
            } else {
                content.insert(QLatin1String("text"), QString::fromLatin1(bytes.toBase64()));
                content.insert(QLatin1String("encoding"), QLatin1String("base64"));
            }
        } else if (r.body.size() > 0) {
            content.insert(QLatin1String("comment"),
                           QStringLiteral("body of %1 bytes not embedded (limit %2 bytes)")
                               .arg(r.body.size())
                               .arg(m_options.maxBodyBytes));
            warn(index,
                 QStringLiteral("response body of %1 bytes not embedded").arg(r.body.size()));
        }
        if (r.body.truncated())
            content.insert(QLatin1String("comment"),
                           QStringLiteral("the download stopped at the response size limit"));
        const QString encoding = firstValue(r.headers, u"Content-Encoding");
        const bool compressed =
            !encoding.isEmpty()
            && encoding.compare(QLatin1String("identity"), Qt::CaseInsensitive) != 0;
        return QJsonObject{{QLatin1String("status"), r.status},
                           {QLatin1String("statusText"), r.reason},
                           {QLatin1String("httpVersion"), httpVersion(ex.response)},
                           {QLatin1String("cookies"), responseCookies(r.headers)},
                           {QLatin1String("headers"), headers(r.headers)},
                           {QLatin1String("content"), content},
                           {QLatin1String("redirectURL"), firstValue(r.headers, u"Location")},
                           // Qt gives parsed headers and the decoded body, not wire sizes.
                           {QLatin1String("headersSize"), -1},
                           {QLatin1String("bodySize"), compressed ? qint64(-1) : r.body.size()}};
    }

    QJsonObject entry(const Exchange &ex, int index)
    {
        QStringList unmeasured;
        const QJsonObject t = timings(ex.timings, &unmeasured);
        QJsonObject custom{{QLatin1String("reusedConnection"), ex.timings.reusedConnection}};
        if (!unmeasured.isEmpty())
            custom.insert(QLatin1String("unmeasured"), QJsonArray::fromStringList(unmeasured));
        if (ex.tls)
            custom.insert(QLatin1String("tls"), tlsSummary(*ex.tls));
        if (!ex.redirects.isEmpty()) {
            QJsonArray hops;
            for (const RedirectHop &hop : ex.redirects)
                hops.append(QJsonObject{{QLatin1String("status"), hop.status},
                                        {QLatin1String("url"), hop.url},
                                        {QLatin1String("location"), hop.location},
                                        {QLatin1String("elapsedMs"), ms(hop.elapsedMs)}});
            custom.insert(QLatin1String("redirects"), hops);
        }
        if (!ex.finalUrl.isEmpty())
            custom.insert(QLatin1String("finalUrl"), ex.finalUrl);
        if (ex.error)
            custom.insert(QLatin1String("error"),
                          QJsonObject{{QLatin1String("kind"), Error::kindName(ex.error->kind)},
                                      {QLatin1String("message"), ex.error->message}});
        if (!ex.warnings.isEmpty())
            custom.insert(QLatin1String("warnings"), QJsonArray::fromStringList(ex.warnings));
        return QJsonObject{
            {QLatin1String("startedDateTime"), ex.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QLatin1String("time"), ms(ex.timings.total)},
            {QLatin1String("request"), request(ex, index)},
            {QLatin1String("response"), response(ex, index)},
            {QLatin1String("cache"), QJsonObject()},
            {QLatin1String("timings"), t},
            {QLatin1String("_wirescope"), custom}};
    }

private:
    HarExportOptions m_options;
    ExportReport *m_report; // not owned, may be null
};

} // namespace

QJsonObject
exportHar(const QList<Exchange> &exchanges, const HarExportOptions &options, ExportReport *report)
{
    EntryWriter writer(options, report);
    QJsonArray entries;
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const Exchange &ex = exchanges.at(i);
        if (!ex.startedAt.isValid()) {
            if (report)
                report->skipped.append(
                    QStringLiteral("entry %1 (%2 %3): no start time recorded; HAR "
                                   "requires startedDateTime")
                        .arg(i)
                        .arg(ex.request.method, ex.request.url));
            continue;
        }
        entries.append(writer.entry(ex, static_cast<int>(i)));
    }
    const QJsonObject creator{{QLatin1String("name"), QLatin1String("Wirescope")},
                              {QLatin1String("version"), QStringLiteral(WIRESCOPE_VERSION)}};
    return QJsonObject{
        {QLatin1String("log"), QJsonObject{{QLatin1String("version"), QLatin1String("1.2")},
                                           {QLatin1String("creator"), creator},
                                           {QLatin1String("entries"), entries}}}};
}

QByteArray harJsonText(const QJsonObject &har)
{
    return QJsonDocument(har).toJson(QJsonDocument::Indented);
}

} // namespace wirescope
