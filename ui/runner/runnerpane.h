#pragma once

#include "core/model/collection.h"
#include "core/runner/collectionrunner.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace wirescope {

namespace oauth {
class OAuthAuthorizer;
}

class CollectionDocument;
class HttpClient;

/// The Runner pane: pick a collection, a folder and an environment, how many iterations,
/// then run; results stream into the table as each request finishes, with a live summary.
/// "Re-run failed" runs only the requests that failed last time.
class RunnerPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunnerPane)

public:
    explicit RunnerPane(HttpClient *client, QWidget *parent = nullptr);
    ~RunnerPane() override;

    void setDocuments(const QList<CollectionDocument *> &documents); // not owned
    void setGlobals(const VariableList &globals) { m_globals = globals; }
    /// OAuth 2.0 tokens for the run's requests (as wirescope-cli run). Not owned; may be null.
    void setOAuthAuthorizer(oauth::OAuthAuthorizer *authorizer);
    void selectDocument(CollectionDocument *document);

    void run();
    void rerunFailed();
    void stop();
    bool isRunning() const;
    const RunSummary &lastSummary() const { return m_summary; }

Q_SIGNALS:
    void runFinished(const wirescope::RunSummary &summary);

private:
    void start(const Collection &collection);
    void refreshChoices();
    void onRequestFinished(const RequestOutcome &outcome);
    void onFinished(const RunSummary &summary);
    CollectionDocument *selectedDocument() const;

    CollectionRunner *m_runner; // child
    QList<QPointer<CollectionDocument>> m_documents;
    VariableList m_globals;
    QSet<QString> m_failedIds;
    QSet<QString> m_failedThisRun;
    RunSummary m_summary;
    int m_expected = 0;
    int m_done = 0;

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
    QTreeWidget *m_results;
};

} // namespace wirescope
