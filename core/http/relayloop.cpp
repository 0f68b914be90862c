#include "core/http/relayloop.h"

#include "core/http/monotonicclock.h"

#include <QHostAddress>
#include <QUrl>

#include <arpa/inet.h>
#include <cerrno>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wirescope {

namespace {

// epoll data for the loop's own descriptors; session keys start at 1 << 16.
constexpr std::uint64_t s_listenKey = 0;
constexpr std::uint64_t s_stopKey = 1;
constexpr std::uint64_t s_resolverKey = 2;
constexpr std::uint64_t s_handOverKey = 3;

void signal(int eventFd)
{
    const std::uint64_t one = 1;
    while (::write(eventFd, &one, sizeof one) < 0 && errno == EINTR) {
    }
}

void drain(int eventFd)
{
    std::uint64_t count = 0;
    while (::read(eventFd, &count, sizeof count) < 0 && errno == EINTR) {
    }
}

RelayLookup lookUp(const QString &host)
{
    RelayLookup result;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    const QByteArray ace = QUrl::toAce(host);
    const QByteArray name = ace.isEmpty() ? host.toUtf8() : ace;
    addrinfo *list = nullptr;
    int status = ::getaddrinfo(name.constData(), nullptr, &hints, &list);
    if (status == EAI_BADFLAGS) {
        hints.ai_flags = 0;
        status = ::getaddrinfo(name.constData(), nullptr, &hints, &list);
    }
    result.at = monotonicNs();
    if (status != 0) {
        result.error = QString::fromLocal8Bit(::gai_strerror(status));
        return result;
    }
    for (const addrinfo *a = list; a; a = a->ai_next) {
        const QString text = QHostAddress(a->ai_addr).toString();
        if (!text.isEmpty() && !result.addresses.contains(text))
            result.addresses.append(text);
    }
    ::freeaddrinfo(list);
    return result;
}

} // namespace

struct RelayLoop::Resolved
{
    quint64 session = 0;
    QString host;
    RelayLookup lookup;
};

/// Answers from the lookup threads, waiting for the loop. Shared with the threads, so one that
/// finishes after the loop is gone writes into a queue nobody reads, not into freed memory.
class RelayLoop::ResolverQueue
{
public:
    ResolverQueue()
        : m_event(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    {}
    ~ResolverQueue()
    {
        if (m_event >= 0)
            ::close(m_event);
    }
    Q_DISABLE_COPY_MOVE(ResolverQueue)

    int event() const { return m_event; }

    void push(Resolved resolved)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_answers.push_back(std::move(resolved));
        }
        signal(m_event);
    }

    std::deque<Resolved> take()
    {
        drain(m_event);
        const std::lock_guard<std::mutex> lock(m_mutex);
        return std::exchange(m_answers, {});
    }

private:
    int m_event;
    std::mutex m_mutex;
    std::deque<Resolved> m_answers;
};

RelayLoop::RelayLoop(WireLog *log, const RelayCredentials &credentials)
    : m_log(log)
    , m_credentials(credentials)
    , m_resolver(std::make_shared<ResolverQueue>())
{}

RelayLoop::~RelayLoop()
{
    if (m_thread.joinable()) {
        m_stop = true;
        signal(m_stopEvent);
        m_thread.join();
    }
    m_sessions.clear(); // closes every socket they hold
    for (int fd : {m_listen, m_stopEvent, m_epoll, m_spare, m_handOverEvent}) {
        if (fd >= 0)
            ::close(fd);
    }
}

quint16 RelayLoop::start()
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_stopEvent = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    m_spare = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    m_handOverEvent = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_stopEvent < 0 || m_listen < 0 || m_resolver->event() < 0
        || m_handOverEvent < 0)
        return 0;
    // Qt writes its CONNECT as soon as the connect completes: accept with those bytes, so a
    // new connection costs the loop one wake-up, not two.
    const int seconds = 5;
    ::setsockopt(m_listen, IPPROTO_TCP, TCP_DEFER_ACCEPT, &seconds, sizeof seconds);
    // Accepted sockets inherit it: no Nagle delay on the relay's side of Qt's connection.
    const int one = 1;
    ::setsockopt(m_listen, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listen, SOMAXCONN) != 0
        || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    watch(m_listen, s_listenKey, EPOLLIN, true);
    watch(m_stopEvent, s_stopKey, EPOLLIN, true);
    watch(m_resolver->event(), s_resolverKey, EPOLLIN, true);
    watch(m_handOverEvent, s_handOverKey, EPOLLIN, true);
    m_thread = std::thread([this] { run(); });
    ::pthread_setname_np(m_thread.native_handle(), "WireTap");
    return ntohs(address.sin_port);
}

void RelayLoop::watch(int fd, std::uint64_t key, std::uint32_t events, bool add)
{
    epoll_event event{};
    event.events = events;
    event.data.u64 = key;
    ::epoll_ctl(m_epoll, add ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &event);
}

void RelayLoop::unwatch(int fd)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
}

void RelayLoop::resolve(quint64 session, const QString &host)
{
    // One short-lived thread per name: getaddrinfo() blocks, and a slow or dead DNS server
    // must hold up only the connection that asked.
    std::thread([queue = m_resolver, session, host] {
        queue->push(Resolved{session, host, lookUp(host)});
    }).detach();
}

void RelayLoop::handOverCandidates(int delta)
{
    m_candidates.fetch_add(delta, std::memory_order_relaxed);
}

int RelayLoop::handOver()
{
    // A fresh TLS connection became a candidate when Qt's ClientHello came through, before
    // Qt could finish the handshake: a caller in `encrypted` sees it counted.
    if (!m_thread.joinable() || m_candidates.load(std::memory_order_relaxed) == 0)
        return 0;
    // On the caller's thread, not the loop's: Qt's network thread waits for the caller, and
    // a round trip to the loop's thread would add two wake-ups to every new TLS connection.
    int handed = 0;
    bool ended = false;
    {
        const std::lock_guard<std::mutex> lock(m_sessionsMutex);
        for (auto &[id, session] : m_sessions) {
            if (session->handOver())
                ++handed;
            if (session->finished()) {
                m_endedElsewhere.push_back(id);
                ended = true;
            }
        }
    }
    if (ended)
        signal(m_handOverEvent); // the loop closes its ends and forgets those sessions
    return handed;
}

void RelayLoop::finishHandOvers()
{
    drain(m_handOverEvent);
    for (const quint64 id : std::exchange(m_endedElsewhere, {})) {
        const auto it = m_sessions.find(id);
        if (it != m_sessions.end()) {
            it->second->finishHandOver();
            m_touched.push_back(id);
        }
    }
}

void RelayLoop::run()
{
    epoll_event events[64];
    while (!m_stop) {
        m_touched.clear();
        const int count = ::epoll_wait(m_epoll, events, 64, -1);
        if (count < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        // handOver() runs sessions on another thread: never at the same time as a pass.
        const std::lock_guard<std::mutex> lock(m_sessionsMutex);
        for (int i = 0; i < count; ++i) {
            const std::uint64_t key = events[i].data.u64;
            if (key == s_stopKey)
                return;
            if (key == s_listenKey) {
                acceptAll();
            } else if (key == s_resolverKey) {
                deliverResolved();
            } else if (key == s_handOverKey) {
                finishHandOvers();
            } else {
                const quint64 id = RelaySession::sessionOf(key);
                const auto it = m_sessions.find(id);
                if (it != m_sessions.end()) {
                    it->second->onEvent(key, events[i].events);
                    m_touched.push_back(id);
                }
            }
        }
        // Only the sessions this pass woke can have ended (a refused client ends in its
        // constructor, which acceptAll() counts as touched).
        for (const quint64 id : m_touched) {
            const auto it = m_sessions.find(id);
            if (it != m_sessions.end() && it->second->finished())
                m_sessions.erase(it);
        }
    }
}

void RelayLoop::acceptAll()
{
    // One per wake-up: the socket is level-triggered, so another waiting connection wakes the
    // loop again, and the usual case (one) costs no accept4() that ends in EAGAIN.
    int fd = -1;
    do {
        fd = ::accept4(m_listen, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    } while (fd < 0 && (errno == EINTR || errno == ECONNABORTED));
    if (fd < 0 && (errno == EMFILE || errno == ENFILE) && m_spare >= 0) {
        // Out of descriptors: the waiting connection would keep the level-triggered socket
        // ready and the loop spinning. Let it in on the spare descriptor and close it, so Qt
        // sees the connection end instead of hanging; then keep a spare again.
        ::close(m_spare);
        fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd >= 0)
            ::close(fd);
        m_spare = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        return;
    }
    if (fd < 0)
        return; // EAGAIN: someone else's connect gave up
    const quint64 id = m_nextSession++;
    m_sessions.emplace(id, std::make_unique<RelaySession>(*this, id, fd, m_log, m_credentials));
    m_touched.push_back(id);
}

std::optional<QStringList> RelayLoop::cachedAddresses(const QString &host)
{
    const auto it = m_names.constFind(host.toLower());
    if (it == m_names.constEnd() || it->expires <= monotonicNs())
        return std::nullopt;
    return it->addresses;
}

void RelayLoop::deliverResolved()
{
    for (const Resolved &answer : m_resolver->take()) {
        if (answer.lookup.error.isEmpty() && !answer.lookup.addresses.isEmpty()) {
            // Failures are not kept: the next connection asks again, as Qt's cache does.
            if (m_names.size() >= 256) {
                const qint64 now = monotonicNs();
                m_names.removeIf([now](const auto &entry) { return entry.value().expires <= now; });
                if (m_names.size() >= 256)
                    m_names.clear();
            }
            m_names.insert(answer.host.toLower(),
                           CachedName{answer.lookup.addresses, answer.lookup.at + s_nameTtlNs});
        }
        const auto it = m_sessions.find(answer.session);
        if (it != m_sessions.end()) {
            it->second->onLookedUp(answer.lookup);
            m_touched.push_back(answer.session);
        }
    }
}

} // namespace wirescope
