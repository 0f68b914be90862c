#include "app/cli/terminaltext.h"

namespace wirescope::cli {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char16_t c, TerminalLines lines)
{
    if (lines == TerminalLines::Multi && (c == u'\n' || c == u'\t'))
        return false;
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || isBidiControl(c);
}

QString escaped(char16_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c < 0x80)
        return QStringLiteral("\\x") + QString::number(c, 16).rightJustified(2, u'0');
    return QStringLiteral("\\u") + QString::number(c, 16).rightJustified(4, u'0');
}

} // namespace

QString terminalSafe(const QString &text, TerminalLines lines)
{
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text.at(i).unicode(), lines))
        ++i;
    if (i == text.size())
        return text; // the usual case: nothing to escape, no copy
    QString out = text.left(i);
    out.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (needsEscape(c, lines))
            out += escaped(c);
        else
            out += QChar(c);
    }
    return out;
}

} // namespace wirescope::cli
