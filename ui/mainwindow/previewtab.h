#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace wirescope {

class CollectionDocument;
class MainWindow;
class RequestTab;
struct HttpItem;

/// The sidebar's single click, as Postman and VS Code do it: the request opens in one preview
/// tab (its title greyed) that the next single click reuses, so browsing a collection does not
/// pile up tabs. The tab is kept as an ordinary one once it is edited, or opened for real
/// (double click, Enter). The window owns the tabs; this only remembers which one previews.
class PreviewTab final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewTab)

public:
    explicit PreviewTab(MainWindow *window, QObject *parent = nullptr);
    ~PreviewTab() override;

    /// Shows @p item (saved as @p itemId in @p document) in the preview tab: the current one
    /// when there is one (its request and response replaced), else a new tab.
    RequestTab *show(CollectionDocument *document, const QString &itemId, const HttpItem &item);
    /// @p tab stops being the preview, if it was.
    void keep(RequestTab *tab);
    RequestTab *tab() const { return m_tab; } ///< null when no tab previews

private:
    MainWindow *m_window; // not owned
    QPointer<RequestTab> m_tab;
    bool m_replacing = false; ///< show() is loading an item into the tab
};

} // namespace wirescope
