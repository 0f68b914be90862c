#include "core/http/wiretap.h"

#include "core/http/connectrequest.h"
#include "core/http/relayloop.h"
#include "core/http/wirelog.h"

#include <QRandomGenerator>

namespace wirescope {

namespace {

QByteArray randomToken()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

} // namespace

WireTap::WireTap()
    : m_log(std::make_unique<WireLog>())
    , m_user(randomToken())
    , m_password(randomToken())
    , m_loop(std::make_unique<RelayLoop>(m_log.get(), RelayCredentials{m_user, m_password}))
{
    m_port = m_loop->start();
    m_handOver = qEnvironmentVariable("WIRESCOPE_WIRETAP_HANDOVER") != QLatin1String("off");
}

WireTap::~WireTap() = default;

bool WireTap::wantedFromEnvironment()
{
    return qEnvironmentVariable("WIRESCOPE_WIRETAP") != QLatin1String("off");
}

int WireTap::handOverTls()
{
    return m_handOver ? m_loop->handOver() : 0;
}

QNetworkProxy WireTap::tunnelProxy(bool handOverAfterTls) const
{
    QNetworkProxy proxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_port,
                        QString::fromLatin1(m_user), QString::fromLatin1(m_password));
    // Sent with the first CONNECT, so no 407 round trip precedes each new connection (Qt's
    // engine otherwise offers credentials only after being refused).
    proxy.setRawHeader("Proxy-Authorization",
                       RelayCredentials{m_user, m_password}.basicAuthorization());
    if (handOverAfterTls && m_handOver)
        proxy.setRawHeader(ConnectRequest::s_handOverHeader, "tls");
    proxy.setCapabilities(QNetworkProxy::TunnelingCapability
                          | QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

} // namespace wirescope
