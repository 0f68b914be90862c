#pragma once

#include "core/model/exchange.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace wirescope {

class BodyView;
class CookiesView;
class PreviewView;
class HeaderListModel;
class MessageBanner;
class ResponseSummary;
class SentRequestView;
class TimingWaterfall;
class TlsView;
class WireView;

/// Everything about one exchange: the status line, an error banner when it failed, and tabs
/// for the body, headers, the request as sent, timing, TLS and redirects.
class ResponseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    explicit ResponseView(QWidget *parent = nullptr);

    /// Forgets the shown exchange.
    void clear();
    /// A request is on its way: clears the view and shows progress.
    void beginExchange();
    void showHead(const Response &head);
    void showProgress(qint64 received, qint64 total);
    void setExchange(const Exchange &exchange);
    /// Nothing was sent (a script skipped or a cancel stopped the request): says why.
    void showMessage(const QString &message);

    /// Adds @p page (a stream's live view) as the last tab; showPage() brings it forward.
    void addPage(QWidget *page, const QString &title);
    void showPage(QWidget *page);

    const std::optional<Exchange> &exchange() const { return m_exchange; }
    BodyView *bodyView() const { return m_body; }          // child
    WireView *wireView() const { return m_wire; }          // child
    ResponseSummary *summary() const { return m_summary; } // child

signals:
    /// The user accepted a TLS error for this request from the TLS tab.
    void tlsErrorAccepted(const wirescope::IgnoredTlsError &error);
    /// The first screen of the body view is shown.
    void bodyRendered();

private:
    /// A banner for the `errors` of a GraphQL answer; false when there are none.
    bool showGraphQLErrors(const Exchange &exchange);
    void showError(const Error &error);
    void setTabTitles();

    std::optional<Exchange> m_exchange;
    ResponseSummary *m_summary = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_warnings = nullptr;
    QTabWidget *m_tabs = nullptr;
    BodyView *m_body = nullptr;
    PreviewView *m_preview = nullptr;
    CookiesView *m_cookies = nullptr;
    QTableView *m_headers = nullptr;
    HeaderListModel *m_headersModel = nullptr;
    SentRequestView *m_sent = nullptr;
    TimingWaterfall *m_waterfall = nullptr;
    QLabel *m_timingNotes = nullptr;
    TlsView *m_tls = nullptr;
    WireView *m_wire = nullptr;
    QTreeWidget *m_redirects = nullptr;
};

} // namespace wirescope
