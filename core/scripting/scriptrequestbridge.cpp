#include "core/scripting/scriptrequestbridge.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"

#include <QMetaObject>

namespace wirescope {

ScriptRequestBridge::ScriptRequestBridge(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dynamic(client ? client->dynamicVariables() : DynamicVariables{})
{
    Q_ASSERT(!client || client->thread() == thread());
}

ScriptRequestBridge::~ScriptRequestBridge()
{
    for (const QPointer<RequestRun> &run : std::as_const(m_runs)) {
        if (run) {
            run->disconnect(this);
            delete run.data(); // deleting the handle cancels the exchange
        }
    }
}

void ScriptRequestBridge::send(quint64 ticket,
                               const Request &request,
                               const VariableContext &context)
{
    // Queued even on this thread: finished() must never come from inside send().
    QMetaObject::invokeMethod(
        this, [this, ticket, request, context] { startSend(ticket, request, context); },
        Qt::QueuedConnection);
}

void ScriptRequestBridge::cancel(quint64 ticket)
{
    QMetaObject::invokeMethod(
        this, [this, ticket] { stopSend(ticket); }, Qt::QueuedConnection);
}

void ScriptRequestBridge::startSend(quint64 ticket,
                                    const Request &request,
                                    const VariableContext &context)
{
    if (!m_client) {
        Exchange failed;
        failed.request = request;
        failed.error =
            Error{Error::Kind::Other, QStringLiteral("pm.sendRequest: the HTTP client is gone")};
        Q_EMIT finished(ticket, failed);
        return;
    }
    RequestRun *run = m_client->send(request, context);
    m_runs.insert(ticket, run);
    connect(run, &RequestRun::finished, this, [this, ticket](const Exchange &exchange) {
        const QPointer<RequestRun> done = m_runs.take(ticket);
        if (done)
            done->deleteLater();
        Q_EMIT finished(ticket, exchange);
    });
}

void ScriptRequestBridge::stopSend(quint64 ticket)
{
    const QPointer<RequestRun> run = m_runs.take(ticket);
    // Sends and cancels arrive in the order the worker posted them, so a ticket that is not
    // here has finished already (its finished() is ignored by the host).
    if (!run)
        return;
    run->disconnect(this);
    run->cancel();
    run->deleteLater();
}

} // namespace wirescope
