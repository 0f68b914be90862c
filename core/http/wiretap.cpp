#include "core/http/wiretap.h"

#include "core/http/socksrelay.h"
#include "core/http/wirelog.h"

#include <QRandomGenerator>
#include <QThread>

namespace wirescope {

namespace {

QByteArray randomToken()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

} // namespace

void WireTap::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

WireTap::WireTap()
    : m_log(std::make_unique<WireLog>())
    , m_user(randomToken())
    , m_password(randomToken())
{
    m_thread.reset(new QThread);
    m_thread->setObjectName(QStringLiteral("WireTap"));
    m_relay = new SocksRelay(m_log.get(), SocksSession::Credentials{m_user, m_password});
    m_relay->moveToThread(m_thread.get());
    // The relay (and every session, its children) is deleted on its own thread at the end.
    QObject::connect(m_thread.get(), &QThread::finished, m_relay, &QObject::deleteLater);
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_relay, [this, &port] { port = m_relay->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
}

WireTap::~WireTap() = default;

bool WireTap::wantedFromEnvironment()
{
    return qEnvironmentVariable("WIRESCOPE_WIRETAP") != QLatin1String("off");
}

QNetworkProxy WireTap::tunnelProxy() const
{
    QNetworkProxy proxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_port,
                        QString::fromLatin1(m_user), QString::fromLatin1(m_password));
    // Sent with the first CONNECT, so no 407 round trip precedes each new connection (Qt's
    // engine otherwise offers credentials only after being refused).
    proxy.setRawHeader("Proxy-Authorization",
                       SocksSession::Credentials{m_user, m_password}.basicAuthorization());
    proxy.setCapabilities(QNetworkProxy::TunnelingCapability
                          | QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

} // namespace wirescope
