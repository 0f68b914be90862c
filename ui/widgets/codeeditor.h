#pragma once

#include <QPlainTextEdit>

namespace wirescope {

/// A plain-text code editor: monospace, line numbers in a gutter, and one error line that is
/// highlighted with its message as the gutter's tooltip (a script's syntax error, say).
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    /// Highlights 1-based @p line (0 clears) and keeps @p message for the tooltip.
    void setErrorLine(int line, const QString &message);
    int errorLine() const { return m_errorLine; }
    QString errorMessage() const { return m_errorMessage; }

    /// Width the line-number gutter needs for the current line count.
    int gutterWidth() const;
    /// Paints the gutter (called by the gutter widget).
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();

    QWidget *m_gutter = nullptr; // child
    int m_errorLine = 0;
    QString m_errorMessage;
};

} // namespace wirescope
