// Checks the test infrastructure itself: the servers fixture came up and every peer the
// other network tests rely on accepts TCP connections on the advertised port.

#include "tests/support/testenv.h"

#include <QFileInfo>
#include <QTcpSocket>
#include <QTest>

using wirescope::test::TestServers;

class tst_ServersSmoke final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void portAccepts_data();
    void portAccepts();
    void filesExist_data();
    void filesExist();

private:
    TestServers m_servers;
};

void tst_ServersSmoke::initTestCase()
{
    QString err;
    const auto s = wirescope::test::loadTestServers(&err);
    QVERIFY2(s, qPrintable(err));
    m_servers = *s;
}

void tst_ServersSmoke::portAccepts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    const auto addUrl = [](const char *name, const QUrl &url) {
        QTest::newRow(name) << url.host() << url.port();
    };
    addUrl("httpbin", m_servers.httpbin);
    addUrl("nginx-http", m_servers.nginxHttp);
    addUrl("nginx-tls", m_servers.nginxTls);
    addUrl("nginx-h2c", m_servers.nginxH2c);
    addUrl("nginx-wronghost", m_servers.nginxWrongHost);
    addUrl("nginx-expired", m_servers.nginxExpired);
    addUrl("nginx-selfsigned", m_servers.nginxSelfSigned);
    addUrl("nginx-clientcert", m_servers.nginxClientCert);
    QTest::newRow("tinyproxy") << m_servers.httpProxyHost << int(m_servers.httpProxyPort);
    QTest::newRow("microsocks") << m_servers.socksHost << int(m_servers.socksPort);
    QTest::newRow("microsocks-auth") << m_servers.socksHost << int(m_servers.socksAuthPort);
}

void tst_ServersSmoke::portAccepts()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    QVERIFY2(socket.waitForConnected(5000),
             qPrintable(QStringLiteral("%1:%2: %3").arg(host).arg(port).arg(socket.errorString())));
}

void tst_ServersSmoke::filesExist_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("ca") << m_servers.caFile;
    QTest::newRow("client-cert") << m_servers.clientCertFile;
    QTest::newRow("client-key") << m_servers.clientKeyFile;
    QTest::newRow("client-p12") << m_servers.clientP12File;
    QTest::newRow("selfsigned-cert") << m_servers.selfSignedCertFile;
    QTest::newRow("small.txt") << m_servers.docroot + QStringLiteral("/small.txt");
    QTest::newRow("big.bin") << m_servers.docroot + QStringLiteral("/big.bin");
    QTest::newRow("10k.json") << m_servers.docroot + QStringLiteral("/json/10k.json");
}

void tst_ServersSmoke::filesExist()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo(path).isFile() && QFileInfo(path).size() > 0, qPrintable(path));
}

QTEST_GUILESS_MAIN(tst_ServersSmoke)
#include "tst_servers_smoke.moc"
