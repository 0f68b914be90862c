#include "core/interop/codegenrequest.h"

#include "core/http/authapplier.h"
#include "core/http/graphqlpayload.h"
#include "core/http/requestbuilder.h"
#include "core/http/urlparams.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

namespace wirescope::codegen {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, message};
}

void addDefault(CodegenRequest &r, const QString &name, const QString &value)
{
    if (!r.hasHeader(name))
        r.headers.append(KeyValue{name, value, true, {}});
}

bool hasLineBreak(const QString &value)
{
    return value.contains(u'\r') || value.contains(u'\n') || value.contains(QChar(0));
}

/// Signs the generated request as HttpClient would sign it at send time, when its bytes are
/// known here: the URL resolved and a body that is not multipart (whose boundary is random).
Result<void> signForCode(const RequestSigner &sign, bool resolved, CodegenRequest &r)
{
    if (!resolved || r.body.kind == BodyKind::Multipart) {
        r.notes.append(resolved ? QStringLiteral("the request is not signed: a multipart body's "
                                                 "boundary is chosen by the code at run time")
                                : QStringLiteral("the request is not signed: variables are kept, "
                                                 "so the signed bytes are not known"));
        return {};
    }
    SignableRequest request{r.method, QUrl(r.url, QUrl::StrictMode), r.headers, {}, {}, false};
    if (r.body.kind == BodyKind::Raw)
        request.body = r.body.raw.toUtf8();
    else if (r.body.kind == BodyKind::FormUrlEncoded)
        request.body = r.formEncodedBody().toLatin1();
    else if (r.body.kind == BodyKind::Binary)
        request.bodyFile = r.body.binaryFilePath;
    request.formBody = r.body.kind == BodyKind::FormUrlEncoded;
    const QByteArray before = request.body;
    if (Result<void> ok = sign(request); !ok)
        return ok;
    r.url = request.url.toString(QUrl::FullyEncoded);
    r.headers = request.headers;
    if (request.body != before) { // OAuth 1.0a's parameters in a form body
        r.body.kind = BodyKind::FormUrlEncoded;
        r.body.form.clear();
        for (const QByteArray &pair : request.body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            r.body.form.append(KeyValue{QUrl::fromPercentEncoding(pair.left(eq)),
                                        QUrl::fromPercentEncoding(pair.mid(eq + 1)),
                                        true,
                                        {}});
        }
    }
    return {};
}

} // namespace

QString CodegenRequest::basicHeaderValue() const
{
    return QStringLiteral("Basic ")
           + QString::fromLatin1((username + u':' + password).toUtf8().toBase64());
}

bool CodegenRequest::hasHeader(QStringView name) const
{
    return containsName(headers, name);
}

QString CodegenRequest::formEncodedBody() const
{
    QString out;
    for (const KeyValue &kv : body.form) {
        if (!out.isEmpty())
            out += u'&';
        out += QString::fromLatin1(QUrl::toPercentEncoding(kv.name)) + u'='
               + QString::fromLatin1(QUrl::toPercentEncoding(kv.value));
    }
    return out;
}

Result<CodegenRequest> buildCodegenRequest(const Request &request, const CodegenOptions &options)
{
    Request source = request;
    QStringList unresolved;
    if (options.resolveVariables)
        source = resolveRequest(request, options.variables, options.dynamic, &unresolved);

    CodegenRequest r;
    if (!unresolved.isEmpty())
        r.notes.append(QStringLiteral("unresolved variables left as {{name}}: %1")
                           .arg(unresolved.join(QLatin1String(", "))));
    r.method = source.method.trimmed();
    if (r.method.isEmpty())
        r.method = QStringLiteral("GET");
    if (!isValidHeaderName(r.method))
        return invalid(
            QStringLiteral("the method \"%1\" is not a valid HTTP method token").arg(r.method));

    QString urlText = substitutePathVariables(source.url.trimmed(), source.pathVariables);
    if (source.body.kind == BodyKind::GraphQL) {
        // Generated code sends what HttpClient sends: the same JSON body (or GET parameters),
        // so the generators only ever see a raw JSON body or none.
        const GraphQLBody graphql = source.body.graphql;
        source.body = Body{};
        if (graphql.transport == GraphQLTransport::Get) {
            r.method = QStringLiteral("GET");
            auto params = graphql::getParameters(graphql);
            if (!params)
                return params.error();
            KeyValueList query = parseQuery(urlText);
            query.append(*params);
            urlText = urlWithQuery(urlText, query);
        } else {
            r.method = QStringLiteral("POST");
            auto json = graphql::postBody(graphql);
            if (!json)
                return json.error();
            source.body.kind = BodyKind::Raw;
            source.body.language = RawLanguage::Json;
            source.body.raw = QString::fromUtf8(*json);
        }
    }
    const Result<AuthParts> auth = authParts(source.auth, AuthUse::Code);
    if (!auth)
        return auth.error();
    r.notes += auth->notes;
    if (!auth->query.isEmpty())
        urlText = urlWithQuery(urlText, parseQuery(urlText) + auth->query);
    if (options.resolveVariables) {
        const auto url = parseHttpUrl(urlText);
        if (!url) {
            Error error = url.error();
            if (!unresolved.isEmpty())
                error.message += QStringLiteral(" (unresolved variables: %1)")
                                     .arg(unresolved.join(QLatin1String(", ")));
            return error;
        }
        r.url = url->toString(QUrl::FullyEncoded);
        r.https = url->scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    } else {
        if (urlText.isEmpty())
            return invalid(QStringLiteral("the URL is empty"));
        r.url = urlText;
        r.https = urlText.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    }

    for (const KeyValue &h : source.headers) {
        if (!h.enabled)
            continue;
        const QString name = h.name.trimmed();
        if (name.isEmpty() && h.value.isEmpty())
            continue;
        if (!isValidHeaderName(name))
            return invalid(
                QStringLiteral("header name \"%1\" is not a valid header name").arg(name));
        if (hasLineBreak(h.value))
            return invalid(
                QStringLiteral("header \"%1\" contains a line break in its value; refused "
                               "(header injection)")
                    .arg(name));
        r.headers.append(KeyValue{name, h.value, true, {}});
    }

    // The code says Basic and Digest with the language's own credentials option (curl -u).
    if ((auth->basic && !r.hasHeader(u"Authorization")) || auth->digest) {
        r.basic = auth->basic;
        r.digest = auth->digest;
        r.username = auth->username;
        r.password = auth->password;
    } else {
        for (const KeyValue &h : auth->headers)
            addDefault(r, h.name, h.value);
    }
    for (const KeyValue &h : std::as_const(r.headers)) {
        if (hasLineBreak(h.value))
            return invalid(
                QStringLiteral("header \"%1\" contains a line break in its value; refused "
                               "(header injection)")
                    .arg(h.name));
    }
    if (hasLineBreak(r.username) || hasLineBreak(r.password))
        return invalid(QStringLiteral("the user name or password contains a line break"));

    r.body = source.body;
    r.body.form = enabledOnly(source.body.form);
    r.body.multipart.clear();
    for (const MultipartPart &part : source.body.multipart) {
        if (part.enabled)
            r.body.multipart.append(part);
    }
    switch (r.body.kind) {
    case BodyKind::Raw:
    case BodyKind::Binary:
        addDefault(r, QStringLiteral("Content-Type"), r.body.impliedContentType());
        break;
    case BodyKind::GraphQL: // made a raw JSON body above
    case BodyKind::None:
    case BodyKind::FormUrlEncoded:
        break;
    case BodyKind::Multipart:
        for (qsizetype i = r.headers.size() - 1; i >= 0; --i) {
            const KeyValue &h = r.headers.at(i);
            if (h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0
                && !h.value.contains(QLatin1String("boundary="), Qt::CaseInsensitive)) {
                r.notes.append(QStringLiteral("the Content-Type header \"%1\" was left out: the "
                                              "multipart encoder sets it with its boundary")
                                   .arg(h.value));
                r.headers.removeAt(i);
            }
        }
        break;
    }
    if (r.body.kind == BodyKind::Binary && r.body.binaryFilePath.isEmpty())
        return Error{Error::Kind::File, QStringLiteral("the binary body has no file selected")};
    if (auth->sign) {
        if (Result<void> ok = signForCode(auth->sign, options.resolveVariables, r); !ok)
            return ok.error();
    }
    r.settings = source.settings;
    return r;
}

QString codegenFileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString codegenPartContentType(const MultipartPart &part)
{
    if (!part.contentType.isEmpty())
        return part.contentType;
    static const QMimeDatabase mimes;
    const QString guessed =
        mimes.mimeTypeForFile(part.filePath, QMimeDatabase::MatchExtension).name();
    return guessed.isEmpty() ? QStringLiteral("application/octet-stream") : guessed;
}

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

namespace {

/// Shared by the JavaScript and Python literals: both take \\, \', \n, \r, \t and \xNN.
QString cStyleQuoted(const QString &text, bool escapeLineSeparators)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'\'';
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\'':
            out += QLatin1String("\\'");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else if (escapeLineSeparators && (c.unicode() == 0x2028 || c.unicode() == 0x2029))
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'\'';
    return out;
}

} // namespace

QString jsString(const QString &text)
{
    return cStyleQuoted(text, true);
}

QString pythonString(const QString &text)
{
    return cStyleQuoted(text, false);
}

/// The C/C++ escape of @p c when it has a short one; empty otherwise. `?` is escaped so that
/// "??x" never reads as a trigraph in older language modes.
static QLatin1String cEscape(uint c)
{
    switch (c) {
    case '\\':
        return QLatin1String("\\\\");
    case '"':
        return QLatin1String("\\\"");
    case '\n':
        return QLatin1String("\\n");
    case '\r':
        return QLatin1String("\\r");
    case '\t':
        return QLatin1String("\\t");
    case '?':
        return QLatin1String("\\?");
    default:
        return QLatin1String();
    }
}

QString cppBytes(const QByteArray &bytes)
{
    QString out = QStringLiteral("\"");
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (const QLatin1String escape = cEscape(c); !escape.isEmpty())
            out += escape;
        else if (c < 0x20 || c >= 0x7f)
            out += QStringLiteral("\\%1").arg(c, 3, 8, QLatin1Char('0'));
        else
            out += QLatin1Char(ch);
    }
    out += u'"';
    return out;
}

QString cppQString(const QString &text)
{
    QString out = QStringLiteral("QStringLiteral(\"");
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        if (const QLatin1String escape = cEscape(c); !escape.isEmpty())
            out += escape;
        else if (c < 0x20 || c == 0x7f)
            out += QStringLiteral("\\%1").arg(c, 3, 8, QLatin1Char('0'));
        else if (c > 0xffff)
            out += QStringLiteral("\\U%1").arg(c, 8, 16, QLatin1Char('0'));
        else if (c > 0x7f)
            out += QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
        else
            out += QChar(static_cast<char16_t>(c));
    }
    out += QLatin1String("\")");
    return out;
}

} // namespace wirescope::codegen
