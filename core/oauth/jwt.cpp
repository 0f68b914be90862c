#include "core/oauth/jwt.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace wirescope::oauth {

namespace {

Result<QJsonObject> decodePart(const QString &part, const QString &what)
{
    const QByteArray bytes = part.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        bytes, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || part.isEmpty())
        return Error{Error::Kind::Parse,
                     QStringLiteral("the JWT's %1 is not base64url text").arg(what)};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Error::Kind::Parse,
                     QStringLiteral("the JWT's %1 is not a JSON object").arg(what),
                     err.errorString()};
    return doc.object();
}

} // namespace

bool Jwt::looksLikeJwt(const QString &token)
{
    return token.count(u'.') == 2;
}

Result<DecodedJwt> Jwt::decode(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() == 5)
        return Error{
            Error::Kind::Parse,
            QStringLiteral("the token is an encrypted JWT (JWE): its claims cannot be read")};
    if (parts.size() != 3)
        return Error{Error::Kind::Parse,
                     QStringLiteral("the token is not a JWT (opaque to the client; only the "
                                    "provider can read it)")};
    DecodedJwt out;
    auto header = decodePart(parts.at(0), QStringLiteral("header"));
    if (!header)
        return header.error();
    auto payload = decodePart(parts.at(1), QStringLiteral("payload"));
    if (!payload)
        return payload.error();
    out.header = header.value();
    out.payload = payload.value();
    out.hasSignature = !parts.at(2).isEmpty();
    return out;
}

} // namespace wirescope::oauth
