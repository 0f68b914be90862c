#pragma once

#include "core/model/collection.h"
#include "core/scripting/scriptjob.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace wirescope {

class CodeEditor;

/// The request's Scripts page: Postman-style Pre-request and Tests scripts in code editors
/// (line numbers, a script error shown at its line), the script test results of the last
/// send, and a Console with what the scripts logged.
class ScriptsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptsPage)

public:
    explicit ScriptsPage(QWidget *parent = nullptr);

    /// The scripts as an item keeps them (empty editors leave no entry; other events kept).
    QList<ImportedScript> scripts() const;
    void setScripts(const QList<ImportedScript> &scripts);
    QString source(const QString &event) const;

    /// Forgets the results, errors and console of the previous send.
    void clearResults();
    /// Adds one event's results (pre-request, then test) of the current send.
    void addResult(const ScriptRunResult &result);
    void appendConsole(const ScriptConsoleLine &line);
    /// Script tests of the current send.
    const QList<ScriptTestResult> &results() const { return m_results; }

    /// "2/3 passed" for the tab title; empty without results.
    static QString summary(const QList<ScriptTestResult> &results);

Q_SIGNALS:
    void edited();

private:
    CodeEditor *editorFor(const QString &event) const;

    QTabWidget *m_editors = nullptr;
    CodeEditor *m_preRequest = nullptr;
    CodeEditor *m_tests = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_output = nullptr;
    QListWidget *m_resultList = nullptr;
    QPlainTextEdit *m_console = nullptr;
    QList<ImportedScript> m_otherScripts; ///< events other than prerequest/test, kept as they are
    QList<ScriptTestResult> m_results;
};

} // namespace wirescope
