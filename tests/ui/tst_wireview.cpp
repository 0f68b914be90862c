// The response view's Wire tab against real exchanges through Wirescope's relay: httpbin's
// repeated Set-Cookie lines each on their own line, exactly as sent; nginx's chunked framing;
// and, for HTTPS, the reason there is nothing to show.

#include "tests/core/exchangewaiter.h"

#include "core/http/httpclient.h"
#include "core/model/exchange.h"
#include "tests/support/testenv.h"
#include "ui/response/responseview.h"
#include "ui/response/wireview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>

using namespace wirescope;

class tst_WireView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
    }

    void init()
    {
        m_view = new ResponseView;
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        m_view = nullptr;
    }

    void repeatedSetCookieLinesAsReceived()
    {
        HttpClient client;
        Request r;
        r.url = m_s.httpbin.toString()
                + QStringLiteral("/response-headers?Set-Cookie=first%3D1&Set-Cookie=second%3D2");
        const Exchange ex = sendAndWait(client, r);
        QVERIFY(ex.ok());
        QVERIFY(ex.raw);
        m_view->setExchange(ex);

        auto *tabs = m_view->findChild<QTabWidget *>(QStringLiteral("responseTabs"));
        QVERIFY(tabs);
        const int wireTab = tabs->indexOf(m_view->wireView());
        QVERIFY(wireTab >= 0);
        QCOMPARE(tabs->tabText(wireTab), QStringLiteral("Wire"));
        QVERIFY(tabs->isTabEnabled(wireTab));
        auto *text = m_view->findChild<QPlainTextEdit *>(QStringLiteral("wireText"));
        QVERIFY(text);
        const QString shown = text->toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("HTTP/1.1 200 OK\\r\\n\n")),
                 qPrintable(shown.left(80)));
        // Qt's headers merge the two; the wire keeps them apart, in the server's order.
        const qsizetype first = shown.indexOf(QStringLiteral("\nSet-Cookie: first=1\\r\\n\n"));
        const qsizetype second = shown.indexOf(QStringLiteral("\nSet-Cookie: second=2\\r\\n\n"));
        QVERIFY2(first > 0 && second > first, qPrintable(shown));

        auto *sent = m_view->findChild<QRadioButton *>(QStringLiteral("wireShowSent"));
        QVERIFY(sent && sent->isEnabled());
        sent->setChecked(true);
        QVERIFY(text->toPlainText().startsWith(QStringLiteral("GET /response-headers?")));
        auto *summary = m_view->findChild<QLabel *>(QStringLiteral("wireSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("bytes received")),
                 qPrintable(summary->text()));
    }

    void chunkedFramingIsShown()
    {
        HttpClient client;
        Request r;
        r.url = m_s.httpbin.toString() + QStringLiteral("/stream/3");
        const Exchange ex = sendAndWait(client, r);
        QVERIFY(ex.ok());
        m_view->setExchange(ex);
        auto *summary = m_view->findChild<QLabel *>(QStringLiteral("wireSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("ended by the last (0-size) chunk")),
                 qPrintable(summary->text()));
        const QString shown =
            m_view->findChild<QPlainTextEdit *>(QStringLiteral("wireText"))->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("\n0\\r\\n\n\\r\\n\n")),
                 qPrintable(shown.right(120)));
    }

    void httpsSaysWhyThereIsNoTranscript()
    {
        HttpClient client;
        Request r;
        r.url = m_s.nginxTls.toString() + QStringLiteral("/small.txt");
        r.settings.tls.caCertificateFiles = {m_s.caFile};
        const Exchange ex = sendAndWait(client, r);
        QVERIFY(ex.ok());
        QVERIFY(!ex.raw);
        m_view->setExchange(ex);
        QVERIFY(!m_view->wireView()->hasTranscript());
        auto *summary = m_view->findChild<QLabel *>(QStringLiteral("wireSummary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("HTTPS:")), qPrintable(summary->text()));
        QVERIFY(!m_view->findChild<QRadioButton *>(QStringLiteral("wireShowSent"))->isEnabled());
    }

    void bytesAreEscaped()
    {
        QCOMPARE(WireView::renderBytes(QByteArray("a\r\nb\nc\\\x01\xff", 9), 100),
                 QStringLiteral("a\\r\\n\nb\\n\nc\\\\\\x01\\xFF"));
        QCOMPARE(WireView::renderBytes("abcdef", 3),
                 QStringLiteral("abc\n… 3 more bytes not shown"));
        // A CR at the end of what is shown is not half of a CRLF.
        QCOMPARE(WireView::renderBytes("a\r\n", 2),
                 QStringLiteral("a\\x0D\n… 1 more bytes not shown"));
    }

private:
    test::TestServers m_s;
    ResponseView *m_view = nullptr;
};

QTEST_MAIN(tst_WireView)
#include "tst_wireview.moc"
