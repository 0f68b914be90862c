#pragma once

#include "core/scripting/scriptjob.h"
#include "core/scripting/scriptwatchdog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJSValue>
#include <QObject>

#include <memory>

class QJSEngine;
class QTimer;

namespace wirescope {

class HttpClient;
class ScriptHost;
class ScriptRequestBridge;

/// Runs Postman-style pre-request and test scripts in a sandboxed QJSEngine. One engine per
/// run: chai and the pm API are loaded once, but each script gets a fresh scope (what a
/// script leaves on the global object is removed before the next one), so scripts share
/// state only through the pm API. There is no require, no file access and no network
/// access except pm.sendRequest through the one HttpClient.
///
/// A watchdog thread interrupts a script that runs past its time limit or makes the process
/// grow past a memory budget; runaway recursion hits QJSEngine's stack limit. Each becomes a
/// ScriptError on the job, never a crash or a hang. Jobs run on the engine's thread (the
/// thread it was created in); start() returns at once and finished() follows.
class ScriptEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptEngine)

public:
    struct Limits
    {
        int timeoutMs = 5000;                     ///< per script, its callbacks included
        qint64 memoryBytes = 256LL * 1024 * 1024; ///< growth of the process while a script runs
        qint64 maxBodyBytes = 64LL * 1024 * 1024; ///< response text a script sees
    };

    explicit ScriptEngine(HttpClient *client,
                          QObject *parent = nullptr); // client not owned, may be null
    ~ScriptEngine() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    /// For an engine without a client (on a worker thread): pm.sendRequest goes through
    /// @p bridge (not owned; must outlive the engine) to the HttpClient on its thread.
    void setRequestBridge(ScriptRequestBridge *bridge);
    const Limits &limits() const { return m_limits; }

    /// Runs @p job's scripts in order. Returns false (and does nothing) while a job runs.
    bool start(const ScriptJob &job);
    /// Stops the job; finished() is not emitted.
    void cancel();
    /// Interrupts the JavaScript running now (thread-safe: QJSEngine::setInterrupted). The
    /// script ends with a time-limit error; for a quick shutdown from another thread.
    void interrupt();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// A console.log/info/warn/error call, as it happens.
    void consoleMessage(const wirescope::ScriptConsoleLine &line);
    void finished(const wirescope::ScriptRunResult &result);

private:
    bool loadPrelude();
    void nextScript();
    void startScript(const ScriptSource &script);
    /// Calls @p function under the watchdog; a thrown error ends the current script.
    bool
    call(const QJSValue &function, const QJSValueList &arguments, QJSValue *returned = nullptr);
    void onHostIdle();
    void onBudgetExpired();
    void endScript();
    void addError(const QString &message, int line, int column);
    ScriptError errorFromValue(const QJSValue &error) const;

    std::unique_ptr<QJSEngine> m_js;
    std::unique_ptr<ScriptWatchdog> m_watchdog;
    ScriptHost *m_host = nullptr; // child
    QTimer *m_budget = nullptr;   // child
    Limits m_limits;
    /// A script's wrapper, compiled once per event and text.
    struct Compiled
    {
        QJSValue function;
        QJSValue needs; ///< per sandbox "lazy" name: does the text mention it
    };

    QJSValue m_api;
    QJSValue m_runScript; ///< sandbox functions, looked up once
    QJSValue m_endScript;
    QJSValue m_invokeScript;
    QHash<QString, QString> m_parameters; ///< event -> the wrapper's parameter list
    QStringList m_lazyNames;
    QHash<QString, Compiled> m_compiled; ///< event + '\n' + script text -> compiled wrapper
    QString m_preludeError;
    ScriptJob m_job;
    ScriptRunResult m_result;
    int m_index = 0;
    bool m_scriptStarted = false; ///< run() was called; end() is still due
    QString m_origin;
    QElapsedTimer m_scriptClock;
    bool m_running = false;
    bool m_inScript = false;
    bool m_scriptFailed = false;
};

} // namespace wirescope
