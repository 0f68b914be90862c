#include "app/cli/runargs.h"

#include "app/cli/argvalues.h"
#include "app/cli/commandline.h"

namespace wirescope::cli {

namespace {

Result<int> parseNonNegative(const QString &option, const QString &text, int minimum = 0)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        return usageError(QStringLiteral("%1 needs a whole number of at least %2, not \"%3\"")
                              .arg(option)
                              .arg(minimum)
                              .arg(text));
    return value;
}

Result<RunReporter> parseReporter(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    const QString kind = colon < 0 ? text : text.left(colon);
    RunReporter reporter;
    reporter.file = colon < 0 ? QString() : text.mid(colon + 1);
    if (kind == u"cli") {
        reporter.kind = RunReporter::Kind::Cli;
        if (!reporter.file.isEmpty())
            return usageError(
                QStringLiteral("--reporter cli writes to the terminal and takes no file"));
    } else if (kind == u"json") {
        reporter.kind = RunReporter::Kind::Json;
    } else if (kind == u"junit") {
        reporter.kind = RunReporter::Kind::Junit;
        if (reporter.file.isEmpty())
            reporter.file = QStringLiteral("wirescope-junit.xml");
    } else {
        return usageError(
            QStringLiteral("unknown reporter \"%1\" (use cli, json[:FILE] or junit[:FILE])")
                .arg(kind));
    }
    return reporter;
}

/// run's own options; -k and --var come from the shared table.
enum class RunOpt {
    Folder = 1,
    Iterations,
    Data,
    Delay,
    Timeout,
    Bail,
    NoScripts,
    ScriptTimeout,
    Reporter,
    EnvFile
};

/// The options that need more than storing their text: numbers and reporters.
Result<void> applyRunOption(RunArgs &out, const OptionToken &token, CommandLine &)
{
    const QString &name = token.spelled;
    switch (token.id) {
    case int(RunOpt::Iterations):
        out.iterationsGiven = true;
        return assignTo(parseNonNegative(name, token.value, 1), out.iterations);
    case int(RunOpt::Delay):
        return assignTo(parseNonNegative(name, token.value), out.delayMs);
    case int(RunOpt::Timeout):
        return assignTo(parseNonNegative(name, token.value), out.timeoutMs);
    case int(RunOpt::ScriptTimeout):
        return assignTo(parseNonNegative(name, token.value, 1), out.scriptTimeoutMs);
    default:
        return appendTo(parseReporter(token.value), out.reporters);
    }
}

Result<void> checkReporters(const QList<RunReporter> &reporters)
{
    int toStdout = 0;
    for (const RunReporter &r : reporters) {
        if (r.kind == RunReporter::Kind::Cli
            || (r.kind == RunReporter::Kind::Json && (r.file.isEmpty() || r.file == u"-")))
            ++toStdout;
    }
    if (toStdout > 1)
        return usageError(QStringLiteral("only one reporter can write to standard output (give "
                                         "json a file: --reporter json:FILE)"));
    return {};
}

Result<void> finishRun(RunArgs &out, const CommandLine &line)
{
    if (line.positional.isEmpty())
        return usageError(QStringLiteral("no collection directory given (wirescope-cli run DIR)"));
    if (line.positional.size() > 1)
        return usageError(QStringLiteral("one collection directory only (\"%1\" is a second one)")
                              .arg(line.positional.at(1)));
    out.directory = line.positional.first();
    out.insecure = line.shared.tls.insecure;
    out.variables = line.shared.variables;
    out.environment = line.shared.environment;
    out.noKeychain = line.shared.noKeychain;
    out.allowFilesOutside = line.shared.allowFilesOutside;
    if (out.reporters.isEmpty())
        out.reporters.append(RunReporter{});
    return checkReporters(out.reporters);
}

CommandSyntax<RunArgs> runSyntax()
{
    using S = SharedOption;
    CommandSyntax<RunArgs> syntax{
        QStringLiteral("run"),
        sharedOptionSpecs(
            {S::Help, S::Insecure, S::Var, S::Env, S::NoKeychain, S::AllowFilesOutside})
            + OptionTable{{"folder", 0, "PATH", int(RunOpt::Folder)},
                          {"iterations", 'n', "N", int(RunOpt::Iterations)},
                          {"data", 'd', "FILE", int(RunOpt::Data)},
                          {"delay", 0, "MS", int(RunOpt::Delay)},
                          {"timeout", 0, "MS", int(RunOpt::Timeout)},
                          {"bail", 0, nullptr, int(RunOpt::Bail)},
                          {"no-scripts", 0, nullptr, int(RunOpt::NoScripts)},
                          {"script-timeout", 0, "MS", int(RunOpt::ScriptTimeout)},
                          {"reporter", 'r', "KIND[:FILE]", int(RunOpt::Reporter)},
                          {"env-file", 0, "FILE", int(RunOpt::EnvFile)}},
        &applyRunOption, &finishRun};
    syntax.flags = {{int(RunOpt::Bail), &RunArgs::bail},
                    {int(RunOpt::NoScripts), &RunArgs::noScripts}};
    syntax.texts = {{int(RunOpt::Folder), &RunArgs::folder},
                    {int(RunOpt::Data), &RunArgs::dataFile},
                    {int(RunOpt::EnvFile), &RunArgs::envFile}};
    return syntax;
}

} // namespace

Result<RunArgs> parseRunArgs(const QStringList &args)
{
    return parseCommand(runSyntax(), args);
}

Result<KeyValueList> parseEnvFile(const QByteArray &content)
{
    KeyValueList out;
    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        QString body = trimmed;
        if (body.startsWith(QLatin1String("export ")))
            body = body.mid(7).trimmed();
        const qsizetype eq = body.indexOf(u'=');
        if (eq <= 0)
            return usageError(QStringLiteral("env file line %1: expected NAME=value").arg(n + 1));
        const QString name = body.left(eq).trimmed();
        QString value = body.mid(eq + 1);
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        out.append(KeyValue{name, value, true, {}});
    }
    return out;
}

} // namespace wirescope::cli
