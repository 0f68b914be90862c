// Faults real servers will not produce, from an in-process QTcpServer that speaks just enough
// WebSocket to write raw frames: a drop mid-stream, a drop mid-frame, an oversized message,
// invalid UTF-8 in a text frame, a handshake that never comes.

#include "core/stream/messagelog.h"
#include "core/websocket/websocketsession.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace wirescope;

namespace {

QByteArray frame(quint8 opcode, const QByteArray &payload, qint64 claimedSize = -1)
{
    QByteArray f;
    f.append(char(0x80 | opcode));
    const quint64 n = claimedSize >= 0 ? quint64(claimedSize) : quint64(payload.size());
    if (n < 126) {
        f.append(char(n));
    } else if (n < 65536) {
        f.append(char(126));
        f.append(char(n >> 8));
        f.append(char(n & 0xff));
    } else {
        f.append(char(127));
        for (int i = 7; i >= 0; --i)
            f.append(char((n >> (8 * i)) & 0xff));
    }
    return f + payload;
}

/// Accepts one client, answers the upgrade (unless told not to), then runs a script.
class RawServer final : public QObject
{
public:
    std::function<void(QTcpSocket *)> afterHandshake;
    QByteArray refusal; // sent instead of the 101 when set
    bool answer = true;

    RawServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()); }

private:
    void onRead(QTcpSocket *s)
    {
        m_buffer += s->readAll();
        if (m_done || !m_buffer.contains("\r\n\r\n"))
            return;
        m_done = true;
        if (!answer)
            return;
        if (!refusal.isEmpty()) {
            s->write(refusal);
            s->disconnectFromHost();
            return;
        }
        QByteArray key;
        for (const QByteArray &line : m_buffer.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        const QByteArray accept =
            QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                     QCryptographicHash::Sha1)
                .toBase64();
        s->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                 + accept + "\r\n\r\n");
        if (afterHandshake)
            afterHandshake(s);
    }

    QTcpServer m_server;
    QByteArray m_buffer;
    bool m_done = false;
};

QStringList texts(const MessageLog *log)
{
    QStringList out;
    for (const StreamMessage &m : log->entries()) {
        if (m.direction == MessageDirection::Incoming && m.type == MessageKind::Text)
            out.append(QString::fromUtf8(m.payload));
    }
    return out;
}

} // namespace

class tst_WebSocketFaults final : public QObject
{
    Q_OBJECT

private slots:
    void dropAfterMessages();
    void dropMidFrame();
    void oversizedMessage();
    void invalidUtf8();
    void refusedUpgradeWithBody();
    void handshakeNeverAnswered();
    void closeWithoutStatus();
};

void tst_WebSocketFaults::dropAfterMessages()
{
    RawServer server;
    server.afterHandshake = [](QTcpSocket *s) {
        s->write(frame(0x1, "one") + frame(0x1, "two"));
        s->flush();
        QTimer::singleShot(100, s, [s] { s->abort(); });
    };
    WebSocketSession session;
    QSignalSpy closed(&session, &WebSocketSession::closed);
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    WebSocketRequest r;
    r.url = server.url();
    QVERIFY(session.open(r));
    QVERIFY(closed.wait(5000));
    QCOMPARE(closed.first().at(0).toInt(), 1006);
    QCOMPARE(texts(session.log()), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::ConnectionReset);
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
}

void tst_WebSocketFaults::dropMidFrame()
{
    RawServer server;
    server.afterHandshake = [](QTcpSocket *s) {
        s->write(frame(0x1, "whole") + frame(0x2, QByteArray(10, 'x'), 100));
        s->flush();
        QTimer::singleShot(100, s, [s] { s->abort(); });
    };
    WebSocketSession session;
    QSignalSpy closed(&session, &WebSocketSession::closed);
    WebSocketRequest r;
    r.url = server.url();
    QVERIFY(session.open(r));
    QVERIFY(closed.wait(5000));
    QCOMPARE(closed.first().at(0).toInt(), 1006);
    QCOMPARE(texts(session.log()), QStringList{QStringLiteral("whole")});
    QCOMPARE(session.log()->counters().incoming, 1);
}

void tst_WebSocketFaults::oversizedMessage()
{
    RawServer server;
    server.afterHandshake = [](QTcpSocket *s) {
        s->write(frame(0x1, "small") + frame(0x2, QByteArray(5000, 'x')));
    };
    WebSocketSession session;
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    QSignalSpy closed(&session, &WebSocketSession::closed);
    WebSocketRequest r;
    r.url = server.url();
    r.settings.maxMessageBytes = 1000;
    QVERIFY(session.open(r));
    QVERIFY(closed.wait(5000));
    QCOMPARE(errors.size(), 1);
    const Error e = errors.first().first().value<Error>();
    QCOMPARE(e.kind, Error::Kind::TooLarge);
    QVERIFY2(e.message.contains(QLatin1String("1000 bytes")), qPrintable(e.message));
    QCOMPARE(closed.first().at(0).toInt(), 1009);
    QVERIFY(!session.closedByPeer());
    QCOMPARE(texts(session.log()), QStringList{QStringLiteral("small")});
}

void tst_WebSocketFaults::invalidUtf8()
{
    RawServer server;
    server.afterHandshake = [](QTcpSocket *s) {
        s->write(frame(0x1, "fine") + frame(0x1, QByteArray("bad \xc0\xaf here")));
    };
    WebSocketSession session;
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    QSignalSpy closed(&session, &WebSocketSession::closed);
    WebSocketRequest r;
    r.url = server.url();
    QVERIFY(session.open(r));
    QVERIFY(closed.wait(5000));
    QCOMPARE(closed.first().at(0).toInt(), 1007);
    QCOMPARE(errors.size(), 1);
    const Error e = errors.first().first().value<Error>();
    QCOMPARE(e.kind, Error::Kind::Protocol);
    QVERIFY2(e.message.contains(QLatin1String("UTF-8")), qPrintable(e.message));
    QCOMPARE(texts(session.log()), QStringList{QStringLiteral("fine")});
}

void tst_WebSocketFaults::refusedUpgradeWithBody()
{
    RawServer server;
    server.refusal = "HTTP/1.1 401 Unauthorized\r\nContent-Type: text/plain\r\n"
                     "Content-Length: 12\r\nWWW-Authenticate: Bearer\r\n\r\nno token, no";
    WebSocketSession session;
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    WebSocketRequest r;
    r.url = server.url();
    QVERIFY(session.open(r));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketSession::State::Closed, 5000);
    QCOMPARE(session.handshake().status, 401);
    QCOMPARE(session.handshake().reason, QStringLiteral("Unauthorized"));
    QVERIFY(errors.first().first().value<Error>().message.contains(QLatin1String("401")));
}

void tst_WebSocketFaults::handshakeNeverAnswered()
{
    RawServer server;
    server.answer = false;
    WebSocketSession session;
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    WebSocketRequest r;
    r.url = server.url();
    r.settings.connectTimeoutMs = 300;
    QVERIFY(session.open(r));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
    QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketSession::State::Closed, 5000);
    QCOMPARE(errors.size(), 1);
}

void tst_WebSocketFaults::closeWithoutStatus()
{
    RawServer server;
    server.afterHandshake = [](QTcpSocket *s) {
        s->write(frame(0x8, QByteArray()));
    };
    WebSocketSession session;
    QSignalSpy closed(&session, &WebSocketSession::closed);
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    WebSocketRequest r;
    r.url = server.url();
    QVERIFY(session.open(r));
    QVERIFY(closed.wait(5000));
    QVERIFY(session.closedByPeer());
    QCOMPARE(closed.first().at(2).toBool(), true);
    // RFC 6455 calls an empty close frame "no status" (1005), but Qt 6.4's closeCode() says
    // 1000 for it; what matters here is that it is a clean close, not an abnormal one.
    QVERIFY(closed.first().at(0).toInt() != 1006);
    QCOMPARE(errors.size(), 0);
}

QTEST_GUILESS_MAIN(tst_WebSocketFaults)
#include "tst_websocketfaults.moc"
