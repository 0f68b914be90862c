#pragma once

#include "core/model/request.h"

#include <QByteArray>
#include <QList>
#include <QMainWindow>

class QAction;
class QTabWidget;

namespace wirescope {

class HttpClient;
class RequestTab;
class VariableContext;

/// The workbench window: it only assembles panes (tabs of requests, each an editor above its
/// response), menus with every action and their shortcuts, and persists the window's state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(HttpClient *client, VariableContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    RequestTab *currentTab() const;
    RequestTab *tabAt(int index) const;
    int tabCount() const;

    RequestTab *newTab(const Request &request = {});
    void closeTab(int index);
    void reopenClosedTab();

    bool isSideBySide() const;
    void setSideBySide(bool sideBySide);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void updateActions();
    void updateTabTitle(RequestTab *tab);
    void applyLayout(RequestTab *tab);
    void copyAsCurl();
    void showShortcuts();
    void showAbout();

    HttpClient *m_client;       // not owned
    VariableContext *m_context; // not owned
    QTabWidget *m_tabs = nullptr;
    QList<Request> m_closed;    ///< most recently closed last
    QByteArray m_splitterState; ///< applied to new tabs
    bool m_wordWrap = false;

    QAction *m_newTab = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_reopenTab = nullptr;
    QAction *m_saveBody = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_focusUrl = nullptr;
    QAction *m_find = nullptr;
    QAction *m_copyBody = nullptr;
    QAction *m_copyCurl = nullptr;
    QAction *m_sideBySide = nullptr;
    QAction *m_wrap = nullptr;
    QAction *m_pretty = nullptr;
    QAction *m_raw = nullptr;
    QAction *m_hex = nullptr;
    QAction *m_nextTab = nullptr;
    QAction *m_previousTab = nullptr;
    QAction *m_send = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace wirescope
