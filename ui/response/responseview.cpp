#include "ui/response/responseview.h"

#include "core/graphql/graphqlerrors.h"
#include "ui/models/headerlistmodel.h"
#include "ui/response/bodyview.h"
#include "ui/response/cookiesview.h"
#include "ui/response/previewview.h"
#include "ui/response/responsesummary.h"
#include "ui/response/sentrequestview.h"
#include "ui/response/timingwaterfall.h"
#include "ui/response/tlsview.h"
#include "ui/response/wireview.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/erroradvice.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/tableviews.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wirescope {

namespace {

enum Tab {
    BodyTab,
    PreviewTab,
    HeadersTab,
    CookiesTab,
    SentTab,
    TimingTab,
    TlsTab,
    RedirectsTab,
    WireTab
};

QWidget *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("responseView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_summary = new ResponseSummary(this);
    layout->addWidget(m_summary);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    layout->addWidget(m_banner);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(QStringLiteral("color: #e37400;"));
    layout->addWidget(m_warnings);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_tabs->setDocumentMode(true);

    m_body = new BodyView(m_tabs);
    m_tabs->addTab(m_body, tr("Body"));
    m_preview = new PreviewView(m_tabs);
    m_tabs->addTab(m_preview, tr("Preview"));

    m_headersModel = new HeaderListModel(this);
    m_headers = new QTableView(m_tabs);
    m_headers->setObjectName(QStringLiteral("responseHeadersTable"));
    m_headers->setAccessibleName(tr("Response headers"));
    m_headers->setModel(m_headersModel);
    tableviews::setUpReadOnly(m_headers);
    m_headers->setToolTip(tr("Headers in the order received. Qt merges repeated header names into "
                             "one comma-separated value."));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_cookies = new CookiesView(m_tabs);
    m_tabs->addTab(m_cookies, tr("Cookies"));

    m_sent = new SentRequestView(m_tabs);
    m_tabs->addTab(m_sent, tr("Request"));

    auto *timing = new QWidget;
    auto *timingLayout = new QVBoxLayout(timing);
    m_waterfall = new TimingWaterfall(timing);
    m_timingNotes = new QLabel(timing);
    m_timingNotes->setObjectName(QStringLiteral("timingNotes"));
    m_timingNotes->setWordWrap(true);
    m_timingNotes->setTextFormat(Qt::PlainText);
    timingLayout->addWidget(m_waterfall);
    timingLayout->addWidget(m_timingNotes);
    timingLayout->addStretch(1);
    m_tabs->addTab(scrolled(timing, m_tabs), tr("Timing"));

    m_tls = new TlsView(m_tabs);
    m_tabs->addTab(m_tls, tr("TLS"));

    m_redirects = new QTreeWidget(m_tabs);
    m_redirects->setObjectName(QStringLiteral("redirectsList"));
    m_redirects->setAccessibleName(tr("Redirect hops"));
    m_redirects->setRootIsDecorated(false);
    m_redirects->setHeaderLabels({tr("#"), tr("Status"), tr("URL"), tr("Location"), tr("At")});
    m_redirects->setAlternatingRowColors(true);
    m_tabs->addTab(m_redirects, tr("Redirects"));
    m_wire = new WireView(m_tabs);
    m_tabs->addTab(m_wire, tr("Wire"));
    m_tabs->setTabToolTip(WireTab, tr("The plain-HTTP exchange as it crossed the wire"));
    layout->addWidget(m_tabs, 1);

    connect(m_tls, &TlsView::acceptErrorRequested, this, &ResponseView::tlsErrorAccepted);
    connect(m_body, &BodyView::rendered, this, &ResponseView::bodyRendered);
    clear();
}

void ResponseView::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void ResponseView::showPage(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
}

void ResponseView::clear()
{
    m_exchange.reset();
    m_summary->showIdle();
    m_banner->clear();
    m_warnings->clear();
    m_warnings->hide();
    m_body->clear();
    m_preview->clear();
    m_cookies->clear();
    m_headersModel->clear();
    m_sent->clear();
    m_waterfall->clear();
    m_timingNotes->clear();
    m_tls->clear();
    m_redirects->clear();
    m_wire->clear();
    setTabTitles();
}

void ResponseView::beginExchange()
{
    clear();
    m_summary->showSending();
}

void ResponseView::showHead(const Response &head)
{
    m_summary->showHead(head);
    m_headersModel->setHeaders(head.headers);
    setTabTitles();
}

void ResponseView::showProgress(qint64 received, qint64 total)
{
    m_summary->showProgress(received, total);
}

void ResponseView::setExchange(const Exchange &exchange)
{
    m_exchange = exchange;
    m_summary->showExchange(exchange);

    if (exchange.error)
        showError(*exchange.error);
    else if (!showGraphQLErrors(exchange))
        m_banner->clear();
    m_warnings->setText(exchange.warnings.join(u'\n'));
    m_warnings->setVisible(!exchange.warnings.isEmpty());

    if (exchange.response) {
        m_headersModel->setHeaders(exchange.response->headers);
        tableviews::fitNameColumn(m_headers);
        m_body->setBody(exchange.response->body, exchange.response->contentType);
        m_preview->setBody(exchange.response->body, exchange.response->contentType);
        m_cookies->setResponseHeaders(exchange.response->headers);
    } else {
        m_headersModel->clear();
        m_body->clear();
        m_preview->clear();
        m_cookies->clear();
    }
    m_sent->setSentRequest(exchange.sent);

    m_waterfall->setTimings(exchange.timings);
    m_timingNotes->setText(m_waterfall->notes().join(u'\n'));

    if (exchange.tls)
        m_tls->setTlsInfo(*exchange.tls);
    else
        m_tls->clear();

    m_redirects->clear();
    for (int i = 0; i < exchange.redirects.size(); ++i) {
        const RedirectHop &hop = exchange.redirects.at(i);
        auto *item = new QTreeWidgetItem(
            m_redirects, {QString::number(i + 1), QString::number(hop.status), hop.url,
                          hop.location, display::milliseconds(hop.elapsedMs)});
        item->setForeground(1, ResponseSummary::statusColor(hop.status));
    }
    for (int c = 0; c < m_redirects->columnCount(); ++c)
        m_redirects->resizeColumnToContents(c);
    m_wire->setExchange(exchange);
    setTabTitles();

    // A TLS failure is explained on the TLS tab, where the user can act on it.
    if (exchange.error && exchange.error->kind == Error::Kind::Tls && exchange.tls)
        m_tabs->setCurrentIndex(TlsTab);
}

void ResponseView::showMessage(const QString &message)
{
    clear();
    m_banner->showMessage(MessageBanner::Level::Info, tr("Not sent"), message, {});
}

void ResponseView::showError(const Error &error)
{
    const auto level = error.kind == Error::Kind::Cancelled ? MessageBanner::Level::Info
                                                            : MessageBanner::Level::Error;
    const ErrorAdvice advice = ErrorAdvisor::forHttp(error);
    m_banner->showMessage(level, advice.title, advice.message, advice.hint, advice.detail);
}

bool ResponseView::showGraphQLErrors(const Exchange &exchange)
{
    // Only for GraphQL requests (a REST API's own "errors" key is not GraphQL's), and only for
    // bodies small enough to parse here: errors answers are short.
    constexpr qint64 kMaxParsed = 1024 * 1024;
    if (exchange.request.body.kind != BodyKind::GraphQL || !exchange.response
        || exchange.response->body.size() > kMaxParsed)
        return false;
    const auto parsed = graphql::parseResponseErrors(exchange.response->body.read(kMaxParsed));
    if (!parsed || parsed->errors.isEmpty())
        return false;
    QStringList lines;
    for (const graphql::ResponseError &e : parsed->errors)
        lines << (e.code.isEmpty() ? e.toText()
                                   : QStringLiteral("%1 [%2]").arg(e.toText(), e.code));
    const qsizetype n = parsed->errors.size();
    m_banner->showMessage(
        parsed->hasData ? MessageBanner::Level::Warning : MessageBanner::Level::Error,
        parsed->hasData ? tr("GraphQL: %n error(s), partial data", nullptr, int(n))
                        : tr("GraphQL: %n error(s), no data", nullptr, int(n)),
        lines.join(u'\n'),
        tr("The service reported these in the response's \"errors\" (HTTP %1); the body tab "
           "shows the whole answer.")
            .arg(exchange.response->status));
    return true;
}

void ResponseView::setTabTitles()
{
    const int headers = m_headersModel->rowCount();
    m_tabs->setTabText(HeadersTab, headers > 0 ? tr("Headers (%1)").arg(headers) : tr("Headers"));
    const int cookies = m_cookies->cookieCount();
    m_tabs->setTabText(CookiesTab, cookies > 0 ? tr("Cookies (%1)").arg(cookies) : tr("Cookies"));
    const qsizetype hops = m_exchange ? m_exchange->redirects.size() : 0;
    m_tabs->setTabText(RedirectsTab, hops > 0 ? tr("Redirects (%1)").arg(hops) : tr("Redirects"));
    const bool tls = m_exchange && m_exchange->tls;
    m_tabs->setTabEnabled(TlsTab, tls);
    m_tabs->setTabToolTip(TlsTab, tls ? QString() : tr("Only for HTTPS requests"));
    m_tabs->setTabEnabled(RedirectsTab, hops > 0);
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(BodyTab);
}

} // namespace wirescope
