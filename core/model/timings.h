#pragma once

#include <QString>

#include <optional>

namespace wirescope {

/// Timing breakdown of one exchange in milliseconds (sub-ms precision), measured from
/// real events. A phase that could not be measured is std::nullopt, never invented.
/// The measured phases never add up to more than `total`.
struct Timings
{
    /// Host name lookup: done and timed by the in-process relay (WireTap), or by a QHostInfo
    /// lookup before the request when the relay is off.
    std::optional<double> dns;
    /// Handed to Qt -> socketStartedConnecting on a fresh connection: Qt's queueing, its
    /// network thread starting, TLS back-end loading (HAR's "blocked").
    std::optional<double> blocked;
    std::optional<double> connect;  ///< TCP connect, as the relay saw it (see tlsIncludedInConnect)
    std::optional<double> tls;      ///< TLS handshake: TCP connected -> encrypted
    std::optional<double> send;     ///< writing the request (-> requestSent)
    std::optional<double> wait;     ///< waiting for the first response byte (TTFB)
    std::optional<double> download; ///< first byte -> last byte
    double total = 0;               ///< start -> finished
    bool reusedConnection = false;  ///< no connect happened: a kept-alive connection was used
    /// `dns` is the time to find the name among the lookups made in the last minute (the
    /// relay's cache, as Qt's and curl's), not a lookup of its own.
    bool dnsCached = false;
    /// Qt's public API marks the start of connecting and the end of the TLS handshake but not
    /// the moment TCP connected. Without the relay's view (relay off, an explicit proxy, an
    /// ambiguous connection) `connect` spans TCP and TLS (as HAR's connect includes ssl) and
    /// `tls` stays null. Set when that is the case.
    bool tlsIncludedInConnect = false;
    /// On a fresh plain-HTTP connection Qt writes the request as soon as TCP connects and
    /// signals only when the request is written, so `connect` ends at "request sent" and
    /// `send` stays null. Set when that is the case.
    bool sendIncludedInConnect = false;
    /// Why phases a fresh connection has are not measured (an explicit proxy, an ambiguous
    /// connection); empty when nothing is missing for a reason worth saying.
    QString note;

    friend bool operator==(const Timings &, const Timings &) = default;
};

} // namespace wirescope
