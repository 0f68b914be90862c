#pragma once

#include "core/model/assertion.h"
#include "core/runner/assertionevaluator.h"

#include <QWidget>

class QTableView;
class QTreeWidget;

namespace wirescope {

class AssertionsModel;
class CapturesModel;

/// The request's "Tests" tab: assertions checked after every send and captures that set
/// variables from the response, each in an editable table; and below, the results of the
/// last send (✓/✗ with the actual value and why a check failed).
class AssertionsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssertionsEditor)

public:
    explicit AssertionsEditor(QWidget *parent = nullptr);
    ~AssertionsEditor() override;

    void setAssertions(const AssertionList &assertions, const CaptureList &captures);
    AssertionList assertions() const;
    CaptureList captures() const;

    /// Shows the results of the last send; an empty list clears them.
    void showResults(const QList<AssertionResult> &results, const QList<CapturedValue> &captured);
    /// "2 of 3 passed", for the tab title.
    static QString summary(const QList<AssertionResult> &results);

Q_SIGNALS:
    void edited();

private:
    AssertionsModel *m_assertions; // child
    CapturesModel *m_captures;     // child
    QTableView *m_assertionTable;
    QTableView *m_captureTable;
    QTreeWidget *m_results;
};

} // namespace wirescope
