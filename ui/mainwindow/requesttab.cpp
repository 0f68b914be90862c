#include "ui/mainwindow/requesttab.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/interop/curlparser.h"
#include "core/scripting/scriptrunner.h"
#include "core/sse/ssesession.h"
#include "core/vars/emptysecrets.h"
#include "ui/collections/collectiondocument.h"
#include "ui/graphql/graphqlschemacontroller.h"
#include "ui/oauth/oauth2editor.h"
#include "ui/oauth/oauth2tokenpanel.h"
#include "ui/request/autheditor.h"
#include "ui/request/requesteditor.h"
#include "ui/request/scriptspage.h"
#include "ui/response/responseview.h"
#include "ui/runner/assertionseditor.h"
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

    m_scriptRunner = new ScriptRunner(client, ScriptRunner::Placement::WorkerThread, this);
    connect(m_scriptRunner, &ScriptRunner::consoleMessage, m_scripts, &ScriptsPage::appendConsole);
    m_job = new ExchangeJob(client, this);
    m_job->setScriptRunner(m_scriptRunner);
    connect(m_job, &ExchangeJob::stageChanged, this, &RequestTab::onStageChanged);
    connect(m_job, &ExchangeJob::sendStarted, this, &RequestTab::onSendStarted);
    connect(m_job, &ExchangeJob::scriptsFinished, this, &RequestTab::onScriptsFinished);
    connect(m_job, &ExchangeJob::responseReceived, this, &RequestTab::onResponseReceived);
    connect(m_job, &ExchangeJob::finished, this, &RequestTab::onJobFinished);
}

RequestTab::~RequestTab()
{
    // The exchange in flight is dropped without a word: the tab is going away.
    if (m_sse)
        m_sse->disconnect(this);
    m_job->abandon();
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
    const bool dirty =
        m_editor->request() != m_saved || m_assertions->assertions() != m_savedAssertions
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
    const EffectiveRequest request = effectiveRequest();
    if (!m_editor->validateForSend(!request.preRequestScripts.isEmpty()))
        return;
    // Sent anyway (a server may accept it, a script may fill it), but never silently.
    const QStringList empty = emptySecretsNow(request.request);
    m_editor->setSecretWarning(describeEmptySecrets(empty));
    m_secretsWarned = !empty.isEmpty();
    m_job->abandon(); // a send still in flight is replaced without a word
    if (m_streaming)
        m_sse->stop(); // synchronously Closed: the old stream is reported before the new send
    m_scripts->clearResults();
    updateScriptsTitle();
    m_response->beginExchange();
    ExchangeScope scope;
    if (m_context) {
        scope.variables = ScriptVariables::fromContext(*m_context);
        scope.environmentName = m_context->environmentName();
    }
    m_job->start(request, scope);
}

QStringList RequestTab::emptySecretsNow(const Request &request) const
{
    static const VariableContext s_noVariables;
    return emptySecrets(request, m_context ? *m_context : s_noVariables);
}

void RequestTab::refreshVariables()
{
    m_editor->refreshVariables();
    // The last send's empty-secret line goes once the secrets have values (a keychain
    // problem shown in the same line stays: it is not about this send).
    if (m_secretsWarned && emptySecretsNow(effectiveRequest().request).isEmpty()) {
        m_editor->setSecretWarning({});
        m_secretsWarned = false;
    }
}

EffectiveRequest RequestTab::effectiveRequest() const
{
    // As the runner sends it: an "inherit" auth takes the nearest folder's (then the
    // collection's), folder and collection headers are added, and their scripts run first.
    return wirescope::effectiveRequest(m_document ? &m_document->collection() : nullptr, m_itemId,
                                       httpItem());
}

void RequestTab::setOAuthAuthorizer(oauth::OAuthAuthorizer *authorizer)
{
    m_editor->setOAuthAuthorizer(authorizer);
    m_job->setAuthorizer(authorizer);
}

void RequestTab::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_editor->setBusy(busy);
    emit runningChanged(busy);
}

void RequestTab::onStageChanged(ExchangeStage stage)
{
    // The Auth tab shows the token this send got (it may be new or refreshed).
    if (m_lastStage == ExchangeStage::Authorizing && stage == ExchangeStage::Sending)
        m_editor->authEditor()->oauth2Editor()->tokenPanel()->reloadStored();
    m_lastStage = stage;
    if (stage == ExchangeStage::PreRequest || stage == ExchangeStage::Authorizing
        || stage == ExchangeStage::Sending)
        setBusy(true);
}

void RequestTab::onSendStarted(RequestRun *run)
{
    connect(run, &RequestRun::headersReceived, m_response, &ResponseView::showHead);
    connect(run, &RequestRun::headersReceived, this, &RequestTab::onRunHead);
    connect(run, &RequestRun::downloadProgress, m_response, &ResponseView::showProgress);
}

void RequestTab::onScriptsFinished(ExchangeStage,
                                   const ScriptRunResult &result,
                                   const ScriptVariables &before)
{
    m_scripts->addResult(result);
    updateScriptsTitle();
    if (result.variablesChanged)
        emit scriptVariablesChanged(before, result.variables);
}

void RequestTab::onResponseReceived(const ExchangeOutcome &outcome)
{
    // The response is on screen at once; the test scripts' results follow when they are done.
    const Exchange &exchange = *outcome.exchange;
    m_response->setExchange(exchange);
    showTestResults(outcome);
    setBusy(false);
    emit exchangeFinished(exchange);
}

void RequestTab::onJobFinished(const ExchangeOutcome &outcome)
{
    setBusy(m_streaming);
    if (outcome.cancelled && !outcome.exchange) {
        m_response->showMessage(
            outcome.cancelledIn == ExchangeStage::Authorizing
                ? tr("Cancelled while getting the OAuth 2.0 token; nothing was sent")
                : tr("Cancelled while the pre-request script ran"));
        return;
    }
    if (outcome.skipped)
        m_response->showMessage(
            tr("Not sent: the pre-request script called pm.execution.skipRequest()"));
    emit scriptsFinished();
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
    m_editor->setPageTitle(m_scripts,
                           tr("Scripts %1 %2")
                               .arg(allPassed ? QStringLiteral("✓") : QStringLiteral("✗"),
                                    ScriptsPage::summary(results)));
}

void RequestTab::cancel()
{
    if (m_streaming)
        m_sse->stop();
    m_job->cancel();
}

QString RequestTab::title() const
{
    const Request request = m_editor->request();
    const auto elided = [](const QString &text) {
        return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
    };
    // A saved request is known by its name, as in the sidebar (the URL is in the tooltip).
    if (!request.name.isEmpty() && m_document)
        return elided(request.name);
    if (request.url.isEmpty())
        return tr("New Request");
    // Show the path (what tells requests apart); the host is in the tooltip.
    const QUrl url = QUrl::fromUserInput(request.url);
    QString path = url.isValid() && !url.host().isEmpty() ? url.path() : request.url;
    if (path.isEmpty() || path == QLatin1String("/"))
        path = url.host().isEmpty() ? request.url : url.host();
    return request.method + u' ' + elided(path);
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
    if (m_document)
        disconnect(m_document, &CollectionDocument::changed, this, nullptr);
    m_document = document;
    m_itemId = itemId;
    if (document) {
        connect(document, &CollectionDocument::changed, this, &RequestTab::onDocumentChanged);
        onDocumentChanged();
    }
    emit titleChanged(); // a saved request is titled by its name
    m_schemas->setCollectionDirectory(document ? document->directory() : QString());
}

void RequestTab::onDocumentChanged()
{
    // A rename in the sidebar renames the open tab too, without making it dirty (the saved
    // state takes the name as well) and without touching its unsaved edits.
    const std::optional<ItemPath> path =
        m_document ? tree::findById(m_document->collection(), m_itemId) : std::nullopt;
    const CollectionItem *item = path ? tree::itemAt(m_document->collection(), *path) : nullptr;
    if (!item || item->name() == m_saved.name)
        return;
    m_saved.name = item->name();
    m_editor->setRequestName(item->name());
    updateDirty();
    emit titleChanged();
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

void RequestTab::showTestResults(const ExchangeOutcome &outcome)
{
    if (outcome.assertions.isEmpty() && outcome.captures.isEmpty())
        return;
    m_assertions->showResults(outcome.assertions, outcome.captures);
    const bool allPassed = std::all_of(outcome.assertions.cbegin(), outcome.assertions.cend(),
                                       [](const AssertionResult &r) { return r.passed; });
    m_editor->setPageTitle(m_assertions,
                           outcome.assertions.isEmpty()
                               ? tr("Tests")
                               : tr("Tests %1 %2")
                                     .arg(allPassed ? QStringLiteral("✓") : QStringLiteral("✗"),
                                          AssertionsEditor::summary(outcome.assertions)));
    QList<CapturedValue> found;
    for (const CapturedValue &c : outcome.captures) {
        if (c.found)
            found.append(c);
    }
    if (!found.isEmpty())
        emit valuesCaptured(found);
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
    const Request sent = m_job->request();
    const bool marked = sent.settings.streamAsSse;
    const bool stream = marked ? head.status >= 200 && head.status < 300
                               : head.status == 200 && SseSession::isEventStream(head.contentType);
    if (!stream || m_job->stage() != ExchangeStage::Sending)
        return;
    // The same exchange becomes the stream: its body goes to the Events tab, not the Body.
    ensureSse();
    SseSession::Options options = m_sse->options();
    options.requireEventStream = !marked;
    m_sse->setOptions(options);
    const VariableContext context = m_job->context();
    m_streaming = true;
    RequestRun *run = m_job->takeRun();
    run->disconnect(this);
    m_sse->adopt(run, sent, context, head);
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
    setBusy(false);
    emit exchangeFinished(exchange);
}

void RequestTab::onTlsErrorAccepted(const IgnoredTlsError &error)
{
    m_editor->addIgnoredTlsError(error);
    send();
}

} // namespace wirescope
