#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

/// An in-process HTTP/1.1 server on 127.0.0.1 for faults real servers won't produce on
/// demand. The request path picks the behaviour:
///   /raw-echo            200 with the raw request head as the body
///   /reset-mid-body      Content-Length 100000, 1000 bytes, then a TCP reset
///   /truncated-chunked   one chunk, then close without the final 0-chunk
///   /stall-head          reads the request, never answers
///   /stall-body          head + 10 of 1000 bytes, then nothing
///   /loop-a, /loop-b     302 to each other
///   /drip                4 bytes every 100 ms, 20 times (keeps a slow but live download)
class FaultServer final : public QObject
{
    Q_OBJECT

public:
    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    bool listen();
    QUrl url(const QString &path) const;
    /// Raw heads of every request received, in order.
    QList<QByteArray> requests() const { return m_requests; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QByteArray &head);

    QTcpServer *m_server; // child
    QList<QByteArray> m_requests;
};
