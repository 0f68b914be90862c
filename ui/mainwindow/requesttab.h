#pragma once

#include "core/model/assertion.h"
#include "core/model/collection.h"
#include "core/model/exchange.h"
#include "core/runner/assertionevaluator.h"
#include "core/runner/exchangejob.h"
#include "core/scripting/scriptjob.h"
#include "core/vars/variablecontext.h"
#include "ui/collections/collectiondocument.h"
#include "ui/request/requesteditor.h"

#include <QPointer>
#include <QWidget>

class QSplitter;
class QTimer;

namespace wirescope {

class AssertionsEditor;
class GraphQLSchemaController;
class HttpClient;
class RequestEditor;
class RequestRun;
class ResponseView;
class ScriptRunner;
class ScriptsPage;
class SsePane;
class SseSession;
class VariableContext;

namespace oauth {
class OAuthAuthorizer;
} // namespace oauth

/// One open request: its editor above (or beside) its response, and the exchange in flight.
class RequestTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTab)

public:
    RequestTab(HttpClient *client, const VariableContext *context, QWidget *parent = nullptr);
    ~RequestTab() override;

    RequestEditor *editor() const { return m_editor; }        // child
    ResponseView *responseView() const { return m_response; } // child
    QSplitter *splitter() const { return m_splitter; }        // child

    /// Shows @p request and takes it as the saved state (the tab is clean).
    void setRequest(const Request &request);
    /// Shows @p current against @p saved (a restored session's unsaved edits).
    void setRequest(const Request &current, const Request &saved);
    /// The state the dirty marker compares with.
    const Request &savedRequest() const { return m_saved; }
    /// The request differs from its last saved or opened state.
    bool isDirty() const { return m_dirty; }
    /// Takes the current request as the saved state.
    void markSaved();

    /// Sends through the exchange pipeline: pre-request scripts (on a worker thread), the
    /// OAuth 2.0 token, the exchange, assertions and captures, then the test scripts.
    void send();
    void cancel();
    /// The variables changed: the editor's {{variable}} colours and problem line follow, and
    /// the last send's empty-secret warning goes once the secrets have values.
    void refreshVariables();
    /// Busy: a pre-request script, a token or the exchange is on its way, or a stream is open.
    /// (The test scripts that follow a response do not count.)
    bool isRunning() const { return m_busy; }
    /// The OAuth 2.0 token service: a send with an OAuth 2.0 auth first gets its token through
    /// it (stored, refreshed, or fetched for a machine grant). Not owned; may be null.
    void setOAuthAuthorizer(oauth::OAuthAuthorizer *authorizer);
    /// The event stream of the last send, once a response was text/event-stream (or the
    /// request was marked to stream as SSE); null before.
    SseSession *sseSession() const { return m_sse; } // child
    SsePane *ssePane() const { return m_ssePane; }   // child of the response view

    /// The request's name for a saved request (it follows a rename in the sidebar);
    /// otherwise "GET /path", or "New Request" when there is no URL.
    QString title() const;

    /// The tab's request as the pipeline sends it: with what it inherits from its collection
    /// and folders (when it has an origin), the editor's unsaved edits included. Copy as curl
    /// and Generate Code show this, so they match what Send puts on the wire.
    EffectiveRequest effectiveRequest() const;

    /// The request with its assertions and captures, as a collection keeps it.
    HttpItem httpItem() const;
    /// Shows @p item (from a collection or history) as the saved state.
    void setHttpItem(const HttpItem &item);
    /// The collection item this tab edits (null when the request is not saved anywhere).
    CollectionDocument *document() const { return m_document; }
    QString itemId() const { return m_itemId; }
    void setOrigin(CollectionDocument *document, const QString &itemId);
    AssertionsEditor *assertionsEditor() const { return m_assertions; } // child
    ScriptsPage *scriptsPage() const { return m_scripts; }              // child
    /// Fetch schema, the schema cache and the GraphQL editor's schema.
    GraphQLSchemaController *schemaController() const { return m_schemas; } // child

    /// Gives the editor this share of the splitter once the tab has its real size.
    void setDefaultSplit(double editorShare);

signals:
    void titleChanged();
    void dirtyChanged(bool dirty);
    void runningChanged(bool running);
    void exchangeFinished(const wirescope::Exchange &exchange);
    /// Captures of the last exchange that found a value (the window keeps them as variables).
    void valuesCaptured(const QList<wirescope::CapturedValue> &values);
    /// A pasted curl command could not be parsed (the message says why).
    void curlRejected(const QString &message);
    /// Emitted (directly) on Send when the URL uses variables no scope defines, before the
    /// check that blocks it: a receiver may provide them (the demo server starts on demand).
    void variablesNeeded(const QStringList &names);
    /// The user asked for a fix offered under the URL.
    void fixRequested(wirescope::RequestEditor::Fix fix);
    /// A script set, unset or cleared a global, collection or environment variable; the
    /// window applies the change to the collection (and its keychain for secrets).
    void scriptVariablesChanged(const wirescope::ScriptVariables &before,
                                const wirescope::ScriptVariables &after);
    /// Both scripts of the last send have finished (or there were none to run).
    void scriptsFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onStageChanged(ExchangeStage stage);
    void onSendStarted(RequestRun *run);
    void onScriptsFinished(ExchangeStage stage,
                           const ScriptRunResult &result,
                           const ScriptVariables &before);
    void onResponseReceived(const ExchangeOutcome &outcome);
    void onJobFinished(const ExchangeOutcome &outcome);
    void updateScriptsTitle();
    void onRunHead(const Response &head);
    void onStreamStateChanged();
    void ensureSse();
    void onTlsErrorAccepted(const IgnoredTlsError &error);
    void setBusy(bool busy);
    void applyPendingSplit();
    void updateDirty();
    void onDocumentChanged();
    void onCurlPasted(const QString &command);
    void showTestResults(const ExchangeOutcome &outcome);
    QStringList emptySecretsNow(const Request &request) const;

    HttpClient *m_client;                   // not owned
    const VariableContext *m_context;       // not owned
    ExchangeJob *m_job = nullptr;           // child: the one pipeline every send goes through
    ScriptRunner *m_scriptRunner = nullptr; // child: scripts on a worker thread
    ExchangeStage m_lastStage = ExchangeStage::Idle;
    bool m_busy = false;
    QSplitter *m_splitter = nullptr;
    RequestEditor *m_editor = nullptr;
    ResponseView *m_response = nullptr;
    SseSession *m_sse = nullptr;  // child, created at the first stream
    SsePane *m_ssePane = nullptr; // in m_response's tabs
    bool m_streaming = false;
    double m_pendingSplit = 0; ///< editor share to apply at the next real resize
    Request m_saved;           ///< as the editor returns it, so equal means unchanged
    AssertionList m_savedAssertions;
    CaptureList m_savedCaptures;
    AssertionsEditor *m_assertions = nullptr;
    ScriptsPage *m_scripts = nullptr;
    GraphQLSchemaController *m_schemas = nullptr;
    QTimer *m_schemaLookup = nullptr; ///< looks the cached schema up once URL edits pause
    QList<ImportedScript> m_savedScripts;
    QPointer<CollectionDocument> m_document;
    QString m_itemId;
    bool m_dirty = false;
    bool m_secretsWarned = false; ///< the secret line shows this tab's last send's empty secrets
};

} // namespace wirescope
