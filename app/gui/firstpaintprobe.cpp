#include "app/gui/firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace wirescope {

namespace {

// Long enough for deferred start-up work (a first layout, timers at 0) to have run.
constexpr int s_idleMs = 500;

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

FirstPaintProbe::FirstPaintProbe(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_seen = true;
        // The paint event is being delivered now; the frame is out once this turn ends.
        QTimer::singleShot(0, this, &FirstPaintProbe::onPainted);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::onPainted()
{
    std::printf("first-paint-monotonic-ns %lld\n", static_cast<long long>(monotonicNs()));
    std::fflush(stdout);
    QCoreApplication::instance()->removeEventFilter(this);
    QTimer::singleShot(s_idleMs, this, [] {
        std::printf("idle-vmhwm-kb %s\n", vmHwmKb().constData());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace wirescope
