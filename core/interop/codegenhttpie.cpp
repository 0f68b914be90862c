#include "core/interop/codegenlanguages.h"

#include <QUrl>

namespace wirescope::codegen {

namespace {

/// A request-item key with HTTPie's separator characters backslash-escaped.
QString itemKey(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (c == u'\\' || c == u':' || c == u'=' || c == u'@' || c == u';')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

QString generateHttpie(CodegenRequest &r, const CodegenOptions &options)
{
    QStringList groups;
    QStringList flags;
    const RequestSettings &s = r.settings;
    if (r.body.kind == BodyKind::Multipart)
        flags << QStringLiteral("--multipart");
    if (s.followRedirects)
        flags << QStringLiteral("--follow --max-redirects=") + QString::number(s.maxRedirects);
    if (s.timeoutMs > 0 || s.inactivityTimeoutMs > 0) {
        // HTTPie's --timeout limits each socket wait, not the whole exchange.
        const int ms = s.inactivityTimeoutMs > 0 ? s.inactivityTimeoutMs : s.timeoutMs;
        flags << QStringLiteral("--timeout=") + QString::number(ms / 1000.0);
        if (s.timeoutMs > 0)
            r.notes.append(QStringLiteral("HTTPie's --timeout limits each wait for data, not the "
                                          "whole exchange"));
    }
    if (s.tls.insecure)
        flags << QStringLiteral("--verify=no");
    else if (!s.tls.caCertificateFiles.isEmpty())
        flags << QStringLiteral("--verify=") + shellQuote(s.tls.caCertificateFiles.first());
    if (!s.tls.clientCertificateFile.isEmpty()) {
        flags << QStringLiteral("--cert=") + shellQuote(s.tls.clientCertificateFile);
        if (!s.tls.clientKeyFile.isEmpty())
            flags << QStringLiteral("--cert-key=") + shellQuote(s.tls.clientKeyFile);
    }
    if (s.proxy.mode == ProxyMode::Http || s.proxy.mode == ProxyMode::Socks5) {
        QUrl proxy;
        proxy.setScheme(s.proxy.mode == ProxyMode::Socks5 ? QStringLiteral("socks5h")
                                                          : QStringLiteral("http"));
        proxy.setHost(s.proxy.host);
        if (s.proxy.port)
            proxy.setPort(s.proxy.port);
        if (!s.proxy.username.isEmpty()) {
            proxy.setUserName(s.proxy.username);
            proxy.setPassword(s.proxy.password);
        }
        const QString scheme = r.https ? QStringLiteral("https:") : QStringLiteral("http:");
        flags << QStringLiteral("--proxy=")
                     + shellQuote(scheme + proxy.toString(QUrl::FullyEncoded));
    }
    if (s.httpVersion == HttpVersionPolicy::Http2PriorKnowledge)
        r.notes.append(QStringLiteral("HTTPie speaks HTTP/1.1 only; HTTP/2 prior knowledge is not "
                                      "available"));
    if (r.basic || r.digest) {
        if (r.digest)
            flags << QStringLiteral("--auth-type=digest");
        flags << QStringLiteral("--auth=") + shellQuote(r.username + u':' + r.password);
    }

    QString first = QStringLiteral("http");
    if (!flags.isEmpty())
        first += u' ' + flags.join(u' ');
    first += u' ' + r.method + u' ' + shellQuote(r.url);
    groups << first;

    for (const KeyValue &h : std::as_const(r.headers)) {
        // "Name:" would remove the header in HTTPie; "Name;" sends it empty.
        if (h.value.isEmpty())
            groups << shellQuote(itemKey(h.name) + u';');
        else
            groups << shellQuote(itemKey(h.name) + u':' + h.value);
        if (h.value.startsWith(u'=') || h.value.startsWith(u'@'))
            r.notes.append(QStringLiteral("HTTPie reads the header \"%1\" whose value starts with "
                                          "'%2' as a different item type")
                               .arg(h.name, h.value.left(1)));
    }

    switch (r.body.kind) {
    case BodyKind::GraphQL: // buildCodegenRequest made it a raw JSON body or none
    case BodyKind::None:
        break;
    case BodyKind::Raw:
        groups << QStringLiteral("--raw ") + shellQuote(r.body.raw);
        break;
    case BodyKind::FormUrlEncoded:
        // The exact bytes, like Wirescope sends them (items would need escaping per value).
        if (!r.hasHeader(u"Content-Type"))
            groups << shellQuote(QStringLiteral("Content-Type:application/x-www-form-urlencoded"));
        groups << QStringLiteral("--raw ") + shellQuote(r.formEncodedBody());
        break;
    case BodyKind::Multipart:
        for (const MultipartPart &part : std::as_const(r.body.multipart)) {
            if (part.isFile) {
                QString item = itemKey(part.name) + u'@' + part.filePath;
                if (!part.contentType.isEmpty())
                    item += QLatin1String(";type=") + part.contentType;
                groups << shellQuote(item);
            } else {
                groups << shellQuote(itemKey(part.name) + u'=' + part.value);
                if (part.value.startsWith(u'@'))
                    r.notes.append(
                        QStringLiteral("HTTPie reads the field \"%1\" whose value starts "
                                       "with '@' as a file")
                            .arg(part.name));
                if (!part.contentType.isEmpty())
                    r.notes.append(QStringLiteral("HTTPie cannot set a Content-Type on the text "
                                                  "field \"%1\"")
                                       .arg(part.name));
            }
        }
        break;
    case BodyKind::Binary:
        groups << shellQuote(u'@' + r.body.binaryFilePath);
        break;
    }
    return groups.join(options.multiline ? QStringLiteral(" \\\n  ") : QStringLiteral(" "));
}

} // namespace wirescope::codegen
