#include "core/interop/codegenlanguages.h"

#include <QUrl>

namespace wirescope::codegen {

namespace {

/// A -F value with its content in double quotes, as curl's form parser reads them.
QString curlFormQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

bool needsFormQuoting(const QString &text)
{
    for (QChar c : text) {
        if (c == u';' || c == u',' || c == u'"' || c == u'\\' || c.isSpace())
            return true;
    }
    return false;
}

QString proxyUrl(const ProxySettings &proxy)
{
    QUrl url;
    url.setScheme(proxy.mode == ProxyMode::Socks5 ? QStringLiteral("socks5h")
                                                  : QStringLiteral("http"));
    url.setHost(proxy.host);
    if (proxy.port)
        url.setPort(proxy.port);
    if (!proxy.username.isEmpty()) {
        url.setUserName(proxy.username);
        url.setPassword(proxy.password);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

QString generateCurl(CodegenRequest &r, const CodegenOptions &options)
{
    // Argument groups; each becomes one line in multi-line mode.
    QStringList groups;
    QString first = QStringLiteral("curl");
    const bool hasBody = r.body.kind != BodyKind::None;
    // curl picks POST for --data*/-F and GET otherwise; -X only when that guess is wrong.
    if (r.method == QLatin1String("HEAD") && !hasBody)
        first += QLatin1String(" --head");
    else if (hasBody ? r.method != QLatin1String("POST") : r.method != QLatin1String("GET"))
        first += QLatin1String(" -X ") + shellQuote(r.method);
    first += u' ' + shellQuote(r.url);
    groups << first;

    for (const KeyValue &h : std::as_const(r.headers)) {
        // "Name;" is curl's way to send a header with an empty value ("Name:" removes it).
        const QString header = h.value.isEmpty() ? QString(h.name + u';')
                                                 : QString(h.name + QLatin1String(": ") + h.value);
        groups << QStringLiteral("-H ") + shellQuote(header);
    }

    if (r.basic || r.digest) {
        const QString credentials = r.username + u':' + r.password;
        if (r.digest) {
            groups << QStringLiteral("--digest -u ") + shellQuote(credentials);
        } else if (r.username.contains(u':')) {
            // curl -u splits at the first colon: send the header instead.
            groups << QStringLiteral("-H ")
                          + shellQuote(QStringLiteral("Authorization: ") + r.basicHeaderValue());
        } else {
            groups << QStringLiteral("-u ") + shellQuote(credentials);
        }
    }

    switch (r.body.kind) {
    case BodyKind::GraphQL: // buildCodegenRequest made it a raw JSON body or none
    case BodyKind::None:
        break;
    case BodyKind::Raw:
        groups << QStringLiteral("--data-raw ") + shellQuote(r.body.raw);
        break;
    case BodyKind::FormUrlEncoded:
        if (r.body.form.isEmpty()) {
            groups << QStringLiteral("--data-raw ''");
            break;
        }
        // curl encodes the part after the first '=' and expects the name encoded already.
        for (const KeyValue &kv : std::as_const(r.body.form)) {
            groups << QStringLiteral("--data-urlencode ")
                          + shellQuote(QString::fromLatin1(QUrl::toPercentEncoding(kv.name)) + u'='
                                       + kv.value);
        }
        break;
    case BodyKind::Multipart:
        if (r.body.multipart.isEmpty()) {
            r.notes.append(
                QStringLiteral("the multipart body has no enabled parts; curl sends none"));
            break;
        }
        for (const MultipartPart &part : std::as_const(r.body.multipart)) {
            if (part.name.contains(u'='))
                r.notes.append(
                    QStringLiteral("curl -F cannot send a field name containing '=' (\"%1\")")
                        .arg(part.name));
            if (part.isFile) {
                const QString path =
                    needsFormQuoting(part.filePath) ? curlFormQuoted(part.filePath) : part.filePath;
                QString spec = part.name + QLatin1String("=@") + path;
                if (!part.contentType.isEmpty())
                    spec += QLatin1String(";type=") + part.contentType;
                groups << QStringLiteral("-F ") + shellQuote(spec);
            } else if (part.contentType.isEmpty()) {
                groups << QStringLiteral("--form-string ")
                              + shellQuote(part.name + u'=' + part.value);
            } else {
                groups << QStringLiteral("-F ")
                              + shellQuote(part.name + u'=' + curlFormQuoted(part.value)
                                           + QLatin1String(";type=") + part.contentType);
            }
        }
        break;
    case BodyKind::Binary:
        groups << QStringLiteral("--data-binary ") + shellQuote(u'@' + r.body.binaryFilePath);
        break;
    }

    const RequestSettings &s = r.settings;
    QStringList transport;
    if (s.followRedirects)
        transport << QStringLiteral("-L --max-redirs ") + QString::number(s.maxRedirects);
    if (s.httpVersion == HttpVersionPolicy::Http1Only)
        transport << QStringLiteral("--http1.1");
    else if (s.httpVersion == HttpVersionPolicy::Http2PriorKnowledge)
        transport << QStringLiteral("--http2-prior-knowledge");
    if (s.timeoutMs > 0)
        transport << QStringLiteral("--max-time ") + QString::number(s.timeoutMs / 1000.0);
    if (s.inactivityTimeoutMs > 0) {
        // curl's closest: abort when under 1 byte/s for the given seconds.
        const int seconds = qMax(1, (s.inactivityTimeoutMs + 999) / 1000);
        transport << QStringLiteral("--speed-limit 1 --speed-time ") + QString::number(seconds);
    }
    if (s.tls.insecure)
        transport << QStringLiteral("-k");
    if (!s.tls.ignoredErrors.isEmpty() && !s.tls.insecure)
        r.notes.append(QStringLiteral("curl cannot accept single certificate errors; the command "
                                      "verifies the certificate fully"));
    if (!s.tls.caCertificateFiles.isEmpty()) {
        transport << QStringLiteral("--cacert ") + shellQuote(s.tls.caCertificateFiles.first());
        if (s.tls.caCertificateFiles.size() > 1)
            r.notes.append(QStringLiteral("curl takes one --cacert file; the others were left out "
                                          "(concatenate them into one PEM file)"));
    }
    if (!s.tls.clientCertificateFile.isEmpty()) {
        const QString cert = s.tls.clientCertificateFile;
        const bool p12 = cert.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive)
                         || cert.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
        transport << QStringLiteral("--cert ") + shellQuote(cert)
                         + (p12 ? QStringLiteral(" --cert-type P12") : QString());
        if (!s.tls.clientKeyFile.isEmpty())
            transport << QStringLiteral("--key ") + shellQuote(s.tls.clientKeyFile);
        if (!s.tls.clientKeyPassphrase.isEmpty())
            transport << QStringLiteral("--pass ") + shellQuote(s.tls.clientKeyPassphrase);
    }
    switch (s.proxy.mode) {
    case ProxyMode::System:
        break;
    case ProxyMode::None:
        transport << QStringLiteral("--noproxy '*'");
        break;
    case ProxyMode::Http:
    case ProxyMode::Socks5:
        transport << QStringLiteral("-x ") + shellQuote(proxyUrl(s.proxy));
        break;
    }
    if (options.compressed)
        transport << QStringLiteral("--compressed");
    if (!transport.isEmpty())
        groups << transport.join(u' ');
    return groups.join(options.multiline ? QStringLiteral(" \\\n  ") : QStringLiteral(" "));
}

} // namespace wirescope::codegen
