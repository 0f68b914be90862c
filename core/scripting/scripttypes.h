#pragma once

#include <QList>
#include <QString>

namespace wirescope {

/// One pm.test (or legacy `tests["name"] = bool`) and its verdict.
struct ScriptTestResult
{
    QString name;
    bool passed = false;
    bool skipped = false; ///< pm.test.skip
    QString message;      ///< why it failed ("expected 404 to equal 200")
    QString event;        ///< "prerequest" or "test"

    friend bool operator==(const ScriptTestResult &, const ScriptTestResult &) = default;
};

/// A script that could not run to its end: a syntax error, an uncaught exception, the time or
/// memory limit, runaway recursion, a call to an API that does not exist.
struct ScriptError
{
    QString event;   ///< "prerequest" or "test"
    QString origin;  ///< which script: "collection", "folder Users", "request"
    QString message; ///< "TypeError: pm.foo is not a function"
    int line = 0;    ///< 1-based within the script; 0 when unknown
    int column = 0;  ///< 1-based; 0 when unknown

    /// "prerequest script (request), line 3, column 5: SyntaxError: ..."
    QString describe() const;

    friend bool operator==(const ScriptError &, const ScriptError &) = default;
};

/// One console.log/info/warn/error call, already formatted like node's console.
struct ScriptConsoleLine
{
    enum class Level { Log, Info, Warn, Error };
    Level level = Level::Log;
    QString text;

    static QString levelName(Level level); ///< "log", "info", "warn", "error"

    friend bool operator==(const ScriptConsoleLine &, const ScriptConsoleLine &) = default;
};

/// A script as the runner hands it over: its text and where it came from.
struct ScriptSource
{
    QString origin; ///< "collection", "folder Users", "request"
    QString source;
};

} // namespace wirescope
