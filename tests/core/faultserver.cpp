#include "faultserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

FaultServer::~FaultServer() = default;

bool FaultServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FaultServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path));
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QByteArray head = buffer.left(end + 4);
    qsizetype bodyLength = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            bodyLength = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + bodyLength) {
        socket->setProperty("buffer", buffer); // wait for the whole body (ignored)
        return;
    }
    socket->setProperty("buffer", buffer.mid(end + 4 + bodyLength));
    m_requests.append(head);
    respond(socket, head);
}

void FaultServer::respond(QTcpSocket *socket, const QByteArray &head)
{
    const QByteArray path = head.split(' ').value(1);
    if (path == "/raw-echo") {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                      + QByteArray::number(head.size()) + "\r\n\r\n" + head);
    } else if (path == "/reset-mid-body") {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + QByteArray(1000, 'x'));
        socket->flush();
        QTimer::singleShot(50, socket, [socket] {
            // SO_LINGER 0 turns close into a TCP RST, as a crashing server would cause.
            const linger l{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
            socket->abort();
        });
    } else if (path == "/truncated-chunked") {
        socket->write(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n");
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { socket->disconnectFromHost(); });
    } else if (path == "/stall-head") {
        // say nothing
    } else if (path == "/stall-body") {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n0123456789");
    } else if (path == "/loop-a" || path == "/loop-b") {
        const QByteArray to = path == "/loop-a" ? "/loop-b" : "/loop-a";
        socket->write("HTTP/1.1 302 Found\r\nLocation: " + to + "\r\nContent-Length: 0\r\n\r\n");
    } else if (path == "/drip") {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 80\r\n\r\n");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket, timer, n = 0]() mutable {
            socket->write("drip");
            if (++n == 20)
                timer->stop();
        });
        timer->start(100);
    } else {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    }
}
