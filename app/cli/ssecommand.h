#pragma once

#include "app/cli/clicommand.h"
#include "app/cli/sseargs.h"

class QTimer;

namespace wirescope {
class HttpClient;
class SseSession;
struct StreamMessage;
} // namespace wirescope

namespace wirescope::cli {

/// One event stream on the command line: prints every entry of the session's MessageLog
/// (text, or one JSON object per line) and decides the exit code from how the stream ended.
class SseCommand final : public CliCommand
{
public:
    explicit SseCommand(SseOptions options);

    /// Connects; done() follows once the stream has ended and everything is printed (the
    /// exit codes: sseUsage()).
    std::optional<int> start() override;

private:
    void onLogChanged();
    void onStateChanged();
    void onTimeout();
    void printEntry(const StreamMessage &message);
    void finish();
    int exitCode() const;

    SseOptions m_options;
    HttpClient *m_client;  // child
    SseSession *m_session; // child
    QTimer *m_timeout;     // child
    qint64 m_nextToPrint = 0;
    qint64 m_printedEvents = 0;
    QString m_lastPrintedId; ///< the id of the last event printed
    bool m_timedOut = false;
    bool m_expectMet = false;
    bool m_finished = false;
};

} // namespace wirescope::cli
