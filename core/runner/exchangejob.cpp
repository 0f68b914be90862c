#include "core/runner/exchangejob.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/model/bodyfiles.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/scripting/scriptrunner.h"
#include "core/vars/resolver.h"

namespace wirescope {

ExchangeJob::ExchangeJob(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ExchangeJob::~ExchangeJob()
{
    abandon();
}

void ExchangeJob::setScriptRunner(ScriptRunner *scripts)
{
    if (m_scripts)
        m_scripts->disconnect(this);
    m_scripts = scripts;
    if (m_scripts)
        connect(m_scripts, &ScriptRunner::finished, this, &ExchangeJob::onScriptsFinished);
}

void ExchangeJob::setAuthorizer(oauth::OAuthAuthorizer *authorizer)
{
    if (m_authorizer)
        m_authorizer->disconnect(this);
    m_authorizer = authorizer;
    if (!m_authorizer)
        return;
    connect(m_authorizer, &oauth::OAuthAuthorizer::authorized, this, &ExchangeJob::onAuthorized);
    connect(m_authorizer, &oauth::OAuthAuthorizer::failed, this,
            &ExchangeJob::onAuthorizationFailed);
}

void ExchangeJob::start(const EffectiveRequest &request, const ExchangeScope &scope)
{
    abandon();
    m_request = request;
    m_scope = scope;
    m_outcome = ExchangeOutcome{};
    m_outcome.sent = request.request;
    m_outcome.variables = scope.variables;
    m_outcome.scriptCollectionNames = scope.scriptCollectionNames;
    if (!startScripts(ExchangeStage::PreRequest, std::nullopt))
        authorizeAndSend(request.request);
}

void ExchangeJob::setStage(ExchangeStage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

bool ExchangeJob::startScripts(ExchangeStage stage, const std::optional<Exchange> &exchange)
{
    const QList<ScriptSource> &scripts =
        stage == ExchangeStage::PreRequest ? m_request.preRequestScripts : m_request.testScripts;
    if (!m_scripts || scripts.isEmpty())
        return false;
    ScriptJob job;
    job.event =
        stage == ExchangeStage::PreRequest ? QStringLiteral("prerequest") : QStringLiteral("test");
    job.scripts = scripts;
    job.request = m_outcome.sent;
    job.exchange = exchange;
    job.variables = m_outcome.variables;
    job.requestName = m_outcome.sent.name;
    job.requestId = m_outcome.sent.id;
    job.iteration = m_scope.iteration;
    job.iterationCount = m_scope.iterationCount;
    job.iterationData = m_outcome.variables.toObject(ScriptScope::Data);
    m_scriptStart = m_outcome.variables;
    setStage(stage);
    m_scripts->start(job);
    return true;
}

void ExchangeJob::onScriptsFinished(const ScriptRunResult &result)
{
    const ExchangeStage stage = m_stage;
    if (stage != ExchangeStage::PreRequest && stage != ExchangeStage::Tests)
        return;
    // Collection variables a script set win over folder variables of the same name.
    for (const QString &name : result.variables.names(ScriptScope::Collection)) {
        if (result.variables.value(ScriptScope::Collection, name)
            != m_scriptStart.value(ScriptScope::Collection, name))
            m_outcome.scriptCollectionNames.insert(name);
    }
    m_outcome.variables = result.variables;
    m_outcome.variablesChanged = m_outcome.variablesChanged || result.variablesChanged;
    m_outcome.scriptTests += result.tests;
    m_outcome.scriptErrors += result.errors;
    m_outcome.console += result.console;
    if (result.nextRequestSet) {
        m_outcome.nextRequestSet = true;
        m_outcome.nextRequest = result.nextRequest;
    }
    const quint64 generation = m_generation;
    Q_EMIT scriptsFinished(stage, result, m_scriptStart);
    if (generation != m_generation)
        return; // a receiver started or abandoned the job
    if (stage == ExchangeStage::Tests) {
        finish();
    } else if (result.skipRequest) {
        m_outcome.sent = result.request;
        m_outcome.skipped = true;
        finish();
    } else {
        authorizeAndSend(result.request);
    }
}

void ExchangeJob::updateContext()
{
    m_context = m_outcome.variables.toContext();
    m_context.setEnvironmentName(m_scope.environmentName);
    for (const Variable &v : std::as_const(m_request.folderVariables)) {
        if (!m_outcome.scriptCollectionNames.contains(v.name))
            m_context.set(VariableScope::Collection, v.name, v.value, v.secret);
    }
}

void ExchangeJob::authorizeAndSend(const Request &request)
{
    m_outcome.sent = request;
    updateContext();
    // After the pre-request scripts (which may change the request and the variables): an
    // OAuth 2.0 request without a token gets its token first.
    if (request.auth.kind == AuthKind::OAuth2 && request.auth.token.isEmpty() && m_authorizer) {
        setStage(ExchangeStage::Authorizing);
        m_authTicket = m_authorizer->authorize(request.auth, m_context);
        return;
    }
    send(request);
}

void ExchangeJob::setFilesFolder(const QString &folder, const QString &howToAllow)
{
    m_filesFolder = folder;
    m_filesHowToAllow = howToAllow;
}

std::optional<Error> ExchangeJob::fileOutsideRefusal(const Request &request) const
{
    if (m_filesFolder.isEmpty())
        return std::nullopt;
    for (const BodyFileRef &file : bodyFiles(request.body)) {
        // Checked as it will be read: variables resolved, relative to the current folder.
        const QString path = resolveText(file.path, m_context, m_client->dynamicVariables()).text;
        if (!fileOutsideFolder(path, m_filesFolder))
            continue;
        return Error{Error::Kind::File,
                     QStringLiteral("%1 reads the file \"%2\", outside the collection folder %3: "
                                    "not read%4")
                         .arg(file.role, path, m_filesFolder,
                              m_filesHowToAllow.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (") + m_filesHowToAllow + u')')};
    }
    return std::nullopt;
}

void ExchangeJob::failBeforeSending(const Error &error)
{
    // Reported like a request that failed before it left.
    Exchange notSent;
    notSent.request = m_outcome.sent;
    notSent.sent.method = m_outcome.sent.method;
    notSent.sent.url = m_outcome.sent.url;
    notSent.error = error;
    onRunFinished(notSent);
}

void ExchangeJob::send(const Request &request)
{
    m_outcome.sent = request;
    if (const std::optional<Error> refused = fileOutsideRefusal(request)) {
        failBeforeSending(*refused);
        return;
    }
    setStage(ExchangeStage::Sending);
    RequestRun *run = m_client->send(request, m_context);
    m_run = run;
    connect(run, &RequestRun::finished, this, &ExchangeJob::onRunFinished);
    Q_EMIT sendStarted(run);
}

void ExchangeJob::onAuthorized(quint64 ticket, const oauth::OAuthToken &token)
{
    if (ticket == 0 || ticket != m_authTicket || m_stage != ExchangeStage::Authorizing)
        return;
    m_authTicket = 0;
    send(oauth::OAuthAuthorizer::withToken(m_outcome.sent, token));
}

void ExchangeJob::onAuthorizationFailed(quint64 ticket, const Error &error)
{
    if (ticket == 0 || ticket != m_authTicket || m_stage != ExchangeStage::Authorizing)
        return;
    m_authTicket = 0;
    // In the token step's words.
    failBeforeSending(
        Error{error.kind, error.message + QStringLiteral(", nothing was sent"), error.detail});
}

void ExchangeJob::onRunFinished(const Exchange &exchange)
{
    releaseRun();
    m_outcome.exchange = exchange;
    m_outcome.cancelled = exchange.error && exchange.error->kind == Error::Kind::Cancelled;
    if (m_outcome.cancelled)
        m_outcome.cancelledIn = ExchangeStage::Sending;
    else
        evaluate(exchange);
    const quint64 generation = m_generation;
    Q_EMIT responseReceived(m_outcome);
    if (generation != m_generation)
        return;
    if (!m_outcome.cancelled && exchange.response && startScripts(ExchangeStage::Tests, exchange))
        return;
    finish();
}

void ExchangeJob::evaluate(const Exchange &exchange)
{
    if (m_request.assertions.isEmpty() && m_request.captures.isEmpty())
        return;
    // Expected values may use {{variables}} too (e.g. a data file's column), resolved as the
    // request was.
    AssertionList assertions = m_request.assertions;
    for (Assertion &a : assertions) {
        a.expected = resolveText(a.expected, m_context, m_client->dynamicVariables()).text;
        a.expected2 = resolveText(a.expected2, m_context, m_client->dynamicVariables()).text;
    }
    AssertionEvaluator evaluator(exchange);
    m_outcome.assertions = evaluator.evaluate(assertions);
    m_outcome.captures = evaluator.capture(m_request.captures);
    // A captured value is a variable for the test scripts and, in a run, the requests after.
    for (const CapturedValue &captured : std::as_const(m_outcome.captures)) {
        if (captured.found)
            m_outcome.variables.set(ScriptScope::Local, captured.variable, captured.value);
    }
}

void ExchangeJob::cancel()
{
    switch (m_stage) {
    case ExchangeStage::Idle:
        return;
    case ExchangeStage::Sending:
        if (m_run)
            m_run->cancel(); // its finished() carries the cancellation
        return;
    case ExchangeStage::PreRequest:
    case ExchangeStage::Tests:
        if (m_scripts)
            m_scripts->cancel();
        break;
    case ExchangeStage::Authorizing:
        m_authTicket = 0; // a token that arrives later is dropped
        break;
    }
    m_outcome.cancelled = true;
    m_outcome.cancelledIn = m_stage;
    finish();
}

void ExchangeJob::abandon()
{
    ++m_generation;
    if ((m_stage == ExchangeStage::PreRequest || m_stage == ExchangeStage::Tests) && m_scripts)
        m_scripts->cancel();
    m_authTicket = 0;
    if (m_run) {
        // Deleting the handle cancels the exchange without a finished() to anyone.
        m_run->disconnect();
        delete m_run.data();
        m_run = nullptr;
    }
    m_stage = ExchangeStage::Idle; // without stageChanged: the caller may be going away
}

RequestRun *ExchangeJob::takeRun()
{
    if (m_stage != ExchangeStage::Sending || !m_run)
        return nullptr;
    RequestRun *run = m_run;
    run->disconnect(this);
    m_run = nullptr;
    ++m_generation;
    m_stage = ExchangeStage::Idle; // without stageChanged: the caller knows
    return run;
}

void ExchangeJob::releaseRun()
{
    if (!m_run)
        return;
    m_run->disconnect(this);
    m_run->deleteLater();
    m_run = nullptr;
}

void ExchangeJob::finish()
{
    ++m_generation;
    setStage(ExchangeStage::Idle);
    Q_EMIT finished(m_outcome);
}

} // namespace wirescope
