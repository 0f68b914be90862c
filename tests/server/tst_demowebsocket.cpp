#include "core/server/demoserver.h"
#include "core/server/websockethub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace wirescope::server;

/// The demo server's WebSocket endpoints (/ws/echo, /ws/chat) through QtHttpServer 6.4's
/// upgrade hand-over, driven by QWebSocket clients over 127.0.0.1.
class tst_DemoWebSocket : public QObject
{
    Q_OBJECT

private:
    DemoServer *m_demo = nullptr;

    QUrl url(const QString &path) const
    {
        QUrl u = m_demo->webSocketUrl();
        u.setPath(path);
        return u;
    }
    /// A client of @p path with every text message it receives (from the handshake on:
    /// a chat join notice can arrive with the handshake response) collected in texts.
    struct Client
    {
        std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
        QStringList texts;
    };
    std::unique_ptr<Client> connectTo(const QString &path)
    {
        auto client = std::make_unique<Client>();
        Client *raw = client.get();
        connect(raw->socket.get(), &QWebSocket::textMessageReceived, this,
                [raw](const QString &text) { raw->texts.append(text); });
        QSignalSpy connected(raw->socket.get(), &QWebSocket::connected);
        raw->socket->open(url(path));
        if (connected.isEmpty() && !connected.wait(10000))
            return nullptr;
        return client;
    }
    static QJsonObject parse(const QString &message)
    {
        return QJsonDocument::fromJson(message.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        m_demo = new DemoServer(this);
        const auto listening = m_demo->listen({});
        QVERIFY2(listening, qPrintable(listening ? QString() : listening.error().message));
    }

    void echo()
    {
        QSignalSpy served(m_demo, &DemoServer::requestServed);
        QSignalSpy events(m_demo, &DemoServer::webSocketEvent);
        auto c = connectTo(QStringLiteral("/ws/echo"));
        QVERIFY(c);
        QWebSocket *client = c->socket.get();
        QTRY_COMPARE(served.count(), 1);
        QCOMPARE(served.first().at(1).toString(), QStringLiteral("/ws/echo"));
        QCOMPARE(served.first().at(2).toInt(), 101);

        QSignalSpy text(client, &QWebSocket::textMessageReceived);
        QSignalSpy binary(client, &QWebSocket::binaryMessageReceived);
        client->sendTextMessage(QStringLiteral("héllo"));
        const QByteArray blob("\x00\x01\xff payload", 11);
        client->sendBinaryMessage(blob);
        const QString big(200000, u'x'); // spans many frames
        client->sendTextMessage(big);
        QTRY_COMPARE_WITH_TIMEOUT(text.count(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(binary.count(), 1, 10000);
        QCOMPARE(text.at(0).first().toString(), QStringLiteral("héllo"));
        QCOMPARE(text.at(1).first().toString(), big);
        QCOMPARE(binary.first().first().toByteArray(), blob);

        QSignalSpy disconnected(client, &QWebSocket::disconnected);
        client->close(); // may disconnect synchronously over loopback: count, don't wait()
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 10000);
        QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeNormal);
        QTRY_COMPARE(events.count(), 2);
        QCOMPARE(events.at(0), (QVariantList{QStringLiteral("/ws/echo"), QStringLiteral("open")}));
        QCOMPARE(events.at(1), (QVariantList{QStringLiteral("/ws/echo"), QStringLiteral("close")}));
    }

    void chat()
    {
        auto alice = connectTo(QStringLiteral("/ws/chat"));
        QVERIFY(alice);
        QTRY_COMPARE(alice->texts.size(), 1); // her own join notice
        const QJsonObject aliceJoin = parse(alice->texts.takeFirst());
        QCOMPARE(aliceJoin.value(QStringLiteral("type")).toString(), QStringLiteral("join"));
        QCOMPARE(aliceJoin.value(QStringLiteral("clients")).toInt(), 1);
        const int aliceId = aliceJoin.value(QStringLiteral("id")).toInt();

        auto bob = connectTo(QStringLiteral("/ws/chat"));
        QVERIFY(bob);
        QTRY_COMPARE(alice->texts.size(), 1);
        QTRY_COMPARE(bob->texts.size(), 1);
        const QJsonObject bobJoin = parse(alice->texts.takeFirst());
        QCOMPARE(parse(bob->texts.takeFirst()), bobJoin); // everyone gets the same notice
        QCOMPARE(bobJoin.value(QStringLiteral("type")).toString(), QStringLiteral("join"));
        QCOMPARE(bobJoin.value(QStringLiteral("clients")).toInt(), 2);
        const int bobId = bobJoin.value(QStringLiteral("id")).toInt();
        QVERIFY(bobId != aliceId);

        // Every message reaches every client, the sender included, in order per sender.
        alice->socket->sendTextMessage(QStringLiteral("one"));
        alice->socket->sendTextMessage(QStringLiteral("two"));
        bob->socket->sendTextMessage(QStringLiteral("three"));
        QTRY_COMPARE(alice->texts.size(), 3);
        QTRY_COMPARE(bob->texts.size(), 3);
        for (Client *c : {alice.get(), bob.get()}) {
            QStringList texts;
            for (const QString &text : std::as_const(c->texts)) {
                const QJsonObject m = parse(text);
                QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
                texts << m.value(QStringLiteral("text")).toString();
                QCOMPARE(m.value(QStringLiteral("from")).toInt(),
                         texts.last() == QLatin1String("three") ? bobId : aliceId);
            }
            texts.removeOne(QStringLiteral("three"));
            QCOMPARE(texts, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
            c->texts.clear();
        }

        QSignalSpy bobBinary(bob->socket.get(), &QWebSocket::binaryMessageReceived);
        alice->socket->sendBinaryMessage(QByteArray("\x01\x02", 2));
        QTRY_COMPARE(bobBinary.count(), 1);
        QCOMPARE(bobBinary.first().first().toByteArray(), QByteArray("\x01\x02", 2));

        alice->socket->close();
        QTRY_COMPARE(bob->texts.size(), 1);
        const QJsonObject leave = parse(bob->texts.takeFirst());
        QCOMPARE(leave.value(QStringLiteral("type")).toString(), QStringLiteral("leave"));
        QCOMPARE(leave.value(QStringLiteral("id")).toInt(), aliceId);
        QCOMPARE(leave.value(QStringLiteral("clients")).toInt(), 1);
    }

    void unknownPathIsClosedWithAReason()
    {
        auto c = connectTo(QStringLiteral("/ws/nope"));
        QVERIFY(c); // Qt 6.4 completes the handshake before the path can be checked
        QTRY_COMPARE_WITH_TIMEOUT(c->socket->state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(int(c->socket->closeCode()), WebSocketHub::kUnknownPathCloseCode);
        QVERIFY2(c->socket->closeReason().contains(QStringLiteral("/ws/nope")),
                 qPrintable(c->socket->closeReason()));
    }

    void closeEndsConnections()
    {
        DemoServer server;
        QVERIFY(server.listen({}));
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        QUrl u = server.webSocketUrl();
        u.setPath(QStringLiteral("/ws/echo"));
        client.open(u);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        QSignalSpy disconnected(&client, &QWebSocket::disconnected);
        server.close();
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 10000);
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QVERIFY(!server.isListening());
    }
};

QTEST_GUILESS_MAIN(tst_DemoWebSocket)
#include "tst_demowebsocket.moc"
