#pragma once

#include <QTabWidget>

class QToolButton;

namespace wirescope {

/// The window's tabs of open requests, as an editor's: titles stay readable however many tabs
/// are open (a tab never shrinks below about 14 characters; the bar scrolls instead), a title
/// is plain text (an `&` in a URL is shown, never taken as a mnemonic), and an "open tabs"
/// button lists every tab to jump to one.
class DocumentTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentTabs)

public:
    explicit DocumentTabs(QWidget *parent = nullptr);

    /// Sets tab @p index's title to @p text, shown as it is.
    void setPlainTabText(int index, const QString &text);
    /// The title as set by setPlainTabText (without the mnemonic escaping).
    QString plainTabText(int index) const;

    QToolButton *openTabsButton() const { return m_openTabs; } // child

private:
    void fillOpenTabsMenu();

    QToolButton *m_openTabs = nullptr;
};

} // namespace wirescope
