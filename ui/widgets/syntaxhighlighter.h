#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QRegularExpression;

namespace wirescope {

/// The languages the editors and the Pretty view colour.
enum class SyntaxLanguage { None, Json, Xml, JavaScript, GraphQL };

/// What a coloured stretch of text is.
enum class SyntaxToken {
    Key,
    String,
    Number,
    Keyword,
    Punctuation,
    Comment,
    Tag,
    Attribute,
    Variable
};

/// One table-driven highlighter for JSON, XML/HTML, JavaScript and GraphQL. Each language is
/// one regular expression of alternatives scanned left to right (so a number inside a string
/// stays a string); block comments carry over lines through the block state. Colours come in
/// a light and a dark set, chosen from the base colour of the palette given.
class SyntaxHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyntaxHighlighter)

public:
    explicit SyntaxHighlighter(QObject *parent = nullptr);

    /// Colours @p document in @p language (None detaches from any document).
    void highlight(QTextDocument *document, SyntaxLanguage language, const QPalette &palette);
    SyntaxLanguage language() const { return m_language; }

    /// The format used for @p token with the current colours.
    QTextCharFormat format(SyntaxToken token) const;

    /// False for documents too big to colour up front (QSyntaxHighlighter formats every block):
    /// more than 2 MB of text or 50,000 lines.
    static bool suits(qsizetype characters, qsizetype lines);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightJson(const QString &text);
    void highlightCode(const QString &text, const QRegularExpression &tokens);
    void highlightXml(const QString &text);
    /// Colours a block comment from @p from to its @p end marker (or the line's end, leaving
    /// the block in state 1); returns where scanning goes on.
    qsizetype blockComment(const QString &text, qsizetype from, QStringView end);

    SyntaxLanguage m_language = SyntaxLanguage::None;
    bool m_dark = false;
};

} // namespace wirescope
