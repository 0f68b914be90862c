// AfterFirstPaint: start-up work deferred past the window's first frame runs once, only after
// that window painted (not another window, not during show()), and still runs when the window
// never paints.

#include "ui/widgets/afterfirstpaint.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPointer>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace wirescope;

namespace {

/// Counts the paint events the widget receives.
class PaintCounter final : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

} // namespace

class tst_AfterFirstPaint final : public QObject
{
    Q_OBJECT

private slots:
    void runsOnceAfterTheFirstPaint();
    void anotherWindowsPaintDoesNotCount();
    void runsAfterTheFallbackWhenNeverPainted();
    void windowGoneFirstNothingRuns();
};

void tst_AfterFirstPaint::runsOnceAfterTheFirstPaint()
{
    PaintCounter window;
    window.resize(200, 100);
    int calls = 0;
    int paintsAtCall = -1;
    new AfterFirstPaint(
        &window,
        [&] {
            ++calls;
            paintsAtCall = window.paints;
        },
        60000);
    window.show();
    QCOMPARE(calls, 0); // not inside show()
    QTRY_COMPARE(calls, 1);
    QVERIFY2(paintsAtCall >= 1, "the callback ran before the window painted");
    // Later paints do not run it again.
    window.update();
    QTRY_VERIFY(window.paints > paintsAtCall);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void tst_AfterFirstPaint::anotherWindowsPaintDoesNotCount()
{
    PaintCounter watched;
    PaintCounter other;
    other.resize(200, 100);
    int calls = 0;
    new AfterFirstPaint(
        &watched, [&] { ++calls; }, 60000);
    other.show();
    QTRY_VERIFY(other.paints >= 1);
    QTest::qWait(50);
    QCOMPARE(calls, 0);
    watched.show();
    QTRY_COMPARE(calls, 1);
}

void tst_AfterFirstPaint::runsAfterTheFallbackWhenNeverPainted()
{
    QWidget hidden; // never shown: never paints
    int calls = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 firedAfterMs = -1;
    new AfterFirstPaint(
        &hidden,
        [&] {
            ++calls;
            firedAfterMs = clock.elapsed();
        },
        150);
    QTest::qWait(50);
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 1);
    QVERIFY2(firedAfterMs >= 140, qPrintable(QString::number(firedAfterMs)));
    QTest::qWait(200);
    QCOMPARE(calls, 1);
}

void tst_AfterFirstPaint::windowGoneFirstNothingRuns()
{
    auto window = std::make_unique<PaintCounter>();
    int calls = 0;
    QPointer<AfterFirstPaint> watcher = new AfterFirstPaint(
        window.get(), [&] { ++calls; }, 100);
    window.reset(); // deletes the watcher with it
    QVERIFY(watcher.isNull());
    QTest::qWait(200);
    QCOMPARE(calls, 0);
}

QTEST_MAIN(tst_AfterFirstPaint)
#include "tst_afterfirstpaint.moc"
