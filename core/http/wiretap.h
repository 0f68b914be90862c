#pragma once

#include "core/http/wireconnection.h"

#include <QByteArray>
#include <QNetworkProxy>

#include <memory>

namespace wirescope {

class RelayLoop;
class WireLog;

/// An in-process relay (HTTP CONNECT and SOCKS5) on 127.0.0.1 through which HttpClient routes
/// direct connections. Qt speaks to the server exactly as it would directly (the relay resolves the
/// name itself, so nothing proxy-related reaches the server), while the relay sees and times
/// the DNS lookup, the TCP connect (every address tried) and every byte both ways. It runs on
/// its own thread and takes a random username and password per instance, so no other local
/// process can use it.
class WireTap final
{
    Q_DISABLE_COPY_MOVE(WireTap)

public:
    WireTap();
    ~WireTap();

    /// False when WIRESCOPE_WIRETAP=off is in the environment (how the CLI, the runner and
    /// the window are told to go direct, e.g. for a side-by-side benchmark).
    static bool wantedFromEnvironment();

    /// False when the relay could not listen (then requests go direct, as without it).
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QByteArray user() const { return m_user; }
    QByteArray password() const { return m_password; }

    /// The relay as an HTTP CONNECT tunnel, for every connection Wirescope sends through it
    /// (plain HTTP, HTTPS, WebSocket). Without CachingCapability Qt uses it as a transparent
    /// proxy, so plain HTTP keeps its origin-form requests. The relay also speaks SOCKS5 (RFC
    /// 1928/1929, same credentials), but Qt 6.4's SOCKS5 engine stalled HTTP/2 bodies (about 1
    /// in 6 runs of a 4 MiB body, also through microsocks; 0 of 90 through CONNECT), needs three
    /// round trips per connection where CONNECT needs one, and moves bytes with more work.
    ///
    /// With @p handOverAfterTls (HttpClient's requests) the CONNECT also asks the relay to give
    /// Qt's socket the server connection once the TLS handshake is done (handOverTls()), so
    /// the encrypted bytes after it go direct. QWebSocket's connections do not ask: nothing
    /// of theirs calls handOverTls().
    QNetworkProxy tunnelProxy(bool handOverAfterTls = false) const;

    /// Gives every connection that asked for it, and has finished its TLS handshake, to the
    /// Qt socket at its other end; returns how many. Call it only from a slot connected to
    /// QNetworkReply::encrypted of the manager those connections belong to: Qt delivers that
    /// signal with a BlockingQueuedConnection, so the manager's network thread, which owns
    /// every one of its sockets, waits meanwhile and cannot use or close one. Runs on the
    /// caller's thread (waiting only while the relay's thread finishes a pass over its
    /// events), and returns at once when no connection could be handed over.
    int handOverTls();

    /// What the relay saw; safe to read from any thread.
    const WireLog &log() const { return *m_log; }

private:
    std::unique_ptr<WireLog> m_log;
    QByteArray m_user;
    QByteArray m_password;
    // Declared after the log: the loop's thread stops before the log goes.
    std::unique_ptr<RelayLoop> m_loop;
    quint16 m_port = 0;
    bool m_handOver = true; ///< false with WIRESCOPE_WIRETAP_HANDOVER=off (benchmarks)
};

} // namespace wirescope
