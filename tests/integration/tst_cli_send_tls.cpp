// `wirescope-cli send` over TLS end to end: HTTP/2 by ALPN, the certificate chain, refused
// certificates and the per-error opt-in, --insecure. The real binary against nginx from the
// `servers` fixture.

#include "tests/integration/clirunner.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wirescope::test;

class tst_CliSendTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        const auto servers = wirescope::test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
        QVERIFY(QFile::exists(QStringLiteral(WIRESCOPE_CLI_PATH)));
        const auto ca = QSslCertificate::fromPath(m_s.caFile);
        QCOMPARE(ca.size(), 1);
        m_caCommonName = ca.first().subjectInfo(QSslCertificate::CommonName).value(0);
        QVERIFY(!m_caCommonName.isEmpty());
    }

    void tlsHttp2Json()
    {
        const auto r = runCli({u"send"_s, u"--json"_s, u"--cacert"_s, m_s.caFile,
                               url(m_s.nginxTls, u"/small.txt"_s)});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"status"_s).toInt(), 200);
        QCOMPARE(r.json.value(u"httpVersion"_s).toString(), u"2"_s);
        QCOMPARE(r.json.value(u"bodySize"_s).toInteger(),
                 QFileInfo(m_s.docroot + u"/small.txt"_s).size());
        QVERIFY(r.json.value(u"error"_s).isNull());
        const QJsonObject tls = r.json.value(u"tls"_s).toObject();
        QCOMPARE(tls.value(u"alpn"_s).toString(), u"h2"_s);
        const QString protocol = tls.value(u"protocol"_s).toString();
        QVERIFY2(protocol == QLatin1String("TLS 1.2") || protocol == QLatin1String("TLS 1.3"),
                 qPrintable(protocol));
        QCOMPARE(tls.value(u"verified"_s).toBool(), true);
        QCOMPARE(tls.value(u"errors"_s).toArray().size(), 0);
        QVERIFY(!tls.value(u"chain"_s).toArray().isEmpty());
        const QJsonObject cert = leaf(r);
        QVERIFY2(QRegularExpression(u"^([0-9A-F]{2}:){31}[0-9A-F]{2}$"_s)
                     .match(cert.value(u"sha256"_s).toString())
                     .hasMatch(),
                 qPrintable(cert.value(u"sha256"_s).toString()));
        QCOMPARE(cert.value(u"subject"_s).toString(), u"CN=localhost"_s);
        QVERIFY2(cert.value(u"issuer"_s).toString().contains(u"CN="_s + m_caCommonName),
                 qPrintable(cert.value(u"issuer"_s).toString()));
        QVERIFY(cert.value(u"sans"_s).toArray().contains(u"DNS:localhost"_s));
        QCOMPARE(cert.value(u"selfSigned"_s).toBool(), false);
        // A fresh TLS connection: connecting was measured, total covers it.
        const QJsonObject t = r.json.value(u"timings"_s).toObject();
        QVERIFY(t.value(u"connect"_s).isDouble());
        QVERIFY(t.value(u"total"_s).toDouble() >= t.value(u"connect"_s).toDouble());
        QCOMPARE(t.value(u"reusedConnection"_s).toBool(), false);
    }

    void humanOutput()
    {
        const auto r =
            runCli({u"send"_s, u"--cacert"_s, m_s.caFile, url(m_s.nginxTls, u"/small.txt"_s)});
        CHECK_EXIT(r, 0);
        const QString out = r.outText();
        QVERIFY2(out.startsWith(u"HTTP/2 200\n"_s), qPrintable(out));
        QVERIFY(out.contains(QString::fromUtf8(readFile(m_s.docroot + u"/small.txt"_s))));
        QVERIFY(out.contains(u"\nTiming\n"_s));
        QVERIFY(QRegularExpression(u"\\n  Wait +[0-9]+\\.[0-9]{3} ms  \\|[ \u2588]+\\|\\n"_s)
                    .match(out)
                    .hasMatch());
        QVERIFY(QRegularExpression(u"\\n  Total +[0-9]+\\.[0-9]{3} ms\\n"_s).match(out).hasMatch());
        // HTTP/2 over TLS crosses the relay as an HTTP CONNECT tunnel: TLS is its own phase.
        QVERIFY2(QRegularExpression(u"\\n  TLS +[0-9]+\\.[0-9]{3} ms  \\|"_s).match(out).hasMatch(),
                 qPrintable(out));
        QVERIFY(!out.contains(u"included in connect"_s));
        QVERIFY(!out.contains(u"Note:"_s));
        QVERIFY(QRegularExpression(u"Protocol +TLS 1\\.[23], "_s).match(out).hasMatch());
        QVERIFY(out.contains(u"ALPN       h2"_s));
        QVERIFY(out.contains(u"#0 CN=localhost"_s));
        QVERIFY(!out.contains(QLatin1Char('\x1b'))); // not a terminal: no colours
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void badCertificates_data()
    {
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QString>("errorName");
        QTest::newRow("expired") << m_s.nginxExpired << true << "CertificateExpired";
        QTest::newRow("wrong host") << m_s.nginxWrongHost << true << "HostNameMismatch";
        QTest::newRow("self-signed") << m_s.nginxSelfSigned << false << "SelfSignedCertificate";
    }
    void badCertificates()
    {
        QFETCH(QUrl, base);
        QFETCH(bool, withCa);
        QFETCH(QString, errorName);
        const QString target = url(base, u"/small.txt"_s);
        const QStringList ca = withCa ? QStringList{u"--cacert"_s, m_s.caFile} : QStringList();

        // Refused, with the certificate shown and the exact opt-in offered.
        const auto human = runCli(QStringList{u"send"_s} + ca + QStringList{target});
        CHECK_EXIT(human, 4);
        QVERIFY2(human.outText().contains(u"#0 CN="_s), qPrintable(describe(human)));
        QVERIFY(human.outText().contains(u"SHA-256"_s));
        QVERIFY(
            human.errText().contains(u"wirescope-cli: error: certificate verification failed"_s));
        QVERIFY2(human.errText().contains(errorName), human.err.constData());
        QVERIFY(human.errText().contains(u"--accept-tls-error "_s));

        const auto refused = runCli(QStringList{u"send"_s, u"--json"_s} + ca + QStringList{target});
        CHECK_EXIT(refused, 4);
        QCOMPARE(refused.json.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"tls"_s);
        QVERIFY(refused.json.value(u"status"_s).isNull());
        QVERIFY(!leaf(refused).value(u"sha256"_s).toString().isEmpty());
        const QJsonArray errors =
            refused.json.value(u"tls"_s).toObject().value(u"errors"_s).toArray();
        QVERIFY(!errors.isEmpty());
        QStringList accept;
        for (const QJsonValue &e : errors) {
            const QJsonObject o = e.toObject();
            QCOMPARE(o.value(u"accepted"_s).toBool(), false);
            accept << u"--accept-tls-error"_s
                   << QString::number(o.value(u"code"_s).toInt()) + u'@'
                          + o.value(u"certificateSha256"_s).toString();
        }

        // Accepted error by error, for this certificate only.
        const auto accepted =
            runCli(QStringList{u"send"_s, u"--json"_s} + ca + accept + QStringList{target});
        CHECK_EXIT(accepted, 0);
        QCOMPARE(accepted.json.value(u"status"_s).toInt(), 200);
        const QJsonObject tls = accepted.json.value(u"tls"_s).toObject();
        QCOMPARE(tls.value(u"verified"_s).toBool(), false);
        QCOMPARE(tls.value(u"insecure"_s).toBool(), false);
        for (const QJsonValue &e : tls.value(u"errors"_s).toArray())
            QCOMPARE(e.toObject().value(u"accepted"_s).toBool(), true);

        // An opt-in pinned to another certificate accepts nothing.
        QStringList wrongPin = accept;
        for (qsizetype i = 1; i < wrongPin.size(); i += 2)
            wrongPin[i] = wrongPin[i].section(u'@', 0, 0) + u'@' + u"00"_s.repeated(32);
        const auto pinned = runCli(QStringList{u"send"_s} + ca + wrongPin + QStringList{target});
        CHECK_EXIT(pinned, 4);
    }

    void insecureIsLoud()
    {
        const auto r =
            runCli({u"send"_s, u"--json"_s, u"-k"_s, url(m_s.nginxSelfSigned, u"/small.txt"_s)});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"status"_s).toInt(), 200);
        QCOMPARE(r.json.value(u"tls"_s).toObject().value(u"insecure"_s).toBool(), true);
        QVERIFY2(r.errText().contains(
                     u"wirescope-cli: warning: --insecure: TLS CERTIFICATE VERIFICATION IS OFF"_s),
                 r.err.constData());
    }

    void http11Forced()
    {
        const auto r = runCli({u"send"_s, u"--json"_s, u"--http1.1"_s, u"--cacert"_s, m_s.caFile,
                               url(m_s.nginxTls, u"/small.txt"_s)});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"httpVersion"_s).toString(), u"1.1"_s);
        QVERIFY(r.json.value(u"tls"_s).toObject().value(u"alpn"_s).toString()
                != QLatin1String("h2"));
        // HTTP/1.1 over TLS goes through the relay: the handshake is measured on its own.
        const QJsonObject timings = r.json.value(u"timings"_s).toObject();
        QVERIFY(timings.value(u"tls"_s).isDouble());
        QVERIFY(timings.value(u"connect"_s).isDouble());
        QCOMPARE(timings.value(u"tlsIncludedInConnect"_s).toBool(), false);
    }

private:
    TestServers m_s;
    QString m_caCommonName;
};

QTEST_GUILESS_MAIN(tst_CliSendTls)
#include "tst_cli_send_tls.moc"
