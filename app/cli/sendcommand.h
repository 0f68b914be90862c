#pragma once

#include "app/cli/clicommand.h"
#include "app/cli/savedrequest.h"
#include "app/cli/sendargs.h"
#include "core/runner/effectiverequest.h"

namespace wirescope {
class ExchangeJob;
class HttpClient;
class SecretStore;
class ScriptRunner;
struct Exchange;
struct ExchangeOutcome;
namespace oauth {
class OAuthAuthorizer;
}
} // namespace wirescope

namespace wirescope::cli {

class CollectionSecrets;

/// Sends one request through the one pipeline (ExchangeJob, as the window and `run` do) and
/// reports the exchange (human text or JSON on stdout, warnings and errors on stderr, the
/// body to -o FILE). A loose request from the options has no scripts; `--saved FILE` sends a
/// saved request with what it inherits, its scripts and assertions, secrets from the
/// keychain and the chosen environment. Exit codes: exitcodes.h.
class SendCommand final : public CliCommand
{
public:
    explicit SendCommand(SendOptions options);
    ~SendCommand() override;

    /// Starts the exchange; done() follows once it has been reported.
    std::optional<int> start() override;

private:
    std::optional<int> loadSaved();
    void startJob();
    void onJobFinished(const ExchangeOutcome &outcome);
    void report(const Exchange &exchange, int code);
    int reportChecks(const ExchangeOutcome &outcome);
    int saveBody(const Exchange &exchange);

    HttpClient *m_client; // child
    SendOptions m_options;
    std::optional<SavedRequest> m_saved;
    EffectiveRequest m_request;
    CollectionSecrets *m_secrets = nullptr;         // child
    SecretStore *m_tokenStore = nullptr;            // child: OAuth 2.0 tokens
    oauth::OAuthAuthorizer *m_authorizer = nullptr; // child
    ScriptRunner *m_scripts = nullptr;              // child
    ExchangeJob *m_job = nullptr;                   // child
};

} // namespace wirescope::cli
