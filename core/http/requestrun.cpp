#include "core/http/requestrun.h"

#include "core/http/cookiejar.h"
#include "core/http/httpclient.h"
#include "core/http/monotonicclock.h"
#include "core/http/tlsinspect.h"
#include "core/http/transportsettings.h"
#include "core/http/wiretap.h"
#include "core/vars/resolver.h"
#include "core/vars/unresolved.h"

#include <QAuthenticator>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslKey>
#include <QTimer>

namespace wirescope {

namespace {
constexpr qint64 kReadBufferBytes = 1024 * 1024;
} // namespace

namespace {

constexpr double s_nsPerMs = 1e6;

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

RequestRun::RequestRun(HttpClient *client, const Request &request, const VariableContext &context)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_context(context)
{
    m_exchange.request = request;
}

RequestRun::~RequestRun()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void RequestRun::startLater()
{
    QMetaObject::invokeMethod(this, &RequestRun::start, Qt::QueuedConnection);
}

void RequestRun::cancel()
{
    if (!m_finished)
        abortWith(AbortReason::Cancelled);
}

void RequestRun::start()
{
    if (m_finished)
        return;
    m_clock.start();
    m_originNs = monotonicNs();
    m_exchange.startedAt = QDateTime::currentDateTimeUtc();

    const Request resolved = resolveRequest(m_request, m_context, m_client->dynamicVariables(),
                                            &m_exchange.unresolvedVariables);
    if (!m_exchange.unresolvedVariables.isEmpty()) {
        m_exchange.warnings.append(QStringLiteral("unresolved variables: ")
                                   + m_exchange.unresolvedVariables.join(QStringLiteral(", ")));
    }
    // A {{variable}} left in the scheme, host or port can only produce Qt's complaint about
    // its percent-encoded braces: say which one, and send nothing. In the path or query it is
    // sent as typed with a warning, as Postman and newman do (the window asks first).
    const QStringList urlNames = variableNamesInOrigin(resolved.url);
    if (!urlNames.isEmpty()) {
        return fail(Error::Kind::InvalidRequest,
                    QStringLiteral("the URL cannot be built: %1; nothing was sent")
                        .arg(describeUnresolved(urlNames, m_context)));
    }
    auto prepared = prepareRequest(resolved);
    if (!prepared)
        return fail(prepared.error());
    m_prepared = std::move(prepared).value();
    m_exchange.warnings += m_prepared.warnings;
    m_request.settings = resolved.settings;

    const RequestSettings &settings = m_request.settings;
    if (m_prepared.url.scheme() == QLatin1String("https")) {
        auto config = tlsConfiguration();
        if (!config)
            return fail(config.error());
        m_sslConfig = *config;
        m_exchange.tls = TlsInfo{};
        m_exchange.tls->insecure = settings.tls.insecure;
        if (settings.tls.insecure) {
            m_exchange.warnings.append(QStringLiteral(
                "TLS certificate verification is OFF for this request: every error is accepted"));
        }
    }
    m_maxBytes = settings.maxResponseBytes > 0 ? settings.maxResponseBytes
                                               : m_client->options().defaultMaxResponseBytes;
    if (settings.timeoutMs > 0) {
        m_totalTimer = new QTimer(this);
        m_totalTimer->setSingleShot(true);
        m_totalTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
        connect(m_totalTimer, &QTimer::timeout, this, [this] { abortWith(AbortReason::Timeout); });
        m_totalTimer->start(settings.timeoutMs);
    }
    const int headGuard = m_client->options().priorKnowledgeHeadTimeoutMs;
    if (settings.httpVersion == HttpVersionPolicy::Http2PriorKnowledge && settings.timeoutMs <= 0
        && headGuard > 0) {
        auto *guard = new QTimer(this);
        guard->setSingleShot(true);
        connect(guard, &QTimer::timeout, this, [this] {
            if (!m_hop.headers)
                abortWith(AbortReason::NoHttp2Answer);
        });
        guard->start(headGuard);
    }
    if (settings.inactivityTimeoutMs > 0) {
        m_inactivityTimer = new QTimer(this);
        m_inactivityTimer->setSingleShot(true);
        m_inactivityTimer->setTimerType(Qt::PreciseTimer);
        connect(m_inactivityTimer, &QTimer::timeout, this,
                [this] { abortWith(AbortReason::Inactivity); });
        m_inactivityTimer->start(settings.inactivityTimeoutMs);
    }
    lookUpHost();
}

void RequestRun::lookUpHost()
{
    // The lookup fills Qt's host cache, which the manager's own lookup then hits, so the time
    // measured here is the lookup the exchange needed. Skipped (null) for IP literals and
    // explicit proxies, which resolve the name themselves.
    const QString host = m_prepared.url.host();
    const ProxyMode proxy = m_request.settings.proxy.mode;
    if (!QHostAddress(host).isNull() || proxy == ProxyMode::Http || proxy == ProxyMode::Socks5
        || useWireTap())
        return startHop(); // the relay resolves (and times) the name itself
    m_dnsStart = now();
    QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        if (m_finished)
            return;
        m_dnsEnd = now();
        if (info.error() != QHostInfo::NoError) {
            return fail(Error{Error::Kind::Dns,
                              QStringLiteral("the host name \"%1\" could not be found (the DNS "
                                             "lookup failed)")
                                  .arg(host),
                              info.errorString()});
        }
        startHop();
    });
}

Result<QSslConfiguration> RequestRun::tlsConfiguration() const
{
    return sslConfigurationFor(m_request.settings.tls);
}

void RequestRun::startHop()
{
    if (m_finished)
        return;
    m_hop = HopClock{};
    m_hop.issued = now();
    const RequestSettings &settings = m_request.settings;

    QNetworkRequest req(m_prepared.url);
    for (const auto &[name, value] : wireHeaders(m_prepared.headers))
        req.setRawHeader(name, value);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    // No cache attributes: the manager has no cache, and AlwaysNetwork would make Qt add
    // Cache-Control and Pragma headers the user never asked for.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute,
                     settings.httpVersion != HttpVersionPolicy::Http1Only);
    req.setAttribute(QNetworkRequest::Http2DirectAttribute,
                     settings.httpVersion == HttpVersionPolicy::Http2PriorKnowledge);
    if (!settings.useCookieJar) {
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    }
    if (m_prepared.url.scheme() == QLatin1String("https")) {
        req.setSslConfiguration(m_sslConfig);
        m_client->useTlsIdentity(m_prepared.url.authority(), tlsIdentity(settings.tls));
    }

    m_sentCookies =
        settings.useCookieJar ? m_client->cookieJar()->cookieHeaderFor(m_prepared.url) : QString();
    QNetworkAccessManager *nam = m_client->network();
    // The manager's proxy applies to replies created after it is set (Qt keys its connection
    // pool by proxy too), so per-request proxies do not mix connections.
    m_viaTap = useWireTap();
    m_wire = WireAttribution{};
    m_reuseUncertain = false;
    // Every direct connection goes through the relay as an HTTP CONNECT tunnel. Its proxy has
    // no CachingCapability, so Qt uses it as a transparent proxy for plain HTTP too (origin-form
    // requests inside the tunnel, exactly as sent directly), never as a caching proxy. It is
    // one round trip where SOCKS5 with credentials takes three, and Qt 6.4's HTTP proxy socket
    // engine moves the bytes with less work than its SOCKS5 one (tests/bench/bench-wiretap.sh).
    if (m_viaTap) {
        nam->setProxy(m_client->wireTap()->tunnelProxy(true));
    } else {
        nam->setProxy(proxyFor(settings.proxy));
    }

    const QByteArray verb = m_prepared.method.toLatin1();
    QNetworkReply *reply = nullptr;
    if (m_prepared.hasBody) {
        if (!m_prepared.bodyFile.isEmpty()) {
            auto file = std::make_unique<QFile>(m_prepared.bodyFile);
            if (!file->open(QIODevice::ReadOnly)) {
                return fail(Error::Kind::File, QStringLiteral("cannot read the body file %1: %2")
                                                   .arg(m_prepared.bodyFile, file->errorString()));
            }
            req.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
            m_uploadDevice = std::move(file);
            reply = nam->sendCustomRequest(req, verb, m_uploadDevice.get());
        } else {
            reply = nam->sendCustomRequest(req, verb, m_prepared.body);
        }
    } else if (verb == "HEAD") {
        reply = nam->head(req); // a custom "HEAD" would wait for a body that never comes
    } else if (verb == "GET") {
        reply = nam->get(req);
    } else {
        reply = nam->sendCustomRequest(req, verb);
    }
    reply->setParent(this);
    // Bound what Qt's network thread buffers ahead of us: each readyRead then hands over at
    // most this much, so storing a large body never holds the UI thread for long (and Qt
    // stops reading the socket meanwhile rather than piling the body up in memory).
    // Through a SOCKS5 proxy Qt 6.4 stalled a reply whose read buffer is bounded: it stopped
    // reading when the buffer was full and was not always woken again (seen with microsocks
    // too). The relay is a CONNECT tunnel now, not retried with a bounded buffer, so through
    // it the buffer stays unbounded and the UI thread still takes at
    // most kReadBufferBytes per turn (see onReplyReadyRead).
    reply->setReadBufferSize(m_viaTap ? 0 : kReadBufferBytes);
    m_reply = reply;

    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        m_hop.connectStart = now();
        touchActivity();
    });
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        m_hop.encrypted = now();
        // Qt's network thread waits for this slot (a BlockingQueuedConnection): the moment
        // when the relay may give its sockets the server connections (WireTap::handOverTls).
        if (m_viaTap)
            m_client->wireTap()->handOverTls();
        touchActivity();
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (!m_hop.requestSent)
            m_hop.requestSent = now();
        touchActivity();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &RequestRun::onReplyMetaData);
    connect(reply, &QNetworkReply::readyRead, this, [this] { onReplyReadyRead(); });
    connect(reply, &QNetworkReply::sslErrors, this, &RequestRun::onReplySslErrors);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        touchActivity();
        emit uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        touchActivity();
        m_lastDownload = {received, total};
        if (!isFollowedRedirect())
            emit downloadProgress(received, total);
    });
    connect(reply, &QNetworkReply::finished, this, &RequestRun::onReplyFinished);
}

void RequestRun::touchActivity()
{
    if (m_inactivityTimer)
        m_inactivityTimer->start();
}

void RequestRun::onReplyMetaData()
{
    touchActivity();
    if (m_hop.headers)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_hop.headers = now();
    if (isFollowedRedirect())
        return; // a hop, not the final response
    emit headersReceived(responseHead());
}

void RequestRun::onReplyReadyRead(bool all)
{
    touchActivity();
    if (!m_reply)
        return;
    QByteArray bytes = all ? m_reply->readAll() : m_reply->read(kReadBufferBytes);
    if (!all && !m_drainQueued && m_reply->bytesAvailable() > 0) {
        m_drainQueued = true; // the rest on the next turn, so one turn stays short
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_drainQueued = false;
                if (!m_finished && m_abortReason == AbortReason::None)
                    onReplyReadyRead();
            },
            Qt::QueuedConnection);
    }
    if (isFollowedRedirect())
        return; // redirect bodies are not kept
    if (m_streamBody) {
        if (bytes.isEmpty())
            return;
        m_streamedBytes += bytes.size();
        emit bodyBytesReceived(bytes); // the receiver may cancel() or delete us later
        return;
    }
    if (m_body.size() + bytes.size() > m_maxBytes) {
        bytes.truncate(m_maxBytes - m_body.size());
        m_body.append(bytes, m_client->options().memoryThreshold, &m_bodyWriteError);
        m_body.setTruncated(true);
        return abortWith(AbortReason::TooLarge);
    }
    if (!m_body.append(bytes, m_client->options().memoryThreshold, &m_bodyWriteError))
        abortWith(AbortReason::BodyWrite);
}

void RequestRun::onReplySslErrors(const QList<QSslError> &errors)
{
    TlsInfo &tls = *m_exchange.tls;
    fillSessionInfo(tls, m_reply->sslConfiguration());
    QList<QSslError> accepted;
    for (const QSslError &error : errors) {
        const TlsError e = tlsError(error);
        tls.errors.append(e);
        bool ok = m_request.settings.tls.insecure;
        for (const IgnoredTlsError &ignored : m_request.settings.tls.ignoredErrors) {
            if (ignored.error == e.code
                && (ignored.certificateSha256.isEmpty()
                    || ignored.certificateSha256.compare(e.certificateSha256, Qt::CaseInsensitive)
                           == 0))
                ok = true;
        }
        if (ok) {
            tls.acceptedErrors.append(e);
            accepted.append(error);
        }
        if (tls.chain.isEmpty() && !error.certificate().isNull())
            tls.chain.append(certificateInfo(error.certificate()));
    }
    if (accepted.size() == errors.size())
        m_reply->ignoreSslErrors(errors);
}

void RequestRun::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    m_hop.done = now();
    if (m_abortReason == AbortReason::None)
        onReplyReadyRead(true);
    const QVariant statusAttr = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.toInt();
    const bool transportError =
        m_reply->error() != QNetworkReply::NoError && !isHttpStatusError(m_reply->error(), status);
    if (m_abortReason == AbortReason::None && !transportError && followRedirect(status))
        return;
    if (m_exchange.tls) {
        fillSessionInfo(*m_exchange.tls, m_reply->sslConfiguration());
        const TlsInfo &tls = *m_exchange.tls;
        m_exchange.tls->verified = tls.errors.isEmpty() && !tls.chain.isEmpty();
    }
    if (statusAttr.isValid()) {
        Response response = responseHead();
        response.body = m_body;
        m_exchange.response = response;
    }
    if (m_abortReason != AbortReason::None || transportError)
        m_exchange.error = errorFromReply();
    else if (const auto shortBy = missingBodyBytes())
        m_exchange.error =
            Error{Error::Kind::ConnectionReset,
                  QStringLiteral("the connection closed before the body was complete: "
                                 "%1 of %2 bytes arrived")
                      .arg(m_lastDownload.first)
                      .arg(m_lastDownload.second)};
    finish();
}

bool RequestRun::followRedirect(int status)
{
    const RequestSettings &settings = m_request.settings;
    if (!isFollowedRedirect())
        return false;
    const QString location = QString::fromUtf8(m_reply->rawHeader("Location"));
    const QUrl current = m_prepared.url;
    const QUrl target = current.resolved(QUrl(location, QUrl::TolerantMode));
    m_exchange.redirects.append(RedirectHop{status, current.toString(QUrl::FullyEncoded),
                                            target.toString(QUrl::FullyEncoded),
                                            double(now()) / s_nsPerMs});
    if (m_exchange.redirects.size() > settings.maxRedirects) {
        fail(Error::Kind::TooManyRedirects,
             QStringLiteral("stopped after %1 redirects (the limit); the last one pointed to %2")
                 .arg(settings.maxRedirects)
                 .arg(target.toString()));
        return true;
    }
    const QString scheme = target.scheme().toLower();
    if (!target.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fail(Error::Kind::InvalidRequest,
             QStringLiteral("the server redirected to \"%1\", which is not an http(s) URL")
                 .arg(location));
        return true;
    }
    // 303, and 301/302 after POST, become GET without a body (what browsers and curl -L do).
    QString method = m_prepared.method;
    if ((status == 303 && method != QLatin1String("HEAD"))
        || ((status == 301 || status == 302) && method == QLatin1String("POST"))) {
        method = QStringLiteral("GET");
        m_prepared.hasBody = false;
        m_prepared.body.clear();
        m_prepared.bodyFile.clear();
        m_prepared.bodySize = 0;
        m_prepared.headers.removeIf([](const KeyValue &h) {
            return h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0
                   || h.name.compare(QLatin1String("Content-Length"), Qt::CaseInsensitive) == 0;
        });
    }
    const QString key = method + u' ' + target.toString(QUrl::FullyEncoded);
    if (m_visited.isEmpty())
        m_visited.append(m_prepared.method + u' ' + current.toString(QUrl::FullyEncoded));
    if (m_visited.contains(key)) {
        fail(Error::Kind::TooManyRedirects,
             QStringLiteral("redirect loop: %1 was already visited in this exchange")
                 .arg(target.toString()));
        return true;
    }
    m_visited.append(key);
    if (current.scheme() == QLatin1String("https") && scheme == QLatin1String("http"))
        m_exchange.warnings.append(QStringLiteral("redirected from HTTPS to plain HTTP: ")
                                   + target.toString());
    if (target.host() != current.host() || target.port() != current.port()) {
        // Credentials are for the origin the user named, as curl does without --location-trusted.
        m_prepared.headers.removeIf([](const KeyValue &h) {
            return h.name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
        });
        m_prepared.digest = false;
    }
    if (target.scheme() == QLatin1String("https") && !m_exchange.tls) {
        auto config = tlsConfiguration();
        if (!config) {
            fail(config.error());
            return true;
        }
        m_sslConfig = *config;
        m_exchange.tls = TlsInfo{};
        m_exchange.tls->insecure = settings.tls.insecure;
    }
    m_prepared.method = method;
    m_prepared.url = target;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    m_uploadDevice.reset();
    m_body = ResponseBody();
    m_lastDownload = {0, -1};
    m_authAnswered = false;
    startHop();
    return true;
}

std::optional<qint64> RequestRun::missingBodyBytes() const
{
    // Qt 6.4 can report success when a kept-alive connection closes mid-body (seen with a
    // reset after 1,000 of 100,000 announced bytes), so check the announced length ourselves.
    if (m_prepared.method == QLatin1String("HEAD"))
        return std::nullopt;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 204 || status == 304 || (status >= 100 && status < 200))
        return std::nullopt;
    const auto [received, total] = m_lastDownload;
    if (total > 0 && received < total)
        return total - received;
    return std::nullopt;
}

bool RequestRun::isFollowedRedirect() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return m_request.settings.followRedirects && isRedirectStatus(status)
           && m_reply->hasRawHeader("Location");
}

Response RequestRun::responseHead() const
{
    Response r;
    r.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reason = QString::fromUtf8(
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    r.httpVersion = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
                        ? QStringLiteral("2")
                        : QStringLiteral("1.1");
    r.headerBytes = 12 + r.reason.size() + 2;
    for (const auto &[name, value] : m_reply->rawHeaderPairs()) {
        r.headers.append(KeyValue{QString::fromLatin1(name), QString::fromUtf8(value), true, {}});
        r.headerBytes += name.size() + value.size() + 4;
    }
    r.contentType = firstValue(r.headers, u"Content-Type");
    return r;
}

Error RequestRun::errorFromReply() const
{
    const RequestSettings &settings = m_request.settings;
    switch (m_abortReason) {
    case AbortReason::Cancelled:
        return {Error::Kind::Cancelled, QStringLiteral("cancelled")};
    case AbortReason::Timeout:
        return {Error::Kind::Timeout,
                QStringLiteral("the total timeout of %1 ms ran out %2")
                    .arg(settings.timeoutMs)
                    .arg(m_hop.headers ? QStringLiteral("during the download")
                                       : QStringLiteral("before the response head arrived"))};
    case AbortReason::Inactivity:
        return {Error::Kind::InactivityTimeout,
                QStringLiteral("the inactivity timeout ran out: no data moved for %1 ms %2")
                    .arg(settings.inactivityTimeoutMs)
                    .arg(m_hop.headers ? QStringLiteral("during the download")
                                       : QStringLiteral("while waiting for the response head"))};
    case AbortReason::TooLarge:
        return {Error::Kind::TooLarge,
                QStringLiteral("the response is larger than the limit of %1 bytes; the download "
                               "was stopped and the first %1 bytes kept")
                    .arg(m_maxBytes)};
    case AbortReason::NoHttp2Answer:
        return {Error::Kind::Protocol,
                QStringLiteral("no HTTP/2 response head within %1 ms with HTTP/2 prior knowledge; "
                               "a server that speaks only HTTP/1.x never answers one (send without "
                               "prior knowledge)")
                    .arg(m_client->options().priorKnowledgeHeadTimeoutMs)};
    case AbortReason::BodyWrite:
        return {Error::Kind::File, m_bodyWriteError};
    case AbortReason::None:
        break;
    }
    const QString detail = m_reply->errorString();
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        if (settings.proxy.mode == ProxyMode::Http || settings.proxy.mode == ProxyMode::Socks5) {
            // Qt reports a refused proxy connection as a plain refusal.
            return {Error::Kind::Proxy, QStringLiteral("the proxy %1:%2 refused the connection")
                                            .arg(settings.proxy.host)
                                            .arg(settings.proxy.port)};
        }
        return {Error::Kind::ConnectionRefused,
                QStringLiteral("connection refused by %1:%2 (nothing listens there?)")
                    .arg(m_prepared.url.host())
                    .arg(m_prepared.url.port(
                        m_prepared.url.scheme() == QLatin1String("https") ? 443 : 80))};
    case QNetworkReply::RemoteHostClosedError:
        return {Error::Kind::ConnectionReset,
                m_hop.headers
                    ? QStringLiteral("the server closed the connection before the body was "
                                     "complete (%1 bytes received): %2")
                          .arg(m_streamBody ? m_streamedBytes : m_body.size())
                          .arg(detail)
                    : QStringLiteral("the server closed the connection before sending a "
                                     "response: ")
                          + detail};
    case QNetworkReply::HostNotFoundError:
        return {Error::Kind::Dns,
                QStringLiteral("the host name \"%1\" could not be found (the DNS lookup failed)")
                    .arg(m_prepared.url.host()),
                detail};
    case QNetworkReply::TimeoutError:
        return {Error::Kind::Timeout, detail};
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList problems;
        if (m_exchange.tls) {
            for (const TlsError &e : m_exchange.tls->errors) {
                if (!m_exchange.tls->acceptedErrors.contains(e))
                    problems.append(e.message);
            }
        }
        if (problems.isEmpty()) {
            return {Error::Kind::Tls,
                    QStringLiteral("the TLS handshake with %1:%2 failed (is it an https:// server "
                                   "on that port, and does it offer a TLS version and cipher Qt "
                                   "accepts?)")
                        .arg(m_prepared.url.host())
                        .arg(m_prepared.url.port(443)),
                    detail};
        }
        return {Error::Kind::Tls, QStringLiteral("certificate verification failed: ")
                                      + problems.join(QStringLiteral("; "))
                                      + QStringLiteral(". To trust it for this request, accept "
                                                       "each error explicitly.")};
    }
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return {Error::Kind::Proxy, QStringLiteral("proxy error: ") + detail};
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return {Error::Kind::Protocol, QStringLiteral("malformed response: ") + detail};
    default:
        break;
    }
    if (detail.trimmed() == QLatin1String("Decompression failed:")) {
        // Qt 6.4 gives the same empty reason for a corrupt stream and for a compression bomb.
        return {Error::Kind::Other,
                QStringLiteral("decompressing the body (Content-Encoding: %1) failed: either it is "
                               "not valid %1 data, or its decompressed size exceeded %2 bytes at a "
                               "ratio Qt stops as a compression bomb (Qt 6.4 does not say which)")
                    .arg(QString::fromLatin1(m_reply->rawHeader("Content-Encoding")))
                    .arg(m_reply->request().decompressedSafetyCheckThreshold()),
                detail};
    }
    return {Error::Kind::Other, detail};
}

void RequestRun::answerAuthentication(QNetworkReply *reply, QAuthenticator *authenticator)
{
    // Answer a challenge once; a second challenge means the credentials were refused, and
    // leaving the authenticator empty hands the 401 to the user as the response.
    if (reply != m_reply || !m_prepared.digest || m_authAnswered)
        return;
    m_authAnswered = true;
    authenticator->setUser(m_prepared.digestUser);
    authenticator->setPassword(m_prepared.digestPassword);
}

void RequestRun::abortWith(AbortReason reason)
{
    if (m_finished || m_abortReason != AbortReason::None)
        return;
    m_abortReason = reason;
    if (m_reply) {
        m_reply->abort(); // emits finished(), handled in onReplyFinished()
        return;
    }
    fail(errorFromReply()); // no reply yet: the abort reason alone decides
}

void RequestRun::fail(Error::Kind kind, const QString &message)
{
    fail(Error{kind, message, {}});
}

void RequestRun::fail(Error error)
{
    if (m_finished)
        return;
    m_exchange.error = std::move(error);
    finish();
}

void RequestRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_totalTimer)
        m_totalTimer->stop();
    if (m_inactivityTimer)
        m_inactivityTimer->stop();
    if (!m_hop.done && m_clock.isValid())
        m_hop.done = now();
    recordSent();
    if (m_streamBody && m_exchange.response) {
        m_exchange.warnings.append(
            QStringLiteral("the body was streamed (%1 bytes) and not kept").arg(m_streamedBytes));
    }
    attributeWire();
    m_exchange.timings = computeTimings();
    m_exchange.finalUrl = m_prepared.url.toString(QUrl::FullyEncoded);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
    }
    emit finished(m_exchange);
}

Timings RequestRun::computeTimings() const
{
    Timings t;
    if (!m_clock.isValid())
        return t;
    const auto ms = [](qint64 from, qint64 to) {
        return double(to - from) / s_nsPerMs;
    };
    const HopClock &h = m_hop;
    t.total = double(h.done.value_or(now())) / s_nsPerMs;
    const bool gotAnswer = h.headers.has_value();
    t.reusedConnection = gotAnswer && !h.connectStart && !m_reuseUncertain;
    if (m_reuseUncertain)
        t.note = QStringLiteral("a connection to this origin opened while this request waited, "
                                "and Qt did not say whether it carried this request");
    if (m_dnsStart && m_dnsEnd && m_exchange.redirects.isEmpty() && !t.reusedConnection)
        t.dns = ms(*m_dnsStart, *m_dnsEnd);
    if (h.connectStart) {
        if (h.issued >= 0 && *h.connectStart >= h.issued)
            t.blocked = ms(h.issued, *h.connectStart);
        if (m_wire.connection) {
            applyWireTimings(t);
        } else if (m_viaTap) {
            // The relay's connection is unknown: Qt's own span would hide the relay's DNS
            // lookup inside "connect", so connect and TLS stay unmeasured (see the note).
            if (h.encrypted && h.requestSent && *h.requestSent >= *h.encrypted)
                t.send = ms(*h.encrypted, *h.requestSent);
        } else if (h.encrypted) {
            t.connect = ms(*h.connectStart, *h.encrypted);
            t.tlsIncludedInConnect = true;
            if (h.requestSent)
                t.send = ms(*h.encrypted, *h.requestSent);
        } else if (h.requestSent) {
            t.connect = ms(*h.connectStart, *h.requestSent);
            t.sendIncludedInConnect = true;
        }
    } else if (h.requestSent && h.issued >= 0) {
        t.send = ms(h.issued, *h.requestSent);
    }
    if (h.connectStart && !m_wire.connection)
        t.note = m_viaTap ? m_wire.note : m_tapNote;
    if (h.requestSent && h.headers && *h.headers >= *h.requestSent)
        t.wait = ms(*h.requestSent, *h.headers);
    if (h.headers && h.done)
        t.download = ms(*h.headers, *h.done);
    return t;
}

void RequestRun::recordSent()
{
    SentRequest &sent = m_exchange.sent;
    sent.method = m_prepared.method;
    sent.url = m_prepared.url.toString(QUrl::FullyEncoded);
    sent.headers.clear();
    sent.addedByEngine = m_prepared.addedByWirescope;
    for (const auto &[name, value] : wireHeaders(m_prepared.headers))
        sent.headers.append(
            KeyValue{QString::fromLatin1(name), QString::fromUtf8(value), true, {}});
    const auto engine = [&sent](const QString &name, const QString &value) {
        if (containsName(sent.headers, name))
            return;
        sent.headers.append(KeyValue{name, value, true, {}});
        sent.addedByEngine.append(name.toLower());
    };
    // What Qt 6.4 adds itself (QNetworkAccessManager and QHttpNetworkConnection); a test
    // compares this list with the bytes a raw server receives.
    const bool h2 = m_exchange.response && m_exchange.response->httpVersion == QLatin1String("2");
    if (!m_sentCookies.isEmpty())
        engine(QStringLiteral("Cookie"), m_sentCookies);
    if (m_prepared.hasBody)
        engine(QStringLiteral("Content-Length"), QString::number(m_prepared.bodySize));
    if (!h2)
        engine(QStringLiteral("Connection"), QStringLiteral("Keep-Alive"));
    engine(QStringLiteral("Accept-Encoding"), QStringLiteral("zstd, br, gzip, deflate"));
    engine(QStringLiteral("Accept-Language"), qtAcceptLanguage());
    const int port = m_prepared.url.port();
    const QString host = m_prepared.url.host();
    const QString hostText = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol
                                 ? u'[' + host + u']'
                                 : QString::fromLatin1(QUrl::toAce(host));
    engine(h2 ? QStringLiteral(":authority") : QStringLiteral("Host"),
           hostText + (port >= 0 ? u':' + QString::number(port) : QString()));
    sent.bodySize = m_prepared.bodySize;
    sent.bodyPreview = m_prepared.body.left(64 * 1024);
}

} // namespace wirescope
