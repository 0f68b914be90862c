#include "ssetestserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

SseTestServer::SseTestServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SseTestServer::onNewConnection);
}

SseTestServer::~SseTestServer() = default;

bool SseTestServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl SseTestServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path));
}

QByteArray SseTestServer::streamHead(const QByteArray &contentType)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType
           + "\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
}

void SseTestServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, buffer] {
            delete buffer;
            ++m_disconnects;
            socket->deleteLater();
            emit clientDisconnected();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            qsizetype end;
            while ((end = buffer->indexOf("\r\n\r\n")) >= 0) { // GETs only: no bodies
                const QByteArray head = buffer->left(end + 4);
                buffer->remove(0, end + 4);
                const int index = int(m_requests.size());
                m_requests.append(head);
                if (m_handler)
                    m_handler(socket, index, head);
            }
        });
    }
}
