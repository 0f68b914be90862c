#include "core/http/transportsettings.h"

#include <QFile>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QSslCertificate>
#include <QSslKey>

namespace wirescope {

namespace {

Result<QSslKey> readPemKey(const QString &path, const QString &passphrase)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            Error::Kind::File,
            QStringLiteral("cannot read the client key %1: %2").arg(path, f.errorString())};
    const QByteArray pem = f.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
        if (!key.isNull())
            return key;
    }
    return Error{Error::Kind::File,
                 QStringLiteral("the client key %1 is not a PEM private key (RSA, EC or DSA), or "
                                "the passphrase is wrong")
                     .arg(path)};
}

} // namespace

/// QNetworkReply turns HTTP status codes >= 400 into errors (qnetworkreplyhttpimpl.cpp's
/// mapping); for an inspector those are ordinary responses, not failures.
bool isHttpStatusError(QNetworkReply::NetworkError error, int status)
{
    if (status < 400)
        return false;
    switch (status) {
    case 400:
    case 418:
        return error == QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return error == QNetworkReply::AuthenticationRequiredError;
    case 403:
        return error == QNetworkReply::ContentAccessDenied;
    case 404:
        return error == QNetworkReply::ContentNotFoundError;
    case 405:
        return error == QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return error == QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return error == QNetworkReply::ContentConflictError;
    case 410:
        return error == QNetworkReply::ContentGoneError;
    case 500:
        return error == QNetworkReply::InternalServerError;
    case 501:
        return error == QNetworkReply::OperationNotImplementedError;
    case 503:
        return error == QNetworkReply::ServiceUnavailableError;
    default:
        break;
    }
    return error
           == (status > 500 ? QNetworkReply::UnknownServerError
                            : QNetworkReply::UnknownContentError);
}

/// Everything in the TLS settings that changes what a connection accepts or presents.
QByteArray tlsIdentity(const TlsSettings &tls)
{
    QByteArray id = tls.insecure ? "insecure;" : "verify;";
    for (const IgnoredTlsError &e : tls.ignoredErrors)
        id += QByteArray::number(e.error) + '@' + e.certificateSha256.toLatin1() + ';';
    id += tls.caCertificateFiles.join(u'|').toUtf8() + ';' + tls.clientCertificateFile.toUtf8()
          + ';' + tls.clientKeyFile.toUtf8();
    return id;
}

QNetworkProxy proxyFor(const ProxySettings &settings)
{
    switch (settings.mode) {
    case ProxyMode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, settings.host, settings.port,
                             settings.username, settings.password);
    case ProxyMode::Socks5:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, settings.host, settings.port,
                             settings.username, settings.password);
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

/// The Accept-Language value Qt 6.4 adds when the request has none (qhttpnetworkconnection.cpp).
QString qtAcceptLanguage()
{
    const QString locale = QLocale::system().name().replace(u'_', u'-');
    if (locale == QLatin1String("C"))
        return QStringLiteral("en,*");
    if (locale.startsWith(QLatin1String("en-")))
        return locale + QStringLiteral(",*");
    return locale + QStringLiteral(",en,*");
}

/// Duplicate names are joined with ", " because QNetworkRequest keeps one value per name.
QList<QPair<QByteArray, QByteArray>> wireHeaders(const KeyValueList &headers)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const KeyValue &h : headers) {
        const QByteArray name = h.name.toLatin1();
        bool merged = false;
        for (auto &existing : out) {
            if (existing.first.compare(name, Qt::CaseInsensitive) == 0) {
                existing.second += ", " + h.value.toUtf8();
                merged = true;
                break;
            }
        }
        if (!merged)
            out.append({name, h.value.toUtf8()});
    }
    return out;
}

Result<QSslConfiguration> sslConfigurationFor(const TlsSettings &tls)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    for (const QString &file : tls.caCertificateFiles) {
        const auto certs = QSslCertificate::fromPath(file, QSsl::Pem);
        if (certs.isEmpty()) {
            return Error{
                Error::Kind::File,
                QStringLiteral("no PEM certificate could be read from the CA file %1").arg(file)};
        }
        config.addCaCertificates(certs);
    }
    if (tls.clientCertificateFile.isEmpty())
        return config;
    const QString &certPath = tls.clientCertificateFile;
    const bool pkcs12 = certPath.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive)
                        || certPath.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
    if (pkcs12) {
        QFile f(certPath);
        if (!f.open(QIODevice::ReadOnly)) {
            return Error{Error::Kind::File,
                         QStringLiteral("cannot read the client certificate %1: %2")
                             .arg(certPath, f.errorString())};
        }
        QSslKey key;
        QSslCertificate cert;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&f, &key, &cert, &chain,
                                           tls.clientKeyPassphrase.toUtf8())) {
            return Error{Error::Kind::File,
                         QStringLiteral("cannot import the PKCS#12 bundle %1 (wrong password or "
                                        "not a PKCS#12 file)")
                             .arg(certPath)};
        }
        config.setLocalCertificate(cert);
        config.setPrivateKey(key);
        if (!chain.isEmpty())
            config.setLocalCertificateChain(QList<QSslCertificate>{cert} + chain);
        return config;
    }
    const auto certs = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (certs.isEmpty()) {
        return Error{Error::Kind::File,
                     QStringLiteral("no PEM certificate could be read from %1").arg(certPath)};
    }
    const QString keyPath = tls.clientKeyFile.isEmpty() ? certPath : tls.clientKeyFile;
    auto key = readPemKey(keyPath, tls.clientKeyPassphrase);
    if (!key)
        return key.error();
    config.setLocalCertificateChain(certs);
    config.setPrivateKey(*key);
    return config;
}

bool goesDirect(const ProxySettings &settings, const QUrl &url)
{
    switch (settings.mode) {
    case ProxyMode::None:
        return true;
    case ProxyMode::Http:
    case ProxyMode::Socks5:
        return false;
    case ProxyMode::System:
        break;
    }
    QUrl asked = url;
    if (url.scheme() == QLatin1String("ws"))
        asked.setScheme(QStringLiteral("http"));
    else if (url.scheme() == QLatin1String("wss"))
        asked.setScheme(QStringLiteral("https"));
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(asked));
    return proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy
           || proxies.constFirst().type() == QNetworkProxy::DefaultProxy;
}

} // namespace wirescope
