// Server-Sent Events ingestion under a flood: a producer thread serves N small events
// ("id: I\ndata: 0123456789abcdef\n\n", 30-36 bytes) as one text/event-stream response,
// written as fast as the socket drains, then closes. In one run we measure
//   (a) a bare QNetworkAccessManager reply that only counts the blank lines (the reference),
//   (b) HttpClient + SseSession + MessageLog, headless (parse, decode, log),
//   (c) the same session shown in a visible SsePane (the Events tab) that follows the stream,
// each with events/s (from the response head to the last event), the longest UI-thread stall
// seen by a 5 ms QTimer watchdog (largest gap between ticks, minus 5 ms), and the peak RSS.
//
//   bench_sse_flood [EVENTS=1000000]        (QT_QPA_PLATFORM=offscreen, or under xvfb-run)

#include "core/http/httpclient.h"
#include "core/sse/ssesession.h"
#include "core/stream/messagelog.h"
#include "ui/sse/ssepane.h"
#include "ui/stream/messagelogmodel.h"
#include "ui/stream/messagelogpane.h"
#include "ui/stream/messagelogview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

using namespace wirescope;

namespace {

constexpr int s_watchdogMs = 5;

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// Serves the flood from its own thread (so the client's thread is measured alone).
class Producer final : public QObject
{
public:
    explicit Producer(qint64 events)
        : m_events(events)
    {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n") || socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    m_request.clear();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                  "Cache-Control: no-cache\r\nConnection: close\r\n\r\n");
                    auto next = std::make_shared<qint64>(1);
                    auto pump = [this, socket, next] {
                        while (*next <= m_events && socket->bytesToWrite() < 512 * 1024) {
                            QByteArray block;
                            block.reserve(64 * 1024 + 64);
                            while (*next <= m_events && block.size() < 64 * 1024) {
                                block += "id: " + QByteArray::number(*next)
                                         + "\ndata: 0123456789abcdef\n\n";
                                ++*next;
                            }
                            socket->write(block);
                        }
                        if (*next > m_events && socket->bytesToWrite() == 0)
                            socket->disconnectFromHost();
                    };
                    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
                    pump();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

private:
    qint64 m_events;
    QTcpServer *m_server = nullptr;
    QByteArray m_request;
};

struct Run
{
    qint64 received = 0;
    qint64 elapsedUs = 0;
    qint64 longestStallMs = 0;
    qint64 notifications = 0;
    int rows = 0;
    bool atBottom = false;
    double rate() const { return elapsedUs > 0 ? received * 1e6 / double(elapsedUs) : 0; }
};

struct Watchdog
{
    QTimer timer;
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    Watchdog()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(s_watchdogMs);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            longest = std::max(longest, sinceTick.restart() - s_watchdogMs);
        });
    }
    void start()
    {
        sinceTick.start();
        timer.start();
    }
};

Run runBare(const QUrl &url)
{
    Run run;
    QNetworkAccessManager nam;
    QEventLoop loop;
    Watchdog watchdog;
    QElapsedTimer clock;
    QByteArray tail; // the last byte of the previous chunk, for a "\n\n" split across reads
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "text/event-stream");
    QNetworkReply *reply = nam.get(request);
    reply->setReadBufferSize(1024 * 1024);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        clock.start();
        watchdog.start();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray bytes = tail + reply->readAll();
        run.received += bytes.count("\n\n");
        tail = bytes.right(1);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    run.elapsedUs = clock.nsecsElapsed() / 1000;
    run.longestStallMs = watchdog.longest;
    delete reply;
    return run;
}

Run runSession(HttpClient *client, SseSession *session, SsePane *pane, const QUrl &url)
{
    Run run;
    QEventLoop loop;
    Watchdog watchdog;
    qint64 startUs = 0;
    QObject::connect(session, &SseSession::opened, &loop, [&] {
        startUs = streamNowUs();
        watchdog.start();
    });
    QObject::connect(session, &SseSession::stateChanged, &loop, [&](SseSession::State state) {
        if (state == SseSession::State::Closed)
            loop.quit();
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    Request request;
    request.url = url.toString();
    session->start(request);
    loop.exec();
    Q_UNUSED(client);
    const MessageLog *log = session->log();
    run.received = log->counters().incoming;
    run.notifications = log->notificationCount();
    for (int i = log->size() - 1; i >= 0; --i) {
        const StreamMessage m = log->at(i);
        if (m.type == MessageKind::SseEvent) {
            run.elapsedUs = m.timestampUs - startUs;
            break;
        }
    }
    if (pane) {
        QEventLoop settle; // let the last batch reach the view
        QTimer::singleShot(100, &settle, &QEventLoop::quit);
        settle.exec();
        run.rows = pane->log()->model()->rowCount();
        run.atBottom = pane->log()->view()->isAtBottom();
    }
    run.longestStallMs = watchdog.longest;
    if (session->error())
        std::fprintf(stderr, "session error: %s\n", qPrintable(session->error()->message));
    return run;
}

void print(const char *name, const Run &r, qint64 expected)
{
    std::printf("%-30s %9.0f events/s  (%lld/%lld in %.1f ms)  longest UI stall %lld ms  "
                "%lld notifications  peak RSS %.1f MiB\n",
                name, r.rate(), static_cast<long long>(r.received),
                static_cast<long long>(expected), r.elapsedUs / 1000.0,
                static_cast<long long>(r.longestStallMs), static_cast<long long>(r.notifications),
                peakRssKiB() / 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 events = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QThread thread;
    Producer producer(events);
    producer.moveToThread(&thread);
    thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &producer, [&] { return producer.listen(); }, Qt::BlockingQueuedConnection, &port);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/events").arg(port));
    std::printf("== Server-Sent Events: %lld events of 16 data bytes from %s (platform %s)\n",
                static_cast<long long>(events), qPrintable(url.toString()),
                qPrintable(QApplication::platformName()));
    std::printf("   peak RSS before any run: %.1f MiB\n", peakRssKiB() / 1024.0);

    const Run bare = runBare(url);
    print("bare QNAM, counts only (ref)", bare, events);

    HttpClient client;
    Run headless;
    {
        SseSession session(&client);
        headless = runSession(&client, &session, nullptr, url);
    }
    print("HttpClient+SseSession+log", headless, events);

    Run visible;
    {
        SseSession session(&client);
        SsePane pane(&session);
        pane.resize(1280, 860);
        pane.show();
        visible = runSession(&client, &session, &pane, url);
        std::printf("   pane: %d rows in the list (log capacity %d), following: %s\n", visible.rows,
                    session.log()->capacity(),
                    visible.atBottom ? "at the newest row" : "NOT at bottom");
    }
    print("visible SsePane (Events tab)", visible, events);
    if (bare.rate() > 0)
        std::printf("   session / bare: %.2f   pane / bare: %.2f\n", headless.rate() / bare.rate(),
                    visible.rate() / bare.rate());
    thread.quit();
    thread.wait();
    const bool ok = bare.received == events && headless.received == events
                    && visible.received == events && visible.atBottom;
    std::printf("   %s\n", ok ? "every event counted" : "INCOMPLETE");
    return ok ? 0 : 1;
}
