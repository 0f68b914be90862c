#include "app/cli/interopcommands.h"

#include "app/cli/argvalues.h"
#include "app/cli/commandline.h"
#include "app/cli/commandprologue.h"
#include "app/cli/console.h"
#include "app/cli/exitcodes.h"
#include "app/cli/savedrequest.h"
#include "app/cli/subcommands.h"
#include "app/cli/terminaltext.h"
#include "core/interop/codegen.h"
#include "core/interop/exportreport.h"
#include "core/interop/importer.h"
#include "core/interop/insomniaexporter.h"
#include "core/interop/postmanexporter.h"
#include "core/model/collectionwalk.h"
#include "core/runner/effectiverequest.h"
#include "core/secrets/secretbinder.h"
#include "core/secrets/secretstore.h"
#include "core/store/collectionfiles.h"
#include "core/store/collectionjson.h"
#include "core/store/formatmigration.h"
#include "core/store/jsonfile.h"
#include "core/store/variablescopes.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>
#include <utility>

namespace wirescope::cli {

namespace {

constexpr int kKeychainTimeoutMs = 10000;

/// Starts one keychain operation with @p start and waits for its @p finished signal, at most
/// kKeychainTimeoutMs; nullopt when the keychain did not answer in time.
template<typename ResultType>
std::optional<ResultType> awaitKeychain(SecretStore &keychain,
                                        void (SecretStore::*finished)(quint64, const ResultType &),
                                        const std::function<void()> &start)
{
    QEventLoop loop;
    std::optional<ResultType> result;
    QObject::connect(&keychain, finished, &loop, [&](quint64, const ResultType &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    start();
    if (!result)
        loop.exec();
    return result;
}

QString keychainTimeout()
{
    return QStringLiteral("the keychain did not answer within %1 s").arg(kKeychainTimeoutMs / 1000);
}

/// Puts @p values in the keychain. Returns how many did not get there (they would be lost
/// with this process) and why.
std::pair<qsizetype, QString> storeInKeychain(const QHash<QString, QString> &values)
{
    SecretStore keychain;
    const auto result =
        awaitKeychain(keychain, &SecretStore::writeFinished, [&] { keychain.write(values); });
    if (!result)
        return {values.size(), keychainTimeout()};
    return {values.size() - result->stored.size(), result->error};
}

/// Fills @p collection's secret values and credentials from the keychain; warns about what
/// could not be read.
void injectFromKeychain(Collection &collection)
{
    const QStringList keys = SecretBinder::keys(collection);
    if (keys.isEmpty())
        return;
    SecretStore keychain;
    const auto result =
        awaitKeychain(keychain, &SecretStore::readFinished, [&] { keychain.read(keys); });
    if (!result) {
        printWarning(QStringLiteral("secrets: %1; they are exported empty").arg(keychainTimeout()));
        return;
    }
    if (!result->error.isEmpty())
        printWarning(QStringLiteral("secrets: %1").arg(result->error));
    SecretBinder::inject(collection, result->values);
}

/// The options of import, export and codegen (--var and --help come from the shared table).
enum class InteropOpt {
    To = 1,
    From,
    Output,
    Env,
    IncludeSecrets,
    Lang,
    NoResolve,
    SingleLine,
};

/// What import, export and codegen were given: the InteropOpt options with their values
/// (empty for a flag), the one FILE or DIR they work on, and --var for codegen.
struct InteropValues
{
    QHash<int, QString> values;
    QString target;
    KeyValueList variables;

    QString value(InteropOpt id) const { return values.value(int(id)); }
    bool has(InteropOpt id) const { return values.contains(int(id)); }
};

/// The options of @p command (import, export or codegen) beyond --help.
OptionTable interopOptions(const QString &command)
{
    using O = InteropOpt;
    if (command == u"import")
        return {{"to", 0, "DIR", int(O::To)}, {"from", 0, "FORMAT", int(O::From)}};
    if (command == u"export")
        return {{"to", 0, "FORMAT", int(O::To)},
                {"output", 'o', "FILE", int(O::Output)},
                {"env", 0, "NAME", int(O::Env)},
                {"include-secrets", 0, nullptr, int(O::IncludeSecrets)}};
    return sharedOptionSpecs({SharedOption::Var})
           + OptionTable{{"lang", 0, "LANG", int(O::Lang)},
                         {"no-resolve", 0, nullptr, int(O::NoResolve)},
                         {"single-line", 0, nullptr, int(O::SingleLine)}};
}

/// import, export and codegen: reads @p args (after the prologue: --help, usage errors)
/// with exactly one FILE or DIR (@p oneTarget says which), then does @p work.
int runInterop(const QString &command,
               const QStringList &args,
               const CommandInfo &info,
               const char *oneTarget,
               int (*work)(const InteropValues &))
{
    InteropValues v;
    const OptionTokenizer tokenizer(command, sharedOptionSpecs({SharedOption::Help})
                                                 + interopOptions(command));
    const Result<CommandLine> line =
        parseCommandLine(tokenizer, args, [&v](const OptionToken &token, CommandLine &) {
            v.values.insert(token.id, token.value);
            return Result<void>();
        });
    if (const std::optional<int> stop = commandPrologue(line, info))
        return *stop;
    if (line->positional.size() != 1)
        return reportFailure(usageError(QString::fromUtf8(oneTarget)));
    v.target = line->positional.first();
    v.variables = line->shared.variables;
    return work(v);
}

const CommandInfo s_import{&importUsage, "", ""};
const CommandInfo s_export{&exportUsage, "", ""};
const CommandInfo s_codegen{&codegenUsage, "", ""};

Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path == u"-")
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return Error{Error::Kind::File,
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}

bool writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        writeStdout(bytes);
        return true;
    }
    const QString error = store::writeFileAtomically(path, bytes);
    if (!error.isEmpty()) {
        printError(error);
        return false;
    }
    return true;
}

} // namespace

QString importUsage()
{
    return QStringLiteral(R"(Usage: wirescope-cli import FILE --to DIR [--from FORMAT]

Converts FILE into a Wirescope collection directory DIR (created; it must not hold a
collection already). FILE may be "-" for standard input, or a Bruno collection folder (the
folder holding bruno.json; nothing outside it is read).

  --from FORMAT   postman, postman-environment, insomnia (v4 and v5), har, curl, openapi
                  (3.0, 3.1 and Swagger 2.0; $refs to files beside FILE are read), bruno
                  (a folder) or http (.http/.rest files, JetBrains and VS Code dialects)
                  (detected from the content when omitted)
  --to DIR        the collection directory to write

What could not be carried over unchanged (script calls Wirescope does not implement, auth types
it does not support, ...) is printed as the import report, one line per item. Secret values
and typed credentials (passwords, tokens, API keys) go to the system keychain, never into
the files; without a keychain a warning says how many were not kept.
Exit codes: 0 imported, 2 usage or unreadable input (parse errors name line and column),
7 file error.
)");
}

QString exportUsage()
{
    return QStringLiteral(R"(Usage: wirescope-cli export DIR --to postman|insomnia|curl [-o FILE]

Writes the collection in DIR in another format, to FILE or standard output.

  --to postman        Postman Collection v2.1 JSON (WebSocket requests are reported as
                      skipped: v2.1 has no place for them)
  --to postman-environment --env NAME
                      one environment as a Postman environment file
  --to insomnia       Insomnia v5 YAML (what Insomnia 11+ imports; what it cannot hold is
                      listed as warnings)
  --to curl           a shell script with one curl command per HTTP request
  --env NAME          with --to curl: resolve {{variables}} with this environment
  --include-secrets   write secret variables' values and typed credentials, read from the
                      keychain (off: they are exported empty)
  -o, --output FILE   write to FILE (atomically) instead of standard output

HAR is exported from recorded exchanges (the History pane), not from a collection.
)");
}

QString codegenUsage()
{
    QStringList ids;
    for (CodeLanguage l : supportedLanguages())
        ids.append(codeLanguageId(l));
    return QStringLiteral(R"(Usage: wirescope-cli codegen REQUEST_FILE --lang LANG [options]

Prints code that sends the request saved in REQUEST_FILE (a .request.json file of a
collection) as Send and `wirescope-cli run` send it: inside a collection, an "inherit"
auth and the folders' and collection's headers are included.

  --lang LANG         %1
  --var name=value    a value for {{name}} (repeatable)
  --no-resolve        leave {{variables}} in the code
  --single-line       curl and HTTPie on one line

What LANG cannot express is printed as notes on standard error.
)")
        .arg(ids.join(QStringLiteral(", ")));
}

namespace {

int importFile(const InteropValues &v)
{
    const QString target = v.value(InteropOpt::To);
    if (target.isEmpty())
        return reportFailure(usageError(QStringLiteral("--to DIR is required")));
    if (QFileInfo::exists(QDir(target).filePath(QStringLiteral("collection.json"))))
        return reportFailure(usageError(
            QStringLiteral("%1 already holds a collection; choose a new directory").arg(target)));
    ImportFormat format = ImportFormat::Auto;
    if (v.has(InteropOpt::From)) {
        bool ok = false;
        format = importFormatFromName(v.value(InteropOpt::From), &ok);
        if (!ok)
            return reportFailure(
                usageError(QStringLiteral("unknown format \"%1\" (postman, postman-environment, "
                                          "insomnia, har, curl, openapi, bruno, http)")
                               .arg(v.value(InteropOpt::From))));
    }
    const QString source = v.target;
    Result<ImportResult> imported = Error{Error::Kind::Other, QString()};
    if (source != u"-" && QFileInfo(source).isDir()) {
        imported = importDirectory(source, format); // a Bruno collection folder
    } else {
        const Result<QByteArray> data = readInput(source);
        if (!data)
            return reportFailure(data.error());
        // The file's folder lets an OpenAPI document's $refs to files beside it be read.
        const QString folder = source == u"-" ? QString() : QFileInfo(source).absolutePath();
        imported = importData(*data, format, QFileInfo(source).completeBaseName(), folder);
    }
    if (!imported) {
        printError(QStringLiteral("%1: %2").arg(source, imported.error().message));
        return int(ExitCode::Usage);
    }
    Collection collection = imported->collection;
    if (collection.id.isEmpty())
        collection.id = newItemId();
    if (collection.name.isEmpty())
        collection.name = QFileInfo(source).completeBaseName();
    collection.environments += imported->environments;
    const Result<SaveReport> saved = store::saveCollectionDirectory(target, collection, {});
    if (!saved)
        return reportFailure(saved.error());
    // The files never hold secret values or typed credentials: the keychain does.
    if (const QHash<QString, QString> secrets = SecretBinder::extract(collection);
        !secrets.isEmpty()) {
        const auto [lost, why] = storeInKeychain(secrets);
        if (lost > 0)
            printWarning(QStringLiteral(
                             "%1 of %2 secret value(s) and typed credential(s) were not saved: %3. "
                             "The collection files never hold them; enter them again in "
                             "Wirescope, or refer to {{variables}} and pass those with --var "
                             "or --env-file")
                             .arg(lost)
                             .arg(secrets.size())
                             .arg(why.isEmpty() ? QStringLiteral("no keychain") : why));
    }
    writeStdout(QStringLiteral("imported %1 (%2): %3 requests, %4 environments into %5\n")
                    .arg(source, importFormatName(imported->format))
                    .arg(countRequests(collection.items))
                    .arg(collection.environments.size())
                    .arg(target)
                    .toUtf8());
    if (!imported->report.isEmpty())
        writeStdout(QStringLiteral("import report:\n%1")
                        .arg(terminalSafe(imported->report.toText(), TerminalLines::Multi))
                        .toUtf8());
    return int(ExitCode::Ok);
}

int exportCollection(const InteropValues &v)
{
    const QString to = v.value(InteropOpt::To);
    if (to == u"har")
        return reportFailure(
            usageError(QStringLiteral("HAR holds recorded exchanges and a collection has none: "
                                      "export HAR from the History pane")));
    if (to != u"postman" && to != u"postman-environment" && to != u"insomnia" && to != u"curl")
        return reportFailure(usageError(
            QStringLiteral("--to needs postman, postman-environment, insomnia or curl")));
    const Result<CollectionLoad> loaded = store::loadCollectionDirectory(v.target);
    if (!loaded)
        return reportFailure(Error{Error::Kind::File, loaded.error().message});
    for (const LoadProblem &problem : loaded->problems)
        printWarning(problem.toString() + QStringLiteral(" (not exported)"));
    Collection collection = loaded->collection;
    const bool includeSecrets = v.has(InteropOpt::IncludeSecrets);
    if (includeSecrets)
        injectFromKeychain(collection); // the files never hold them
    const QString envName = v.value(InteropOpt::Env);
    if (!envName.isEmpty() && !findEnvironment(collection, envName))
        return reportFailure(
            usageError(QStringLiteral("the collection has no environment \"%1\"").arg(envName)));
    PostmanExportOptions options;
    options.exportSecrets = includeSecrets;
    ExportReport report;
    QByteArray out;
    if (to == u"postman") {
        out = postmanJsonText(exportPostmanCollection(collection, options, &report));
    } else if (to == u"insomnia") {
        InsomniaExportOptions insomnia;
        insomnia.exportSecrets = includeSecrets;
        out = insomniaYamlText(exportInsomniaCollection(collection, insomnia, &report));
    } else if (to == u"postman-environment") {
        if (envName.isEmpty())
            return reportFailure(
                usageError(QStringLiteral("--to postman-environment needs --env NAME")));
        out = postmanJsonText(
            exportPostmanEnvironment(*findEnvironment(collection, envName), options, &report));
    } else {
        CodegenOptions codegen;
        codegen.variables = buildVariableContext({}, collection, envName);
        codegen.resolveVariables = !envName.isEmpty();
        QString script =
            QStringLiteral("#!/bin/sh\n# %1, exported by wirescope-cli\n").arg(collection.name);
        for (const RequestRef &ref : flattenRequests(collection)) {
            const auto *http = std::get_if<HttpItem>(&ref.item->node);
            if (!http) {
                printWarning(QStringLiteral("%1: WebSocket requests have no curl form (skipped)")
                                 .arg(ref.item->name()));
                continue;
            }
            const Request request = effectiveRequest(collection, ref.ancestors, *http).request;
            const Result<QString> code = generateCode(request, CodeLanguage::Curl, codegen);
            const QString title = (ref.folderPath() + QStringList{request.name}).join(u'/');
            if (!code) {
                printWarning(QStringLiteral("%1: %2 (skipped)").arg(title, code.error().message));
                continue;
            }
            script += QStringLiteral("\n# %1\n%2\n").arg(title, *code);
        }
        out = script.toUtf8();
    }
    if (!writeOutput(v.value(InteropOpt::Output), out))
        return int(ExitCode::File);
    for (const QString &line : std::as_const(report.skipped))
        printNote(QStringLiteral("skipped: ") + line);
    for (const QString &line : std::as_const(report.warnings))
        printNote(QStringLiteral("warning: ") + line);
    return int(ExitCode::Ok);
}

int generateRequestCode(const InteropValues &v)
{
    const std::optional<CodeLanguage> language = codeLanguageFromId(v.value(InteropOpt::Lang));
    if (!language)
        return reportFailure(usageError(QStringLiteral(
            "--lang needs one of the languages listed by wirescope-cli codegen --help")));
    const Result<SavedRequest> saved = loadSavedRequest(v.target);
    if (!saved)
        return reportFailure(saved.error());
    CodegenOptions options;
    options.resolveVariables = !v.has(InteropOpt::NoResolve);
    options.multiline = !v.has(InteropOpt::SingleLine);
    options.variables = localVariables(v.variables);
    // What Send and `run` put on the wire: a request inside a collection folder inherits its
    // folders' and collection's auth and headers.
    const Request request = effectiveSavedRequest(*saved).request;
    QStringList notes;
    const Result<QString> code = generateCode(request, *language, options, &notes);
    if (!code)
        return reportFailure(code.error());
    writeStdout(code->toUtf8() + (code->endsWith(u'\n') ? "" : "\n"));
    for (const QString &note : std::as_const(notes))
        printNote(note);
    return int(ExitCode::Ok);
}

} // namespace

int runImportCommand(const QStringList &args)
{
    return runInterop(QStringLiteral("import"), args, s_import,
                      "give exactly one FILE to import (wirescope-cli import FILE --to DIR)",
                      &importFile);
}

int runExportCommand(const QStringList &args)
{
    return runInterop(
        QStringLiteral("export"), args, s_export,
        "give exactly one collection directory (wirescope-cli export DIR --to FORMAT)",
        &exportCollection);
}

int runCodegenCommand(const QStringList &args)
{
    return runInterop(QStringLiteral("codegen"), args, s_codegen, "give exactly one REQUEST_FILE",
                      &generateRequestCode);
}

} // namespace wirescope::cli
