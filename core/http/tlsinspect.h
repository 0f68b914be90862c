#pragma once

#include "core/model/tlsinfo.h"

#include <QList>

class QSslCertificate;
class QSslConfiguration;
class QSslError;

namespace wirescope {

/// Flattens a certificate to what an inspector shows (subject, SANs, validity, fingerprint...).
CertificateInfo certificateInfo(const QSslCertificate &certificate);

/// "AB:CD:..." upper-case SHA-256 of the DER encoding.
QString certificateSha256(const QSslCertificate &certificate);

/// Protocol, cipher, ALPN and peer chain from a session's configuration.
void fillSessionInfo(TlsInfo &info, const QSslConfiguration &session);

/// A verification error as the model stores it.
TlsError tlsError(const QSslError &error);

/// "TLS 1.3" etc.; empty when unknown.
QString protocolName(int qsslProtocol);

} // namespace wirescope
