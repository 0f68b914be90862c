#include "core/http/oauth1auth.h"

#include "core/http/requestsigning.h"
#include "core/http/rsasign.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <optional>
#include <utility>

namespace wirescope {

namespace {

using Param = std::pair<QByteArray, QByteArray>; // name, value: decoded bytes

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, QStringLiteral("OAuth 1.0: ") + message};
}

/// RFC 5849 3.6: everything but ALPHA, DIGIT, '-', '.', '_', '~' as %XX (upper-case hex).
QByteArray encode(const QByteArray &bytes)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(bytes));
}

/// application/x-www-form-urlencoded pairs ('+' is a space), as 3.4.1.3.1 reads the query and
/// a form body.
QList<Param> formPairs(const QByteArray &text)
{
    QList<Param> out;
    for (const QByteArray &item : text.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        auto decode = [](QByteArray part) {
            return QByteArray::fromPercentEncoding(part.replace('+', ' '));
        };
        out.append({decode(eq < 0 ? item : item.left(eq)),
                    eq < 0 ? QByteArray() : decode(item.mid(eq + 1))});
    }
    return out;
}

struct Method
{
    enum Kind { Hmac, Rsa, Plaintext } kind = Hmac;
    QCryptographicHash::Algorithm hash = QCryptographicHash::Sha1;
};

std::optional<Method> methodOf(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("PLAINTEXT"))
        return Method{Method::Plaintext, QCryptographicHash::Sha1};
    const bool hmac = upper.startsWith(QLatin1String("HMAC-"));
    if (!hmac && !upper.startsWith(QLatin1String("RSA-")))
        return std::nullopt;
    const QStringView bits = QStringView(upper).mid(hmac ? 5 : 4);
    const Method::Kind kind = hmac ? Method::Hmac : Method::Rsa;
    if (bits == u"SHA1")
        return Method{kind, QCryptographicHash::Sha1};
    if (bits == u"SHA256")
        return Method{kind, QCryptographicHash::Sha256};
    if (bits == u"SHA512")
        return Method{kind, QCryptographicHash::Sha512};
    return std::nullopt;
}

/// 3.4.1.2: scheme and host in lower case, the port only when it is not the scheme's default.
QByteArray baseUri(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QByteArray out = scheme.toLatin1() + "://" + url.host(QUrl::FullyEncoded).toLower().toUtf8();
    const int port = url.port();
    const bool defaultPort = (scheme == QLatin1String("http") && port == 80)
                             || (scheme == QLatin1String("https") && port == 443);
    if (port != -1 && !defaultPort)
        out += ':' + QByteArray::number(port);
    const QString path = url.path(QUrl::FullyEncoded);
    return out + (path.isEmpty() ? QByteArray("/") : path.toUtf8());
}

/// 3.4.1.3.2: every pair encoded, sorted by name then value, joined with '&'.
QByteArray normalized(const QList<Param> &params)
{
    QList<Param> encoded;
    for (const auto &[name, value] : params)
        encoded.append({encode(name), encode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList parts;
    for (const auto &[name, value] : std::as_const(encoded))
        parts.append(name + '=' + value);
    return parts.join('&');
}

Result<QByteArray> bodyHash(const SignableRequest &request, QCryptographicHash::Algorithm hash)
{
    QCryptographicHash digest(hash);
    if (Result<void> ok = addBody(digest, request, QStringLiteral("OAuth 1.0")); !ok)
        return ok.error();
    return digest.result().toBase64();
}

Result<QByteArray>
signature(const OAuth1Settings &oauth, const Method &method, const QByteArray &base)
{
    const QByteArray key =
        encode(oauth.consumerSecret.toUtf8()) + '&' + encode(oauth.tokenSecret.toUtf8());
    switch (method.kind) {
    case Method::Plaintext:
        return key;
    case Method::Hmac:
        return QMessageAuthenticationCode::hash(base, key, method.hash).toBase64();
    case Method::Rsa: {
        const Result<QByteArray> signed_ = rsaSign(base, oauth.privateKey, method.hash);
        if (!signed_)
            return invalid(signed_.error().message);
        return signed_->toBase64();
    }
    }
    return QByteArray();
}

/// The oauth_* parameters (without the signature), in the order the header lists them.
Result<QList<Param>> protocolParams(const OAuth1Settings &oauth,
                                    const Method &method,
                                    const SignableRequest &request,
                                    const OAuth1Draft &draft)
{
    QList<Param> out{{"oauth_consumer_key", oauth.consumerKey.toUtf8()}};
    if (!oauth.token.isEmpty())
        out.append({"oauth_token", oauth.token.toUtf8()});
    out.append({"oauth_signature_method", oauth.signatureMethod.trimmed().toUpper().toUtf8()});
    out.append({"oauth_timestamp", draft.timestamp.toUtf8()});
    out.append({"oauth_nonce", draft.nonce.toUtf8()});
    if (!oauth.version.isEmpty())
        out.append({"oauth_version", oauth.version.toUtf8()});
    if (!oauth.callback.isEmpty())
        out.append({"oauth_callback", oauth.callback.toUtf8()});
    if (!oauth.verifier.isEmpty())
        out.append({"oauth_verifier", oauth.verifier.toUtf8()});
    if (oauth.includeBodyHash && !request.formBody) {
        const QCryptographicHash::Algorithm hash =
            method.kind == Method::Plaintext ? QCryptographicHash::Sha1 : method.hash;
        const Result<QByteArray> hashed = bodyHash(request, hash);
        if (!hashed)
            return hashed.error();
        out.append({"oauth_body_hash", *hashed});
    }
    return out;
}

QString headerValue(const OAuth1Settings &oauth, const QList<Param> &params)
{
    QByteArrayList parts;
    if (!oauth.realm.isEmpty()) // 3.5.1: the realm is quoted as is, not encoded
        parts.append("realm=\"" + oauth.realm.toUtf8().replace('"', "%22") + '"');
    for (const auto &[name, value] : params)
        parts.append(name + "=\"" + encode(value) + '"');
    return QStringLiteral("OAuth ") + QString::fromUtf8(parts.join(", "));
}

QByteArray formEncoded(const QList<Param> &params)
{
    QByteArrayList parts;
    for (const auto &[name, value] : params)
        parts.append(encode(name) + '=' + encode(value));
    return parts.join('&');
}

Result<void> check(const OAuth1Settings &oauth, const std::optional<Method> &method)
{
    if (!method)
        return invalid(QStringLiteral("the signature method \"%1\" is not one of HMAC-SHA1, "
                                      "HMAC-SHA256, HMAC-SHA512, RSA-SHA1, RSA-SHA256, "
                                      "RSA-SHA512, PLAINTEXT")
                           .arg(oauth.signatureMethod));
    if (oauth.consumerKey.trimmed().isEmpty())
        return invalid(QStringLiteral("the consumer key is empty, nothing was signed"));
    if (method->kind == Method::Rsa && oauth.privateKey.trimmed().isEmpty())
        return invalid(QStringLiteral("%1 needs a PEM private key, nothing was signed")
                           .arg(oauth.signatureMethod));
    return {};
}

} // namespace

Result<void>
signOAuth1(const OAuth1Settings &oauth, SignableRequest &request, const OAuth1Draft &draft)
{
    const std::optional<Method> method = methodOf(oauth.signatureMethod);
    if (Result<void> ok = check(oauth, method); !ok)
        return ok;
    if (oauth.placement == OAuth1Placement::Body && !request.formBody
        && !(request.body.isEmpty() && request.bodyFile.isEmpty()))
        return invalid(QStringLiteral("the parameters can go in the body only when it is "
                                      "form-urlencoded (or empty)"));
    const Result<QList<Param>> protocol = protocolParams(oauth, *method, request, draft);
    if (!protocol)
        return protocol.error();
    QList<Param> all = *protocol;
    all += formPairs(request.url.query(QUrl::FullyEncoded).toUtf8());
    if (request.formBody)
        all += formPairs(request.body);
    const QByteArray base = request.method.trimmed().toUpper().toUtf8() + '&'
                            + encode(baseUri(request.url)) + '&' + encode(normalized(all));
    const Result<QByteArray> signed_ = signature(oauth, *method, base);
    if (!signed_)
        return signed_.error();
    QList<Param> params = *protocol;
    params.append({"oauth_signature", *signed_});
    switch (oauth.placement) {
    case OAuth1Placement::Header:
        setSignedHeader(request.headers, QStringLiteral("Authorization"),
                        headerValue(oauth, params));
        break;
    case OAuth1Placement::Query: {
        QString query = request.url.query(QUrl::FullyEncoded);
        query += (query.isEmpty() ? QString() : QStringLiteral("&"))
                 + QString::fromLatin1(formEncoded(params));
        request.url.setQuery(query, QUrl::StrictMode);
        break;
    }
    case OAuth1Placement::Body:
        request.body +=
            (request.body.isEmpty() ? QByteArray() : QByteArray("&")) + formEncoded(params);
        request.formBody = true;
        break;
    }
    return {};
}

Result<void> oauth1AuthParts(const OAuth1Settings &oauth, AuthUse use, AuthParts &parts)
{
    if (Result<void> ok = check(oauth, methodOf(oauth.signatureMethod)); !ok)
        return ok;
    if (use == AuthUse::Code)
        parts.notes.append(QStringLiteral(
            "the OAuth 1.0 signature was computed when this code was generated: its nonce and "
            "timestamp are fixed in it, and a server refuses a nonce it has seen"));
    parts.sign = [oauth](SignableRequest &request) {
        OAuth1Draft draft{oauth.nonce, oauth.timestamp};
        if (draft.nonce.isEmpty())
            draft.nonce = signingNonce(32);
        if (draft.timestamp.isEmpty())
            draft.timestamp = QString::number(QDateTime::currentSecsSinceEpoch());
        return signOAuth1(oauth, request, draft);
    };
    return {};
}

} // namespace wirescope
