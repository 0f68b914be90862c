// Every error a newcomer can meet when sending, produced for real (the engine against the
// loopback peers, a closed port, a missing file) and read as the response view's banner shows
// it: a title that names the problem, a sentence that quotes the user's own spelling and says
// what to try, never Qt's parser internals; the technical detail one click away.

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/model/exchange.h"
#include "core/vars/variablecontext.h"
#include "tests/support/testenv.h"
#include "ui/response/responseview.h"
#include "ui/widgets/erroradvice.h"
#include "ui/widgets/messagebanner.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace wirescope;
using namespace wirescope::test;

namespace {

// Words that only Qt's or OpenSSL's internals use: a banner that shows them speaks to Qt
// developers, not to the person who pressed Send.
const QStringList &internals()
{
    static const QStringList words{
        QStringLiteral("%7B"),        QStringLiteral("%7D"),           QStringLiteral("source was"),
        QStringLiteral("scheme = "),  QStringLiteral("QNetworkReply"), QStringLiteral("QUrl"),
        QStringLiteral("routines::"), QStringLiteral("error:0"),
    };
    return words;
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more
    return port;
}

// Five labels of 63 characters: a valid URL host that glibc refuses to look up (over 255
// characters) without sending a query, so the DNS failure is real and stays on the machine.
QString longHostName(QChar letter)
{
    QStringList labels;
    for (int i = 0; i < 5; ++i)
        labels.append(QString(63, letter));
    return labels.join(u'.');
}

} // namespace

class tst_ErrorBanners final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void banners_data();
    void banners();
    void detailIsOneClickAway();
    void sentenceCase_data();
    void sentenceCase();

private:
    Exchange run(const Request &request, const VariableContext &context = {});

    TestServers m_servers;
    HttpClient m_client;
};

void tst_ErrorBanners::initTestCase()
{
    QString error;
    const auto servers = loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
}

Exchange tst_ErrorBanners::run(const Request &request, const VariableContext &context)
{
    RequestRun *r = m_client.send(request, context);
    QSignalSpy finished(r, &RequestRun::finished);
    if (!finished.wait(15000))
        return {};
    return finished.first().first().value<Exchange>();
}

void tst_ErrorBanners::banners_data()
{
    QTest::addColumn<Request>("request");
    QTest::addColumn<bool>("withEnvironment");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("mentions"); // the banner's text names these

    const auto get = [](const QString &url) {
        Request r;
        r.url = url;
        return r;
    };
    const QString httpbin = m_servers.httpbin.toString(QUrl::StripTrailingSlash);

    QTest::newRow("unresolved variable, no environment")
        << get(QStringLiteral("{{demo}}/get")) << false << int(Error::Kind::InvalidRequest)
        << QStringLiteral("The request could not be built")
        << QStringList{QStringLiteral("{{demo}} is not defined in any scope"),
                       QStringLiteral("no environment is active")};
    QTest::newRow("unresolved variable, with an environment")
        << get(QStringLiteral("http://{{id}}:8080/users")) << true
        << int(Error::Kind::InvalidRequest) << QStringLiteral("The request could not be built")
        << QStringList{QStringLiteral("{{id}}"),
                       QStringLiteral("the active environment is \"Staging\"")};
    QTest::newRow("space in the host")
        << get(QStringLiteral("http://exa mple.com/")) << false << int(Error::Kind::InvalidRequest)
        << QStringLiteral("The request could not be built")
        << QStringList{QStringLiteral("\"exa mple.com\""), QStringLiteral("a space")};
    QTest::newRow("port not a number")
        << get(QStringLiteral("http://localhost:80a/")) << false << int(Error::Kind::InvalidRequest)
        << QStringLiteral("The request could not be built")
        << QStringList{QStringLiteral("\"80a\""), QStringLiteral("not a number")};
    QTest::newRow("refused") << get(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort()))
                             << false << int(Error::Kind::ConnectionRefused)
                             << QStringLiteral("Connection refused")
                             << QStringList{QStringLiteral("127.0.0.1"),
                                            QStringLiteral("server running")};
    // A name over 255 characters fails in the local resolver: no query leaves the machine.
    const QString longLabel = longHostName(u'a');
    QTest::newRow("dns") << get(QStringLiteral("http://%1/").arg(longLabel)) << false
                         << int(Error::Kind::Dns) << QStringLiteral("Host name not found (DNS)")
                         << QStringList{longLabel, QStringLiteral("could not be found")};
    QTest::newRow("tls refused") << get(m_servers.nginxSelfSigned.toString()) << false
                                 << int(Error::Kind::Tls)
                                 << QStringLiteral("TLS handshake or certificate problem")
                                 << QStringList{QStringLiteral("self-signed"),
                                                QStringLiteral("TLS tab")};
    Request slow = get(httpbin + QStringLiteral("/delay/3"));
    slow.settings.timeoutMs = 300;
    QTest::newRow("timeout") << slow << false << int(Error::Kind::Timeout)
                             << QStringLiteral("Timed out (total time limit)")
                             << QStringList{QStringLiteral("300 ms"),
                                            QStringLiteral("Settings tab")};
    Request large = get(httpbin + QStringLiteral("/bytes/5000"));
    large.settings.maxResponseBytes = 100;
    QTest::newRow("too large") << large << false << int(Error::Kind::TooLarge)
                               << QStringLiteral("Response too large")
                               << QStringList{QStringLiteral("100 bytes"),
                                              QStringLiteral("raise the limit")};
    Request missingFile = get(httpbin + QStringLiteral("/post"));
    missingFile.method = QStringLiteral("POST");
    missingFile.body.kind = BodyKind::Binary;
    missingFile.body.binaryFilePath = QStringLiteral("/nonexistent/wirescope-upload.bin");
    QTest::newRow("missing body file")
        << missingFile << false << int(Error::Kind::File)
        << QStringLiteral("A file could not be read")
        << QStringList{QStringLiteral("/nonexistent/wirescope-upload.bin"),
                       QStringLiteral("Body tab")};
}

void tst_ErrorBanners::banners()
{
    QFETCH(Request, request);
    QFETCH(bool, withEnvironment);
    QFETCH(int, kind);
    QFETCH(QString, title);
    QFETCH(QStringList, mentions);

    VariableContext context;
    if (withEnvironment) {
        context.set(VariableScope::Environment, QStringLiteral("host"),
                    QStringLiteral("127.0.0.1"));
        context.setEnvironmentName(QStringLiteral("Staging"));
    }
    const Exchange exchange = run(request, context);
    QVERIFY2(exchange.error, "the request did not fail");
    QCOMPARE(int(exchange.error->kind), kind);

    ResponseView view;
    view.setExchange(exchange);
    auto *banner = view.findChild<MessageBanner *>(QStringLiteral("errorBanner"));
    QVERIFY(banner);
    QCOMPARE(banner->title(), title);
    const QString text = banner->message();
    for (const QString &m : mentions)
        QVERIFY2(text.contains(m, Qt::CaseInsensitive),
                 qPrintable(m + QStringLiteral(" not in: ") + text));
    for (const QString &w : internals())
        QVERIFY2(!text.contains(w), qPrintable(w + QStringLiteral(" in: ") + text));
    // A sentence for a person: a capital first, a full stop before the hint.
    QVERIFY2(text.at(0).isUpper(), qPrintable(text));
    QVERIFY2(text.section(u'\n', 0, 0).endsWith(u'.'), qPrintable(text));
}

void tst_ErrorBanners::detailIsOneClickAway()
{
    // Qt's own words for a DNS failure stay available, behind the Details toggle.
    Request r;
    r.url = QStringLiteral("http://%1/").arg(longHostName(u'b'));
    const Exchange exchange = run(r);
    QVERIFY(exchange.error);
    QVERIFY(!exchange.error->detail.isEmpty());

    ResponseView view;
    view.show();
    view.setExchange(exchange);
    auto *banner = view.findChild<MessageBanner *>(QStringLiteral("errorBanner"));
    auto *toggle = banner->findChild<QToolButton *>(QStringLiteral("bannerDetailToggle"));
    QVERIFY(toggle && toggle->isVisible());
    QVERIFY(!banner->isDetailShown());
    QVERIFY(!banner->message().contains(exchange.error->detail));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(banner->isDetailShown());
    QCOMPARE(banner->detail(), exchange.error->detail);
}

void tst_ErrorBanners::sentenceCase_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "the URL is empty"
                           << "The URL is empty.";
    QTest::newRow("parenthesis") << "x (y)"
                                 << "X (y).";
    QTest::newRow("quote") << "bad \"x\""
                           << "Bad \"x\".";
    QTest::newRow("already") << "Done."
                             << "Done.";
    QTest::newRow("question") << "is it running?"
                              << "Is it running?";
    QTest::newRow("variable first") << "{{a}} is missing"
                                    << "{{a}} is missing.";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_ErrorBanners::sentenceCase()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(ErrorAdvisor::sentence(in), out);
}

QTEST_MAIN(tst_ErrorBanners)
#include "tst_errorbanners.moc"
