#include "exchangewaiter.h"

#include "core/http/wirelog.h"
#include "core/http/wiretap.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

using namespace wirescope;
using wirescope::test::TestServers;

/// The in-process SOCKS5 relay (WireTap) and the timings, errors and raw bytes it gives
/// RequestRun, against the real local peers.
class tst_WireTap : public QObject
{
    Q_OBJECT

private:
    TestServers m_s;

private slots:
    void initTestCase()
    {
        QString error;
        const auto servers = wirescope::test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
    }

    void bareQnamLargeBody()
    {
        WireTap tap;
        QVERIFY(tap.isListening());
        QNetworkAccessManager nam;
        if (qEnvironmentVariableIsSet("SOCKSPORT"))
            nam.setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), quint16(qEnvironmentVariableIntValue("SOCKSPORT"))));
        else
            nam.setProxy(tap.proxy());
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(m_s.nginxHttp.toString() + QStringLiteral("/big.bin"))));
        if (qEnvironmentVariableIsSet("RB")) reply->setReadBufferSize(qEnvironmentVariableIntValue("RB"));
        qint64 got = 0;
        connect(reply, &QNetworkReply::readyRead, this, [&] { got += reply->readAll().size(); });
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool finished = done.wait(10000);
        for (const WireConnection &c : tap.log().all())
            qInfo() << c.targetHost << c.targetPort << c.bytesUp << c.bytesDown << c.failureText;
        qInfo() << "got" << got << reply->error();
        QVERIFY(finished);
        QFile onDisk(m_s.docroot + QStringLiteral("/big.bin"));
        QCOMPARE(got, onDisk.size());
        delete reply;
    }
};

QTEST_GUILESS_MAIN(tst_WireTap)
#include "tst_wiretap.moc"
