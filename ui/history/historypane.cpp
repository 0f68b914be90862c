#include "ui/history/historypane.h"

#include "core/history/historyentry.h"
#include "core/interop/harexporter.h"
#include "core/model/exchange.h"
#include "core/store/jsonfile.h"

#include "core/history/historystore.h"
#include "ui/dialogs/dialogs.h"
#include "ui/history/historymodel.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wirescope {

namespace {

constexpr int s_anyStatus = 0;
constexpr int s_failedStatus = -1;

} // namespace

HistoryPane::HistoryPane(HistoryStore *store, Dialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_dialogs(dialogs)
    , m_model(new HistoryModel(store, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Filter by URL"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter history by URL"));

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("historyMethod"));
    m_method->setAccessibleName(tr("Filter history by method"));
    m_method->addItem(tr("Any method"), QString());
    for (const char *method : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        m_method->addItem(QString::fromLatin1(method), QString::fromLatin1(method));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setAccessibleName(tr("Filter history by status"));
    m_status->addItem(tr("Any status"), s_anyStatus);
    for (int cls = 1; cls <= 5; ++cls)
        m_status->addItem(QStringLiteral("%1xx").arg(cls), cls);
    m_status->addItem(tr("Failed"), s_failedStatus);

    m_clear = new QAction(tr("Clear History…"), this);
    m_clear->setObjectName(QStringLiteral("historyClear"));
    auto *clearButton = new QToolButton(this);
    clearButton->setDefaultAction(m_clear);
    clearButton->setText(tr("Clear"));

    m_banner = new MessageBanner(this);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("History"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // lets the view skip measuring rows it does not show
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setModel(m_model);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(HistoryModel::UrlColumn, QHeaderView::Stretch);
    for (int c : {HistoryModel::MethodColumn, HistoryModel::StatusColumn, HistoryModel::TimeColumn,
                  HistoryModel::DurationColumn})
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_open = new QAction(tr("Open in New Tab"), this);
    m_copyUrl = new QAction(tr("Copy URL"), this);
    m_delete = new QAction(tr("Delete Entry"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_exportHar = new QAction(tr("Export as HAR…"), this);
    m_exportHar->setObjectName(QStringLiteral("historyExportHar"));
    connect(m_exportHar, &QAction::triggered, this, [this] {
        const QString path = m_dialogs->saveFileName(
            this, tr("Export History as HAR"), QStringLiteral("wirescope.har"), tr("HAR (*.har)"));
        if (path.isEmpty())
            return;
        const Result<int> exported = exportHar(path);
        if (!exported)
            showError(tr("Cannot export"), exported.error().message);
    });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({m_open, m_copyUrl, m_delete, separator, m_exportHar, m_clear});

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_method);
    filters->addWidget(m_status);
    filters->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    // Bursts of recordings (a collection run) reload the listing once.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(100);

    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryPane::applyFilter);
    connect(m_filterTimer, &QTimer::timeout, this, &HistoryPane::applyFilter);
    connect(m_method, &QComboBox::currentIndexChanged, this, &HistoryPane::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryPane::applyFilter);
    connect(m_view, &QAbstractItemView::activated, this, &HistoryPane::openEntry);
    connect(m_open, &QAction::triggered, this, [this] { openEntry(m_view->currentIndex()); });
    connect(m_copyUrl, &QAction::triggered, this, &HistoryPane::copyUrl);
    connect(m_delete, &QAction::triggered, this, &HistoryPane::deleteEntry);
    connect(m_clear, &QAction::triggered, this, &HistoryPane::clearHistory);
    connect(m_store, &HistoryStore::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_refreshTimer, &QTimer::timeout, m_model, &HistoryModel::refresh);
    connect(m_store, &HistoryStore::errorOccurred, this,
            [this](const QString &message) { showError(tr("History"), message); });
    connect(m_model, &HistoryModel::loadFailed, this,
            [this](const QString &message) { showError(tr("Cannot read the history"), message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPane::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryPane::updateActions);

    applyFilter();
}

HistoryPane::~HistoryPane() = default;

void HistoryPane::applyFilter()
{
    m_filterTimer->stop();
    HistoryQuery query;
    query.text = m_search->text().trimmed();
    query.method = m_method->currentData().toString();
    const int status = m_status->currentData().toInt();
    if (status == s_failedStatus)
        query.failedOnly = true;
    else
        query.statusClass = status;
    m_banner->clear();
    m_model->setQuery(query);
    updateActions();
}

Result<int> HistoryPane::exportHar(const QString &path)
{
    HistoryQuery query = m_model->query();
    query.limit = kMaxHarEntries;
    query.offset = 0;
    const Result<QList<HistorySummary>> found = m_store->search(query);
    if (!found)
        return found.error();
    QList<Exchange> exchanges;
    // Oldest first, as a HAR log reads.
    for (auto it = found->crbegin(); it != found->crend(); ++it) {
        const Result<HistoryEntry> entry = m_store->entry(it->id);
        if (!entry)
            return entry.error();
        exchanges.append(entry->toExchange());
    }
    const QString error =
        store::writeFileAtomically(path, harJsonText(wirescope::exportHar(exchanges)));
    if (!error.isEmpty())
        return Error{Error::Kind::File, error};
    return int(exchanges.size());
}

void HistoryPane::openEntry(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    openHistoryEntry(m_model->summaryAt(index.row()).id);
}

void HistoryPane::openHistoryEntry(qint64 id)
{
    const Result<HistoryEntry> entry = m_store->entry(id);
    if (!entry) {
        showError(tr("Cannot open this entry"), entry.error().message);
        return;
    }
    if (entry->isSession())
        emit openSessionRequested(entry->sessionRequest, entry->responseBody);
    else
        emit openRequested(entry->requestToReopen(), entry->toExchange());
}

void HistoryPane::copyUrl()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(m_model->summaryAt(index.row()).url);
}

void HistoryPane::deleteEntry()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    if (Result<void> r = m_store->remove(m_model->summaryAt(index.row()).id); !r)
        showError(tr("Cannot delete the entry"), r.error().message);
    else
        m_model->refresh(); // now, not after the refresh delay: the row must go at once
}

void HistoryPane::clearHistory()
{
    const auto answer =
        m_dialogs->question(this, tr("Clear History"),
                            tr("Delete every entry of the request history? This cannot be undone."),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Result<void> r = m_store->clear(); !r)
        showError(tr("Cannot clear the history"), r.error().message);
    else
        m_model->refresh();
}

void HistoryPane::showError(const QString &title, const QString &message)
{
    m_banner->showMessage(MessageBanner::Level::Error, title, message);
}

void HistoryPane::updateActions()
{
    const bool hasCurrent = m_view->currentIndex().isValid();
    m_open->setEnabled(hasCurrent);
    m_copyUrl->setEnabled(hasCurrent);
    m_delete->setEnabled(hasCurrent);
}

} // namespace wirescope
