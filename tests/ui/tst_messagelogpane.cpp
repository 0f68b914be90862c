// The one live log view every conversation uses (WebSocket and SSE today): driven as a user
// would, over a MessageLog fed directly (no network): the owner's counters words, the filter's
// "showing N", selection to detail, Clear, Follow, and the owner's own bar controls.

#include "core/stream/messagelog.h"
#include "ui/stream/messagedetail.h"
#include "ui/stream/messagelogmodel.h"
#include "ui/stream/messagelogpane.h"
#include "ui/stream/messagelogview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace wirescope;

class tst_MessageLogPane : public QObject
{
    Q_OBJECT

private slots:
    void countersUseTheOwnersWordsAndTheFilter();
    void selectingARowShowsItAndClearEmptiesBoth();
    void followButtonAndViewAgree();
    void ownerControlsComeBeforeTheFilter();

private:
    static QLabel *counters(MessageLogPane &pane)
    {
        return pane.findChild<QLabel *>(QStringLiteral("messageCounters"));
    }
};

void tst_MessageLogPane::countersUseTheOwnersWordsAndTheFilter()
{
    MessageLog log(100);
    log.setNotifyIntervalMs(0);
    MessageLogPane pane(&log, MessageLogPane::Entries::Messages);
    int calls = 0;
    pane.setCountersText([&calls](const MessageLogCounters &counters, double) {
        ++calls;
        return QStringLiteral("in %1 out %2").arg(counters.incoming).arg(counters.outgoing);
    });
    QVERIFY(calls > 0);
    log.appendText(MessageDirection::Incoming, u"alpha");
    log.appendText(MessageDirection::Incoming, u"beta");
    log.appendText(MessageDirection::Outgoing, u"alphabet");
    QTRY_COMPARE(counters(pane)->text(), QStringLiteral("in 2 out 1"));

    // Typing in the filter's search box (debounced) narrows the list and says so.
    auto *search = pane.findChild<QLineEdit *>(QStringLiteral("filterPattern"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("alpha"));
    QTRY_COMPARE(pane.model()->rowCount(), 2);
    QTRY_COMPARE(counters(pane)->text(), QStringLiteral("in 2 out 1   showing 2"));
}

void tst_MessageLogPane::selectingARowShowsItAndClearEmptiesBoth()
{
    MessageLog log(100);
    log.setNotifyIntervalMs(0);
    MessageLogPane pane(&log, MessageLogPane::Entries::Events);
    pane.resize(800, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    log.appendSse(MessageKind::SseEvent, u"{\"n\":1}", QStringLiteral("tick"), QStringLiteral("7"));
    log.appendSse(MessageKind::SseEvent, u"second", QStringLiteral("tick"), QStringLiteral("8"));
    QTRY_COMPARE(pane.model()->rowCount(), 2);

    const QRect first = pane.view()->visualRect(pane.model()->index(0, 0));
    QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, first.center());
    QTRY_VERIFY(pane.detail()->summary().contains(QStringLiteral("id \"7\"")));
    QCOMPARE(pane.detail()->sequence(), pane.model()->sequenceAt(0));

    QTest::mouseClick(pane.findChild<QToolButton *>(QStringLiteral("messageClearButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(log.size(), 0);
    QCOMPARE(pane.detail()->sequence(), qint64(-1));
    QCOMPARE(log.counters().incoming, 2); // the counters keep counting
}

void tst_MessageLogPane::followButtonAndViewAgree()
{
    MessageLog log(1000);
    MessageLogPane pane(&log, MessageLogPane::Entries::Messages);
    auto *follow = pane.findChild<QToolButton *>(QStringLiteral("messageFollowButton"));
    QVERIFY(follow->isChecked());
    QCOMPARE(follow->accessibleName(), QStringLiteral("Follow new messages"));
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(!pane.view()->isFollowing());
    pane.view()->setFollowing(true);
    QVERIFY(follow->isChecked());
}

void tst_MessageLogPane::ownerControlsComeBeforeTheFilter()
{
    MessageLog log(10);
    MessageLogPane pane(&log, MessageLogPane::Entries::Events);
    auto *first = new QLabel(QStringLiteral("state"));
    auto *second = new QToolButton;
    pane.addBarWidget(first);
    pane.addBarWidget(second);
    auto *bar = qobject_cast<QHBoxLayout *>(pane.layout()->itemAt(0)->layout());
    QVERIFY(bar);
    QCOMPARE(bar->indexOf(first), 0);
    QCOMPARE(bar->indexOf(second), 1);
    QCOMPARE(bar->indexOf(pane.findChild<QToolButton *>(QStringLiteral("messageFollowButton"))), 3);
    QCOMPARE(pane.findChild<QToolButton *>(QStringLiteral("messageClearButton"))->accessibleName(),
             QStringLiteral("Clear events"));
}

QTEST_MAIN(tst_MessageLogPane)
#include "tst_messagelogpane.moc"
