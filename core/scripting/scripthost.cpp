#include "core/scripting/scripthost.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/scripting/scriptlibraries.h"
#include "core/scripting/scriptrequest.h"
#include "core/scripting/scriptrequestbridge.h"
#include "core/vars/resolver.h"

#include <QJSEngine>
#include <QJsonDocument>
#include <QTimer>

namespace wirescope {

namespace {

bool validScope(int scope)
{
    return scope >= 0 && scope <= 4;
}

ScriptScope toScope(int scope)
{
    return static_cast<ScriptScope>(scope);
}

} // namespace

ScriptHost::ScriptHost(QJSEngine *engine, HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_client(client)
{}

ScriptHost::~ScriptHost()
{
    cancelPending();
}

void ScriptHost::setRequestBridge(ScriptRequestBridge *bridge)
{
    if (m_bridge)
        m_bridge->disconnect(this);
    m_bridge = bridge;
    // Queued when the bridge lives on another thread: the answer arrives in this thread's
    // event loop while the script waits for its async work.
    if (m_bridge)
        connect(m_bridge, &ScriptRequestBridge::finished, this, &ScriptHost::onBridgeFinished);
}

void ScriptHost::begin(ScriptRunResult *result,
                       const QString &event,
                       qint64 maxBodyBytes,
                       const Exchange *exchange)
{
    cancelPending();
    m_result = result;
    m_exchange = exchange;
    m_event = event;
    m_maxBodyBytes = maxBodyBytes;
}

QString ScriptHost::pendingDescription() const
{
    QStringList parts;
    if (const qsizetype sends = m_requests.size() + m_tickets.size(); sends > 0)
        parts.append(QStringLiteral("%1 pm.sendRequest").arg(sends));
    if (!m_timers.isEmpty())
        parts.append(QStringLiteral("%1 setTimeout").arg(m_timers.size()));
    if (m_asyncTests > 0)
        parts.append(QStringLiteral("%1 pm.test waiting for done()").arg(m_asyncTests));
    return parts.join(QStringLiteral(", "));
}

void ScriptHost::cancelPending()
{
    // Called twice per script; nearly every script leaves nothing behind.
    if (m_pending == 0 && m_timers.isEmpty() && m_timerCallbacks.isEmpty() && m_requests.isEmpty()
        && m_requestCallbacks.isEmpty() && m_tickets.isEmpty()) {
        m_asyncTests = 0;
        return;
    }
    for (QTimer *timer : std::as_const(m_timers))
        delete timer;
    m_timers.clear();
    m_timerCallbacks.clear();
    const auto requests = m_requests;
    m_requests.clear();
    m_requestCallbacks.clear();
    if (m_bridge) {
        for (auto it = m_tickets.cbegin(); it != m_tickets.cend(); ++it)
            m_bridge->cancel(it.key());
    }
    m_tickets.clear();
    for (const QPointer<RequestRun> &run : requests) {
        if (run) {
            run->disconnect(this);
            run->cancel();
            run->deleteLater();
        }
    }
    m_pending = 0;
    m_asyncTests = 0;
}

bool ScriptHost::persistent(int scope) const
{
    const ScriptScope s = toScope(scope);
    return s == ScriptScope::Global || s == ScriptScope::Collection
           || s == ScriptScope::Environment;
}

QJSValue ScriptHost::requestData() const
{
    return m_result ? m_engine->toScriptValue(scriptjson::fromRequest(m_result->request))
                    : QJSValue(QJSValue::UndefinedValue);
}

QJSValue ScriptHost::responseData() const
{
    if (!m_exchange || !m_exchange->response)
        return QJSValue(QJSValue::UndefinedValue);
    // Built directly (not through QJsonObject): this runs for nearly every test script.
    const Response &response = *m_exchange->response;
    QJSValue data = m_engine->newObject();
    data.setProperty(QStringLiteral("code"), response.status);
    data.setProperty(QStringLiteral("status"), response.reason);
    data.setProperty(QStringLiteral("responseTime"), double(qRound64(m_exchange->timings.total)));
    data.setProperty(QStringLiteral("responseSize"), double(response.body.size()));
    return data;
}

QJSValue ScriptHost::responseHeaders() const
{
    QJSValue list = m_engine->newArray();
    if (!m_exchange || !m_exchange->response)
        return list;
    quint32 index = 0;
    for (const KeyValue &header : m_exchange->response->headers) {
        QJSValue item = m_engine->newObject();
        item.setProperty(QStringLiteral("key"), header.name);
        item.setProperty(QStringLiteral("value"), header.value);
        if (!header.enabled)
            item.setProperty(QStringLiteral("disabled"), true);
        list.setProperty(index++, item);
    }
    return list;
}

QString ScriptHost::responseBody() const
{
    if (!m_exchange || !m_exchange->response)
        return {};
    return QString::fromUtf8(m_exchange->response->body.read(m_maxBodyBytes));
}

QJSValue ScriptHost::varGet(int scope, const QString &name) const
{
    if (!m_result || !validScope(scope))
        return QJSValue(QJSValue::UndefinedValue);
    const auto value = m_result->variables.value(toScope(scope), name);
    return value ? m_engine->toScriptValue(*value) : QJSValue(QJSValue::UndefinedValue);
}

void ScriptHost::varSet(int scope, const QString &name, const QJSValue &value)
{
    if (!m_result || !validScope(scope))
        return;
    // Postman keeps the value's type for the rest of the run; undefined becomes null.
    QJsonValue json =
        value.isUndefined() ? QJsonValue() : m_engine->fromScriptValue<QJsonValue>(value);
    if (value.isCallable())
        json = value.toString();
    m_result->variables.set(toScope(scope), name, json);
    if (persistent(scope))
        m_result->variablesChanged = true;
}

bool ScriptHost::varUnset(int scope, const QString &name)
{
    if (!m_result || !validScope(scope))
        return false;
    const bool removed = m_result->variables.unset(toScope(scope), name);
    if (removed && persistent(scope))
        m_result->variablesChanged = true;
    return removed;
}

bool ScriptHost::varHas(int scope, const QString &name) const
{
    return m_result && validScope(scope) && m_result->variables.has(toScope(scope), name);
}

void ScriptHost::varClear(int scope)
{
    if (!m_result || !validScope(scope))
        return;
    if (!m_result->variables.names(toScope(scope)).isEmpty() && persistent(scope))
        m_result->variablesChanged = true;
    m_result->variables.clear(toScope(scope));
}

QJSValue ScriptHost::varObject(int scope) const
{
    if (!m_result || !validScope(scope))
        return m_engine->newObject();
    return m_engine->toScriptValue(m_result->variables.toObject(toScope(scope)));
}

QJSValue ScriptHost::resolve(const QString &name) const
{
    if (!m_result)
        return QJSValue(QJSValue::UndefinedValue);
    const auto value = m_result->variables.resolve(name);
    return value ? m_engine->toScriptValue(*value) : QJSValue(QJSValue::UndefinedValue);
}

QJSValue ScriptHost::resolvedObject() const
{
    if (!m_result)
        return m_engine->newObject();
    return m_engine->toScriptValue(m_result->variables.resolvedObject());
}

QString ScriptHost::replaceIn(const QString &text) const
{
    if (!m_result)
        return text;
    const DynamicVariables dynamic = m_client   ? m_client->dynamicVariables()
                                     : m_bridge ? m_bridge->dynamicVariables()
                                                : DynamicVariables{};
    return resolveText(text, m_result->variables.toContext(), dynamic).text;
}

void ScriptHost::recordTest(const QString &name, bool passed, const QString &message, bool skipped)
{
    if (!m_result)
        return;
    m_result->tests.append(
        ScriptTestResult{name, passed, skipped, passed ? QString() : message, m_event});
}

void ScriptHost::log(int level, const QString &text)
{
    const ScriptConsoleLine line{static_cast<ScriptConsoleLine::Level>(qBound(0, level, 3)), text};
    if (m_result)
        m_result->console.append(line);
    Q_EMIT consoleLine(line);
}

void ScriptHost::asyncBegin()
{
    ++m_asyncTests;
    ++m_pending;
}

void ScriptHost::asyncEnd()
{
    if (m_asyncTests == 0)
        return;
    --m_asyncTests;
    endPending();
}

void ScriptHost::endPending()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT idle();
}

int ScriptHost::setTimeout(const QJSValue &function, int ms)
{
    const int id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_timers.insert(id, timer);
    m_timerCallbacks.insert(id, function);
    ++m_pending;
    connect(timer, &QTimer::timeout, this, [this, id] {
        QTimer *t = m_timers.take(id);
        const QJSValue callback = m_timerCallbacks.take(id);
        if (t)
            t->deleteLater();
        if (m_invoke && callback.isCallable())
            m_invoke(callback, {});
        endPending();
    });
    timer->start(qMax(0, ms));
    return id;
}

void ScriptHost::clearTimeout(int id)
{
    if (QTimer *timer = m_timers.take(id)) {
        delete timer;
        m_timerCallbacks.remove(id);
        endPending();
    }
}

void ScriptHost::sendRequest(const QJSValue &request, const QJSValue &callback)
{
    const int id = m_nextId++;
    m_requestCallbacks.insert(id, callback);
    ++m_pending;
    if ((!m_client && !m_bridge) || !m_result) {
        QTimer::singleShot(0, this, [this, id] {
            const QJSValue cb = m_requestCallbacks.take(id);
            if (m_invoke && cb.isCallable())
                m_invoke(cb, {QJSValue(QStringLiteral("pm.sendRequest is not available here")),
                              QJSValue(QJSValue::NullValue)});
            endPending();
        });
        return;
    }
    const QJsonObject json = m_engine->fromScriptValue<QJsonValue>(request).toObject();
    Request r;
    r.method = QStringLiteral("GET");
    r = scriptjson::toRequest(json, r);
    if (!m_client) {
        const quint64 ticket = m_bridge->reserveTicket();
        m_tickets.insert(ticket, id);
        m_bridge->send(ticket, r, m_result->variables.toContext());
        return;
    }
    RequestRun *run = m_client->send(r, m_result->variables.toContext());
    m_requests.insert(id, run);
    connect(run, &RequestRun::finished, this,
            [this, id](const Exchange &exchange) { onSendFinished(id, exchange); });
}

void ScriptHost::onSendFinished(int id, const Exchange &exchange)
{
    const QPointer<RequestRun> run = m_requests.take(id);
    if (run)
        run->deleteLater();
    deliverResponse(id, exchange);
}

void ScriptHost::onBridgeFinished(quint64 ticket, const Exchange &exchange)
{
    // Another host's ticket, or one cancelled after its answer was already queued.
    const auto it = m_tickets.find(ticket);
    if (it == m_tickets.end())
        return;
    const int id = it.value();
    m_tickets.erase(it);
    deliverResponse(id, exchange);
}

void ScriptHost::deliverResponse(int id, const Exchange &exchange)
{
    const QJSValue callback = m_requestCallbacks.take(id);
    if (m_invoke && callback.isCallable()) {
        if (exchange.error || !exchange.response) {
            const QString message =
                exchange.error ? exchange.error->message : QStringLiteral("no response");
            m_invoke(callback, {QJSValue(message), QJSValue(QJSValue::NullValue)});
        } else {
            m_invoke(callback,
                     {QJSValue(QJSValue::NullValue),
                      m_engine->toScriptValue(scriptjson::fromExchange(exchange, m_maxBodyBytes))});
        }
    }
    endPending();
}

void ScriptHost::skipRequest()
{
    if (m_result)
        m_result->skipRequest = true;
}

void ScriptHost::setNextRequest(const QJSValue &name)
{
    if (!m_result)
        return;
    m_result->nextRequestSet = true;
    if (name.isNull() || name.isUndefined())
        m_result->nextRequest.reset();
    else
        m_result->nextRequest = name.toString();
}

QString ScriptHost::atob(const QString &text) const
{
    return QString::fromLatin1(QByteArray::fromBase64(text.toLatin1()));
}

QString ScriptHost::btoa(const QString &text) const
{
    return QString::fromLatin1(text.toLatin1().toBase64());
}

QJSValue ScriptHost::loadLibrary(const QString &name, bool internal) const
{
    QString error;
    const QJSValue module = scriptlibraries::load(*m_engine, name, internal, &error);
    return error.isEmpty() ? module : QJSValue(error);
}

} // namespace wirescope
