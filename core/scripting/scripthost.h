#pragma once

#include "core/scripting/scriptjob.h"

#include <QHash>
#include <QJSValue>
#include <QObject>
#include <QPointer>

#include <functional>

class QJSEngine;
class QTimer;

namespace wirescope {

class HttpClient;
class RequestRun;
class ScriptRequestBridge;

/// The C++ side of the sandbox, exposed to sandbox.js (and only to it) as `host`: variable
/// scopes, test results, console lines, timers and pm.sendRequest. It works on the
/// ScriptRunResult of the job in progress. Asynchronous work (timers, requests, pm.test with
/// done) is counted, so the engine knows when a script has really finished.
class ScriptHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptHost)

public:
    /// Calls a JavaScript function under the engine's watchdog; set by ScriptEngine.
    using Invoker = std::function<void(const QJSValue &function, const QJSValueList &arguments)>;

    ScriptHost(QJSEngine *engine, HttpClient *client, QObject *parent = nullptr);
    ~ScriptHost() override;

    /// Starts a script of @p event; results go to @p result and pm.response comes from
    /// @p exchange (neither owned, both outlive the script; @p exchange may be null).
    void begin(ScriptRunResult *result,
               const QString &event,
               qint64 maxBodyBytes,
               const Exchange *exchange = nullptr);
    void setInvoker(Invoker invoker) { m_invoke = std::move(invoker); }
    /// Sends pm.sendRequest through @p bridge (not owned; it outlives this host), for a host on
    /// another thread than the HttpClient. Used when the host has no client of its own.
    void setRequestBridge(ScriptRequestBridge *bridge);
    /// Timers, requests and async tests still running.
    int pending() const { return m_pending; }
    /// What is still pending, for the timeout message ("1 pm.sendRequest, 1 setTimeout").
    QString pendingDescription() const;
    /// Stops timers and requests and forgets their callbacks.
    void cancelPending();

    /// pm.request's data: the request as the scripts before this one left it.
    Q_INVOKABLE QJSValue requestData() const;
    /// pm.response's code, status, responseTime and responseSize (undefined when the job has
    /// no response). Its headers and body come separately, when a script first reads them.
    Q_INVOKABLE QJSValue responseData() const;
    Q_INVOKABLE QJSValue responseHeaders() const;
    Q_INVOKABLE QString responseBody() const;
    Q_INVOKABLE QJSValue varGet(int scope, const QString &name) const;
    Q_INVOKABLE void varSet(int scope, const QString &name, const QJSValue &value);
    Q_INVOKABLE bool varUnset(int scope, const QString &name);
    Q_INVOKABLE bool varHas(int scope, const QString &name) const;
    Q_INVOKABLE void varClear(int scope);
    Q_INVOKABLE QJSValue varObject(int scope) const;
    Q_INVOKABLE QJSValue resolve(const QString &name) const;
    Q_INVOKABLE QJSValue resolvedObject() const;
    Q_INVOKABLE QString replaceIn(const QString &text) const;

    Q_INVOKABLE void
    recordTest(const QString &name, bool passed, const QString &message, bool skipped);
    Q_INVOKABLE void log(int level, const QString &text);
    Q_INVOKABLE void asyncBegin();
    Q_INVOKABLE void asyncEnd();
    Q_INVOKABLE int setTimeout(const QJSValue &function, int ms);
    Q_INVOKABLE void clearTimeout(int id);
    Q_INVOKABLE void sendRequest(const QJSValue &request, const QJSValue &callback);
    Q_INVOKABLE void skipRequest();
    Q_INVOKABLE void setNextRequest(const QJSValue &name);
    Q_INVOKABLE QString atob(const QString &text) const;
    Q_INVOKABLE QString btoa(const QString &text) const;
    /// The bundled library @p name compiled afresh, as a function of `console` that returns
    /// the module (sandbox.js keeps one per engine), or a string saying why not. @p internal
    /// also allows the libraries scripts cannot require.
    Q_INVOKABLE QJSValue loadLibrary(const QString &name, bool internal) const;

Q_SIGNALS:
    void consoleLine(const wirescope::ScriptConsoleLine &line);
    /// The last pending operation ended.
    void idle();

private:
    void endPending();
    void onSendFinished(int id, const Exchange &exchange);
    void onBridgeFinished(quint64 ticket, const Exchange &exchange);
    void deliverResponse(int id, const Exchange &exchange);
    bool persistent(int scope) const;

    QJSEngine *m_engine;  // not owned
    HttpClient *m_client; // not owned; may be null (pm.sendRequest then needs the bridge)
    ScriptRunResult *m_result = nullptr;  // not owned
    const Exchange *m_exchange = nullptr; // not owned
    QString m_event;
    qint64 m_maxBodyBytes = 0;
    Invoker m_invoke;
    int m_pending = 0;
    int m_asyncTests = 0;
    int m_nextId = 1;
    QHash<int, QTimer *> m_timers; // children
    QHash<int, QJSValue> m_timerCallbacks;
    QHash<int, QPointer<RequestRun>> m_requests;
    QHash<int, QJSValue> m_requestCallbacks;
    ScriptRequestBridge *m_bridge = nullptr; // not owned
    QHash<quint64, int> m_tickets;           ///< bridge ticket -> request id, for sends in flight
};

} // namespace wirescope
