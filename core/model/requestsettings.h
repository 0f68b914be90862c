#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wirescope {

enum class HttpVersionPolicy {
    Auto,               ///< HTTP/2 when ALPN offers it over TLS, else HTTP/1.1
    Http1Only,          ///< never HTTP/2
    Http2PriorKnowledge ///< h2c or h2 without negotiation (curl's --http2-prior-knowledge)
};

enum class ProxyMode { System, None, Http, Socks5 };

struct ProxySettings
{
    ProxyMode mode = ProxyMode::System;
    QString host;
    quint16 port = 0;
    QString username;
    QString password;

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

/// A TLS verification error the user chose to accept for this request only.
/// Matches QSslError::SslError by its integer value, and optionally one certificate.
struct IgnoredTlsError
{
    int error = 0;             ///< QSslError::SslError value
    QString certificateSha256; ///< hex; empty = any certificate

    friend bool operator==(const IgnoredTlsError &, const IgnoredTlsError &) = default;
};

struct TlsSettings
{
    bool insecure = false; ///< accept every verification error (curl -k); shown loudly
    QList<IgnoredTlsError> ignoredErrors; ///< per-error opt-in, the normal way to trust something
    QStringList caCertificateFiles;       ///< extra trusted CAs (PEM), added to the system ones
    QString clientCertificateFile;        ///< PEM certificate, or PKCS#12 bundle (.p12/.pfx)
    QString clientKeyFile;                ///< PEM key (empty for PKCS#12)
    QString clientKeyPassphrase;

    friend bool operator==(const TlsSettings &, const TlsSettings &) = default;
};

/// Per-request transport settings. Times are milliseconds; 0 means no limit.
struct RequestSettings
{
    int timeoutMs = 0;
    int inactivityTimeoutMs = 0;
    bool followRedirects = true;
    int maxRedirects = 10;
    HttpVersionPolicy httpVersion = HttpVersionPolicy::Auto;
    TlsSettings tls;
    ProxySettings proxy;
    bool useCookieJar = true;
    qint64 maxResponseBytes = 0; ///< 0 = the client's default limit
    /// Stream the response as Server-Sent Events whatever its Content-Type (a text/event-stream
    /// response streams anyway).
    bool streamAsSse = false;

    friend bool operator==(const RequestSettings &, const RequestSettings &) = default;
};

} // namespace wirescope
