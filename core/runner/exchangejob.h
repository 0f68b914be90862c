#pragma once

#include "core/model/exchange.h"
#include "core/runner/assertionevaluator.h"
#include "core/runner/effectiverequest.h"
#include "core/scripting/scriptjob.h"
#include "core/scripting/scriptvariables.h"
#include "core/vars/variablecontext.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace wirescope {

class HttpClient;
class RequestRun;
class ScriptRunner;
namespace oauth {
class OAuthAuthorizer;
struct OAuthToken;
} // namespace oauth

/// Where an ExchangeJob is: the stages of sending one request, in order.
enum class ExchangeStage { Idle, PreRequest, Authorizing, Sending, Tests };

/// What one exchange starts from besides its request: the variables in every scope, and
/// where it stands in a run (pm.info).
struct ExchangeScope
{
    ScriptVariables variables;
    QString environmentName; ///< only a label for messages ("no environment is active")
    QSet<QString>
        scriptCollectionNames; ///< collection variables scripts set: they beat folder ones
    int iteration = 0;         ///< 0-based
    int iterationCount = 1;
};

/// Everything one exchange produced, whatever front end asked for it.
struct ExchangeOutcome
{
    Request sent;                     ///< the request as the pre-request scripts left it
    std::optional<Exchange> exchange; ///< absent when nothing was sent (skipped, cancelled first)
    QList<AssertionResult> assertions;
    QList<CapturedValue> captures;
    QList<ScriptTestResult> scriptTests; ///< pre-request first
    QList<ScriptError> scriptErrors;
    QList<ScriptConsoleLine> console;
    ScriptVariables variables;           ///< after the scripts and the captures
    QSet<QString> scriptCollectionNames; ///< the scope's, plus those this exchange's scripts set
    bool variablesChanged = false;       ///< a script set, unset or cleared a persistent scope
    bool skipped = false;                ///< pm.execution.skipRequest()
    bool nextRequestSet = false;         ///< pm.execution.setNextRequest was called
    std::optional<QString> nextRequest;  ///< its argument; nullopt = setNextRequest(null)
    bool cancelled = false;
    ExchangeStage cancelledIn = ExchangeStage::Idle; ///< the stage cancel() stopped
};

/// The one pipeline from a request to its verdict, shared by the request tab, the Runner
/// pane, CollectionRunner and wirescope-cli: the effective request (given) -> pre-request
/// scripts -> OAuth 2.0 token -> resolve variables and send through the one HttpClient ->
/// assertions and captures -> test scripts. One exchange at a time; start() again (after
/// finished) for the next, so a run reuses one job.
class ExchangeJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeJob)

public:
    explicit ExchangeJob(HttpClient *client, QObject *parent = nullptr); // client not owned
    /// Abandons the exchange in flight (nothing is emitted).
    ~ExchangeJob() override;

    /// Where scripts run. Not owned; one job at a time may use it. Null: scripts do not run.
    void setScriptRunner(ScriptRunner *scripts);
    /// Gets the token of an OAuth 2.0 auth that has none. Not owned; null: such requests are
    /// sent as they stand (and the request builder says the token is missing).
    void setAuthorizer(oauth::OAuthAuthorizer *authorizer);
    /// Body files (multipart file parts, a binary body) must lie inside @p folder (links
    /// resolved), empty: anywhere. One outside is not read: the exchange fails before sending,
    /// with an error naming the file, the folder and @p howToAllow (the caller's words).
    void setFilesFolder(const QString &folder, const QString &howToAllow = {});

    /// Runs every stage for @p request; returns at once, finished() follows. An exchange
    /// still in flight is abandoned first.
    void start(const EffectiveRequest &request, const ExchangeScope &scope);
    /// Stops at the current stage; finished() follows with cancelled set (at once, or when
    /// the network has let go of a request in flight).
    void cancel();
    /// Stops without a word: no signal is emitted, not even stageChanged (safe to call from
    /// a destructor).
    void abandon();
    /// Takes the request in flight from the job (an event stream its caller keeps reading):
    /// the caller owns it from now on and the job is Idle without a signal. Null when
    /// nothing is being sent.
    RequestRun *takeRun();

    ExchangeStage stage() const { return m_stage; }
    bool isRunning() const { return m_stage != ExchangeStage::Idle; }
    /// The request as it is being sent (after the pre-request scripts).
    const Request &request() const { return m_outcome.sent; }
    /// What the request is resolved against: the scripts' variables with the folder ones.
    const VariableContext &context() const { return m_context; }

Q_SIGNALS:
    void stageChanged(wirescope::ExchangeStage stage);
    /// The request left: connect to @p run for its head and progress.
    void sendStarted(wirescope::RequestRun *run);
    /// One event's scripts ended; @p before is what the variables were when they started.
    void scriptsFinished(wirescope::ExchangeStage stage,
                         const wirescope::ScriptRunResult &result,
                         const wirescope::ScriptVariables &before);
    /// The exchange is complete and its assertions evaluated; the test scripts follow.
    /// @p outcome holds everything so far.
    void responseReceived(const wirescope::ExchangeOutcome &outcome);
    void finished(const wirescope::ExchangeOutcome &outcome);

private:
    void setStage(ExchangeStage stage);
    bool startScripts(ExchangeStage stage, const std::optional<Exchange> &exchange);
    void onScriptsFinished(const ScriptRunResult &result);
    void authorizeAndSend(const Request &request);
    void send(const Request &request);
    void onAuthorized(quint64 ticket, const oauth::OAuthToken &token);
    void onAuthorizationFailed(quint64 ticket, const Error &error);
    std::optional<Error> fileOutsideRefusal(const Request &request) const;
    void failBeforeSending(const Error &error);
    void onRunFinished(const Exchange &exchange);
    void evaluate(const Exchange &exchange);
    void updateContext();
    void finish();
    void releaseRun();

    HttpClient *m_client;                           // not owned
    ScriptRunner *m_scripts = nullptr;              // not owned
    oauth::OAuthAuthorizer *m_authorizer = nullptr; // not owned
    EffectiveRequest m_request;
    ExchangeScope m_scope;
    ExchangeOutcome m_outcome;
    VariableContext m_context;
    ScriptVariables m_scriptStart; ///< the variables the running scripts started with
    QPointer<RequestRun> m_run;    ///< owned while sending; deleted when done
    QString m_filesFolder;         ///< body files must lie inside; empty = anywhere
    QString m_filesHowToAllow;
    quint64 m_authTicket = 0; ///< the token the request waits for
    quint64 m_generation = 0; ///< bumped by every start and abandon: a receiver may call them
    ExchangeStage m_stage = ExchangeStage::Idle;
};

} // namespace wirescope
