#include "core/interop/codegenlanguages.h"

#include <QList>
#include <QPair>

namespace wirescope::codegen {

namespace {

/// A Content-Disposition parameter value quoted as HttpClient's multipart encoder does.
QString dispositionQuoted(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("%22"))
        .replace(u'\r', QStringLiteral("%0D"))
        .replace(u'\n', QStringLiteral("%0A"));
    return u'"' + out + u'"';
}

} // namespace

QString generateNode(CodegenRequest &r, const CodegenOptions &options)
{
    Q_UNUSED(options)
    const RequestSettings &s = r.settings;
    const QString module = r.https ? QStringLiteral("https") : QStringLiteral("http");
    bool readsFiles = false;
    bool usesCrypto = false;
    QString bodyCode;
    QString contentTypeExpression; // set when the body needs a Content-Type the user did not give

    switch (r.body.kind) {
    case BodyKind::GraphQL: // buildCodegenRequest made it a raw JSON body or none
    case BodyKind::None:
        break;
    case BodyKind::Raw:
        bodyCode = QStringLiteral("const body = Buffer.from(") + jsString(r.body.raw)
                   + QLatin1String(", 'utf8');\n");
        break;
    case BodyKind::FormUrlEncoded:
        bodyCode = QStringLiteral("const body = Buffer.from(new URLSearchParams([\n");
        for (const KeyValue &kv : std::as_const(r.body.form))
            bodyCode += QLatin1String("  [") + jsString(kv.name) + QLatin1String(", ")
                        + jsString(kv.value) + QLatin1String("],\n");
        bodyCode += QLatin1String("]).toString());\n");
        contentTypeExpression = QStringLiteral("'application/x-www-form-urlencoded'");
        break;
    case BodyKind::Multipart:
        usesCrypto = true;
        bodyCode = QStringLiteral("const boundary = '----WirescopeBoundary' + "
                                  "crypto.randomBytes(8).toString('hex');\n"
                                  "const body = Buffer.concat([\n");
        for (const MultipartPart &part : std::as_const(r.body.multipart)) {
            QString head = QStringLiteral("\r\nContent-Disposition: form-data; name=")
                           + dispositionQuoted(part.name);
            if (part.isFile) {
                head += QLatin1String("; filename=")
                        + dispositionQuoted(codegenFileName(part.filePath))
                        + QLatin1String("\r\nContent-Type: ") + codegenPartContentType(part)
                        + QLatin1String("\r\n\r\n");
                readsFiles = true;
                bodyCode += QLatin1String("  Buffer.from('--' + boundary + ") + jsString(head)
                            + QLatin1String("),\n  fs.readFileSync(") + jsString(part.filePath)
                            + QLatin1String("),\n  Buffer.from('\\r\\n'),\n");
            } else {
                if (!part.contentType.isEmpty())
                    head += QLatin1String("\r\nContent-Type: ") + part.contentType;
                head += QLatin1String("\r\n\r\n") + part.value + QLatin1String("\r\n");
                bodyCode += QLatin1String("  Buffer.from('--' + boundary + ") + jsString(head)
                            + QLatin1String("),\n");
            }
        }
        bodyCode += QLatin1String("  Buffer.from('--' + boundary + '--\\r\\n'),\n]);\n");
        contentTypeExpression = QStringLiteral("'multipart/form-data; boundary=' + boundary");
        break;
    case BodyKind::Binary:
        readsFiles = true;
        bodyCode = QStringLiteral("const body = fs.readFileSync(") + jsString(r.body.binaryFilePath)
                   + QLatin1String(");\n");
        break;
    }

    // Node sends an array value as repeated header lines, so group repeated names.
    QList<QPair<QString, QStringList>> grouped;
    for (const KeyValue &h : std::as_const(r.headers)) {
        auto it = std::find_if(grouped.begin(), grouped.end(), [&](const auto &g) {
            return g.first.compare(h.name, Qt::CaseInsensitive) == 0;
        });
        if (it == grouped.end())
            grouped.append({h.name, {h.value}});
        else
            it->second.append(h.value);
    }
    QStringList headerLines;
    for (const auto &[name, values] : std::as_const(grouped)) {
        if (values.size() == 1) {
            headerLines << jsString(name) + QLatin1String(": ") + jsString(values.first());
        } else {
            QStringList quoted;
            for (const QString &v : values)
                quoted << jsString(v);
            headerLines << jsString(name) + QLatin1String(": [") + quoted.join(QLatin1String(", "))
                               + u']';
        }
    }
    if (!contentTypeExpression.isEmpty() && !r.hasHeader(u"Content-Type"))
        headerLines << QStringLiteral("'Content-Type': ") + contentTypeExpression;
    if (!bodyCode.isEmpty() && !r.hasHeader(u"Content-Length"))
        headerLines << QStringLiteral("'Content-Length': body.length");

    QStringList fields{QStringLiteral("method: ") + jsString(r.method)};
    if (!headerLines.isEmpty()) {
        QString headers = QStringLiteral("headers: {\n");
        for (const QString &line : std::as_const(headerLines))
            headers += QLatin1String("    ") + line + QLatin1String(",\n");
        fields << headers + QLatin1String("  }");
    }
    if (r.basic)
        fields << QStringLiteral("auth: ") + jsString(r.username + u':' + r.password);
    if (r.digest)
        r.notes.append(QStringLiteral("Node's %1 module has no Digest authentication; answer the "
                                      "401 challenge yourself")
                           .arg(module));
    if (s.timeoutMs > 0)
        fields << QStringLiteral("signal: AbortSignal.timeout(%1)").arg(s.timeoutMs);
    if (r.https) {
        if (s.tls.insecure)
            fields << QStringLiteral("rejectUnauthorized: false");
        if (!s.tls.caCertificateFiles.isEmpty()) {
            readsFiles = true;
            QStringList cas;
            for (const QString &ca : s.tls.caCertificateFiles)
                cas << QStringLiteral("fs.readFileSync(") + jsString(ca) + u')';
            fields << QStringLiteral("ca: [") + cas.join(QLatin1String(", ")) + u']';
        }
        if (!s.tls.clientCertificateFile.isEmpty()) {
            readsFiles = true;
            fields << QStringLiteral("cert: fs.readFileSync(")
                          + jsString(s.tls.clientCertificateFile) + u')';
            if (!s.tls.clientKeyFile.isEmpty())
                fields << QStringLiteral("key: fs.readFileSync(") + jsString(s.tls.clientKeyFile)
                              + u')';
            if (!s.tls.clientKeyPassphrase.isEmpty())
                fields << QStringLiteral("passphrase: ") + jsString(s.tls.clientKeyPassphrase);
        }
    }
    if (s.followRedirects)
        r.notes.append(QStringLiteral("Node's %1.request does not follow redirects; a 3xx response "
                                      "is printed as it is")
                           .arg(module));
    if (s.proxy.mode == ProxyMode::Http || s.proxy.mode == ProxyMode::Socks5)
        r.notes.append(
            QStringLiteral("Node's %1 module has no proxy option (use an agent)").arg(module));
    if (s.httpVersion == HttpVersionPolicy::Http2PriorKnowledge)
        r.notes.append(QStringLiteral("Node's %1 module speaks HTTP/1.1; HTTP/2 needs node:http2")
                           .arg(module));

    QString out = noteComments(r.notes, u"//");
    out += QStringLiteral("const %1 = require('node:%1');\n").arg(module);
    if (readsFiles)
        out += QLatin1String("const fs = require('node:fs');\n");
    if (usesCrypto)
        out += QLatin1String("const crypto = require('node:crypto');\n");
    out += QLatin1String("\n");
    out += bodyCode;
    out += QLatin1String("const options = {\n");
    for (const QString &field : std::as_const(fields))
        out += QLatin1String("  ") + field + QLatin1String(",\n");
    out += QLatin1String("};\n\n");
    out += QStringLiteral("const req = %1.request(").arg(module) + jsString(r.url)
           + QLatin1String(", options, (res) => {\n"
                           "  const chunks = [];\n"
                           "  res.on('data', (chunk) => chunks.push(chunk));\n"
                           "  res.on('end', () => {\n"
                           "    console.log(res.statusCode);\n"
                           "    console.log(Buffer.concat(chunks).toString());\n"
                           "  });\n"
                           "});\n"
                           "req.on('error', (error) => {\n"
                           "  console.error(error.message);\n"
                           "  process.exitCode = 1;\n"
                           "});\n");
    out += bodyCode.isEmpty() ? QStringLiteral("req.end();\n") : QStringLiteral("req.end(body);\n");
    return out;
}

} // namespace wirescope::codegen
