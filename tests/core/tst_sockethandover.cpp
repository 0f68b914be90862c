#include "core/http/sockethandover.h"

#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>

using namespace wirescope;

namespace {

/// A connected loopback TCP pair made here: {client, accepted}; both -1 on failure.
std::array<int, 2> loopbackPair()
{
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    auto *any = reinterpret_cast<sockaddr *>(&address);
    if (listener < 0 || ::bind(listener, any, sizeof address) != 0 || ::listen(listener, 1) != 0
        || ::getsockname(listener, any, &length) != 0)
        return {-1, -1};
    const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (::connect(client, any, sizeof address) != 0)
        return {-1, -1};
    const int accepted = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
    ::close(listener);
    return {client, accepted};
}

quint16 peerPort(int fd)
{
    sockaddr_in peer{};
    socklen_t length = sizeof peer;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
        return 0;
    return ntohs(peer.sin_port);
}

quint16 localPort(int fd)
{
    sockaddr_in local{};
    socklen_t length = sizeof local;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0)
        return 0;
    return ntohs(local.sin_port);
}

} // namespace

/// The system calls behind the WireTap relay's hand-over, on loopback pairs made here.
class tst_SocketHandOver : public QObject
{
    Q_OBJECT

private slots:
    void findsTheOtherEndInThisProcess()
    {
        const auto [client, accepted] = loopbackPair();
        QVERIFY(client >= 0 && accepted >= 0);
        const auto [other, otherAccepted] = loopbackPair(); // a second pair must not confuse it
        QVERIFY(other >= 0 && otherAccepted >= 0);
        QCOMPARE(sockethandover::peerDescriptorInProcess(accepted), client);
        QCOMPARE(sockethandover::peerDescriptorInProcess(client), accepted);
        QCOMPARE(sockethandover::peerDescriptorInProcess(otherAccepted), other);
        // Far from it in number (past the quick tries): found by listing /proc/self/fd.
        const int far = ::fcntl(client, F_DUPFD_CLOEXEC, accepted + 40);
        QVERIFY(far > accepted + 8);
        ::close(client);
        QCOMPARE(sockethandover::peerDescriptorInProcess(accepted), far);
        ::close(far);
        QCOMPARE(sockethandover::peerDescriptorInProcess(accepted), -1); // gone
        const int file = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        QCOMPARE(sockethandover::peerDescriptorInProcess(file), -1); // not a socket
        for (int fd : {accepted, other, otherAccepted, file})
            ::close(fd);
    }

    void drainedOnlyWhenEveryByteWasRead()
    {
        const auto [writer, reader] = loopbackPair();
        QVERIFY(writer >= 0 && reader >= 0);
        QVERIFY(sockethandover::directionDrained(writer, reader, 0));
        QCOMPARE(::send(writer, "hello", 5, 0), ssize_t(5));
        QTRY_VERIFY(!sockethandover::directionDrained(writer, reader, 5)); // unread
        char buffer[8];
        QCOMPARE(::recv(reader, buffer, sizeof buffer, 0), ssize_t(5));
        QVERIFY(sockethandover::directionDrained(writer, reader, 5));
        QVERIFY(sockethandover::directionDrained(writer, reader, -1));
        // The writer says it wrote more than arrived: not drained.
        QVERIFY(!sockethandover::directionDrained(writer, reader, 6));
        ::close(writer);
        ::close(reader);
    }

    void replaceSocketMovesTheConnection()
    {
        // "qt" is the socket that gets replaced; "server" is the connection it gets instead.
        const auto [qt, relayEnd] = loopbackPair();
        const auto [server, serverPeer] = loopbackPair();
        QVERIFY(qt >= 0 && relayEnd >= 0 && server >= 0 && serverPeer >= 0);
        const int one = 1;
        QCOMPARE(::setsockopt(qt, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one), 0);
        const quint16 serverPort = peerPort(server);
        QVERIFY(sockethandover::replaceSocket(server, qt));
        QCOMPARE(peerPort(qt), serverPort); // the same number, the server connection now
        QCOMPARE(localPort(qt), localPort(server));
        int keepAlive = 0;
        socklen_t length = sizeof keepAlive;
        QCOMPARE(::getsockopt(qt, SOL_SOCKET, SO_KEEPALIVE, &keepAlive, &length), 0);
        QCOMPARE(keepAlive, 1); // Qt's option came along
        QCOMPARE(::fcntl(qt, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
        ::close(server); // the relay's own descriptor goes; the connection stays
        QCOMPARE(::send(qt, "x", 1, 0), ssize_t(1));
        char byte = 0;
        QCOMPARE(::recv(serverPeer, &byte, 1, 0), ssize_t(1));
        QCOMPARE(byte, 'x');
        // The old socket was closed by the swap: its peer sees the end.
        QCOMPARE(::recv(relayEnd, &byte, 1, 0), ssize_t(0));
        QVERIFY(!sockethandover::replaceSocket(-1, qt)); // nothing changes on failure
        QCOMPARE(peerPort(qt), serverPort);
        for (int fd : {qt, relayEnd, serverPeer})
            ::close(fd);
    }
};

QTEST_GUILESS_MAIN(tst_SocketHandOver)
#include "tst_sockethandover.moc"
