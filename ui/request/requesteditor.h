#pragma once

#include "core/model/request.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace wirescope {

class AuthEditor;
class BodyEditor;
class Dialogs;
class GraphQLBodyEditor;
class KeyValueTable;
class RequestSettingsEditor;
class UrlLineEdit;
class VariableContext;

namespace oauth {
class OAuthAuthorizer;
}

/// Composes one HTTP request: method, URL (validated as typed, errors named under it),
/// params synced both ways with the URL, path variables, headers, body, auth and settings,
/// and the Send/Cancel button.
class RequestEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestEditor)

public:
    /// What a link in the URL's problem line offers to do.
    enum class Fix { EditVariables, PickEnvironment };
    Q_ENUM(Fix)

    explicit RequestEditor(const VariableContext *context, QWidget *parent = nullptr);

    Request request() const;
    void setRequest(const Request &request);
    /// Renames the request (a rename in the sidebar) without touching what is being edited.
    void setRequestName(const QString &name) { m_base.name = name; }

    /// While busy the Send button reads Cancel.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    void focusUrl();
    /// The variables changed (environment, demo server, edits, scripts): the {{variable}}
    /// colours and the undefined-variable line follow.
    void refreshVariables();
    /// A warning about this request's secrets, under the URL's problem line: the last Send
    /// carried an empty one, or the keychain refused to store one. Empty hides it.
    void setSecretWarning(const QString &text);
    QString secretWarning() const;
    /// Accepts one TLS verification error for this request (TLS tab's action).
    void addIgnoredTlsError(const IgnoredTlsError &error);

    /// Checks what can be checked before sending; shows the problem under the URL. With
    /// @p scriptsRunFirst an undefined URL variable only warns: a pre-request script may set it
    /// (the engine still refuses the URL if it stays undefined).
    bool validateForSend(bool scriptsRunFirst = false);
    /// The text of the error line under the URL (empty when the URL is fine).
    QString urlError() const;
    /// The {{variables}} of the URL (and its path variables) that no scope defines.
    QStringList unresolvedUrlVariables() const;

    /// Where the body and settings pages' file choosers ask (the window's Dialogs); not owned.
    void setDialogs(Dialogs *dialogs);
    BodyEditor *bodyEditor() const { return m_body; } // child
    GraphQLBodyEditor *graphqlEditor() const;         // child of the body editor
    /// The token service for the Auth tab's OAuth 2.0 page.
    void setOAuthAuthorizer(oauth::OAuthAuthorizer *authorizer);
    AuthEditor *authEditor() const { return m_auth; } // child

    /// Adds a page after Settings (the request tab's Tests page).
    void addPage(QWidget *page, const QString &title);
    void setPageTitle(QWidget *page, const QString &title);

signals:
    void sendRequested();
    void cancelRequested();
    /// Anything in the request changed (tab titles follow it).
    void requestChanged();
    /// A curl command was typed or pasted into the URL bar (the URL is left as it was).
    void curlPasted(const QString &command);
    /// The user clicked a fix offered under the URL (define a variable, pick an environment).
    void fixRequested(RequestEditor::Fix fix);

private:
    void onUrlEdited(const QString &text);
    void onParamsEdited();
    void onHeadersEdited();
    void validateUrl(bool forSend, bool scriptsRunFirst = false);
    void setUrlMessage(const QString &message, bool error, const QString &links = {});
    void updateTabTitles();
    void matchMethodToTransport(GraphQLTransport transport);

    const VariableContext *m_context; // not owned, may be null
    Request m_base;                   ///< id, name, description: kept as given
    QString m_lastUrlText;            ///< to tell a paste from typing
    bool m_busy = false;

    QComboBox *m_method = nullptr;
    UrlLineEdit *m_url = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_urlError = nullptr;
    QString m_urlErrorText; ///< the problem line as plain text, without its links
    QLabel *m_secretWarning = nullptr;
    QTabWidget *m_tabs = nullptr;
    KeyValueTable *m_params = nullptr;
    QLabel *m_pathLabel = nullptr;
    KeyValueTable *m_pathVariables = nullptr;
    KeyValueTable *m_headers = nullptr;
    BodyEditor *m_body = nullptr;
    AuthEditor *m_auth = nullptr;
    RequestSettingsEditor *m_settings = nullptr;
};

} // namespace wirescope
