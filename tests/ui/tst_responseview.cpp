// ResponseView fed hand-built exchanges: status line, headers, the request as sent, the timing
// waterfall, TLS errors, the failure banner, and a 50 MB body that must not block the UI.

#include "core/model/exchange.h"
#include "ui/models/headerlistmodel.h"
#include "ui/response/bodyview.h"
#include "ui/response/previewview.h"
#include "ui/response/responsesummary.h"
#include "ui/response/responseview.h"
#include "ui/response/timingwaterfall.h"
#include "ui/widgets/messagebanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace wirescope;

class tst_ResponseView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void statusBadge_data();
    void statusBadge();
    void headersTable();
    void sentRequestGreysEngineHeaders();
    void waterfallPhasesAndNotApplicable();
    void waterfallNotes();
    void prettyBodyAppearsAsync();
    void findInBody();
    void hugeJsonBodyDoesNotBlock();
    void failedExchangeShowsBanner();
    void tlsErrorCanBeAcceptedForThisRequest();
    void redirectsListed();
    void cookiesTabListsSetCookies();
    void previewHtmlOfflineImageAndOther();
    void showAllLoadsTheWholeLargeBody();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *w = m_view->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    static Exchange okExchange(int status = 200);

    ResponseView *m_view = nullptr;
};

Exchange tst_ResponseView::okExchange(int status)
{
    Exchange e;
    e.sent.method = QStringLiteral("GET");
    e.sent.url = QStringLiteral("http://127.0.0.1/get?x=1");
    e.sent.headers = {
        KeyValue{QStringLiteral("X-Mine"), QStringLiteral("1"), true, {}},
        KeyValue{QStringLiteral("User-Agent"), QStringLiteral("Wirescope"), true, {}}};
    e.sent.addedByEngine = {QStringLiteral("user-agent")};
    Response r;
    r.status = status;
    r.reason = QStringLiteral("Reason");
    r.httpVersion = QStringLiteral("1.1");
    r.headers = {
        KeyValue{QStringLiteral("Content-Type"), QStringLiteral("application/json"), true, {}},
        KeyValue{QStringLiteral("Server"), QStringLiteral("test"), true, {}},
        KeyValue{QStringLiteral("X-Request-Id"), QStringLiteral("abc"), true, {}}};
    r.contentType = QStringLiteral("application/json");
    r.body = ResponseBody::fromBytes(R"({"x":"1","list":[1,2]})");
    e.response = r;
    e.timings.dns = 1.5;
    e.timings.blocked = 1;
    e.timings.connect = 2.25;
    e.timings.wait = 10;
    e.timings.download = 3;
    e.timings.total = 18.5;
    e.timings.sendIncludedInConnect = true;
    e.finalUrl = e.sent.url;
    return e;
}

void tst_ResponseView::init()
{
    m_view = new ResponseView;
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void tst_ResponseView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void tst_ResponseView::statusBadge_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("color");
    QTest::newRow("2xx green") << 200 << QStringLiteral("#188038");
    QTest::newRow("3xx blue") << 304 << QStringLiteral("#1a73e8");
    QTest::newRow("4xx orange") << 404 << QStringLiteral("#e37400");
    QTest::newRow("5xx red") << 503 << QStringLiteral("#d93025");
}

void tst_ResponseView::statusBadge()
{
    QFETCH(int, status);
    QFETCH(QString, color);
    m_view->setExchange(okExchange(status));
    auto *badge = child<QLabel>("statusBadge");
    QVERIFY(badge);
    QCOMPARE(badge->text(), QString::number(status));
    QVERIFY2(badge->styleSheet().contains(color), qPrintable(badge->styleSheet()));
    QCOMPARE(child<QLabel>("statusReason")->text(), QStringLiteral("Reason"));
    QCOMPARE(child<QLabel>("httpVersionLabel")->text(), QStringLiteral("HTTP/1.1"));
    QVERIFY(child<QLabel>("timeLabel")->text().contains(QStringLiteral("18.5")));
    QCOMPARE(child<QLabel>("sizeLabel")->text(), QStringLiteral("22 B"));
    QVERIFY(child<QLabel>("reusedLabel")->isHidden());
    QVERIFY(child<MessageBanner>("errorBanner")->isHidden());
}

void tst_ResponseView::headersTable()
{
    m_view->setExchange(okExchange());
    auto *table = child<QTableView>("responseHeadersTable");
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Content-Type"));
    QCOMPARE(table->model()->index(2, 1).data().toString(), QStringLiteral("abc"));
    auto *tabs = child<QTabWidget>("responseTabs");
    QCOMPARE(tabs->tabText(tabs->indexOf(table)), QStringLiteral("Headers (3)"));
}

void tst_ResponseView::sentRequestGreysEngineHeaders()
{
    m_view->setExchange(okExchange());
    QCOMPARE(child<QLabel>("sentRequestLine")->text(),
             QStringLiteral("GET http://127.0.0.1/get?x=1"));
    auto *table = child<QTableView>("sentHeadersTable");
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(!table->model()->index(0, 0).data(HeaderListModel::AddedByEngineRole).toBool());
    QVERIFY(table->model()->index(1, 0).data(HeaderListModel::AddedByEngineRole).toBool());
    QVERIFY(table->model()->index(1, 0).data(Qt::ForegroundRole).isValid());
}

void tst_ResponseView::waterfallPhasesAndNotApplicable()
{
    m_view->setExchange(okExchange());
    auto *waterfall = child<TimingWaterfall>("timingWaterfall");
    QVERIFY(waterfall);
    const auto rows = waterfall->rows();
    QCOMPARE(rows.size(), 7);
    const QStringList phases{QStringLiteral("DNS lookup"),      QStringLiteral("Queued"),
                             QStringLiteral("TCP connect"),     QStringLiteral("TLS handshake"),
                             QStringLiteral("Request sent"),    QStringLiteral("Waiting (TTFB)"),
                             QStringLiteral("Content download")};
    const QStringList figures{QStringLiteral("1.50 ms"), QStringLiteral("1.00 ms"),
                              QStringLiteral("2.25 ms"), QStringLiteral("n/a"),
                              QStringLiteral("n/a"),     QStringLiteral("10.0 ms"),
                              QStringLiteral("3.00 ms")};
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(rows.at(i).phase, phases.at(i));
        QCOMPARE(rows.at(i).figure, figures.at(i));
    }
    // Bars sit on one axis, each after the phases before it; n/a phases have none.
    QCOMPARE(rows.at(0).start.value(), 0.0);
    QCOMPARE(rows.at(1).start.value(), 1.5);
    QCOMPARE(rows.at(2).start.value(), 2.5);
    QVERIFY(!rows.at(3).start);
    QVERIFY(!rows.at(4).duration);
    QCOMPARE(rows.at(5).start.value(), 4.75);
    QCOMPARE(rows.at(6).start.value(), 14.75);
    QVERIFY(waterfall->totalText().contains(QStringLiteral("18.5")));
    QVERIFY(waterfall->accessibleDescription().contains(QStringLiteral("TLS handshake: n/a")));
    // Painting with real numbers and with none must not trip anything.
    waterfall->grab();
    m_view->clear();
    QCOMPARE(waterfall->rows().at(0).figure, QStringLiteral("n/a"));
    waterfall->grab();
}

void tst_ResponseView::waterfallNotes()
{
    Exchange e = okExchange();
    e.timings = Timings{};
    e.timings.wait = 1;
    e.timings.download = 0.25;
    e.timings.total = 1.5;
    e.timings.reusedConnection = true;
    e.timings.tlsIncludedInConnect = true;
    m_view->setExchange(e);
    const QString notes = child<QLabel>("timingNotes")->text();
    QVERIFY2(notes.contains(QStringLiteral("Reused connection")), qPrintable(notes));
    QVERIFY(notes.contains(QStringLiteral("TLS handshake time is included in TCP connect")));
    QVERIFY(!notes.contains(QStringLiteral("looked up less than a minute ago")));
    QVERIFY(child<QLabel>("reusedLabel")->isVisible());
    QCOMPARE(child<TimingWaterfall>("timingWaterfall")->rows().at(0).figure, QStringLiteral("n/a"));
    e.timings = okExchange().timings;
    e.timings.dnsCached = true;
    m_view->setExchange(e);
    QVERIFY(child<QLabel>("timingNotes")
                ->text()
                .contains(QStringLiteral("The host name was looked up less than a minute ago")));
}

void tst_ResponseView::prettyBodyAppearsAsync()
{
    m_view->setExchange(okExchange());
    auto *text = child<QPlainTextEdit>("bodyText");
    QTRY_COMPARE(text->toPlainText(),
                 QStringLiteral("{\n  \"x\": \"1\",\n  \"list\": [\n    1,\n    2\n  ]\n}"));
    m_view->bodyView()->setMode(bodyrender::Mode::Raw);
    QTRY_COMPARE(text->toPlainText(), QStringLiteral(R"({"x":"1","list":[1,2]})"));
    m_view->bodyView()->setMode(bodyrender::Mode::Hex);
    QTRY_VERIFY(text->toPlainText().startsWith(QStringLiteral("00000000  7b 22 78 22")));
}

void tst_ResponseView::findInBody()
{
    m_view->setExchange(okExchange());
    auto *text = child<QPlainTextEdit>("bodyText");
    QTRY_VERIFY(!text->toPlainText().isEmpty());
    auto *findEdit = child<QLineEdit>("findEdit");
    QVERIFY(!findEdit->isVisible());
    m_view->bodyView()->activateFind();
    QVERIFY(findEdit->isVisible());
    QTest::keyClicks(findEdit, QStringLiteral("LIST"));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("list")); // case-insensitive
    QTRY_COMPARE(child<QLabel>("findCountLabel")->text(), QStringLiteral("1 match"));
    findEdit->clear();
    QTest::keyClicks(findEdit, QStringLiteral("\""));
    QTRY_COMPARE(child<QLabel>("findCountLabel")->text(), QStringLiteral("6 matches"));
    QTest::keyClick(findEdit, Qt::Key_Escape);
    QVERIFY(!findEdit->isVisible());
}

void tst_ResponseView::hugeJsonBodyDoesNotBlock()
{
    QByteArray json;
    json.reserve(50 * 1024 * 1024 + 64);
    json += "[";
    const QByteArray item = R"({"id":123456,"name":"wirescope","tags":["a","b"],"ok":true},)";
    while (json.size() < 50 * 1024 * 1024)
        json += item;
    json += "{}]";
    Exchange e = okExchange();
    e.response->body = ResponseBody::fromBytes(json);
    json.clear();

    // The UI thread must keep turning while the body renders: count timer ticks, and note
    // the longest gap between them (printed, not asserted: timings are not tests here).
    int ticks = 0;
    qint64 longestGapMs = 0;
    QElapsedTimer sinceTick;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        if (ticks++ > 0)
            longestGapMs = std::max(longestGapMs, sinceTick.elapsed());
        sinceTick.start();
    });
    heartbeat.start();
    QElapsedTimer clock;
    clock.start();

    auto *text = child<QPlainTextEdit>("bodyText");
    m_view->setExchange(e);
    // Rendering happens on a worker: nothing is shown synchronously.
    QVERIFY(text->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!text->toPlainText().isEmpty(), 20000);
    const qint64 firstScreenMs = clock.elapsed();
    QVERIFY(text->toPlainText().startsWith(QStringLiteral("[\n  {\n    \"id\": 123456,")));
    QVERIFY(ticks > 0);
    const QString note = child<QLabel>("bodyNote")->text();
    QVERIFY2(note.contains(QStringLiteral("first 2.00 MB")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("50.0 MB")), qPrintable(note));
    QCOMPARE(child<QLabel>("sizeLabel")->text(), QStringLiteral("50.0 MB"));
    // The rest of the shown prefix arrives in slices, and then the view is idle.
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->bodyView()->isBusy(), 20000);
    QVERIFY(text->document()->blockCount() > 10000);
    qInfo("50 MB JSON: first screen after %lld ms, all of the shown 2 MB after %lld ms, "
          "longest UI-thread gap %lld ms",
          firstScreenMs, clock.elapsed(), longestGapMs);
}

void tst_ResponseView::failedExchangeShowsBanner()
{
    Exchange e;
    e.sent.method = QStringLiteral("GET");
    e.sent.url = QStringLiteral("http://127.0.0.1:1/");
    e.error =
        Error{Error::Kind::ConnectionRefused, QStringLiteral("connection refused by 127.0.0.1:1")};
    e.timings.total = 0.8;
    m_view->setExchange(e);
    auto *banner = child<MessageBanner>("errorBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Connection refused"));
    QVERIFY(banner->message().contains(QStringLiteral("127.0.0.1:1")));
    QVERIFY(banner->message().contains(QStringLiteral("running")));
    QCOMPARE(child<QLabel>("statusBadge")->text(), QStringLiteral("Failed"));
    QCOMPARE(child<QTableView>("responseHeadersTable")->model()->rowCount(), 0);

    // A new exchange clears it.
    m_view->setExchange(okExchange());
    QVERIFY(banner->isHidden());
}

void tst_ResponseView::tlsErrorCanBeAcceptedForThisRequest()
{
    Exchange e;
    e.sent.method = QStringLiteral("GET");
    e.sent.url = QStringLiteral("https://localhost:8443/");
    e.error =
        Error{Error::Kind::Tls, QStringLiteral("The certificate is self-signed, and untrusted")};
    TlsInfo tls;
    tls.protocol = QStringLiteral("TLS 1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.cipherBits = 256;
    tls.alpn = QStringLiteral("h2");
    tls.errors = {TlsError{9, QStringLiteral("The certificate is self-signed, and untrusted"),
                           QStringLiteral("AA:BB")}};
    CertificateInfo cert;
    cert.subject = QStringLiteral("CN=localhost");
    cert.issuer = QStringLiteral("CN=localhost");
    cert.subjectAlternativeNames = {QStringLiteral("DNS:localhost")};
    cert.sha256 = QStringLiteral("AA:BB");
    cert.publicKeyAlgorithm = QStringLiteral("EC");
    cert.publicKeyBits = 256;
    cert.selfSigned = true;
    cert.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    cert.notAfter = QDateTime::currentDateTimeUtc().addDays(1);
    tls.chain = {cert};
    e.tls = tls;
    m_view->setExchange(e);

    auto *tabs = child<QTabWidget>("responseTabs");
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("tlsView"));
    QCOMPARE(child<QLabel>("tlsProtocol")->text(), QStringLiteral("TLS 1.3"));
    QCOMPARE(child<QLabel>("tlsAlpn")->text(), QStringLiteral("h2"));
    QVERIFY(child<QLabel>("tlsVerification")->text().startsWith(QStringLiteral("Failed")));
    auto *chain = child<QTreeWidget>("tlsChain");
    QCOMPARE(chain->topLevelItemCount(), 1);
    QCOMPARE(chain->topLevelItem(0)->text(1), QStringLiteral("CN=localhost"));
    QVERIFY(chain->topLevelItem(0)->childCount() >= 8);

    QSignalSpy accepted(m_view, &ResponseView::tlsErrorAccepted);
    auto *accept = child<QPushButton>("acceptTlsError_0");
    QVERIFY(accept);
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    const auto ignored = accepted.first().first().value<IgnoredTlsError>();
    QCOMPARE(ignored.error, 9);
    QCOMPARE(ignored.certificateSha256, QStringLiteral("AA:BB"));

    // Once accepted (and resent), the error is listed as accepted, with no button.
    tls.acceptedErrors = tls.errors;
    tls.verified = true;
    Exchange ok = okExchange();
    ok.tls = tls;
    m_view->setExchange(ok);
    QTRY_VERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("acceptTlsError_0")));
    QVERIFY(child<QLabel>("tlsVerification")->text().startsWith(QStringLiteral("Accepted")));
}

void tst_ResponseView::redirectsListed()
{
    Exchange e = okExchange();
    e.redirects = {RedirectHop{302, QStringLiteral("http://a/"), QStringLiteral("http://b/"), 1.0},
                   RedirectHop{301, QStringLiteral("http://b/"), QStringLiteral("http://c/"), 2.0}};
    m_view->setExchange(e);
    auto *list = child<QTreeWidget>("redirectsList");
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("301"));
    QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("http://c/"));
    auto *tabs = child<QTabWidget>("responseTabs");
    QCOMPARE(tabs->tabText(tabs->indexOf(list)), QStringLiteral("Redirects (2)"));
}

void tst_ResponseView::cookiesTabListsSetCookies()
{
    Exchange e = okExchange();
    // Qt hands repeated Set-Cookie headers over joined by newlines.
    e.response->headers.append(
        KeyValue{QStringLiteral("Set-Cookie"),
                 QStringLiteral("sid=abc123; Path=/app; Domain=example.test; Secure; HttpOnly; "
                                "SameSite=Strict\n"
                                "theme=dark; Expires=Wed, 21 Oct 2037 07:28:00 GMT\n"
                                "=novalue-garbage"),
                 true,
                 {}});
    m_view->setExchange(e);
    auto *tabs = child<QTabWidget>("responseTabs");
    auto *cookies = child<QWidget>("cookiesView");
    QCOMPARE(tabs->tabText(tabs->indexOf(cookies)), QStringLiteral("Cookies (2)"));
    auto *table = child<QTableWidget>("cookiesTable");
    QCOMPARE(table->rowCount(), 2);
    const auto cell = [table](int row, int column) {
        return table->item(row, column)->text();
    };
    QCOMPARE(cell(0, 0), QStringLiteral("sid"));
    QCOMPARE(cell(0, 1), QStringLiteral("abc123"));
    QCOMPARE(cell(0, 2), QStringLiteral("example.test"));
    QCOMPARE(cell(0, 3), QStringLiteral("/app"));
    QCOMPARE(cell(0, 4), QStringLiteral("Session"));
    QCOMPARE(cell(0, 5), QStringLiteral("Yes"));
    QCOMPARE(cell(0, 6), QStringLiteral("Yes"));
    QCOMPARE(cell(0, 7), QStringLiteral("Strict"));
    QCOMPARE(cell(1, 0), QStringLiteral("theme"));
    QVERIFY2(cell(1, 4).contains(QStringLiteral("2037")), qPrintable(cell(1, 4)));
    QVERIFY(cell(1, 5).isEmpty());
    auto *note = child<QLabel>("cookiesNote");
    QVERIFY2(note->text().contains(QStringLiteral("=novalue-garbage")), qPrintable(note->text()));

    // A response without Set-Cookie clears the list.
    m_view->setExchange(okExchange());
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(tabs->tabText(tabs->indexOf(cookies)), QStringLiteral("Cookies"));
}

void tst_ResponseView::previewHtmlOfflineImageAndOther()
{
    auto *tabs = child<QTabWidget>("responseTabs");
    auto *preview = child<PreviewView>("previewView");
    tabs->setCurrentWidget(preview);

    Exchange html = okExchange();
    html.response->contentType = QStringLiteral("text/html; charset=utf-8");
    html.response->body = ResponseBody::fromBytes(
        "<html><head><link rel=stylesheet href='http://127.0.0.1:9/x.css'></head><body>"
        "<h1>Hello</h1><img src='http://127.0.0.1:9/logo.png'><p>caf\xc3\xa9</p></body></html>");
    m_view->setExchange(html);
    QCOMPARE(preview->kind(), QStringLiteral("html"));
    auto *browser = child<QTextBrowser>("previewHtml");
    QVERIFY(browser->isVisible());
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Hello")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("caf\u00e9")));
    // The image is the local placeholder, not something fetched.
    const QVariant image = browser->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("http://127.0.0.1:9/logo.png")));
    QCOMPARE(image.value<QImage>().size(), QSize(48, 32));
    QVERIFY(!browser->openLinks());

    QImage picture(300, 200, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(picture.save(&buffer, "PNG"));
    Exchange image2 = okExchange();
    image2.response->contentType = QStringLiteral("image/png");
    image2.response->body = ResponseBody::fromBytes(png);
    m_view->setExchange(image2);
    auto *label = child<QLabel>("previewImage");
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(preview->kind(), QStringLiteral("image"));
    QVERIFY(!label->pixmap().isNull());
    QVERIFY(label->pixmap().width() <= 300);
    QCOMPARE(label->toolTip(), QStringLiteral("300 \u00d7 200 pixels"));

    Exchange broken = image2;
    broken.response->body = ResponseBody::fromBytes("not a png");
    m_view->setExchange(broken);
    auto *message = child<QLabel>("previewMessage");
    QTRY_VERIFY(message->text().contains(QStringLiteral("not a picture")));

    m_view->setExchange(okExchange()); // JSON
    QCOMPARE(preview->kind(), QStringLiteral("none"));
    QCOMPARE(message->text(), QStringLiteral("No preview for application/json."));
}

void tst_ResponseView::showAllLoadsTheWholeLargeBody()
{
    // A 3 MB JSON array: the view shows its first 2 MB, then all of it after Show All.
    QByteArray json = "[";
    int n = 0;
    while (json.size() < 3 * 1024 * 1024)
        json += "{\"n\":" + QByteArray::number(n++) + "},";
    json += "{\"last\":true}]";
    Exchange e = okExchange();
    e.response->body = ResponseBody::fromBytes(json);
    m_view->setExchange(e);
    auto *text = child<QPlainTextEdit>("bodyText");
    auto *note = child<QLabel>("bodyNote");
    auto *showAll = child<QToolButton>("showAllButton");
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->bodyView()->isBusy(), 20000);
    QVERIFY2(note->text().startsWith(QStringLiteral("Showing the first")),
             qPrintable(note->text()));
    QVERIFY(showAll->isVisible());
    QVERIFY2(showAll->text().startsWith(QStringLiteral("Show All")), qPrintable(showAll->text()));
    QVERIFY(!text->toPlainText().contains(QStringLiteral("\"last\": true")));

    QTest::mouseClick(showAll, Qt::LeftButton);
    QVERIFY(m_view->bodyView()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->bodyView()->isBusy(), 30000);
    QVERIFY(showAll->isHidden());
    QVERIFY(!note->text().contains(QStringLiteral("Showing the first")));
    const QString shown = text->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("\"n\": %1").arg(n - 1)));
    QVERIFY(shown.endsWith(QStringLiteral("\"last\": true\n  }\n]")));

    // Raw follows the larger limit too; a new exchange starts at 2 MB again.
    m_view->bodyView()->setMode(bodyrender::Mode::Raw);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->bodyView()->isBusy(), 30000);
    QVERIFY(text->toPlainText().endsWith(QStringLiteral("{\"last\":true}]")));
    m_view->setExchange(e);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->bodyView()->isBusy(), 20000);
    QVERIFY(showAll->isVisible());
}

QTEST_MAIN(tst_ResponseView)
#include "tst_responseview.moc"
