#include "core/http/requestbuilder.h"

#include "core/http/authapplier.h"
#include "core/http/graphqlpayload.h"
#include "core/http/jsonsyntax.h"
#include "core/http/urlcheck.h"
#include "core/http/urlparams.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>

namespace wirescope {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, message};
}

bool isTokenChar(QChar c)
{
    if (c.unicode() > 0x7e || c.unicode() <= 0x20)
        return false;
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

QString describeChar(QChar c)
{
    switch (c.unicode()) {
    case '\r':
        return QStringLiteral("a carriage return (CR)");
    case '\n':
        return QStringLiteral("a line feed (LF)");
    case '\t':
        return QStringLiteral("a tab");
    case 0:
        return QStringLiteral("a NUL byte");
    case ' ':
        return QStringLiteral("a space");
    default:
        break;
    }
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return QStringLiteral("control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return QStringLiteral("\"") + c + QStringLiteral("\"");
}

QByteArray formEncode(const KeyValueList &form)
{
    QByteArray out;
    for (const KeyValue &kv : form) {
        if (!kv.enabled)
            continue;
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(kv.name) + '=' + QUrl::toPercentEncoding(kv.value);
    }
    return out;
}

QByteArray quoted(const QString &s)
{
    // RFC 7578: quote and escape the characters that would end or break the parameter.
    QByteArray b = s.toUtf8();
    b.replace('\\', "\\\\").replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + b + '"';
}

Result<QByteArray> multipartEncode(const QList<MultipartPart> &parts, const QByteArray &boundary)
{
    QByteArray out;
    QMimeDatabase mimes;
    for (const MultipartPart &part : parts) {
        if (!part.enabled)
            continue;
        out += "--" + boundary + "\r\nContent-Disposition: form-data; name=" + quoted(part.name);
        if (part.isFile) {
            QFile f(part.filePath);
            if (!f.open(QIODevice::ReadOnly)) {
                return Error{Error::Kind::File,
                             QStringLiteral("the file \"%1\" of the multipart field \"%2\" %3")
                                 .arg(part.filePath, part.name,
                                      QFileInfo::exists(part.filePath)
                                          ? QStringLiteral("cannot be read")
                                          : QStringLiteral("does not exist")),
                             f.errorString()};
            }
            const QString type = part.contentType.isEmpty()
                                     ? mimes.mimeTypeForFile(part.filePath).name()
                                     : part.contentType;
            out += "; filename=" + quoted(QFileInfo(part.filePath).fileName())
                   + "\r\nContent-Type: " + type.toUtf8() + "\r\n\r\n" + f.readAll();
        } else {
            if (!part.contentType.isEmpty())
                out += "\r\nContent-Type: " + part.contentType.toUtf8();
            out += "\r\n\r\n" + part.value.toUtf8();
        }
        out += "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

/// Adds a header unless the user already set one of that name; records it as ours.
void addDefault(PreparedRequest &p, const QString &name, const QString &value)
{
    if (containsName(p.headers, name))
        return;
    p.headers.append(KeyValue{name, value, true, {}});
    p.addedByWirescope.append(name.toLower());
}

Result<void> encodeBody(const Body &body, PreparedRequest &p)
{
    QString contentType = body.impliedContentType();
    switch (body.kind) {
    case BodyKind::None:
        return {};
    case BodyKind::Raw:
        p.body = body.raw.toUtf8();
        if (body.language == RawLanguage::Json && !p.body.trimmed().isEmpty()) {
            if (const auto err = jsonSyntaxError(p.body))
                p.warnings.append(
                    QStringLiteral("the JSON body is not valid JSON (%1); sent as typed")
                        .arg(*err));
        }
        break;
    case BodyKind::FormUrlEncoded:
        p.body = formEncode(body.form);
        break;
    case BodyKind::Multipart: {
        const QByteArray boundary =
            "----WirescopeBoundary"
            + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        auto encoded = multipartEncode(body.multipart, boundary);
        if (!encoded)
            return encoded.error();
        p.body = std::move(encoded).value();
        contentType += QStringLiteral("; boundary=") + QString::fromLatin1(boundary);
        break;
    }
    case BodyKind::Binary: {
        const QFileInfo info(body.binaryFilePath);
        if (body.binaryFilePath.isEmpty())
            return Error{Error::Kind::File, QStringLiteral("the binary body has no file selected")};
        if (!info.isFile() || !info.isReadable()) {
            return Error{Error::Kind::File,
                         QStringLiteral("the body file \"%1\" %2")
                             .arg(body.binaryFilePath,
                                  info.exists() ? QStringLiteral("is not a readable file")
                                                : QStringLiteral("does not exist"))};
        }
        p.bodyFile = info.absoluteFilePath();
        p.bodySize = info.size();
        p.hasBody = true;
        addDefault(p, QStringLiteral("Content-Type"), contentType);
        return {};
    }
    case BodyKind::GraphQL: {
        if (body.graphql.transport == GraphQLTransport::Get)
            return {}; // the operation went into the URL
        auto encoded = graphql::postBody(body.graphql);
        if (!encoded)
            return encoded.error();
        p.body = std::move(encoded).value();
        break;
    }
    }
    p.hasBody = true;
    p.bodySize = p.body.size();
    addDefault(p, QStringLiteral("Content-Type"), contentType);
    return {};
}

/// Lets a signing auth sign the request exactly as it goes out; the headers it adds are ours.
Result<void> applySigner(const RequestSigner &sign, PreparedRequest &p)
{
    SignableRequest request{p.method, p.url, p.headers, p.body, p.bodyFile, false};
    const QString type = firstValue(p.headers, u"Content-Type");
    request.formBody = type.startsWith(QLatin1String("application/x-www-form-urlencoded"));
    if (Result<void> ok = sign(request); !ok)
        return ok;
    for (const KeyValue &h : std::as_const(request.headers)) {
        const QString name = h.name.toLower();
        if (!containsName(p.headers, h.name) && !p.addedByWirescope.contains(name))
            p.addedByWirescope.append(name);
    }
    if (request.body != p.body) { // OAuth 1.0a's parameters in a form body
        p.body = request.body;
        p.bodySize = p.body.size();
        p.hasBody = true;
        addDefault(p, QStringLiteral("Content-Type"),
                   QStringLiteral("application/x-www-form-urlencoded"));
    }
    p.url = request.url;
    p.headers = request.headers;
    return {};
}

} // namespace

QString defaultUserAgent()
{
    return QStringLiteral("Wirescope/") + QStringLiteral(WIRESCOPE_VERSION);
}

bool isValidHeaderName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

std::optional<QString> jsonSyntaxError(const QByteArray &json)
{
    if (const auto problem = findJsonSyntaxProblem(json))
        return problem->text();
    return std::nullopt;
}

Result<QUrl> parseHttpUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QStringLiteral("the URL is empty"));
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return invalid(QStringLiteral("the URL contains %1 at position %2")
                               .arg(describeChar(c))
                               .arg(i + 1));
        }
    }
    const qsizetype sep = trimmed.indexOf(QLatin1String("://"));
    QString withScheme = trimmed;
    if (sep < 0)
        withScheme = QStringLiteral("http://") + trimmed;
    const QUrl url(withScheme, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (sep >= 0 && scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        return invalid(QStringLiteral("unsupported URL scheme \"%1\": use http:// or https://")
                           .arg(trimmed.left(sep)));
    }
    if (url.host().isEmpty() && splitUrl(trimmed).host.isEmpty())
        return invalid(QStringLiteral("the URL has no host name: write it after \"%1://\"")
                           .arg(sep >= 0 ? trimmed.left(sep) : QStringLiteral("http")));
    if (std::optional<Error> problem = checkUrlParts(trimmed))
        return *problem;
    if (!url.isValid()) {
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("the URL \"%1\" is not valid").arg(trimmed),
                     cleanQtUrlError(url.errorString())};
    }
    if (url.host().isEmpty())
        return invalid(QStringLiteral("the URL has no host name"));
    return url;
}

Result<PreparedRequest> prepareRequest(const Request &resolved)
{
    PreparedRequest p;
    p.method = resolved.method.trimmed();
    if (p.method.isEmpty())
        p.method = QStringLiteral("GET");
    if (!isValidHeaderName(p.method)) {
        return invalid(
            QStringLiteral("the method \"%1\" is not a valid HTTP method token").arg(p.method));
    }

    QString urlText = substitutePathVariables(resolved.url, resolved.pathVariables);
    const Result<AuthParts> auth = authParts(resolved.auth, AuthUse::Http);
    if (!auth)
        return auth.error();
    if (!auth->query.isEmpty())
        urlText = urlWithQuery(urlText, parseQuery(urlText) + auth->query);
    if (resolved.body.kind == BodyKind::GraphQL) {
        // The transport decides the method; a different one typed by the user is not used.
        const bool get = resolved.body.graphql.transport == GraphQLTransport::Get;
        const QString method = get ? QStringLiteral("GET") : QStringLiteral("POST");
        if (p.method.compare(method, Qt::CaseInsensitive) != 0)
            p.warnings.append(QStringLiteral("the GraphQL body is sent with %1 (its transport); "
                                             "the method %2 is not used")
                                  .arg(method, p.method));
        p.method = method;
        if (get) {
            auto params = graphql::getParameters(resolved.body.graphql);
            if (!params)
                return params.error();
            KeyValueList query = parseQuery(urlText);
            query.append(*params);
            urlText = urlWithQuery(urlText, query);
        }
    }
    auto url = parseHttpUrl(urlText);
    if (!url)
        return url.error();
    p.url = *url;
    if (!resolved.pathVariables.isEmpty()) {
        for (const QString &name : pathVariableNames(p.url.path())) {
            p.warnings.append(QStringLiteral("path variable :%1 has no value").arg(name));
        }
    }

    for (const KeyValue &h : resolved.headers) {
        if (!h.enabled)
            continue;
        const QString name = h.name.trimmed();
        if (name.isEmpty() && h.value.isEmpty())
            continue;
        if (!isValidHeaderName(name)) {
            for (QChar c : name) {
                if (!isTokenChar(c)) {
                    return invalid(QStringLiteral("header name \"%1\" contains %2, which is not "
                                                  "allowed in a header name")
                                       .arg(name, describeChar(c)));
                }
            }
            return invalid(QStringLiteral("a header has an empty name"));
        }
        for (QChar c : h.value) {
            if (c == u'\r' || c == u'\n' || c.unicode() == 0) {
                return invalid(QStringLiteral("header \"%1\" contains %2 in its value; refused "
                                              "(header injection), nothing was sent")
                                   .arg(name, describeChar(c)));
            }
        }
        p.headers.append(KeyValue{name, h.value, true, {}});
    }

    for (const KeyValue &h : auth->headers)
        addDefault(p, h.name, h.value);
    if (auth->digest) {
        p.digest = true;
        p.digestUser = auth->username;
        p.digestPassword = auth->password;
    }
    for (const KeyValue &h : p.headers) {
        if (h.value.contains(u'\r') || h.value.contains(u'\n'))
            return invalid(
                QStringLiteral("header \"%1\" contains a line break in its value; refused "
                               "(header injection), nothing was sent")
                    .arg(h.name));
    }

    if (auto body = encodeBody(resolved.body, p); !body)
        return body.error();
    addDefault(p, QStringLiteral("User-Agent"), defaultUserAgent());
    addDefault(p, QStringLiteral("Accept"), QStringLiteral("*/*"));
    if (auth->sign) {
        if (Result<void> ok = applySigner(auth->sign, p); !ok)
            return ok.error();
    }
    return p;
}

} // namespace wirescope
