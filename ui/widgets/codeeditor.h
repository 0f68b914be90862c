#pragma once

#include "ui/widgets/syntaxhighlighter.h"

#include <QPlainTextEdit>

namespace wirescope {

/// A plain-text code editor: monospace, line numbers in a gutter, syntax colouring, and one error
/// line that is highlighted (with a wavy underline at its column when known) and carries its
/// message as a tooltip (a script's syntax error, a JSON body's mistake).
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    /// Highlights 1-based @p line (0 clears) and keeps @p message for the tooltip.
    void setErrorLine(int line, const QString &message);
    /// As setErrorLine(), and underlines the character at 1-based @p column of that line.
    void setErrorAt(int line, int column, const QString &message);
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

    /// Colours the text as @p language. Documents too big to colour up front (see
    /// SyntaxHighlighter::suits) stay plain until they shrink again.
    void setSyntax(SyntaxLanguage language);
    SyntaxLanguage syntax() const { return m_syntax; }
    /// True while colours are applied (a language is set and the text is not too big).
    bool isHighlighting() const;
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
    void onContentsChange();

    QWidget *m_gutter = nullptr;                // child
    SyntaxHighlighter *m_highlighter = nullptr; // child
    SyntaxLanguage m_syntax = SyntaxLanguage::None;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorMessage;
};

} // namespace wirescope
