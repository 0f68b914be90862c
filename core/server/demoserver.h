#pragma once

#include "core/model/error.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QTcpSocket;
class QHttpServerRequest;

namespace wirescope {
struct Collection;
}

namespace wirescope::server {

class DemoHttpEngine;
class MockResponder;
class WebSocketHub;
struct ServerRequest;
struct ServerResponse;

/// Where and how the demo server listens.
struct DemoServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;        ///< 0: any free port
    QString certificateFile; ///< PEM; with keyFile, the server speaks HTTPS and WSS only
    QString keyFile;         ///< PEM private key (RSA or EC, unencrypted)
};

/// The embedded demo server: httpbin-like HTTP endpoints (see HttpbinResponder), or the
/// saved examples of a collection in mock mode (see MockResponder), plus WebSocket echo and
/// chat endpoints (see WebSocketHub) on the same port.
///
/// Built on QtHttpServer 6.4's QAbstractHttpServer, which parses requests, runs TLS and hands
/// over WebSocket upgrades. Responses are written to the socket by this class rather than
/// QHttpServerResponder: 6.4's responder aborts (std::map::at) on status codes outside its
/// table, and cannot send delayed, chunked or generated bodies.
class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    /// Starts listening. Fails with a message naming the address, the port or the file
    /// when the port is taken or the certificate or key cannot be read.
    Result<void> listen(const DemoServerOptions &options);

    /// Stops accepting connections and closes the WebSocket connections.
    void close();

    bool isListening() const;
    bool isTls() const { return m_tls; }
    quint16 port() const { return m_port; }

    /// "http://127.0.0.1:PORT" (https with TLS); empty until listen() succeeded.
    QUrl httpUrl() const;
    /// "ws://127.0.0.1:PORT/ws" (wss with TLS): /ws/echo and /ws/chat live below it.
    QUrl webSocketUrl() const;

    /// Mock mode: answer from @p collection's saved examples instead of the httpbin-like
    /// endpoints (WebSocket endpoints stay). Returns the number of saved requests with examples.
    int setMockCollection(const Collection &collection);

signals:
    /// One request was answered (for a delayed answer: when it was sent). @p target is the
    /// path with its query; @p status is 101 for a WebSocket upgrade.
    void requestServed(const QString &method, const QString &target, int status, double durationMs);
    /// A WebSocket connection opened, closed or was rejected (an unknown path): @p event is
    /// "open", "close" or "rejected".
    void webSocketEvent(const QString &path, const QString &event);

private:
    friend class DemoHttpEngine;
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void send(QTcpSocket *socket,
              const ServerRequest &request,
              const ServerResponse &response,
              qint64 startedNs,
              int ticket);
    /// Writes @p response; false when a generated body is still being written (the socket's
    /// ResponseQueue is told when it is done).
    bool write(QTcpSocket *socket,
               const ServerRequest &request,
               const ServerResponse &response,
               qint64 startedNs);

    DemoHttpEngine *m_engine = nullptr; // child
    WebSocketHub *m_hub = nullptr;      // child
    std::unique_ptr<MockResponder> m_mock;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace wirescope::server
