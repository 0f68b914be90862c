#include "core/http/tlsinspect.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>

namespace wirescope {

namespace {

QString distinguishedName(const QSslCertificate &cert, bool issuer)
{
    // Qt's issuerDisplayName()/subjectDisplayName() pick one field; show the whole DN.
    QStringList parts;
    const QList<QByteArray> attrs =
        issuer ? cert.issuerInfoAttributes() : cert.subjectInfoAttributes();
    for (const QByteArray &attr : attrs) {
        const QStringList values = issuer ? cert.issuerInfo(attr) : cert.subjectInfo(attr);
        for (const QString &v : values)
            parts.append(QString::fromLatin1(attr) + u'=' + v);
    }
    return parts.join(QStringLiteral(", "));
}

QString keyAlgorithmName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa:
        return QStringLiteral("RSA");
    case QSsl::Dsa:
        return QStringLiteral("DSA");
    case QSsl::Ec:
        return QStringLiteral("EC");
    case QSsl::Dh:
        return QStringLiteral("DH");
    case QSsl::Opaque:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

QString certificateSha256(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    for (qsizetype i = 0; i < digest.size(); i += 2) {
        if (i)
            out += u':';
        out += QString::fromLatin1(digest.mid(i, 2));
    }
    return out;
}

CertificateInfo certificateInfo(const QSslCertificate &cert)
{
    CertificateInfo info;
    info.subject = distinguishedName(cert, false);
    info.issuer = distinguishedName(cert, true);
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        const QString prefix = it.key() == QSsl::DnsEntry         ? QStringLiteral("DNS:")
                               : it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP:")
                                                                  : QStringLiteral("email:");
        info.subjectAlternativeNames.append(prefix + it.value());
    }
    info.serialNumber = QString::fromLatin1(cert.serialNumber());
    info.notBefore = cert.effectiveDate().toUTC();
    info.notAfter = cert.expiryDate().toUTC();
    info.sha256 = certificateSha256(cert);
    const QSslKey key = cert.publicKey();
    info.publicKeyAlgorithm = keyAlgorithmName(key.algorithm());
    info.publicKeyBits = key.length();
    info.selfSigned = cert.isSelfSigned();
    info.pem = QString::fromLatin1(cert.toPem());
    return info;
}

QString protocolName(int qsslProtocol)
{
    switch (static_cast<QSsl::SslProtocol>(qsslProtocol)) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_1:
        return QStringLiteral("TLS 1.1");
    case QSsl::TlsV1_0:
        return QStringLiteral("TLS 1.0");
        QT_WARNING_POP
    default:
        break;
    }
    return {};
}

void fillSessionInfo(TlsInfo &info, const QSslConfiguration &session)
{
    const QSslCipher cipher = session.sessionCipher();
    info.protocol = protocolName(session.sessionProtocol());
    if (info.protocol.isEmpty())
        info.protocol = protocolName(cipher.protocol());
    info.cipher = cipher.name();
    info.cipherBits = cipher.usedBits();
    info.alpn = QString::fromLatin1(session.nextNegotiatedProtocol());
    const auto chain = session.peerCertificateChain();
    if (!chain.isEmpty()) {
        info.chain.clear();
        for (const QSslCertificate &c : chain)
            info.chain.append(certificateInfo(c));
    }
}

TlsError tlsError(const QSslError &error)
{
    TlsError e;
    e.code = static_cast<int>(error.error());
    e.message = error.errorString();
    if (!error.certificate().isNull())
        e.certificateSha256 = certificateSha256(error.certificate());
    return e;
}

} // namespace wirescope
