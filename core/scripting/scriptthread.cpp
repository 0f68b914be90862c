#include "core/scripting/scriptthread.h"

#include "core/scripting/scriptengine.h"

#include <QMetaObject>

namespace wirescope {

ScriptThread::ScriptThread(QObject *parent) : QObject(parent), m_anchor(new QObject)
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
            m_engine = engine;
            connect(engine, &ScriptEngine::consoleMessage, this, &ScriptThread::consoleMessage);
        }
        engine->cancel();
        engine->disconnect(this, nullptr);
        connect(engine, &ScriptEngine::consoleMessage, this, &ScriptThread::consoleMessage);
        // Queued to this object's thread, where the generation decides whether it still counts.
        connect(engine, &ScriptEngine::finished, this, [this, generation](const ScriptRunResult &result) {
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
}

} // namespace wirescope
