#include "ui/widgets/afterfirstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace wirescope {

AfterFirstPaint::AfterFirstPaint(QWidget *window, std::function<void()> callback, int fallbackMs)
    : QObject(window)
    , m_window(window)
    , m_callback(std::move(callback))
    , m_fallback(new QTimer(this))
{
    m_fallback->setSingleShot(true);
    connect(m_fallback, &QTimer::timeout, this, &AfterFirstPaint::fire);
    m_fallback->start(fallbackMs);
    // Paint events go to the widgets of the window, not to the window alone: watch them all.
    QCoreApplication::instance()->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        QCoreApplication::instance()->removeEventFilter(this);
        m_fallback->stop();
        // This paint event is being delivered now; the frame is flushed once this turn ends.
        QTimer::singleShot(0, this, &AfterFirstPaint::fire);
    }
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::fire()
{
    if (m_fired)
        return;
    m_fired = true;
    QCoreApplication::instance()->removeEventFilter(this);
    const std::function<void()> callback = std::move(m_callback);
    deleteLater();
    callback();
}

} // namespace wirescope
