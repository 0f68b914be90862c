#pragma once

#include "core/scripting/scriptjob.h"

#include <QObject>

namespace wirescope {

class HttpClient;
class ScriptEngine;
class ScriptThread;

/// Where an exchange's scripts run, made once by its owner and lent to every ExchangeJob:
/// on the caller's thread (a ScriptEngine: the CLI and the collection runner, where nobody
/// waits for a window and pm.sendRequest is the quickest), or on a worker thread (a
/// ScriptThread: the window, which must never wait on a script). The engine is made at the
/// first script, so a run without scripts never pays for chai and the pm API.
class ScriptRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptRunner)

public:
    enum class Placement { CallerThread, WorkerThread };

    /// @p client (not owned, may be null) serves pm.sendRequest.
    ScriptRunner(HttpClient *client, Placement placement, QObject *parent = nullptr);
    ~ScriptRunner() override;

    Placement placement() const { return m_placement; }
    /// Per script; 0 keeps the engine's default (5 s).
    void setTimeoutMs(int timeoutMs);
    int timeoutMs() const { return m_timeoutMs; }

    /// Runs @p job; finished() follows (never from inside this call). A job started while
    /// another runs replaces it: only the latest job's finished() is emitted.
    void start(const ScriptJob &job);
    /// Drops the running job: its finished() is not emitted.
    void cancel();

Q_SIGNALS:
    void finished(const wirescope::ScriptRunResult &result);
    void consoleMessage(const wirescope::ScriptConsoleLine &line);

private:
    HttpClient *m_client; // not owned
    Placement m_placement;
    int m_timeoutMs = 5000;
    ScriptEngine *m_engine = nullptr; // child, CallerThread only, made at the first job
    ScriptThread *m_thread = nullptr; // child, WorkerThread only, made at the first job
};

} // namespace wirescope
