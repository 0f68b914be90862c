// RelaySession's hand-over: once a client that asked for it (HttpClient, through its CONNECT)
// has finished its TLS handshake, Qt's socket is given the server connection and the relay
// steps out of the path. The relay has timed what it is there for by then (the lookup, the
// TCP connect, the handshake's bytes), and the encrypted bytes after it would only cost a
// second loopback hop and two thread wake-ups each way. Kept apart from relaysession.cpp,
// which is about relaying.
#include "core/http/relaysession.h"

#include "core/http/monotonicclock.h"
#include "core/http/sockethandover.h"
#include "core/http/wirelog.h"

#include <sys/socket.h>
#include <unistd.h>

namespace wirescope {

void RelaySession::setCandidate(bool candidate)
{
    if (candidate == m_candidate)
        return;
    m_candidate = candidate;
    m_host.handOverCandidates(candidate ? 1 : -1);
}

bool RelaySession::quiet() const
{
    const auto idle = [](const Side &s) {
        return s.pending() == 0 && !s.readEof && !s.writeShut;
    };
    return idle(m_client) && idle(m_upstream) && m_in.isEmpty();
}

bool RelaySession::handOver()
{
    if (m_state != State::Relaying || !m_candidate)
        return false;
    // What the client wrote since the loop's last pass goes up first.
    relayFrom(m_client, m_upstream);
    if (m_state == State::Relaying && m_upstream.pending() > 0)
        flush(m_upstream);
    if (m_state != State::Relaying)
        return false;
    // Qt calls the handshake done (the caller is in `encrypted`). Qt 6.4 emits that before it
    // writes its TLS 1.3 Finished (still in OpenSSL's buffer), which then goes straight to
    // the server: the server sends nothing more (session tickets come after that Finished),
    // so the connection is quiet here. Any connection may be handed over whenever it is
    // quiet, mid-handshake too: what matters is that every byte either way has been read by
    // the side it was for, since the relay's end of the connection to Qt closes, and what it
    // still held would be lost. Bytes the server sent that the relay has not read yet stay
    // in the server socket's queue and reach Qt from there, in order. Anything else (a
    // server that speaks first, bytes still in flight): the connection stays relayed.
    if (!quiet())
        return false;
    const int qt = sockethandover::peerDescriptorInProcess(m_client.fd);
    if (qt < 0 || !sockethandover::directionDrained(m_client.fd, qt, m_sentToClient)
        || !sockethandover::directionDrained(qt, m_client.fd, -1))
        return false;
    // Keep Qt's old socket open across the swap: closing it sends a FIN across loopback, work
    // that can wait until Qt's network thread runs again (finishHandOver()).
    m_clientEndBefore = ::dup(qt);
    if (m_clientEndBefore < 0 || !sockethandover::replaceSocket(m_upstream.fd, qt)) {
        if (m_clientEndBefore >= 0)
            ::close(m_clientEndBefore);
        m_clientEndBefore = -1;
        return false;
    }
    // Logged now, not when the loop closes its ends: whoever reads the log after this
    // exchange must find the hand-over there.
    const qint64 at = monotonicNs();
    m_log->update(m_logId, [at](WireConnection &c) { c.handedOverAt = at; });
    m_state = State::HandedOver;
    setCandidate(false);
    return true;
}

void RelaySession::finishHandOver()
{
    if (m_state != State::HandedOver || m_client.fd < 0)
        return;
    // Out of the epoll set by hand: the server socket lives on under Qt's descriptor, so
    // closing the relay's own descriptor would not take it out.
    for (Side *side : {&m_client, &m_upstream}) {
        if (side->registered)
            m_host.unwatch(side->fd);
        side->registered = false;
    }
    closeFd(m_upstream); // the relay's descriptor only; Qt's now names the socket
    // Both ends of the loopback connection from Qt are ours and nobody reads them again: an
    // abortive close (a reset) ends it at once, with no FIN exchange and no TIME_WAIT left.
    const linger abort{1, 0};
    for (int fd : {m_clientEndBefore, m_client.fd})
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
    ::close(m_clientEndBefore);
    m_clientEndBefore = -1;
    closeFd(m_client);
}

} // namespace wirescope
