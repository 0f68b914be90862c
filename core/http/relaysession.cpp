#include "core/http/relaysession.h"

#include "core/http/connectrequest.h"
#include "core/http/monotonicclock.h"
#include "core/http/wirelog.h"

#include <QHostAddress>
#include <QtEndian>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <utility>

namespace wirescope {

namespace {

constexpr quint8 s_socksVersion = 5;
constexpr quint8 s_methodPassword = 2;
constexpr qsizetype s_chunk = 64 * 1024;
constexpr qsizetype s_handshakeBound = 64 * 1024;

// RFC 1928 reply codes.
constexpr quint8 s_replyOk = 0;
constexpr quint8 s_replyNetUnreachable = 3;
constexpr quint8 s_replyHostUnreachable = 4;
constexpr quint8 s_replyRefused = 5;
constexpr quint8 s_replyCommand = 7;
constexpr quint8 s_replyAddressType = 8;

void noDelay(int fd)
{
    // Nagle would hold small writes back for tens of ms: the relay must add no delay of its own.
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

QString addressText(const QString &host, quint16 port)
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

bool wouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK || error == EINTR;
}

} // namespace

RelaySession::RelaySession(
    Host &host, quint64 id, int clientFd, WireLog *log, const RelayCredentials &credentials)
    : m_host(host)
    , m_log(log)
    , m_credentials(credentials)
    , m_id(id)
{
    m_logId = m_log->open(monotonicNs());
    m_client.fd = clientFd; // TCP_NODELAY comes from the listening socket
    update(m_client);
    // The listening socket defers the accept until Qt's first bytes are there: read them now.
    readClientHandshake();
}

RelaySession::~RelaySession()
{
    finishHandOver();
    setCandidate(false);
    closeFd(m_client);
    closeFd(m_upstream);
}

void RelaySession::onEvent(std::uint64_t key, std::uint32_t events)
{
    if (finished())
        return; // closed, or handed over earlier in this pass of the loop
    const bool upstream = key & 1;
    Side &side = upstream ? m_upstream : m_client;
    if (side.fd < 0 || side.generation != quint16((key >> 1) & 0x7fff))
        return; // an event for a socket already closed (an earlier address tried)
    if (upstream && m_state == State::Connecting)
        return onConnectResult();
    if (m_state != State::Relaying) {
        if (upstream)
            return;
        if (events & EPOLLOUT)
            flush(m_client); // a handshake reply that did not fit at once
        if (m_state != State::Closed && (events & ~std::uint32_t(EPOLLOUT)))
            readClientHandshake();
        update(m_client);
        return;
    }
    Side &other = upstream ? m_client : m_upstream;
    if (events & EPOLLOUT)
        flush(side);
    if (m_state == State::Relaying && (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
        relayFrom(side, other);
    if (m_state == State::Relaying && (events & (EPOLLHUP | EPOLLERR)) && side.readEof) {
        // The peer is gone both ways: what waits for it can no longer be delivered.
        if (side.pending() > 0 || (events & EPOLLERR))
            return close();
        side.writeShut = true;
    }
    checkDone(); // first: a session that ends closes its sockets, with no epoll changes before
    if (m_state == State::Relaying) {
        update(m_client);
        update(m_upstream);
    }
}

void RelaySession::readClientHandshake()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::recv(m_client.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_in.append(buffer, n);
            if (m_in.size() > s_handshakeBound) {
                m_client.reading = false; // nothing legitimate sends this much before the reply
                update(m_client);
                break;
            }
            if (n < qsizetype(sizeof buffer))
                break;
            continue;
        }
        if (n < 0 && wouldBlock(errno))
            break;
        // The client left (or failed) before the tunnel was up.
        return close();
    }
    handshake();
}

void RelaySession::handshake()
{
    if (m_state == State::Greeting && !m_in.isEmpty() && m_in.at(0) == 'C') {
        m_state = State::HttpConnect; // Qt's HTTP proxy engine: how Wirescope tunnels
        m_http = true;
    }
    if (m_state == State::HttpConnect)
        return parseHttpConnect();
    if (m_state == State::Greeting && !parseSocksGreeting())
        return;
    if (m_state == State::Auth && !parseSocksAuth())
        return;
    if (m_state == State::Request)
        parseSocksRequest();
}

bool RelaySession::parseSocksGreeting()
{
    if (m_in.size() < 2)
        return false;
    if (quint8(m_in.at(0)) != s_socksVersion) {
        refuse({}, QStringLiteral("not a SOCKS5 client"));
        return false;
    }
    const int methods = quint8(m_in.at(1));
    if (m_in.size() < 2 + methods)
        return false;
    const QByteArray offered = m_in.mid(2, methods);
    m_in.remove(0, 2 + methods);
    if (!offered.contains(char(s_methodPassword))) {
        // Only clients that know this process's credentials may use the relay.
        refuse(QByteArray("\x05\xff", 2),
               QStringLiteral("the client offered no username/password"));
        return false;
    }
    send(m_client, "\x05\x02", 2);
    m_state = State::Auth;
    return true;
}

bool RelaySession::parseSocksAuth()
{
    // RFC 1929: VER=1, ULEN, UNAME, PLEN, PASSWD
    if (m_in.size() < 2)
        return false;
    const int ulen = quint8(m_in.at(1));
    if (m_in.size() < 3 + ulen)
        return false;
    const int plen = quint8(m_in.at(2 + ulen));
    if (m_in.size() < 3 + ulen + plen)
        return false;
    const QByteArray user = m_in.mid(2, ulen);
    const QByteArray password = m_in.mid(3 + ulen, plen);
    const bool versionOk = m_in.at(0) == 1;
    m_in.remove(0, 3 + ulen + plen);
    if (!versionOk || user != m_credentials.user || password != m_credentials.password) {
        refuse(QByteArray("\x01\x01", 2), QStringLiteral("wrong relay credentials"));
        return false;
    }
    send(m_client, "\x01\x00", 2);
    m_state = State::Request;
    return true;
}

bool RelaySession::parseSocksRequest()
{
    // VER CMD RSV ATYP DST.ADDR DST.PORT
    if (m_in.size() < 5)
        return false;
    const quint8 version = quint8(m_in.at(0));
    const quint8 cmd = quint8(m_in.at(1));
    const quint8 atyp = quint8(m_in.at(3));
    int addressLength = 0;
    int offset = 4;
    if (atyp == 1) {
        addressLength = 4;
    } else if (atyp == 4) {
        addressLength = 16;
    } else if (atyp == 3) {
        addressLength = quint8(m_in.at(4));
        offset = 5;
    } else {
        reply(s_replyAddressType);
        close();
        return true;
    }
    if (m_in.size() < offset + addressLength + 2)
        return false;
    const QByteArray address = m_in.mid(offset, addressLength);
    m_port = qFromBigEndian<quint16>(m_in.constData() + offset + addressLength);
    m_in.remove(0, offset + addressLength + 2);
    const qint64 at = monotonicNs();
    if (atyp == 1) {
        m_target = QHostAddress(qFromBigEndian<quint32>(address.constData())).toString();
    } else if (atyp == 4) {
        Q_IPV6ADDR v6;
        memcpy(v6.c, address.constData(), 16);
        m_target = QHostAddress(v6).toString();
    } else {
        m_target = QString::fromLatin1(address);
    }
    if (cmd != 1 || version != s_socksVersion) {
        m_log->update(m_logId, [this, at](WireConnection &c) {
            c.connectRequestAt = at;
            c.targetHost = m_target;
            c.targetPort = m_port;
        });
        reply(s_replyCommand);
        close();
        return true;
    }
    startConnect(at);
    return true;
}

void RelaySession::parseHttpConnect()
{
    const ConnectRequest request = ConnectRequest::parse(m_in, m_credentials.basicAuthorization());
    if (request.status == ConnectRequest::Status::Incomplete)
        return;
    if (request.status != ConnectRequest::Status::Ok) {
        // Only clients that know this process's credentials may use the relay.
        const bool auth = request.status == ConnectRequest::Status::Unauthorized;
        refuse(auth ? QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                 "Proxy-Authenticate: Basic realm=\"wirescope\"\r\n"
                                 "Content-Length: 0\r\nConnection: close\r\n\r\n")
                    : QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                 "Connection: close\r\n\r\n"),
               request.problem);
        return;
    }
    m_in.remove(0, request.headBytes);
    m_handOverWanted = request.handOverAfterTls;
    m_target = request.host;
    m_port = request.port;
    startConnect(monotonicNs());
}

void RelaySession::refuse(const QByteArray &reply, const QString &why)
{
    m_log->update(m_logId, [why](WireConnection &c) {
        c.failure = WireConnection::Failure::Auth;
        c.failureText = why;
    });
    if (!reply.isEmpty())
        send(m_client, reply.constData(), reply.size());
    close();
}

void RelaySession::startConnect(qint64 at)
{
    m_log->update(m_logId, [this, at](WireConnection &c) {
        c.connectRequestAt = at;
        c.targetHost = m_target;
        c.targetPort = m_port;
    });
    const QHostAddress literal(m_target);
    if (!literal.isNull()) {
        m_addresses = {literal.toString()};
        tryNextAddress();
        return;
    }
    m_state = State::Resolving;
    m_log->update(m_logId, [at](WireConnection &c) { c.dnsStart = at; });
    if (const std::optional<QStringList> cached = m_host.cachedAddresses(m_target)) {
        RelayLookup lookup;
        lookup.addresses = *cached;
        lookup.at = monotonicNs();
        lookup.cached = true;
        return onLookedUp(lookup);
    }
    m_host.resolve(m_id, m_target);
}

void RelaySession::onLookedUp(const RelayLookup &lookup)
{
    if (m_state != State::Resolving)
        return;
    m_addresses = lookup.addresses;
    const bool failed = !lookup.error.isEmpty() || m_addresses.isEmpty();
    const QString why = lookup.error.isEmpty() ? QStringLiteral("no addresses") : lookup.error;
    m_log->update(m_logId, [this, &lookup, failed, why](WireConnection &c) {
        c.dnsEnd = lookup.at;
        c.dnsCached = lookup.cached;
        c.resolved = m_addresses;
        if (failed) {
            c.failure = WireConnection::Failure::Dns;
            c.failureText =
                QStringLiteral("the host name \"%1\" could not be found (%2)").arg(m_target, why);
        }
    });
    if (failed) {
        m_dnsFailed = true;
        reply(s_replyHostUnreachable);
        return close();
    }
    tryNextAddress();
}

void RelaySession::tryNextAddress()
{
    closeFd(m_upstream);
    while (m_nextAddress < m_addresses.size()) {
        const QString address = m_addresses.at(m_nextAddress++);
        sockaddr_storage storage{};
        socklen_t length = 0;
        const QByteArray text = address.toLatin1();
        auto *v4 = reinterpret_cast<sockaddr_in *>(&storage);
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        if (::inet_pton(AF_INET, text.constData(), &v4->sin_addr) == 1) {
            v4->sin_family = AF_INET;
            v4->sin_port = htons(m_port);
            length = sizeof(sockaddr_in);
        } else if (::inet_pton(AF_INET6, text.constData(), &v6->sin6_addr) == 1) {
            v6->sin6_family = AF_INET6;
            v6->sin6_port = htons(m_port);
            length = sizeof(sockaddr_in6);
        } else {
            continue;
        }
        const qint64 at = monotonicNs();
        m_log->update(m_logId, [address, at](WireConnection &c) {
            c.attempts.append(WireAttempt{address, at, std::nullopt, false, {}});
            if (!c.tcpStart)
                c.tcpStart = at;
        });
        const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            connectFailed(errno);
            continue;
        }
        noDelay(fd);
        m_upstream.fd = fd;
        m_upstream.upstream = true;
        ++m_upstream.generation;
        if (::connect(fd, reinterpret_cast<sockaddr *>(&storage), length) == 0
            || errno == EINPROGRESS) {
            // Connected or not, the answer comes as EPOLLOUT (or EPOLLERR): one path for both.
            m_state = State::Connecting;
            update(m_upstream);
            return;
        }
        const int error = errno;
        closeFd(m_upstream);
        connectFailed(error);
    }
    // Every address failed.
    quint8 code = s_replyHostUnreachable;
    WireConnection::Failure failure = WireConnection::Failure::Unreachable;
    QString words = QStringLiteral("unreachable");
    if (m_lastError == ECONNREFUSED) {
        code = s_replyRefused;
        failure = WireConnection::Failure::Refused;
        words = QStringLiteral("refused the connection");
    } else if (m_lastError == ENETUNREACH) {
        code = s_replyNetUnreachable;
    } else if (m_lastError == ETIMEDOUT) {
        failure = WireConnection::Failure::Timeout;
        words = QStringLiteral("did not answer the connect in time");
    }
    m_log->update(m_logId, [this, failure, words](WireConnection &c) {
        QStringList tried;
        for (const WireAttempt &a : c.attempts)
            tried.append(addressText(a.address, m_port) + QStringLiteral(" (") + a.error + u')');
        c.failure = failure;
        c.failureText =
            QStringLiteral("%1 %2; tried %3")
                .arg(addressText(m_target, m_port), words, tried.join(QStringLiteral(", ")));
    });
    reply(code);
    close();
}

void RelaySession::connectFailed(int error)
{
    const qint64 at = monotonicNs();
    m_lastError = error;
    QString why;
    switch (error) {
    case ECONNREFUSED:
        why = QStringLiteral("refused");
        break;
    case ENETUNREACH:
    case EHOSTUNREACH:
        why = QStringLiteral("unreachable");
        break;
    case ETIMEDOUT:
        why = QStringLiteral("timed out");
        break;
    default:
        why = QString::fromLocal8Bit(::strerror(error));
        break;
    }
    m_log->update(m_logId, [at, why](WireConnection &c) {
        if (c.attempts.isEmpty())
            return;
        c.attempts.last().end = at;
        c.attempts.last().error = why;
    });
}

void RelaySession::onConnectResult()
{
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_upstream.fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error != 0) {
        closeFd(m_upstream);
        connectFailed(error);
        return tryNextAddress();
    }
    const qint64 at = monotonicNs();
    const QString address = m_addresses.at(m_nextAddress - 1); // the one this socket tried
    m_log->update(m_logId, [at, address](WireConnection &c) {
        c.attempts.last().end = at;
        c.attempts.last().connected = true;
        c.tcpEnd = at;
        c.connectedAddress = address;
    });
    m_state = State::Relaying;
    reply(s_replyOk);
    if (!m_in.isEmpty()) {
        // Bytes the client sent before our reply (it should not, but keep them in order).
        const QByteArray early = std::exchange(m_in, {});
        send(m_upstream, early.constData(), early.size());
    }
    m_client.reading = true;
    update(m_client);
    update(m_upstream);
}

void RelaySession::reply(quint8 code)
{
    if (m_http)
        return replyHttp(code);
    QByteArray out;
    out.append(char(s_socksVersion));
    out.append(char(code));
    out.append('\0');
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    QHostAddress bound(QHostAddress::AnyIPv4);
    quint16 boundPort = 0;
    if (code == s_replyOk
        && ::getsockname(m_upstream.fd, reinterpret_cast<sockaddr *>(&local), &length) == 0) {
        bound = QHostAddress(reinterpret_cast<sockaddr *>(&local));
        boundPort =
            ntohs(local.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&local)->sin6_port
                                              : reinterpret_cast<sockaddr_in *>(&local)->sin_port);
    }
    if (bound.protocol() == QAbstractSocket::IPv6Protocol) {
        out.append(char(4));
        const Q_IPV6ADDR v6 = bound.toIPv6Address();
        out.append(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        out.append(char(1));
        char v4[4];
        qToBigEndian<quint32>(bound.toIPv4Address(), v4);
        out.append(v4, 4);
    }
    char port[2];
    qToBigEndian<quint16>(boundPort, port);
    out.append(port, 2);
    send(m_client, out.constData(), out.size());
}

void RelaySession::replyHttp(quint8 code)
{
    // The statuses Qt's HTTP proxy engine turns into the matching socket errors (404: host
    // not found, 503: refused); the relay's log says what really happened, in words.
    QByteArray status;
    switch (code) {
    case s_replyOk:
        status = "200 Connection established";
        break;
    case s_replyRefused:
        status = "503 Service Unavailable";
        break;
    case s_replyHostUnreachable:
        status = m_dnsFailed ? "404 Not Found" : "502 Bad Gateway";
        break;
    case s_replyNetUnreachable:
        status = "502 Bad Gateway";
        break;
    default:
        status = "500 Internal Server Error";
        break;
    }
    QByteArray out = "HTTP/1.1 " + status + "\r\n";
    if (code != s_replyOk)
        out += "Content-Length: 0\r\nConnection: close\r\n";
    out += "\r\n";
    send(m_client, out.constData(), out.size());
}

void RelaySession::relayFrom(Side &from, Side &to)
{
    if (from.readEof || !from.reading)
        return;
    const bool upward = !from.upstream;
    char buffer[s_chunk];
    for (;;) {
        const ssize_t n = ::recv(from.fd, buffer, sizeof buffer, 0);
        if (n < 0) {
            if (wouldBlock(errno))
                return;
            return close(); // reset: both ways end here
        }
        if (n == 0) {
            from.readEof = true;
            return endDirection(to);
        }
        const qint64 at = monotonicNs();
        // The client's first bytes are a TLS handshake record: ciphertext is not worth keeping.
        const bool tlsStart = upward && m_rawUp == 0 && quint8(buffer[0]) == 0x16;
        if (tlsStart && m_rawDown == 0) {
            m_rawEnabled = false;
            setCandidate(m_handOverWanted);
        }
        qint64 &kept = upward ? m_rawUp : m_rawDown;
        const qint64 keep = m_rawEnabled ? qBound<qint64>(0, s_rawBound - kept, qint64(n)) : 0;
        kept += n;
        const bool raw = m_rawEnabled;
        const char *data = buffer;
        m_log->update(m_logId, [data, n, at, upward, keep, raw, tlsStart](WireConnection &c) {
            if (upward) {
                if (!c.firstUp)
                    c.firstUp = at;
                c.lastUp = at;
                c.bytesUp += n;
                c.tls = c.tls || tlsStart;
                if (raw)
                    c.rawUp.append(data, keep);
            } else {
                if (!c.firstDown)
                    c.firstDown = at;
                c.lastDown = at;
                c.bytesDown += n;
                if (raw)
                    c.rawDown.append(data, keep);
            }
            if (raw && keep < n)
                c.rawTruncated = true;
        });
        if (to.writeShut) {
            // The other side is gone: what still comes is counted, not delivered.
        } else {
            send(to, buffer, n);
            if (m_state != State::Relaying)
                return;
        }
        // Back-pressure: stop reading while the other side has this much waiting for it.
        if (to.pending() >= s_writeBound) {
            from.reading = false;
            return;
        }
        if (n < qsizetype(sizeof buffer))
            return; // most likely drained; level-triggered epoll says if not
    }
}

void RelaySession::send(Side &to, const char *data, qsizetype size)
{
    if (to.fd < 0)
        return;
    if (to.pending() == 0) {
        to.out.clear();
        to.outOffset = 0;
        while (size > 0) {
            const ssize_t n = ::send(to.fd, data, size_t(size), MSG_NOSIGNAL);
            if (n < 0) {
                if (wouldBlock(errno))
                    break;
                return close(); // the peer is gone (EPIPE, ECONNRESET)
            }
            if (!to.upstream)
                m_sentToClient += n;
            data += n;
            size -= n;
        }
    }
    if (size > 0) {
        to.out.append(data, size);
        update(to); // EPOLLOUT until the backlog is written
    }
}

void RelaySession::flush(Side &to)
{
    while (to.pending() > 0) {
        const ssize_t n =
            ::send(to.fd, to.out.constData() + to.outOffset, size_t(to.pending()), MSG_NOSIGNAL);
        if (n < 0) {
            if (wouldBlock(errno))
                return;
            return close();
        }
        if (!to.upstream)
            m_sentToClient += n;
        to.outOffset += n;
    }
    to.out.clear();
    to.outOffset = 0;
    Side &from = to.upstream ? m_client : m_upstream;
    if (!from.reading && m_state == State::Relaying) {
        from.reading = true;
        relayFrom(from, to); // what waited in the kernel while paused
    }
    if (from.readEof && !to.writeShut && to.pending() == 0 && m_state == State::Relaying)
        endDirection(to);
}

void RelaySession::endDirection(Side &to)
{
    // The end of one direction travels on as a FIN once what waits for it is written; the
    // other direction goes on until its own end (a real half-close).
    if (to.pending() > 0 || to.writeShut)
        return;
    ::shutdown(to.fd, SHUT_WR);
    to.writeShut = true;
}

void RelaySession::checkDone()
{
    if (m_state != State::Relaying)
        return;
    const auto done = [](const Side &s) {
        return s.readEof && s.writeShut && s.pending() == 0;
    };
    if (done(m_client) && done(m_upstream))
        close();
}

void RelaySession::update(Side &side)
{
    if (side.fd < 0 || finished())
        return;
    std::uint32_t events = 0;
    const bool connecting = side.upstream && m_state == State::Connecting;
    if (connecting) {
        events = EPOLLOUT;
    } else {
        if (side.reading && !side.readEof)
            events |= EPOLLIN | EPOLLRDHUP;
        if (side.pending() > 0)
            events |= EPOLLOUT;
    }
    const bool finished = !connecting && side.readEof && side.writeShut && side.pending() == 0;
    if (finished) {
        // Nothing more to read or write: out of the set, or EPOLLHUP would wake the loop on
        // every pass until the other direction ends too.
        if (side.registered) {
            m_host.unwatch(side.fd);
            side.registered = false;
        }
        return;
    }
    if (side.registered && side.watched == events)
        return;
    m_host.watch(side.fd, key(m_id, side.generation, side.upstream), events, !side.registered);
    side.registered = true;
    side.watched = events;
}

void RelaySession::close()
{
    if (finished())
        return;
    m_state = State::Closed;
    setCandidate(false);
    const qint64 at = monotonicNs();
    m_log->update(m_logId, [at](WireConnection &c) { c.closedAt = at; });
    // A refusal or an error reply is on its way: let it go out before the FIN, and take what
    // the client sent after it, so the kernel ends with a FIN, not a reset.
    if (m_client.fd >= 0 && !(m_client.readEof && m_client.writeShut)) {
        if (m_client.pending() > 0)
            ::send(m_client.fd, m_client.out.constData() + m_client.outOffset,
                   size_t(m_client.pending()), MSG_NOSIGNAL | MSG_DONTWAIT);
        ::shutdown(m_client.fd, SHUT_WR);
        char sink[4096];
        while (::recv(m_client.fd, sink, sizeof sink, MSG_DONTWAIT) > 0) {
        }
    }
    closeFd(m_client);
    closeFd(m_upstream);
}

void RelaySession::closeFd(Side &side)
{
    if (side.fd < 0)
        return;
    // No EPOLL_CTL_DEL: closing the only descriptor of a socket takes it out of the set.
    ::close(side.fd);
    side.fd = -1;
    side.registered = false;
    side.watched = 0;
    side.out.clear();
    side.outOffset = 0;
    side.reading = true;
    side.readEof = false;
    side.writeShut = false;
}

} // namespace wirescope
