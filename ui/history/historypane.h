#pragma once

#include "core/model/error.h"
#include "core/model/exchange.h"
#include "core/model/request.h"

#include <QJsonObject>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTimer;
class QTreeView;

namespace wirescope {

class Dialogs;
class HistoryModel;
class HistoryStore;
class MessageBanner;

/// The history side pane: a filter line (debounced), method and status filters, and the
/// entries newest first. Enter or double-click on an entry emits openRequested() with the
/// request to open as a new tab and the response the history kept of it (redacted, its body
/// bounded by the history's limit); the context menu opens, copies the URL or deletes; "Clear
/// history" asks first.
class HistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPane)

public:
    /// Milliseconds between the last keystroke in the filter line and the search.
    static constexpr int FilterDelayMs = 250;

    /// @p dialogs asks where to export and whether to clear (not owned, not null).
    HistoryPane(HistoryStore *store, Dialogs *dialogs, QWidget *parent = nullptr);
    ~HistoryPane() override;

    HistoryModel *model() const { return m_model; }
    QAction *clearAction() const { return m_clear; }

    /// Asks for confirmation, then deletes every entry.
    void clearHistory();
    /// Reopens the entry with @p id as Enter on it would (quick open's history entries).
    void openHistoryEntry(qint64 id);
    /// Writes the entries the filter shows (the newest kMaxHarEntries) to @p path as HAR 1.2.
    /// Returns the number exported, or an Error naming the problem.
    Result<int> exportHar(const QString &path);
    static constexpr int kMaxHarEntries = 1000;

signals:
    void openRequested(const wirescope::Request &request, const wirescope::Exchange &kept);
    /// A WebSocket session: its request (`*.ws.json` form) and transcript (JSON lines).
    void openSessionRequested(const QJsonObject &request, const QByteArray &transcript);

private:
    void applyFilter();
    void openEntry(const QModelIndex &index);
    void copyUrl();
    void deleteEntry();
    void showError(const QString &title, const QString &message);
    void updateActions();

    HistoryStore *m_store; // not owned
    Dialogs *m_dialogs;    // not owned
    HistoryModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_status = nullptr;
    QTreeView *m_view = nullptr;
    MessageBanner *m_banner = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QAction *m_open = nullptr;
    QAction *m_copyUrl = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_exportHar = nullptr;
};

} // namespace wirescope
