// The Events tab: a request tab whose response is text/event-stream streams it into the
// SsePane (the WebSocket pane's list, filter and detail), against the in-process demo
// server's /sse; a request marked "stream as SSE" streams another type; Stop closes it.

#include "core/http/httpclient.h"
#include "core/server/demoserver.h"
#include "core/sse/ssesession.h"
#include "core/stream/messagelog.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/request/requesteditor.h"
#include "ui/response/responseview.h"
#include "ui/sse/ssepane.h"
#include "ui/stream/messagedetail.h"
#include "ui/stream/messagelogmodel.h"
#include "ui/stream/messagelogpane.h"
#include "ui/stream/messagelogview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace wirescope;

class tst_SsePane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eventStreamGoesToTheEventsTab();
    void filterAndDetail();
    void stopClosesAStream();
    void markedRequestStreamsAnyType();
    void ordinaryResponseStaysInBody();
    void reconnectToggle();

private:
    void sendTo(RequestTab &tab, const QString &pathAndQuery, bool marked = false);
    server::DemoServer *m_demo = nullptr;
    HttpClient *m_client = nullptr;
};

void tst_SsePane::initTestCase()
{
    m_demo = new server::DemoServer(this);
    const auto listening = m_demo->listen({});
    QVERIFY2(listening, qPrintable(listening ? QString() : listening.error().message));
    m_client = new HttpClient(this);
}

void tst_SsePane::sendTo(RequestTab &tab, const QString &pathAndQuery, bool marked)
{
    Request r;
    r.url = m_demo->httpUrl().toString() + pathAndQuery;
    r.settings.streamAsSse = marked;
    tab.setRequest(r);
    tab.send();
}

void tst_SsePane::eventStreamGoesToTheEventsTab()
{
    RequestTab tab(m_client, nullptr);
    tab.resize(1000, 700);
    tab.show();
    QSignalSpy finished(&tab, &RequestTab::exchangeFinished);
    sendTo(tab, QStringLiteral("/sse?count=500&interval=0&event=tick"));
    QTRY_VERIFY_WITH_TIMEOUT(tab.ssePane(), 5000);
    QAbstractItemModelTester tester(tab.ssePane()->log()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!tab.isRunning());
    SsePane *pane = tab.ssePane();
    QCOMPARE(pane->session()->log()->counters().incoming, 500);
    auto *tabs = tab.responseView()->findChild<QTabWidget *>(QStringLiteral("responseTabs"));
    QCOMPARE(tabs->currentWidget(), pane);
    QCOMPARE(tabs->tabText(tabs->indexOf(pane)), QStringLiteral("Events"));
    // Every log entry is a row (connection notes, the comment and 500 events).
    QTRY_COMPARE(pane->log()->model()->rowCount(), pane->session()->log()->size());
    const QModelIndex lastEventType = pane->log()->model()->index(
        pane->log()->model()->rowCount() - 2, MessageLogModel::TypeColumn);
    QCOMPARE(lastEventType.data().toString(), QStringLiteral("tick"));
    QVERIFY(pane->log()->view()->isFollowing());
    const auto *counters = pane->findChild<QLabel *>(QStringLiteral("messageCounters"));
    QTRY_VERIFY2(counters->text().contains(QStringLiteral("events 500")),
                 qPrintable(counters->text()));
    QVERIFY2(counters->text().contains(QStringLiteral("last id 500")),
             qPrintable(counters->text()));
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("sseState"))->text(),
             QStringLiteral("closed"));
    // The exchange still reports the head and how much was streamed.
    const Exchange exchange = finished.at(0).at(0).value<Exchange>();
    QCOMPARE(exchange.response->status, 200);
    QVERIFY(exchange.warnings.join(u' ').contains(QStringLiteral("streamed")));
}

void tst_SsePane::filterAndDetail()
{
    RequestTab tab(m_client, nullptr);
    tab.resize(1000, 700);
    tab.show();
    QSignalSpy finished(&tab, &RequestTab::exchangeFinished);
    sendTo(tab, QStringLiteral("/sse?count=30&interval=0&event=tick"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    SsePane *pane = tab.ssePane();
    // Only events: comments (and retry) and connection notes off.
    auto *comments = pane->findChild<QToolButton *>(QStringLiteral("filterTypeControl"));
    auto *notes = pane->findChild<QToolButton *>(QStringLiteral("filterTypeEvents"));
    QCOMPARE(comments->text(), QStringLiteral("Comments"));
    QCOMPARE(notes->text(), QStringLiteral("Notes"));
    QVERIFY(!pane->findChild<QToolButton *>(QStringLiteral("filterTypeBinary"))->isVisible());
    comments->click();
    notes->click();
    QTRY_COMPARE(pane->log()->model()->rowCount(), 30);
    auto *pattern = pane->findChild<QLineEdit *>(QStringLiteral("filterPattern"));
    QTest::keyClicks(pattern, QStringLiteral("\"n\":17}"));
    QTRY_COMPARE(pane->log()->model()->rowCount(), 1);
    pane->log()->view()->setCurrentIndex(
        pane->log()->model()->index(0, MessageLogModel::PreviewColumn));
    QTRY_VERIFY(pane->log()->detail()->summary().contains(QStringLiteral("id \"17\"")));
    QVERIFY(pane->log()->detail()->summary().contains(QStringLiteral("event \"tick\"")));
}

void tst_SsePane::stopClosesAStream()
{
    RequestTab tab(m_client, nullptr);
    tab.show();
    QSignalSpy running(&tab, &RequestTab::runningChanged);
    sendTo(tab, QStringLiteral("/sse?count=0&interval=20"));
    QTRY_VERIFY_WITH_TIMEOUT(
        tab.ssePane() && tab.ssePane()->session()->log()->counters().incoming >= 3, 5000);
    QVERIFY(tab.isRunning());
    auto *stop = tab.ssePane()->findChild<QToolButton *>(QStringLiteral("sseStopButton"));
    QVERIFY(stop->isEnabled());
    stop->click();
    QTRY_VERIFY(!tab.isRunning());
    QCOMPARE(tab.sseSession()->end(), SseSession::End::Stopped);
    QVERIFY(!stop->isEnabled());
    QCOMPARE(running.last().at(0).toBool(), false);
}

void tst_SsePane::markedRequestStreamsAnyType()
{
    RequestTab tab(m_client, nullptr);
    tab.show();
    QSignalSpy finished(&tab, &RequestTab::exchangeFinished);
    // /stream/3 is JSON lines: marked as SSE, each line is an unknown field, so no events,
    // but it streams into the Events tab instead of the body.
    sendTo(tab, QStringLiteral("/stream/3"), true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(tab.ssePane());
    QCOMPARE(tab.sseSession()->end(), SseSession::End::ServerClosed);
    QCOMPARE(tab.sseSession()->log()->counters().incoming, 0);
    QCOMPARE(finished.at(0).at(0).value<Exchange>().response->body.size(), 0);
}

void tst_SsePane::ordinaryResponseStaysInBody()
{
    RequestTab tab(m_client, nullptr);
    tab.show();
    QSignalSpy finished(&tab, &RequestTab::exchangeFinished);
    sendTo(tab, QStringLiteral("/get"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!tab.ssePane()); // never created
    QVERIFY(finished.at(0).at(0).value<Exchange>().response->body.size() > 0);
}

namespace {

/// The connection entries (connecting, open, reconnecting, ...) of @p log, in order.
QStringList connectionNotes(const MessageLog *log)
{
    QStringList out;
    for (const StreamMessage &m : log->entries()) {
        if (m.type == MessageKind::Event)
            out.append(QString::fromUtf8(m.payload));
    }
    return out;
}

} // namespace

void tst_SsePane::reconnectToggle()
{
    RequestTab tab(m_client, nullptr);
    tab.show();
    QSignalSpy finished(&tab, &RequestTab::exchangeFinished);
    // Three events 150 ms apart, then the server ends the stream; it asks for retry: 100.
    sendTo(tab, QStringLiteral("/sse?count=3&interval=150&retry=100"));
    QTRY_VERIFY_WITH_TIMEOUT(tab.ssePane(), 5000);
    SseSession *session = tab.sseSession();
    auto *reconnect = tab.ssePane()->findChild<QToolButton *>(QStringLiteral("sseReconnectButton"));
    QVERIFY(reconnect && reconnect->isCheckable());
    QVERIFY(!reconnect->isChecked()); // off by default
    QVERIFY(!session->options().reconnect);
    reconnect->click();
    QVERIFY(session->options().reconnect);
    QCOMPARE(session->state(), SseSession::State::Open); // still the first connection

    // The stream ends; the session waits the server's retry and sends Last-Event-ID.
    QTRY_VERIFY_WITH_TIMEOUT(
        connectionNotes(session->log())
            .contains(QStringLiteral("reconnecting in 100 ms with Last-Event-ID: 3")),
        5000);
    QTRY_VERIFY_WITH_TIMEOUT(connectionNotes(session->log())
                                     .count(QStringLiteral("reconnecting in 100 ms "
                                                           "with Last-Event-ID: 3"))
                                 >= 2,
                             5000);
    const QStringList notes = connectionNotes(session->log());
    QVERIFY2(notes.filter(QStringLiteral("connecting to ")).size() >= 2,
             qPrintable(notes.join(u'\n')));
    QVERIFY(tab.isRunning());
    QCOMPARE(finished.count(), 0);
    // The demo server resumes after the ID it was sent: the reconnection carried it.
    bool sentLastId = false;
    for (const KeyValue &h : session->exchange().sent.headers)
        sentLastId |= h.name.compare(QLatin1String("Last-Event-ID"), Qt::CaseInsensitive) == 0
                      && h.value == u"3";
    QVERIFY(sentLastId);
    QCOMPARE(session->log()->counters().incoming, 3); // nothing after id 3 of 3

    // Off while a reconnection is pending (or open): the stream closes, the send finishes.
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), SseSession::State::Reconnecting, 5000);
    reconnect->click();
    QVERIFY(!session->options().reconnect);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(!tab.isRunning());
    QCOMPARE(tab.ssePane()->findChild<QLabel *>(QStringLiteral("sseState"))->text(),
             QStringLiteral("closed"));
    QVERIFY(connectionNotes(session->log())
                .contains(QStringLiteral("reconnection turned off: closed")));

    // A new send keeps the choice: the toggle is per tab.
    reconnect->click();
    sendTo(tab, QStringLiteral("/sse?count=1&interval=0&retry=5000"));
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == SseSession::State::Reconnecting, 5000);
    tab.cancel();
    QTRY_VERIFY(!tab.isRunning());
}

QTEST_MAIN(tst_SsePane)
#include "tst_ssepane.moc"
