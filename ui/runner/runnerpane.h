#pragma once

#include "core/model/collection.h"
#include "core/runner/collectionrunner.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace wirescope {

namespace oauth {
class OAuthAuthorizer;
}

class CollectionDocument;
class Dialogs;
class HttpClient;
class RunResultsView;

/// The Runner pane: pick a collection, a folder and an environment, how many iterations,
/// then run; results stream into the table as each request finishes, with a live summary.
/// "Re-run failed" runs only the requests that failed last time. Variables the run's scripts
/// set go into the collection and the chosen environment through the document (unsaved, as
/// an edit; secrets keep their flag, so a save puts them in the keychain), and the scripts'
/// console lines show in the Console tab beside the results.
class RunnerPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunnerPane)

public:
    explicit RunnerPane(HttpClient *client, QWidget *parent = nullptr);
    ~RunnerPane() override;

    void setDocuments(const QList<CollectionDocument *> &documents); // not owned
    /// The variables a run of @p document with @p environment starts from.
    using VariablesSource = std::function<VariableContext(const CollectionDocument *document,
                                                          const QString &environment)>;
    /// The window's picture of the variables (globals, the demo server's {{demo}} while it
    /// runs, the collection's, the chosen environment's, what this session captured), so a
    /// run sees what a tab's Send sees. Without one, the collection's and environment's own.
    void setVariablesSource(VariablesSource source) { m_variables = std::move(source); }
    /// OAuth 2.0 tokens for the run's requests (as wirescope-cli run). Not owned; may be null.
    void setOAuthAuthorizer(oauth::OAuthAuthorizer *authorizer);
    void selectDocument(CollectionDocument *document);
    /// Where the environment box starts for a collection (as Postman's runner: the window's
    /// active environment). Called with the collection whenever its choices are listed.
    void setActiveEnvironmentSource(std::function<QString(const CollectionDocument *)> source)
    {
        m_activeEnvironment = std::move(source);
    }
    /// The window's active environment of @p document changed: the box follows it while no
    /// run is going (a running run keeps the environment it started with).
    void activeEnvironmentChanged(const CollectionDocument *document);

    /// Where Export asks for a file (not owned; without one Export does nothing).
    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }

    /// The formats a run can be exported to.
    enum class ReportFormat { Json, Junit, Html };
    /// Writes the last run's results to @p path; false (with @p error) on failure.
    bool writeReport(ReportFormat format, const QString &path, QString *error) const;
    RunResultsView *results() const { return m_results; } // child

    void run();
    void rerunFailed();
    void stop();
    bool isRunning() const;
    const RunSummary &lastSummary() const { return m_summary; }

Q_SIGNALS:
    void runFinished(const wirescope::RunSummary &summary);
    /// Emitted (directly) before a run whose URLs use variables no scope defines: a receiver
    /// may provide them (the demo server starts on demand), and the run asks for the
    /// variables again afterwards.
    void variablesNeeded(const QStringList &names);
    /// A script of the run changed variables (every scope, @p before -> @p after). The pane
    /// has written the collection and environment ones; the window keeps the globals.
    void scriptVariablesChanged(const wirescope::ScriptVariables &before,
                                const wirescope::ScriptVariables &after);
    /// A request of the run went on the wire (the window records it in History, as a send).
    void exchangeFinished(const wirescope::Exchange &exchange);

private:
    void start(CollectionDocument *document, const Collection &collection);
    void onVariablesChanged(const ScriptVariables &variables);
    void onConsoleMessage(const ScriptConsoleLine &line);
    void updateConsoleTitle();
    void refreshChoices();
    void onRequestFinished(const RequestOutcome &outcome);
    void onFinished(const RunSummary &summary);
    void exportRun(ReportFormat format);
    CollectionDocument *selectedDocument() const;
    VariableContext variablesFor(const CollectionDocument *document,
                                 const QString &environment) const;

    CollectionRunner *m_runner; // child
    QList<QPointer<CollectionDocument>> m_documents;
    std::function<QString(const CollectionDocument *)> m_activeEnvironment;
    VariablesSource m_variables;
    QSet<QString> m_failedIds;
    QSet<QString> m_failedThisRun;
    RunSummary m_summary;
    int m_expected = 0;
    int m_done = 0;
    QPointer<CollectionDocument> m_runDocument; ///< what the running run's scripts write to
    QString m_runEnvironment;
    ScriptVariables m_runVariables; ///< the variables as last written
    QString m_currentRequest;       ///< for the console lines
    int m_consoleLines = 0;

    QComboBox *m_collection;
    QComboBox *m_folder;
    QComboBox *m_environment;
    QSpinBox *m_iterations;
    QSpinBox *m_delay;
    QCheckBox *m_bail;
    QPushButton *m_runButton;
    QPushButton *m_rerunButton;
    QProgressBar *m_progress;
    QLabel *m_summaryLabel;
    QPushButton *m_exportButton;
    QTabWidget *m_tabs;
    RunResultsView *m_results;
    QPlainTextEdit *m_console;
    Dialogs *m_dialogs = nullptr; // not owned
    QString m_runCollectionName;  ///< for the reports
};

} // namespace wirescope
