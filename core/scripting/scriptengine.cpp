#include "core/scripting/scriptengine.h"

#include "core/scripting/scripthost.h"
#include "core/scripting/scriptlibraries.h"
#include "core/scripting/scriptrequest.h"

#include <QJSEngine>
#include <QRegularExpression>
#include <QTimer>

namespace wirescope {

namespace {

const QString kScriptFile = QStringLiteral("wirescope-script");
/// Compiled scripts kept per engine (a run's collection rarely has more distinct scripts).
constexpr qsizetype kMaxCompiled = 512;

/// The first frame of @p stack inside the user's script ("fn@file:wirescope-script:3").
int scriptLine(const QString &stack)
{
    static const QRegularExpression frame(QStringLiteral("wirescope-script:(\\d+)"));
    const QRegularExpressionMatch m = frame.match(stack);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool identifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

/// True when @p source may refer to the variable @p name: an occurrence that is not part of
/// a longer identifier and not a property access (".name"; "...name" is a spread, so it
/// counts). Strings and comments count too: a false "yes" only costs time. Direct eval,
/// `arguments` and unicode escapes in identifiers can reach a name without spelling it, so
/// a script with any of them gets every name.
bool mentionsName(const QString &source, const QString &name)
{
    static const QString escapes[] = {QStringLiteral("eval"), QStringLiteral("arguments"),
                                      QStringLiteral("\\u")};
    for (const QString &e : escapes) {
        if (source.contains(e))
            return true;
    }
    for (qsizetype at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if (at > 0 && identifierChar(source.at(at - 1)))
            continue;
        if (end < source.size() && identifierChar(source.at(end)))
            continue;
        qsizetype before = at - 1;
        while (before >= 0 && source.at(before).isSpace())
            --before;
        if (before >= 0 && source.at(before) == u'.'
            && !(before >= 2 && source.mid(before - 2, 3) == u"..."))
            continue;
        return true;
    }
    return false;
}

QString seconds(int ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000) : QStringLiteral("%1 ms").arg(ms);
}

} // namespace

ScriptEngine::ScriptEngine(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_js(std::make_unique<QJSEngine>())
    , m_watchdog(std::make_unique<ScriptWatchdog>(m_js.get()))
    , m_host(new ScriptHost(m_js.get(), client, this))
    , m_budget(new QTimer(this))
{
    m_budget->setSingleShot(true);
    connect(m_budget, &QTimer::timeout, this, &ScriptEngine::onBudgetExpired);
    connect(m_host, &ScriptHost::idle, this, &ScriptEngine::onHostIdle);
    connect(m_host, &ScriptHost::consoleLine, this, &ScriptEngine::consoleMessage);
    m_host->setInvoker([this](const QJSValue &function, const QJSValueList &arguments) {
        if (!m_inScript)
            return;
        QJSValue array = m_js->newArray(uint(arguments.size()));
        for (qsizetype i = 0; i < arguments.size(); ++i)
            array.setProperty(quint32(i), arguments.at(i));
        QJSValue returned;
        if (!call(m_invokeScript, {function, array}, &returned) || !returned.isNull()) {
            if (!returned.isNull() && !returned.isUndefined() && !m_scriptFailed) {
                m_scriptFailed = true;
                const QString stack = returned.property(QStringLiteral("stack")).toString();
                addError(returned.property(QStringLiteral("message")).toString(), scriptLine(stack),
                         0);
            }
            // The script is over once one of its callbacks threw; end it after the host's
            // bookkeeping for this callback is done.
            m_host->cancelPending();
            const int index = m_index;
            QTimer::singleShot(0, this, [this, index] {
                if (m_inScript && m_index == index)
                    endScript();
            });
        }
    });
}

ScriptEngine::~ScriptEngine()
{
    // JavaScript values must go before the engine that holds them.
    m_budget->stop();
    delete m_host;
    m_host = nullptr;
    m_api = QJSValue();
    m_runScript = QJSValue();
    m_endScript = QJSValue();
    m_invokeScript = QJSValue();
    m_compiled.clear();
    m_watchdog.reset();
    m_js.reset();
}

void ScriptEngine::setRequestBridge(ScriptRequestBridge *bridge)
{
    m_host->setRequestBridge(bridge);
}

bool ScriptEngine::loadPrelude()
{
    if (!m_api.isUndefined() || !m_preludeError.isEmpty())
        return m_preludeError.isEmpty();
    QString error;
    const QString chaiSource =
        scriptlibraries::readResource(QStringLiteral("chai-4.5.0.js"), &error);
    const QString chaiPostmanSource =
        scriptlibraries::readResource(QStringLiteral("chai-postman-2.0.1.js"), &error);
    const QString sandboxSource =
        scriptlibraries::readResource(QStringLiteral("sandbox.js"), &error);
    if (!error.isEmpty()) {
        m_preludeError = error;
        return false;
    }
    const QJSValue chai =
        scriptlibraries::evaluateModule(*m_js, chaiSource, QStringLiteral("wirescope-chai.js"));
    const QJSValue chaiPostman =
        m_js->evaluate(chaiPostmanSource, QStringLiteral("wirescope-chai-postman.js"));
    const QJSValue sandbox = m_js->evaluate(sandboxSource, QStringLiteral("wirescope-sandbox.js"));
    for (const QJSValue &v : {chai, chaiPostman, sandbox}) {
        if (v.isError()) {
            m_preludeError = QStringLiteral("the script sandbox did not load: ") + v.toString();
            return false;
        }
    }
    QJSEngine::setObjectOwnership(m_host, QJSEngine::CppOwnership);
    m_api = sandbox.call({m_js->newQObject(m_host), chai, chaiPostman});
    if (m_api.isError() || !m_api.isObject()) {
        m_preludeError = QStringLiteral("the script sandbox did not start: ") + m_api.toString();
        m_api = QJSValue();
        return false;
    }
    m_runScript = m_api.property(QStringLiteral("run"));
    m_endScript = m_api.property(QStringLiteral("end"));
    m_invokeScript = m_api.property(QStringLiteral("invoke"));
    const QVariantMap names = m_api.property(QStringLiteral("names")).toVariant().toMap();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_parameters.insert(it.key(), it.value().toStringList().join(QStringLiteral(", ")));
    m_lazyNames = m_api.property(QStringLiteral("lazyNames")).toVariant().toStringList();
    return true;
}

bool ScriptEngine::start(const ScriptJob &job)
{
    if (m_running)
        return false;
    m_job = job;
    m_result = ScriptRunResult{};
    m_result.request = job.request;
    m_result.variables = job.variables;
    m_index = 0;
    m_running = true;
    // A queued call, not a zero timer: it is one posted event, and the runner starts a job
    // for nearly every request.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_running)
                nextScript();
        },
        Qt::QueuedConnection);
    return true;
}

void ScriptEngine::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_inScript = false;
    m_budget->stop();
    m_host->cancelPending();
    if (m_scriptStarted) {
        // The result is dropped, but the next script must find the global object as it was.
        m_scriptStarted = false;
        m_scriptClock.start();
        call(m_endScript, {});
    }
}

void ScriptEngine::interrupt()
{
    m_js->setInterrupted(true);
}

void ScriptEngine::nextScript()
{
    while (m_running && m_index < m_job.scripts.size()
           && m_job.scripts.at(m_index).source.trimmed().isEmpty())
        ++m_index;
    if (!m_running)
        return;
    if (m_index >= m_job.scripts.size()) {
        m_running = false;
        Q_EMIT finished(m_result);
        return;
    }
    startScript(m_job.scripts.at(m_index));
}

void ScriptEngine::startScript(const ScriptSource &script)
{
    m_origin = script.origin;
    m_scriptFailed = false;
    m_inScript = true;
    m_scriptClock.start();
    m_host->begin(&m_result, m_job.event, m_limits.maxBodyBytes,
                  m_job.exchange ? &*m_job.exchange : nullptr);
    if (!loadPrelude()) {
        addError(m_preludeError, 0, 0);
        endScript();
        return;
    }

    // Line 0 is the wrapper's, so the script's first line is line 1 in every message. A
    // compiled wrapper is reused for the same event and text: each call gets its own scope.
    const QString event =
        m_parameters.contains(m_job.event) ? m_job.event : QStringLiteral("prerequest");
    const QString key = event + u'\n' + script.source;
    QStringList trace;
    Compiled compiled = m_compiled.value(key);
    QJSValue function = compiled.function;
    if (function.isUndefined()) {
        const QString wrapper = QStringLiteral("(function (") + m_parameters.value(event)
                                + QStringLiteral(") {\n") + script.source + QStringLiteral("\n})");
        m_js->setInterrupted(false); // a stale interrupt() must not fail the compile
        function = m_js->evaluate(wrapper, kScriptFile, 0, &trace);
        if (function.isCallable() && !function.isError()) {
            compiled.function = function;
            compiled.needs = m_js->newArray(uint(m_lazyNames.size()));
            for (qsizetype i = 0; i < m_lazyNames.size(); ++i)
                compiled.needs.setProperty(quint32(i),
                                           mentionsName(script.source, m_lazyNames.at(i)));
            if (m_compiled.size() >= kMaxCompiled)
                m_compiled.clear();
            m_compiled.insert(key, compiled);
        }
    }
    if (function.isError() || !function.isCallable()) {
        int line = function.property(QStringLiteral("lineNumber")).toInt();
        int column = 0;
        // A syntax error's trace entry reads "function:line:column:file".
        if (!trace.isEmpty()) {
            const QStringList parts = trace.constFirst().split(u':');
            if (parts.size() >= 3) {
                line = parts.at(1).toInt();
                column = parts.at(2).toInt();
            }
        }
        // An error at the wrapper's closing line means the script ended too early.
        const int lines = int(script.source.count(u'\n')) + 1;
        if (line > lines) {
            line = lines;
            column = 0;
        }
        addError(function.toString(), line, column > 0 ? column : 0);
        endScript();
        return;
    }
    const bool hasResponse = m_job.exchange && m_job.exchange->response;
    QJSValue returned;
    m_scriptStarted = true;
    const bool ran = call(m_runScript,
                          {function, QJSValue(m_job.event), QJSValue(m_job.iteration),
                           QJSValue(m_job.iterationCount), QJSValue(m_job.requestName),
                           QJSValue(m_job.requestId), QJSValue(hasResponse), compiled.needs},
                          &returned);
    if (ran && !returned.isNull() && !returned.isUndefined()) {
        const QString stack = returned.property(QStringLiteral("stack")).toString();
        addError(returned.property(QStringLiteral("message")).toString(), scriptLine(stack), 0);
        m_scriptFailed = true;
    }
    if (!ran || m_scriptFailed || m_host->pending() == 0) {
        endScript();
        return;
    }
    m_budget->start(int(qMax<qint64>(1, m_limits.timeoutMs - m_scriptClock.elapsed())));
}

bool ScriptEngine::call(const QJSValue &function, const QJSValueList &arguments, QJSValue *returned)
{
    const qint64 remaining = m_limits.timeoutMs - m_scriptClock.elapsed();
    if (remaining <= 0) {
        addError(QStringLiteral("the script ran for more than %1 and was stopped")
                     .arg(seconds(m_limits.timeoutMs)),
                 0, 0);
        m_scriptFailed = true;
        return false;
    }
    m_js->setInterrupted(false); // a stale interrupt() must not stop this call
    m_watchdog->arm(int(remaining), m_limits.memoryBytes);
    const QJSValue result = function.call(arguments);
    const ScriptWatchdog::Reason reason = m_watchdog->disarm();
    const bool interrupted = m_js->isInterrupted();
    m_js->setInterrupted(false);
    if (reason == ScriptWatchdog::Reason::Time
        || (interrupted && reason == ScriptWatchdog::Reason::None)) {
        addError(
            QStringLiteral("the script ran for more than %1 and was stopped (an endless loop?)")
                .arg(seconds(m_limits.timeoutMs)),
            0, 0);
        m_scriptFailed = true;
        return false;
    }
    if (reason == ScriptWatchdog::Reason::Memory) {
        m_js->collectGarbage();
        addError(QStringLiteral("the script used more than %1 MiB of memory and was stopped")
                     .arg(m_limits.memoryBytes / (1024 * 1024)),
                 0, 0);
        m_scriptFailed = true;
        return false;
    }
    if (result.isError()) {
        const ScriptError e = errorFromValue(result);
        addError(e.message, e.line, e.column);
        m_scriptFailed = true;
        return false;
    }
    if (returned)
        *returned = result;
    return true;
}

ScriptError ScriptEngine::errorFromValue(const QJSValue &error) const
{
    ScriptError e;
    e.message = error.toString();
    e.line = scriptLine(error.property(QStringLiteral("stack")).toString());
    return e;
}

void ScriptEngine::addError(const QString &message, int line, int column)
{
    m_result.errors.append(ScriptError{m_job.event, m_origin, message, line, column});
}

void ScriptEngine::onHostIdle()
{
    // Also emitted while a call is still on the stack (done() called synchronously):
    // startScript() checks pending() itself once the script body returns.
    if (!m_inScript || !m_budget->isActive())
        return;
    m_budget->stop();
    const int index = m_index;
    QTimer::singleShot(0, this, [this, index] {
        if (m_inScript && m_index == index)
            endScript();
    });
}

void ScriptEngine::onBudgetExpired()
{
    if (!m_inScript)
        return;
    addError(QStringLiteral("the script did not finish within %1: still waiting for %2")
                 .arg(seconds(m_limits.timeoutMs), m_host->pendingDescription()),
             0, 0);
    m_host->cancelPending();
    endScript();
}

void ScriptEngine::endScript()
{
    if (!m_inScript)
        return;
    m_inScript = false;
    m_budget->stop();
    m_host->cancelPending();
    if (m_scriptStarted) {
        // Legacy tests[] count even when the script failed half-way, as in Postman; end() also
        // puts the global object back for the next script.
        m_scriptStarted = false;
        m_inScript = true; // call() reports into this script
        m_scriptClock.start();
        QJSValue request;
        if (call(m_endScript, {}, &request) && m_job.event == u"prerequest" && request.isObject())
            m_result.request = scriptjson::toRequest(
                m_js->fromScriptValue<QJsonValue>(request).toObject(), m_result.request);
        m_inScript = false;
    }
    ++m_index;
    nextScript();
}

} // namespace wirescope
