#include "app/gui/firstpaintprobe.h"

#include "ui/widgets/afterfirstpaint.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace wirescope {

namespace {

// Long enough for deferred start-up work (a first layout, timers at 0) to have run.
constexpr int s_idleMs = 500;
// The probe never gives up waiting for the paint: a run that does not paint is a failure
// that bench_startup reports, not a figure.
constexpr int s_noFallbackMs = 60 * 60 * 1000;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QByteArray vmHwmKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("n/a");
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0);
    }
    return QByteArrayLiteral("n/a");
}

} // namespace

FirstPaintProbe::FirstPaintProbe(QObject *parent)
    : QObject(parent)
{}

void FirstPaintProbe::watch(QWidget *window)
{
    auto *probe = new FirstPaintProbe(window);
    new AfterFirstPaint(
        window, [probe] { probe->painted(); }, s_noFallbackMs);
}

void FirstPaintProbe::ready()
{
    std::printf("ready-monotonic-ns %lld\n", static_cast<long long>(monotonicNs()));
    std::fflush(stdout);
}

void FirstPaintProbe::painted()
{
    std::printf("first-paint-monotonic-ns %lld\n", static_cast<long long>(monotonicNs()));
    std::fflush(stdout);
    QTimer::singleShot(s_idleMs, this, [] {
        std::printf("idle-vmhwm-kb %s\n", vmHwmKb().constData());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace wirescope
