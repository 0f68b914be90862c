// RequestRun's use of the WireTap relay: routing, attribution, the phases and the errors the
// relay saw. Kept apart from requestrun.cpp, which is about Qt's side of the exchange.
#include "core/http/requestrun.h"

#include "core/http/httpclient.h"
#include "core/http/monotonicclock.h"
#include "core/http/rawresponse.h"
#include "core/http/transportsettings.h"
#include "core/http/wiretap.h"

#include <QNetworkReply>

#include <algorithm>

namespace wirescope {

namespace {

constexpr double s_nsPerMs = 1e6;

double msBetween(qint64 from, qint64 to)
{
    return double(to - from) / s_nsPerMs;
}

QString attemptsText(const WireConnection &c)
{
    QStringList tried;
    for (const WireAttempt &a : c.attempts) {
        const QString address = a.address.contains(u':') ? u'[' + a.address + u']' : a.address;
        tried.append(address + u':' + QString::number(c.targetPort) + QStringLiteral(": ")
                     + (a.connected ? QStringLiteral("connected") : a.error));
    }
    return tried.join(QStringLiteral(", "));
}

} // namespace

qint64 RequestRun::now() const
{
    return monotonicNs() - m_originNs;
}

bool RequestRun::useWireTap() const
{
    // A host name longer than 255 bytes cannot resolve anyway (and SOCKS5 could not carry it),
    // and the lookup before the request names it.
    if (!m_client->wireTap() || QUrl::toAce(m_prepared.url.host()).size() > 255)
        return false;
    // Cleartext HTTP/2 with prior knowledge crosses it too: the CONNECT tunnel carries it as
    // it is (through Qt's SOCKS5 engine it stalled about 1 in 6 downloads of 4 MiB).
    return goesDirect(m_request.settings.proxy, m_prepared.url);
}

void RequestRun::attributeWire()
{
    if (!m_viaTap) {
        m_tapNote = !m_client->wireTap()
                        ? QStringLiteral("the wire relay is off, so TCP connect and TLS are not "
                                         "split")
                        : QStringLiteral("a proxy is in use, so Wirescope's relay is not in "
                                         "the path and TCP connect and TLS are not split");
        return;
    }
    const bool failedEarly = m_exchange.error && !m_hop.headers;
    const QUrl &url = m_prepared.url;
    const bool https = url.scheme() == QLatin1String("https");
    const auto port = quint16(url.port(https ? 443 : 80));
    if (!m_hop.connectStart && !failedEarly) {
        // Qt reports the start of connecting only to a reply already on the channel: a
        // request that waited while a new connection opened for it looks reused to Qt.
        // When the relay saw a connection to this origin open meanwhile, don't say reused.
        const qint64 sent = m_hop.requestSent ? *m_hop.requestSent : now();
        const WireAttribution opened =
            WireAttribution::find(m_client->wireTap()->log(), url.host(), port,
                                  m_originNs + qMax<qint64>(m_hop.issued, 0), m_originNs + sent);
        m_reuseUncertain = !opened.candidates.isEmpty();
        return;
    }
    const qint64 end = m_hop.encrypted     ? *m_hop.encrypted
                       : m_hop.requestSent ? *m_hop.requestSent
                       : m_hop.done        ? *m_hop.done
                                           : now();
    m_wire = WireAttribution::find(m_client->wireTap()->log(), url.host(), port,
                                   m_originNs + qMax<qint64>(m_hop.issued, 0), m_originNs + end);
    if (!m_wire.connection) {
        // Qt retries a refused connect once: when every connection it made for this origin
        // in the hop's window failed, the last one says what happened.
        const bool allFailed = !m_wire.candidates.isEmpty()
                               && std::all_of(m_wire.candidates.cbegin(), m_wire.candidates.cend(),
                                              [](const WireConnection &c) {
                                                  return c.failure != WireConnection::Failure::None;
                                              });
        if (failedEarly && allFailed)
            describeWireFailure(m_wire.candidates.constLast());
        return;
    }
    const WireConnection &c = *m_wire.connection;
    if (!https && !c.tls && m_exchange.redirects.isEmpty()) {
        m_exchange.raw = RawTranscript{c.rawUp, c.rawDown, c.rawTruncated};
        checkChunkFraming();
    }
    if (m_exchange.error && c.failure != WireConnection::Failure::None)
        describeWireFailure(c);
}

void RequestRun::describeWireFailure(const WireConnection &c)
{
    const QUrl &url = m_prepared.url;
    const auto port = quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    // Say what the relay saw, with the addresses; Qt's own text stays in detail.
    Error &e = *m_exchange.error;
    const QString hostPort = url.host() + u':' + QString::number(port);
    switch (c.failure) {
    case WireConnection::Failure::Dns:
        e.kind = Error::Kind::Dns;
        e.message = QStringLiteral("the host name \"%1\" could not be found (the DNS lookup "
                                   "failed)")
                        .arg(url.host());
        e.detail =
            c.failureText + (e.detail.isEmpty() ? QString() : QStringLiteral("; ") + e.detail);
        break;
    case WireConnection::Failure::Refused:
        e.kind = Error::Kind::ConnectionRefused;
        e.message = QStringLiteral("connection refused by %1 (nothing listens there?); tried %2")
                        .arg(hostPort, attemptsText(c));
        break;
    case WireConnection::Failure::Unreachable:
    case WireConnection::Failure::Timeout:
        e.kind = Error::Kind::Other;
        e.message =
            QStringLiteral("%1 could not be reached; tried %2").arg(hostPort, attemptsText(c));
        break;
    default:
        break;
    }
}

void RequestRun::checkChunkFraming()
{
    // Qt 6.4 sometimes reports a chunked body cut short as complete: the framing the relay
    // saw decides. Only the first response of a fresh connection is in the bytes, and a raw
    // copy that hit its bound cannot say how the body ended.
    const RawTranscript &raw = *m_exchange.raw;
    if (raw.truncated || !m_exchange.response || m_prepared.method == QLatin1String("HEAD")
        || m_abortReason != AbortReason::None)
        return;
    const RawResponse framing = RawResponse::parse(raw.received);
    if (!framing.headComplete || !framing.chunked || framing.chunkedComplete)
        return;
    const QString why = framing.framingError
                            ? QStringLiteral("a chunk size line is not hexadecimal")
                            : QStringLiteral("the connection ended after %1 bytes of chunk data "
                                             "without the last (0-size) chunk")
                                  .arg(framing.chunkDataBytes);
    const QString detail = m_exchange.error ? m_exchange.error->message : QString();
    m_exchange.error = Error{Error::Kind::Protocol,
                             QStringLiteral("the chunked body is incomplete: ") + why, detail};
}

void RequestRun::applyWireTimings(Timings &t) const
{
    const WireConnection &c = *m_wire.connection;
    const HopClock &h = m_hop;
    const auto rel = [this](qint64 absolute) {
        return absolute - m_originNs;
    };
    t.tlsIncludedInConnect = false;
    t.sendIncludedInConnect = false;
    // Blocked ends when the relay got the SOCKS CONNECT: Qt's queueing, its network thread,
    // and the SOCKS greeting with the in-process relay (loopback, a fraction of a ms).
    if (c.connectRequestAt && rel(*c.connectRequestAt) >= h.issued)
        t.blocked = msBetween(h.issued, rel(*c.connectRequestAt));
    if (c.dnsStart && c.dnsEnd) {
        t.dns = msBetween(*c.dnsStart, *c.dnsEnd); // the lookup of this hop's own connection
        t.dnsCached = c.dnsCached;
    }
    if (c.tcpStart && c.tcpEnd)
        t.connect = msBetween(*c.tcpStart, *c.tcpEnd);
    if (!c.tcpEnd)
        return;
    const qint64 connected = rel(*c.tcpEnd);
    if (h.encrypted && *h.encrypted >= connected) {
        t.tls = msBetween(connected, *h.encrypted);
        if (h.requestSent && *h.requestSent >= *h.encrypted)
            t.send = msBetween(*h.encrypted, *h.requestSent);
    } else if (!h.encrypted && h.requestSent && *h.requestSent >= connected) {
        t.send = msBetween(connected, *h.requestSent);
    }
}

} // namespace wirescope
