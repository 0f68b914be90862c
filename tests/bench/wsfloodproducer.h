#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>
#include <thread>

namespace wirescope::bench {

/// A local WebSocket server that is not the bottleneck: on its own thread, with blocking
/// POSIX sockets, it answers the upgrade handshake of each connection and then writes
/// @p messages pre-built unmasked text frames of @p payloadSize bytes in large batches, then
/// a close frame (1000). Connections are served one after another, each gets the whole flood.
/// For benchmarks only (loopback, no TLS, minimal HTTP parsing).
class WsFloodProducer final
{
public:
    WsFloodProducer(qint64 messages, int payloadSize = 16);
    ~WsFloodProducer(); ///< stops listening and joins the thread
    WsFloodProducer(const WsFloodProducer &) = delete;
    WsFloodProducer &operator=(const WsFloodProducer &) = delete;

    /// Listens on 127.0.0.1 (port picked by the kernel) and starts the thread.
    bool start(QString *error);
    QUrl url() const;
    qint64 messages() const { return m_messages; }
    /// The payload every frame carries (payloadSize bytes of text).
    QByteArray payload() const { return m_payload; }

private:
    void run();
    void serve(int fd);

    qint64 m_messages;
    QByteArray m_payload;
    QByteArray m_batch; // kBatchFrames frames back to back
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::unique_ptr<std::thread> m_thread;
};

} // namespace wirescope::bench
