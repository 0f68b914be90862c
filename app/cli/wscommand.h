#pragma once

#include "app/cli/clicommand.h"
#include "app/cli/wsargs.h"
#include "core/model/error.h"

#include <QByteArray>

#include <memory>
#include <optional>

class QSocketNotifier;
class QTimer;

namespace wirescope {

class WireTap;
class WebSocketSession;
struct StreamMessage;
} // namespace wirescope

namespace wirescope::cli {

/// One WebSocket conversation on the command line: prints every frame and event from the
/// session's MessageLog (text, or one JSON object per line), sends the scripted messages or
/// stdin's lines, and decides the exit code from how the connection ended (exitcodes.h).
/// Interactive runs whose standard input is closed at start close at once, as on its end.
class WsCommand final : public CliCommand
{
public:
    explicit WsCommand(WsOptions options);

    /// Connects; done() follows once the connection has ended and everything is printed.
    std::optional<int> start() override;

    /// Deletes the session before the relay it may still be connected through.
    ~WsCommand() override;

private:
    void onOpened();
    void onError(const wirescope::Error &error);
    void onClosedState();
    void onLogChanged();
    void onStdinReadable();
    void onTimeout();
    void onLinger();
    void sendLine(const QByteArray &line);
    void printEntry(const StreamMessage &message);
    void printOpen();
    void finish(int code);
    int exitCode() const;

    WsOptions m_options;
    bool m_stdinUsable;                 ///< decided before the first socket opens (see .cpp)
    std::unique_ptr<WireTap> m_tap;     ///< times DNS and TCP connect; declared before the session
    WebSocketSession *m_session;        // child
    QSocketNotifier *m_stdin = nullptr; // child
    QTimer *m_timeout;                  // child
    QTimer *m_linger;                   // child: after stdin's EOF, waits for the answers to stop
    static constexpr int kLingerMs = 250;
    static constexpr int kMaxLingerRounds = 40;
    qint64 m_lingerIncoming = 0;
    int m_lingerRounds = 0;
    QByteArray m_stdinBuffer;
    qint64 m_nextToPrint = 0;
    std::optional<Error> m_error;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_closeRequested = false;
    bool m_opening = false;
};

} // namespace wirescope::cli
