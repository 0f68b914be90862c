// firstCloseFrame(): the close frame a server sent, read from the relay's bytes of the server
// -> client direction, as a table of frames built here (short and extended lengths, masked
// and not, cut short by the relay's bound).

#include "core/websocket/wscloseframe.h"

#include <QTest>

using namespace wirescope;

namespace {

const QByteArray s_head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n";

QByteArray frame(int opcode, const QByteArray &payload, bool masked = false)
{
    QByteArray out(1, char(0x80 | opcode));
    const char maskBit = masked ? char(0x80) : char(0);
    if (payload.size() < 126) {
        out += char(maskBit | char(payload.size()));
    } else {
        out += char(maskBit | 126);
        out += char(payload.size() >> 8);
        out += char(payload.size() & 0xff);
    }
    if (!masked)
        return out + payload;
    const QByteArray key = "\x11\x22\x33\x44";
    out += key;
    for (qsizetype i = 0; i < payload.size(); ++i)
        out += char(payload.at(i) ^ key.at(i % 4));
    return out;
}

QByteArray closePayload(int code, const QByteArray &reason = {})
{
    return QByteArray(1, char(code >> 8)) + char(code & 0xff) + reason;
}

} // namespace

class tst_WsCloseFrame final : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
};

void tst_WsCloseFrame::read_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("payloadSize"); // -1: no close frame found
    QTest::addColumn<int>("code");        // -1: none

    QTest::newRow("999 after a text frame")
        << s_head + frame(0x1, "hello") + frame(0x8, closePayload(999, "bye")) << 5 << 999;
    QTest::newRow("1005") << s_head + frame(0x8, closePayload(1005)) << 2 << 1005;
    QTest::newRow("5000 after a 300-byte binary frame")
        << s_head + frame(0x2, QByteArray(300, 'x')) + frame(0x8, closePayload(5000)) << 2 << 5000;
    QTest::newRow("masked (a server must not mask)")
        << s_head + frame(0x8, closePayload(4001, "x"), true) << 3 << 4001;
    QTest::newRow("1-byte payload") << s_head + frame(0x8, "\x03") << 1 << -1;
    QTest::newRow("empty close") << s_head + frame(0x8, {}) << 0 << -1;
    QTest::newRow("no close frame") << s_head + frame(0x1, "hi") << -1 << -1;
    QTest::newRow("cut inside a frame")
        << QByteArray(s_head + frame(0x2, QByteArray(300, 'x')) + frame(0x8, closePayload(999)))
               .left(200)
        << -1 << -1;
    QTest::newRow("cut inside the extended length")
        << s_head + QByteArray("\x82\x7e\x01") << -1 << -1;
    QTest::newRow("64-bit length larger than the bytes")
        << s_head + QByteArray("\x82\x7f\xff\xff\xff\xff\xff\xff\xff\xff", 10) << -1 << -1;
    QTest::newRow("no head") << frame(0x8, closePayload(999)) << -1 << -1;
}

void tst_WsCloseFrame::read()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, payloadSize);
    QFETCH(int, code);
    const std::optional<ReceivedClose> close = firstCloseFrame(raw);
    QCOMPARE(close.has_value(), payloadSize >= 0);
    if (!close)
        return;
    QCOMPARE(close->payloadSize, payloadSize);
    QCOMPARE(close->code.value_or(-1), code);
}

QTEST_GUILESS_MAIN(tst_WsCloseFrame)
#include "tst_wscloseframe.moc"
