#pragma once

#include "core/model/error.h"
#include "core/model/keyvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wirescope::cli {

/// One --reporter: where and how results go.
struct RunReporter
{
    enum class Kind { Cli, Json, Junit };
    Kind kind = Kind::Cli;
    QString file; ///< json/junit: the file ("-" or empty for json: standard output)

    friend bool operator==(const RunReporter &, const RunReporter &) = default;
};

/// Everything `wirescope-cli run` was asked to do.
struct RunArgs
{
    QString directory;   ///< the collection directory
    QString environment; ///< --env NAME
    QString folder;      ///< --folder PATH ("Users/Admin")
    int iterations = 1;  ///< --iterations N (with --data and no -n: one per row)
    bool iterationsGiven = false;
    QString dataFile;             ///< --data FILE.csv|.json
    int delayMs = 0;              ///< --delay MS
    bool bail = false;            ///< --bail
    QList<RunReporter> reporters; ///< --reporter, repeatable; default: cli
    int timeoutMs = 0;            ///< --timeout MS per request
    bool insecure = false;        ///< --insecure / -k
    KeyValueList variables;       ///< --var name=value (highest precedence)
    QString envFile;              ///< --env-file FILE: KEY=VALUE lines (for secrets in CI)
    bool noKeychain = false;      ///< --no-keychain: do not read secrets from the keychain
    bool noScripts = false;       ///< --no-scripts: do not run pre-request and test scripts
    int scriptTimeoutMs = 5000;   ///< --script-timeout MS per script

    /// --allow-files-outside: bodies may send files from outside the collection folder
    bool allowFilesOutside = false;

    bool help = false;
};

/// Parses the arguments after `run`. Errors are Error::Kind::InvalidRequest (usage) with a
/// one-line message naming the option.
Result<RunArgs> parseRunArgs(const QStringList &args);

/// Parses an env file: `NAME=value` lines; blank lines and lines starting with '#' are
/// skipped; an optional `export ` prefix and matching surrounding quotes are removed.
/// An error names the line number of a line without '='.
Result<KeyValueList> parseEnvFile(const QByteArray &content);

} // namespace wirescope::cli
