#include "core/http/awssigv4auth.h"

#include "core/http/requestsigning.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <utility>

namespace wirescope {

namespace {

const QLatin1String kAlgorithm("AWS4-HMAC-SHA256");
const QLatin1String kUnsignedPayload("UNSIGNED-PAYLOAD");

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, QStringLiteral("AWS Signature v4: ") + message};
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// RFC 3986: everything but A-Z a-z 0-9 - . _ ~ as %XX (upper-case hex).
QByteArray encode(const QByteArray &bytes)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(bytes));
}

/// Decodes a query name or value as form decoding does ('+' is a space), as aws4 does.
QByteArray decodeQueryPart(QByteArray part)
{
    part.replace('+', ' ');
    return QByteArray::fromPercentEncoding(part);
}

Result<QByteArray> payloadHash(const SignableRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (Result<void> ok = addBody(hash, request, QStringLiteral("AWS Signature v4")); !ok)
        return ok.error();
    return hash.result().toHex();
}

/// The canonical URI: dot segments and repeated slashes removed and each segment encoded once
/// more (the path is already encoded), except for S3, whose segments are decoded and encoded
/// once with the slashes kept.
QByteArray canonicalUri(const QUrl &url, bool s3)
{
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty() || path == "/")
        return "/";
    if (!s3) {
        while (path.contains("//"))
            path.replace("//", "/");
    }
    QList<QByteArray> out;
    for (const QByteArray &piece : path.split('/')) {
        if (!s3 && piece == "..") {
            if (!out.isEmpty())
                out.removeLast();
        } else if (s3 || piece != ".") {
            out.append(encode(s3 ? decodeQueryPart(piece) : piece));
        }
    }
    QByteArray joined = out.join('/');
    if (!joined.startsWith('/'))
        joined.prepend('/');
    if (s3)
        joined.replace("%2F", "/");
    return joined;
}

/// The canonical query: each name and value decoded, RFC 3986 encoded, sorted by name then value.
QByteArray canonicalQuery(const QUrl &url)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    for (const QByteArray &item : query.split('&')) {
        const qsizetype eq = item.indexOf('=');
        const QByteArray name = encode(decodeQueryPart(eq < 0 ? item : item.left(eq)));
        if (name.isEmpty())
            continue; // aws4 and AWS drop a parameter without a name
        pairs.append({name, eq < 0 ? QByteArray() : encode(decodeQueryPart(item.mid(eq + 1)))});
    }
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> parts;
    for (const auto &[name, value] : std::as_const(pairs))
        parts.append(name + '=' + value);
    return parts.join('&');
}

/// The Host header as Qt sends it: the port only when the URL names one.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

bool unsignable(const QByteArray &lowerName)
{
    // aws4's HEADERS_TO_IGNORE, and Cookie: Qt's cookie jar may rewrite it after signing.
    static const QList<QByteArray> names = {"authorization", "connection", "x-amzn-trace-id",
                                            "user-agent",    "expect",     "presigned-expires",
                                            "range",         "cookie",     "content-length"};
    return names.contains(lowerName);
}

struct CanonicalHeaders
{
    QByteArray lines;   ///< "name:value\n" per header, sorted
    QByteArray signed_; ///< "name;name;..."
};

/// @p onlyHost: presigned URLs sign the host alone, so that the URL works from anywhere.
CanonicalHeaders canonicalHeaders(const SignableRequest &request, const QStringList &only)
{
    QMap<QByteArray, QByteArrayList> values;
    for (const KeyValue &h : request.headers) {
        const QByteArray name = h.name.trimmed().toLower().toUtf8();
        if (unsignable(name) || (!only.isEmpty() && !only.contains(QString::fromUtf8(name))))
            continue;
        values[name].append(h.value.simplified().toUtf8());
    }
    if (!values.contains("host"))
        values.insert("host", {hostHeader(request.url)});
    CanonicalHeaders out;
    QByteArrayList names;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        out.lines += it.key() + ':' + it.value().join(',') + '\n';
        names.append(it.key());
    }
    out.signed_ = names.join(';');
    return out;
}

void addQuery(QUrl &url, const QByteArray &name, const QByteArray &value)
{
    QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += u'&';
    query += QString::fromLatin1(encode(name) + '=' + encode(value));
    url.setQuery(query, QUrl::StrictMode);
}

Result<void> check(const AwsSigV4Settings &aws)
{
    const std::pair<QString, QString> required[] = {{aws.accessKey, QStringLiteral("access key")},
                                                    {aws.secretKey, QStringLiteral("secret key")},
                                                    {aws.region, QStringLiteral("region")},
                                                    {aws.service, QStringLiteral("service name")}};
    for (const auto &[value, what] : required) {
        if (value.trimmed().isEmpty())
            return invalid(QStringLiteral("the %1 is empty, nothing was signed").arg(what));
    }
    for (const auto &[value, what] : {required[2], required[3]}) {
        for (QChar c : value.trimmed()) {
            if (c == u'/' || c.isSpace() || c.unicode() < 0x20)
                return invalid(QStringLiteral("the %1 \"%2\" contains \"%3\"; it must be a word "
                                              "such as us-east-1 or execute-api")
                                   .arg(what, value, c));
        }
    }
    return {};
}

} // namespace

Result<void>
signAwsSigV4(const AwsSigV4Settings &aws, SignableRequest &request, const QDateTime &now)
{
    if (Result<void> ok = check(aws); !ok)
        return ok;
    const QByteArray region = aws.region.trimmed().toUtf8();
    const QByteArray service = aws.service.trimmed().toUtf8();
    const bool s3 = service == "s3";
    const QByteArray amzDate =
        now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray date = amzDate.left(8);
    const QByteArray scope = date + '/' + region + '/' + service + "/aws4_request";
    const QByteArray credential = aws.accessKey.trimmed().toUtf8() + '/' + scope;
    const QByteArray token = aws.sessionToken.trimmed().toUtf8();

    QByteArray payload = kUnsignedPayload.latin1();
    if (!aws.unsignedPayload && !(aws.inQuery && s3)) {
        const Result<QByteArray> hashed = payloadHash(request);
        if (!hashed)
            return hashed.error();
        payload = *hashed;
    }
    QStringList only;
    if (aws.inQuery) {
        only = QStringList{QStringLiteral("host")};
        if (aws.unsignedPayload && !s3) { // the verifier must learn that the body is not signed
            setSignedHeader(request.headers, QStringLiteral("X-Amz-Content-Sha256"),
                            QString::fromLatin1(payload));
            only.append(QStringLiteral("x-amz-content-sha256"));
        }
        const CanonicalHeaders headers = canonicalHeaders(request, only);
        addQuery(request.url, "X-Amz-Algorithm", kAlgorithm.latin1());
        addQuery(request.url, "X-Amz-Credential", credential);
        addQuery(request.url, "X-Amz-Date", amzDate);
        addQuery(request.url, "X-Amz-Expires", "86400");
        if (!token.isEmpty())
            addQuery(request.url, "X-Amz-Security-Token", token);
        addQuery(request.url, "X-Amz-SignedHeaders", headers.signed_);
    } else {
        setSignedHeader(request.headers, QStringLiteral("X-Amz-Date"),
                        QString::fromLatin1(amzDate));
        setSignedHeader(request.headers, QStringLiteral("X-Amz-Content-Sha256"),
                        QString::fromLatin1(payload));
        if (!token.isEmpty())
            setSignedHeader(request.headers, QStringLiteral("X-Amz-Security-Token"),
                            QString::fromUtf8(token));
    }
    const CanonicalHeaders headers = canonicalHeaders(request, only);
    const QByteArray canonical = request.method.toUtf8() + '\n' + canonicalUri(request.url, s3)
                                 + '\n' + canonicalQuery(request.url) + '\n' + headers.lines + '\n'
                                 + headers.signed_ + '\n' + payload;
    const QByteArray toSign = kAlgorithm.latin1() + QByteArray("\n") + amzDate + '\n' + scope + '\n'
                              + sha256Hex(canonical);
    QByteArray key = hmac("AWS4" + aws.secretKey.toUtf8(), date);
    for (const QByteArray &part : {region, service, QByteArray("aws4_request")})
        key = hmac(key, part);
    const QByteArray signature = hmac(key, toSign).toHex();
    if (aws.inQuery) {
        addQuery(request.url, "X-Amz-Signature", signature);
        return {};
    }
    setSignedHeader(request.headers, QStringLiteral("Authorization"),
                    QString::fromLatin1(kAlgorithm.latin1() + QByteArray(" Credential=")
                                        + credential + ", SignedHeaders=" + headers.signed_
                                        + ", Signature=" + signature));
    return {};
}

Result<void> awsSigV4AuthParts(const AwsSigV4Settings &aws, AuthUse use, AuthParts &parts)
{
    if (Result<void> ok = check(aws); !ok)
        return ok;
    if (use == AuthUse::Code)
        parts.notes.append(QStringLiteral(
            "the AWS Signature v4 was computed when this code was generated: X-Amz-Date is fixed "
            "in it and AWS refuses it after 15 minutes"));
    parts.sign = [aws](SignableRequest &request) {
        return signAwsSigV4(aws, request, QDateTime::currentDateTimeUtc());
    };
    return {};
}

} // namespace wirescope
