#include "ui/mainwindow/requesttab.h"

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "ui/request/requesteditor.h"
#include "ui/response/responseview.h"

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

    connect(m_editor, &RequestEditor::sendRequested, this, &RequestTab::send);
    connect(m_editor, &RequestEditor::cancelRequested, this, &RequestTab::cancel);
    connect(m_editor, &RequestEditor::requestChanged, this, &RequestTab::titleChanged);
    connect(m_response, &ResponseView::tlsErrorAccepted, this, &RequestTab::onTlsErrorAccepted);
}

RequestTab::~RequestTab()
{
    // Deleting the handle cancels the exchange; nothing is told, the tab is going away.
    if (m_run) {
        m_run->disconnect();
        delete m_run.data();
    }
}

void RequestTab::send()
{
    if (!m_editor->validateForSend())
        return;
    dropRun();
    RequestRun *run =
        m_client->send(m_editor->request(), m_context ? *m_context : VariableContext{});
    m_run = run;
    connect(run, &RequestRun::headersReceived, m_response, &ResponseView::showHead);
    connect(run, &RequestRun::downloadProgress, m_response, &ResponseView::showProgress);
    connect(run, &RequestRun::finished, this, &RequestTab::onRunFinished);
    m_response->beginExchange();
    m_editor->setBusy(true);
    emit runningChanged(true);
}

void RequestTab::cancel()
{
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

void RequestTab::onRunFinished(const Exchange &exchange)
{
    m_response->setExchange(exchange);
    m_editor->setBusy(false);
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
        m_run = nullptr;
    }
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
