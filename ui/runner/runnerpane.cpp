#include "ui/runner/runnerpane.h"

#include "core/model/collectiontree.h"
#include "core/model/collectionwalk.h"
#include "core/store/variablescopes.h"
#include "ui/collections/collectiondocument.h"
#include "ui/collections/scriptvariablewriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wirescope {

namespace {

void addFolderPaths(const std::vector<CollectionItem> &items,
                    const QString &prefix,
                    QStringList &out)
{
    for (const CollectionItem &item : items) {
        if (const auto *folder = std::get_if<Folder>(&item.node)) {
            const QString path = prefix.isEmpty() ? folder->name : prefix + u'/' + folder->name;
            out.append(path);
            addFolderPaths(folder->children, path, out);
        }
    }
}

} // namespace

RunnerPane::RunnerPane(HttpClient *client, QWidget *parent)
    : QWidget(parent)
    , m_runner(new CollectionRunner(client, this))
    , m_collection(new QComboBox(this))
    , m_folder(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_iterations(new QSpinBox(this))
    , m_delay(new QSpinBox(this))
    , m_bail(new QCheckBox(tr("Stop at the first failure"), this))
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_rerunButton(new QPushButton(tr("Re-run Failed"), this))
    , m_progress(new QProgressBar(this))
    , m_summaryLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_results(new QTreeWidget(m_tabs))
    , m_console(new QPlainTextEdit(m_tabs))
{
    setObjectName(QStringLiteral("runnerPane"));
    m_collection->setObjectName(QStringLiteral("runnerCollection"));
    m_collection->setAccessibleName(tr("Collection to run"));
    m_folder->setObjectName(QStringLiteral("runnerFolder"));
    m_folder->setAccessibleName(tr("Folder to run"));
    m_environment->setObjectName(QStringLiteral("runnerEnvironment"));
    m_environment->setAccessibleName(tr("Environment"));
    m_iterations->setObjectName(QStringLiteral("runnerIterations"));
    m_iterations->setRange(1, 100000);
    m_delay->setRange(0, 600000);
    m_delay->setSuffix(tr(" ms"));
    m_runButton->setObjectName(QStringLiteral("runnerRun"));
    m_rerunButton->setObjectName(QStringLiteral("runnerRerunFailed"));
    m_rerunButton->setEnabled(false);
    m_summaryLabel->setObjectName(QStringLiteral("runnerSummary"));
    m_results->setObjectName(QStringLiteral("runnerResults"));
    m_results->setAccessibleName(tr("Run results"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderLabels({tr("Result"), tr("#"), tr("Request"), tr("Method"), tr("Status"),
                                tr("Time"), tr("Details")});
    m_results->header()->setStretchLastSection(true);
    m_console->setObjectName(QStringLiteral("runnerConsole"));
    m_console->setAccessibleName(tr("Script console"));
    m_console->setReadOnly(true);
    m_console->setMaximumBlockCount(10000); // a long run keeps its latest lines
    m_console->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->setObjectName(QStringLiteral("runnerTabs"));
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(m_console, tr("Console"));

    auto *form = new QFormLayout;
    form->addRow(tr("Collection:"), m_collection);
    form->addRow(tr("Folder:"), m_folder);
    form->addRow(tr("Environment:"), m_environment);
    form->addRow(tr("Iterations:"), m_iterations);
    form->addRow(tr("Delay:"), m_delay);
    form->addRow(QString(), m_bail);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_rerunButton);
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tabs, 1);

    connect(m_collection, &QComboBox::currentIndexChanged, this, &RunnerPane::refreshChoices);
    connect(m_runButton, &QPushButton::clicked, this, [this] { isRunning() ? stop() : run(); });
    connect(m_rerunButton, &QPushButton::clicked, this, &RunnerPane::rerunFailed);
    connect(m_runner, &CollectionRunner::requestFinished, this, &RunnerPane::onRequestFinished);
    connect(m_runner, &CollectionRunner::finished, this, &RunnerPane::onFinished);
    connect(m_runner, &CollectionRunner::variablesChanged, this, &RunnerPane::onVariablesChanged);
    connect(m_runner, &CollectionRunner::consoleMessage, this, &RunnerPane::onConsoleMessage);
    connect(m_runner, &CollectionRunner::requestStarted, this,
            [this](int, int, const QString &name) { m_currentRequest = name; });
}

RunnerPane::~RunnerPane() = default;

void RunnerPane::setDocuments(const QList<CollectionDocument *> &documents)
{
    CollectionDocument *current = selectedDocument();
    m_documents.clear();
    const QSignalBlocker blocker(m_collection);
    m_collection->clear();
    for (CollectionDocument *d : documents) {
        m_documents.append(d);
        m_collection->addItem(d->collection().name);
    }
    const int index = int(m_documents.indexOf(current));
    m_collection->setCurrentIndex(index >= 0 ? index : 0);
    refreshChoices();
}

void RunnerPane::selectDocument(CollectionDocument *document)
{
    const int index = int(m_documents.indexOf(document));
    if (index >= 0)
        m_collection->setCurrentIndex(index);
}

CollectionDocument *RunnerPane::selectedDocument() const
{
    const int index = m_collection->currentIndex();
    return index >= 0 && index < m_documents.size() ? m_documents[index].data() : nullptr;
}

void RunnerPane::refreshChoices()
{
    m_folder->clear();
    m_environment->clear();
    m_folder->addItem(tr("Whole collection"), QString());
    m_environment->addItem(tr("No environment"), QString());
    CollectionDocument *document = selectedDocument();
    if (!document)
        return;
    QStringList folders;
    addFolderPaths(document->collection().items, {}, folders);
    for (const QString &path : std::as_const(folders))
        m_folder->addItem(path, path);
    for (const Environment &e : document->collection().environments)
        m_environment->addItem(e.name, e.name);
    if (m_activeEnvironment) {
        const int active = m_environment->findData(m_activeEnvironment(document));
        m_environment->setCurrentIndex(active >= 0 ? active : 0);
    }
}

void RunnerPane::activeEnvironmentChanged(const CollectionDocument *document)
{
    if (isRunning() || !m_activeEnvironment || !document || selectedDocument() != document)
        return;
    const int active = m_environment->findData(m_activeEnvironment(document));
    m_environment->setCurrentIndex(active >= 0 ? active : 0);
}

void RunnerPane::setOAuthAuthorizer(oauth::OAuthAuthorizer *authorizer)
{
    m_runner->setAuthorizer(authorizer);
}

bool RunnerPane::isRunning() const
{
    return m_runner->isRunning();
}

VariableContext RunnerPane::variablesFor(const CollectionDocument *document,
                                         const QString &environment) const
{
    if (m_variables)
        return m_variables(document, environment);
    return buildVariableContext({}, document->collection(), environment);
}

void RunnerPane::run()
{
    if (CollectionDocument *document = selectedDocument())
        start(document, document->collection());
}

void RunnerPane::rerunFailed()
{
    CollectionDocument *document = selectedDocument();
    if (!document || m_failedIds.isEmpty())
        return;
    start(document, tree::onlyRequests(document->collection(), m_failedIds));
}

void RunnerPane::stop()
{
    m_runner->cancel();
}

void RunnerPane::start(CollectionDocument *document, const Collection &collection)
{
    RunOptions options;
    options.folderPath = m_folder->currentData().toString();
    options.iterations = m_iterations->value();
    options.delayMs = m_delay->value();
    options.bail = m_bail->isChecked();
    options.scriptsOnWorkerThread = true; // the window never waits on a script
    const QString environment = m_environment->currentData().toString();
    options.variables = variablesFor(document, environment);
    if (const QStringList missing =
            undefinedUrlVariables(collection, options.folderPath, options.variables);
        !missing.isEmpty()) {
        Q_EMIT variablesNeeded(missing);
        options.variables = variablesFor(document, environment);
    }
    m_results->clear();
    m_console->clear();
    m_consoleLines = 0;
    updateConsoleTitle();
    m_runDocument = document;
    m_runEnvironment = m_environment->currentData().toString();
    m_runVariables = ScriptVariables::fromContext(options.variables);
    m_failedThisRun.clear();
    m_done = 0;
    m_expected = int(flattenRequests(collection, options.folderPath).size()) * options.iterations;
    m_progress->setRange(0, std::max(m_expected, 1));
    m_progress->setValue(0);
    const Result<bool> started = m_runner->start(collection, options);
    if (!started) {
        m_summaryLabel->setText(started.error().message);
        return;
    }
    m_runButton->setText(tr("Stop"));
    m_rerunButton->setEnabled(false);
    m_summaryLabel->setText(tr("Running…"));
}

void RunnerPane::onRequestFinished(const RequestOutcome &o)
{
    ++m_done;
    m_progress->setValue(m_done);
    QString details;
    if (o.error)
        details = o.error->message;
    else if (!o.skipped.isEmpty())
        details = o.skipped;
    for (const ScriptError &e : o.scriptErrors) {
        details += (details.isEmpty() ? QString() : QStringLiteral("; "))
                   + tr("%1 script (%2): %3")
                         .arg(e.event == u"prerequest" ? tr("pre-request") : tr("test"), e.origin,
                              e.message);
    }
    for (const ScriptTestResult &t : o.scriptTests) {
        if (!t.passed && !t.skipped)
            details += (details.isEmpty() ? QString() : QStringLiteral("; ")) + t.name
                       + QStringLiteral(": ") + t.message;
    }
    for (const AssertionResult &r : o.assertions) {
        if (!r.passed)
            details += (details.isEmpty() ? QString() : QStringLiteral("; "))
                       + r.assertion.describe() + QStringLiteral(": ") + r.message;
    }
    const QString result = !o.skipped.isEmpty() ? tr("skipped")
                           : o.passed()         ? tr("✓ pass")
                                                : tr("✗ fail");
    const QString name = o.folderPath.isEmpty() ? o.name : o.folderPath.join(u'/') + u'/' + o.name;
    auto *item = new QTreeWidgetItem(
        m_results, {result, QString::number(o.iteration + 1), name, o.method,
                    o.status ? QString::number(o.status) : QStringLiteral("—"),
                    QString::number(o.timeMs, 'f', 1) + QStringLiteral(" ms"), details});
    item->setForeground(0, o.passed() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    if (!o.passed())
        m_failedThisRun.insert(o.id);
    // Keep the table bounded on very long runs: older passing rows go first.
    constexpr int kMaxRows = 20000;
    if (m_results->topLevelItemCount() > kMaxRows)
        delete m_results->takeTopLevelItem(0);
    m_summaryLabel->setText(tr("%1 of %2 requests done").arg(m_done).arg(m_expected));
}

void RunnerPane::onVariablesChanged(const ScriptVariables &variables)
{
    // Written as they change, as Postman's runner does: a run stopped half-way keeps what
    // its scripts set so far.
    writeScriptVariables(m_runDocument, m_runEnvironment, m_runVariables, variables);
    const ScriptVariables before = m_runVariables;
    m_runVariables = variables;
    Q_EMIT scriptVariablesChanged(before, variables);
}

void RunnerPane::onConsoleMessage(const ScriptConsoleLine &line)
{
    const QString level = line.level == ScriptConsoleLine::Level::Log
                              ? QString()
                              : ScriptConsoleLine::levelName(line.level) + QStringLiteral(": ");
    m_console->appendPlainText(m_currentRequest + QStringLiteral(" \u203a ") + level + line.text);
    ++m_consoleLines;
    updateConsoleTitle();
}

void RunnerPane::updateConsoleTitle()
{
    m_tabs->setTabText(1, m_consoleLines ? tr("Console (%1)").arg(m_consoleLines) : tr("Console"));
}

void RunnerPane::onFinished(const RunSummary &summary)
{
    m_summary = summary;
    m_failedIds = m_failedThisRun;
    m_runButton->setText(tr("Run"));
    m_rerunButton->setEnabled(!m_failedIds.isEmpty());
    const QString scripts = summary.scriptTests > 0 || summary.scriptErrors > 0
                                ? tr("; %1 script tests, %2 failed, %3 script errors")
                                      .arg(summary.scriptTests)
                                      .arg(summary.scriptTestsFailed)
                                      .arg(summary.scriptErrors)
                                : QString();
    m_summaryLabel->setText(tr("%1 — %2 requests, %3 failed; %4 assertions, %5 failed%6; %7 ms")
                                .arg(summary.passed()    ? tr("PASSED")
                                     : summary.cancelled ? tr("STOPPED")
                                                         : tr("FAILED"))
                                .arg(summary.requests)
                                .arg(summary.requestsFailed)
                                .arg(summary.assertions)
                                .arg(summary.assertionsFailed)
                                .arg(scripts, QString::number(summary.durationMs, 'f', 0)));
    Q_EMIT runFinished(summary);
}

} // namespace wirescope
