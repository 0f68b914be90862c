#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace wirescope {

/// One TCP connect attempt the relay made for a SOCKS CONNECT (instants on monotonicNs()).
struct WireAttempt
{
    QString address; ///< the IP address tried ("127.0.0.1", "::1")
    qint64 start = 0;
    std::optional<qint64> end; ///< connected or failed
    bool connected = false;
    QString error; ///< why it failed, in words ("refused", "unreachable", ...)
};

/// What the in-process SOCKS5 relay saw of one connection Qt opened through it. Instants are
/// absolute monotonicNs() values; a phase the relay did not go through stays empty.
struct WireConnection
{
    enum class Failure { None, Auth, Dns, Refused, Unreachable, Timeout, Reset, Other };

    quint64 id = 0;
    QString targetHost; ///< as Qt asked for it (a name or an address literal)
    quint16 targetPort = 0;
    qint64 acceptedAt = 0;                  ///< the relay accepted Qt's TCP connection
    std::optional<qint64> connectRequestAt; ///< the SOCKS CONNECT arrived (after auth)
    std::optional<qint64> dnsStart, dnsEnd; ///< only for names (not address literals)
    QStringList resolved;                   ///< what the name resolved to, in order
    bool dnsCached = false;      ///< from the relay's cache of lookups made in the last minute
    QList<WireAttempt> attempts; ///< every address tried, in order
    std::optional<qint64> tcpStart, tcpEnd; ///< first attempt started -> connected
    QString connectedAddress;
    std::optional<qint64> firstUp, lastUp;     ///< bytes Qt -> server
    std::optional<qint64> firstDown, lastDown; ///< bytes server -> Qt
    qint64 bytesUp = 0, bytesDown = 0;
    bool tls = false;          ///< the first byte Qt sent was a TLS handshake record
    QByteArray rawUp, rawDown; ///< plain HTTP only: the bytes as relayed, bounded
    bool rawTruncated = false; ///< more bytes moved than rawUp/rawDown keep
    std::optional<qint64> closedAt;
    /// The relay gave Qt's socket the server connection after the TLS handshake (HttpClient's
    /// connections); from then on bytes go direct and the counts and instants above stop.
    std::optional<qint64> handedOverAt;
    Failure failure = Failure::None;
    QString failureText; ///< in words, with the name or the address
};

} // namespace wirescope
