// The live message list without a network: MessageLogModel over a MessageLog (streaming,
// eviction, filters, incremental scan), MessageLogView's follow toggle, MessageDetail.

#include "core/stream/messagelog.h"
#include "ui/response/bodyview.h"
#include "ui/stream/messagedetail.h"
#include "ui/stream/messagefilter.h"
#include "ui/stream/messagelogmodel.h"
#include "ui/stream/messagelogview.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace wirescope;

namespace {

StreamMessage frame(MessageDirection direction, MessageKind type, const QByteArray &payload)
{
    StreamMessage message;
    message.direction = direction;
    message.type = type;
    message.payload = payload;
    return message;
}

// A small conversation with every kind of entry; the filter table refers to its indexes.
void fillConversation(MessageLog &log)
{
    log.append(frame(MessageDirection::Event, MessageKind::Event, "connecting to ws://x"));    // 0
    log.append(frame(MessageDirection::Incoming, MessageKind::Text, "hello world"));           // 1
    log.append(frame(MessageDirection::Outgoing, MessageKind::Text, R"({"op":"subscribe"})")); // 2
    log.append(
        frame(MessageDirection::Incoming, MessageKind::Binary, QByteArray("\x00\x01key", 5))); // 3
    log.append(frame(MessageDirection::Incoming, MessageKind::Ping, "p1"));                    // 4
    log.append(frame(MessageDirection::Outgoing, MessageKind::Pong, "p1"));                    // 5
    log.append(frame(MessageDirection::Incoming, MessageKind::Text, "Hello again, World"));    // 6
    log.append(frame(MessageDirection::Outgoing, MessageKind::Binary, "KEY-99"));              // 7
}

QList<qint64> rowsOf(const MessageLogModel &model)
{
    QList<qint64> sequences;
    for (int row = 0; row < model.rowCount(); ++row)
        sequences.append(model.sequenceAt(row));
    return sequences;
}

} // namespace

class tst_MessageLogModel : public QObject
{
    Q_OBJECT

private slots:
    void streamsUnderModelTester();
    void evictionKeepsRowsInStep();
    void clearResets();
    void filter_data();
    void filter();
    void badRegexNamesTheProblem();
    void filterScansLargeLogInSlices();
    void filterFollowsLiveAppendsAndEviction();
    void preview();
    void followPausesOnScrollUpAndResumes();
    void pausedViewKeepsReadingPositionWhileEvicting();
    void detailShowsPrettyJson();
    void detailShowsHexForBinary();
};

void tst_MessageLogModel::streamsUnderModelTester()
{
    MessageLog log(1000);
    MessageLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int burst = 0; burst < 10; ++burst) {
        for (int i = 0; i < 37; ++i) {
            log.appendFrame(MessageDirection::Incoming, MessageKind::Text,
                            QByteArray("message ") + QByteArray::number(burst * 37 + i));
        }
        QTRY_COMPARE(model.rowCount(), log.size());
    }
    QCOMPARE(model.rowCount(), 370);
    // Batched: far fewer insertions than messages.
    QVERIFY2(inserted.size() < 370, qPrintable(QString::number(inserted.size())));
    QCOMPARE(model.sequenceAt(0), log.firstSequence());
    QCOMPARE(model.index(5, MessageLogModel::PreviewColumn).data().toString(),
             QStringLiteral("message 5"));
    QCOMPARE(model.index(5, MessageLogModel::TypeColumn).data().toString(), QStringLiteral("text"));
}

void tst_MessageLogModel::evictionKeepsRowsInStep()
{
    MessageLog log(100);
    MessageLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 450; ++i) {
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text, QByteArray::number(i));
        if (i % 60 == 0)
            QTest::qWait(20); // let a few batches through mid-stream
    }
    QTRY_COMPARE(model.sequenceAt(0), log.firstSequence());
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(log.counters().evicted, 350);
    QVERIFY(!removed.isEmpty());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, MessageLogModel::PreviewColumn).data().toString(),
                 QString::number(350 + row));
    }
}

void tst_MessageLogModel::clearResets()
{
    MessageLog log(100);
    MessageLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillConversation(log);
    QTRY_COMPARE(model.rowCount(), 8);
    log.clear();
    QCOMPARE(model.rowCount(), 0);
    log.appendFrame(MessageDirection::Incoming, MessageKind::Text, "after clear");
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.sequenceAt(0), 8);
}

void tst_MessageLogModel::filter_data()
{
    QTest::addColumn<QString>("direction"); // all, in, out
    QTest::addColumn<QString>("types");     // letters: t=text b=binary c=control e=events
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("everything") << "all"
                                << "tbce"
                                << "" << false << false << QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("incoming") << "in"
                              << "tbce"
                              << "" << false << false << QList<qint64>{1, 3, 4, 6};
    QTest::newRow("outgoing") << "out"
                              << "tbce"
                              << "" << false << false << QList<qint64>{2, 5, 7};
    QTest::newRow("no events") << "all"
                               << "tbc"
                               << "" << false << false << QList<qint64>{1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("text only") << "all"
                               << "t"
                               << "" << false << false << QList<qint64>{1, 2, 6};
    QTest::newRow("binary only") << "all"
                                 << "b"
                                 << "" << false << false << QList<qint64>{3, 7};
    QTest::newRow("control only") << "all"
                                  << "c"
                                  << "" << false << false << QList<qint64>{4, 5};
    QTest::newRow("events only") << "all"
                                 << "e"
                                 << "" << false << false << QList<qint64>{0};
    QTest::newRow("substring, any case") << "all"
                                         << "tbce"
                                         << "hello" << false << false << QList<qint64>{1, 6};
    QTest::newRow("substring, match case") << "all"
                                           << "tbce"
                                           << "Hello" << false << true << QList<qint64>{6};
    QTest::newRow("substring in binary") << "all"
                                         << "tbce"
                                         << "key" << false << false << QList<qint64>{3, 7};
    QTest::newRow("regex") << "all"
                           << "tbce"
                           << "^h.*world$" << true << false << QList<qint64>{1, 6};
    QTest::newRow("regex, match case") << "all"
                                       << "tbce"
                                       << "^h.*world$" << true << true << QList<qint64>{1};
    QTest::newRow("regex on JSON, outgoing text")
        << "out"
        << "t"
        << R"("op"\s*:\s*"sub)" << true << false << QList<qint64>{2};
    QTest::newRow("regex is not a substring") << "all"
                                              << "tbce"
                                              << "o.*o" << false << false << QList<qint64>{};
}

void tst_MessageLogModel::filter()
{
    QFETCH(QString, direction);
    QFETCH(QString, types);
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(QList<qint64>, expected);

    MessageLog log(100);
    MessageLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillConversation(log);
    QTRY_COMPARE(model.rowCount(), 8);

    MessageFilter filter;
    filter.incoming = direction != QLatin1String("out");
    filter.outgoing = direction != QLatin1String("in");
    filter.text = types.contains(u't');
    filter.binary = types.contains(u'b');
    filter.control = types.contains(u'c');
    filter.events = types.contains(u'e');
    filter.pattern = pattern;
    filter.regex = regex;
    filter.caseSensitive = caseSensitive;
    QCOMPARE(model.setFilter(filter), QString());
    QTRY_VERIFY(!model.isScanning());
    QCOMPARE(rowsOf(model), expected);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.sequenceAt(row)), row);

    // Back to everything.
    model.setFilter(MessageFilter{});
    QVERIFY(!model.isFiltered());
    QCOMPARE(model.rowCount(), 8);
}

void tst_MessageLogModel::badRegexNamesTheProblem()
{
    MessageLog log(100);
    MessageLogModel model(&log);
    fillConversation(log);
    QTRY_COMPARE(model.rowCount(), 8);
    MessageFilter filter;
    filter.pattern = QStringLiteral("(unclosed");
    filter.regex = true;
    const QString error = model.setFilter(filter);
    QVERIFY2(error.contains(QLatin1String("regular expression")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("position")), qPrintable(error));
    QTRY_VERIFY(!model.isScanning());
    QCOMPARE(model.rowCount(), 0);
}

void tst_MessageLogModel::filterScansLargeLogInSlices()
{
    constexpr int count = 100000;
    MessageLog log(count);
    for (int i = 0; i < count; ++i) {
        // Every entry is a distinct JSON text; payload sizes vary.
        log.appendFrame(i % 3 == 0 ? MessageDirection::Outgoing : MessageDirection::Incoming,
                        MessageKind::Text,
                        QByteArray(R"({"id":)") + QByteArray::number(i) + R"(,"pad":")"
                            + QByteArray(i % 50, 'x') + "\"}");
    }
    MessageLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), count);

    // The expected rows, computed independently of the model.
    const QRegularExpression expression(QStringLiteral(R"("id":\d*77\d*,)"));
    QList<qint64> expected;
    for (const StreamMessage &message : log.entries()) {
        if (message.direction == MessageDirection::Incoming
            && expression.match(QString::fromUtf8(message.payload)).hasMatch())
            expected.append(message.sequence);
    }
    QVERIFY(expected.size() > 100);

    // Count event-loop turns while the scan runs: the UI thread is not held for the whole scan.
    int turns = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, [&turns] { ++turns; });
    ticker.start();

    QSignalSpy finished(&model, &MessageLogModel::scanFinished);
    MessageFilter filter;
    filter.outgoing = false;
    filter.pattern = expression.pattern();
    filter.regex = true;
    QCOMPARE(model.setFilter(filter), QString());
    QVERIFY(model.isScanning()); // nothing was matched synchronously
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(finished.wait(60000));
    ticker.stop();
    QCOMPARE(rowsOf(model), expected);
    QVERIFY2(turns >= 2, qPrintable(QStringLiteral("event loop turns during scan: %1").arg(turns)));
}

void tst_MessageLogModel::filterFollowsLiveAppendsAndEviction()
{
    MessageLog log(20);
    MessageLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MessageFilter filter;
    filter.pattern = QStringLiteral("even");
    QCOMPARE(model.setFilter(filter), QString());
    for (int i = 0; i < 60; ++i) {
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text,
                        (i % 2 == 0 ? QByteArray("even ") : QByteArray("odd "))
                            + QByteArray::number(i));
        if (i % 7 == 0)
            QTest::qWait(20);
    }
    // The ring keeps 40..59; the even ones among them are 40, 42, ... 58.
    QList<qint64> expected;
    for (qint64 i = 40; i < 60; i += 2)
        expected.append(i);
    QTRY_COMPARE(rowsOf(model), expected);
    QTRY_VERIFY(!model.isScanning());
}

void tst_MessageLogModel::preview()
{
    StreamMessage text = frame(MessageDirection::Incoming, MessageKind::Text,
                               QByteArray("line one\nline two\ttab ") + QByteArray(500, 'z'));
    const QString line = MessageLogModel::preview(text);
    QVERIFY(!line.contains(u'\n'));
    QVERIFY(line.startsWith(QLatin1String("line one line two tab zzz")));
    QVERIFY(line.endsWith(QChar(0x2026)));
    QCOMPARE(line.size(), MessageLogModel::s_previewBytes + 1);

    // A multi-byte character straddling the cut is not split into garbage.
    QByteArray accents;
    for (int i = 0; i < 150; ++i)
        accents += "\xc3\xa9"; // é
    const QString cut =
        MessageLogModel::preview(frame(MessageDirection::Incoming, MessageKind::Text, accents));
    QVERIFY(!cut.contains(QChar(0xFFFD)));
    QCOMPARE(cut.left(100), QString(100, QChar(0xE9)));

    const QString binary = MessageLogModel::preview(
        frame(MessageDirection::Incoming, MessageKind::Binary, QByteArray::fromHex("00ff10")));
    QCOMPARE(binary, QStringLiteral("00 ff 10"));

    StreamMessage close = frame(MessageDirection::Incoming, MessageKind::Close, "bye");
    close.closeCode = 4001;
    QCOMPARE(MessageLogModel::preview(close), QStringLiteral("4001 bye"));
}

void tst_MessageLogModel::followPausesOnScrollUpAndResumes()
{
    MessageLog log(100000);
    MessageLogModel model(&log);
    MessageLogView view;
    view.setModel(&model);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy followChanges(&view, &MessageLogView::followingChanged);

    for (int i = 0; i < 500; ++i)
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text, QByteArray::number(i));
    QTRY_COMPARE(model.rowCount(), 500);
    QVERIFY(view.isFollowing());
    QTRY_VERIFY(view.isAtBottom());
    QVERIFY(view.verticalScrollBar()->maximum() > 0);

    // The user scrolls up a page: following pauses, and new rows do not pull the view down.
    view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(!view.isFollowing());
    QCOMPARE(followChanges.size(), 1);
    QCOMPARE(followChanges.at(0).at(0).toBool(), false);
    const int position = view.verticalScrollBar()->value();
    for (int i = 0; i < 200; ++i)
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text, QByteArray::number(i));
    QTRY_COMPARE(model.rowCount(), 700);
    QCOMPARE(view.verticalScrollBar()->value(), position);
    QVERIFY(!view.isAtBottom());

    // Scrolling back to the bottom resumes it.
    view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    QVERIFY(view.isFollowing());
    for (int i = 0; i < 50; ++i)
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text, QByteArray::number(i));
    QTRY_COMPARE(model.rowCount(), 750);
    QTRY_VERIFY(view.isAtBottom());

    // A key press up pauses; setFollowing(true) (the Follow button) jumps back.
    view.setFocus();
    view.setCurrentIndex(model.index(model.rowCount() - 1, 0));
    QTest::keyClick(&view, Qt::Key_PageUp);
    QVERIFY(!view.isFollowing());
    view.setFollowing(true);
    QVERIFY(view.isAtBottom());
    QVERIFY(view.isFollowing());
}

void tst_MessageLogModel::pausedViewKeepsReadingPositionWhileEvicting()
{
    MessageLog log(300);
    MessageLogModel model(&log);
    MessageLogView view;
    view.setModel(&model);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 300; ++i)
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text, QByteArray::number(i));
    QTRY_COMPARE(model.rowCount(), 300);
    view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(!view.isFollowing());
    const qint64 topBefore = model.sequenceAt(view.rowAt(0));
    QVERIFY(topBefore > 100);

    // 50 new entries evict 50 old ones above the rows being read: those stay in place.
    for (int i = 0; i < 50; ++i)
        log.appendFrame(MessageDirection::Incoming, MessageKind::Text, QByteArray::number(300 + i));
    QTRY_COMPARE(model.sequenceAt(0), 50);
    QCOMPARE(model.sequenceAt(view.rowAt(0)), topBefore);
}

void tst_MessageLogModel::detailShowsPrettyJson()
{
    MessageLog log(10);
    log.append(frame(MessageDirection::Incoming, MessageKind::Text, R"({"a":1,"b":[true,null]})"));
    MessageDetail detail;
    detail.show();
    StreamMessage message;
    QVERIFY(log.find(0, &message));
    detail.setMessage(message);
    auto *text = detail.findChild<QPlainTextEdit *>(QStringLiteral("bodyText"));
    QVERIFY(text);
    QTRY_COMPARE(text->toPlainText(),
                 QStringLiteral("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}"));
    QVERIFY(detail.summary().contains(QLatin1String("incoming text")));
    QCOMPARE(detail.sequence(), 0);

    // Hex of the same message.
    detail.bodyView()->setMode(bodyrender::Mode::Hex);
    QTRY_VERIFY(text->toPlainText().contains(QLatin1String("7b 22 61 22")));
}

void tst_MessageLogModel::detailShowsHexForBinary()
{
    MessageDetail detail;
    detail.show();
    StreamMessage message =
        frame(MessageDirection::Outgoing, MessageKind::Binary, QByteArray::fromHex("000102fffe"));
    message.size = 5;
    detail.setMessage(message);
    auto *text = detail.findChild<QPlainTextEdit *>(QStringLiteral("bodyText"));
    QVERIFY(text);
    QTRY_VERIFY2(text->toPlainText().contains(QLatin1String("00 01 02 ff fe")),
                 qPrintable(text->toPlainText()));
    auto *hex = detail.findChild<QToolButton *>(QStringLiteral("hexButton"));
    QVERIFY(hex && hex->isChecked());
    QVERIFY(detail.summary().contains(QLatin1String("outgoing binary")));
}

QTEST_MAIN(tst_MessageLogModel)
#include "tst_messagelogmodel.moc"
