// Start-up time: from just before the process is spawned to the main window's first paint
// (printed by FirstPaintProbe in the child, on the same CLOCK_MONOTONIC), and the peak RSS
// (VmHWM) after 500 ms idle. wirescope --exit-after-first-paint against bench_bare_window,
// alternated, N runs each; prints the medians and the ratio, and when wirescope had filled in
// what it defers past the first paint (sidebar, history, collections: "ready").
// Usage: bench_startup WIRESCOPE BARE_WINDOW [N]   (run under a display: xvfb-run or
// QT_QPA_PLATFORM=offscreen; the figures are only comparable within one run)

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Sample
{
    double ms = -1;
    double readyMs = -1; ///< deferred start-up work done (the app only; -1 if not reported)
    qint64 rssKb = -1;
};

Sample runOnce(const QString &program,
               const QStringList &arguments,
               const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 start = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        std::fprintf(stderr, "bench_startup: %s did not finish: %s\n", qPrintable(program),
                     qPrintable(process.errorString()));
        process.kill();
        process.waitForFinished();
        return {};
    }
    Sample sample;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("first-paint-monotonic-ns "))
            sample.ms = double(line.mid(25).trimmed().toLongLong() - start) / 1e6;
        else if (line.startsWith("ready-monotonic-ns "))
            sample.readyMs = double(line.mid(19).trimmed().toLongLong() - start) / 1e6;
        else if (line.startsWith("idle-vmhwm-kb "))
            sample.rssKb = line.mid(14).trimmed().toLongLong();
    }
    if (sample.ms < 0)
        std::fprintf(stderr, "bench_startup: %s printed no first paint:\n%s\n", qPrintable(program),
                     process.readAllStandardError().constData());
    return sample;
}

template<typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? T(-1) : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_startup WIRESCOPE BARE_WINDOW [N]\n");
        return 2;
    }
    const int n = args.size() > 3 ? args.at(3).toInt() : 15;
    // A fresh configuration directory: no saved tabs or geometry from the user.
    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const QString platform =
        environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("(default: xcb)"));

    std::vector<double> appMs, appReadyMs, bareMs;
    std::vector<qint64> appRss, bareRss;
    // One warm-up run each (page cache, fontconfig cache), then alternate.
    runOnce(args.at(1), {QStringLiteral("--exit-after-first-paint")}, environment);
    runOnce(args.at(2), {}, environment);
    for (int i = 0; i < n; ++i) {
        const Sample a =
            runOnce(args.at(1), {QStringLiteral("--exit-after-first-paint")}, environment);
        const Sample b = runOnce(args.at(2), {}, environment);
        if (a.ms < 0 || b.ms < 0)
            return 1;
        appMs.push_back(a.ms);
        appReadyMs.push_back(a.readyMs);
        bareMs.push_back(b.ms);
        appRss.push_back(a.rssKb);
        bareRss.push_back(b.rssKb);
    }
    const double app_ = median(appMs), bare = median(bareMs);
    std::printf("start-up to first paint, median of %d runs, QT_QPA_PLATFORM=%s\n", n,
                qPrintable(platform));
    std::printf("wirescope:         %7.1f ms (min %.1f, max %.1f)  idle VmHWM %lld KiB\n", app_,
                *std::min_element(appMs.begin(), appMs.end()),
                *std::max_element(appMs.begin(), appMs.end()),
                static_cast<long long>(median(appRss)));
    std::printf("wirescope ready:   %7.1f ms (sidebar, history and collections filled in after "
                "the first paint)\n",
                median(appReadyMs));
    std::printf("bare Qt window:    %7.1f ms (min %.1f, max %.1f)  idle VmHWM %lld KiB\n", bare,
                *std::min_element(bareMs.begin(), bareMs.end()),
                *std::max_element(bareMs.begin(), bareMs.end()),
                static_cast<long long>(median(bareRss)));
    std::printf("ratio wirescope/bare: %.2f (target <= 2); wirescope RSS %.1f MB (target <= 80)\n",
                app_ / bare, double(median(appRss)) / 1024.0);
    return 0;
}
