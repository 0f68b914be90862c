#include "core/http/jwtauth.h"

#include "core/http/rsasign.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <optional>

namespace wirescope {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, message};
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// "HS256" -> the hash; nullopt for an algorithm this signer does not know.
std::optional<QCryptographicHash::Algorithm> hashOf(QStringView algorithm)
{
    const QStringView bits = algorithm.mid(2);
    if (bits == u"256")
        return QCryptographicHash::Sha256;
    if (bits == u"384")
        return QCryptographicHash::Sha384;
    if (bits == u"512")
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

Result<QJsonObject> jsonObject(const QString &text, const QString &what)
{
    if (text.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("JWT: the %1 is not valid JSON (at character %2: %3)")
                           .arg(what)
                           .arg(error.offset)
                           .arg(error.errorString()));
    if (!doc.isObject())
        return invalid(QStringLiteral("JWT: the %1 must be a JSON object").arg(what));
    return doc.object();
}

} // namespace

Result<QString> signJwt(const JwtSettings &jwt)
{
    const QString algorithm = jwt.algorithm.trimmed().toUpper();
    const std::optional<QCryptographicHash::Algorithm> hash = hashOf(algorithm);
    const bool hmac = algorithm.startsWith(u"HS");
    if (!hash || !(hmac || algorithm.startsWith(u"RS")))
        return invalid(
            QStringLiteral("JWT: the algorithm \"%1\" is not one of HS256, HS384, HS512, RS256, "
                           "RS384, RS512")
                .arg(jwt.algorithm));
    if (jwt.key.isEmpty())
        return invalid(QStringLiteral("JWT: the %1 is empty, nothing was signed")
                           .arg(hmac ? QStringLiteral("secret") : QStringLiteral("private key")));
    const Result<QJsonObject> claims = jsonObject(jwt.payload, QStringLiteral("payload"));
    if (!claims)
        return claims.error();
    const Result<QJsonObject> extra = jsonObject(jwt.header, QStringLiteral("header"));
    if (!extra)
        return extra.error();
    QJsonObject header = *extra;
    header.insert(QStringLiteral("alg"),
                  algorithm); // the signer's own, whatever the extra fields say
    if (!header.contains(QStringLiteral("typ")))
        header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + base64Url(QJsonDocument(*claims).toJson(QJsonDocument::Compact));
    QByteArray signature;
    if (hmac) {
        QByteArray secret = jwt.key.toUtf8();
        if (jwt.keyBase64) {
            const auto decoded = QByteArray::fromBase64Encoding(
                secret.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return invalid(
                    QStringLiteral("JWT: the secret is marked as base64 but is not valid base64"));
            secret = *decoded;
        }
        signature = QMessageAuthenticationCode::hash(input, secret, *hash);
    } else {
        const Result<QByteArray> signed_ = rsaSign(input, jwt.key, *hash);
        if (!signed_)
            return invalid(QStringLiteral("JWT: ") + signed_.error().message);
        signature = *signed_;
    }
    return QString::fromLatin1(input + '.' + base64Url(signature));
}

Result<void> jwtAuthParts(const JwtSettings &jwt, AuthUse use, AuthParts &parts)
{
    const Result<QString> token = signJwt(jwt);
    if (!token)
        return token.error();
    if (use == AuthUse::Code)
        parts.notes.append(
            QStringLiteral("the JWT was signed when this code was generated; its claims "
                           "(such as exp) are fixed in it"));
    if (jwt.inQuery) {
        const QString name = jwt.queryParam.isEmpty() ? QStringLiteral("token") : jwt.queryParam;
        parts.query.append(
            KeyValue{QString::fromLatin1(QUrl::toPercentEncoding(name)), *token, true, {}});
        return {};
    }
    const QString prefix = jwt.headerPrefix.trimmed();
    parts.headers.append(KeyValue{QStringLiteral("Authorization"),
                                  prefix.isEmpty() ? *token : prefix + u' ' + *token,
                                  true,
                                  {}});
    return {};
}

} // namespace wirescope
