#include "core/interop/codegenlanguages.h"

#include <QSet>

namespace wirescope::codegen {

namespace {

QString dispositionParameter(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("%22"))
        .replace(u'\r', QStringLiteral("%0D"))
        .replace(u'\n', QStringLiteral("%0A"));
    return u'"' + out + u'"';
}

} // namespace

QString generateQt(CodegenRequest &r, const CodegenOptions &options)
{
    Q_UNUSED(options)
    const RequestSettings &s = r.settings;
    QSet<QString> includes{QStringLiteral("QCoreApplication"),
                           QStringLiteral("QNetworkAccessManager"), QStringLiteral("QNetworkReply"),
                           QStringLiteral("QNetworkRequest"), QStringLiteral("QUrl")};
    QString code;
    const QString in = QStringLiteral("    ");

    code += in + QLatin1String("QNetworkRequest request(QUrl::fromEncoded(")
            + cppBytes(r.url.toUtf8()) + QLatin1String("));\n");
    QSet<QString> seen;
    for (const KeyValue &h : std::as_const(r.headers)) {
        if (seen.contains(h.name.toLower()))
            r.notes.append(QStringLiteral("QNetworkRequest keeps one value per header name: the "
                                          "repeated header \"%1\" is sent once (last value)")
                               .arg(h.name));
        seen.insert(h.name.toLower());
        code += in + QLatin1String("request.setRawHeader(") + cppBytes(h.name.toUtf8())
                + QLatin1String(", ") + cppBytes(h.value.toUtf8()) + QLatin1String(");\n");
    }
    if (r.basic)
        code += in + QLatin1String("request.setRawHeader(\"Authorization\", ")
                + cppBytes(r.basicHeaderValue().toUtf8()) + QLatin1String(");\n");
    if (s.followRedirects) {
        code += in
                + QLatin1String("request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, "
                                "QNetworkRequest::NoLessSafeRedirectPolicy);\n");
        code += in + QLatin1String("request.setMaximumRedirectsAllowed(")
                + QString::number(s.maxRedirects) + QLatin1String(");\n");
    } else {
        code += in
                + QLatin1String("request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, "
                                "QNetworkRequest::ManualRedirectPolicy);\n");
    }
    if (s.httpVersion == HttpVersionPolicy::Http1Only)
        code += in
                + QLatin1String(
                    "request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);\n");
    else if (s.httpVersion == HttpVersionPolicy::Http2PriorKnowledge)
        code +=
            in
            + QLatin1String("request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);\n");
    if (s.inactivityTimeoutMs > 0)
        code += in + QLatin1String("request.setTransferTimeout(")
                + QString::number(s.inactivityTimeoutMs) + QLatin1String(");\n");
    if (!s.tls.caCertificateFiles.isEmpty() || !s.tls.clientCertificateFile.isEmpty()) {
        includes << QStringLiteral("QSslConfiguration");
        code +=
            in
            + QLatin1String("QSslConfiguration tls = QSslConfiguration::defaultConfiguration();\n");
        for (const QString &ca : s.tls.caCertificateFiles)
            code += in + QLatin1String("tls.addCaCertificates(") + cppQString(ca)
                    + QLatin1String(");\n");
        if (!s.tls.clientCertificateFile.isEmpty())
            r.notes.append(
                QStringLiteral("load the client certificate into `tls` with "
                               "QSslCertificate/QSslKey (setLocalCertificate, setPrivateKey)"));
        code += in + QLatin1String("request.setSslConfiguration(tls);\n");
    }
    if (s.proxy.mode == ProxyMode::Http || s.proxy.mode == ProxyMode::Socks5
        || s.proxy.mode == ProxyMode::None) {
        includes << QStringLiteral("QNetworkProxy");
        if (s.proxy.mode == ProxyMode::None) {
            code += in + QLatin1String("manager.setProxy(QNetworkProxy::NoProxy);\n");
        } else {
            code +=
                in + QLatin1String("manager.setProxy(QNetworkProxy(")
                + (s.proxy.mode == ProxyMode::Http ? QLatin1String("QNetworkProxy::HttpProxy")
                                                   : QLatin1String("QNetworkProxy::Socks5Proxy"))
                + QLatin1String(", ") + cppQString(s.proxy.host) + QLatin1String(", ")
                + QString::number(s.proxy.port) + QLatin1String(", ") + cppQString(s.proxy.username)
                + QLatin1String(", ") + cppQString(s.proxy.password) + QLatin1String("));\n");
        }
    }

    QString send;
    const QString verb = cppBytes(r.method.toUtf8());
    switch (r.body.kind) {
    case BodyKind::GraphQL: // buildCodegenRequest made it a raw JSON body or none
    case BodyKind::None:
        send = in + QLatin1String("QNetworkReply *reply = manager.sendCustomRequest(request, ")
               + verb + QLatin1String(");\n");
        break;
    case BodyKind::Raw:
        code += in + QLatin1String("const QByteArray body = ") + cppBytes(r.body.raw.toUtf8())
                + QLatin1String(";\n");
        send = in + QLatin1String("QNetworkReply *reply = manager.sendCustomRequest(request, ")
               + verb + QLatin1String(", body);\n");
        break;
    case BodyKind::FormUrlEncoded:
        if (!r.hasHeader(u"Content-Type"))
            code += in
                    + QLatin1String("request.setHeader(QNetworkRequest::ContentTypeHeader, "
                                    "QByteArray(\"application/x-www-form-urlencoded\"));\n");
        // Encoded here: QUrlQuery leaves '+' as is, which a server reads as a space.
        code += in + QLatin1String("const QByteArray body = ")
                + cppBytes(r.formEncodedBody().toUtf8()) + QLatin1String(";\n");
        send = in + QLatin1String("QNetworkReply *reply = manager.sendCustomRequest(request, ")
               + verb + QLatin1String(", body);\n");
        break;
    case BodyKind::Multipart:
        includes << QStringLiteral("QFile") << QStringLiteral("QHttpMultiPart");
        code += in
                + QLatin1String(
                    "auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);\n");
        for (const MultipartPart &part : std::as_const(r.body.multipart)) {
            QString disposition =
                QStringLiteral("form-data; name=") + dispositionParameter(part.name);
            code += in + QLatin1String("{\n");
            const QString in2 = in + in;
            code += in2 + QLatin1String("QHttpPart part;\n");
            if (part.isFile)
                disposition += QLatin1String("; filename=")
                               + dispositionParameter(codegenFileName(part.filePath));
            code += in2 + QLatin1String("part.setRawHeader(\"Content-Disposition\", ")
                    + cppBytes(disposition.toUtf8()) + QLatin1String(");\n");
            const QString type = part.isFile ? codegenPartContentType(part) : part.contentType;
            if (!type.isEmpty())
                code += in2 + QLatin1String("part.setRawHeader(\"Content-Type\", ")
                        + cppBytes(type.toUtf8()) + QLatin1String(");\n");
            if (part.isFile) {
                code += in2 + QLatin1String("auto *file = new QFile(") + cppQString(part.filePath)
                        + QLatin1String(", multiPart);\n");
                code += in2 + QLatin1String("if (!file->open(QIODevice::ReadOnly)) {\n") + in2
                        + QLatin1String(
                            "    qCritical(\"cannot read %s\", qPrintable(file->fileName()));\n")
                        + in2 + QLatin1String("    return 1;\n") + in2 + QLatin1String("}\n");
                code += in2 + QLatin1String("part.setBodyDevice(file);\n");
            } else {
                code += in2 + QLatin1String("part.setBody(") + cppBytes(part.value.toUtf8())
                        + QLatin1String(");\n");
            }
            code += in2 + QLatin1String("multiPart->append(part);\n") + in + QLatin1String("}\n");
        }
        send = in + QLatin1String("QNetworkReply *reply = manager.sendCustomRequest(request, ")
               + verb + QLatin1String(", multiPart);\n") + in
               + QLatin1String("multiPart->setParent(reply);\n");
        break;
    case BodyKind::Binary:
        includes << QStringLiteral("QFile");
        code += in + QLatin1String("auto *file = new QFile(") + cppQString(r.body.binaryFilePath)
                + QLatin1String(");\n");
        code +=
            in + QLatin1String("if (!file->open(QIODevice::ReadOnly)) {\n") + in
            + QLatin1String("    qCritical(\"cannot read %s\", qPrintable(file->fileName()));\n")
            + in + QLatin1String("    return 1;\n") + in + QLatin1String("}\n");
        send = in + QLatin1String("QNetworkReply *reply = manager.sendCustomRequest(request, ")
               + verb + QLatin1String(", file);\n") + in
               + QLatin1String("file->setParent(reply);\n");
        break;
    }
    code += send;

    if (r.digest) {
        includes << QStringLiteral("QAuthenticator");
        code += in
                + QLatin1String(
                    "QObject::connect(&manager, &QNetworkAccessManager::authenticationRequired, "
                    "&manager,\n")
                + in
                + QLatin1String(
                    "                 [](QNetworkReply *, QAuthenticator *authenticator) {\n")
                + in + QLatin1String("                     authenticator->setUser(")
                + cppQString(r.username) + QLatin1String(");\n") + in
                + QLatin1String("                     authenticator->setPassword(")
                + cppQString(r.password) + QLatin1String(");\n") + in
                + QLatin1String("                 });\n");
    }
    if (s.tls.insecure) {
        includes << QStringLiteral("QSslError");
        code += in + QLatin1String("// insecure: every certificate error is accepted (curl -k)\n")
                + in + QLatin1String("QObject::connect(reply, &QNetworkReply::sslErrors, reply,\n")
                + in
                + QLatin1String("                 [reply](const QList<QSslError> &) { "
                                "reply->ignoreSslErrors(); });\n");
    }
    if (s.timeoutMs > 0) {
        includes << QStringLiteral("QTimer");
        code += in + QLatin1String("QTimer::singleShot(") + QString::number(s.timeoutMs)
                + QLatin1String(", reply, &QNetworkReply::abort);\n");
    }
    code += in
            + QLatin1String(
                "QObject::connect(reply, &QNetworkReply::finished, &app, [reply]() {\n"
                "        const QVariant status = "
                "reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);\n"
                "        if (!status.isValid()) {\n"
                "            std::fprintf(stderr, \"%s\\n\", qPrintable(reply->errorString()));\n"
                "            QCoreApplication::exit(1);\n"
                "        } else {\n"
                "            std::printf(\"%d\\n%s\\n\", status.toInt(), "
                "reply->readAll().constData());\n"
                "            QCoreApplication::exit(0);\n"
                "        }\n"
                "        reply->deleteLater();\n"
                "    });\n"
                "    return app.exec();\n}\n");

    QStringList sortedIncludes(includes.begin(), includes.end());
    sortedIncludes.sort();
    QString out = noteComments(r.notes, u"//");
    out += QLatin1String(
        "// Build: find_package(Qt6 REQUIRED COMPONENTS Network) and link Qt6::Network.\n");
    for (const QString &include : std::as_const(sortedIncludes))
        out += QLatin1String("#include <") + include + QLatin1String(">\n");
    out += QLatin1String("\n#include <cstdio>\n\nint main(int argc, char *argv[])\n{\n"
                         "    QCoreApplication app(argc, argv);\n"
                         "    QNetworkAccessManager manager;\n\n");
    out += code;
    return out;
}

} // namespace wirescope::codegen
