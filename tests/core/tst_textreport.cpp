#include "app/cli/textreport.h"
#include "core/model/exchange.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace wirescope;
using namespace wirescope::cli;

namespace {

/// The waterfall row of @p label, without the two-space indent.
QString rowOf(const QString &section, const QString &label)
{
    for (const QString &line : section.split(u'\n')) {
        if (line.startsWith(u"  "_s + label + u' '))
            return line.mid(2);
    }
    return {};
}

/// The bar of a row: the cells between the '|' marks.
QString barOf(const QString &row)
{
    const qsizetype open = row.indexOf(u'|');
    return open < 0 ? QString() : row.mid(open + 1, row.lastIndexOf(u'|') - open - 1);
}

} // namespace

class tst_TextReport : public QObject
{
    Q_OBJECT

private slots:
    void missingPhases_data()
    {
        QTest::addColumn<bool>("reused");
        QTest::addColumn<bool>("tlsInConnect");
        QTest::addColumn<bool>("sendInConnect");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("dns");
        QTest::addColumn<QString>("tlsText");
        QTest::addColumn<QString>("send");
        QTest::newRow("fresh plain http") << false << false << true << false << "n/a"
                                          << "n/a (plain HTTP)"
                                          << "n/a (included in connect)";
        QTest::newRow("fresh https") << false << true << false << true << "n/a"
                                     << "n/a (included in connect)"
                                     << "n/a";
        QTest::newRow("reused https") << true << false << false << true << "reused connection"
                                      << "reused connection"
                                      << "n/a";
    }
    void missingPhases()
    {
        QFETCH(bool, reused);
        QFETCH(bool, tlsInConnect);
        QFETCH(bool, sendInConnect);
        QFETCH(bool, tls);
        QFETCH(QString, dns);
        QFETCH(QString, tlsText);
        QFETCH(QString, send);
        Timings t;
        t.reusedConnection = reused;
        t.tlsIncludedInConnect = tlsInConnect;
        t.sendIncludedInConnect = sendInConnect;
        t.total = 10;
        const QString s = timingSection(t, tls, TextReportOptions{});
        QCOMPARE(rowOf(s, u"DNS"_s).mid(10).trimmed(), dns);
        QCOMPARE(rowOf(s, u"Blocked"_s).mid(10).trimmed(), dns);
        QCOMPARE(rowOf(s, u"TLS"_s).mid(10).trimmed(), tlsText);
        QCOMPARE(rowOf(s, u"Send"_s).mid(10).trimmed(), send);
        QCOMPARE(rowOf(s, u"Wait"_s).mid(10).trimmed(), u"n/a"_s);
        QCOMPARE(s.count(u" ms"_s), 1); // only the total: nothing invented
        QCOMPARE(rowOf(s, u"Total"_s).trimmed(), u"Total          10.000 ms"_s);
    }

    void cachedLookupIsSaid()
    {
        Timings t;
        t.dns = 0.004;
        t.total = 1;
        QVERIFY(!timingSection(t, false, TextReportOptions{}).contains(u"cached"_s));
        t.dnsCached = true;
        const QString s = timingSection(t, false, TextReportOptions{});
        QCOMPARE(rowOf(s, u"DNS"_s).mid(10).trimmed().left(8), u"0.004 ms"_s);
        QVERIFY(s.contains(
            u"Note: DNS found the name among the lookups of the last minute (cached)"_s));
    }

    void bars_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("bar");
        // total 100 ms on 10 cells: dns 10 (cell 0), blocked 10 (1), connect 10 (2), wait 60
        // (3-8), download 10 (9); the 1 µs send still gets a cell (3).
        const QChar b(0x2588);
        QTest::newRow("dns") << "DNS" << (QString(1, b) + QString(9, u' '));
        QTest::newRow("blocked") << "Blocked"
                                 << (QString(1, u' ') + QString(1, b) + QString(8, u' '));
        QTest::newRow("connect") << "Connect"
                                 << (QString(2, u' ') + QString(1, b) + QString(7, u' '));
        QTest::newRow("tiny send still shows")
            << "Send" << (QString(3, u' ') + QString(1, b) + QString(6, u' '));
        QTest::newRow("wait") << "Wait" << (QString(3, u' ') + QString(6, b) + QString(1, u' '));
        QTest::newRow("download") << "Download" << (QString(9, u' ') + QString(1, b));
    }
    void bars()
    {
        QFETCH(QString, label);
        QFETCH(QString, bar);
        Timings t;
        t.dns = 10;
        t.blocked = 10;
        t.connect = 10;
        t.send = 0.001;
        t.wait = 60;
        t.download = 10;
        t.total = 100.001;
        TextReportOptions options;
        options.barWidth = 10;
        const QString row = rowOf(timingSection(t, false, options), label);
        QCOMPARE(barOf(row), bar);
    }

    void colorsOnlyWhenAsked()
    {
        Timings t;
        t.wait = 1;
        t.total = 2;
        QVERIFY(!timingSection(t, false, TextReportOptions{}).contains(QLatin1Char('\x1b')));
        TextReportOptions color;
        color.color = true;
        QVERIFY(timingSection(t, false, color).contains(u"\x1b["_s));
    }

    void tlsSummary()
    {
        TlsInfo tls;
        tls.protocol = u"TLS 1.3"_s;
        tls.cipher = u"TLS_AES_128_GCM_SHA256"_s;
        tls.cipherBits = 128;
        tls.alpn = u"h2"_s;
        const TlsError expired{6, u"The certificate has expired"_s, u"AA"_s};
        tls.errors = {expired};
        tls.acceptedErrors = {expired};
        CertificateInfo c;
        c.subject = u"CN=localhost"_s;
        c.issuer = u"CN=CA"_s;
        c.notAfter = QDateTime(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC);
        c.sha256 = u"AA:BB"_s;
        c.publicKeyAlgorithm = u"EC"_s;
        c.publicKeyBits = 256;
        c.selfSigned = true;
        tls.chain = {c};
        const QString s = tlsSection(tls, TextReportOptions{});
        QVERIFY2(s.contains(u"Protocol   TLS 1.3, TLS_AES_128_GCM_SHA256 (128-bit)\n"_s),
                 qPrintable(s));
        QVERIFY(s.contains(u"ALPN       h2\n"_s));
        QVERIFY(s.contains(u"Verified   no, but every error was accepted for this request\n"_s));
        QVERIFY(s.contains(u"error 6: The certificate has expired [accepted]"_s));
        QVERIFY(s.contains(u"#0 CN=localhost\n"_s));
        QVERIFY(s.contains(u"2020-02-01 00:00:00 UTC [EXPIRED]"_s));
        QVERIFY(s.contains(u"SHA-256   AA:BB\n"_s));
        QVERIFY(s.contains(u"key       EC 256, self-signed\n"_s));
    }

    void looksBinary_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<bool>("binary");
        QTest::newRow("text/plain") << QByteArray("hi") << "text/plain; charset=utf-8" << false;
        QTest::newRow("json") << QByteArray("{}") << "application/json" << false;
        QTest::newRow("problem+json") << QByteArray("{}") << "application/problem+json" << false;
        QTest::newRow("svg xml") << QByteArray("<svg/>") << "image/svg+xml" << false;
        QTest::newRow("png") << QByteArray("\x89PNG") << "image/png" << true;
        QTest::newRow("octet-stream but text")
            << QByteArray("plain") << "application/octet-stream" << false;
        QTest::newRow("octet-stream bytes")
            << QByteArray("\x00\x01\x02", 3) << "application/octet-stream" << true;
        QTest::newRow("no type, utf-8") << QByteArray("h\xc3\xa9") << "" << false;
        QTest::newRow("no type, cut utf-8 sequence") << QByteArray("ab\xe2\x82") << "" << false;
        QTest::newRow("no type, latin-1") << QByteArray("caf\xe9!") << "" << true;
        QTest::newRow("empty") << QByteArray() << "" << false;
        QTest::newRow("no type, NUL") << QByteArray("a\0b", 3) << "" << true;
    }
    void looksBinary()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, contentType);
        QFETCH(bool, binary);
        QCOMPARE(cli::looksBinary(head, contentType), binary);
    }
};

QTEST_GUILESS_MAIN(tst_TextReport)
#include "tst_textreport.moc"
