#pragma once

#include "core/http/requestbuilder.h"
#include "core/http/wireattribution.h"
#include "core/model/exchange.h"
#include "core/vars/variablecontext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QAuthenticator;
class QIODevice;
class QNetworkReply;
class QSslError;
class QTimer;

namespace wirescope {

class HttpClient;

/// One exchange in flight (one request and the redirects it follows). Created by
/// HttpClient::send(); reports progress and emits finished() exactly once.
class RequestRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestRun)

public:
    RequestRun(HttpClient *client, const Request &request, const VariableContext &context);
    ~RequestRun() override;

    /// Stops the exchange; finished() follows with an Error of kind Cancelled.
    void cancel();
    bool isFinished() const { return m_finished; }
    /// The exchange so far (complete once finished() was emitted).
    const Exchange &exchange() const { return m_exchange; }

    /// Streams the final response's body: its bytes go out through bodyBytesReceived() as
    /// they arrive and are not kept (the exchange's body stays empty and a warning says how
    /// many bytes were streamed), and the response size limit does not apply, so an endless
    /// body (an event stream) takes no memory here. Call before the body arrives: at the
    /// latest from a handler of headersReceived().
    void setStreamBody(bool stream) { m_streamBody = stream; }
    bool streamsBody() const { return m_streamBody; }
    /// Body bytes handed out so far when streaming.
    qint64 streamedBytes() const { return m_streamedBytes; }

    // Used by HttpClient only.
    void startLater();
    void answerAuthentication(QNetworkReply *reply, QAuthenticator *authenticator);

signals:
    /// The response head of the final hop arrived (status, headers; body still coming).
    void headersReceived(const wirescope::Response &head);
    void downloadProgress(qint64 received, qint64 total); ///< total is -1 when unknown
    void uploadProgress(qint64 sent, qint64 total);
    /// With setStreamBody(true): the next bytes of the final response's body.
    void bodyBytesReceived(const QByteArray &bytes);
    void finished(const wirescope::Exchange &exchange);

private:
    enum class AbortReason {
        None,
        Cancelled,
        Timeout,
        Inactivity,
        TooLarge,
        BodyWrite,
        NoHttp2Answer
    };

    /// Event times of the current hop, in ns since the exchange started.
    struct HopClock
    {
        qint64 issued = -1;
        std::optional<qint64> connectStart;
        std::optional<qint64> encrypted;
        std::optional<qint64> requestSent;
        std::optional<qint64> headers;
        std::optional<qint64> done;
    };

    void start();
    void lookUpHost();
    void startHop();
    void onReplyMetaData();
    /// Stores what Qt has of the body: at most kReadBufferBytes per call unless @p all.
    void onReplyReadyRead(bool all = false);
    void onReplySslErrors(const QList<QSslError> &errors);
    void onReplyFinished();
    bool followRedirect(int status);
    /// The current reply is a redirect this exchange will follow (a hop, not the answer).
    bool isFollowedRedirect() const;
    void abortWith(AbortReason reason);
    void fail(Error::Kind kind, const QString &message);
    void fail(Error error);
    void finish();
    void touchActivity();
    Response responseHead() const;
    std::optional<qint64> missingBodyBytes() const;
    Timings computeTimings() const;
    /// The phases of a fresh connection from what the relay saw (see wiretiming.cpp).
    void applyWireTimings(Timings &t) const;
    void attributeWire();
    /// A chunked body whose framing (as the relay saw it) has no last chunk is an error.
    void checkChunkFraming();
    /// Puts what the relay saw of a failed connect (name, addresses) into the error.
    void describeWireFailure(const WireConnection &c);
    /// Whether the current hop goes through the client's WireTap, and the proxy for it.
    bool useWireTap() const;
    Error errorFromReply() const;
    Result<QSslConfiguration> tlsConfiguration() const;
    void recordSent();
    qint64 now() const;

    HttpClient *m_client; // not owned (our parent)
    Request m_request;
    VariableContext m_context;
    PreparedRequest m_prepared;
    QSslConfiguration m_sslConfig;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QIODevice> m_uploadDevice;
    QTimer *m_totalTimer = nullptr;      // child
    QTimer *m_inactivityTimer = nullptr; // child
    QElapsedTimer m_clock;
    qint64 m_originNs = 0;  ///< monotonicNs() when the exchange started: now() counts from it
    bool m_viaTap = false;  ///< the current hop went through the relay
    QString m_tapNote;      ///< why the current hop did not (an explicit proxy, ...)
    WireAttribution m_wire; ///< the relay's connection for the current hop
    bool m_reuseUncertain = false; ///< no connect signal, but the relay saw one open meanwhile
    std::optional<qint64> m_dnsStart;
    std::optional<qint64> m_dnsEnd;
    HopClock m_hop;
    Exchange m_exchange;
    ResponseBody m_body;
    qint64 m_maxBytes = 0;
    QPair<qint64, qint64> m_lastDownload{0, -1}; ///< last downloadProgress (received, total)
    QStringList m_visited;
    AbortReason m_abortReason = AbortReason::None;
    QString m_bodyWriteError;
    QString m_sentCookies; ///< the Cookie header the jar gave the current hop
    bool m_authAnswered = false;
    bool m_drainQueued = false;
    bool m_finished = false;
    bool m_streamBody = false;
    qint64 m_streamedBytes = 0;
};

} // namespace wirescope
