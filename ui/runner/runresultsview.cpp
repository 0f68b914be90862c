#include "ui/runner/runresultsview.h"

#include "ui/response/responseview.h"

#include <QColor>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>

namespace wirescope {

namespace {

/// What failed, on one line, for the list's last column.
QString failureSummary(const RequestOutcome &o)
{
    QStringList parts;
    if (o.error)
        parts.append(o.error->message);
    else if (!o.skipped.isEmpty())
        parts.append(o.skipped);
    for (const ScriptError &e : o.scriptErrors)
        parts.append(e.describe());
    for (const ScriptTestResult &t : o.scriptTests) {
        if (!t.passed && !t.skipped)
            parts.append(t.name + QStringLiteral(": ") + t.message);
    }
    for (const AssertionResult &r : o.assertions) {
        if (!r.passed)
            parts.append(r.assertion.describe() + QStringLiteral(": ") + r.message);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString describeChecks(const RequestOutcome &o)
{
    QStringList lines;
    if (o.error)
        lines.append(RunResultsView::tr("✗ %1").arg(o.error->message));
    if (!o.skipped.isEmpty())
        lines.append(RunResultsView::tr("– %1").arg(o.skipped));
    for (const ScriptError &e : o.scriptErrors)
        lines.append(RunResultsView::tr("✗ %1").arg(e.describe()));
    for (const ScriptTestResult &t : o.scriptTests) {
        if (t.skipped)
            lines.append(RunResultsView::tr("– %1 (skipped)").arg(t.name));
        else if (t.passed)
            lines.append(RunResultsView::tr("✓ %1").arg(t.name));
        else
            lines.append(RunResultsView::tr("✗ %1: %2").arg(t.name, t.message));
    }
    for (const AssertionResult &r : o.assertions) {
        if (r.passed)
            lines.append(RunResultsView::tr("✓ %1").arg(r.assertion.describe()));
        else
            lines.append(RunResultsView::tr("✗ %1: %2 (actual %3)")
                             .arg(r.assertion.describe(), r.message, r.actual));
    }
    for (const CapturedValue &c : o.captures) {
        lines.append(c.found
                         ? RunResultsView::tr("→ %1 captured").arg(c.variable)
                         : RunResultsView::tr("! %1 not captured: %2").arg(c.variable, c.message));
    }
    for (const ScriptConsoleLine &line : o.console)
        lines.append(QStringLiteral("console: ") + line.text);
    if (lines.isEmpty())
        lines.append(RunResultsView::tr("No checks: this request has no assertions or tests."));
    return lines.join(u'\n');
}

RunResultsView::RunResultsView(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("runResults"));
    setChildrenCollapsible(false);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("runnerResults"));
    m_list->setAccessibleName(tr("Run results"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Result"), tr("#"), tr("Request"), tr("Method"), tr("Status"),
                             tr("Time"), tr("Details")});
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(60);

    m_detail = new QTabWidget(this);
    m_detail->setObjectName(QStringLiteral("runnerDetail"));
    m_detail->setDocumentMode(true);
    m_checks = new QPlainTextEdit(m_detail);
    m_checks->setObjectName(QStringLiteral("runnerChecks"));
    m_checks->setAccessibleName(tr("Checks of the selected request"));
    m_checks->setReadOnly(true);
    m_checks->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->addTab(m_checks, tr("Checks"));
    m_detail->hide(); // until a result is selected (the response view is built then)
    addWidget(m_list);
    addWidget(m_detail);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showRow(item ? m_list->indexOfTopLevelItem(item) : -1);
    });
}

void RunResultsView::clear()
{
    m_list->clear();
    m_outcomes.clear();
    if (m_response)
        m_response->clear();
    m_checks->clear();
}

void RunResultsView::add(RequestOutcome o)
{
    const QString result = !o.skipped.isEmpty() ? tr("skipped")
                           : o.passed()         ? tr("✓ pass")
                                                : tr("✗ fail");
    const QString name = o.folderPath.isEmpty() ? o.name : o.folderPath.join(u'/') + u'/' + o.name;
    auto *item = new QTreeWidgetItem(
        m_list, {result, QString::number(o.iteration + 1), name, o.method,
                 o.status ? QString::number(o.status) : QStringLiteral("—"),
                 QString::number(o.timeMs, 'f', 1) + QStringLiteral(" ms"), failureSummary(o)});
    item->setForeground(0, o.passed() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    item->setToolTip(2, o.url);
    m_outcomes.append(std::move(o));
    // Bounded: the oldest row goes first, and only the newest exchanges keep their bodies.
    if (m_outcomes.size() > kMaxRows) {
        delete m_list->takeTopLevelItem(0);
        m_outcomes.removeFirst();
    }
    if (m_outcomes.size() > kMaxExchanges)
        m_outcomes[m_outcomes.size() - kMaxExchanges - 1].exchange.reset();
}

void RunResultsView::showRow(int row)
{
    if (row < 0 || row >= m_outcomes.size()) {
        if (m_response)
            m_response->clear();
        m_checks->clear();
        return;
    }
    if (!m_response) {
        // Built on first use: the Runner dock exists from start-up, most sessions never look.
        m_response = new ResponseView(m_detail);
        m_detail->insertTab(0, m_response, tr("Response"));
        m_detail->setCurrentIndex(0);
        m_detail->show();
    }
    const RequestOutcome &o = m_outcomes.at(row);
    if (o.exchange)
        m_response->setExchange(*o.exchange);
    else
        m_response->clear();
    m_checks->setPlainText(describeChecks(o));
    m_detail->setTabText(m_detail->indexOf(m_checks),
                         o.passed() ? tr("Checks") : tr("Checks (failed)"));
}

} // namespace wirescope
