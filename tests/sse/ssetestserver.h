#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

/// An in-process HTTP/1.1 server on 127.0.0.1 for event-stream faults that real servers
/// won't produce on demand (a close mid-event, invalid UTF-8, a stream without blank lines).
/// The test's handler answers each request by writing to the socket itself.
class SseTestServer final : public QObject
{
    Q_OBJECT

public:
    /// @p index counts requests from 0; @p head is the raw request head.
    using Handler = std::function<void(QTcpSocket *socket, int index, const QByteArray &head)>;

    explicit SseTestServer(QObject *parent = nullptr);
    ~SseTestServer() override;

    bool listen();
    QUrl url(const QString &path = QStringLiteral("/events")) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QList<QByteArray> requests() const { return m_requests; }
    /// Connections the client has closed (or reset) so far.
    int disconnects() const { return m_disconnects; }

    /// The head of a 200 event-stream response without a length (the body ends at close).
    static QByteArray streamHead(const QByteArray &contentType = "text/event-stream");

signals:
    void clientDisconnected();

private:
    void onNewConnection();

    QTcpServer *m_server; // child
    Handler m_handler;
    QList<QByteArray> m_requests;
    int m_disconnects = 0;
};
