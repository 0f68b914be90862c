#pragma once

#include <QObject>

class QWidget;

namespace wirescope {

/// For the start-up benchmark (the hidden --exit-after-first-paint option, and the bare Qt
/// window it is compared with). painted() prints the CLOCK_MONOTONIC instant
/// ("first-paint-monotonic-ns N"), then after a short idle the peak resident set
/// ("idle-vmhwm-kb N", VmHWM from /proc/self/status), and quits the application. ready()
/// prints when the work deferred past the first paint is done ("ready-monotonic-ns N":
/// sidebar, history and collections in place).
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    explicit FirstPaintProbe(QObject *parent);

    /// A probe that calls painted() when @p window first paints (the bare reference window).
    static void watch(QWidget *window);

    void painted(); ///< call on the turn after the window's first paint
    void ready();   ///< call once the deferred start-up work is done
};

} // namespace wirescope
