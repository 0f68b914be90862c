// SocketIoClient against the real npm `socket.io` server (tests/support/node/socketio-server.js):
// handshake, pings answered, emit with and without acknowledgement, every event heard, the
// /admin namespace's auth, and the errors for a refused auth, an unknown namespace, a wrong
// path and a protocol version mismatch.

#include "core/socketio/socketioclient.h"
#include "core/stream/messagelog.h"
#include "tests/support/testenv.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace wirescope;

namespace {

QStringList texts(const MessageLog *log, MessageDirection direction)
{
    QStringList out;
    for (const StreamMessage &m : log->entries()) {
        if (m.direction == direction && m.type == MessageKind::Text)
            out.append(QString::fromUtf8(m.payload));
    }
    return out;
}

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_SocketIoClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handshakeAndWelcome();
    void pingsAnswered();
    void emitEchoManyArguments();
    void emitWithAck();
    void ackTimesOut();
    void broadcastChatHeardByAll();
    void serverDisconnect();
    void adminNamespaceWithAuth();
    void refusedAuth();
    void unknownNamespace();
    void wrongPath();
    void versionMismatch_data();
    void versionMismatch();
    void badOptions_data();
    void badOptions();
    void badHeaderRefusedBeforeConnecting();

private:
    SocketIoOptions options(const QString &nsp = QStringLiteral("/")) const;
    /// Opens @p client and waits for connected(); fails the test otherwise.
    bool connectClient(SocketIoClient &client, const SocketIoOptions &options);
    /// Opens a client with @p options that must fail: the one error it reported (an empty
    /// message when it did not close within 8 s or reported more than one).
    static Error failure(const SocketIoOptions &options);

    test::TestServers m_servers;
};

void tst_SocketIoClient::initTestCase()
{
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
}

SocketIoOptions tst_SocketIoClient::options(const QString &nsp) const
{
    SocketIoOptions o;
    o.url = m_servers.socketio.toString();
    o.nsp = nsp;
    o.ackTimeoutMs = 3000;
    o.settings.connectTimeoutMs = 5000;
    return o;
}

bool tst_SocketIoClient::connectClient(SocketIoClient &client, const SocketIoOptions &options)
{
    QSignalSpy connected(&client, &SocketIoClient::connected);
    QSignalSpy errors(&client, &SocketIoClient::errorOccurred);
    if (!client.open(options))
        return false;
    if (!connected.wait(8000)) {
        qWarning() << "not connected:"
                   << (errors.isEmpty() ? QStringLiteral("no error")
                                        : errors.first().first().value<Error>().message);
        return false;
    }
    return true;
}

Error tst_SocketIoClient::failure(const SocketIoOptions &options)
{
    SocketIoClient client;
    QSignalSpy errors(&client, &SocketIoClient::errorOccurred);
    QSignalSpy closed(&client, &SocketIoClient::closed);
    if (!client.open(options) || !closed.wait(8000) || errors.size() != 1
        || !client.sid().isEmpty())
        return Error{};
    return errors.first().first().value<Error>();
}

void tst_SocketIoClient::handshakeAndWelcome()
{
    SocketIoClient client;
    QSignalSpy events(&client, &SocketIoClient::eventReceived);
    QVERIFY(connectClient(client, options()));
    QCOMPARE(client.state(), SocketIoClient::State::Connected);
    QVERIFY(!client.engineSid().isEmpty());
    QVERIFY(!client.sid().isEmpty());
    QVERIFY(client.sid() != client.engineSid()); // v5: the socket id is not the session id
    QCOMPARE(client.handshake().pingIntervalMs, 300);
    QCOMPARE(client.handshake().pingTimeoutMs, 2000);
    QCOMPARE(client.handshake().maxPayload, qint64(1000000));

    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000);
    QCOMPARE(events.first().at(0).toString(), QStringLiteral("welcome"));
    const QJsonArray args = events.first().at(1).toJsonArray();
    QCOMPARE(args.size(), 1);
    QCOMPARE(args.first().toObject().value(QLatin1String("sid")).toString(), client.sid());

    // The log holds the frames as they went: the open packet in, CONNECT out, its answer in.
    const QStringList in = texts(client.log(), MessageDirection::Incoming);
    QVERIFY(in.first().startsWith(QLatin1String("0{\"sid\":\"") + client.engineSid()));
    QCOMPARE(in.at(1), QStringLiteral("40{\"sid\":\"%1\"}").arg(client.sid()));
    QCOMPARE(texts(client.log(), MessageDirection::Outgoing).first(), QStringLiteral("40"));
}

void tst_SocketIoClient::pingsAnswered()
{
    SocketIoClient client;
    QVERIFY(connectClient(client, options()));
    // pingInterval 300 ms, pingTimeout 2 s: a server that misses our pong closes the session,
    // so still being connected after three answers means the pongs counted.
    QTRY_VERIFY_WITH_TIMEOUT(client.pingsAnswered() >= 3, 5000);
    QCOMPARE(client.state(), SocketIoClient::State::Connected);
    QVERIFY(texts(client.log(), MessageDirection::Incoming).count(QStringLiteral("2")) >= 3);
    QVERIFY(texts(client.log(), MessageDirection::Outgoing).count(QStringLiteral("3")) >= 3);
}

void tst_SocketIoClient::emitEchoManyArguments()
{
    SocketIoClient client;
    QSignalSpy events(&client, &SocketIoClient::eventReceived);
    QVERIFY(connectClient(client, options()));
    const QJsonArray args{1,
                          QStringLiteral("two"),
                          true,
                          QJsonValue(),
                          QJsonObject{{QStringLiteral("k"), 3.5}},
                          QJsonArray{QStringLiteral("x")}};
    auto id = client.emitEvent(QStringLiteral("echo"), args);
    QVERIFY(id.ok());
    QCOMPARE(*id, qint64(-1));
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty() && events.last().at(0).toString() == u"echo", 5000);
    QCOMPARE(json(events.last().at(1).toJsonArray()), json(args));
    QCOMPARE(events.last().at(2).toLongLong(), qint64(-1));
    QVERIFY(texts(client.log(), MessageDirection::Outgoing)
                .contains(QStringLiteral("42[\"echo\",1,\"two\",true,null,{\"k\":3.5},[\"x\"]]")));
}

void tst_SocketIoClient::emitWithAck()
{
    SocketIoClient client;
    QSignalSpy acks(&client, &SocketIoClient::ackReceived);
    QVERIFY(connectClient(client, options()));
    auto first = client.emitEvent(QStringLiteral("echo-ack"), {QStringLiteral("a"), 1}, true);
    auto second =
        client.emitEvent(QStringLiteral("echo-ack"), {QJsonObject{{QStringLiteral("b"), 2}}}, true);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*first != *second);
    QTRY_COMPARE_WITH_TIMEOUT(acks.size(), 2, 5000);
    for (const QList<QVariant> &ack : std::as_const(acks)) {
        const QString expected = ack.at(0).toLongLong() == *first ? QStringLiteral("[\"a\",1]")
                                                                  : QStringLiteral("[{\"b\":2}]");
        QCOMPARE(json(ack.at(1).toJsonArray()), expected);
    }
}

void tst_SocketIoClient::ackTimesOut()
{
    SocketIoClient client;
    QSignalSpy acks(&client, &SocketIoClient::ackReceived);
    QSignalSpy timeouts(&client, &SocketIoClient::ackTimedOut);
    SocketIoOptions o = options();
    o.ackTimeoutMs = 400;
    QVERIFY(connectClient(client, o));
    auto id = client.emitEvent(QStringLiteral("nobody-listens"), {}, true);
    QVERIFY(id.ok());
    QVERIFY(timeouts.wait(3000));
    QCOMPARE(timeouts.first().at(0).toLongLong(), *id);
    QCOMPARE(timeouts.first().at(1).toString(), QStringLiteral("nobody-listens"));
    QVERIFY(acks.isEmpty());
    QCOMPARE(client.state(), SocketIoClient::State::Connected); // a missing ack is not fatal
}

void tst_SocketIoClient::broadcastChatHeardByAll()
{
    SocketIoClient alice, bob;
    QSignalSpy bobEvents(&bob, &SocketIoClient::eventReceived);
    QVERIFY(connectClient(alice, options()));
    QVERIFY(connectClient(bob, options()));
    QVERIFY(alice.emitEvent(QStringLiteral("chat"), {QStringLiteral("hello bob")}).ok());
    const auto heard = [&] {
        for (const QList<QVariant> &e : std::as_const(bobEvents)) {
            const QJsonObject o = e.at(1).toJsonArray().first().toObject();
            if (e.at(0).toString() == u"chat"
                && o.value(QLatin1String("text")).toString() == u"hello bob"
                && o.value(QLatin1String("from")).toString() == alice.sid())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(heard(), 5000);
}

void tst_SocketIoClient::serverDisconnect()
{
    SocketIoClient client;
    QSignalSpy closed(&client, &SocketIoClient::closed);
    QSignalSpy errors(&client, &SocketIoClient::errorOccurred);
    QVERIFY(connectClient(client, options()));
    QVERIFY(client.emitEvent(QStringLiteral("bye"), {}).ok());
    QVERIFY(closed.wait(5000));
    QCOMPARE(closed.first().first().toString(),
             QStringLiteral("the server disconnected namespace /"));
    QVERIFY(errors.isEmpty());
    QCOMPARE(client.state(), SocketIoClient::State::Closed);
    QVERIFY(!client.emitEvent(QStringLiteral("echo"), {}).ok());
}

void tst_SocketIoClient::adminNamespaceWithAuth()
{
    SocketIoClient client;
    QSignalSpy events(&client, &SocketIoClient::eventReceived);
    QSignalSpy acks(&client, &SocketIoClient::ackReceived);
    SocketIoOptions o = options(QStringLiteral("/admin"));
    o.auth = QJsonObject{{QStringLiteral("token"), QStringLiteral("s3cret")}};
    o.hasAuth = true;
    QVERIFY(connectClient(client, o));
    QCOMPARE(texts(client.log(), MessageDirection::Outgoing).first(),
             QStringLiteral("40/admin,{\"token\":\"s3cret\"}"));
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000);
    const QJsonObject welcome = events.first().at(1).toJsonArray().first().toObject();
    QCOMPARE(welcome.value(QLatin1String("auth")).toObject().value(QLatin1String("token")),
             QStringLiteral("s3cret"));
    QVERIFY(client.emitEvent(QStringLiteral("echo-ack"), {42}, true).ok());
    QTRY_COMPARE_WITH_TIMEOUT(acks.size(), 1, 5000);
    QCOMPARE(json(acks.first().at(1).toJsonArray()), QStringLiteral("[42]"));
    QVERIFY(texts(client.log(), MessageDirection::Outgoing)
                .contains(QStringLiteral("42/admin,0[\"echo-ack\",42]")));
}

void tst_SocketIoClient::refusedAuth()
{
    SocketIoOptions o = options(QStringLiteral("/admin"));
    o.auth = QJsonObject{{QStringLiteral("token"), QStringLiteral("wrong")}};
    o.hasAuth = true;
    const Error e = failure(o);
    QCOMPARE(e.message, QStringLiteral("the server refused namespace /admin: not authorized"));
    QCOMPARE(e.detail, QStringLiteral("data: {\"reason\":\"bad token\"}"));
}

void tst_SocketIoClient::unknownNamespace()
{
    QCOMPARE(failure(options(QStringLiteral("/nope"))).message,
             QStringLiteral("the server refused namespace /nope: Invalid namespace"));
}

void tst_SocketIoClient::wrongPath()
{
    SocketIoOptions o = options();
    o.url = m_servers.socketio.toString() + QStringLiteral("/chat/");
    const QString message = failure(o).message;
    QVERIFY2(message.startsWith(QStringLiteral("could not open the Socket.IO WebSocket at ws://")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("/chat/?EIO=4&transport=websocket")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Is the path right")), qPrintable(message));
}

void tst_SocketIoClient::versionMismatch_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    // socket.io 4 accepts the upgrade, then writes an HTTP 400 into the WebSocket.
    QTest::newRow("EIO=3 refused") << QStringLiteral("/socket.io/?EIO=3")
                                   << QStringLiteral("before the Engine.IO open packet");
    // allowEIO3: the server answers CONNECT as Socket.IO protocol v4 does, without a socket id.
    QTest::newRow("protocol v4") << QStringLiteral("/legacy/?EIO=3")
                                 << QStringLiteral("protocol version mismatch");
}

void tst_SocketIoClient::versionMismatch()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    SocketIoOptions o = options();
    o.url = m_servers.socketio.toString() + path;
    const QString message = failure(o).message;
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Socket.IO 3 or later")), qPrintable(message));
}

void tst_SocketIoClient::badOptions_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("nsp");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1:1") << QStringLiteral("/")
                         << QStringLiteral("starts with http://");
    QTest::newRow("no host") << QStringLiteral("http://") << QStringLiteral("/")
                             << QStringLiteral("not a Socket.IO URL");
    QTest::newRow("namespace") << QStringLiteral("http://127.0.0.1:1") << QStringLiteral("admin")
                               << QStringLiteral("starts with '/'");
}

void tst_SocketIoClient::badOptions()
{
    QFETCH(QString, url);
    QFETCH(QString, nsp);
    QFETCH(QString, expected);
    SocketIoClient client;
    QSignalSpy errors(&client, &SocketIoClient::errorOccurred);
    SocketIoOptions o;
    o.url = url;
    o.nsp = nsp;
    QVERIFY(!client.open(o));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().value<Error>().message;
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(client.state(), SocketIoClient::State::Closed);
}

void tst_SocketIoClient::badHeaderRefusedBeforeConnecting()
{
    SocketIoClient client;
    QSignalSpy errors(&client, &SocketIoClient::errorOccurred);
    SocketIoOptions o = options();
    o.headers.append(KeyValue{QStringLiteral("Bad Header"), QStringLiteral("x"), true, {}});
    QVERIFY(!client.open(o));
    QCOMPARE(errors.size(), 1);
    const Error e = errors.first().first().value<Error>();
    QCOMPARE(e.kind, Error::Kind::InvalidRequest);
    QVERIFY2(e.message.contains(QLatin1String("Bad Header")), qPrintable(e.message));
    QVERIFY2(!e.message.contains(QLatin1String("could not open")), qPrintable(e.message));
    QCOMPARE(client.state(), SocketIoClient::State::Closed);
    QVERIFY(client.log()->counters().outgoing == 0);
}

QTEST_GUILESS_MAIN(tst_SocketIoClient)
#include "tst_socketioclient.moc"
