#include "core/http/connectrequest.h"

#include <QTest>

using namespace wirescope;
using Status = ConnectRequest::Status;

/// The HTTP CONNECT head the WireTap relay reads from Qt's HTTP proxy engine.
class tst_ConnectRequest : public QObject
{
    Q_OBJECT

    const QByteArray m_auth = "Basic " + QByteArray("u:p").toBase64();

private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("problem");
        const QByteArray auth = "Proxy-Authorization: " + m_auth + "\r\n";
        // What Qt 6.4's QHttpSocketEngine sends, with the raw header WireTap::tunnelProxy() sets.
        QTest::newRow("Qt's head") << ("CONNECT localhost:8443 HTTP/1.1\r\nProxy-Connection: "
                                       "keep-alive\r\nHost: localhost:8443\r\nUser-Agent: "
                                       "Mozilla/5.0\r\n"
                                       + auth + "\r\n")
                                   << int(Status::Ok) << "localhost" << 8443 << "";
        QTest::newRow("IPv6 literal") << ("CONNECT [::1]:443 HTTP/1.1\r\n" + auth + "\r\n")
                                      << int(Status::Ok) << "::1" << 443 << "";
        QTest::newRow("header name in any case")
            << ("CONNECT a.example:1 HTTP/1.1\r\nproxy-authorization:   " + m_auth + "  \r\n\r\n")
            << int(Status::Ok) << "a.example" << 1 << "";
        QTest::newRow("one of two auth lines") // Qt adds its own after a 407
            << ("CONNECT h:2 HTTP/1.1\r\nProxy-Authorization: Basic eA==\r\n" + auth + "\r\n")
            << int(Status::Ok) << "h" << 2 << "";
        QTest::newRow("no credentials")
            << QByteArray("CONNECT h:443 HTTP/1.1\r\nHost: h:443\r\n\r\n")
            << int(Status::Unauthorized) << "h" << 443
            << "the client did not present the relay's credentials";
        QTest::newRow("other credentials")
            << QByteArray("CONNECT h:443 HTTP/1.1\r\nProxy-Authorization: Basic eDp5\r\n\r\n")
            << int(Status::Unauthorized) << "h" << 443
            << "the client did not present the relay's credentials";
        QTest::newRow("partial head") << QByteArray("CONNECT h:443 HTTP/1.1\r\nHost:")
                                      << int(Status::Incomplete) << "" << 0 << "";
        QTest::newRow("partial method")
            << QByteArray("CONN") << int(Status::Incomplete) << "" << 0 << "";
        QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\n") << int(Status::Malformed) << ""
                             << 0 << "not an HTTP CONNECT request";
        QTest::newRow("no port") << ("CONNECT h HTTP/1.1\r\n" + auth + "\r\n")
                                 << int(Status::Malformed) << "" << 0
                                 << "the CONNECT target has no port";
        QTest::newRow("port 0") << ("CONNECT h:0 HTTP/1.1\r\n" + auth + "\r\n")
                                << int(Status::Malformed) << "" << 0
                                << "the CONNECT target is not host:port";
        QTest::newRow("port too big")
            << ("CONNECT h:65536 HTTP/1.1\r\n" + auth + "\r\n") << int(Status::Malformed) << "" << 0
            << "the CONNECT target is not host:port";
        QTest::newRow("port not a number")
            << ("CONNECT h:44a HTTP/1.1\r\n" + auth + "\r\n") << int(Status::Malformed) << "" << 0
            << "the CONNECT target is not host:port";
        QTest::newRow("IPv6 without brackets")
            << ("CONNECT ::1:443 HTTP/1.1\r\n" + auth + "\r\n") << int(Status::Malformed) << "" << 0
            << "an IPv6 CONNECT target needs brackets";
        QTest::newRow("bad IPv6") << ("CONNECT [zz]:443 HTTP/1.1\r\n" + auth + "\r\n")
                                  << int(Status::Malformed) << "" << 0
                                  << "the CONNECT target is not a valid IPv6 address";
        QTest::newRow("HTTP/2 version")
            << ("CONNECT h:1 HTTP/2\r\n" + auth + "\r\n") << int(Status::Malformed) << "" << 0
            << "unsupported HTTP version in the CONNECT request";
        QTest::newRow("header without colon")
            << QByteArray("CONNECT h:1 HTTP/1.1\r\nnonsense\r\n\r\n") << int(Status::Malformed)
            << "" << 0 << "a header line of the CONNECT request has no colon";
        QTest::newRow("control byte in host")
            << ("CONNECT a\x01"
                "b:1 HTTP/1.1\r\n"
                + auth + "\r\n")
            << int(Status::Malformed) << "" << 0
            << "the CONNECT target host has a byte that is not allowed in a host name";
    }

    void parses()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, problem);
        const ConnectRequest r = ConnectRequest::parse(head, m_auth);
        QCOMPARE(int(r.status), status);
        QCOMPARE(r.problem, problem);
        if (r.status == Status::Ok || r.status == Status::Unauthorized) {
            QCOMPARE(r.host, host);
            QCOMPARE(int(r.port), port);
            QCOMPARE(r.headBytes, head.size());
        }
    }

    void bytesAfterTheHeadAreLeft()
    {
        // A client that sends its first TLS bytes right behind the head: they are not eaten.
        const QByteArray head =
            "CONNECT h:443 HTTP/1.1\r\nProxy-Authorization: " + m_auth + "\r\n\r\n";
        const ConnectRequest r = ConnectRequest::parse(head + "\x16\x03\x01", m_auth);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.headBytes, head.size());
    }

    void handOverHeader_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("handOver");
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("as WireTap sends it")
            << QByteArray("X-Wirescope-Hand-Over: tls\r\n") << true;
        QTest::newRow("name in any case") << QByteArray("x-wirescope-hand-over:tls\r\n") << true;
        QTest::newRow("another value") << QByteArray("X-Wirescope-Hand-Over: all\r\n") << false;
    }

    void handOverHeader()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, handOver);
        const QByteArray head =
            "CONNECT h:443 HTTP/1.1\r\n" + line + "Proxy-Authorization: " + m_auth + "\r\n\r\n";
        const ConnectRequest r = ConnectRequest::parse(head, m_auth);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.handOverAfterTls, handOver);
    }

    void longHeadsAreRefused()
    {
        const QByteArray endless = "CONNECT h:443 HTTP/1.1\r\nX: " + QByteArray(9000, 'a');
        const ConnectRequest r = ConnectRequest::parse(endless, m_auth);
        QCOMPARE(r.status, Status::Malformed);
        QCOMPARE(r.problem, QStringLiteral("the request head is longer than 8192 bytes"));
        const ConnectRequest whole = ConnectRequest::parse(endless + "\r\n\r\n", m_auth);
        QCOMPARE(whole.status, Status::Malformed);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectRequest)
#include "tst_connectrequest.moc"
