#pragma once

#include "core/model/request.h"
#include "core/vars/resolver.h"
#include "core/vars/variablecontext.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace wirescope {

class CookieJar;
class RequestRun;
class WireTap;

/// The one HTTP engine: owns the QNetworkAccessManager (connection pool, HTTP/2 sessions,
/// cookie jar) that the GUI, the CLI, the runner and the tests all send through.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    struct Options
    {
        qint64 memoryThreshold = 8 * 1024 * 1024; ///< bodies beyond spill to a temp file
        qint64 defaultMaxResponseBytes = 1024LL * 1024 * 1024; ///< when a request sets no limit
        /// Qt 6.4 never finishes a reply when an HTTP/1.x server answers an HTTP/2
        /// prior-knowledge request; without a total timeout, such a request gives up after
        /// this long without a response head (0 = never).
        int priorKnowledgeHeadTimeoutMs = 30000;
        /// Route direct connections through the in-process SOCKS5 relay (WireTap), which
        /// times DNS, TCP connect and TLS apart and keeps the raw bytes of plain HTTP.
        bool useWireTap = true;

        /// The defaults, with WIRESCOPE_WIRETAP=off in the environment turning the relay off
        /// (how the CLI, the runner and the window are told, e.g. for a side-by-side benchmark).
        static Options fromEnvironment();
    };

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    /// Starts sending @p request with variables from @p context. Returns a handle (a child of
    /// this client) that reports progress and emits finished() exactly once, always after
    /// send() has returned, even for a request that fails validation. The caller deletes
    /// the handle (deleteLater) once done with it; deleting it earlier cancels the exchange.
    RequestRun *send(const Request &request, const VariableContext &context = {});

    CookieJar *cookieJar() const; // owned by the client

    const Options &options() const { return m_options; }
    void setOptions(const Options &options);

    /// The relay direct connections go through, started on first use; null when the option
    /// is off or the relay could not listen.
    WireTap *wireTap();

    /// Generators for {{$uuid}} and friends; tests inject fixed ones.
    void setDynamicVariables(const DynamicVariables &dynamic) { m_dynamic = dynamic; }
    const DynamicVariables &dynamicVariables() const { return m_dynamic; }

    /// Drops idle kept-alive connections, so the next request connects afresh.
    void closeIdleConnections();

    QNetworkAccessManager *network() const { return m_network; } // owned by the client

    /// Called by RequestRun before a TLS request. Qt pools connections by scheme, host, port
    /// and proxy only, so a connection opened with an accepted certificate error or a client
    /// certificate would silently serve a later request that has neither. When the TLS
    /// settings for an origin change, the idle connections are dropped first.
    void useTlsIdentity(const QString &origin, const QByteArray &identity);

private:
    QNetworkAccessManager *m_network = nullptr; // child
    CookieJar *m_cookieJar = nullptr;           // owned by m_network
    Options m_options;
    DynamicVariables m_dynamic;
    QHash<QString, QByteArray> m_tlsIdentities; ///< origin -> TLS settings its pool was built with
    std::unique_ptr<WireTap> m_wireTap;
};

} // namespace wirescope
