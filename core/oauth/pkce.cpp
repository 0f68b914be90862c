#include "core/oauth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace wirescope::oauth {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBase64Url()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(kBase64Url);
}

} // namespace

QByteArray Pkce::newVerifier()
{
    return randomBase64Url();
}

QByteArray Pkce::newState()
{
    return randomBase64Url();
}

QByteArray Pkce::s256Challenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

} // namespace wirescope::oauth
