#include "core/scripting/scriptrunner.h"

#include "core/scripting/scriptengine.h"
#include "core/scripting/scriptthread.h"

namespace wirescope {

ScriptRunner::ScriptRunner(HttpClient *client, Placement placement, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_placement(placement)
{}

ScriptRunner::~ScriptRunner() = default;

void ScriptRunner::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs > 0 ? timeoutMs : 5000;
}

void ScriptRunner::start(const ScriptJob &job)
{
    if (m_placement == Placement::WorkerThread) {
        if (!m_thread) {
            m_thread = new ScriptThread(m_client, this);
            connect(m_thread, &ScriptThread::finished, this, &ScriptRunner::finished);
            connect(m_thread, &ScriptThread::consoleMessage, this, &ScriptRunner::consoleMessage);
        }
        m_thread->start(job, m_timeoutMs);
        return;
    }
    if (!m_engine) {
        m_engine = new ScriptEngine(m_client, this);
        connect(m_engine, &ScriptEngine::finished, this, &ScriptRunner::finished);
        connect(m_engine, &ScriptEngine::consoleMessage, this, &ScriptRunner::consoleMessage);
    }
    ScriptEngine::Limits limits = m_engine->limits();
    limits.timeoutMs = m_timeoutMs;
    m_engine->setLimits(limits);
    m_engine->cancel(); // the running job, if any, is replaced
    m_engine->start(job);
}

void ScriptRunner::cancel()
{
    if (m_thread)
        m_thread->cancel();
    if (m_engine)
        m_engine->cancel();
}

} // namespace wirescope
