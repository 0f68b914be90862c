#pragma once

#include "core/http/relaysession.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace wirescope {

class WireLog;

/// The WireTap relay's own thread: one epoll loop over the listening socket on 127.0.0.1 and
/// every relayed connection's two sockets, with no Qt event loop in between. Each relayed
/// chunk costs one wake-up, one read() and one write(); QTcpSocket and the glib dispatcher
/// spent about three times as many system calls and a third more CPU per connection on the
/// same work (measured with strace and perf, see the README). Name lookups run getaddrinfo()
/// on a short-lived thread each, so a slow DNS server holds up only its own connection.
///
/// Linux only (epoll, eventfd, TCP_DEFER_ACCEPT), as Wirescope is.
class RelayLoop final : public RelaySession::Host
{
    Q_DISABLE_COPY_MOVE(RelayLoop)

public:
    RelayLoop(WireLog *log, const RelayCredentials &credentials);
    /// Stops the thread and closes every connection.
    ~RelayLoop() override;

    /// Listens on 127.0.0.1, port 0, and starts the thread; returns the port (0 on failure:
    /// then nothing runs).
    quint16 start();

    /// Hands every TLS connection that asked for it, and is quiet, over to the client's
    /// socket (RelaySession::handOver()), on the calling thread; returns how many. Called
    /// while the network thread of the QNetworkAccessManager that owns those client sockets
    /// is blocked (QNetworkReply::encrypted). Costs an atomic load when no connection could
    /// be handed over.
    int handOver();

    // RelaySession::Host, called with m_sessionsMutex held: on the loop's thread, or on
    // handOver()'s caller's (which reaches only watch, unwatch and handOverCandidates).
    void watch(int fd, std::uint64_t key, std::uint32_t events, bool add) override;
    void unwatch(int fd) override;
    void resolve(quint64 session, const QString &host) override;
    void handOverCandidates(int delta) override;
    std::optional<QStringList> cachedAddresses(const QString &host) override;

    /// How long a lookup's answer is used again, as Qt's own host cache (QHostInfo) and curl
    /// keep theirs: a run of fresh connections to one name looks it up once a minute.
    static constexpr qint64 s_nameTtlNs = 60'000'000'000;

private:
    struct Resolved;
    class ResolverQueue;

    void run();
    void acceptAll();
    void deliverResolved();
    void finishHandOvers();

    WireLog *m_log; // not owned
    RelayCredentials m_credentials;
    int m_epoll = -1;
    int m_listen = -1;
    int m_stopEvent = -1;
    int m_spare = -1; ///< kept open to be given up when accept() runs out of descriptors
    int m_handOverEvent = -1;
    /// Held by the loop for each pass over its events and by handOver() on its caller's thread.
    std::mutex m_sessionsMutex;
    std::vector<quint64> m_endedElsewhere; ///< sessions handOver() ended (m_sessionsMutex)
    std::atomic<int> m_candidates{0};
    std::shared_ptr<ResolverQueue> m_resolver; // shared with lookups still running
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    quint64 m_nextSession = 1;
    std::unordered_map<quint64, std::unique_ptr<RelaySession>> m_sessions;
    std::vector<quint64> m_touched; ///< sessions the current pass of the loop woke
    struct CachedName
    {
        QStringList addresses;
        qint64 expires = 0;
    };
    QHash<QString, CachedName> m_names; ///< successful lookups by lower-case name (loop thread)
};

} // namespace wirescope
