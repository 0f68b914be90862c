// A large response through the real window: MainWindow + HttpClient send URL (a big JSON file
// served by the test nginx); prints the time from the last byte (the exchange's finish) to
// the first screen of the Pretty view, the longest UI-thread stall in that time and until the
// whole view is loaded (a 5 ms watchdog timer; a stall is the longest gap between its ticks),
// and the process's peak RSS (VmHWM).
// Usage: bench_large_response URL   (QT_QPA_PLATFORM=offscreen or under xvfb-run)

#include "core/http/httpclient.h"
#include "core/vars/variablecontext.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/response/bodyview.h"
#include "ui/response/responseview.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace wirescope;

namespace {

double nowMs()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count())
           / 1000.0;
}

long long vmHwmKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// The longest gap between consecutive ticks that ends after @p from and starts before @p to.
double longestGap(const std::vector<double> &ticks, double from, double to)
{
    double longest = 0;
    for (size_t i = 1; i < ticks.size(); ++i) {
        if (ticks[i] <= from || ticks[i - 1] >= to)
            continue;
        longest = std::max(longest, ticks[i] - ticks[i - 1]);
    }
    return longest;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no saved tabs or layout from the user
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_large_response URL\n");
        return 2;
    }
    const QString url = args.at(1);
    // --show-all: once the first 2 MB are in, press "Show All" and time that too.
    const bool showAll = args.contains(QStringLiteral("--show-all"));
    double showAllAt = 0, showAllFirstAt = 0, showAllLoadedAt = 0;
    const long long rssBefore = vmHwmKb();

    HttpClient client;
    VariableContext context;
    MainWindow window(&client, &context);
    window.resize(1280, 860);
    window.show();

    std::vector<double> ticks;
    ticks.reserve(200000);
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(5);
    QObject::connect(&watchdog, &QTimer::timeout, [&ticks] { ticks.push_back(nowMs()); });

    double finishedAt = 0, finishedSeenAt = 0, firstScreenAt = 0, loadedAt = 0;
    bool coloured = false, showAllColoured = false; // syntax colouring on when the view loaded
    qint64 bodySize = 0;
    double downloadMs = 0;
    RequestTab *tab = nullptr;

    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        BodyView *body = tab->responseView()->bodyView();
        if (firstScreenAt > 0 && loadedAt == 0 && !body->isBusy()) {
            loadedAt = nowMs();
            coloured = body->isHighlighting();
            if (showAll) {
                showAllAt = nowMs();
                body->showAll();
                return;
            }
        } else if (showAllAt > 0 && showAllFirstAt > 0 && !body->isBusy()) {
            showAllLoadedAt = nowMs();
            showAllColoured = body->isHighlighting();
        } else {
            return;
        }
        poll.stop();
        QTimer::singleShot(100, &app, &QApplication::quit); // a last look for stalls
    });

    QTimer::singleShot(300, [&] {
        tab = window.currentTab();
        Request request;
        request.url = url;
        tab->setRequest(request);
        QObject::connect(tab, &RequestTab::exchangeFinished, [&](const Exchange &exchange) {
            finishedSeenAt = nowMs();
            if (!exchange.ok()) {
                std::fprintf(stderr, "bench_large_response: %s\n",
                             qPrintable(exchange.error ? exchange.error->message
                                                       : QStringLiteral("no response")));
                QApplication::exit(1);
                return;
            }
            // The last byte arrived when the exchange finished: start + total.
            finishedAt = double(exchange.startedAt.toMSecsSinceEpoch()) + exchange.timings.total;
            bodySize = exchange.response->body.size();
            downloadMs = exchange.timings.total;
        });
        QObject::connect(tab->responseView(), &ResponseView::bodyRendered, [&] {
            if (firstScreenAt == 0 && finishedAt > 0) {
                firstScreenAt = nowMs();
                poll.start();
            } else if (showAllAt > 0 && showAllFirstAt == 0) {
                showAllFirstAt = nowMs();
            }
        });
        watchdog.start();
        tab->send();
    });
    QTimer::singleShot(120000, [&] {
        std::fprintf(stderr, "bench_large_response: gave up after 120 s\n");
        QApplication::exit(1);
    });
    const int rc = QApplication::exec();
    if (rc != 0)
        return rc;

    std::printf("%s: %.1f MB in %.0f ms (download); finished -> first Pretty screen %.1f ms "
                "(finished signal handled %.1f ms after the last byte); longest UI stall: "
                "%.1f ms until the first screen, %.1f ms until the view was fully loaded "
                "(%.0f ms after finish); peak RSS %.1f MB (%.1f MB before the window), "
                "%.2fx the body; syntax colouring %s\n",
                qPrintable(url.section(u'/', -1)), double(bodySize) / 1e6, downloadMs,
                firstScreenAt - finishedAt, finishedSeenAt - finishedAt,
                longestGap(ticks, finishedAt, firstScreenAt),
                longestGap(ticks, finishedAt, loadedAt), loadedAt - finishedAt,
                double(vmHwmKb()) / 1024.0, double(rssBefore) / 1024.0,
                double(vmHwmKb()) * 1024.0 / double(bodySize), coloured ? "on" : "off");
    if (showAll) {
        std::printf("  Show All: first screen %.1f ms after the click, whole body in the view "
                    "after %.0f ms; longest UI stall %.1f ms; peak RSS now %.1f MB; colouring %s\n",
                    showAllFirstAt - showAllAt, showAllLoadedAt - showAllAt,
                    longestGap(ticks, showAllAt, showAllLoadedAt), double(vmHwmKb()) / 1024.0,
                    showAllColoured ? "on" : "off");
    }
    // Where the longest stalls were, relative to the finish (negative: during the download).
    std::vector<std::pair<double, double>> gaps;
    for (size_t i = 1; i < ticks.size(); ++i)
        gaps.emplace_back(ticks[i] - ticks[i - 1], ticks[i - 1] - finishedAt);
    std::sort(gaps.begin(), gaps.end(), std::greater<>());
    std::printf("  longest stalls anywhere (ms, starting at ms from finish):");
    for (size_t i = 0; i < std::min<size_t>(3, gaps.size()); ++i)
        std::printf(" %.1f@%+.0f", gaps[i].first, gaps[i].second);
    std::printf("\n");
    return 0;
}
