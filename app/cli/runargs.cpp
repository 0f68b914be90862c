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
            return usageError(QStringLiteral("--reporter cli writes to the terminal and takes no file"));
    } else if (kind == u"json") {
        reporter.kind = RunReporter::Kind::Json;
    } else if (kind == u"junit") {
        reporter.kind = RunReporter::Kind::Junit;
        if (reporter.file.isEmpty())
            reporter.file = QStringLiteral("wirescope-junit.xml");
    } else {
        return usageError(QStringLiteral("unknown reporter \"%1\" (use cli, json[:FILE] or junit[:FILE])").arg(kind));
    }
    return reporter;
}

/// run's own options; -k and --var come from the shared table.
enum class RunOpt {
    Env = 1,
    Folder,
    Iterations,
    Data,
    Delay,
    Timeout,
    Bail,
    NoKeychain,
    NoScripts,
    ScriptTimeout,
    Reporter,
    EnvFile,
};

OptionTable runOptionTable()
{
    using S = SharedOption;
    OptionTable table = sharedOptionSpecs({S::Help, S::Insecure, S::Var});
    table.append({
        OptionSpec{"env", 'e', "NAME", int(RunOpt::Env)},
        OptionSpec{"folder", 0, "PATH", int(RunOpt::Folder)},
        OptionSpec{"iterations", 'n', "N", int(RunOpt::Iterations)},
        OptionSpec{"data", 'd', "FILE", int(RunOpt::Data)},
        OptionSpec{"delay", 0, "MS", int(RunOpt::Delay)},
        OptionSpec{"timeout", 0, "MS", int(RunOpt::Timeout)},
        OptionSpec{"bail", 0, nullptr, int(RunOpt::Bail)},
        OptionSpec{"no-keychain", 0, nullptr, int(RunOpt::NoKeychain)},
        OptionSpec{"no-scripts", 0, nullptr, int(RunOpt::NoScripts)},
        OptionSpec{"script-timeout", 0, "MS", int(RunOpt::ScriptTimeout)},
        OptionSpec{"reporter", 'r', "KIND[:FILE]", int(RunOpt::Reporter)},
        OptionSpec{"env-file", 0, "FILE", int(RunOpt::EnvFile)},
    });
    return table;
}

/// The options whose value is a whole number: where it goes and its minimum.
Result<void> applyNumber(RunArgs &out, const OptionToken &token)
{
    const RunOpt id = RunOpt(token.id);
    const int minimum = id == RunOpt::Iterations || id == RunOpt::ScriptTimeout ? 1 : 0;
    const Result<int> n = parseNonNegative(token.spelled, token.value, minimum);
    if (!n)
        return n.error();
    switch (id) {
    case RunOpt::Iterations:
        out.iterations = *n;
        out.iterationsGiven = true;
        break;
    case RunOpt::Delay:
        out.delayMs = *n;
        break;
    case RunOpt::Timeout:
        out.timeoutMs = *n;
        break;
    default:
        out.scriptTimeoutMs = *n;
        break;
    }
    return {};
}

Result<void> applyRunOption(RunArgs &out, const OptionToken &token)
{
    switch (RunOpt(token.id)) {
    case RunOpt::Env:
        out.environment = token.value;
        break;
    case RunOpt::Folder:
        out.folder = token.value;
        break;
    case RunOpt::Data:
        out.dataFile = token.value;
        break;
    case RunOpt::EnvFile:
        out.envFile = token.value;
        break;
    case RunOpt::Bail:
        out.bail = true;
        break;
    case RunOpt::NoKeychain:
        out.noKeychain = true;
        break;
    case RunOpt::NoScripts:
        out.noScripts = true;
        break;
    case RunOpt::Reporter: {
        const Result<RunReporter> reporter = parseReporter(token.value);
        if (!reporter)
            return reporter.error();
        out.reporters.append(*reporter);
        break;
    }
    default:
        return applyNumber(out, token);
    }
    return {};
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
    if (out.reporters.isEmpty())
        out.reporters.append(RunReporter{});
    return checkReporters(out.reporters);
}

} // namespace

Result<RunArgs> parseRunArgs(const QStringList &args)
{
    const auto apply = [](RunArgs &out, const OptionToken &token, CommandLine &) {
        return applyRunOption(out, token);
    };
    return parseCommand(
        CommandSyntax<RunArgs>{QStringLiteral("run"), runOptionTable(), apply, &finishRun}, args);
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
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        out.append(KeyValue{name, value, true, {}});
    }
    return out;
}

} // namespace wirescope::cli
