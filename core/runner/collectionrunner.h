#pragma once

#include "core/model/collection.h"
#include "core/model/collectionwalk.h"
#include "core/model/error.h"
#include "core/runner/assertionevaluator.h"
#include "core/runner/datafile.h"
#include "core/runner/exchangejob.h"
#include "core/scripting/scripttypes.h"
#include "core/scripting/scriptvariables.h"
#include "core/vars/variablecontext.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QTimer;

namespace wirescope {

class HttpClient;
class ScriptRunner;
namespace oauth {
class OAuthAuthorizer;
} // namespace oauth

struct RunOptions
{
    QString folderPath;         ///< run only this folder ("Users/Admin"); empty = everything
    int iterations = 1;         ///< with data, 0 means one iteration per data row
    QList<DataRow> data;        ///< iteration i uses row i % rows (as local variables)
    int delayMs = 0;            ///< pause between requests
    bool bail = false;          ///< stop at the first failed request
    int timeoutMs = 0;          ///< per-request total timeout overriding the request's (0 = keep)
    bool insecure = false;      ///< accept every TLS error (loudly reported by callers)
    VariableContext variables;  ///< globals, collection and environment values to start from
    bool runScripts = true;     ///< run pre-request and test scripts (Postman's)
    int scriptTimeoutMs = 5000; ///< per script
    /// Run scripts on a worker thread (ScriptThread), so the caller's thread never waits on
    /// one (the window); pm.sendRequest is then not available.
    bool scriptsOnWorkerThread = false;
    /// Body files must lie inside this folder (the collection's), empty: anywhere. One
    /// outside fails its request before sending; @p filesHowToAllow ends that error.
    QString filesFolder;
    QString filesHowToAllow;
};

/// What one request of a run produced. A summary only: the body is not kept, so a long
/// run's memory stays flat.
struct RequestOutcome
{
    int iteration = 0; ///< 0-based
    int index = 0;     ///< position in the iteration's request list
    QString id;
    QString name;
    QStringList folderPath;
    QString method;
    QString url;       ///< as sent (final URL after redirects when followed)
    int status = 0;    ///< 0 when no response
    double timeMs = 0; ///< the exchange's total time
    qint64 bodySize = 0;
    std::optional<Error> error;
    QList<AssertionResult> assertions;
    QList<CapturedValue> captures;
    QString skipped; ///< non-empty: why the request was not sent (e.g. WebSocket)
    QList<ScriptTestResult> scriptTests; ///< pm.test and tests[] results, pre-request first
    QList<ScriptError> scriptErrors;     ///< scripts that did not run to their end
    QList<ScriptConsoleLine> console;    ///< console output of this request's scripts
    /// What went over the wire (absent when nothing was sent): the window shows it on
    /// selection; the reports use the fields above.
    std::optional<Exchange> exchange;

    int failedAssertions() const;
    int failedScriptTests() const;
    /// A skipped request passes unless one of its pre-request scripts failed.
    bool passed() const
    {
        if (!scriptErrors.isEmpty() || failedScriptTests() > 0)
            return false;
        return skipped.isEmpty() ? !error && failedAssertions() == 0 : true;
    }
};

struct RunSummary
{
    int iterations = 0;     ///< iterations started
    int requests = 0;       ///< requests sent
    int requestsFailed = 0; ///< with an error or a failed assertion
    int skipped = 0;
    int assertions = 0;
    int assertionsFailed = 0;
    int scriptTests = 0; ///< pm.test / tests[] results
    int scriptTestsFailed = 0;
    int scriptErrors = 0;  ///< scripts that threw, did not parse or hit a limit
    double durationMs = 0; ///< wall time of the run
    double responseTimeTotalMs = 0;
    double responseTimeMinMs = 0;
    double responseTimeMaxMs = 0;
    bool bailed = false;
    bool cancelled = false;

    bool passed() const { return requestsFailed == 0 && !cancelled; }
    double averageResponseMs() const { return requests ? responseTimeTotalMs / requests : 0; }
};

/// Runs a collection's HTTP requests in order, one at a time, each through the one exchange
/// pipeline (ExchangeJob) the window uses too: assertions are evaluated, captures and
/// scripts' variables feed the following requests, and each result is emitted as it happens. Only
/// counters are kept, so memory does not grow with the run.
class CollectionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionRunner)

public:
    explicit CollectionRunner(HttpClient *client, QObject *parent = nullptr);
    ~CollectionRunner() override;

    /// Starts the run; the collection is copied. Fails (nothing starts) when the folder does
    /// not exist or the options are invalid.
    Result<bool> start(const Collection &collection, const RunOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    /// Variables captured so far (the last value per name).
    const VariableContext &capturedVariables() const { return m_captured; }
    /// Every scope as scripts and captures left it (globals, collection, environment, local).
    const ScriptVariables &variables() const { return m_vars; }

    /// Gets tokens for requests whose (inherited) auth is OAuth 2.0; without one, such requests
    /// fail with "no access token yet". Not owned; set before start().
    void setAuthorizer(oauth::OAuthAuthorizer *authorizer);

Q_SIGNALS:
    void requestStarted(int iteration, int index, const QString &name);
    void requestFinished(const wirescope::RequestOutcome &outcome);
    void finished(const wirescope::RunSummary &summary);
    /// A script set, unset or cleared a global, collection or environment variable. Callers
    /// that keep a document (the GUI) apply the change; secret variables keep their flag.
    void variablesChanged(const wirescope::ScriptVariables &variables);
    /// A console.log/info/warn/error of a script, as it happens.
    void consoleMessage(const wirescope::ScriptConsoleLine &line);

private:
    void next();
    void onJobFinished(const ExchangeOutcome &outcome);
    void onScriptsFinished(ExchangeStage stage,
                           const ScriptRunResult &result,
                           const ScriptVariables &before);
    void completeRequest();
    void record(const RequestOutcome &outcome);
    void finish();

    HttpClient *m_client; // not owned
    Collection m_collection;
    RunOptions m_options;
    QList<RequestRef> m_requests;
    int m_iterations = 1;
    int m_iteration = 0;
    int m_index = 0;
    VariableContext m_captured;
    RunSummary m_summary;
    QElapsedTimer m_clock;
    QTimer *m_delay = nullptr;             // child
    ExchangeJob *m_job = nullptr;          // child: every request of the run goes through it
    ScriptRunner *m_scripts = nullptr;     // child; made when a run has scripts
    ScriptVariables m_vars;                ///< what scripts see and change during the run
    QSet<QString> m_scriptCollectionNames; ///< collection variables a script set (beat folder ones)
    RequestOutcome m_outcome;              ///< the request in progress
    bool m_nextRequestSet = false;
    std::optional<QString> m_nextRequest;
    bool m_running = false;
    bool m_stopAfterCurrent = false;
};

} // namespace wirescope
