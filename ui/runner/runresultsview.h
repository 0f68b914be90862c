#pragma once

#include "core/runner/collectionrunner.h"

#include <QList>
#include <QSplitter>

class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace wirescope {

class ResponseView;

/// The Runner's results: one row per request and iteration as they finish (result, #, name,
/// method, status, time, what failed), and beside it the selected one in full: its response
/// (status, headers, body, timings, TLS, as a request tab shows it) and its checks (every
/// assertion, test, script error and console line). Long runs stay bounded: at most kMaxRows
/// rows, and the full exchange of only the newest kMaxExchanges of them.
class RunResultsView final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunResultsView)

public:
    static constexpr int kMaxRows = 20000;
    static constexpr int kMaxExchanges = 200;

    explicit RunResultsView(QWidget *parent = nullptr);

    void clear();
    void add(RequestOutcome outcome);
    /// The outcomes still listed, oldest first (for the reports).
    const QList<RequestOutcome> &outcomes() const { return m_outcomes; }

    QTreeWidget *list() const { return m_list; } // child
    /// Null until a result has been selected.
    ResponseView *response() const { return m_response; } // child
    QPlainTextEdit *checks() const { return m_checks; }   // child

private:
    void showRow(int row);

    QTreeWidget *m_list = nullptr;
    QTabWidget *m_detail = nullptr;
    ResponseView *m_response = nullptr;
    QPlainTextEdit *m_checks = nullptr;
    QList<RequestOutcome> m_outcomes; ///< row i is m_outcomes[i]
};

/// @p outcome's checks in words, one per line: "✓ status eq 200", "✗ Body has id: expected…".
QString describeChecks(const RequestOutcome &outcome);

} // namespace wirescope
