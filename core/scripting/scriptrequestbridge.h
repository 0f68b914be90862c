#pragma once

#include "core/model/exchange.h"
#include "core/model/request.h"
#include "core/vars/resolver.h"
#include "core/vars/variablecontext.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>

namespace wirescope {

class HttpClient;
class RequestRun;

/// pm.sendRequest for scripts on another thread. It lives on the HttpClient's thread; a
/// ScriptHost on a worker thread calls send() and cancel() (both thread-safe: they queue the
/// work to this object's thread) and gets finished() queued back into its own event loop.
/// Nothing here waits, so the client's thread (the window's) is never blocked by a script.
class ScriptRequestBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptRequestBridge)

public:
    /// @p client (not owned) must live on the thread this object is created in.
    explicit ScriptRequestBridge(HttpClient *client, QObject *parent = nullptr);
    ~ScriptRequestBridge() override;

    /// A number no other send of this bridge uses (thread-safe).
    quint64 reserveTicket() { return m_nextTicket.fetch_add(1) + 1; }
    /// Sends @p request with @p context through the client; finished(@p ticket, ...) follows,
    /// also for a request that fails. Thread-safe.
    void send(quint64 ticket, const Request &request, const VariableContext &context);
    /// Cancels the send of @p ticket; its finished() is not emitted. Thread-safe.
    void cancel(quint64 ticket);
    /// The client's generators for {{$uuid}} and friends, copied at construction (so they
    /// can be read from the worker thread without touching the client).
    const DynamicVariables &dynamicVariables() const { return m_dynamic; }
    /// Sends in flight (on this object's thread).
    int inFlight() const { return int(m_runs.size()); }

Q_SIGNALS:
    void finished(quint64 ticket, const wirescope::Exchange &exchange);

private:
    void startSend(quint64 ticket, const Request &request, const VariableContext &context);
    void stopSend(quint64 ticket);

    QPointer<HttpClient> m_client;
    const DynamicVariables m_dynamic;
    QHash<quint64, QPointer<RequestRun>> m_runs;
    std::atomic<quint64> m_nextTicket{0};
};

} // namespace wirescope
