// The WebSocket pane under a flood: a local producer (tests/bench/wsfloodproducer.h) sends N
// 16-byte text frames. In one run we measure (a) a headless WebSocketSession + MessageLog (the
// reference: the same engine with no view) and (b) the same session inside a visible
// WebSocketTab following the stream. For each: messages/s (from opened() to the last frame's
// log timestamp), the longest UI-thread stall seen by a 5 ms QTimer watchdog (the largest gap
// between its ticks, minus 5 ms), and the process's peak RSS after the run.
//
//   bench_ws_pane [MESSAGES=1000000]        (QT_QPA_PLATFORM=offscreen, or under xvfb-run)

#include "core/stream/messagelog.h"
#include "core/websocket/websocketsession.h"
#include "tests/bench/wsfloodproducer.h"
#include "ui/stream/messagelogmodel.h"
#include "ui/stream/messagelogpane.h"
#include "ui/stream/messagelogview.h"
#include "ui/websocket/websockettab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace wirescope;

namespace {

constexpr int s_watchdogMs = 5;

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct PaneRun
{
    qint64 received = 0;
    qint64 elapsedUs = 0;
    qint64 longestStallMs = 0;
    qint64 notifications = 0;
    int rows = 0;
    bool atBottom = false;
    double rate() const { return elapsedUs > 0 ? received * 1e6 / double(elapsedUs) : 0; }
};

// Runs @p session to the end of the flood; @p tab (may be null) is the pane showing it.
PaneRun run(WebSocketSession *session, WebSocketTab *tab, const QUrl &url, qint64 expected)
{
    PaneRun result;
    QEventLoop loop;
    qint64 startUs = 0;
    QElapsedTimer sinceTick;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(s_watchdogMs);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        result.longestStallMs = std::max(result.longestStallMs, sinceTick.restart() - s_watchdogMs);
    });
    QObject::connect(session, &WebSocketSession::opened, &loop, [&] {
        startUs = streamNowUs();
        sinceTick.start();
        watchdog.start();
    });
    QObject::connect(session->log(), &MessageLog::changed, &loop, [&] {
        if (session->log()->counters().incoming >= expected)
            loop.quit();
    });
    QObject::connect(session, &WebSocketSession::closed, &loop, &QEventLoop::quit);
    QObject::connect(session, &WebSocketSession::errorOccurred, &loop, [&](const Error &e) {
        std::fprintf(stderr, "session error: %s\n", qPrintable(e.message));
        loop.quit();
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    WebSocketRequest request;
    request.url = url.toString();
    if (tab) {
        tab->setRequest(request);
        tab->connectToServer();
    } else {
        session->open(request);
    }
    loop.exec();
    watchdog.stop();
    const MessageLog *log = session->log();
    result.received = log->counters().incoming;
    result.notifications = log->notificationCount();
    for (int i = log->size() - 1; i >= 0; --i) {
        const StreamMessage m = log->at(i);
        if (m.direction == MessageDirection::Incoming && m.type == MessageKind::Text) {
            result.elapsedUs = m.timestampUs - startUs;
            break;
        }
    }
    if (tab) {
        // Let the last batch reach the view, then check it followed to the newest row.
        QEventLoop settle;
        QTimer::singleShot(100, &settle, &QEventLoop::quit);
        settle.exec();
        result.rows = tab->messageLog()->model()->rowCount();
        result.atBottom = tab->messageLog()->view()->isAtBottom();
    }
    session->close();
    return result;
}

void print(const char *name, const PaneRun &r, qint64 expected, long rssKiB)
{
    std::printf("%-28s %9.0f msg/s  (%lld/%lld in %.1f ms)  longest UI stall %lld ms  "
                "%lld notifications  peak RSS %.1f MiB\n",
                name, r.rate(), static_cast<long long>(r.received),
                static_cast<long long>(expected), r.elapsedUs / 1000.0,
                static_cast<long long>(r.longestStallMs), static_cast<long long>(r.notifications),
                rssKiB / 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 messages = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    bench::WsFloodProducer producer(messages, 16);
    QString error;
    if (!producer.start(&error)) {
        std::fprintf(stderr, "bench_ws_pane: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("== WebSocket pane: %lld text messages of 16 bytes from %s (platform %s)\n",
                static_cast<long long>(messages), qPrintable(producer.url().toString()),
                qPrintable(QApplication::platformName()));
    std::printf("   peak RSS before any run: %.1f MiB\n", peakRssKiB() / 1024.0);

    PaneRun headless;
    {
        WebSocketSession session;
        headless = run(&session, nullptr, producer.url(), messages);
    }
    print("headless session (reference)", headless, messages, peakRssKiB());

    PaneRun pane;
    {
        auto *session = new WebSocketSession;
        WebSocketTab tab(session, nullptr);
        tab.resize(1280, 860);
        tab.show();
        pane = run(session, &tab, producer.url(), messages);
        std::printf("   pane: %d rows in the list (log capacity %d), following: %s\n", pane.rows,
                    session->log()->capacity(),
                    pane.atBottom ? "at the newest row" : "NOT at bottom");
    }
    print("visible WebSocketTab", pane, messages, peakRssKiB());
    if (headless.rate() > 0)
        std::printf("   pane / headless rate: %.2f\n", pane.rate() / headless.rate());
    const bool ok = headless.received == messages && pane.received == messages && pane.atBottom;
    std::printf("   %s\n", ok ? "every message counted" : "INCOMPLETE");
    return ok ? 0 : 1;
}
