// WebSocketSession against real peers: the npm `ws` echo server (ws:// and wss:// with a
// self-signed certificate) and the npm `websocket` broadcast chat server.

#include "core/http/wirelog.h"
#include "core/http/wiretap.h"
#include "core/stream/messagelog.h"
#include "core/websocket/websocketsession.h"
#include "tests/support/testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslError>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace wirescope;

namespace {

QList<StreamMessage> received(const MessageLog *log, MessageKind type)
{
    QList<StreamMessage> out;
    for (const StreamMessage &m : log->entries()) {
        if (m.direction == MessageDirection::Incoming && m.type == type)
            out.append(m);
    }
    return out;
}

QStringList receivedTexts(const MessageLog *log)
{
    QStringList out;
    for (const StreamMessage &m : received(log, MessageKind::Text))
        out.append(QString::fromUtf8(m.payload));
    return out;
}

/// A loopback port nothing listens on (bound, then closed); 0 if none could be bound.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString eventsText(const MessageLog *log)
{
    QStringList out;
    for (const StreamMessage &m : log->entries()) {
        if (m.type == MessageKind::Event)
            out.append(QString::fromUtf8(m.payload));
    }
    return out.join(QStringLiteral(" | "));
}

} // namespace

class tst_WebSocketSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void echoText();
    void echoBinaryAndOneMegabyte();
    void variablesAndHandshakeHeaders();
    void subprotocolNegotiated();
    void subprotocolNotAccepted();
    void closeByClientWithCode();
    void closeByServerWithCode_data();
    void closeByServerWithCode();
    void serverDropIsAbnormal();
    void pingPongRoundTrip();
    void autoReconnectAfterDrop();
    void chatBroadcastAndJoinNotices();
    void refusedUpgrade();
    void selfSignedRefusedThenAccepted();
    void selfSignedAcceptedUpFront();
    void badInputRefusedBeforeConnecting();
    void connectionRefused();
    void throughSocks5ProxyWithCredentials();
    void throughHttpProxy();
    void wssClientCertificate();
    void openingIsTimedByTheRelay_data();
    void openingIsTimedByTheRelay();
    void relayNamesTheRefusedAddress();
    void withoutTheRelayTheNoteSaysWhy();

private:
    /// With WIRESCOPE_TEST_WS_RELAY set (the tst_websocketsession_relay run), every session
    /// of the suite goes through a WireTap, as in the window and the CLI.
    void tap(WebSocketSession &session) const
    {
        if (m_tap)
            session.setWireTap(m_tap.get());
    }
    std::unique_ptr<WireTap> m_tap;
    WebSocketRequest request(const QString &path = QStringLiteral("/")) const;
    bool openAndWait(WebSocketSession &session,
                     const WebSocketRequest &r,
                     const VariableContext &context = {});

    test::TestServers m_servers;
};

void tst_WebSocketSession::initTestCase()
{
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
    if (qEnvironmentVariableIsSet("WIRESCOPE_TEST_WS_RELAY")) {
        m_tap = std::make_unique<WireTap>();
        QVERIFY(m_tap->isListening());
    }
}

WebSocketRequest tst_WebSocketSession::request(const QString &path) const
{
    WebSocketRequest r;
    r.url = m_servers.wsEcho.toString(QUrl::RemovePath) + path;
    r.settings.connectTimeoutMs = 10000;
    return r;
}

bool tst_WebSocketSession::openAndWait(WebSocketSession &session,
                                       const WebSocketRequest &r,
                                       const VariableContext &context)
{
    QSignalSpy opened(&session, &WebSocketSession::opened);
    if (!session.open(r, context))
        return false;
    if (opened.isEmpty() && !opened.wait(10000))
        return false;
    return session.state() == WebSocketSession::State::Open;
}

void tst_WebSocketSession::echoText()
{
    WebSocketSession session;
    tap(session);
    QSignalSpy states(&session, &WebSocketSession::stateChanged);
    QVERIFY2(openAndWait(session, request()), qPrintable(eventsText(session.log())));
    QCOMPARE(states.first().first().value<WebSocketSession::State>(),
             WebSocketSession::State::Connecting);
    QCOMPARE(session.handshake().status, 101);
    QVERIFY(session.sendText(QStringLiteral("hello ✓")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()), QStringList{QStringLiteral("hello ✓")},
                              5000);
    const MessageLogCounters c = session.log()->counters();
    QCOMPARE(c.outgoing, 1);
    QCOMPARE(c.incoming, 1);
    QCOMPARE(c.incomingBytes, QByteArray("hello ✓").size());
    QCOMPARE(c.outgoingBytes, c.incomingBytes);
}

void tst_WebSocketSession::echoBinaryAndOneMegabyte()
{
    WebSocketSession session;
    tap(session);
    QVERIFY(openAndWait(session, request()));
    const QByteArray small("\x00\x01\xfe\xff", 4);
    QByteArray big(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((i * 7) & 0xff);
    QVERIFY(session.sendBinary(small));
    QVERIFY(session.sendBinary(big));
    QTRY_COMPARE_WITH_TIMEOUT(received(session.log(), MessageKind::Binary).size(), 2, 10000);
    const auto frames = received(session.log(), MessageKind::Binary);
    QCOMPARE(frames.at(0).payload, small);
    QCOMPARE(frames.at(1).payload, big);
    QCOMPARE(frames.at(1).size, 1024 * 1024);
    QVERIFY(receivedTexts(session.log()).isEmpty());
}

void tst_WebSocketSession::variablesAndHandshakeHeaders()
{
    WebSocketSession session;
    tap(session);
    WebSocketRequest r = request(QStringLiteral("/{{room}}"));
    r.headers.append(KeyValue{QStringLiteral("X-Token"), QStringLiteral("{{token}}"), true, {}});
    r.headers.append(
        KeyValue{QStringLiteral("Origin"), QStringLiteral("http://example.test"), true, {}});
    r.auth.kind = AuthKind::Bearer;
    r.auth.token = QStringLiteral("{{token}}");
    VariableContext context;
    context.set(VariableScope::Local, QStringLiteral("room"), QStringLiteral("lobby"));
    context.set(VariableScope::Local, QStringLiteral("token"), QStringLiteral("s3cret"));
    QVERIFY(openAndWait(session, r, context));
    QVERIFY(session.handshake().url.endsWith(QLatin1String("/lobby")));
    QCOMPARE(firstValue(session.handshake().requestHeaders, u"X-Token"), QStringLiteral("s3cret"));
    QVERIFY(session.sendText(QStringLiteral("headers")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()).size(), 1, 5000);
    const QJsonObject echo =
        QJsonDocument::fromJson(receivedTexts(session.log()).first().toUtf8()).object();
    const QJsonObject headers = echo.value(QLatin1String("headers")).toObject();
    QCOMPARE(echo.value(QLatin1String("url")).toString(), QStringLiteral("/lobby"));
    QCOMPARE(headers.value(QLatin1String("x-token")).toString(), QStringLiteral("s3cret"));
    QCOMPARE(headers.value(QLatin1String("origin")).toString(),
             QStringLiteral("http://example.test"));
    QCOMPARE(headers.value(QLatin1String("authorization")).toString(),
             QStringLiteral("Bearer s3cret"));

    // Messages resolve variables too.
    QVERIFY(session.sendText(QStringLiteral("room={{room}}")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()).size(), 2, 5000);
    QCOMPARE(receivedTexts(session.log()).at(1), QStringLiteral("room=lobby"));
}

void tst_WebSocketSession::subprotocolNegotiated()
{
    WebSocketSession session;
    tap(session);
    WebSocketRequest r = request();
    r.subprotocols = {QStringLiteral("unknown.v9"), QStringLiteral("chat.v1"),
                      QStringLiteral("echo")};
    QVERIFY(openAndWait(session, r));
    QCOMPARE(session.handshake().subprotocol, QStringLiteral("chat.v1"));
    QCOMPARE(firstValue(session.handshake().requestHeaders, u"Sec-WebSocket-Protocol"),
             QStringLiteral("unknown.v9, chat.v1, echo"));
    QVERIFY(session.sendText(QStringLiteral("headers")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()).size(), 1, 5000);
    const QJsonObject echo =
        QJsonDocument::fromJson(receivedTexts(session.log()).first().toUtf8()).object();
    QCOMPARE(echo.value(QLatin1String("protocol")).toString(), QStringLiteral("chat.v1"));
}

void tst_WebSocketSession::subprotocolNotAccepted()
{
    WebSocketSession session;
    tap(session);
    WebSocketRequest r = request();
    r.subprotocols = {QStringLiteral("nobody-speaks-this")};
    QVERIFY(openAndWait(session, r));
    QCOMPARE(session.handshake().subprotocol, QString());
}

void tst_WebSocketSession::closeByClientWithCode()
{
    WebSocketSession session;
    tap(session);
    QVERIFY(openAndWait(session, request()));
    QSignalSpy closed(&session, &WebSocketSession::closed);
    session.close(4321, QStringLiteral("client done"));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
    QCOMPARE(closed.first().at(0).toInt(), 4321);
    QCOMPARE(closed.first().at(2).toBool(), false);
    QCOMPARE(session.closedByPeer(), false);
    const auto entries = session.log()->entries();
    const auto it = std::find_if(entries.cbegin(), entries.cend(), [](const StreamMessage &m) {
        return m.type == MessageKind::Close && m.direction == MessageDirection::Outgoing;
    });
    QVERIFY(it != entries.cend());
    QCOMPARE(it->closeCode, 4321);
    QCOMPARE(it->payload, QByteArray("client done"));
}

void tst_WebSocketSession::closeByServerWithCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("normal") << 1000 << QStringLiteral("bye");
    QTest::newRow("normal, no reason") << 1000 << QString();
    QTest::newRow("going away") << 1001 << QString();
    QTest::newRow("custom 4001") << 4001 << QStringLiteral("custom reason");
    QTest::newRow("custom 4999") << 4999 << QStringLiteral("x");
    QTest::newRow("policy") << 1008 << QStringLiteral("policy");
}

void tst_WebSocketSession::closeByServerWithCode()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    WebSocketSession session;
    tap(session);
    QVERIFY(openAndWait(session, request()));
    QSignalSpy closed(&session, &WebSocketSession::closed);
    QVERIFY(session.sendText(QStringLiteral("close:%1:%2").arg(code).arg(reason)));
    QVERIFY(closed.wait(5000));
    QCOMPARE(closed.first().at(0).toInt(), code);
    QCOMPARE(closed.first().at(1).toString(), reason);
    QCOMPARE(closed.first().at(2).toBool(), true);
    QCOMPARE(session.closeCode(), code);
    QCOMPARE(session.closeReason(), reason);
    QVERIFY(session.closedByPeer());
    const auto closes = received(session.log(), MessageKind::Close);
    QCOMPARE(closes.size(), 1);
    QCOMPARE(closes.first().closeCode, code);
    QVERIFY2(eventsText(session.log()).contains(WebSocketSession::closeCodeName(code)),
             qPrintable(eventsText(session.log())));
}

void tst_WebSocketSession::serverDropIsAbnormal()
{
    WebSocketSession session;
    tap(session);
    QVERIFY(openAndWait(session, request()));
    QSignalSpy closed(&session, &WebSocketSession::closed);
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    QVERIFY(session.sendText(QStringLiteral("before")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()).size(), 1, 5000);
    QVERIFY(session.sendText(QStringLiteral("drop")));
    QVERIFY(closed.wait(5000));
    QCOMPARE(closed.first().at(0).toInt(), 1006);
    QVERIFY(session.closedByPeer());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::ConnectionReset);
    QCOMPARE(receivedTexts(session.log()), QStringList{QStringLiteral("before")});
}

void tst_WebSocketSession::pingPongRoundTrip()
{
    WebSocketSession session;
    tap(session);
    QVERIFY(openAndWait(session, request()));
    QCOMPARE(session.lastRoundTripUs(), -1);
    QSignalSpy pongs(&session, &WebSocketSession::pongReceived);
    QVERIFY(session.ping("abc"));
    QVERIFY(pongs.wait(5000));
    const qint64 rtt = pongs.first().first().toLongLong();
    QVERIFY(rtt > 0);
    QVERIFY(rtt < 5'000'000);
    QCOMPARE(session.lastRoundTripUs(), rtt);
    const auto pongFrames = received(session.log(), MessageKind::Pong);
    QCOMPARE(pongFrames.size(), 1);
    QCOMPARE(pongFrames.first().payload, QByteArray("abc"));

    // Periodic pings.
    WebSocketSession periodic;
    tap(periodic);
    WebSocketRequest r = request();
    r.settings.pingIntervalMs = 50;
    QSignalSpy periodicPongs(&periodic, &WebSocketSession::pongReceived);
    QVERIFY(openAndWait(periodic, r));
    QTRY_VERIFY_WITH_TIMEOUT(periodicPongs.size() >= 2, 5000);
}

void tst_WebSocketSession::autoReconnectAfterDrop()
{
    WebSocketSession session;
    tap(session);
    WebSocketRequest r = request();
    r.settings.autoReconnect = true;
    r.settings.reconnectInitialDelayMs = 50;
    r.settings.reconnectMaxDelayMs = 200;
    QSignalSpy opened(&session, &WebSocketSession::opened);
    QSignalSpy states(&session, &WebSocketSession::stateChanged);
    QVERIFY(session.open(r));
    QVERIFY(opened.wait(10000));
    QVERIFY(session.sendText(QStringLiteral("before drop")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()).size(), 1, 5000);
    QVERIFY(session.sendText(QStringLiteral("drop")));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
    QList<WebSocketSession::State> seen;
    for (const auto &args : std::as_const(states))
        seen.append(args.first().value<WebSocketSession::State>());
    QVERIFY(seen.contains(WebSocketSession::State::Reconnecting));
    QCOMPARE(seen.last(), WebSocketSession::State::Open);
    // The log outlives the reconnect: what came before is still there.
    QVERIFY(session.sendText(QStringLiteral("after")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()),
                              (QStringList{QStringLiteral("before drop"), QStringLiteral("after")}),
                              5000);
    QVERIFY(eventsText(session.log()).contains(QLatin1String("reconnecting in")));
    // Closing ourselves does not trigger another reconnect.
    session.close();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketSession::State::Closed, 5000);
    QTest::qWait(300);
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
    QCOMPARE(opened.size(), 2);
}

void tst_WebSocketSession::chatBroadcastAndJoinNotices()
{
    // The chat server is shared with other tests that may run at the same time, so other
    // peers' joins and messages can interleave: match our own messages by a unique token,
    // never by position.
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto find = [](const WebSocketSession &s, const QString &suffix) -> qsizetype {
        const QStringList texts = receivedTexts(s.log());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (texts[i].endsWith(suffix))
                return i;
        }
        return -1;
    };
    const auto senderOf = [](const WebSocketSession &s, const QString &suffix) {
        for (const QString &t : receivedTexts(s.log())) {
            if (t.endsWith(suffix))
                return t.left(t.size() - suffix.size());
        }
        return QString();
    };
    WebSocketRequest r;
    r.url = m_servers.wsChat.toString();
    r.subprotocols = {QStringLiteral("chat")};
    WebSocketSession alice;
    tap(alice);
    WebSocketSession bob;
    tap(bob);
    QVERIFY(openAndWait(alice, r));
    QCOMPARE(alice.handshake().subprotocol, QStringLiteral("chat"));
    const QString aliceHello = QStringLiteral(": alice here ") + token;
    QVERIFY(alice.sendText(QStringLiteral("alice here ") + token));
    QTRY_VERIFY_WITH_TIMEOUT(find(alice, aliceHello) >= 0, 5000);
    const QString aliceName = senderOf(alice, aliceHello);
    QVERIFY2(aliceName.startsWith(QLatin1String("peer ")), qPrintable(aliceName));

    QVERIFY(openAndWait(bob, r));
    const QString bobHello = QStringLiteral(": bob here ") + token;
    QVERIFY(bob.sendText(QStringLiteral("bob here ") + token));
    QTRY_VERIFY_WITH_TIMEOUT(find(bob, bobHello) >= 0, 5000);
    const QString bobName = senderOf(bob, bobHello);
    QVERIFY(bobName != aliceName);
    // Alice saw Bob join, and his hello after that.
    QTRY_VERIFY_WITH_TIMEOUT(find(alice, bobHello) >= 0, 5000);
    const qsizetype joined = receivedTexts(alice.log()).indexOf(QStringLiteral("join: ") + bobName);
    QVERIFY(joined >= 0);
    QVERIFY(joined < find(alice, bobHello));

    QVERIFY(alice.sendText(QStringLiteral("hi bob ") + token));
    QTRY_VERIFY_WITH_TIMEOUT(
        receivedTexts(bob.log()).contains(aliceName + QStringLiteral(": hi bob ") + token), 5000);
    QVERIFY(bob.sendText(QStringLiteral("hi alice ") + token));
    QTRY_VERIFY_WITH_TIMEOUT(
        receivedTexts(alice.log()).contains(bobName + QStringLiteral(": hi alice ") + token), 5000);
}

void tst_WebSocketSession::refusedUpgrade()
{
    WebSocketSession session;
    tap(session);
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    QSignalSpy closed(&session, &WebSocketSession::closed);
    QVERIFY(session.open(request(QStringLiteral("/reject"))));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketSession::State::Closed, 5000);
    QCOMPARE(errors.size(), 1);
    const Error e = errors.first().first().value<Error>();
    QCOMPARE(e.kind, Error::Kind::Protocol);
    QVERIFY2(e.message.contains(QLatin1String("403")), qPrintable(e.message));
    QCOMPARE(session.handshake().status, 403);
    QCOMPARE(session.handshake().reason, QStringLiteral("Forbidden"));
    QVERIFY(!session.handshake().limitations.isEmpty());
    QCOMPARE(closed.size(), 0); // never opened
}

void tst_WebSocketSession::selfSignedRefusedThenAccepted()
{
    WebSocketRequest r;
    r.url = m_servers.wssSelfSignedEcho.toString();
    WebSocketSession session;
    tap(session);
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    QVERIFY(session.open(r));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketSession::State::Closed, 5000);
    const Error e = errors.first().first().value<Error>();
    QCOMPARE(e.kind, Error::Kind::Tls);
    const TlsInfo tls = session.handshake().tlsInfo;
    QVERIFY(!tls.errors.isEmpty());
    QVERIFY(tls.acceptedErrors.isEmpty());

    // The user accepts exactly the errors shown, pinned to the certificate.
    QList<IgnoredTlsError> accept;
    for (const TlsError &te : tls.errors)
        accept.append(IgnoredTlsError{te.code, te.certificateSha256});
    QSignalSpy opened(&session, &WebSocketSession::opened);
    session.acceptTlsErrorsAndReconnect(accept);
    QVERIFY(opened.wait(10000));
    QVERIFY(session.handshake().tls);
    QVERIFY(!session.handshake().tlsInfo.verified);
    QCOMPARE(session.handshake().tlsInfo.acceptedErrors.size(), tls.errors.size());
    QVERIFY(!session.handshake().tlsInfo.protocol.isEmpty());
    QVERIFY(session.sendText(QStringLiteral("over tls")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()), QStringList{QStringLiteral("over tls")},
                              5000);
}

void tst_WebSocketSession::selfSignedAcceptedUpFront()
{
    WebSocketRequest r;
    r.url = m_servers.wssSelfSignedEcho.toString();
    // Trusting the certificate as a CA makes verification succeed outright.
    r.settings.tls.caCertificateFiles = {m_servers.selfSignedCertFile};
    WebSocketSession session;
    tap(session);
    QVERIFY2(openAndWait(session, r), qPrintable(eventsText(session.log())));
    QVERIFY(session.handshake().tlsInfo.verified);
    QVERIFY(!session.handshake().tlsInfo.chain.isEmpty());

    // Opting in to a different error than the one that occurs does not help.
    WebSocketRequest wrong;
    wrong.url = m_servers.wssSelfSignedEcho.toString();
    wrong.settings.tls.ignoredErrors = {IgnoredTlsError{int(QSslError::CertificateExpired), {}}};
    WebSocketSession refused;
    tap(refused);
    QSignalSpy errors(&refused, &WebSocketSession::errorOccurred);
    QVERIFY(refused.open(wrong));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::Tls);
}

void tst_WebSocketSession::badInputRefusedBeforeConnecting()
{
    const QList<WebSocketRequest> bad = [this] {
        QList<WebSocketRequest> list;
        WebSocketRequest r = request();
        r.url = QStringLiteral("http://127.0.0.1/");
        list.append(r);
        r = request();
        r.subprotocols = {QStringLiteral("chat v1")};
        list.append(r);
        r = request();
        r.headers = {
            KeyValue{QStringLiteral("X-A"), QStringLiteral("a\r\nX-Injected: 1"), true, {}}};
        list.append(r);
        return list;
    }();
    for (const WebSocketRequest &r : bad) {
        WebSocketSession session;
        tap(session);
        QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
        QSignalSpy states(&session, &WebSocketSession::stateChanged);
        QVERIFY(!session.open(r));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::InvalidRequest);
        QCOMPARE(states.size(), 0);
        QCOMPARE(session.state(), WebSocketSession::State::Closed);
    }
}

void tst_WebSocketSession::connectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    WebSocketRequest r;
    r.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    WebSocketSession session;
    tap(session);
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    QVERIFY(session.open(r));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
    QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::ConnectionRefused);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketSession::State::Closed, 5000);
}

void tst_WebSocketSession::throughSocks5ProxyWithCredentials()
{
    // microsocks with a user: the right credentials connect and echo...
    WebSocketRequest r = request();
    r.settings.proxy =
        ProxySettings{ProxyMode::Socks5, m_servers.socksHost, m_servers.socksAuthPort,
                      m_servers.socksUser, m_servers.socksPassword};
    {
        WebSocketSession session;
        tap(session);
        QVERIFY2(openAndWait(session, r), qPrintable(eventsText(session.log())));
        QVERIFY(session.sendText(QStringLiteral("via socks")));
        QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()),
                                  QStringList{QStringLiteral("via socks")}, 5000);
    }
    // ...and a wrong password is the proxy's refusal (so the proxy, not a direct connection, was
    // used).
    r.settings.proxy.password = QStringLiteral("wrong");
    WebSocketSession refused;
    tap(refused);
    QSignalSpy errors(&refused, &WebSocketSession::errorOccurred);
    QVERIFY(refused.open(r));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::Proxy);
    QTRY_COMPARE_WITH_TIMEOUT(refused.state(), WebSocketSession::State::Closed, 5000);
}

void tst_WebSocketSession::throughHttpProxy()
{
    // tinyproxy tunnels ws:// and wss:// with CONNECT.
    for (const QUrl &peer : {m_servers.wsEcho, m_servers.wssSelfSignedEcho}) {
        WebSocketRequest r = request();
        r.url = peer.toString();
        r.settings.tls.insecure = peer.scheme() == QLatin1String("wss"); // the self-signed peer
        r.settings.proxy = ProxySettings{
            ProxyMode::Http, m_servers.httpProxyHost, m_servers.httpProxyPort, {}, {}};
        WebSocketSession session;
        tap(session);
        QVERIFY2(openAndWait(session, r),
                 qPrintable(peer.toString() + QStringLiteral(": ") + eventsText(session.log())));
        QVERIFY(session.sendText(QStringLiteral("via http proxy")));
        QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()),
                                  QStringList{QStringLiteral("via http proxy")}, 5000);
    }
    // A proxy that is not there: the error names the proxy.
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    WebSocketRequest r = request();
    r.settings.proxy = ProxySettings{ProxyMode::Http, QStringLiteral("127.0.0.1"), port, {}, {}};
    WebSocketSession session;
    tap(session);
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    QVERIFY(session.open(r));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::Proxy);
}

void tst_WebSocketSession::wssClientCertificate()
{
    // The peer (certificate from the test CA) requires a client certificate from the same CA.
    WebSocketRequest r = request();
    r.url = m_servers.wssClientCertEcho.toString();
    r.settings.tls.caCertificateFiles = {m_servers.caFile};
    {
        WebSocketSession without;
        tap(without);
        QSignalSpy errors(&without, &WebSocketSession::errorOccurred);
        QVERIFY(without.open(r));
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(without.state(), WebSocketSession::State::Closed, 5000);
        QVERIFY(receivedTexts(without.log()).isEmpty());
    }
    // PEM certificate and key, then the same identity as PKCS#12 with its passphrase.
    TlsSettings pem = r.settings.tls;
    pem.clientCertificateFile = m_servers.clientCertFile;
    pem.clientKeyFile = m_servers.clientKeyFile;
    TlsSettings p12 = r.settings.tls;
    p12.clientCertificateFile = m_servers.clientP12File;
    p12.clientKeyPassphrase = m_servers.clientP12Password;
    for (const TlsSettings &tls : {pem, p12}) {
        r.settings.tls = tls;
        WebSocketSession session;
        tap(session);
        QVERIFY2(openAndWait(session, r),
                 qPrintable(tls.clientCertificateFile + QStringLiteral(": ")
                            + eventsText(session.log())));
        QVERIFY(session.sendText(QStringLiteral("with a client certificate")));
        QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()),
                                  QStringList{QStringLiteral("with a client certificate")}, 5000);
    }
}

void tst_WebSocketSession::openingIsTimedByTheRelay_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("ws") << false;
    QTest::newRow("wss") << true;
}

void tst_WebSocketSession::openingIsTimedByTheRelay()
{
    QFETCH(bool, secure);
    WireTap relay;
    QVERIFY(relay.isListening());
    QUrl url = secure ? m_servers.wssSelfSignedEcho : m_servers.wsEcho;
    url.setHost(QStringLiteral("localhost")); // a name: the relay resolves and times it
    WebSocketRequest r;
    r.url = url.toString(QUrl::RemovePath) + QStringLiteral("/");
    r.settings.connectTimeoutMs = 10000;
    r.settings.tls.insecure = secure; // the peer's certificate is self-signed
    WebSocketSession session;
    session.setWireTap(&relay);
    QVERIFY2(openAndWait(session, r), qPrintable(eventsText(session.log())));
    const WsTimings &t = session.handshake().timings;
    QVERIFY2(t.note.isEmpty(), qPrintable(t.note));
    QVERIFY(t.dns && *t.dns >= 0);
    QVERIFY(t.connect && *t.connect >= 0);
    QVERIFY(t.handshake && *t.handshake > 0);
    QVERIFY(t.total);
    QCOMPARE(t.tlsInHandshake, secure);
    QVERIFY(*t.dns + *t.connect + *t.handshake <= *t.total + 0.001);
    // The relay really carried it: one connection, to the name asked for, and the echo works.
    const QList<WireConnection> seen = relay.log().all();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().targetHost, QStringLiteral("localhost"));
    QCOMPARE(seen.first().tls, secure);
    QVERIFY(session.sendText(QStringLiteral("timed")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()), QStringList{QStringLiteral("timed")},
                              5000);
    QVERIFY(describeWsTimings(t).startsWith(QStringLiteral("DNS ")));
    QVERIFY(describeWsTimings(t).contains(secure ? QStringLiteral("TLS + upgrade")
                                                 : QStringLiteral(", upgrade ")));
}

void tst_WebSocketSession::relayNamesTheRefusedAddress()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    WireTap relay;
    WebSocketRequest r;
    r.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    WebSocketSession session;
    session.setWireTap(&relay);
    QSignalSpy errors(&session, &WebSocketSession::errorOccurred);
    QVERIFY(session.open(r));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
    const Error e = errors.first().first().value<Error>();
    QCOMPARE(e.kind, Error::Kind::ConnectionRefused);
    QVERIFY2(e.message.contains(QStringLiteral("tried 127.0.0.1:%1 (refused)").arg(port)),
             qPrintable(e.message));
    const QList<WireConnection> seen = relay.log().all(); // Qt may try twice
    QVERIFY(!seen.isEmpty());
    for (const WireConnection &c : seen)
        QCOMPARE(c.failure, WireConnection::Failure::Refused);
    QVERIFY(!session.handshake().timings.connect); // never connected: no connect time
}

void tst_WebSocketSession::withoutTheRelayTheNoteSaysWhy()
{
    WebSocketSession session; // no relay
    QVERIFY(openAndWait(session, request()));
    const WsTimings &t = session.handshake().timings;
    QVERIFY(t.total && *t.total > 0);
    QVERIFY(!t.dns && !t.connect && !t.handshake);
    QVERIFY2(t.note.contains(QStringLiteral("relay is off")), qPrintable(t.note));
}

QTEST_GUILESS_MAIN(tst_WebSocketSession)
#include "tst_websocketsession.moc"
