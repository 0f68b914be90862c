#include "app/cli/sendcommand.h"

#include "app/cli/collectionsecrets.h"
#include "app/cli/commandprologue.h"
#include "app/cli/console.h"
#include "app/cli/exitcodes.h"
#include "app/cli/sharedoptions.h"
#include "app/cli/textreport.h"
#include "app/cli/tlshints.h"
#include "app/cli/usage.h"
#include "core/graphql/graphqlerrors.h"
#include "core/http/exchangejson.h"
#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/model/exchange.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/runner/exchangejob.h"
#include "core/scripting/scriptrunner.h"
#include "core/secrets/secretstore.h"
#include "core/store/variablescopes.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wirescope::cli {

namespace {

/// The GraphQL `errors` of @p exchange's answer, when a GraphQL request got a JSON answer
/// with an `errors` array.
std::optional<graphql::ResponseErrors> graphqlErrors(const Request &request,
                                                     const Exchange &exchange)
{
    if (request.body.kind != BodyKind::GraphQL || !exchange.response)
        return std::nullopt;
    return graphql::parseResponseErrors(exchange.response->body.read(64 * 1024 * 1024));
}

QJsonObject graphqlJson(const graphql::ResponseErrors &errors)
{
    QJsonArray list;
    for (const graphql::ResponseError &e : errors.errors) {
        QJsonArray locations;
        for (const auto &[line, column] : e.locations)
            locations.append(
                QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("column"), column}});
        QJsonObject o{{QStringLiteral("message"), e.message}};
        if (!locations.isEmpty())
            o.insert(QStringLiteral("locations"), locations);
        if (!e.path.isEmpty())
            o.insert(QStringLiteral("path"), e.path);
        if (!e.code.isEmpty())
            o.insert(QStringLiteral("code"), e.code);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("errors"), list},
                       {QStringLiteral("hasData"), errors.hasData}};
}

} // namespace

SendCommand::SendCommand(SendOptions options)
    : CliCommand(nullptr)
    , m_client(new HttpClient(this))
    , m_options(std::move(options))
{
    m_client->setOptions(HttpClient::Options::fromEnvironment());
}

SendCommand::~SendCommand() = default;

std::optional<int> SendCommand::start()
{
    if (m_options.savedFile.isEmpty()) {
        m_request.request = m_options.request;
        startJob();
        return std::nullopt;
    }
    if (const std::optional<int> failed = loadSaved())
        return failed;
    // Secrets first (the keychain, unless told not to); the exchange starts when they are in.
    m_secrets = new CollectionSecrets(this);
    connect(m_secrets, &CollectionSecrets::ready, this, &SendCommand::startJob);
    m_secrets->fill(&*m_saved->collection, m_options.noKeychain);
    return std::nullopt;
}

std::optional<int> SendCommand::loadSaved()
{
    Result<SavedRequest> saved = loadSavedRequest(m_options.savedFile);
    if (!saved)
        return reportFailure(saved.error());
    m_saved = std::move(*saved);
    if (!m_saved->collection)
        m_saved->collection = Collection{}; // a loose file: nothing to inherit
    const QString &environment = m_options.environment;
    if (!environment.isEmpty() && !findEnvironment(*m_saved->collection, environment)) {
        QStringList names;
        for (const Environment &e : std::as_const(m_saved->collection->environments))
            names.append(e.name);
        printError(QStringLiteral("the collection has no environment \"%1\" (it has: %2)")
                       .arg(environment, names.isEmpty() ? QStringLiteral("none")
                                                         : names.join(QStringLiteral(", "))));
        return int(ExitCode::Usage);
    }
    return std::nullopt;
}

void SendCommand::startJob()
{
    ExchangeScope scope;
    if (m_saved) {
        m_request = effectiveSavedRequest(*m_saved);
        m_request.request.settings.tls.insecure |= m_options.request.settings.tls.insecure;
        if (m_options.timeoutMs)
            m_request.request.settings.timeoutMs = *m_options.timeoutMs;
        VariableContext context =
            buildVariableContext({}, *m_saved->collection, m_options.environment);
        for (const KeyValue &v : std::as_const(m_options.variables))
            context.set(VariableScope::Local, v.name, v.value);
        scope.variables = ScriptVariables::fromContext(context);
        scope.environmentName = context.environmentName();
    } else {
        scope.variables = ScriptVariables::fromContext(localVariables(m_options.variables));
    }
    m_job = new ExchangeJob(m_client, this);
    if (m_saved && !m_saved->collectionDirectory.isEmpty() && !m_options.allowFilesOutside)
        m_job->setFilesFolder(QDir(m_saved->collectionDirectory).absolutePath(),
                              QStringLiteral("pass --allow-files-outside to send it"));
    if (!m_request.preRequestScripts.isEmpty() || !m_request.testScripts.isEmpty()) {
        m_scripts = new ScriptRunner(m_client, ScriptRunner::Placement::CallerThread, this);
        connect(m_scripts, &ScriptRunner::consoleMessage, this, [](const ScriptConsoleLine &line) {
            printNote(QStringLiteral("console: ") + line.text);
        });
        m_job->setScriptRunner(m_scripts);
    }
    if (m_request.request.auth.kind == AuthKind::OAuth2) {
        // Tokens from and to the keychain (for this command only with --no-keychain).
        m_tokenStore = new SecretStore(m_options.noKeychain ? SecretStore::Backend::SessionOnly
                                                            : SecretStore::Backend::Keychain,
                                       QStringLiteral("wirescope"), this);
        m_authorizer = new oauth::OAuthAuthorizer(m_client, m_tokenStore, this);
        m_job->setAuthorizer(m_authorizer);
    }
    connect(m_job, &ExchangeJob::finished, this, &SendCommand::onJobFinished);
    m_job->start(m_request, scope);
}

void SendCommand::onJobFinished(const ExchangeOutcome &outcome)
{
    if (!outcome.exchange) {
        printError(outcome.skipped ? QStringLiteral("a pre-request script skipped the request "
                                                    "(pm.execution.skipRequest): nothing was sent")
                                   : QStringLiteral("the request was not sent"));
        reportChecks(outcome);
        emit done(int(ExitCode::RunFailed));
        return;
    }
    const Exchange &exchange = *outcome.exchange;
    int code = int(exitCodeFor(exchange, m_options.fail));
    const int checks = reportChecks(outcome);
    if (code == int(ExitCode::Ok))
        code = checks;
    report(exchange, code);
}

int SendCommand::reportChecks(const ExchangeOutcome &outcome)
{
    bool failed = false;
    for (const ScriptError &error : outcome.scriptErrors) {
        printError(error.describe());
        failed = true;
    }
    for (const ScriptTestResult &test : outcome.scriptTests) {
        if (test.skipped)
            printNote(QStringLiteral("test skipped: %1").arg(test.name));
        else if (test.passed)
            printNote(QStringLiteral("test passed: %1").arg(test.name));
        else
            printError(QStringLiteral("test failed: %1: %2").arg(test.name, test.message));
        failed = failed || (!test.passed && !test.skipped);
    }
    for (const AssertionResult &result : outcome.assertions) {
        if (result.passed)
            printNote(QStringLiteral("assertion held: %1").arg(result.assertion.describe()));
        else
            printError(QStringLiteral("assertion failed: %1: %2 (actual %3)")
                           .arg(result.assertion.describe(), result.message, result.actual));
        failed = failed || !result.passed;
    }
    return failed ? int(ExitCode::RunFailed) : int(ExitCode::Ok);
}

int SendCommand::saveBody(const Exchange &exchange)
{
    QString error;
    if (!exchange.response->body.saveTo(m_options.outputFile, &error)) {
        printError(error);
        return int(ExitCode::File);
    }
    return int(ExitCode::Ok);
}

void SendCommand::report(const Exchange &exchange, int code)
{
    const auto gqlErrors = graphqlErrors(m_request.request, exchange);
    const bool hasGqlErrors = gqlErrors && !gqlErrors->errors.isEmpty();
    if (hasGqlErrors && m_options.fail && code == int(ExitCode::Ok))
        code = int(ExitCode::GraphQLErrors);
    // The body file is written only for a complete exchange that --fail does not reject,
    // so a script never finds half a download or an error page under the name it asked for.
    bool saved = false;
    if (!m_options.outputFile.isEmpty() && code == int(ExitCode::Ok) && exchange.response) {
        code = saveBody(exchange);
        saved = code == int(ExitCode::Ok);
    }

    // A request refused before anything was sent (bad URL, header, method, unreadable
    // file) has nothing to report but the error line.
    const bool nothingSent = !exchange.response && exchange.error
                             && (exchange.error->kind == Error::Kind::InvalidRequest
                                 || exchange.error->kind == Error::Kind::File);
    if (code == int(ExitCode::Usage)) {
        // A usage error prints nothing on stdout, whichever stage found it.
    } else if (m_options.jsonOutput) {
        const auto format = stdoutIsTerminal() ? QJsonDocument::Indented : QJsonDocument::Compact;
        QJsonObject object = exchangeToJson(exchange, m_options.includeBody);
        if (gqlErrors)
            object.insert(QStringLiteral("graphql"), graphqlJson(*gqlErrors));
        QByteArray json = QJsonDocument(object).toJson(format);
        if (!json.endsWith('\n'))
            json += '\n';
        writeStdout(json);
    } else if (!nothingSent) {
        TextReportOptions report;
        report.color = stdoutWantsColor();
        report.outputFile = m_options.outputFile;
        report.bodySaved = saved;
        writeTextReport(exchange, report);
    }

    for (const QString &warning : exchange.warnings) {
        // --insecure was already announced before sending, louder.
        if (m_request.request.settings.tls.insecure
            && warning.contains(QLatin1String("verification is OFF")))
            continue;
        printWarning(warning);
    }
    if (exchange.error) {
        printError(exchange.error->message);
        if (!exchange.error->detail.isEmpty())
            printNote(QStringLiteral("  detail: ") + exchange.error->detail);
        if (exchange.error->kind == Error::Kind::Tls)
            if (exchange.tls)
                printTlsRefusalHints(*exchange.tls, QStringLiteral("this request"));
    } else if (hasGqlErrors) {
        for (const graphql::ResponseError &e : gqlErrors->errors) {
            printNote(QStringLiteral("GraphQL error: ") + e.toText()
                      + (e.code.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(e.code)));
        }
        printNote(QStringLiteral("the GraphQL answer has %1 error(s) and %2%3")
                      .arg(gqlErrors->errors.size())
                      .arg(gqlErrors->hasData ? QStringLiteral("partial data")
                                              : QStringLiteral("no data"),
                           code == int(ExitCode::GraphQLErrors)
                               ? QStringLiteral(" (--fail: exit 11)")
                               : QString()));
        if (code == int(ExitCode::HttpError))
            printError(QStringLiteral("the server answered %1 %2 (--fail)")
                           .arg(exchange.response->status)
                           .arg(exchange.response->reason));
    } else if (code == int(ExitCode::HttpError)) {
        printError(QStringLiteral("the server answered %1 %2 (--fail)")
                       .arg(exchange.response->status)
                       .arg(exchange.response->reason));
    }
    emit done(code);
}

} // namespace wirescope::cli
