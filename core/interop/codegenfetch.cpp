#include "core/interop/codegenlanguages.h"

#include <QSet>

namespace wirescope::codegen {

namespace {

/// The Authorization value as a JavaScript expression: a literal when the credentials are
/// final, a btoa() call when they still hold {{variables}} to fill in.
QString basicExpression(const CodegenRequest &r)
{
    const QString credentials = r.username + u':' + r.password;
    if (credentials.contains(QLatin1String("{{")))
        return QStringLiteral("'Basic ' + btoa(") + jsString(credentials) + u')';
    return jsString(r.basicHeaderValue());
}

} // namespace

QString jsHeaders(const KeyValueList &headers,
                  const QString &extraName,
                  const QString &extraExpression,
                  const QString &indent)
{
    QSet<QString> seen;
    bool duplicates = false;
    for (const KeyValue &h : headers) {
        duplicates = duplicates || seen.contains(h.name.toLower());
        seen.insert(h.name.toLower());
    }
    const QString inner = indent + QLatin1String("  ");
    QString out;
    if (duplicates) {
        // An array of pairs keeps repeated names (a plain object cannot).
        out = QStringLiteral("[\n");
        for (const KeyValue &h : headers)
            out += inner + u'[' + jsString(h.name) + QLatin1String(", ") + jsString(h.value)
                   + QLatin1String("],\n");
        if (!extraName.isEmpty())
            out += inner + u'[' + jsString(extraName) + QLatin1String(", ") + extraExpression
                   + QLatin1String("],\n");
        return out + indent + u']';
    }
    out = QStringLiteral("{\n");
    for (const KeyValue &h : headers)
        out += inner + jsString(h.name) + QLatin1String(": ") + jsString(h.value)
               + QLatin1String(",\n");
    if (!extraName.isEmpty())
        out += inner + jsString(extraName) + QLatin1String(": ") + extraExpression
               + QLatin1String(",\n");
    return out + indent + u'}';
}

/// The statements that build a FormData from the multipart parts (as `form`).
QString jsFormData(const CodegenRequest &r, bool *readsFiles)
{
    QString out = QStringLiteral("const form = new FormData();\n");
    for (const MultipartPart &part : r.body.multipart) {
        if (part.isFile) {
            *readsFiles = true;
            out += QStringLiteral("form.append(") + jsString(part.name)
                   + QLatin1String(", new Blob([await readFile(") + jsString(part.filePath)
                   + QLatin1String(")], { type: ") + jsString(codegenPartContentType(part))
                   + QLatin1String(" }), ") + jsString(codegenFileName(part.filePath))
                   + QLatin1String(");\n");
        } else if (part.contentType.isEmpty()) {
            out += QStringLiteral("form.append(") + jsString(part.name) + QLatin1String(", ")
                   + jsString(part.value) + QLatin1String(");\n");
        } else {
            // A Blob part carries its type; FormData then sends filename="blob".
            out += QStringLiteral("form.append(") + jsString(part.name)
                   + QLatin1String(", new Blob([") + jsString(part.value)
                   + QLatin1String("], { type: ") + jsString(part.contentType)
                   + QLatin1String(" }));\n");
        }
    }
    return out;
}

QString generateFetch(CodegenRequest &r, const CodegenOptions &options)
{
    Q_UNUSED(options)
    const RequestSettings &s = r.settings;
    QString prelude;
    QStringList fields{QStringLiteral("method: ") + jsString(r.method)};
    bool readsFiles = false;

    if (r.digest)
        r.notes.append(QStringLiteral("fetch has no Digest authentication; answer the 401 "
                                      "challenge yourself or use another client"));
    // fetch would add ";charset=UTF-8" to the type of a URLSearchParams body.
    if (r.body.kind == BodyKind::FormUrlEncoded && !r.hasHeader(u"Content-Type"))
        r.headers.append(KeyValue{QStringLiteral("Content-Type"),
                                  QStringLiteral("application/x-www-form-urlencoded"),
                                  true,
                                  {}});
    const QString extraName = r.basic ? QStringLiteral("Authorization") : QString();
    if (!r.headers.isEmpty() || r.basic)
        fields << QStringLiteral("headers: ")
                      + jsHeaders(r.headers, extraName, basicExpression(r), QStringLiteral("  "));

    switch (r.body.kind) {
    case BodyKind::GraphQL: // buildCodegenRequest made it a raw JSON body or none
    case BodyKind::None:
        break;
    case BodyKind::Raw:
        fields << QStringLiteral("body: ") + jsString(r.body.raw);
        break;
    case BodyKind::FormUrlEncoded: {
        QString params = QStringLiteral("new URLSearchParams([\n");
        for (const KeyValue &kv : std::as_const(r.body.form))
            params += QLatin1String("    [") + jsString(kv.name) + QLatin1String(", ")
                      + jsString(kv.value) + QLatin1String("],\n");
        fields << QStringLiteral("body: ") + params + QLatin1String("  ])");
        break;
    }
    case BodyKind::Multipart:
        prelude += jsFormData(r, &readsFiles) + u'\n';
        fields << QStringLiteral("body: form");
        break;
    case BodyKind::Binary:
        readsFiles = true;
        fields << QStringLiteral("body: await readFile(") + jsString(r.body.binaryFilePath) + u')';
        break;
    }

    if (!s.followRedirects)
        fields << QStringLiteral("redirect: 'manual'");
    else if (s.maxRedirects != 20)
        r.notes.append(QStringLiteral("fetch follows up to 20 redirects; the request allows %1")
                           .arg(s.maxRedirects));
    if (s.timeoutMs > 0)
        fields << QStringLiteral("signal: AbortSignal.timeout(%1)").arg(s.timeoutMs);
    if (s.tls.insecure || !s.tls.ignoredErrors.isEmpty() || !s.tls.caCertificateFiles.isEmpty()
        || !s.tls.clientCertificateFile.isEmpty())
        r.notes.append(
            QStringLiteral("fetch cannot change certificate checks (insecure mode, extra "
                           "CA, client certificate); the system's rules apply"));
    if (s.proxy.mode == ProxyMode::Http || s.proxy.mode == ProxyMode::Socks5)
        r.notes.append(QStringLiteral("fetch has no per-request proxy setting"));
    if (s.httpVersion != HttpVersionPolicy::Auto)
        r.notes.append(QStringLiteral("fetch chooses the HTTP version itself"));

    QString out =
        QStringLiteral("// An ES module (top-level await): a browser <script type=\"module\">, "
                       "or Node.js 18+ as a .mjs file.\n");
    if (readsFiles) {
        r.notes.append(QStringLiteral("reading files from disk needs Node.js (node:fs)"));
        out += noteComments(r.notes, u"//");
        out += QLatin1String("import { readFile } from 'node:fs/promises';\n\n");
    } else {
        out += noteComments(r.notes, u"//");
        out += u'\n';
    }
    out += prelude;
    out +=
        QStringLiteral("const response = await fetch(") + jsString(r.url) + QLatin1String(", {\n");
    for (const QString &field : std::as_const(fields))
        out += QLatin1String("  ") + field + QLatin1String(",\n");
    out +=
        QLatin1String("});\nconsole.log(response.status);\nconsole.log(await response.text());\n");
    return out;
}

} // namespace wirescope::codegen
