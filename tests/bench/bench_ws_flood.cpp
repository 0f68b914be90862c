// WebSocket ingestion benchmark: a local producer (tests/bench/wsfloodproducer.h) floods
// N 16-byte text frames; in one run we measure (a) a bare QWebSocket client that only counts
// and (b) WebSocketSession + MessageLog (headless), and print both rates, their ratio, the
// peak RSS after each, and whether the log's counters saw every message.
//
//   bench_ws_flood [MESSAGES=1000000] [ROUNDS=3]
//
// Elapsed time runs from the client's connected()/opened() to the arrival of the last
// message (for the session: the MessageLog timestamp of the last entry), so the batched
// notification delay is not counted against the session.

#include "core/stream/messagelog.h"
#include "core/websocket/websocketsession.h"
#include "tests/bench/wsfloodproducer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QWebSocket>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

using namespace wirescope;

namespace {

// CPU time of the main thread (where both clients parse frames): less sensitive than wall
// time to other processes competing for the cores.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct Run
{
    qint64 received = 0;
    qint64 elapsedUs = 0;
    double cpuMs = 0; // main-thread CPU time for the whole run (connect to close)
    bool ok = false;
    double rate() const { return elapsedUs > 0 ? received * 1e6 / double(elapsedUs) : 0; }
};

Run runBare(const QUrl &url, qint64 expected)
{
    Run run;
    QWebSocket socket;
    socket.setMaxAllowedIncomingMessageSize(1 << 20);
    QEventLoop loop;
    qint64 startUs = 0;
    QObject::connect(&socket, &QWebSocket::connected, &loop, [&] { startUs = streamNowUs(); });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, [&](const QString &) {
        if (++run.received == expected) {
            run.elapsedUs = streamNowUs() - startUs;
            run.ok = true;
            socket.close();
            loop.quit();
        }
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    const double cpu0 = threadCpuMs();
    socket.open(url);
    loop.exec();
    run.cpuMs = threadCpuMs() - cpu0;
    return run;
}

Run runSession(const QUrl &url, qint64 expected, MessageLogCounters *counters, int *notifications)
{
    Run run;
    WebSocketSession session;
    WebSocketRequest request;
    request.url = url.toString();
    QEventLoop loop;
    qint64 startUs = 0;
    QObject::connect(&session, &WebSocketSession::opened, &loop, [&] { startUs = streamNowUs(); });
    QObject::connect(session.log(), &MessageLog::changed, &loop, [&] {
        if (session.log()->counters().incoming >= expected)
            loop.quit();
    });
    QObject::connect(&session, &WebSocketSession::closed, &loop, &QEventLoop::quit);
    QObject::connect(&session, &WebSocketSession::errorOccurred, &loop, [&](const Error &e) {
        std::fprintf(stderr, "session error: %s\n", qPrintable(e.message));
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    const double cpu0 = threadCpuMs();
    session.open(request);
    loop.exec();
    run.cpuMs = threadCpuMs() - cpu0;
    *counters = session.log()->counters();
    *notifications = int(session.log()->notificationCount());
    run.received = counters->incoming;
    // The last incoming data frame's own timestamp ends the measurement.
    const auto *log = session.log();
    for (int i = log->size() - 1; i >= 0; --i) {
        const StreamMessage m = log->at(i);
        if (m.direction == MessageDirection::Incoming && m.type == MessageKind::Text) {
            run.elapsedUs = m.timestampUs - startUs;
            break;
        }
    }
    run.ok = run.received == expected;
    session.close();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 messages = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    // "bare" or "session" runs only that client (for profiling one side); default both.
    const QByteArray only = argc > 3 ? QByteArray(argv[3]) : QByteArray();
    bench::WsFloodProducer producer(messages, 16);
    QString error;
    if (!producer.start(&error)) {
        std::fprintf(stderr, "bench_ws_flood: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("== WebSocket flood: %lld text messages of 16 bytes from %s, %d rounds\n",
                static_cast<long long>(messages), qPrintable(producer.url().toString()), rounds);
    double bestBare = 0, bestSession = 0;
    bool allOk = true;
    long rssBare = 0, rssSession = 0;
    for (int round = 1; round <= rounds; ++round) {
        const Run bare = only == "session" ? Run{0, 0, true} : runBare(producer.url(), messages);
        rssBare = peakRssKiB();
        MessageLogCounters counters;
        int notifications = 0;
        Run session{messages, 0, true};
        if (only != "bare")
            session = runSession(producer.url(), messages, &counters, &notifications);
        else
            counters.incoming = messages, counters.incomingBytes = messages * 16;
        rssSession = peakRssKiB();
        const bool lossless =
            counters.incoming == messages && counters.incomingBytes == messages * 16;
        allOk = allOk && bare.ok && session.ok && lossless;
        std::printf("round %d: bare QWebSocket %.0f msg/s (%lld in %.1f ms) | "
                    "WebSocketSession+MessageLog %.0f msg/s (%lld in %.1f ms) | ratio %.2f\n",
                    round, bare.rate(), static_cast<long long>(bare.received),
                    bare.elapsedUs / 1000.0, session.rate(),
                    static_cast<long long>(session.received), session.elapsedUs / 1000.0,
                    bare.rate() > 0 ? session.rate() / bare.rate() : 0.0);
        std::printf("         main-thread CPU: bare %.1f ms, session %.1f ms (%.0f vs %.0f ns per "
                    "message)\n",
                    bare.cpuMs, session.cpuMs, bare.cpuMs * 1e6 / double(messages),
                    session.cpuMs * 1e6 / double(messages));
        std::printf("         log counters: incoming=%lld bytes=%lld events=%lld evicted=%lld "
                    "retained=%lld, %d change notifications -> %s\n",
                    static_cast<long long>(counters.incoming),
                    static_cast<long long>(counters.incomingBytes),
                    static_cast<long long>(counters.events),
                    static_cast<long long>(counters.evicted),
                    static_cast<long long>(counters.total() - counters.evicted), notifications,
                    lossless ? "no loss" : "LOSS");
        bestBare = std::max(bestBare, bare.rate());
        bestSession = std::max(bestSession, session.rate());
    }
    std::printf("best: bare QWebSocket %.0f msg/s, WebSocketSession+MessageLog %.0f msg/s, "
                "ratio %.2f (targets: >= 1000000 msg/s and ratio >= 0.25)\n",
                bestBare, bestSession, bestBare > 0 ? bestSession / bestBare : 0.0);
    std::printf("peak RSS: %ld KiB after the bare runs, %ld KiB after the session runs "
                "(MessageLog capacity %d entries)\n",
                rssBare, rssSession, MessageLog::kDefaultCapacity);
    return allOk ? 0 : 1;
}
