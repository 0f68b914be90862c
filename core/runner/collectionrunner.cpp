#include "core/runner/collectionrunner.h"

#include "core/scripting/scriptrunner.h"

#include <QTimer>

#include <algorithm>

namespace wirescope {

int RequestOutcome::failedAssertions() const
{
    return int(std::count_if(assertions.cbegin(), assertions.cend(),
                             [](const AssertionResult &r) { return !r.passed; }));
}

int RequestOutcome::failedScriptTests() const
{
    return int(std::count_if(scriptTests.cbegin(), scriptTests.cend(),
                             [](const ScriptTestResult &r) { return !r.passed && !r.skipped; }));
}

namespace {

bool hasScripts(const QList<ImportedScript> &scripts)
{
    return std::any_of(scripts.cbegin(), scripts.cend(), [](const ImportedScript &s) {
        return (s.event == u"prerequest" || s.event == u"test") && !s.source.trimmed().isEmpty();
    });
}

bool treeHasScripts(const std::vector<CollectionItem> &items)
{
    for (const CollectionItem &item : items) {
        if (const auto *folder = std::get_if<Folder>(&item.node)) {
            if (hasScripts(folder->scripts) || treeHasScripts(folder->children))
                return true;
        } else if (const auto *http = std::get_if<HttpItem>(&item.node)) {
            if (hasScripts(http->scripts))
                return true;
        }
    }
    return false;
}

} // namespace

CollectionRunner::CollectionRunner(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_delay(new QTimer(this))
    , m_job(new ExchangeJob(client, this))
{
    m_delay->setSingleShot(true);
    connect(m_delay, &QTimer::timeout, this, &CollectionRunner::next);
    connect(m_job, &ExchangeJob::finished, this, &CollectionRunner::onJobFinished);
    connect(m_job, &ExchangeJob::scriptsFinished, this, &CollectionRunner::onScriptsFinished);
}

CollectionRunner::~CollectionRunner() = default;

Result<bool> CollectionRunner::start(const Collection &collection, const RunOptions &options)
{
    if (m_running)
        return Error{Error::Kind::InvalidRequest, QStringLiteral("a run is already in progress")};
    if (options.iterations < 0)
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("the iteration count cannot be negative")};
    if (options.iterations == 0 && options.data.isEmpty())
        return Error{
            Error::Kind::InvalidRequest,
            QStringLiteral("zero iterations means one per data row, but there is no data file")};
    if (options.delayMs < 0 || options.timeoutMs < 0)
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("delay and timeout cannot be negative")};

    m_collection = collection;
    m_options = options;
    bool found = true;
    m_requests = flattenRequests(m_collection, options.folderPath, &found);
    if (!found)
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("the collection has no folder \"%1\"").arg(options.folderPath)};
    m_iterations = options.iterations == 0 ? int(options.data.size()) : options.iterations;
    m_iteration = 0;
    m_index = 0;
    m_summary = RunSummary{};
    m_captured = VariableContext{};
    m_vars = ScriptVariables::fromContext(options.variables);
    m_scriptCollectionNames.clear();
    m_stopAfterCurrent = false;
    const bool useScripts =
        options.runScripts
        && (hasScripts(m_collection.scripts) || treeHasScripts(m_collection.items));
    const auto placement = options.scriptsOnWorkerThread ? ScriptRunner::Placement::WorkerThread
                                                         : ScriptRunner::Placement::CallerThread;
    if (useScripts && (!m_scripts || m_scripts->placement() != placement)) {
        delete m_scripts;
        m_scripts = new ScriptRunner(m_client, placement, this);
        connect(m_scripts, &ScriptRunner::consoleMessage, this, &CollectionRunner::consoleMessage);
    }
    if (m_scripts)
        m_scripts->setTimeoutMs(options.scriptTimeoutMs);
    m_job->setScriptRunner(useScripts ? m_scripts : nullptr);
    m_job->setFilesFolder(options.filesFolder, options.filesHowToAllow);
    m_running = true;
    m_clock.start();
    // Results are emitted from the event loop, never from inside start().
    QTimer::singleShot(0, this, &CollectionRunner::next);
    return true;
}

void CollectionRunner::setAuthorizer(oauth::OAuthAuthorizer *authorizer)
{
    m_job->setAuthorizer(authorizer);
}

void CollectionRunner::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    m_stopAfterCurrent = true;
    m_delay->stop();
    if (m_job->isRunning())
        m_job->cancel(); // its finished() ends the run
    else
        finish();
}

void CollectionRunner::next()
{
    if (!m_running)
        return;
    if (m_stopAfterCurrent || m_iteration >= m_iterations || m_requests.isEmpty()) {
        finish();
        return;
    }
    if (m_index >= m_requests.size()) {
        m_index = 0;
        ++m_iteration;
        next();
        return;
    }
    if (m_index == 0) {
        m_summary.iterations = m_iteration + 1;
        // The iteration's data row: Postman's data scope, below local and above environment.
        m_vars.clear(ScriptScope::Data);
        if (!m_options.data.isEmpty()) {
            const DataRow &row = m_options.data.at(m_iteration % m_options.data.size());
            for (const auto &[name, value] : row)
                m_vars.set(ScriptScope::Data, name, value);
        }
    }

    const RequestRef &ref = m_requests.at(m_index);
    m_outcome = RequestOutcome{};
    m_outcome.iteration = m_iteration;
    m_outcome.index = m_index;
    m_outcome.folderPath = ref.folderPath();
    m_nextRequestSet = false;
    m_nextRequest.reset();
    if (const auto *ws = std::get_if<WebSocketItem>(&ref.item->node)) {
        m_outcome.id = ws->request.id;
        m_outcome.name = ws->request.name;
        m_outcome.method = QStringLiteral("WS");
        m_outcome.url = ws->request.url;
        m_outcome.skipped =
            QStringLiteral("WebSocket requests are not run by the collection runner");
        completeRequest();
        return;
    }

    const auto &http = std::get<HttpItem>(ref.item->node);
    EffectiveRequest effective = effectiveRequest(m_collection, ref.ancestors, http);
    if (m_options.timeoutMs > 0)
        effective.request.settings.timeoutMs = m_options.timeoutMs;
    if (m_options.insecure)
        effective.request.settings.tls.insecure = true;
    m_outcome.id = http.request.id;
    m_outcome.name = http.request.name;
    m_outcome.method = effective.request.method;
    m_outcome.url = effective.request.url;
    Q_EMIT requestStarted(m_iteration, m_index, effective.request.name);
    ExchangeScope scope;
    scope.variables = m_vars;
    scope.environmentName = m_options.variables.environmentName();
    scope.scriptCollectionNames = m_scriptCollectionNames;
    scope.iteration = m_iteration;
    scope.iterationCount = m_iterations;
    m_job->start(effective, scope);
}

void CollectionRunner::onScriptsFinished(ExchangeStage,
                                         const ScriptRunResult &result,
                                         const ScriptVariables &)
{
    // Callers that keep a document (the window) apply the change as soon as it happens.
    if (result.variablesChanged)
        Q_EMIT variablesChanged(result.variables);
}

void CollectionRunner::onJobFinished(const ExchangeOutcome &o)
{
    if (!m_running)
        return;
    if (o.cancelled && !o.exchange) {
        finish(); // stopped before anything left: the run ends here
        return;
    }
    m_vars = o.variables;
    m_scriptCollectionNames = o.scriptCollectionNames;
    m_outcome.scriptTests = o.scriptTests;
    m_outcome.scriptErrors = o.scriptErrors;
    m_outcome.console = o.console;
    m_nextRequestSet = o.nextRequestSet;
    m_nextRequest = o.nextRequest;
    if (o.skipped)
        m_outcome.skipped =
            QStringLiteral("skipped by pm.execution.skipRequest() in a pre-request script");
    m_outcome.exchange = o.exchange;
    if (const std::optional<Exchange> &exchange = o.exchange) {
        m_outcome.method = exchange->sent.method.isEmpty() ? o.sent.method : exchange->sent.method;
        m_outcome.url = exchange->finalUrl.isEmpty() ? exchange->sent.url : exchange->finalUrl;
        m_outcome.timeMs = exchange->timings.total;
        m_outcome.error = exchange->error;
        if (exchange->response) {
            m_outcome.status = exchange->response->status;
            m_outcome.bodySize = exchange->response->body.size();
        }
    }
    m_outcome.assertions = o.assertions;
    m_outcome.captures = o.captures;
    for (const CapturedValue &captured : o.captures) {
        if (captured.found)
            m_captured.set(VariableScope::Local, captured.variable, captured.value);
    }
    completeRequest();
}

void CollectionRunner::completeRequest()
{
    int nextIndex = m_index + 1;
    if (m_nextRequestSet) {
        // As postman-runtime: an id, else a name (the last request of that name); null or an
        // unknown name ends this iteration.
        int found = -1;
        if (m_nextRequest) {
            for (int i = 0; i < m_requests.size() && found < 0; ++i) {
                if (m_requests.at(i).item->id() == *m_nextRequest)
                    found = i;
            }
            if (found < 0) {
                for (int i = int(m_requests.size()) - 1; i >= 0; --i) {
                    if (m_requests.at(i).item->name() == *m_nextRequest) {
                        found = i;
                        break;
                    }
                }
            }
        }
        nextIndex = found >= 0 ? found : int(m_requests.size());
    }
    m_index = nextIndex;
    const RequestOutcome outcome = m_outcome;
    record(outcome);

    if (m_options.bail && !outcome.passed()) {
        m_summary.bailed = true;
        m_stopAfterCurrent = true;
    }
    if (!outcome.skipped.isEmpty() || m_stopAfterCurrent || m_options.delayMs == 0)
        QTimer::singleShot(0, this, &CollectionRunner::next);
    else
        m_delay->start(m_options.delayMs);
}

void CollectionRunner::record(const RequestOutcome &outcome)
{
    if (!outcome.skipped.isEmpty()) {
        ++m_summary.skipped;
    } else {
        if (m_summary.requests == 0 || outcome.timeMs < m_summary.responseTimeMinMs)
            m_summary.responseTimeMinMs = outcome.timeMs;
        m_summary.responseTimeMaxMs = std::max(m_summary.responseTimeMaxMs, outcome.timeMs);
        ++m_summary.requests;
        m_summary.responseTimeTotalMs += outcome.timeMs;
        m_summary.assertions += int(outcome.assertions.size());
        m_summary.assertionsFailed += outcome.failedAssertions();
        if (!outcome.passed())
            ++m_summary.requestsFailed;
    }
    m_summary.scriptTests += int(outcome.scriptTests.size());
    m_summary.scriptTestsFailed += outcome.failedScriptTests();
    m_summary.scriptErrors += int(outcome.scriptErrors.size());
    if (!outcome.skipped.isEmpty() && !outcome.passed())
        ++m_summary.requestsFailed;
    Q_EMIT requestFinished(outcome);
}

void CollectionRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.durationMs = double(m_clock.nsecsElapsed()) / 1e6;
    Q_EMIT finished(m_summary);
}

} // namespace wirescope
