#pragma once

#include "app/cli/sendargs.h"

#include <QObject>
#include <QStringList>

namespace wirescope {
class HttpClient;
struct Exchange;
} // namespace wirescope

namespace wirescope::cli {

/// `wirescope-cli send ARGS`: parses the arguments, sends the request, reports the exchange
/// and returns the process exit code (see exitcodes.h). Runs the application's event loop
/// until the exchange has finished; needs a QCoreApplication.
int runSendCommand(const QStringList &args);

/// Sends one request through an HttpClient and reports the exchange (human text or JSON on
/// stdout, warnings and errors on stderr, the body to -o FILE).
class SendCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendCommand)

public:
    SendCommand(HttpClient *client, SendOptions options, QObject *parent = nullptr);

    /// Starts the exchange; done() follows once it has been reported.
    void start();

signals:
    void done(int exitCode);

private:
    void onRunFinished(const wirescope::Exchange &exchange);
    int saveBody(const Exchange &exchange);

    HttpClient *m_client; // not owned
    SendOptions m_options;
};

} // namespace wirescope::cli
