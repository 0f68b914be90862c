#include "app/cli/runcommand.h"

#include "app/cli/collectionsecrets.h"
#include "app/cli/console.h"
#include "app/cli/exitcodes.h"
#include "app/cli/runconsole.h"
#include "app/cli/terminaltext.h"
#include "core/http/httpclient.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/runner/jsonreportwriter.h"
#include "core/runner/junitreportwriter.h"
#include "core/secrets/secretstore.h"
#include "core/store/collectionfiles.h"
#include "core/store/variablescopes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace wirescope::cli {

namespace {

QStringList environmentNames(const Collection &collection)
{
    QStringList names;
    for (const Environment &e : collection.environments)
        names.append(e.name);
    return names;
}

} // namespace

RunCommand::RunCommand(RunArgs args)
    : CliCommand(nullptr)
    , m_client(new HttpClient(this))
    , m_args(std::move(args))
{
    m_client->setOptions(HttpClient::Options::fromEnvironment());
}

RunCommand::~RunCommand() = default;

std::optional<int> RunCommand::start()
{
    const Result<CollectionLoad> loaded = store::loadCollectionDirectory(m_args.directory);
    if (!loaded) {
        printError(loaded.error().message);
        return int(ExitCode::File);
    }
    for (const LoadProblem &p : loaded->problems)
        printWarning(QStringLiteral("%1:%2:%3: %4 (skipped)")
                         .arg(p.path)
                         .arg(p.line)
                         .arg(p.column)
                         .arg(p.message));
    m_collection = loaded->collection;

    if (!m_args.environment.isEmpty() && !findEnvironment(m_collection, m_args.environment)) {
        const QStringList names = environmentNames(m_collection);
        printError(QStringLiteral("the collection has no environment \"%1\" (it has: %2)")
                       .arg(m_args.environment, names.isEmpty()
                                                    ? QStringLiteral("none")
                                                    : names.join(QStringLiteral(", "))));
        return int(ExitCode::Usage);
    }
    if (!m_args.envFile.isEmpty()) {
        QFile file(m_args.envFile);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("cannot read env file %1: %2")
                           .arg(m_args.envFile, file.errorString()));
            return int(ExitCode::File);
        }
        const Result<KeyValueList> vars = parseEnvFile(file.readAll());
        if (!vars) {
            printError(QStringLiteral("%1: %2").arg(m_args.envFile, vars.error().message));
            return int(ExitCode::Usage);
        }
        m_overrides += *vars;
    }
    m_overrides += m_args.variables;

    if (!m_args.dataFile.isEmpty()) {
        const Result<QList<DataRow>> rows = readDataFile(m_args.dataFile);
        if (!rows) {
            printError(rows.error().message);
            return rows.error().kind == Error::Kind::File ? int(ExitCode::File)
                                                          : int(ExitCode::Usage);
        }
        if (rows->isEmpty()) {
            printError(QStringLiteral("the data file %1 has no rows").arg(m_args.dataFile));
            return int(ExitCode::Usage);
        }
        m_options.data = *rows;
    }
    m_options.folderPath = m_args.folder;
    m_options.iterations =
        (!m_options.data.isEmpty() && !m_args.iterationsGiven) ? 0 : m_args.iterations;
    m_iterations = m_options.iterations == 0 ? int(m_options.data.size()) : m_options.iterations;
    m_options.delayMs = m_args.delayMs;
    m_options.bail = m_args.bail;
    m_options.timeoutMs = m_args.timeoutMs;
    m_options.insecure = m_args.insecure;
    m_options.runScripts = !m_args.noScripts;
    if (!m_args.allowFilesOutside) {
        m_options.filesFolder = QDir(m_args.directory).absolutePath();
        m_options.filesHowToAllow = QStringLiteral("pass --allow-files-outside to send it");
    }
    m_options.scriptTimeoutMs = m_args.scriptTimeoutMs;

    QString error;
    for (const RunReporter &r : std::as_const(m_args.reporters)) {
        switch (r.kind) {
        case RunReporter::Kind::Cli:
            m_cli = true;
            break;
        case RunReporter::Kind::Json:
            if (r.file.isEmpty() || r.file == u"-") {
                m_jsonToStdout = true;
            } else {
                m_json = std::make_unique<JsonReportWriter>(r.file, m_collection.name);
                if (!m_json->open(&error)) {
                    printError(error);
                    return int(ExitCode::File);
                }
            }
            break;
        case RunReporter::Kind::Junit:
            m_junit = std::make_unique<JunitReportWriter>(r.file, m_collection.name);
            if (!m_junit->open(&error)) {
                printError(error);
                return int(ExitCode::File);
            }
            break;
        }
    }
    m_color = m_cli && stdoutWantsColor();

    // Secrets: the keychain first (unless told not to); --env-file and --var override.
    m_secrets = new CollectionSecrets(this);
    connect(m_secrets, &CollectionSecrets::ready, this, &RunCommand::startRun);
    m_secrets->fill(&m_collection, m_args.noKeychain);
    return std::nullopt;
}

void RunCommand::startRun()
{
    if (m_runner)
        return;
    m_options.variables = buildVariableContext({}, m_collection, m_args.environment);
    for (const KeyValue &v : std::as_const(m_overrides))
        m_options.variables.set(VariableScope::Local, v.name, v.value);

    m_runner = new CollectionRunner(m_client, this);
    // OAuth 2.0 tokens: from and to the keychain; with --no-keychain, for this run only.
    // The client credentials, password and refresh-token grants work headless; the
    // authorization code grant fails with a message that says it needs a browser.
    m_tokenStore = new SecretStore(m_args.noKeychain ? SecretStore::Backend::SessionOnly
                                                     : SecretStore::Backend::Keychain,
                                   QStringLiteral("wirescope"), this);
    m_authorizer = new oauth::OAuthAuthorizer(m_client, m_tokenStore, this);
    m_runner->setAuthorizer(m_authorizer);
    connect(m_runner, &CollectionRunner::requestStarted, this, &RunCommand::onRequestStarted);
    connect(m_runner, &CollectionRunner::requestFinished, this, &RunCommand::onRequestFinished);
    connect(m_runner, &CollectionRunner::finished, this, &RunCommand::onRunFinished);
    if (m_cli)
        writeStdout(QStringLiteral("%1\n").arg(terminalSafe(m_collection.name)).toUtf8());
    const Result<bool> started = m_runner->start(m_collection, m_options);
    if (!started) {
        printError(started.error().message);
        Q_EMIT done(int(ExitCode::Usage));
    }
}

void RunCommand::onRequestStarted(int iteration, int index, const QString &)
{
    if (m_cli && index == 0)
        writeStdout(formatIterationHeading(iteration, m_iterations).toUtf8());
}

void RunCommand::onRequestFinished(const RequestOutcome &outcome)
{
    if (m_cli)
        writeStdout(formatOutcome(outcome, m_color).toUtf8());
    if (m_jsonToStdout)
        writeStdout(QJsonDocument(JsonReportWriter::toJson(outcome)).toJson(QJsonDocument::Compact)
                    + '\n');
    if (m_json)
        m_json->add(outcome);
    if (m_junit)
        m_junit->add(outcome);
}

void RunCommand::onRunFinished(const RunSummary &summary)
{
    if (m_cli)
        writeStdout(formatSummary(summary, m_color).toUtf8());
    if (m_jsonToStdout) {
        const QJsonObject line{{QStringLiteral("summary"), JsonReportWriter::toJson(summary)}};
        writeStdout(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    QString error;
    int code = summary.passed() ? int(ExitCode::Ok) : int(ExitCode::RunFailed);
    if (m_json && !m_json->finish(summary, &error)) {
        printError(error);
        code = int(ExitCode::File);
    }
    if (m_junit && !m_junit->finish(summary, &error)) {
        printError(error);
        code = int(ExitCode::File);
    }
    Q_EMIT done(code);
}

} // namespace wirescope::cli
