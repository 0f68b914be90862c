#pragma once

#include <QObject>

class QWidget;

namespace wirescope {

/// For the start-up benchmark (the hidden --exit-after-first-paint option, and the bare Qt
/// window it is compared with): when @p window first paints, prints the CLOCK_MONOTONIC
/// instant ("first-paint-monotonic-ns N"), then after a short idle the peak resident set
/// ("idle-vmhwm-kb N", VmHWM from /proc/self/status), and quits the application.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    explicit FirstPaintProbe(QWidget *window); // child of window

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPainted();

    QWidget *m_window; // not owned (our parent)
    bool m_seen = false;
};

} // namespace wirescope
