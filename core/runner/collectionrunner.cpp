#include "core/runner/collectionrunner.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/vars/resolver.h"

#include <QTimer>

#include <algorithm>

namespace wirescope {

int RequestOutcome::failedAssertions() const
{
    return int(std::count_if(assertions.cbegin(), assertions.cend(),
                             [](const AssertionResult &r) { return !r.passed; }));
}

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
    m_stopAfterCurrent = false;
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
        m_authTicket = 0; // a token that arrives later is dropped
        finish();
    }
}

VariableContext CollectionRunner::contextFor(const RequestRef &ref) const
{
    VariableContext context = m_options.variables;
    for (const Folder *folder : ref.ancestors) {
        for (const Variable &v : folder->variables) {
            if (v.enabled)
                context.set(VariableScope::Collection, v.name, v.value, v.secret);
        }
    }
    if (!m_options.data.isEmpty()) {
        const DataRow &row = m_options.data.at(m_iteration % m_options.data.size());
        for (const auto &[name, value] : row)
            context.set(VariableScope::Local, name, value);
    }
    for (const auto &[name, resolved] : m_captured.resolvedView())
        context.set(VariableScope::Local, name, resolved.value, resolved.secret);
    return context;
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
    if (m_index == 0)
        m_summary.iterations = m_iteration + 1;

    const RequestRef &ref = m_requests.at(m_index);
    if (const auto *ws = std::get_if<WebSocketItem>(&ref.item->node)) {
        RequestOutcome outcome;
        outcome.iteration = m_iteration;
        outcome.index = m_index;
        outcome.id = ws->request.id;
        outcome.name = ws->request.name;
        outcome.folderPath = ref.folderPath();
        outcome.method = QStringLiteral("WS");
        outcome.url = ws->request.url;
        outcome.skipped = QStringLiteral("WebSocket requests are not run by the collection runner");
        ++m_index;
        record(outcome);
        QTimer::singleShot(0, this, &CollectionRunner::next);
        return;
    }

    const auto &http = std::get<HttpItem>(ref.item->node);
    Request request = withInheritedDefaults(m_collection, ref.ancestors, http.request);
    if (m_options.timeoutMs > 0)
        request.settings.timeoutMs = m_options.timeoutMs;
    if (m_options.insecure)
        request.settings.tls.insecure = true;
    Q_EMIT requestStarted(m_iteration, m_index, request.name);
    m_currentContext = contextFor(ref);
    if (request.auth.kind == AuthKind::OAuth2 && m_authorizer) {
        m_waitingRequest = request;
        m_authTicket = m_authorizer->authorize(request.auth, m_currentContext);
        return;
    }
    send(request);
}

void CollectionRunner::send(const Request &request)
{
    RequestRun *run = m_client->send(request, m_currentContext);
    m_current = run;
    connect(run, &RequestRun::finished, this, &CollectionRunner::onRunFinished);
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
    RequestOutcome outcome;
    outcome.iteration = m_iteration;
    outcome.index = m_index;
    outcome.id = http.request.id;
    outcome.name = http.request.name;
    outcome.folderPath = ref.folderPath();
    outcome.method = exchange.sent.method.isEmpty() ? http.request.method : exchange.sent.method;
    outcome.url = exchange.finalUrl.isEmpty() ? exchange.sent.url : exchange.finalUrl;
    outcome.timeMs = exchange.timings.total;
    outcome.error = exchange.error;
    if (exchange.response) {
        outcome.status = exchange.response->status;
        outcome.bodySize = exchange.response->body.size();
    }
    if (!(exchange.error && exchange.error->kind == Error::Kind::Cancelled)) {
        // Expected values may use {{variables}} too (e.g. a data file's column).
        AssertionList assertions = http.assertions;
        for (Assertion &a : assertions) {
            a.expected = resolveText(a.expected, m_currentContext, m_client->dynamicVariables()).text;
            a.expected2 = resolveText(a.expected2, m_currentContext, m_client->dynamicVariables()).text;
        }
        AssertionEvaluator evaluator(exchange);
        outcome.assertions = evaluator.evaluate(assertions);
        outcome.captures = evaluator.capture(http.captures);
        for (const CapturedValue &captured : std::as_const(outcome.captures)) {
            if (captured.found)
                m_captured.set(VariableScope::Local, captured.variable, captured.value);
        }
    }
    ++m_index;
    record(outcome);

    if (m_options.bail && !outcome.passed()) {
        m_summary.bailed = true;
        m_stopAfterCurrent = true;
    }
    if (m_stopAfterCurrent || m_options.delayMs == 0)
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
