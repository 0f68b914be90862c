#include "core/http/transcript.h"

#include "core/model/exchange.h"

#include <QUrl>

namespace wirescope {

namespace {

QString headerLines(const KeyValueList &headers)
{
    QString out;
    for (const KeyValue &h : headers) {
        // Qt joins repeated Set-Cookie headers with '\n'; each was its own line on the wire.
        const QStringList values = h.value.split(u'\n');
        for (const QString &value : values)
            out += h.name + QStringLiteral(": ") + value + u'\n';
    }
    return out;
}

QString requestTarget(const QString &urlText)
{
    const QUrl url(urlText);
    if (!url.isValid())
        return urlText;
    QString target = url.path(QUrl::FullyEncoded);
    if (target.isEmpty())
        target = QStringLiteral("/");
    if (url.hasQuery())
        target += u'?' + url.query(QUrl::FullyEncoded);
    return target;
}

} // namespace

QString requestHeadText(const SentRequest &request)
{
    const bool h2 = containsName(request.headers, u":authority");
    const QString version = h2 ? QStringLiteral("HTTP/2") : QStringLiteral("HTTP/1.1");
    return request.method + u' ' + requestTarget(request.url) + u' ' + version + u'\n'
           + headerLines(request.headers);
}

QString responseHeadText(const Response &response)
{
    const QString version =
        response.httpVersion.isEmpty() ? QStringLiteral("1.1") : response.httpVersion;
    QString statusLine =
        QStringLiteral("HTTP/") + version + u' ' + QString::number(response.status);
    if (version != QLatin1String("2") && !response.reason.isEmpty())
        statusLine += u' ' + response.reason;
    return statusLine + u'\n' + headerLines(response.headers);
}

} // namespace wirescope
