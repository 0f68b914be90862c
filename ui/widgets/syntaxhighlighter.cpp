#include "ui/widgets/syntaxhighlighter.h"

#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>

namespace wirescope {

namespace {

constexpr qsizetype s_maxCharacters = 2 * 1024 * 1024;
constexpr qsizetype s_maxLines = 50000;

enum BlockState { Normal = 0, InComment = 1, InTag = 2 };

// VS Code's Light+ and Dark+ colours: familiar, and each set reads on its own background.
struct Colours
{
    const char *light;
    const char *dark;
};
constexpr Colours s_colours[] = {
    {"#0451a5", "#9cdcfe"}, // Key
    {"#a31515", "#ce9178"}, // String
    {"#098658", "#b5cea8"}, // Number
    {"#0000ff", "#569cd6"}, // Keyword
    {"#5f5f5f", "#b4b4b4"}, // Punctuation
    {"#008000", "#7fb069"}, // Comment
    {"#800000", "#569cd6"}, // Tag
    {"#e50000", "#9cdcfe"}, // Attribute
    {"#795e26", "#dcdcaa"}, // Variable
};

// Groups: 1 string, 2 the colon that makes it a key, 3 number, 4 literal, 5 punctuation.
const QRegularExpression &jsonTokens()
{
    static const QRegularExpression re(
        QStringLiteral(R"(("(?:[^"\\]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|)"
                       R"(\b(true|false|null)\b|([{}\[\],:]))"));
    return re;
}

// Groups: 1 line comment, 2 block comment start, 3 string, 4 number, 5 keyword, 6 variable.
const QRegularExpression &javaScriptTokens()
{
    static const QRegularExpression re(QStringLiteral(
        R"((//.*)|(/\*)|("(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|`(?:[^`\\]|\\.)*`?)|)"
        R"(\b(0[xX][0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\b|)"
        R"(\b(async|await|break|case|catch|class|const|continue|debugger|default|delete|do|)"
        R"(else|export|extends|false|finally|for|function|if|import|in|instanceof|let|new|)"
        R"(null|of|return|static|super|switch|this|throw|true|try|typeof|undefined|var|void|)"
        R"(while|yield)\b|(\bpm\b))"));
    return re;
}

// Same groups as JavaScript: # comments, no block comments, $variables and @directives.
const QRegularExpression &graphQlTokens()
{
    static const QRegularExpression re(QStringLiteral(
        R"((#.*)|((?!))|("""|"(?:[^"\\]|\\.)*"?)|\b(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\b|)"
        R"(\b(query|mutation|subscription|fragment|on|type|input|enum|schema|interface|)"
        R"(union|scalar|extend|directive|implements|repeatable|true|false|null)\b|)"
        R"(([$@][_A-Za-z][_0-9A-Za-z]*))"));
    return re;
}

// Groups: 1 comment start, 2 tag open (<name, </name, <?xml, <!DOCTYPE), 3 tag end,
// 4 attribute name, 5 quoted value.
const QRegularExpression &xmlTokens()
{
    static const QRegularExpression re(QStringLiteral(
        R"((<!--)|(<[/?!]?[\w:.-]+)|([/?]?>)|([\w:.-]+)(?=\s*=)|("[^"]*"?|'[^']*'?))"));
    return re;
}

} // namespace

SyntaxHighlighter::SyntaxHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent)
{}

bool SyntaxHighlighter::suits(qsizetype characters, qsizetype lines)
{
    return characters <= s_maxCharacters && lines <= s_maxLines;
}

void SyntaxHighlighter::highlight(QTextDocument *document,
                                  SyntaxLanguage language,
                                  const QPalette &palette)
{
    m_language = language;
    m_dark = palette.color(QPalette::Base).lightness() < 128;
    QTextDocument *target = language == SyntaxLanguage::None ? nullptr : document;
    if (this->document() != target)
        setDocument(target); // colours the whole document once control is back
    else if (target)
        rehighlight();
}

QTextCharFormat SyntaxHighlighter::format(SyntaxToken token) const
{
    const Colours &colours = s_colours[int(token)];
    QTextCharFormat f;
    f.setForeground(QColor(QLatin1String(m_dark ? colours.dark : colours.light)));
    if (token == SyntaxToken::Comment)
        f.setFontItalic(true);
    return f;
}

void SyntaxHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    switch (m_language) {
    case SyntaxLanguage::Json:
        highlightJson(text);
        break;
    case SyntaxLanguage::Xml:
        highlightXml(text);
        break;
    case SyntaxLanguage::JavaScript:
        highlightCode(text, javaScriptTokens());
        break;
    case SyntaxLanguage::GraphQL:
        highlightCode(text, graphQlTokens());
        break;
    case SyntaxLanguage::None:
        break;
    }
}

void SyntaxHighlighter::highlightJson(const QString &text)
{
    auto it = jsonTokens().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0) {
            const bool key = m.capturedLength(2) > 0;
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)),
                      format(key ? SyntaxToken::Key : SyntaxToken::String));
            if (key)
                setFormat(int(m.capturedEnd(1)), int(m.capturedLength(2)),
                          format(SyntaxToken::Punctuation));
            continue;
        }
        for (const auto &[group, token] :
             {std::pair{3, SyntaxToken::Number}, std::pair{4, SyntaxToken::Keyword},
              std::pair{5, SyntaxToken::Punctuation}}) {
            if (m.capturedLength(group) > 0)
                setFormat(int(m.capturedStart(group)), int(m.capturedLength(group)), format(token));
        }
    }
}

qsizetype SyntaxHighlighter::blockComment(const QString &text, qsizetype from, QStringView end)
{
    const qsizetype close = text.indexOf(end, from);
    const qsizetype stop = close < 0 ? text.size() : close + end.size();
    setFormat(int(from), int(stop - from), format(SyntaxToken::Comment));
    if (close < 0)
        setCurrentBlockState(InComment);
    return stop;
}

void SyntaxHighlighter::highlightCode(const QString &text, const QRegularExpression &tokens)
{
    qsizetype pos = 0;
    if (previousBlockState() == InComment)
        pos = blockComment(text, 0, u"*/");
    while (pos < text.size()) {
        const QRegularExpressionMatch m = tokens.match(text, pos);
        if (!m.hasMatch())
            break;
        pos = m.capturedEnd();
        if (m.capturedLength(2) > 0) {
            pos = blockComment(text, m.capturedStart(2), u"*/");
            continue;
        }
        for (const auto &[group, token] :
             {std::pair{1, SyntaxToken::Comment}, std::pair{3, SyntaxToken::String},
              std::pair{4, SyntaxToken::Number}, std::pair{5, SyntaxToken::Keyword},
              std::pair{6, SyntaxToken::Variable}}) {
            if (m.capturedLength(group) > 0)
                setFormat(int(m.capturedStart(group)), int(m.capturedLength(group)), format(token));
        }
        if (m.capturedLength() == 0)
            ++pos;
    }
}

void SyntaxHighlighter::highlightXml(const QString &text)
{
    qsizetype pos = 0;
    bool inTag = previousBlockState() == InTag;
    if (previousBlockState() == InComment)
        pos = blockComment(text, 0, u"-->");
    while (pos < text.size() && currentBlockState() != InComment) {
        const QRegularExpressionMatch m = xmlTokens().match(text, pos);
        if (!m.hasMatch())
            break;
        pos = m.capturedEnd();
        if (m.capturedLength(1) > 0) {
            pos = blockComment(text, m.capturedStart(1), u"-->");
        } else if (m.capturedLength(2) > 0) {
            inTag = true;
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), format(SyntaxToken::Tag));
        } else if (m.capturedLength(3) > 0) {
            inTag = false;
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), format(SyntaxToken::Tag));
        } else if (inTag && m.capturedLength(4) > 0) {
            setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)),
                      format(SyntaxToken::Attribute));
        } else if (inTag && m.capturedLength(5) > 0) {
            setFormat(int(m.capturedStart(5)), int(m.capturedLength(5)),
                      format(SyntaxToken::String));
        }
    }
    if (inTag && currentBlockState() != InComment)
        setCurrentBlockState(InTag);
}

} // namespace wirescope
