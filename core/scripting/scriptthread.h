#pragma once

#include "core/scripting/scriptjob.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace wirescope {

class ScriptEngine;

/// A ScriptEngine on its own thread, for callers that must never wait on a script (the
/// window: scripts may run up to their time limit). The engine is created inside the worker
/// thread (QJSEngine checks its stack against the thread it was made in). Results come back
/// as queued signals. pm.sendRequest is not available on this engine: the one HttpClient
/// lives on the caller's thread.
class ScriptThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptThread)

public:
    explicit ScriptThread(QObject *parent = nullptr);
    /// Interrupts a running script, then stops the thread and waits for it.
    ~ScriptThread() override;

    /// Runs @p job on the worker. A job started while another runs replaces it: only the
    /// latest job's finished() is emitted.
    void start(const ScriptJob &job, int timeoutMs = 5000);
    /// Forgets the running job (its result is dropped) and interrupts its script.
    void cancel();

Q_SIGNALS:
    void finished(const wirescope::ScriptRunResult &result);
    void consoleMessage(const wirescope::ScriptConsoleLine &line);

private:
    QThread m_thread;
    QObject *m_anchor = nullptr;              ///< lives in m_thread; parent of the engine
    std::atomic<ScriptEngine *> m_engine{nullptr}; ///< created and used in m_thread only
    quint64 m_generation = 0;                 ///< touched on the caller's thread only
};

} // namespace wirescope
