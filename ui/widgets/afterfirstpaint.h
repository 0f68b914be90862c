#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;
class QWidget;

namespace wirescope {

/// Runs a callback once, on the event-loop turn after @p window first painted (the frame is
/// out by then), so start-up work that the first frame does not need waits until the window
/// is on screen. If the window does not paint within @p fallbackMs (started minimised, no
/// compositor), the callback runs anyway. Deletes itself after running; child of @p window.
class AfterFirstPaint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterFirstPaint)

public:
    AfterFirstPaint(QWidget *window, std::function<void()> callback, int fallbackMs = 1000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fire();

    QWidget *m_window; // not owned (our parent)
    std::function<void()> m_callback;
    QTimer *m_fallback;
    bool m_fired = false;
};

} // namespace wirescope
