#include "core/interop/codegenlanguages.h"

#include <QSet>
#include <QUrl>

namespace wirescope::codegen {

QString generatePython(CodegenRequest &r, const CodegenOptions &options)
{
    Q_UNUSED(options)
    const RequestSettings &s = r.settings;
    QStringList imports{QStringLiteral("import requests")};
    QString code;
    QStringList args{pythonString(r.method), QStringLiteral("url")};

    code += QStringLiteral("url = ") + pythonString(r.url) + u'\n';

    if (!r.headers.isEmpty()) {
        QSet<QString> seen;
        code += QLatin1String("headers = {\n");
        for (const KeyValue &h : std::as_const(r.headers)) {
            if (seen.contains(h.name.toLower()))
                r.notes.append(
                    QStringLiteral("requests takes headers as a dict: the repeated header "
                                   "\"%1\" is sent once (last value)")
                        .arg(h.name));
            seen.insert(h.name.toLower());
            code += QLatin1String("    ") + pythonString(h.name) + QLatin1String(": ")
                    + pythonString(h.value) + QLatin1String(",\n");
        }
        code += QLatin1String("}\n");
        args << QStringLiteral("headers=headers");
    }

    switch (r.body.kind) {
    case BodyKind::GraphQL: // buildCodegenRequest made it a raw JSON body or none
    case BodyKind::None:
        break;
    case BodyKind::Raw:
        // Encoded here: http.client would encode a str body as ISO-8859-1.
        code += QStringLiteral("data = ") + pythonString(r.body.raw)
                + QLatin1String(".encode('utf-8')\n");
        args << QStringLiteral("data=data");
        break;
    case BodyKind::FormUrlEncoded:
        code += QLatin1String("data = [\n");
        for (const KeyValue &kv : std::as_const(r.body.form))
            code += QLatin1String("    (") + pythonString(kv.name) + QLatin1String(", ")
                    + pythonString(kv.value) + QLatin1String("),\n");
        code += QLatin1String("]\n");
        args << QStringLiteral("data=data");
        break;
    case BodyKind::Multipart:
        code += QLatin1String("files = [\n");
        for (const MultipartPart &part : std::as_const(r.body.multipart)) {
            code += QLatin1String("    (") + pythonString(part.name) + QLatin1String(", (");
            if (part.isFile) {
                code += pythonString(codegenFileName(part.filePath)) + QLatin1String(", open(")
                        + pythonString(part.filePath) + QLatin1String(", 'rb'), ")
                        + pythonString(codegenPartContentType(part));
            } else {
                code += QLatin1String("None, ") + pythonString(part.value);
                if (!part.contentType.isEmpty())
                    code += QLatin1String(", ") + pythonString(part.contentType);
            }
            code += QLatin1String(")),\n");
        }
        code += QLatin1String("]\n");
        args << QStringLiteral("files=files");
        break;
    case BodyKind::Binary:
        code += QStringLiteral("data = open(") + pythonString(r.body.binaryFilePath)
                + QLatin1String(", 'rb')\n");
        args << QStringLiteral("data=data");
        break;
    }

    if (r.basic) {
        args << QStringLiteral("auth=(") + pythonString(r.username) + QLatin1String(", ")
                    + pythonString(r.password) + u')';
    } else if (r.digest) {
        imports << QStringLiteral("from requests.auth import HTTPDigestAuth");
        args << QStringLiteral("auth=HTTPDigestAuth(") + pythonString(r.username)
                    + QLatin1String(", ") + pythonString(r.password) + u')';
    }
    if (!s.followRedirects)
        args << QStringLiteral("allow_redirects=False");
    else if (s.maxRedirects != 30)
        r.notes.append(QStringLiteral("requests follows up to 30 redirects (Session.max_redirects "
                                      "changes it); the request allows %1")
                           .arg(s.maxRedirects));
    if (s.timeoutMs > 0 || s.inactivityTimeoutMs > 0) {
        const int ms = s.inactivityTimeoutMs > 0 ? s.inactivityTimeoutMs : s.timeoutMs;
        args << QStringLiteral("timeout=") + QString::number(ms / 1000.0);
        if (s.timeoutMs > 0)
            r.notes.append(QStringLiteral("requests' timeout limits the connect and each read, not "
                                          "the whole exchange"));
    }
    if (s.tls.insecure)
        args << QStringLiteral("verify=False");
    else if (!s.tls.caCertificateFiles.isEmpty())
        args << QStringLiteral("verify=") + pythonString(s.tls.caCertificateFiles.first());
    if (!s.tls.clientCertificateFile.isEmpty()) {
        if (s.tls.clientKeyFile.isEmpty())
            args << QStringLiteral("cert=") + pythonString(s.tls.clientCertificateFile);
        else
            args << QStringLiteral("cert=(") + pythonString(s.tls.clientCertificateFile)
                        + QLatin1String(", ") + pythonString(s.tls.clientKeyFile) + u')';
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
        const QString p = pythonString(proxy.toString(QUrl::FullyEncoded));
        args << QStringLiteral("proxies={'http': ") + p + QLatin1String(", 'https': ") + p + u'}';
        if (s.proxy.mode == ProxyMode::Socks5)
            r.notes.append(
                QStringLiteral("a SOCKS proxy needs the requests[socks] extra (PySocks)"));
    } else if (s.proxy.mode == ProxyMode::None) {
        args << QStringLiteral("proxies={'http': None, 'https': None}");
    }
    if (s.httpVersion == HttpVersionPolicy::Http2PriorKnowledge)
        r.notes.append(QStringLiteral("requests speaks HTTP/1.1 only; HTTP/2 prior knowledge is "
                                      "not available"));

    QString out = noteComments(r.notes, u"#");
    out += imports.join(u'\n') + QLatin1String("\n\n") + code;
    out += QLatin1String("\nresponse = requests.request(") + args.join(QLatin1String(", "))
           + QLatin1String(")\nprint(response.status_code)\nprint(response.text)\n");
    return out;
}

} // namespace wirescope::codegen
