// The hex / base64 / file converters used by the GUI and wirescope-cli for binary frames.

#include "core/websocket/wspayload.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;

class tst_WsPayload final : public QObject
{
    Q_OBJECT

private slots:
    void hex_data();
    void hex();
    void base64_data();
    void base64();
    void file();
    void utf8_data();
    void utf8();
};

void tst_WsPayload::hex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("plain") << "deadBEEF" << true << QByteArray("\xde\xad\xbe\xef") << QString();
    QTest::newRow("spaced") << " de ad\nbe\tef " << true << QByteArray("\xde\xad\xbe\xef")
                            << QString();
    QTest::newRow("colons dashes")
        << "de:ad-be:ef" << true << QByteArray("\xde\xad\xbe\xef") << QString();
    QTest::newRow("0x prefix") << "0x00ff" << true << QByteArray("\x00\xff", 2) << QString();
    QTest::newRow("empty") << "" << true << QByteArray() << QString();
    QTest::newRow("odd") << "abc" << false << QByteArray() << "odd number";
    QTest::newRow("lone digit") << "a bc" << false << QByteArray() << "position 1";
    QTest::newRow("bad char") << "zz" << false << QByteArray() << "'z' at position 1";
    QTest::newRow("bad char later") << "00 1g" << false << QByteArray() << "'g' at position 5";
}

void tst_WsPayload::hex()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    const auto r = bytesFromHex(text);
    QCOMPARE(bool(r), ok);
    if (ok) {
        QCOMPARE(*r, bytes);
    } else {
        QCOMPARE(r.error().kind, Error::Kind::InvalidRequest);
        QVERIFY2(r.error().message.contains(errorPart), qPrintable(r.error().message));
    }
}

void tst_WsPayload::base64_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("padded") << "aGVsbG8=" << true << QByteArray("hello");
    QTest::newRow("unpadded") << "aGVsbG8" << true << QByteArray("hello");
    QTest::newRow("whitespace") << "aGVs\nbG8=" << true << QByteArray("hello");
    QTest::newRow("binary") << "3q2+7w==" << true << QByteArray("\xde\xad\xbe\xef");
    QTest::newRow("url-safe") << "3q2-7w" << true << QByteArray("\xde\xad\xbe\xef");
    QTest::newRow("bad char") << "aGV*bG8=" << false << QByteArray();
    QTest::newRow("data after pad") << "aG=Vs" << false << QByteArray();
    QTest::newRow("impossible length") << "aGVsb" << false << QByteArray();
    QTest::newRow("mixed alphabets") << "3q2+7w_-" << false << QByteArray();
}

void tst_WsPayload::base64()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    const auto r = bytesFromBase64(text);
    QCOMPARE(bool(r), ok);
    if (ok)
        QCOMPARE(*r, bytes);
    else
        QVERIFY(r.error().message.startsWith(QLatin1String("base64:")));
}

void tst_WsPayload::file()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("blob.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x00\x01\x02", 3));
    f.close();
    const auto ok = bytesFromFile(path);
    QVERIFY(ok);
    QCOMPARE(*ok, QByteArray("\x00\x01\x02", 3));
    const auto tooBig = bytesFromFile(path, 2);
    QVERIFY(!tooBig);
    QCOMPARE(tooBig.error().kind, Error::Kind::File);
    const auto missing = bytesFromFile(dir.filePath(QStringLiteral("nope")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::File);
    QVERIFY(missing.error().message.contains(QLatin1String("nope")));
    const auto directory = bytesFromFile(dir.path());
    QVERIFY(!directory);
}

void tst_WsPayload::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("abc") << true;
    QTest::newRow("multibyte") << QByteArray("h\xc3\xa9") << true;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("truncated") << QByteArray("\xe2\x82") << false;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
}

void tst_WsPayload::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes), valid);
}

QTEST_GUILESS_MAIN(tst_WsPayload)
#include "tst_wspayload.moc"
