#include "ui/widgets/codeeditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace wirescope {

namespace {

/// The gutter left of the text: asks its editor to paint it.
class Gutter final : public QWidget
{
public:
    explicit Gutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeEditor *m_editor; // not owned (our parent)
};

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    // Connected before the highlighter attaches, so a paste or load that makes the document too
    // big detaches it before it formats a single new block.
    connect(document(), &QTextDocument::contentsChange, this, &CodeEditor::onContentsChange);
    m_highlighter = new SyntaxHighlighter(this);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    updateGutterWidth();
}

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int n = qMax(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(2, digits);
}

void CodeEditor::setSyntax(SyntaxLanguage language)
{
    m_syntax = language;
    const bool fits = SyntaxHighlighter::suits(document()->characterCount(), blockCount());
    m_highlighter->highlight(document(), fits ? language : SyntaxLanguage::None, palette());
}

bool CodeEditor::isHighlighting() const
{
    return m_highlighter->document() != nullptr;
}

void CodeEditor::onContentsChange()
{
    if (m_syntax == SyntaxLanguage::None)
        return;
    const bool fits = SyntaxHighlighter::suits(document()->characterCount(), blockCount());
    if (fits != isHighlighting())
        setSyntax(m_syntax);
}

void CodeEditor::setErrorLine(int line, const QString &message)
{
    setErrorAt(line, 0, message);
}

void CodeEditor::setErrorAt(int line, int column, const QString &message)
{
    if (line == m_errorLine && column == m_errorColumn && message == m_errorMessage)
        return;
    m_errorLine = line;
    m_errorColumn = column;
    m_errorMessage = message;
    updateSelections();
    m_gutter->update();
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

bool CodeEditor::event(QEvent *event)
{
    // A switch between light and dark palettes picks the matching colour set.
    if (event->type() == QEvent::PaletteChange && m_syntax != SyntaxLanguage::None)
        setSyntax(m_syntax);
    // The error's message as a tooltip anywhere on its line.
    if (event->type() == QEvent::ToolTip && m_errorLine > 0) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        if (cursor.blockNumber() + 1 == m_errorLine) {
            QToolTip::showText(help->globalPos(), m_errorMessage, this);
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_errorLine > 0 && m_errorLine <= blockCount()) {
        QTextEdit::ExtraSelection error;
        QColor color(Qt::red);
        color.setAlpha(60);
        error.format.setBackground(color);
        error.format.setProperty(QTextFormat::FullWidthSelection, true);
        const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
        error.cursor = QTextCursor(block);
        selections.append(error);
        if (m_errorColumn > 0 && block.length() > 1) {
            // The character to fix (or the line's last one when the column is past its end).
            QTextEdit::ExtraSelection spot;
            spot.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            spot.format.setUnderlineColor(Qt::red);
            const int column = qMin(m_errorColumn, block.length() - 1);
            spot.cursor = QTextCursor(block);
            spot.cursor.setPosition(block.position() + column - 1);
            spot.cursor.setPosition(block.position() + column, QTextCursor::KeepAnchor);
            selections.append(spot);
        }
    }
    setExtraSelections(selections);
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool isError = number + 1 == m_errorLine;
            painter.setPen(isError ? QColor(Qt::red) : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 4, fontMetrics().height(), Qt::AlignRight,
                             QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

} // namespace wirescope
