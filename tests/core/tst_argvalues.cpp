#include "app/cli/argvalues.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wirescope;
using namespace wirescope::cli;

class tst_ArgValues : public QObject
{
    Q_OBJECT

private slots:
    void seconds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("ms"); // -1: a usage error
        QTest::newRow("decimal") << "0.5" << 500;
        QTest::newRow("integer") << "30" << 30000;
        QTest::newRow("zero is no limit") << "0" << 0;
        QTest::newRow("tiny rounds up to 1 ms") << "0.0001" << 1;
        QTest::newRow("rounding") << "1.2345" << 1235;
        QTest::newRow("spaces trimmed") << " 2 " << 2000;
        QTest::newRow("word") << "abc" << -1;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("negative") << "-1" << -1;
        QTest::newRow("decimal comma") << "1,5" << -1;
        QTest::newRow("infinity") << "inf" << -1;
        QTest::newRow("nan") << "nan" << -1;
        QTest::newRow("beyond an int of ms") << "3000000" << -1;
        QTest::newRow("unit suffix") << "5s" << -1;
    }
    void seconds()
    {
        QFETCH(QString, text);
        QFETCH(int, ms);
        const auto r = parseSeconds(u"--max-time"_s, text);
        if (ms < 0) {
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::InvalidRequest);
            QVERIFY2(r.error().message.startsWith(u"--max-time needs a number of seconds"_s),
                     qPrintable(r.error().message));
        } else {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(*r, ms);
        }
    }

    void bytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: a usage error
        QTest::newRow("plain") << "1000" << qint64(1000);
        QTest::newRow("K") << "2K" << qint64(2048);
        QTest::newRow("m lower") << "3m" << qint64(3) * 1024 * 1024;
        QTest::newRow("G") << "1G" << (qint64(1) << 30);
        QTest::newRow("zero") << "0" << qint64(-1);
        QTest::newRow("negative") << "-5" << qint64(-1);
        QTest::newRow("unknown unit") << "10Q" << qint64(-1);
        QTest::newRow("unit only") << "K" << qint64(-1);
        QTest::newRow("decimal") << "1.5M" << qint64(-1);
        QTest::newRow("overflow") << "9999999999999G" << qint64(-1);
    }
    void bytes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto r = parseBytes(u"--max-filesize"_s, text);
        QCOMPARE(r ? *r : qint64(-1), bytes);
    }

    void header_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");  // empty: a usage error
        QTest::addColumn<QString>("value"); // or the error's expected part
        QTest::newRow("plain") << "Accept: text/html"
                               << "Accept"
                               << "text/html";
        QTest::newRow("no space") << "X-A:1"
                                  << "X-A"
                                  << "1";
        QTest::newRow("value trimmed") << "X-A:   v w  "
                                       << "X-A"
                                       << "v w";
        QTest::newRow("colons in value") << "Referer: http://a:1/b"
                                         << "Referer"
                                         << "http://a:1/b";
        QTest::newRow("empty value after colon") << "X-E:"
                                                 << "X-E"
                                                 << "";
        QTest::newRow("curl's Name;") << "X-E;"
                                      << "X-E"
                                      << "";
        QTest::newRow("variable name") << "{{h}}: v"
                                       << "{{h}}"
                                       << "v";
        QTest::newRow("no colon") << "Accept text/html"
                                  << ""
                                  << "has no colon";
        QTest::newRow("empty name") << ": v"
                                    << ""
                                    << "the header name is empty";
        QTest::newRow("space in name") << "X A: v"
                                       << ""
                                       << "contains a space";
        QTest::newRow("CR in value") << "X: a\rb"
                                     << ""
                                     << "contains a carriage return (CR) in its value";
        QTest::newRow("LF in value") << "X: a\nB: c"
                                     << ""
                                     << "contains a line feed (LF) in its value";
        QTest::newRow("control char in name") << "X\x01: v"
                                              << ""
                                              << "control character U+0001";
        QTest::newRow("non-ASCII name") << "Caf\u00e9: v"
                                        << ""
                                        << "not allowed in a header name";
    }
    void header()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, value);
        const auto r = parseHeader(text);
        if (name.isEmpty()) {
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::InvalidRequest);
            QVERIFY2(r.error().message.contains(value), qPrintable(r.error().message));
            QVERIFY(!r.error().message.contains(u'\n') && !r.error().message.contains(u'\r'));
        } else {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(r->name, name);
            QCOMPARE(r->value, value);
        }
    }

    void acceptedTlsError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code"); // 0: a usage error
        QTest::addColumn<QString>("sha256");
        const QString hex = u"ab"_s.repeated(32);
        QString colons;
        for (int i = 0; i < 32; ++i)
            colons += (i ? u":"_s : QString()) + u"AB"_s;
        QTest::newRow("number") << "6" << 6 << "";
        QTest::newRow("name") << "HostNameMismatch" << 22 << "";
        QTest::newRow("bare hex") << (u"9@"_s + hex) << 9 << colons;
        QTest::newRow("colons, lower case")
            << (u"CertificateExpired@"_s + colons.toLower()) << 6 << colons;
        QTest::newRow("word") << "please" << 0 << "";
        QTest::newRow("zero") << "0" << 0 << "";
        QTest::newRow("unknown number") << "9999" << 0 << "";
        QTest::newRow("short fingerprint") << "6@ABCD" << 0 << "";
        QTest::newRow("not hex") << (u"6@"_s + u"zz"_s.repeated(32)) << 0 << "";
        QTest::newRow("empty fingerprint") << "6@" << 0 << "";
    }
    void acceptedTlsError()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, sha256);
        const auto r = parseAcceptedTlsError(text);
        if (code == 0) {
            QVERIFY(!r);
            QVERIFY(r.error().message.startsWith(u"--accept-tls-error"_s));
            return;
        }
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->error, code);
        QCOMPARE(r->certificateSha256, sha256);
    }

    void proxy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode"); // -1: a usage error
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        const int http = int(ProxyMode::Http);
        const int socks = int(ProxyMode::Socks5);
        QTest::newRow("http") << "http://127.0.0.1:3128" << http << "127.0.0.1" << 3128 << ""
                              << "";
        QTest::newRow("no scheme is http")
            << "proxy.local:8080" << http << "proxy.local" << 8080 << ""
            << "";
        QTest::newRow("credentials decoded")
            << "http://u%40x:p%3As@h:1" << http << "h" << 1 << "u@x"
            << "p:s";
        QTest::newRow("socks5") << "socks5://127.0.0.1:1080" << socks << "127.0.0.1" << 1080 << ""
                                << "";
        QTest::newRow("socks5h") << "socks5h://u:p@h:9" << socks << "h" << 9 << "u"
                                 << "p";
        QTest::newRow("default port") << "socks5://h" << socks << "h" << 1080 << ""
                                      << "";
        QTest::newRow("https proxy") << "https://h:1" << -1 << "" << 0 << ""
                                     << "";
        QTest::newRow("socks4") << "socks4://h:1" << -1 << "" << 0 << ""
                                << "";
        QTest::newRow("no host") << "http://" << -1 << "" << 0 << ""
                                 << "";
        QTest::newRow("bad port") << "http://h:99999" << -1 << "" << 0 << ""
                                  << "";
    }
    void proxy()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        const auto r = parseProxy(text);
        if (mode < 0) {
            QVERIFY(!r);
            QVERIFY(r.error().message.startsWith(u"--proxy"_s));
            return;
        }
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(int(r->mode), mode);
        QCOMPARE(r->host, host);
        QCOMPARE(int(r->port), port);
        QCOMPARE(r->username, user);
        QCOMPARE(r->password, password);
    }

    void formPart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name"); // empty: a usage error
        QTest::addColumn<bool>("isFile");
        QTest::addColumn<QString>("valueOrPath");
        QTest::addColumn<QString>("contentType");
        QTest::newRow("text") << "name=value"
                              << "name" << false << "value"
                              << "";
        QTest::newRow("empty value") << "name="
                                     << "name" << false << ""
                                     << "";
        QTest::newRow("value with =") << "q=a=b"
                                      << "q" << false << "a=b"
                                      << "";
        QTest::newRow("file") << "file=@/tmp/a.png"
                              << "file" << true << "/tmp/a.png"
                              << "";
        QTest::newRow("file with type") << "file=@/tmp/a.bin;type=image/png"
                                        << "file" << true << "/tmp/a.bin"
                                        << "image/png";
        QTest::newRow("text with type") << "meta={};type=application/json"
                                        << "meta" << false << "{}"
                                        << "application/json";
        QTest::newRow("semicolon not a type") << "t=a;b"
                                              << "t" << false << "a;b"
                                              << "";
        QTest::newRow("no =") << "field"
                              << "" << false << ""
                              << "";
        QTest::newRow("empty name") << "=v"
                                    << "" << false << ""
                                    << "";
        QTest::newRow("@ without path") << "f=@"
                                        << "" << false << ""
                                        << "";
    }
    void formPart()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(bool, isFile);
        QFETCH(QString, valueOrPath);
        QFETCH(QString, contentType);
        const auto r = parseFormPart(text);
        if (name.isEmpty()) {
            QVERIFY(!r);
            QVERIFY(r.error().message.startsWith(u"-F"_s));
            return;
        }
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->name, name);
        QCOMPARE(r->isFile, isFile);
        QCOMPARE(isFile ? r->filePath : r->value, valueOrPath);
        QCOMPARE(r->contentType, contentType);
    }
};

QTEST_GUILESS_MAIN(tst_ArgValues)
#include "tst_argvalues.moc"
