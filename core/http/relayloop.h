#pragma once

#include "core/http/relaysession.h"

#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
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

    // RelaySession::Host, called on the loop's thread only.
    void watch(int fd, std::uint64_t key, std::uint32_t events, bool add) override;
    void unwatch(int fd) override;
    void resolve(quint64 session, const QString &host) override;

private:
    struct Resolved;
    class ResolverQueue;

    void run();
    void acceptAll();
    void deliverResolved();

    WireLog *m_log; // not owned
    RelayCredentials m_credentials;
    int m_epoll = -1;
    int m_listen = -1;
    int m_stopEvent = -1;
    int m_spare = -1; ///< kept open to be given up when accept() runs out of descriptors
    std::shared_ptr<ResolverQueue> m_resolver; // shared with lookups still running
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    quint64 m_nextSession = 1;
    std::unordered_map<quint64, std::unique_ptr<RelaySession>> m_sessions;
    std::vector<quint64> m_touched; ///< sessions the current pass of the loop woke
};

} // namespace wirescope
