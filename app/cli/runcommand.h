#pragma once

#include "app/cli/clicommand.h"
#include "app/cli/runargs.h"
#include "core/model/collection.h"
#include "core/runner/collectionrunner.h"

#include <memory>

namespace wirescope {
class HttpClient;
class JsonReportWriter;
class JunitReportWriter;
class SecretStore;
namespace oauth {
class OAuthAuthorizer;
}
} // namespace wirescope

namespace wirescope::cli {

class CollectionSecrets;

/// `wirescope-cli run DIR ...`: loads the collection, fills secret values (keychain, then
/// --env-file and --var), runs it and reports as it goes. Exit code 0 when every request
/// passed, 1 when a request failed or an assertion did not hold, 2 for usage errors, 7
/// when the collection or a data/env file cannot be read or a report cannot be written.
class RunCommand final : public CliCommand
{
public:
    explicit RunCommand(RunArgs args);
    ~RunCommand() override;

    /// Loads and validates everything; on success the run starts from the event loop.
    std::optional<int> start() override;

private:
    void startRun();
    void onRequestStarted(int iteration, int index, const QString &name);
    void onRequestFinished(const RequestOutcome &outcome);
    void onRunFinished(const RunSummary &summary);

    HttpClient *m_client; // child
    RunArgs m_args;
    Collection m_collection;
    RunOptions m_options;
    KeyValueList m_overrides;               ///< --env-file then --var values
    CollectionRunner *m_runner = nullptr;   // child
    CollectionSecrets *m_secrets = nullptr; // child
    SecretStore *m_tokenStore = nullptr;    // child: OAuth 2.0 tokens (keychain, or session only)
    oauth::OAuthAuthorizer *m_authorizer = nullptr; // child
    std::unique_ptr<JsonReportWriter> m_json;
    std::unique_ptr<JunitReportWriter> m_junit;
    bool m_cli = false;
    bool m_jsonToStdout = false;
    bool m_color = false;
    int m_iterations = 1;
};

} // namespace wirescope::cli
