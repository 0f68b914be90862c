#pragma once

#include "core/model/error.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace wirescope {

/// RSASSA-PKCS1-v1_5 signature of @p input with the PEM private key @p pem (unencrypted,
/// "BEGIN PRIVATE KEY" or "BEGIN RSA PRIVATE KEY") over SHA-256/384/512 or SHA-1, by OpenSSL's
/// libcrypto (Qt has no signing API). Errors say what is wrong with the key, for people.
Result<QByteArray>
rsaSign(const QByteArray &input, const QString &pem, QCryptographicHash::Algorithm hash);

} // namespace wirescope
