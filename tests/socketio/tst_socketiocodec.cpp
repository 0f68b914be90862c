// The Engine.IO v4 and Socket.IO v5 codecs as tables. The well-formed rows are the examples
// of the protocol documents: socket.io's docs/socket.io-protocol/v5-current.md ("Packet
// encoding" > "Examples" and "Sample session") and docs/engine.io-protocol/v4-current.md
// (the open packet of the "Sample session"), github.com/socketio/socket.io. The malformed
// rows follow socket.io-parser's decodeString() and isPayloadValid() rules.

#include "core/socketio/engineiopacket.h"
#include "core/socketio/socketiopacket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope;

namespace {

QJsonValue json(const char *text)
{
    if (!text)
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + QByteArray(text) + QByteArray("]"));
    return doc.array().first();
}

} // namespace

class TstSocketIoCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineDecode_data();
    void engineDecode();
    void engineErrors_data();
    void engineErrors();
    void engineOpen();
    void openErrors_data();
    void openErrors();
    void socketIoRoundTrip_data();
    void socketIoRoundTrip();
    void socketIoErrors_data();
    void socketIoErrors();
    void binaryPackets();
    void namespaces_data();
    void namespaces();
};

void TstSocketIoCodec::engineDecode_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("data");
    QTest::newRow("open") << QStringLiteral("0{\"sid\":\"x\"}") << int(EngineIoType::Open)
                          << QStringLiteral("{\"sid\":\"x\"}");
    QTest::newRow("close") << QStringLiteral("1") << int(EngineIoType::Close) << QString();
    QTest::newRow("ping") << QStringLiteral("2") << int(EngineIoType::Ping) << QString();
    QTest::newRow("ping probe") << QStringLiteral("2probe") << int(EngineIoType::Ping)
                                << QStringLiteral("probe");
    QTest::newRow("pong") << QStringLiteral("3") << int(EngineIoType::Pong) << QString();
    QTest::newRow("message event")
        << QStringLiteral("42[\"hey\",\"Jude\"]") << int(EngineIoType::Message)
        << QStringLiteral("2[\"hey\",\"Jude\"]");
    QTest::newRow("upgrade") << QStringLiteral("5") << int(EngineIoType::Upgrade) << QString();
    QTest::newRow("noop") << QStringLiteral("6") << int(EngineIoType::Noop) << QString();
}

void TstSocketIoCodec::engineDecode()
{
    QFETCH(QString, frame);
    QFETCH(int, type);
    QFETCH(QString, data);
    const auto packet = decodeEngineIoPacket(frame);
    QVERIFY2(packet.ok(), qPrintable(packet ? QString() : packet.error().message));
    QCOMPARE(int(packet->type), type);
    QCOMPARE(packet->data, data);
    QCOMPARE(encodeEngineIoPacket(packet->type, packet->data), frame);
}

void TstSocketIoCodec::engineErrors_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("empty Engine.IO packet");
    QTest::newRow("type 7") << QStringLiteral("7")
                            << QStringLiteral("the type must be a digit 0-6");
    QTest::newRow("letter") << QStringLiteral("hello") << QStringLiteral("starts \"hello\"");
    QTest::newRow("b64 binary (polling only)")
        << QStringLiteral("bAQID") << QStringLiteral("starts \"bAQID\"");
}

void TstSocketIoCodec::engineErrors()
{
    QFETCH(QString, frame);
    QFETCH(QString, expected);
    const auto packet = decodeEngineIoPacket(frame);
    QVERIFY(!packet.ok());
    QCOMPARE(packet.error().kind, Error::Kind::Protocol);
    QVERIFY2(packet.error().message.contains(expected), qPrintable(packet.error().message));
}

void TstSocketIoCodec::engineOpen()
{
    // The open packet of the protocol documents' sample session.
    const auto open = parseEngineIoOpen(
        u"{\"sid\":\"lv_VI97HAXpY6yYWAAAC\",\"upgrades\":[\"websocket\"],\"pingInterval\":25000,"
        u"\"pingTimeout\":5000,\"maxPayload\":1000000}");
    QVERIFY2(open.ok(), qPrintable(open ? QString() : open.error().message));
    QCOMPARE(open->sid, QStringLiteral("lv_VI97HAXpY6yYWAAAC"));
    QCOMPARE(open->upgrades, QStringList{QStringLiteral("websocket")});
    QCOMPARE(open->pingIntervalMs, 25000);
    QCOMPARE(open->pingTimeoutMs, 5000);
    QCOMPARE(open->maxPayload, qint64(1000000));

    // An Engine.IO v3 server leaves maxPayload out.
    const auto v3 = parseEngineIoOpen(
        u"{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":5000}");
    QVERIFY(v3.ok());
    QCOMPARE(v3->maxPayload, qint64(0));
}

void TstSocketIoCodec::openErrors_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QStringLiteral("{sid") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QStringLiteral("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("no sid") << QStringLiteral("{\"pingInterval\":1,\"pingTimeout\":1}")
                            << QStringLiteral("no \"sid\"");
    QTest::newRow("numeric sid") << QStringLiteral(
        "{\"sid\":5,\"pingInterval\":1,\"pingTimeout\":1}")
                                 << QStringLiteral("no \"sid\"");
    QTest::newRow("no interval") << QStringLiteral("{\"sid\":\"a\",\"pingTimeout\":1}")
                                 << QStringLiteral("\"pingInterval\"");
    QTest::newRow("negative timeout")
        << QStringLiteral("{\"sid\":\"a\",\"pingInterval\":1,\"pingTimeout\":-5}")
        << QStringLiteral("\"pingTimeout\"");
    QTest::newRow("fractional interval")
        << QStringLiteral("{\"sid\":\"a\",\"pingInterval\":1.5,\"pingTimeout\":1}")
        << QStringLiteral("\"pingInterval\"");
    QTest::newRow("huge interval")
        << QStringLiteral("{\"sid\":\"a\",\"pingInterval\":1e12,\"pingTimeout\":1}")
        << QStringLiteral("\"pingInterval\"");
    QTest::newRow("upgrades string") << QStringLiteral(
        "{\"sid\":\"a\",\"pingInterval\":1,\"pingTimeout\":1,\"upgrades\":\"ws\"}")
                                     << QStringLiteral("\"upgrades\"");
    QTest::newRow("maxPayload string") << QStringLiteral(
        "{\"sid\":\"a\",\"pingInterval\":1,\"pingTimeout\":1,\"maxPayload\":\"1\"}")
                                       << QStringLiteral("\"maxPayload\"");
}

void TstSocketIoCodec::openErrors()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const auto open = parseEngineIoOpen(json);
    QVERIFY(!open.ok());
    QCOMPARE(open.error().kind, Error::Kind::Protocol);
    QVERIFY2(open.error().message.contains(expected), qPrintable(open.error().message));
}

void TstSocketIoCodec::socketIoRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("nsp");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QJsonValue>("data");
    QTest::addColumn<QString>("eventName");
    const auto row = [](const char *name, const char *text, SocketIoType type, const char *nsp,
                        qint64 id, const char *data, const char *event) {
        QTest::newRow(name) << QString::fromUtf8(text) << int(type) << QString::fromUtf8(nsp) << id
                            << json(data) << QString::fromUtf8(event);
    };
    // v5-current.md, "Examples".
    row("connect main", "0", SocketIoType::Connect, "/", -1, nullptr, "");
    row("connect admin with sid", "0/admin,{\"sid\":\"oSO0OpakMV_3jnilAAAA\"}",
        SocketIoType::Connect, "/admin", -1, "{\"sid\":\"oSO0OpakMV_3jnilAAAA\"}", "");
    row("connect error", "4{\"message\":\"Not authorized\"}", SocketIoType::ConnectError, "/", -1,
        "{\"message\":\"Not authorized\"}", "");
    row("event main", "2[\"foo\"]", SocketIoType::Event, "/", -1, "[\"foo\"]", "foo");
    row("event admin", "2/admin,[\"bar\"]", SocketIoType::Event, "/admin", -1, "[\"bar\"]", "bar");
    row("event with ack id", "212[\"foo\"]", SocketIoType::Event, "/", 12, "[\"foo\"]", "foo");
    row("ack admin", "3/admin,13[\"bar\"]", SocketIoType::Ack, "/admin", 13, "[\"bar\"]", "");
    row("disconnect main", "1", SocketIoType::Disconnect, "/", -1, nullptr, "");
    row("disconnect admin", "1/admin,", SocketIoType::Disconnect, "/admin", -1, nullptr, "");
    // "Sample session".
    row("sample emit", "2[\"hey\",\"Jude\"]", SocketIoType::Event, "/", -1, "[\"hey\",\"Jude\"]",
        "hey");
    row("sample connect admin", "0/admin,", SocketIoType::Connect, "/admin", -1, nullptr, "");
    row("sample event with ack", "2/admin,1[\"tellme\"]", SocketIoType::Event, "/admin", 1,
        "[\"tellme\"]", "tellme");
    // Ours: an auth payload, many arguments of every JSON kind, an empty ack, a v4 string error.
    row("connect with auth", "0/admin,{\"token\":\"abc\"}", SocketIoType::Connect, "/admin", -1,
        "{\"token\":\"abc\"}", "");
    row("many arguments", "2[\"mix\",1,\"two\",true,null,{\"a\":[1]},[3.5]]", SocketIoType::Event,
        "/", -1, "[\"mix\",1,\"two\",true,null,{\"a\":[1]},[3.5]]", "mix");
    row("empty ack", "37[]", SocketIoType::Ack, "/", 7, "[]", "");
    row("connect error string", "4\"Not authorized\"", SocketIoType::ConnectError, "/", -1,
        "\"Not authorized\"", "");
    row("unicode", "2[\"gr\xc3\xbc\xc3\x9f\",\"\xf0\x9f\x98\x80\"]", SocketIoType::Event, "/", -1,
        "[\"gr\xc3\xbc\xc3\x9f\",\"\xf0\x9f\x98\x80\"]", "gr\xc3\xbc\xc3\x9f");
}

void TstSocketIoCodec::socketIoRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, nsp);
    QFETCH(qint64, id);
    QFETCH(QJsonValue, data);
    QFETCH(QString, eventName);
    const auto packet = decodeSocketIoPacket(text);
    QVERIFY2(packet.ok(), qPrintable(packet ? QString() : packet.error().message));
    QCOMPARE(int(packet->type), type);
    QCOMPARE(packet->nsp, nsp);
    QCOMPARE(packet->id, id);
    QCOMPARE(packet->data, data);
    QCOMPARE(packet->eventName(), eventName);
    if (packet->type == SocketIoType::Event)
        QCOMPARE(packet->arguments().size(), data.toArray().size() - 1);
    QCOMPARE(encodeSocketIoPacket(*packet), text);
}

void TstSocketIoCodec::socketIoErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("empty Socket.IO packet");
    QTest::newRow("type 9") << QStringLiteral("9[\"a\"]") << QStringLiteral("starts with '9'");
    QTest::newRow("bad json") << QStringLiteral("2[\"a\",]") << QStringLiteral("not valid JSON");
    QTest::newRow("trailing garbage")
        << QStringLiteral("2[\"a\"]x") << QStringLiteral("not valid JSON");
    QTest::newRow("two values") << QStringLiteral("2[\"a\"],[\"b\"]")
                                << QStringLiteral("not one JSON value");
    QTest::newRow("bracket injection")
        << QStringLiteral("2\"a\"],[\"b\"") << QStringLiteral("EVENT");
    QTest::newRow("event not array") << QStringLiteral("2{\"a\":1}")
                                     << QStringLiteral("EVENT: the payload must be a JSON array");
    QTest::newRow("event empty array")
        << QStringLiteral("2[]") << QStringLiteral("starting with the event name");
    QTest::newRow("event numeric name")
        << QStringLiteral("2[1]") << QStringLiteral("starting with the event name");
    QTest::newRow("event no payload") << QStringLiteral("2") << QStringLiteral("EVENT");
    QTest::newRow("connect array")
        << QStringLiteral("0[1]") << QStringLiteral("CONNECT: the payload must be a JSON object");
    QTest::newRow("disconnect payload")
        << QStringLiteral("1{}") << QStringLiteral("DISCONNECT: a payload is not allowed");
    QTest::newRow("connect error number")
        << QStringLiteral("4 5") << QStringLiteral("CONNECT_ERROR");
    QTest::newRow("connect error none") << QStringLiteral("4") << QStringLiteral("CONNECT_ERROR");
    QTest::newRow("ack without id")
        << QStringLiteral("3[]") << QStringLiteral("acknowledgement id is missing");
    QTest::newRow("ack object") << QStringLiteral("31{}") << QStringLiteral("ACK: the payload");
    QTest::newRow("id too long") << QStringLiteral("21234567890123456[\"a\"]")
                                 << QStringLiteral("more than 15 digits");
    QTest::newRow("binary without dash")
        << QStringLiteral("51[\"a\"]") << QStringLiteral("attachment count");
    QTest::newRow("binary no count")
        << QStringLiteral("5-[\"a\"]") << QStringLiteral("attachment count");
    QTest::newRow("binary count too long")
        << QStringLiteral("51234567-[\"a\"]") << QStringLiteral("attachment count");
}

void TstSocketIoCodec::socketIoErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto packet = decodeSocketIoPacket(text);
    QVERIFY2(!packet.ok(), qPrintable(text));
    QCOMPARE(packet.error().kind, Error::Kind::Protocol);
    QVERIFY2(packet.error().message.contains(expected), qPrintable(packet.error().message));
}

void TstSocketIoCodec::binaryPackets()
{
    // v5-current.md: "with multiple attachments" and the BINARY_ACK example.
    const auto event = decodeSocketIoPacket(
        u"52-/admin,[\"baz\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
    QVERIFY(event.ok());
    QCOMPARE(event->type, SocketIoType::BinaryEvent);
    QCOMPARE(event->attachments, 2);
    QCOMPARE(event->nsp, QStringLiteral("/admin"));
    QCOMPARE(event->eventName(), QStringLiteral("baz"));
    const auto ack = decodeSocketIoPacket(u"61-15[\"bar\",{\"_placeholder\":true,\"num\":0}]");
    QVERIFY(ack.ok());
    QCOMPARE(ack->type, SocketIoType::BinaryAck);
    QCOMPARE(ack->attachments, 1);
    QCOMPARE(ack->id, qint64(15));
    QCOMPARE(encodeSocketIoPacket(*ack),
             QStringLiteral("61-15[\"bar\",{\"_placeholder\":true,\"num\":0}]"));
    const Error e = binaryAttachmentsError(*event);
    QCOMPARE(e.message, QStringLiteral("BINARY_EVENT with 2 binary attachment(s) on /admin: binary "
                                       "attachments are not supported yet"));
}

void TstSocketIoCodec::namespaces_data()
{
    QTest::addColumn<QString>("nsp");
    QTest::addColumn<QString>("expected"); // empty = accepted
    QTest::newRow("main") << QStringLiteral("/") << QString();
    QTest::newRow("admin") << QStringLiteral("/admin") << QString();
    QTest::newRow("nested") << QStringLiteral("/a/b") << QString();
    QTest::newRow("no slash") << QStringLiteral("admin") << QStringLiteral("starts with '/'");
    QTest::newRow("empty") << QString() << QStringLiteral("starts with '/'");
    QTest::newRow("comma") << QStringLiteral("/a,b") << QStringLiteral("cannot contain ','");
}

void TstSocketIoCodec::namespaces()
{
    QFETCH(QString, nsp);
    QFETCH(QString, expected);
    const Result<void> r = checkSocketIoNamespace(nsp);
    QCOMPARE(r.ok(), expected.isEmpty());
    if (!r)
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QVERIFY(isReservedSocketIoEvent(QStringLiteral("connect")));
    QVERIFY(!isReservedSocketIoEvent(QStringLiteral("chat")));
}

QTEST_APPLESS_MAIN(TstSocketIoCodec)
#include "tst_socketiocodec.moc"
