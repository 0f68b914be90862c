#include "ui/mainwindow/requesttab.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/interop/curlparser.h"
#include "core/model/collectionwalk.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/scripting/scriptthread.h"
#include "core/sse/ssesession.h"
#include "core/vars/resolver.h"
#include "ui/collections/collectiondocument.h"
#include "ui/graphql/graphqlschemacontroller.h"
#include "ui/oauth/oauth2editor.h"
#include "ui/oauth/oauth2tokenpanel.h"
#include "ui/request/autheditor.h"
#include "ui/runner/assertionseditor.h"
#include "ui/request/requesteditor.h"
#include "ui/request/scriptspage.h"
#include "ui/response/responseview.h"
#include "ui/sse/ssepane.h"

#include <QSplitter>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace wirescope {

RequestTab::RequestTab(HttpClient *client, const VariableContext *context, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_context(context)
{
    setObjectName(QStringLiteral("requestTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("requestResponseSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_editor = new RequestEditor(context, m_splitter);
    m_response = new ResponseView(m_splitter);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_response);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter);
    m_assertions = new AssertionsEditor(m_editor);
    m_editor->addPage(m_assertions, tr("Tests"));
    m_scripts = new ScriptsPage(m_editor);
    m_editor->addPage(m_scripts, tr("Scripts"));
    connect(m_scripts, &ScriptsPage::edited, this, &RequestTab::updateDirty);

    connect(m_editor, &RequestEditor::sendRequested, this, &RequestTab::send);
    connect(m_editor, &RequestEditor::fixRequested, this, &RequestTab::fixRequested);
    connect(m_editor, &RequestEditor::curlPasted, this, &RequestTab::onCurlPasted);
    connect(m_assertions, &AssertionsEditor::edited, this, &RequestTab::updateDirty);
    connect(m_editor, &RequestEditor::cancelRequested, this, &RequestTab::cancel);
    connect(m_editor, &RequestEditor::requestChanged, this, &RequestTab::updateDirty);
    connect(m_editor, &RequestEditor::requestChanged, this, &RequestTab::titleChanged);
    connect(m_response, &ResponseView::tlsErrorAccepted, this, &RequestTab::onTlsErrorAccepted);

    m_schemas = new GraphQLSchemaController(client, context, m_editor, this);
    m_schemaLookup = new QTimer(this);
    m_schemaLookup->setSingleShot(true);
    m_schemaLookup->setInterval(400);
    connect(m_schemaLookup, &QTimer::timeout, m_schemas, &GraphQLSchemaController::loadCached);
    connect(m_editor, &RequestEditor::requestChanged, m_schemaLookup, qOverload<>(&QTimer::start));
}

RequestTab::~RequestTab()
{
    // Deleting the handle cancels the exchange; nothing is told, the tab is going away.
    if (m_sse)
        m_sse->disconnect(this);
    if (m_run) {
        m_run->disconnect();
        delete m_run.data();
    }
}

void RequestTab::setRequest(const Request &request)
{
    m_editor->setRequest(request);
    markSaved();
    m_schemas->loadCached();
}

void RequestTab::setRequest(const Request &current, const Request &saved)
{
    m_editor->setRequest(saved);
    m_saved = m_editor->request(); // the editor's normal form (params merged from the URL)
    m_editor->setRequest(current);
    updateDirty();
    emit titleChanged();
    m_schemas->loadCached();
}

void RequestTab::markSaved()
{
    m_saved = m_editor->request();
    m_savedAssertions = m_assertions->assertions();
    m_savedCaptures = m_assertions->captures();
    m_savedScripts = m_scripts->scripts();
    updateDirty();
    emit titleChanged();
}

void RequestTab::updateDirty()
{
    const bool dirty = m_editor->request() != m_saved || m_assertions->assertions() != m_savedAssertions
                       || m_assertions->captures() != m_savedCaptures || m_scripts->scripts() != m_savedScripts;
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}

void RequestTab::send()
{
    if (const QStringList missing = m_editor->unresolvedUrlVariables(); !missing.isEmpty())
        emit variablesNeeded(missing);
    const bool scriptsRunFirst = !scriptSources(QStringLiteral("prerequest")).isEmpty();
    if (!m_editor->validateForSend(scriptsRunFirst))
        return;
    dropRun();
    if (m_streaming)
        m_sse->stop(); // synchronously Closed: the old stream is reported before the new send
    if (m_scriptThread)
        m_scriptThread->cancel();
    m_stage = Stage::Idle;
    m_authTicket = 0; // a token still on its way belongs to the send being replaced
    m_scripts->clearResults();
    updateScriptsTitle();
    const Request request = withInheritance(m_editor->request());
    m_response->beginExchange();
    if (scriptsRunFirst) {
        m_editor->setBusy(true);
        emit runningChanged(true);
        startScript(QStringLiteral("prerequest"), request, std::nullopt);
        return;
    }
    sendNow(request, m_context ? *m_context : VariableContext{});
}

Request RequestTab::withInheritance(const Request &request) const
{
    // As the runner sends it: an "inherit" auth takes the nearest folder's (then the
    // collection's), and folder and collection headers are added.
    if (!m_document || m_itemId.isEmpty())
        return request;
    for (const RequestRef &ref : flattenRequests(m_document->collection())) {
        if (ref.item->id() == m_itemId)
            return withInheritedDefaults(m_document->collection(), ref.ancestors, request);
    }
    return request;
}

void RequestTab::setOAuthAuthorizer(oauth::OAuthAuthorizer *authorizer)
{
    if (m_authorizer)
        m_authorizer->disconnect(this);
    m_authorizer = authorizer;
    m_editor->setOAuthAuthorizer(authorizer);
    if (!authorizer)
        return;
    connect(authorizer, &oauth::OAuthAuthorizer::authorized, this, &RequestTab::onAuthorized);
    connect(authorizer, &oauth::OAuthAuthorizer::failed, this, &RequestTab::onAuthorizeFailed);
}

void RequestTab::sendNow(const Request &request, const VariableContext &context)
{
    if (request.auth.kind == AuthKind::OAuth2 && request.auth.token.isEmpty() && m_authorizer) {
        // As the runner does: the stored token, a refresh, or a new one for a machine grant.
        m_stage = Stage::Authorizing;
        m_authRequest = request;
        m_authContext = context;
        m_authTicket = m_authorizer->authorize(request.auth, context);
        m_editor->setBusy(true);
        emit runningChanged(true);
        return;
    }
    m_stage = Stage::Sending;
    m_sentRequest = request;
    RequestRun *run = m_client->send(request, context);
    m_run = run;
    connect(run, &RequestRun::headersReceived, m_response, &ResponseView::showHead);
    connect(run, &RequestRun::headersReceived, this, &RequestTab::onRunHead);
    connect(run, &RequestRun::downloadProgress, m_response, &ResponseView::showProgress);
    connect(run, &RequestRun::finished, this, &RequestTab::onRunFinished);
    m_editor->setBusy(true);
    emit runningChanged(true);
}

void RequestTab::onAuthorized(quint64 ticket, const oauth::OAuthToken &token)
{
    if (ticket == 0 || ticket != m_authTicket || m_stage != Stage::Authorizing)
        return;
    m_authTicket = 0;
    // The Auth tab shows the token this send got (it may be new or refreshed).
    m_editor->authEditor()->oauth2Editor()->tokenPanel()->reloadStored();
    const Request request = oauth::OAuthAuthorizer::withToken(m_authRequest, token);
    m_authRequest = Request{};
    sendNow(request, m_authContext);
}

void RequestTab::onAuthorizeFailed(quint64 ticket, const Error &error)
{
    if (ticket == 0 || ticket != m_authTicket || m_stage != Stage::Authorizing)
        return;
    m_authTicket = 0;
    m_stage = Stage::Idle;
    Exchange exchange;
    exchange.request = m_authRequest;
    m_authRequest = Request{};
    exchange.error = Error{error.kind, error.message + QStringLiteral(", nothing was sent"), error.detail};
    m_response->setExchange(exchange);
    m_editor->setBusy(false);
    emit runningChanged(false);
    emit exchangeFinished(exchange);
    emit scriptsFinished();
}

QList<ScriptSource> RequestTab::scriptSources(const QString &event) const
{
    // As Postman: the collection's script, then each folder's, then the request's own (from
    // the editor, so unsaved edits count).
    QList<ScriptSource> out;
    const auto add = [&](const QList<ImportedScript> &scripts, const QString &origin) {
        for (const ImportedScript &s : scripts) {
            if (s.event == event && !s.source.trimmed().isEmpty())
                out.append(ScriptSource{origin, s.source});
        }
    };
    if (m_document && !m_itemId.isEmpty()) {
        const Collection &collection = m_document->collection();
        for (const RequestRef &ref : flattenRequests(collection)) {
            if (ref.item->id() != m_itemId)
                continue;
            add(collection.scripts, QStringLiteral("collection"));
            for (const Folder *folder : ref.ancestors)
                add(folder->scripts, QStringLiteral("folder ") + folder->name);
            break;
        }
    }
    const QString own = m_scripts->source(event);
    if (!own.trimmed().isEmpty())
        out.append(ScriptSource{QStringLiteral("request"), own});
    return out;
}

void RequestTab::startScript(const QString &event, const Request &request, const std::optional<Exchange> &exchange)
{
    if (!m_scriptThread) {
        m_scriptThread = new ScriptThread(m_client, this);
        connect(m_scriptThread, &ScriptThread::finished, this, &RequestTab::onScriptFinished);
        connect(m_scriptThread, &ScriptThread::consoleMessage, m_scripts, &ScriptsPage::appendConsole);
    }
    ScriptJob job;
    job.event = event;
    job.scripts = scriptSources(event);
    job.request = request;
    job.exchange = exchange;
    job.variables = ScriptVariables::fromContext(m_context ? *m_context : VariableContext{});
    m_scriptStart = job.variables;
    job.requestName = request.name;
    job.requestId = request.id;
    m_stage = event == u"prerequest" ? Stage::PreRequest : Stage::Tests;
    m_scriptThread->start(job);
}

void RequestTab::onScriptFinished(const ScriptRunResult &result)
{
    const Stage stage = m_stage;
    if (stage != Stage::PreRequest && stage != Stage::Tests)
        return;
    m_scripts->addResult(result);
    updateScriptsTitle();
    if (result.variablesChanged)
        emit scriptVariablesChanged(m_scriptStart, result.variables);
    if (stage == Stage::Tests) {
        m_stage = Stage::Idle;
        emit scriptsFinished();
        return;
    }
    if (result.skipRequest) {
        m_stage = Stage::Idle;
        m_response->showMessage(tr("Not sent: the pre-request script called pm.execution.skipRequest()"));
        m_editor->setBusy(false);
        emit runningChanged(false);
        emit scriptsFinished();
        return;
    }
    sendNow(result.request, result.variables.toContext());
}

void RequestTab::updateScriptsTitle()
{
    const QList<ScriptTestResult> &results = m_scripts->results();
    if (results.isEmpty()) {
        m_editor->setPageTitle(m_scripts, tr("Scripts"));
        return;
    }
    const bool allPassed = std::all_of(results.cbegin(), results.cend(),
                                       [](const ScriptTestResult &r) { return r.passed; });
    m_editor->setPageTitle(m_scripts, tr("Scripts %1 %2").arg(allPassed ? QStringLiteral("✓") : QStringLiteral("✗"),
                                                               ScriptsPage::summary(results)));
}

void RequestTab::cancel()
{
    if (m_streaming)
        m_sse->stop();
    if (m_stage == Stage::PreRequest) {
        m_scriptThread->cancel();
        m_stage = Stage::Idle;
        m_response->showMessage(tr("Cancelled while the pre-request script ran"));
        m_editor->setBusy(false);
        emit runningChanged(false);
        return;
    }
    if (m_stage == Stage::Authorizing) {
        m_authTicket = 0; // its late outcome is ignored
        m_authRequest = Request{};
        m_stage = Stage::Idle;
        m_response->showMessage(tr("Cancelled while getting the OAuth 2.0 token; nothing was sent"));
        m_editor->setBusy(false);
        emit runningChanged(false);
        return;
    }
    if (m_run)
        m_run->cancel(); // finished() follows with a Cancelled error
}

QString RequestTab::title() const
{
    const Request request = m_editor->request();
    if (request.url.isEmpty())
        return tr("New Request");
    // Show the path (what tells requests apart); the host is in the tooltip.
    const QUrl url = QUrl::fromUserInput(request.url);
    QString path = url.isValid() && !url.host().isEmpty() ? url.path() : request.url;
    if (path.isEmpty() || path == QLatin1String("/"))
        path = url.host().isEmpty() ? request.url : url.host();
    if (path.size() > 40)
        path = path.left(39) + QChar(0x2026);
    return request.method + u' ' + path;
}

void RequestTab::setDefaultSplit(double editorShare)
{
    m_pendingSplit = editorShare;
}

void RequestTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The window's layout settles after the first show; size the split once it has.
    if (m_pendingSplit > 0)
        QTimer::singleShot(0, this, &RequestTab::applyPendingSplit);
}

void RequestTab::applyPendingSplit()
{
    if (m_pendingSplit <= 0)
        return;
    const bool horizontal = m_splitter->orientation() == Qt::Horizontal;
    const int total = horizontal ? m_splitter->width() : m_splitter->height();
    const int editor = int(total * m_pendingSplit);
    m_splitter->setSizes({editor, total - editor});
    m_pendingSplit = 0;
}

HttpItem RequestTab::httpItem() const
{
    HttpItem item;
    item.request = m_editor->request();
    item.assertions = m_assertions->assertions();
    item.captures = m_assertions->captures();
    item.scripts = m_scripts->scripts();
    return item;
}

void RequestTab::setHttpItem(const HttpItem &item)
{
    m_assertions->setAssertions(item.assertions, item.captures);
    m_assertions->showResults({}, {});
    m_editor->setPageTitle(m_assertions, tr("Tests"));
    m_scripts->setScripts(item.scripts);
    updateScriptsTitle();
    setRequest(item.request);
}

void RequestTab::setOrigin(CollectionDocument *document, const QString &itemId)
{
    m_document = document;
    m_itemId = itemId;
    m_schemas->setCollectionDirectory(document ? document->directory() : QString());
}

void RequestTab::onCurlPasted(const QString &command)
{
    const Result<interop::CurlParse> parsed = interop::parseCurlCommand(command);
    if (!parsed) {
        emit curlRejected(parsed.error().message);
        return;
    }
    Request request = parsed->request;
    request.id = m_editor->request().id;
    m_editor->setRequest(request); // an edit: the tab shows it as unsaved
    updateDirty();
    emit titleChanged();
}

void RequestTab::evaluateTests(const Exchange &exchange)
{
    AssertionList assertions = m_assertions->assertions();
    const CaptureList captures = m_assertions->captures();
    if (assertions.isEmpty() && captures.isEmpty())
        return;
    // Expected values may use {{variables}}, as in the runner.
    const VariableContext context = m_context ? *m_context : VariableContext{};
    for (Assertion &a : assertions) {
        a.expected = resolveText(a.expected, context, m_client->dynamicVariables()).text;
        a.expected2 = resolveText(a.expected2, context, m_client->dynamicVariables()).text;
    }
    AssertionEvaluator evaluator(exchange);
    const QList<AssertionResult> results = evaluator.evaluate(assertions);
    const QList<CapturedValue> captured = evaluator.capture(captures);
    m_assertions->showResults(results, captured);
    const bool allPassed = std::all_of(results.cbegin(), results.cend(), [](const AssertionResult &r) { return r.passed; });
    m_editor->setPageTitle(m_assertions, results.isEmpty() ? tr("Tests")
                                                           : tr("Tests %1 %2").arg(allPassed ? QStringLiteral("✓") : QStringLiteral("✗"),
                                                                                    AssertionsEditor::summary(results)));
    QList<CapturedValue> found;
    for (const CapturedValue &c : captured) {
        if (c.found)
            found.append(c);
    }
    if (!found.isEmpty())
        emit valuesCaptured(found);
}

void RequestTab::onRunFinished(const Exchange &exchange)
{
    m_response->setExchange(exchange);
    evaluateTests(exchange);
    m_editor->setBusy(false);
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_stage = Stage::Idle;
    const bool cancelled = exchange.error && exchange.error->kind == Error::Kind::Cancelled;
    const bool runTests = !cancelled && exchange.response && !scriptSources(QStringLiteral("test")).isEmpty();
    emit runningChanged(false);
    emit exchangeFinished(exchange);
    // The response is on screen already; the test script's results follow when it is done.
    if (runTests)
        startScript(QStringLiteral("test"), m_sentRequest, exchange);
    else
        emit scriptsFinished();
}

void RequestTab::ensureSse()
{
    if (m_sse)
        return;
    m_sse = new SseSession(m_client, this);
    m_ssePane = new SsePane(m_sse, m_response);
    m_response->addPage(m_ssePane, tr("Events"));
    connect(m_ssePane, &SsePane::stopRequested, this, &RequestTab::cancel);
    connect(m_sse, &SseSession::stateChanged, this, &RequestTab::onStreamStateChanged);
}

void RequestTab::onRunHead(const Response &head)
{
    const bool marked = m_sentRequest.settings.streamAsSse;
    const bool stream = marked ? head.status >= 200 && head.status < 300
                               : head.status == 200 && SseSession::isEventStream(head.contentType);
    if (!stream || !m_run)
        return;
    // The same exchange becomes the stream: its body goes to the Events tab, not the Body.
    ensureSse();
    SseSession::Options options = m_sse->options();
    options.requireEventStream = !marked;
    m_sse->setOptions(options);
    RequestRun *run = m_run;
    run->disconnect(this);
    m_run = nullptr;
    m_streaming = true;
    m_sse->adopt(run, m_sentRequest, m_context ? *m_context : VariableContext{}, head);
    m_response->showPage(m_ssePane);
}

void RequestTab::onStreamStateChanged()
{
    if (!m_streaming || m_sse->state() != SseSession::State::Closed)
        return;
    m_streaming = false;
    const Exchange exchange = m_sse->exchange();
    m_response->setExchange(exchange);
    m_response->showPage(m_ssePane);
    m_editor->setBusy(false);
    emit runningChanged(false);
    emit exchangeFinished(exchange);
}

void RequestTab::onTlsErrorAccepted(const IgnoredTlsError &error)
{
    m_editor->addIgnoredTlsError(error);
    send();
}

void RequestTab::dropRun()
{
    if (!m_run)
        return;
    // Deleting the handle cancels the exchange without a finished() to a view being replaced.
    m_run->disconnect(this);
    m_run->disconnect(m_response);
    delete m_run.data();
    m_run = nullptr;
    m_editor->setBusy(false);
    emit runningChanged(false);
}

} // namespace wirescope
