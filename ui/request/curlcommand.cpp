#include "ui/request/curlcommand.h"

#include "core/http/requestbuilder.h"

#include <QStringList>

namespace wirescope {

QString shellQuote(const QString &text)
{
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@,+%");
    bool plain = !text.isEmpty();
    for (QChar c : text) {
        if (!safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

Result<QString> curlCommand(const Request &resolved)
{
    const auto prepared = prepareRequest(resolved);
    if (!prepared)
        return prepared.error();
    const PreparedRequest &p = *prepared;
    const RequestSettings &s = resolved.settings;

    QStringList args{QStringLiteral("curl")};
    if (p.method != QLatin1String("GET") || p.hasBody) {
        if (p.method == QLatin1String("HEAD"))
            args << QStringLiteral("--head");
        else
            args << QStringLiteral("-X") << shellQuote(p.method);
    }
    args << shellQuote(p.url.toString(QUrl::FullyEncoded));
    for (const KeyValue &h : p.headers)
        args << QStringLiteral("-H") << shellQuote(h.name + QStringLiteral(": ") + h.value);
    if (p.hasBody) {
        if (!p.bodyFile.isEmpty())
            args << QStringLiteral("--data-binary") << shellQuote(u'@' + p.bodyFile);
        else
            args << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(p.body));
    }
    if (p.digest) {
        args << QStringLiteral("--digest") << QStringLiteral("-u")
             << shellQuote(p.digestUser + u':' + p.digestPassword);
    }
    if (s.followRedirects)
        args << QStringLiteral("-L") << QStringLiteral("--max-redirs")
             << QString::number(s.maxRedirects);
    if (s.httpVersion == HttpVersionPolicy::Http1Only)
        args << QStringLiteral("--http1.1");
    else if (s.httpVersion == HttpVersionPolicy::Http2PriorKnowledge)
        args << QStringLiteral("--http2-prior-knowledge");
    if (s.timeoutMs > 0)
        args << QStringLiteral("--max-time") << QString::number(s.timeoutMs / 1000.0);
    if (s.tls.insecure)
        args << QStringLiteral("-k");
    for (const QString &ca : s.tls.caCertificateFiles)
        args << QStringLiteral("--cacert") << shellQuote(ca);
    return args.join(u' ');
}

} // namespace wirescope
