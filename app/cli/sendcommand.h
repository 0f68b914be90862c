#pragma once

#include "app/cli/clicommand.h"
#include "app/cli/sendargs.h"

namespace wirescope {
class HttpClient;
struct Exchange;
} // namespace wirescope

namespace wirescope::cli {

/// Sends one request through an HttpClient and reports the exchange (human text or JSON on
/// stdout, warnings and errors on stderr, the body to -o FILE). Exit codes: exitcodes.h.
class SendCommand final : public CliCommand
{
public:
    explicit SendCommand(SendOptions options);

    /// Starts the exchange; done() follows once it has been reported.
    std::optional<int> start() override;

private:
    void onRunFinished(const wirescope::Exchange &exchange);
    int saveBody(const Exchange &exchange);

    HttpClient *m_client; // child
    SendOptions m_options;
};

} // namespace wirescope::cli
