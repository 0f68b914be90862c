#pragma once

#include "core/model/collection.h"
#include "core/model/collectionwalk.h"
#include "core/model/error.h"
#include "core/runner/assertionevaluator.h"
#include "core/runner/datafile.h"
#include "core/vars/variablecontext.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QTimer;

namespace wirescope {

class HttpClient;
class RequestRun;
namespace oauth {
class OAuthAuthorizer;
struct OAuthToken;
} // namespace oauth

struct RunOptions
{
    QString folderPath;       ///< run only this folder ("Users/Admin"); empty = everything
    int iterations = 1;       ///< with data, 0 means one iteration per data row
    QList<DataRow> data;      ///< iteration i uses row i % rows (as local variables)
    int delayMs = 0;          ///< pause between requests
    bool bail = false;        ///< stop at the first failed request
    int timeoutMs = 0;        ///< per-request total timeout overriding the request's (0 = keep)
    bool insecure = false;    ///< accept every TLS error (loudly reported by callers)
    VariableContext variables;///< globals, collection and environment values to start from
};

/// What one request of a run produced. A summary only: the body is not kept, so a long
/// run's memory stays flat.
struct RequestOutcome
{
    int iteration = 0;        ///< 0-based
    int index = 0;            ///< position in the iteration's request list
    QString id;
    QString name;
    QStringList folderPath;
    QString method;
    QString url;              ///< as sent (final URL after redirects when followed)
    int status = 0;           ///< 0 when no response
    double timeMs = 0;        ///< the exchange's total time
    qint64 bodySize = 0;
    std::optional<Error> error;
    QList<AssertionResult> assertions;
    QList<CapturedValue> captures;
    QString skipped;          ///< non-empty: why the request was not sent (e.g. WebSocket)

    int failedAssertions() const;
    bool passed() const { return skipped.isEmpty() ? !error && failedAssertions() == 0 : true; }
};

struct RunSummary
{
    int iterations = 0;       ///< iterations started
    int requests = 0;         ///< requests sent
    int requestsFailed = 0;   ///< with an error or a failed assertion
    int skipped = 0;
    int assertions = 0;
    int assertionsFailed = 0;
    double durationMs = 0;    ///< wall time of the run
    double responseTimeTotalMs = 0;
    double responseTimeMinMs = 0;
    double responseTimeMaxMs = 0;
    bool bailed = false;
    bool cancelled = false;

    bool passed() const { return requestsFailed == 0 && !cancelled; }
    double averageResponseMs() const { return requests ? responseTimeTotalMs / requests : 0; }
};

/// Runs a collection's HTTP requests in order, one at a time, through the one HttpClient:
/// assertions are evaluated, captures feed the following requests, and each result is
/// emitted as it happens. Only counters are kept, so memory does not grow with the run.
class CollectionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionRunner)

public:
    explicit CollectionRunner(HttpClient *client, QObject *parent = nullptr);
    ~CollectionRunner() override;

    /// Starts the run; the collection is copied. Fails (nothing starts) when the folder does
    /// not exist or the options are invalid.
    Result<bool> start(const Collection &collection, const RunOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    /// Variables captured so far (the last value per name).
    const VariableContext &capturedVariables() const { return m_captured; }

    /// Gets tokens for requests whose (inherited) auth is OAuth 2.0; without one, such requests
    /// fail with "no access token yet". Not owned; set before start().
    void setAuthorizer(oauth::OAuthAuthorizer *authorizer);

Q_SIGNALS:
    void requestStarted(int iteration, int index, const QString &name);
    void requestFinished(const wirescope::RequestOutcome &outcome);
    void finished(const wirescope::RunSummary &summary);

private:
    void next();
    void onRunFinished(const Exchange &exchange);
    void send(const Request &request);
    void onAuthorized(quint64 ticket, const oauth::OAuthToken &token);
    void onAuthorizationFailed(quint64 ticket, const Error &error);
    VariableContext contextFor(const RequestRef &ref) const;
    void record(const RequestOutcome &outcome);
    void finish();

    HttpClient *m_client; // not owned
    Collection m_collection;
    RunOptions m_options;
    QList<RequestRef> m_requests;
    int m_iterations = 1;
    int m_iteration = 0;
    int m_index = 0;
    VariableContext m_captured;
    RunSummary m_summary;
    QElapsedTimer m_clock;
    QPointer<RequestRun> m_current;
    VariableContext m_currentContext; ///< what the current request was resolved with
    QTimer *m_delay = nullptr; // child
    oauth::OAuthAuthorizer *m_authorizer = nullptr; // not owned
    quint64 m_authTicket = 0;  ///< the token the current request waits for
    Request m_waitingRequest;  ///< the current request while it waits for its token
    bool m_running = false;
    bool m_stopAfterCurrent = false;
};

} // namespace wirescope
