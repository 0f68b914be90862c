#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace wirescope {

/// A peer certificate, flattened to what an inspector shows.
struct CertificateInfo
{
    QString subject; ///< e.g. "CN=localhost, O=Wirescope Test"
    QString issuer;
    QStringList subjectAlternativeNames; ///< "DNS:localhost", "IP:127.0.0.1"
    QString serialNumber;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;             ///< hex, colon-separated upper case (AB:CD:...)
    QString publicKeyAlgorithm; ///< "RSA", "EC", "DSA", "DH"
    int publicKeyBits = 0;
    bool selfSigned = false;
    QString pem;

    friend bool operator==(const CertificateInfo &, const CertificateInfo &) = default;
};

/// One verification error, named so that a user can opt in to it for one request.
struct TlsError
{
    int code = 0;              ///< QSslError::SslError value
    QString message;           ///< QSslError::errorString()
    QString certificateSha256; ///< the certificate it concerns (may be empty)

    friend bool operator==(const TlsError &, const TlsError &) = default;
};

/// What the TLS layer negotiated and verified.
struct TlsInfo
{
    QString protocol; ///< "TLS 1.3", "TLS 1.2", ...
    QString cipher;   ///< e.g. "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;
    QString alpn; ///< negotiated ALPN protocol ("h2", "http/1.1"), empty when none
    /// The chain verified with no error at all. Accepting errors lets the exchange go on but
    /// leaves this false: an accepted error is still an error.
    bool verified = false;
    QList<TlsError> errors;         ///< every verification error seen
    QList<TlsError> acceptedErrors; ///< the subset the user accepted for this request
    bool insecure = false;          ///< every error was accepted wholesale (-k)
    QList<CertificateInfo> chain;   ///< leaf first

    friend bool operator==(const TlsInfo &, const TlsInfo &) = default;
};

} // namespace wirescope
