#include "core/websocket/wstiming.h"

#include "core/http/transportsettings.h"
#include "core/http/wireattribution.h"
#include "core/http/wiretap.h"
#include "core/model/requestsettings.h"

#include <algorithm>

namespace wirescope {

namespace {

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

QString attemptsText(const WireConnection &c, quint16 port)
{
    QStringList tried;
    for (const WireAttempt &a : c.attempts) {
        const QString address = a.address.contains(u':') ? u'[' + a.address + u']' : a.address;
        tried.append(QStringLiteral("%1:%2 (%3)")
                         .arg(address)
                         .arg(port)
                         .arg(a.error.isEmpty() ? QStringLiteral("no answer") : a.error));
    }
    return tried.join(QStringLiteral(", "));
}

} // namespace

QString describeWsTimings(const WsTimings &t)
{
    const auto ms = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'f', 3) + QStringLiteral(" ms") : QStringLiteral("n/a");
    };
    QString text =
        QStringLiteral("DNS %1, TCP connect %2, %3 %4")
            .arg(ms(t.dns) + (t.dnsCached ? QStringLiteral(" (cached)") : QString()), ms(t.connect),
                 t.tlsInHandshake ? QStringLiteral("TLS + upgrade") : QStringLiteral("upgrade"),
                 ms(t.handshake));
    if (t.total)
        text += QStringLiteral(" (total %1)").arg(ms(t.total));
    return text;
}

bool wsUsesWireTap(const WireTap *tap, const ProxySettings &proxy, const QUrl &url)
{
    if (!tap || !tap->isListening() || QUrl::toAce(url.host()).size() > 255)
        return false;
    return goesDirect(proxy, url);
}

WsTimings wsTimingsFromWire(const WireAttribution &wire,
                            qint64 openAt,
                            std::optional<qint64> connectedAt,
                            bool tls)
{
    WsTimings t;
    t.tlsInHandshake = tls;
    if (connectedAt)
        t.total = msBetween(openAt, *connectedAt);
    if (!wire.connection) {
        t.note = wire.note.isEmpty() ? QStringLiteral("the relay saw no connection for this "
                                                      "opening, so DNS and TCP connect are not "
                                                      "measured")
                                     : wire.note;
        return t;
    }
    const WireConnection &c = *wire.connection;
    if (c.dnsStart && c.dnsEnd) {
        t.dns = msBetween(*c.dnsStart, *c.dnsEnd);
        t.dnsCached = c.dnsCached;
    }
    if (c.tcpStart && c.tcpEnd)
        t.connect = msBetween(*c.tcpStart, *c.tcpEnd);
    if (c.tcpEnd && connectedAt && *connectedAt >= *c.tcpEnd)
        t.handshake = msBetween(*c.tcpEnd, *connectedAt);
    return t;
}

std::optional<Error> wsWireFailure(const WireAttribution &wire, const QUrl &url)
{
    // Qt retries nothing for a WebSocket: the last connection the relay saw for the opening.
    if (wire.candidates.isEmpty())
        return std::nullopt;
    const WireConnection &c = wire.candidates.constLast();
    const auto port = quint16(url.port(url.scheme() == QLatin1String("wss") ? 443 : 80));
    const QString hostPort = url.host() + u':' + QString::number(port);
    switch (c.failure) {
    case WireConnection::Failure::Dns:
        return Error{Error::Kind::Dns,
                     QStringLiteral("the host name \"%1\" could not be found (the DNS lookup "
                                    "failed)")
                         .arg(url.host()),
                     c.failureText};
    case WireConnection::Failure::Refused:
        return Error{Error::Kind::ConnectionRefused,
                     QStringLiteral("connection refused by %1 (nothing listens there?); tried %2")
                         .arg(hostPort, attemptsText(c, port))};
    case WireConnection::Failure::Unreachable:
    case WireConnection::Failure::Timeout:
        return Error{Error::Kind::Other, QStringLiteral("%1 could not be reached; tried %2")
                                             .arg(hostPort, attemptsText(c, port))};
    default:
        return std::nullopt;
    }
}

} // namespace wirescope
