#include "tests/bench/wsfloodproducer.h"

#include <QCryptographicHash>
#include <QList>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wirescope::bench {

namespace {

constexpr int kBatchFrames = 8192;

QByteArray textFrame(const QByteArray &payload)
{
    QByteArray f;
    f.append(char(0x81)); // FIN + text
    const qsizetype n = payload.size();
    if (n < 126) {
        f.append(char(n));
    } else if (n < 65536) {
        f.append(char(126));
        f.append(char(n >> 8));
        f.append(char(n & 0xff));
    } else {
        f.append(char(127));
        for (int i = 7; i >= 0; --i)
            f.append(char((quint64(n) >> (8 * i)) & 0xff));
    }
    return f + payload;
}

bool sendAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

WsFloodProducer::WsFloodProducer(qint64 messages, int payloadSize)
    : m_messages(messages)
{
    static const char alphabet[] = "0123456789abcdef";
    m_payload.resize(payloadSize);
    for (int i = 0; i < payloadSize; ++i)
        m_payload[i] = alphabet[i % 16];
    const QByteArray one = textFrame(m_payload);
    m_batch.reserve(one.size() * kBatchFrames);
    for (int i = 0; i < kBatchFrames; ++i)
        m_batch += one;
}

WsFloodProducer::~WsFloodProducer()
{
    m_stop = true;
    if (m_listenFd >= 0)
        ::shutdown(m_listenFd, SHUT_RDWR);
    if (m_thread)
        m_thread->join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

bool WsFloodProducer::start(QString *error)
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::listen(m_listenFd, 4) != 0
        || ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_port = ntohs(addr.sin_port);
    m_thread = std::make_unique<std::thread>([this] { run(); });
    return true;
}

QUrl WsFloodProducer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/flood").arg(m_port));
}

void WsFloodProducer::run()
{
    while (!m_stop) {
        const int fd = ::accept(m_listenFd, nullptr, nullptr);
        if (fd < 0) {
            if (errno == EINTR)
                continue;
            return; // shut down
        }
        serve(fd);
        ::close(fd);
    }
}

void WsFloodProducer::serve(int fd)
{
    QByteArray request;
    char buf[4096];
    while (!request.contains("\r\n\r\n")) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            return;
        request.append(buf, n);
    }
    QByteArray key;
    for (const QByteArray &line : request.split('\n')) {
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(18).trimmed();
    }
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                 QCryptographicHash::Sha1)
            .toBase64();
    const QByteArray response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                                + accept + "\r\n\r\n";
    if (!sendAll(fd, response.constData(), response.size()))
        return;
    const qsizetype frameSize = m_batch.size() / kBatchFrames;
    qint64 left = m_messages;
    while (left > 0 && !m_stop) {
        const qint64 frames = std::min<qint64>(left, kBatchFrames);
        if (!sendAll(fd, m_batch.constData(), frames * frameSize))
            return;
        left -= frames;
    }
    const char close[] = {char(0x88), 2, char(0x03), char(0xe8)}; // 1000
    sendAll(fd, close, sizeof close);
    // Wait for the client's close (or its disconnect) so that nothing is cut short.
    pollfd p{fd, POLLIN, 0};
    for (int i = 0; i < 100 && !m_stop; ++i) {
        if (::poll(&p, 1, 100) > 0) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                break;
        }
    }
}

} // namespace wirescope::bench
