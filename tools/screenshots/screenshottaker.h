#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace wirescope {

class Application;
class WebSocketTab;

/// Waits for what the application's scripted steps put on screen (a finished exchange with
/// its body rendered, a WebSocket mid-stream, or nothing to wait for), brings the requested
/// tabs to the front, saves a picture of the window to a file and quits.
class ScreenshotTaker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTaker)

public:
    struct Options
    {
        QString file;               ///< where the PNG goes
        QStringList showTabs;       ///< request/response tabs to bring forward, by title prefix
        bool waitForScript = false; ///< a send or WebSocket will say when the picture is ready
        QString palette; ///< non-null: quick open (Ctrl+P) is shown with this typed in it
    };

    /// Listens to @p application (not owned), which must outlive this object.
    ScreenshotTaker(Application *application, const Options &options, QObject *parent = nullptr);
    ~ScreenshotTaker() override;

    /// Call after Application::start().
    void start();

private:
    void onSendDone();
    void onWebSocketOpened(WebSocketTab *tab);
    void whenRendered();
    void takeSoon();
    void take();

    Application *m_application; // not owned
    Options m_options;
    bool m_taken = false;
    bool m_paletteShown = false;
};

} // namespace wirescope
