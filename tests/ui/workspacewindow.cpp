#include "tests/ui/workspacewindow.h"

#include "core/history/historystore.h"
#include "core/http/httpclient.h"
#include "core/secrets/secretstore.h"
#include "tests/ui/scripteddialogs.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/workspace/workspacecontroller.h"

#include <QDir>
#include <QTest>

namespace wirescope {

WorkspaceWindow::WorkspaceWindow(const QString &directory)
    : m_directory(directory)
    , m_client(std::make_unique<HttpClient>())
{}

WorkspaceWindow::~WorkspaceWindow()
{
    stop();
}

bool WorkspaceWindow::start(bool withHistory)
{
    const QDir dir(m_directory);
    if (withHistory) {
        m_history = std::make_unique<HistoryStore>();
        if (!m_history->open(dir.filePath(QStringLiteral("history.sqlite"))).ok()) {
            qWarning("history did not open");
            return false;
        }
    }
    m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::SessionOnly);
    m_workspace = std::make_unique<WorkspaceController>(dir.filePath(QStringLiteral("config")),
                                                        dir.filePath(QStringLiteral("collections")),
                                                        m_secrets.get());
    if (const QStringList problems = m_workspace->load(); !problems.isEmpty()) {
        qWarning("workspace: %s", qPrintable(problems.join(u'\n')));
        return false;
    }
    m_dialogs = std::make_unique<ScriptedDialogs>();
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context, m_dialogs.get());
    m_binder = new WorkspaceBinder(m_window.get(), m_workspace.get(), m_history.get(),
                                   m_client.get(), &m_context);
    m_window->resize(1200, 800);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void WorkspaceWindow::stop()
{
    m_window.reset();
    m_binder = nullptr;
    m_dialogs.reset();
    m_workspace.reset();
    m_history.reset();
    m_secrets.reset();
}

} // namespace wirescope
