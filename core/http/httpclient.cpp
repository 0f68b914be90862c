#include "core/http/httpclient.h"

#include "core/http/cookiejar.h"
#include "core/http/requestrun.h"
#include "core/http/wiretap.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace wirescope {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_cookieJar(new CookieJar)
    , m_dynamic(DynamicVariables::system())
{
    m_network->setCookieJar(m_cookieJar); // the manager takes ownership
    // Redirects are followed by RequestRun itself so that every hop is recorded.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
    // Replies are re-parented to the RequestRun that owns them; the run answers challenges.
    connect(m_network, &QNetworkAccessManager::authenticationRequired, this,
            [](QNetworkReply *reply, QAuthenticator *authenticator) {
                if (auto *run = qobject_cast<RequestRun *>(reply->parent()))
                    run->answerAuthentication(reply, authenticator);
            });
}

HttpClient::~HttpClient()
{
    // Replies (children of runs, children of this) must go before the relay's thread stops.
    qDeleteAll(findChildren<RequestRun *>(Qt::FindDirectChildrenOnly));
}

HttpClient::Options HttpClient::Options::fromEnvironment()
{
    Options options;
    options.useWireTap = WireTap::wantedFromEnvironment();
    return options;
}

void HttpClient::setOptions(const Options &options)
{
    m_options = options;
    if (!m_options.useWireTap)
        m_wireTap.reset();
}

WireTap *HttpClient::wireTap()
{
    if (!m_options.useWireTap)
        return nullptr;
    if (!m_wireTap)
        m_wireTap = std::make_unique<WireTap>();
    return m_wireTap->isListening() ? m_wireTap.get() : nullptr;
}

RequestRun *HttpClient::send(const Request &request, const VariableContext &context)
{
    auto *run = new RequestRun(this, request, context);
    run->startLater();
    return run;
}

CookieJar *HttpClient::cookieJar() const
{
    return m_cookieJar;
}

void HttpClient::useTlsIdentity(const QString &origin, const QByteArray &identity)
{
    const auto it = m_tlsIdentities.constFind(origin);
    if (it != m_tlsIdentities.constEnd() && *it != identity)
        m_network->clearConnectionCache();
    m_tlsIdentities.insert(origin, identity);
}

void HttpClient::closeIdleConnections()
{
    m_network->clearConnectionCache();
}

} // namespace wirescope
