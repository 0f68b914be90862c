#pragma once

#include "core/model/error.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace wirescope {

class WireTap;
struct ProxySettings;
struct WireAttribution;

/// How long a WebSocket opening took, phase by phase, in ms. The DNS lookup and the TCP
/// connect are measured by Wirescope's relay (WireTap) when the connection went through it;
/// QWebSocket signals neither the end of the TLS handshake nor the upgrade request, so for wss
/// the TLS handshake and the HTTP upgrade are one phase. Nothing is estimated: a phase that was
/// not measured stays empty and the note says why.
struct WsTimings
{
    std::optional<double> dns;       ///< the relay's lookup (empty for an address literal)
    std::optional<double> connect;   ///< TCP connect, as the relay saw it
    std::optional<double> handshake; ///< TCP connected -> 101 (wss: TLS and the upgrade)
    std::optional<double> total;     ///< open() -> 101 Switching Protocols
    bool tlsInHandshake = false;     ///< wss: handshake holds the TLS handshake too
    bool dnsCached = false;          ///< dns found the name among the last minute's lookups
    QString note;                    ///< why a phase is missing (empty when all are there)
};

/// One line for people: "DNS 0.120 ms, TCP connect 0.081 ms, TLS + upgrade 4.310 ms (total
/// 4.720 ms)"; a phase not measured reads "n/a".
QString describeWsTimings(const WsTimings &timings);

/// Whether a WebSocket to @p url with @p proxy goes through @p tap: only direct connections
/// (no proxy configured, or "system" naming none), like HttpClient's requests.
bool wsUsesWireTap(const WireTap *tap, const ProxySettings &proxy, const QUrl &url);

/// The phases of one opening from what the relay saw (@p wire, found for the attempt's
/// window) and the instants (monotonicNs()) of open() and of the 101.
WsTimings wsTimingsFromWire(const WireAttribution &wire,
                            qint64 openAt,
                            std::optional<qint64> connectedAt,
                            bool tls);

/// An opening that failed before the upgrade, in the words of what the relay saw (DNS
/// failure with the name, refused or unreachable with every address tried); empty when the
/// relay saw nothing failing.
std::optional<Error> wsWireFailure(const WireAttribution &wire, const QUrl &url);

} // namespace wirescope
