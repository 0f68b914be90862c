#include "core/scripting/scriptthread.h"

#include "core/scripting/scriptengine.h"
#include "core/scripting/scriptrequestbridge.h"

#include <QMetaObject>

namespace wirescope {

ScriptThread::ScriptThread(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_bridge(std::make_unique<ScriptRequestBridge>(client))
    , m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("wirescope-scripts"));
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();
}

ScriptThread::~ScriptThread()
{
    if (ScriptEngine *engine = m_engine.load())
        engine->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void ScriptThread::start(const ScriptJob &job, int timeoutMs)
{
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(m_anchor, [this, job, timeoutMs, generation] {
        ScriptEngine *engine = m_engine.load();
        if (!engine) {
            engine = new ScriptEngine(nullptr, m_anchor);
            engine->setRequestBridge(m_bridge.get());
            m_engine = engine;
            connect(engine, &ScriptEngine::consoleMessage, this, &ScriptThread::consoleMessage);
        }
        engine->cancel();
        engine->disconnect(this, nullptr);
        connect(engine, &ScriptEngine::consoleMessage, this, &ScriptThread::consoleMessage);
        // Queued to this object's thread, where the generation decides whether it still counts.
        connect(engine, &ScriptEngine::finished, this,
                [this, generation](const ScriptRunResult &result) {
                    if (generation == m_generation)
                        Q_EMIT finished(result);
                });
        ScriptEngine::Limits limits = engine->limits();
        limits.timeoutMs = timeoutMs;
        engine->setLimits(limits);
        engine->start(job);
    });
}

void ScriptThread::cancel()
{
    ++m_generation;
    if (ScriptEngine *engine = m_engine.load())
        engine->interrupt();
    // A script waiting for pm.sendRequest runs no JavaScript to interrupt: stop its job (and
    // so its sends) on the worker. A job started after this call is queued behind it.
    QMetaObject::invokeMethod(m_anchor, [this] {
        if (ScriptEngine *engine = m_engine.load())
            engine->cancel();
    });
}

} // namespace wirescope
