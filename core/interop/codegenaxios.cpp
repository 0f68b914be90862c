#include "core/interop/codegenlanguages.h"

namespace wirescope::codegen {

QString generateAxios(CodegenRequest &r, const CodegenOptions &options)
{
    Q_UNUSED(options)
    const RequestSettings &s = r.settings;
    QString prelude;
    QStringList fields{QStringLiteral("method: ") + jsString(r.method.toLower()),
                       QStringLiteral("url: ") + jsString(r.url)};
    bool readsFiles = false;
    bool needsHttps = false;

    if (!r.headers.isEmpty())
        fields << QStringLiteral("headers: ")
                      + jsHeaders(r.headers, {}, {}, QStringLiteral("    "));
    if (r.digest)
        r.notes.append(
            QStringLiteral("axios has no Digest authentication; answer the 401 challenge "
                           "yourself or use another client"));

    switch (r.body.kind) {
    case BodyKind::GraphQL: // buildCodegenRequest made it a raw JSON body or none
    case BodyKind::None:
        break;
    case BodyKind::Raw:
        fields << QStringLiteral("data: ") + jsString(r.body.raw);
        // axios would re-serialise a JSON string; send the text exactly as written.
        fields << QStringLiteral("transformRequest: [(data) => data]");
        break;
    case BodyKind::FormUrlEncoded: {
        QString params = QStringLiteral("new URLSearchParams([\n");
        for (const KeyValue &kv : std::as_const(r.body.form))
            params += QLatin1String("      [") + jsString(kv.name) + QLatin1String(", ")
                      + jsString(kv.value) + QLatin1String("],\n");
        fields << QStringLiteral("data: ") + params + QLatin1String("    ])");
        break;
    }
    case BodyKind::Multipart:
        prelude += jsFormData(r, &readsFiles);
        fields << QStringLiteral("data: form");
        break;
    case BodyKind::Binary:
        readsFiles = true;
        fields << QStringLiteral("data: await readFile(") + jsString(r.body.binaryFilePath) + u')';
        break;
    }

    if (r.basic)
        fields << QStringLiteral("auth: { username: ") + jsString(r.username)
                      + QLatin1String(", password: ") + jsString(r.password) + QLatin1String(" }");
    fields << QStringLiteral("maxRedirects: ")
                  + QString::number(s.followRedirects ? s.maxRedirects : 0);
    if (s.timeoutMs > 0)
        fields << QStringLiteral("timeout: ") + QString::number(s.timeoutMs);
    if (s.tls.insecure) {
        needsHttps = true;
        fields << QStringLiteral("httpsAgent: new https.Agent({ rejectUnauthorized: false })");
    } else if (!s.tls.caCertificateFiles.isEmpty() || !s.tls.clientCertificateFile.isEmpty()) {
        needsHttps = true;
        readsFiles = true;
        QStringList agent;
        if (!s.tls.caCertificateFiles.isEmpty()) {
            QStringList cas;
            for (const QString &ca : s.tls.caCertificateFiles)
                cas << QStringLiteral("await readFile(") + jsString(ca) + u')';
            agent << QStringLiteral("ca: [") + cas.join(QLatin1String(", ")) + u']';
        }
        if (!s.tls.clientCertificateFile.isEmpty()) {
            agent << QStringLiteral("cert: await readFile(") + jsString(s.tls.clientCertificateFile)
                         + u')';
            if (!s.tls.clientKeyFile.isEmpty())
                agent << QStringLiteral("key: await readFile(") + jsString(s.tls.clientKeyFile)
                             + u')';
            if (!s.tls.clientKeyPassphrase.isEmpty())
                agent << QStringLiteral("passphrase: ") + jsString(s.tls.clientKeyPassphrase);
        }
        fields << QStringLiteral("httpsAgent: new https.Agent({ ") + agent.join(QLatin1String(", "))
                      + QLatin1String(" })");
    }
    if (s.proxy.mode == ProxyMode::Http) {
        QString proxy = QStringLiteral("proxy: { protocol: 'http', host: ") + jsString(s.proxy.host)
                        + QLatin1String(", port: ") + QString::number(s.proxy.port);
        if (!s.proxy.username.isEmpty())
            proxy += QLatin1String(", auth: { username: ") + jsString(s.proxy.username)
                     + QLatin1String(", password: ") + jsString(s.proxy.password)
                     + QLatin1String(" }");
        fields << proxy + QLatin1String(" }");
    } else if (s.proxy.mode == ProxyMode::None) {
        fields << QStringLiteral("proxy: false");
    } else if (s.proxy.mode == ProxyMode::Socks5) {
        r.notes.append(QStringLiteral("axios has no SOCKS proxy support (use an agent such as "
                                      "socks-proxy-agent)"));
    }
    if (s.httpVersion == HttpVersionPolicy::Http2PriorKnowledge)
        r.notes.append(QStringLiteral("axios speaks HTTP/1.1 only; HTTP/2 prior knowledge is not "
                                      "available"));
    fields << QStringLiteral("responseType: 'text'");
    fields << QStringLiteral("validateStatus: () => true");

    QString out = noteComments(r.notes, u"//");
    out += QLatin1String("const axios = require('axios');\n");
    if (needsHttps)
        out += QLatin1String("const https = require('node:https');\n");
    if (readsFiles)
        out += QLatin1String("const { readFile } = require('node:fs/promises');\n");
    out += QLatin1String("\nasync function main() {\n");
    for (const QString &line : prelude.split(u'\n', Qt::SkipEmptyParts))
        out += QLatin1String("  ") + line + u'\n';
    out += QLatin1String("  const response = await axios({\n");
    for (const QString &field : std::as_const(fields))
        out += QLatin1String("    ") + field + QLatin1String(",\n");
    out +=
        QLatin1String("  });\n  console.log(response.status);\n  console.log(response.data);\n}\n\n"
                      "main().catch((error) => {\n  console.error(error.message);\n"
                      "  process.exitCode = 1;\n});\n");
    return out;
}

} // namespace wirescope::codegen
