#include "core/http/rsasign.h"

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace wirescope {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, message};
}

const EVP_MD *digestOf(QCryptographicHash::Algorithm hash)
{
    switch (hash) {
    case QCryptographicHash::Sha384:
        return EVP_sha384();
    case QCryptographicHash::Sha512:
        return EVP_sha512();
    case QCryptographicHash::Sha1:
        return EVP_sha1();
    default:
        return EVP_sha256();
    }
}

} // namespace

Result<QByteArray>
rsaSign(const QByteArray &input, const QString &pem, QCryptographicHash::Algorithm hash)
{
    const QByteArray key = pem.trimmed().toUtf8();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(key.constData(), int(key.size())),
                                                  BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr,
        EVP_PKEY_free);
    if (!pkey)
        return invalid(
            QStringLiteral("the key is not a PEM private key (\"-----BEGIN PRIVATE KEY-----\" "
                           "or \"-----BEGIN RSA PRIVATE KEY-----\", unencrypted)"));
    if (EVP_PKEY_base_id(pkey.get()) != EVP_PKEY_RSA)
        return invalid(QStringLiteral(
            "an RSA signature needs an RSA private key; this PEM holds another kind"));
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, digestOf(hash), nullptr, pkey.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size()))
               != 1)
        return invalid(QStringLiteral("OpenSSL could not sign with this RSA key"));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()))
        != 1)
        return invalid(QStringLiteral("OpenSSL could not sign with this RSA key"));
    signature.resize(qsizetype(length));
    return signature;
}

} // namespace wirescope
