#pragma once

#include "core/scripting/scriptjob.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace wirescope {

class HttpClient;
class ScriptEngine;
class ScriptRequestBridge;

/// A ScriptEngine on its own thread, for callers that must never wait on a script (the
/// window: scripts may run up to their time limit). The engine is created inside the worker
/// thread (QJSEngine checks its stack against the thread it was made in). Results come back
/// as queued signals. pm.sendRequest goes through a ScriptRequestBridge to the one HttpClient
/// on the caller's thread: the worker asks (queued), the client's thread sends without
/// waiting, and the answer comes back (queued) while the script waits within its time limit.
class ScriptThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptThread)

public:
    /// @p client (not owned; may be null, then pm.sendRequest fails with a message) must live
    /// on the thread this object is created in.
    explicit ScriptThread(HttpClient *client, QObject *parent = nullptr);
    /// Interrupts a running script, then stops the thread and waits for it.
    ~ScriptThread() override;

    /// Runs @p job on the worker. A job started while another runs replaces it: only the
    /// latest job's finished() is emitted.
    void start(const ScriptJob &job, int timeoutMs = 5000);
    /// Forgets the running job (its result is dropped), interrupts its script and cancels
    /// its pm.sendRequest calls.
    void cancel();

Q_SIGNALS:
    void finished(const wirescope::ScriptRunResult &result);
    void consoleMessage(const wirescope::ScriptConsoleLine &line);

private:
    std::unique_ptr<ScriptRequestBridge> m_bridge; ///< on this object's thread; outlives the engine
    QThread m_thread;
    QObject *m_anchor = nullptr;                   ///< lives in m_thread; parent of the engine
    std::atomic<ScriptEngine *> m_engine{nullptr}; ///< created and used in m_thread only
    quint64 m_generation = 0;                      ///< touched on the caller's thread only
};

} // namespace wirescope
