#pragma once

#include "core/model/request.h"

#include <QByteArray>
#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QSettings;
class QTabWidget;

namespace wirescope {

class Dialogs;
class HttpClient;
class RequestTab;
class SocketIoTab;
class WebSocketTab;
class VariableContext;
class DocumentTabs;
class WindowStatus;

namespace oauth {
class OAuthAuthorizer;
}

/// The workbench window: it only assembles panes (tabs of requests, each an editor above its
/// response), menus with every action and their shortcuts, and persists the window's state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// @p dialogs asks the user (files, questions, modal dialogs) for this window and
    /// everything in it (not owned); null: the window shows the real dialogs itself.
    MainWindow(HttpClient *client,
               VariableContext *context,
               Dialogs *dialogs = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Where the window, its panes and the workspace binder ask the user.
    Dialogs *dialogs() const { return m_dialogs; }

    RequestTab *currentTab() const;
    RequestTab *tabAt(int index) const;
    int tabCount() const;

    RequestTab *newTab(const Request &request = {});
    /// Opens an empty WebSocket tab (its own session) and focuses its URL.
    WebSocketTab *newWebSocketTab();
    /// Opens an empty Socket.IO tab (its own client) and focuses its URL.
    SocketIoTab *newSocketIoTab();
    /// Closes the tab; a tab with unsaved changes asks first (Discard/Cancel). Returns false
    /// when the user kept the tab.
    bool closeTab(int index);
    void reopenClosedTab();

    /// Applies the saved layout again, for dock widgets added after construction.
    void restoreDockLayout();
    /// Brings @p tab (a request or WebSocket tab of this window) to the front.
    void setCurrentTab(QWidget *tab);
    /// Marks @p tab as the sidebar's preview (greyed title, "Preview" in its tooltip) or not.
    void setTabPreview(QWidget *tab, bool preview);
    bool isTabPreview(QWidget *tab) const;
    /// Called when the user chooses Save for a tab with unsaved changes (closing it, or
    /// File > Save); returns whether it was saved. Without one, closing offers Discard only.
    void setSaveHandler(std::function<bool(RequestTab *)> handler)
    {
        m_saveHandler = std::move(handler);
    }

    /// Asked when the window closes (File > Quit, the window's close button): false keeps
    /// the window open. The workspace uses it so that no collection edit is lost on quit.
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }

    /// The OAuth 2.0 token service for every request tab (open and future): sends get their
    /// token through it, the Auth tab's Get new token and Clear use it. Not owned.
    void setOAuthAuthorizer(oauth::OAuthAuthorizer *authorizer);
    oauth::OAuthAuthorizer *oauthAuthorizer() const { return m_authorizer; }

    /// The status bar's environment picker and proxy/TLS indicators.
    WindowStatus *windowStatus() const { return m_status; } // child

    /// The shared variables changed: every open tab re-checks its {{variables}}.
    void refreshVariables();

    bool isSideBySide() const;
    void setSideBySide(bool sideBySide);

    /// What closing the window saves (geometry, docks, open tabs), without the close guard's
    /// questions: for a stop signal, which must not wait for an answer.
    void saveSettings() const;

Q_SIGNALS:
    /// A request tab was opened (new, restored or reopened).
    void tabOpened(wirescope::RequestTab *tab);
    void webSocketTabOpened(wirescope::WebSocketTab *tab);
    void socketIoTabOpened(wirescope::SocketIoTab *tab);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreSettings();
    void restoreTabs();
    void saveTabs(QSettings &settings) const;
    bool confirmDiscard(RequestTab *tab);
    void updateActions();
    void updateWindowStatus();
    /// Adds a WebSocket or Socket.IO tab titled @p title and makes it current.
    void addStreamTab(QWidget *tab, const QString &title);
    void setStreamTabTitle(QWidget *tab, const QString &title, const QString &url);
    void updateTabTitle(RequestTab *tab);
    void applyLayout(RequestTab *tab);
    void copyAsCurl();
    void showShortcuts();
    void showAbout();

    HttpClient *m_client;                  // not owned
    VariableContext *m_context;            // not owned
    std::unique_ptr<Dialogs> m_ownDialogs; ///< when none was handed in
    Dialogs *m_dialogs;                    // not owned (or m_ownDialogs)
    DocumentTabs *m_tabs = nullptr;
    WindowStatus *m_status = nullptr;
    QList<Request> m_closed;    ///< most recently closed last
    QByteArray m_splitterState; ///< applied to new tabs
    bool m_wordWrap = false;
    std::function<bool(RequestTab *)> m_saveHandler;
    std::function<bool()> m_closeGuard;
    oauth::OAuthAuthorizer *m_authorizer = nullptr; // not owned

    QAction *m_newTab = nullptr;
    QAction *m_newWebSocketTab = nullptr;
    QAction *m_newSocketIoTab = nullptr;
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
