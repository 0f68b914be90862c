#include "ui/request/scriptspage.h"

#include "ui/widgets/codeeditor.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wirescope {

ScriptsPage::ScriptsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scriptsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    m_editors = new QTabWidget(splitter);
    m_editors->setObjectName(QStringLiteral("scriptEditors"));
    m_editors->setDocumentMode(true);
    m_preRequest = new CodeEditor(m_editors);
    m_preRequest->setObjectName(QStringLiteral("preRequestScript"));
    m_preRequest->setAccessibleName(tr("Pre-request script"));
    m_preRequest->setPlaceholderText(tr("// Runs before the request is sent, e.g.\n"
                                        "pm.environment.set('nonce', Date.now());"));
    m_tests = new CodeEditor(m_editors);
    m_tests->setObjectName(QStringLiteral("testScript"));
    m_tests->setAccessibleName(tr("Test script"));
    m_tests->setPlaceholderText(tr("// Runs after the response arrives, e.g.\n"
                                   "pm.test('status is 200', function () {\n"
                                   "    pm.response.to.have.status(200);\n"
                                   "});"));
    for (CodeEditor *editor : {m_preRequest, m_tests})
        editor->setSyntax(SyntaxLanguage::JavaScript);
    m_editors->addTab(m_preRequest, tr("Pre-request"));
    m_editors->addTab(m_tests, tr("Tests"));

    auto *output = new QWidget(splitter);
    auto *outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel(output);
    m_error->setObjectName(QStringLiteral("scriptError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    outputLayout->addWidget(m_error);
    m_output = new QTabWidget(output);
    m_output->setDocumentMode(true);
    m_resultList = new QListWidget(m_output);
    m_resultList->setObjectName(QStringLiteral("scriptResults"));
    m_resultList->setAccessibleName(tr("Script test results"));
    m_console = new QPlainTextEdit(m_output);
    m_console->setObjectName(QStringLiteral("scriptConsole"));
    m_console->setAccessibleName(tr("Script console"));
    m_console->setReadOnly(true);
    m_console->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_console->setMaximumBlockCount(5000);
    m_output->addTab(m_resultList, tr("Results"));
    m_output->addTab(m_console, tr("Console"));
    outputLayout->addWidget(m_output);

    splitter->addWidget(m_editors);
    splitter->addWidget(output);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);

    for (CodeEditor *editor : {m_preRequest, m_tests})
        connect(editor, &QPlainTextEdit::textChanged, this, &ScriptsPage::edited);
}

QList<ImportedScript> ScriptsPage::scripts() const
{
    QList<ImportedScript> out;
    if (!m_preRequest->toPlainText().isEmpty())
        out.append(ImportedScript{QStringLiteral("prerequest"), m_preRequest->toPlainText()});
    if (!m_tests->toPlainText().isEmpty())
        out.append(ImportedScript{QStringLiteral("test"), m_tests->toPlainText()});
    return out + m_otherScripts;
}

void ScriptsPage::setScripts(const QList<ImportedScript> &scripts)
{
    QString pre;
    QString test;
    m_otherScripts.clear();
    for (const ImportedScript &s : scripts) {
        if (s.event == u"prerequest")
            pre += (pre.isEmpty() ? QString() : QStringLiteral("\n")) + s.source;
        else if (s.event == u"test")
            test += (test.isEmpty() ? QString() : QStringLiteral("\n")) + s.source;
        else
            m_otherScripts.append(s);
    }
    m_preRequest->setPlainText(pre);
    m_tests->setPlainText(test);
    // Open on the script there is (the tests when there is no pre-request script).
    m_editors->setCurrentWidget(pre.isEmpty() && !test.isEmpty() ? m_tests : m_preRequest);
    clearResults();
}

QString ScriptsPage::source(const QString &event) const
{
    const CodeEditor *editor = editorFor(event);
    return editor ? editor->toPlainText() : QString();
}

CodeEditor *ScriptsPage::editorFor(const QString &event) const
{
    if (event == u"prerequest")
        return m_preRequest;
    if (event == u"test")
        return m_tests;
    return nullptr;
}

void ScriptsPage::clearResults()
{
    m_results.clear();
    m_resultList->clear();
    m_console->clear();
    m_error->clear();
    m_error->hide();
    m_preRequest->setErrorLine(0, {});
    m_tests->setErrorLine(0, {});
}

void ScriptsPage::addResult(const ScriptRunResult &result)
{
    for (const ScriptTestResult &t : result.tests) {
        m_results.append(t);
        QString text = t.skipped  ? QStringLiteral("–  %1 (skipped)").arg(t.name)
                       : t.passed ? QStringLiteral("✓  %1").arg(t.name)
                                  : QStringLiteral("✗  %1: %2").arg(t.name, t.message);
        auto *item = new QListWidgetItem(text, m_resultList);
        if (!t.passed && !t.skipped)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    QStringList errors;
    for (const ScriptError &e : result.errors) {
        errors.append(e.describe());
        // The request's own script is the one in the editor; collection or folder scripts
        // are not shown here, so only their message is.
        if (CodeEditor *editor = editorFor(e.event);
            editor && e.origin == u"request" && e.line > 0) {
            editor->setErrorLine(e.line, e.message);
            m_editors->setCurrentWidget(editor);
        }
    }
    if (!errors.isEmpty()) {
        const QString previous = m_error->text();
        m_error->setText(previous.isEmpty() ? errors.join(u'\n')
                                            : previous + u'\n' + errors.join(u'\n'));
        m_error->show();
    }
}

void ScriptsPage::appendConsole(const ScriptConsoleLine &line)
{
    const QString prefix = line.level == ScriptConsoleLine::Level::Log
                               ? QString()
                               : ScriptConsoleLine::levelName(line.level) + QStringLiteral(": ");
    m_console->appendPlainText(prefix + line.text);
}

QString ScriptsPage::summary(const QList<ScriptTestResult> &results)
{
    if (results.isEmpty())
        return {};
    const auto passed = std::count_if(results.cbegin(), results.cend(),
                                      [](const ScriptTestResult &r) { return r.passed; });
    return QStringLiteral("%1/%2 passed").arg(passed).arg(results.size());
}

} // namespace wirescope
