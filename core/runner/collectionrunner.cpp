#include "core/runner/collectionrunner.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/scripting/scriptengine.h"
#include "core/scripting/scriptthread.h"
#include "core/vars/resolver.h"

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
    : QObject(parent), m_client(client), m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    connect(m_delay, &QTimer::timeout, this, &CollectionRunner::next);
}

CollectionRunner::~CollectionRunner() = default;

Result<bool> CollectionRunner::start(const Collection &collection, const RunOptions &options)
{
    if (m_running)
        return Error{Error::Kind::InvalidRequest, QStringLiteral("a run is already in progress")};
    if (options.iterations < 0)
        return Error{Error::Kind::InvalidRequest, QStringLiteral("the iteration count cannot be negative")};
    if (options.iterations == 0 && options.data.isEmpty())
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("zero iterations means one per data row, but there is no data file")};
    if (options.delayMs < 0 || options.timeoutMs < 0)
        return Error{Error::Kind::InvalidRequest, QStringLiteral("delay and timeout cannot be negative")};

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
    m_stage = Stage::Idle;
    m_stopAfterCurrent = false;
    m_useScripts = options.runScripts && (hasScripts(m_collection.scripts) || treeHasScripts(m_collection.items));
    if (m_useScripts && options.scriptsOnWorkerThread) {
        if (!m_scriptThread) {
            m_scriptThread = new ScriptThread(m_client, this);
            connect(m_scriptThread, &ScriptThread::finished, this, &CollectionRunner::onScriptsFinished);
            connect(m_scriptThread, &ScriptThread::consoleMessage, this, &CollectionRunner::consoleMessage);
        }
    } else if (m_useScripts) {
        if (!m_scripts) {
            m_scripts = new ScriptEngine(m_client, this);
            connect(m_scripts, &ScriptEngine::finished, this, &CollectionRunner::onScriptsFinished);
            connect(m_scripts, &ScriptEngine::consoleMessage, this, &CollectionRunner::consoleMessage);
        }
        ScriptEngine::Limits limits = m_scripts->limits();
        limits.timeoutMs = options.scriptTimeoutMs > 0 ? options.scriptTimeoutMs : limits.timeoutMs;
        m_scripts->setLimits(limits);
    }
    m_running = true;
    m_clock.start();
    // Results are emitted from the event loop, never from inside start().
    QTimer::singleShot(0, this, &CollectionRunner::next);
    return true;
}

void CollectionRunner::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    m_stopAfterCurrent = true;
    m_delay->stop();
    if (m_current) {
        m_current->cancel(); // its finished() ends the run
    } else {
        if (m_scripts)
            m_scripts->cancel();
        if (m_scriptThread)
            m_scriptThread->cancel();
        m_authTicket = 0; // a token that arrives later is dropped
        finish();
    }
}

VariableContext CollectionRunner::contextFor(const RequestRef &ref) const
{
    VariableContext context = m_vars.toContext();
    for (const Folder *folder : ref.ancestors) {
        for (const Variable &v : folder->variables) {
            if (v.enabled && !m_scriptCollectionNames.contains(v.name))
                context.set(VariableScope::Collection, v.name, v.value, v.secret);
        }
    }
    return context;
}

QList<ScriptSource> CollectionRunner::scriptsFor(const RequestRef &ref, const QString &event) const
{
    QList<ScriptSource> out;
    const auto add = [&](const QList<ImportedScript> &scripts, const QString &origin) {
        for (const ImportedScript &s : scripts) {
            if (s.event == event && !s.source.trimmed().isEmpty())
                out.append(ScriptSource{origin, s.source});
        }
    };
    add(m_collection.scripts, QStringLiteral("collection"));
    for (const Folder *folder : ref.ancestors)
        add(folder->scripts, QStringLiteral("folder ") + folder->name);
    if (const auto *http = std::get_if<HttpItem>(&ref.item->node))
        add(http->scripts, QStringLiteral("request"));
    return out;
}

bool CollectionRunner::startScripts(const QString &event, const Request &request,
                                    const std::optional<Exchange> &exchange)
{
    if (!m_useScripts)
        return false;
    const RequestRef &ref = m_requests.at(m_index);
    ScriptJob job;
    job.event = event;
    job.scripts = scriptsFor(ref, event);
    if (job.scripts.isEmpty())
        return false;
    job.request = request;
    job.exchange = exchange;
    job.variables = m_vars;
    job.requestName = request.name;
    job.requestId = request.id;
    job.iteration = m_iteration;
    job.iterationCount = m_iterations;
    job.iterationData = m_vars.toObject(ScriptScope::Data);
    m_stage = event == u"prerequest" ? Stage::PreRequest : Stage::Tests;
    if (m_options.scriptsOnWorkerThread) {
        m_scriptThread->start(job, m_options.scriptTimeoutMs > 0 ? m_options.scriptTimeoutMs : 5000);
        return true;
    }
    return m_scripts->start(job);
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
        m_outcome.skipped = QStringLiteral("WebSocket requests are not run by the collection runner");
        completeRequest();
        return;
    }

    const auto &http = std::get<HttpItem>(ref.item->node);
    Request request = withInheritedDefaults(m_collection, ref.ancestors, http.request);
    if (m_options.timeoutMs > 0)
        request.settings.timeoutMs = m_options.timeoutMs;
    if (m_options.insecure)
        request.settings.tls.insecure = true;
    m_outcome.id = http.request.id;
    m_outcome.name = http.request.name;
    m_outcome.method = request.method;
    m_outcome.url = request.url;
    Q_EMIT requestStarted(m_iteration, m_index, request.name);
    if (!startScripts(QStringLiteral("prerequest"), request, std::nullopt))
        authorizeAndSend(request);
}

void CollectionRunner::authorizeAndSend(const Request &request)
{
    // After the pre-request scripts (which may change the request and the variables), before
    // sending: an OAuth 2.0 request gets its token first.
    if (request.auth.kind == AuthKind::OAuth2 && m_authorizer) {
        m_currentContext = contextFor(m_requests.at(m_index));
        m_waitingRequest = request;
        m_authTicket = m_authorizer->authorize(request.auth, m_currentContext);
        return;
    }
    send(request);
}

void CollectionRunner::send(const Request &request)
{
    m_stage = Stage::Sending;
    m_sentRequest = request;
    m_currentContext = contextFor(m_requests.at(m_index));
    RequestRun *run = m_client->send(request, m_currentContext);
    m_current = run;
    connect(run, &RequestRun::finished, this, &CollectionRunner::onRunFinished);
}

void CollectionRunner::onScriptsFinished(const ScriptRunResult &result)
{
    if (!m_running)
        return;
    // Collection variables set by a script win over folder variables of the same name.
    for (const QString &name : result.variables.names(ScriptScope::Collection)) {
        if (result.variables.value(ScriptScope::Collection, name) != m_vars.value(ScriptScope::Collection, name))
            m_scriptCollectionNames.insert(name);
    }
    m_vars = result.variables;
    if (result.variablesChanged)
        Q_EMIT variablesChanged(m_vars);
    m_outcome.scriptTests += result.tests;
    m_outcome.scriptErrors += result.errors;
    m_outcome.console += result.console;
    if (result.nextRequestSet) {
        m_nextRequestSet = true;
        m_nextRequest = result.nextRequest;
    }
    if (m_stage == Stage::PreRequest) {
        if (m_stopAfterCurrent) {
            completeRequest();
        } else if (result.skipRequest) {
            m_outcome.skipped = QStringLiteral("skipped by pm.execution.skipRequest() in a pre-request script");
            completeRequest();
        } else {
            authorizeAndSend(result.request);
        }
        return;
    }
    completeRequest();
}

void CollectionRunner::setAuthorizer(oauth::OAuthAuthorizer *authorizer)
{
    if (m_authorizer)
        disconnect(m_authorizer, nullptr, this, nullptr);
    m_authorizer = authorizer;
    if (!m_authorizer)
        return;
    connect(m_authorizer, &oauth::OAuthAuthorizer::authorized, this, &CollectionRunner::onAuthorized);
    connect(m_authorizer, &oauth::OAuthAuthorizer::failed, this,
            &CollectionRunner::onAuthorizationFailed);
}

void CollectionRunner::onAuthorized(quint64 ticket, const oauth::OAuthToken &token)
{
    if (ticket == 0 || ticket != m_authTicket || !m_running)
        return;
    m_authTicket = 0;
    send(oauth::OAuthAuthorizer::withToken(m_waitingRequest, token));
}

void CollectionRunner::onAuthorizationFailed(quint64 ticket, const Error &error)
{
    if (ticket == 0 || ticket != m_authTicket || !m_running)
        return;
    m_authTicket = 0;
    // Not sent: reported like a request that failed before leaving, with the token step's words.
    Exchange notSent;
    notSent.sent.method = m_waitingRequest.method;
    notSent.sent.url = m_waitingRequest.url;
    notSent.error = error;
    onRunFinished(notSent);
}

void CollectionRunner::onRunFinished(const Exchange &exchange)
{
    if (m_current)
        m_current->deleteLater();
    m_current = nullptr;

    const RequestRef &ref = m_requests.at(m_index);
    const auto &http = std::get<HttpItem>(ref.item->node);
    m_outcome.method = exchange.sent.method.isEmpty() ? m_sentRequest.method : exchange.sent.method;
    m_outcome.url = exchange.finalUrl.isEmpty() ? exchange.sent.url : exchange.finalUrl;
    m_outcome.timeMs = exchange.timings.total;
    m_outcome.error = exchange.error;
    if (exchange.response) {
        m_outcome.status = exchange.response->status;
        m_outcome.bodySize = exchange.response->body.size();
    }
    const bool cancelled = exchange.error && exchange.error->kind == Error::Kind::Cancelled;
    if (!cancelled) {
        // Expected values may use {{variables}} too (e.g. a data file's column).
        AssertionList assertions = http.assertions;
        for (Assertion &a : assertions) {
            a.expected = resolveText(a.expected, m_currentContext, m_client->dynamicVariables()).text;
            a.expected2 = resolveText(a.expected2, m_currentContext, m_client->dynamicVariables()).text;
        }
        AssertionEvaluator evaluator(exchange);
        m_outcome.assertions = evaluator.evaluate(assertions);
        m_outcome.captures = evaluator.capture(http.captures);
        for (const CapturedValue &captured : std::as_const(m_outcome.captures)) {
            if (captured.found) {
                m_captured.set(VariableScope::Local, captured.variable, captured.value);
                m_vars.set(ScriptScope::Local, captured.variable, captured.value);
            }
        }
    }
    if (!cancelled && !m_stopAfterCurrent && exchange.response
        && startScripts(QStringLiteral("test"), m_sentRequest, exchange))
        return;
    completeRequest();
}

void CollectionRunner::completeRequest()
{
    m_stage = Stage::Idle;
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
