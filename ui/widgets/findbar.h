#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace wirescope {

/// An incremental find bar for a QPlainTextEdit: match count, next/previous (Enter,
/// Shift+Enter, F3), case sensitivity, Esc closes it and returns focus to the text.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QPlainTextEdit *target, QWidget *parent = nullptr);

    /// Shows the bar, puts the selected text (if any) into it and focuses it.
    void activate();
    void findNext();
    void findPrevious();
    /// Recounts matches (call when the target's text changed).
    void refresh();

    int matchCount() const { return m_matchCount; }

signals:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward);
    void updateCount();
    void close();

    QPlainTextEdit *m_target; // not owned
    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QTimer *m_recount = nullptr;
    int m_matchCount = 0;
};

} // namespace wirescope
