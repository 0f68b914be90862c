#pragma once

#include "app/cli/wsargs.h"
#include "core/model/error.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QSocketNotifier;
class QTimer;

namespace wirescope {

class WireTap;
class WebSocketSession;
struct WsMessage;
} // namespace wirescope

namespace wirescope::cli {

/// `wirescope-cli ws ARGS`: parses the arguments, runs the conversation and returns the
/// process exit code (see exitcodes.h). Runs the application's event loop; needs a
/// QCoreApplication.
int runWsCommand(const QStringList &args);

/// One WebSocket conversation on the command line: prints every frame and event from the
/// session's MessageLog (text, or one JSON object per line), sends the scripted messages or
/// stdin's lines, and decides the exit code from how the connection ended.
class WsCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WsCommand)

public:
    explicit WsCommand(WsOptions options, QObject *parent = nullptr);
    ~WsCommand() override;

    /// False when standard input cannot be read (closed at start): interactive runs then
    /// close at once as on end of input.
    void setStdinUsable(bool usable) { m_stdinUsable = usable; }

    /// Connects; done() follows once the connection has ended and everything is printed.
    void start();

signals:
    void done(int exitCode);

private:
    void onOpened();
    void onError(const wirescope::Error &error);
    void onClosedState();
    void onLogChanged();
    void onStdinReadable();
    void onTimeout();
    void onLinger();
    void sendLine(const QByteArray &line);
    void printEntry(const WsMessage &message);
    void printOpen();
    void finish(int code);
    int exitCode() const;

    WsOptions m_options;
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
    bool m_stdinUsable = true;
    bool m_opening = false;
};

} // namespace wirescope::cli
