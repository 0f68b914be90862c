#include "app/cli/runargs.h"

#include "app/cli/argvalues.h"

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

} // namespace

Result<RunArgs> parseRunArgs(const QStringList &args)
{
    RunArgs out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString option = arg;
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(u'=')) {
            const qsizetype eq = arg.indexOf(u'=');
            option = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
            hasInline = true;
        }
        auto value = [&](QString *v) -> std::optional<Error> {
            if (hasInline) {
                *v = inlineValue;
                return std::nullopt;
            }
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("%1 needs a value").arg(option));
            *v = args[++i];
            return std::nullopt;
        };
        auto flag = [&]() -> std::optional<Error> {
            if (hasInline)
                return usageError(QStringLiteral("%1 takes no value").arg(option));
            return std::nullopt;
        };
        QString v;
        if (option == u"-h" || option == u"--help") {
            out.help = true;
        } else if (option == u"--env" || option == u"-e") {
            if (auto e = value(&out.environment))
                return *e;
        } else if (option == u"--folder") {
            if (auto e = value(&out.folder))
                return *e;
        } else if (option == u"--iterations" || option == u"-n") {
            if (auto e = value(&v))
                return *e;
            const Result<int> n = parseNonNegative(option, v, 1);
            if (!n)
                return n.error();
            out.iterations = *n;
            out.iterationsGiven = true;
        } else if (option == u"--data" || option == u"-d") {
            if (auto e = value(&out.dataFile))
                return *e;
        } else if (option == u"--delay") {
            if (auto e = value(&v))
                return *e;
            const Result<int> n = parseNonNegative(option, v);
            if (!n)
                return n.error();
            out.delayMs = *n;
        } else if (option == u"--timeout") {
            if (auto e = value(&v))
                return *e;
            const Result<int> n = parseNonNegative(option, v);
            if (!n)
                return n.error();
            out.timeoutMs = *n;
        } else if (option == u"--bail") {
            if (auto e = flag())
                return *e;
            out.bail = true;
        } else if (option == u"--insecure" || option == u"-k") {
            if (auto e = flag())
                return *e;
            out.insecure = true;
        } else if (option == u"--no-keychain") {
            if (auto e = flag())
                return *e;
            out.noKeychain = true;
        } else if (option == u"--no-scripts") {
            if (auto e = flag())
                return *e;
            out.noScripts = true;
        } else if (option == u"--script-timeout") {
            if (auto e = value(&v))
                return *e;
            const Result<int> n = parseNonNegative(option, v, 1);
            if (!n)
                return n.error();
            out.scriptTimeoutMs = *n;
        } else if (option == u"--reporter" || option == u"-r") {
            if (auto e = value(&v))
                return *e;
            const Result<RunReporter> reporter = parseReporter(v);
            if (!reporter)
                return reporter.error();
            out.reporters.append(*reporter);
        } else if (option == u"--var") {
            if (auto e = value(&v))
                return *e;
            const qsizetype eq = v.indexOf(u'=');
            const QString name = eq < 0 ? QString() : v.left(eq).trimmed();
            if (name.isEmpty())
                return usageError(QStringLiteral("--var needs name=value, not \"%1\"").arg(v));
            out.variables.append(KeyValue{name, v.mid(eq + 1), true, {}});
        } else if (option == u"--env-file") {
            if (auto e = value(&out.envFile))
                return *e;
        } else if (option.startsWith(u'-') && option.size() > 1) {
            return usageError(QStringLiteral("unknown option %1 (try wirescope-cli run --help)").arg(option));
        } else if (out.directory.isEmpty()) {
            out.directory = arg;
        } else {
            return usageError(QStringLiteral("one collection directory only (\"%1\" is a second one)").arg(arg));
        }
    }
    if (out.help)
        return out;
    if (out.directory.isEmpty())
        return usageError(QStringLiteral("no collection directory given (wirescope-cli run DIR)"));
    if (out.reporters.isEmpty())
        out.reporters.append(RunReporter{});
    int toStdout = 0;
    for (const RunReporter &r : std::as_const(out.reporters)) {
        if (r.kind == RunReporter::Kind::Cli || (r.kind == RunReporter::Kind::Json && (r.file.isEmpty() || r.file == u"-")))
            ++toStdout;
    }
    if (toStdout > 1)
        return usageError(QStringLiteral("only one reporter can write to standard output (give json a file: --reporter json:FILE)"));
    return out;
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
