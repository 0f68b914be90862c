#include "core/http/sockethandover.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/sockios.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace wirescope::sockethandover {

namespace {

bool sameAddress(const sockaddr_storage &a,
                 socklen_t aLength,
                 const sockaddr_storage &b,
                 socklen_t bLength)
{
    return aLength == bLength && memcmp(&a, &b, aLength) == 0;
}

bool tcpInfo(int fd, tcp_info *info)
{
    socklen_t length = sizeof *info;
    memset(info, 0, sizeof *info);
    // The byte counts came with Linux 4.1 to 5.5: an older kernel's shorter answer is a "no".
    const auto needed = socklen_t(offsetof(tcp_info, tcpi_bytes_retrans) + sizeof(__u64));
    return ::getsockopt(fd, IPPROTO_TCP, TCP_INFO, info, &length) == 0 && length >= needed;
}

int queued(int fd, unsigned long request)
{
    int bytes = -1;
    return ::ioctl(fd, request, &bytes) == 0 ? bytes : -1;
}

void copyOption(int from, int to, int level, int name)
{
    int value = 0;
    socklen_t length = sizeof value;
    if (::getsockopt(from, level, name, &value, &length) == 0)
        ::setsockopt(to, level, name, &value, length);
}

} // namespace

int peerDescriptorInProcess(int fd)
{
    sockaddr_storage local{}, peer{};
    socklen_t localLength = sizeof local, peerLength = sizeof peer;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0
        || ::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0)
        return -1;
    const auto isPeer = [&](int other) {
        sockaddr_storage otherLocal{}, otherPeer{};
        socklen_t otherLocalLength = sizeof otherLocal, otherPeerLength = sizeof otherPeer;
        // Its local address is our peer's, and its peer is us: the other end (a TCP 4-tuple
        // is unique, so there is at most one).
        auto *otherLocalAddress = reinterpret_cast<sockaddr *>(&otherLocal);
        auto *otherPeerAddress = reinterpret_cast<sockaddr *>(&otherPeer);
        return ::getsockname(other, otherLocalAddress, &otherLocalLength) == 0
               && sameAddress(otherLocal, otherLocalLength, peer, peerLength)
               && ::getpeername(other, otherPeerAddress, &otherPeerLength) == 0
               && sameAddress(otherPeer, otherPeerLength, local, localLength);
    };
    // The client created its socket just before the relay accepted this one, and descriptors
    // are given lowest first: it is nearly always a few numbers below. Listing /proc/self/fd
    // costs tens of microseconds; these tries, one or two system calls each.
    for (int other = fd - 1; other >= 0 && other >= fd - 8; --other) {
        if (isPeer(other))
            return other;
    }
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return -1;
    int found = -1;
    while (const dirent *entry = ::readdir(dir)) {
        char *end = nullptr;
        const long candidate = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || candidate == fd || candidate == ::dirfd(dir))
            continue;
        if (candidate < fd && candidate >= fd - 8)
            continue; // tried above
        if (isPeer(int(candidate))) {
            found = int(candidate);
            break;
        }
    }
    ::closedir(dir);
    return found;
}

bool directionDrained(int writer, int reader, qint64 written)
{
    tcp_info sent{}, received{};
    if (!tcpInfo(writer, &sent) || !tcpInfo(reader, &received))
        return false;
    // Every byte the writer's kernel took has left it and arrived, in order, at the reader
    // (loopback loses nothing, but count retransmissions out all the same) ...
    const quint64 left = sent.tcpi_bytes_sent - sent.tcpi_bytes_retrans;
    if (sent.tcpi_notsent_bytes != 0 || left != received.tcpi_bytes_received)
        return false;
    if (written >= 0 && quint64(written) != received.tcpi_bytes_received)
        return false;
    // ... and the reader has taken it all out of its socket.
    return queued(reader, SIOCINQ) == 0;
}

bool replaceSocket(int source, int target)
{
    int keepAlive = 0;
    socklen_t length = sizeof keepAlive;
    if (::getsockopt(target, SOL_SOCKET, SO_KEEPALIVE, &keepAlive, &length) == 0 && keepAlive) {
        ::setsockopt(source, SOL_SOCKET, SO_KEEPALIVE, &keepAlive, sizeof keepAlive);
        copyOption(target, source, IPPROTO_TCP, TCP_KEEPIDLE);
        copyOption(target, source, IPPROTO_TCP, TCP_KEEPINTVL);
        copyOption(target, source, IPPROTO_TCP, TCP_KEEPCNT);
    }
    copyOption(target, source, IPPROTO_TCP, TCP_NODELAY);
    int result = -1;
    do {
        result = ::dup3(source, target, O_CLOEXEC);
    } while (result < 0 && errno == EINTR);
    return result == target;
}

} // namespace wirescope::sockethandover
