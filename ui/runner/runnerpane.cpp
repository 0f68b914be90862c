#include "ui/runner/runnerpane.h"

#include "core/model/collectiontree.h"
#include "core/model/collectionwalk.h"
#include "core/runner/htmlreportwriter.h"
#include "core/runner/jsonreportwriter.h"
#include "core/runner/junitreportwriter.h"
#include "core/store/variablescopes.h"
#include "ui/collections/collectiondocument.h"
#include "ui/collections/scriptvariablewriter.h"
#include "ui/dialogs/dialogs.h"
#include "ui/runner/runresultsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
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
    , m_exportButton(new QPushButton(tr("Export"), this))
    , m_tabs(new QTabWidget(this))
    , m_results(new RunResultsView(m_tabs))
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
    m_exportButton->setObjectName(QStringLiteral("runnerExport"));
    m_exportButton->setToolTip(tr("Save this run's results as JSON, JUnit XML or HTML"));
    m_exportButton->setEnabled(false);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->setObjectName(QStringLiteral("runnerExportMenu"));
    exportMenu->addAction(tr("JSON…"), this, [this] { exportRun(ReportFormat::Json); });
    exportMenu->addAction(tr("JUnit XML…"), this, [this] { exportRun(ReportFormat::Junit); });
    exportMenu->addAction(tr("HTML…"), this, [this] { exportRun(ReportFormat::Html); });
    m_exportButton->setMenu(exportMenu);
    m_console->setObjectName(QStringLiteral("runnerConsole"));
    m_console->setAccessibleName(tr("Script console"));
    m_console->setReadOnly(true);
    m_console->setMaximumBlockCount(10000); // a long run keeps its latest lines
    m_console->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->setObjectName(QStringLiteral("runnerTabs"));
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(m_console, tr("Console"));

    // The choices in a column beside the results: the dock stays low (it never pushes the
    // window past the screen) and the results get the width.
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
    buttons->addWidget(m_exportButton);
    auto *choices = new QVBoxLayout;
    choices->addLayout(form);
    choices->addLayout(buttons);
    choices->addWidget(m_progress);
    choices->addWidget(m_summaryLabel);
    choices->addStretch(1);
    m_summaryLabel->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(choices);
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
    m_exportButton->setEnabled(false);
    m_runCollectionName = collection.name;
    m_summaryLabel->setText(tr("Running…"));
}

void RunnerPane::onRequestFinished(const RequestOutcome &o)
{
    ++m_done;
    m_progress->setValue(m_done);
    if (!o.passed())
        m_failedThisRun.insert(o.id);
    m_results->add(o);
    if (o.exchange)
        emit exchangeFinished(*o.exchange);
    m_summaryLabel->setText(tr("%1 of %2 requests done").arg(m_done).arg(m_expected));
}

void RunnerPane::exportRun(ReportFormat format)
{
    if (!m_dialogs)
        return;
    static const char *const s_suffixes[] = {"json", "xml", "html"};
    const QString filters[] = {tr("JSON report (*.json)"), tr("JUnit XML (*.xml)"),
                               tr("HTML page (*.html)")};
    const int i = int(format);
    const QString path = m_dialogs->saveFileName(
        this, tr("Export Run"),
        QStringLiteral("%1-run.%2").arg(m_runCollectionName, QLatin1String(s_suffixes[i])),
        filters[i]);
    if (path.isEmpty())
        return;
    QString error;
    if (!writeReport(format, path, &error))
        m_dialogs->warning(this, tr("Export Run"), error);
}

bool RunnerPane::writeReport(ReportFormat format, const QString &path, QString *error) const
{
    const QList<RequestOutcome> &outcomes = m_results->outcomes();
    switch (format) {
    case ReportFormat::Json: {
        JsonReportWriter writer(path, m_runCollectionName);
        if (!writer.open(error))
            return false;
        for (const RequestOutcome &o : outcomes)
            writer.add(o);
        return writer.finish(m_summary, error);
    }
    case ReportFormat::Junit: {
        JunitReportWriter writer(path, m_runCollectionName);
        if (!writer.open(error))
            return false;
        for (const RequestOutcome &o : outcomes)
            writer.add(o);
        return writer.finish(m_summary, error);
    }
    case ReportFormat::Html:
        break;
    }
    return HtmlReportWriter::write(path, m_runCollectionName, outcomes, m_summary, error);
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
    m_exportButton->setEnabled(true);
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
