#include "core/interop/shellwords.h"

namespace wirescope::interop {

namespace {

QString position(QStringView text, qsizetype at)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < at && i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(at - lineStart + 1);
}

Error parseError(const QString &message)
{
    return Error{Error::Kind::Parse, message};
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
           || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

void appendCodePoint(QByteArray &out, char32_t cp)
{
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    out += QString::fromUcs4(&cp, 1).toUtf8();
}

// $'...' starting after the opening quote; returns the index after the closing quote or -1.
qsizetype ansiC(QStringView t, qsizetype i, QString &out)
{
    QByteArray bytes; // \x and octal escapes are bytes, as in bash; decoded as UTF-8 at the end
    const qsizetype n = t.size();
    while (i < n && t[i] != QLatin1Char('\'')) {
        if (t[i] != QLatin1Char('\\') || i + 1 >= n) {
            bytes += QStringView(t).mid(i, 1).toUtf8();
            ++i;
            continue;
        }
        const QChar e = t[i + 1];
        i += 2;
        switch (e.unicode()) {
        case 'a':
            bytes += '\a';
            break;
        case 'b':
            bytes += '\b';
            break;
        case 'e':
        case 'E':
            bytes += '\x1b';
            break;
        case 'f':
            bytes += '\f';
            break;
        case 'n':
            bytes += '\n';
            break;
        case 'r':
            bytes += '\r';
            break;
        case 't':
            bytes += '\t';
            break;
        case 'v':
            bytes += '\v';
            break;
        case '\\':
            bytes += '\\';
            break;
        case '\'':
            bytes += '\'';
            break;
        case '"':
            bytes += '"';
            break;
        case '?':
            bytes += '?';
            break;
        case 'c':
            if (i < n) {
                bytes += char(t[i].unicode() & 0x1f);
                ++i;
            }
            break;
        case 'x':
        case 'u':
        case 'U': {
            const int maxDigits = e == QLatin1Char('x') ? 2 : e == QLatin1Char('u') ? 4 : 8;
            char32_t value = 0;
            int digits = 0;
            while (digits < maxDigits && i < n && isHex(t[i])) {
                value = value * 16 + char32_t(QString(t[i]).toUInt(nullptr, 16));
                ++i;
                ++digits;
            }
            if (digits == 0) {
                bytes += '\\';
                bytes += char(e.unicode());
            } else if (e == QLatin1Char('x')) {
                bytes += char(value);
            } else {
                appendCodePoint(bytes, value);
            }
            break;
        }
        default:
            if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                int value = e.unicode() - '0';
                for (int k = 0;
                     k < 2 && i < n && t[i] >= QLatin1Char('0') && t[i] <= QLatin1Char('7');
                     ++k, ++i)
                    value = value * 8 + (t[i].unicode() - '0');
                bytes += char(value & 0xff);
            } else {
                bytes += '\\';
                bytes += QStringView(&e, 1).toUtf8();
            }
        }
    }
    if (i >= n)
        return -1;
    out += QString::fromUtf8(bytes);
    return i + 1;
}

void noteRest(QStringView t, qsizetype from, const QString &what, ImportReport *report)
{
    if (report && !t.mid(from).trimmed().isEmpty())
        report->dropped(QString(), QStringLiteral("shell text after %1 was ignored (only the first "
                                                  "command is imported)")
                                       .arg(what));
}

Result<QStringList> splitBash(QStringView t, ImportReport *report)
{
    QStringList words;
    QString cur;
    bool inWord = false;
    bool sawExpansion = false;
    const qsizetype n = t.size();
    qsizetype i = 0;
    auto endWord = [&] {
        if (inWord)
            words.append(cur);
        cur.clear();
        inWord = false;
    };
    while (i < n) {
        const QChar c = t[i];
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
            endWord();
            ++i;
        } else if (c == QLatin1Char('\n')) {
            endWord();
            ++i;
            if (!words.isEmpty()) {
                noteRest(t, i, QStringLiteral("the end of the line"), report);
                break;
            }
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < n && t[i + 1] == QLatin1Char('\n')) {
                i += 2;
            } else if (i + 2 < n && t[i + 1] == QLatin1Char('\r')
                       && t[i + 2] == QLatin1Char('\n')) {
                i += 3;
            } else if (i + 1 < n) {
                cur += t[i + 1];
                inWord = true;
                i += 2;
            } else {
                ++i;
            }
        } else if (c == QLatin1Char('\'')) {
            const qsizetype close = t.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return parseError(
                    QStringLiteral("unterminated single quote at %1").arg(position(t, i)));
            cur += t.mid(i + 1, close - i - 1);
            inWord = true;
            i = close + 1;
        } else if (c == QLatin1Char('$') && i + 1 < n && t[i + 1] == QLatin1Char('\'')) {
            const qsizetype next = ansiC(t, i + 2, cur);
            if (next < 0)
                return parseError(
                    QStringLiteral("unterminated $'...' quote at %1").arg(position(t, i)));
            inWord = true;
            i = next;
        } else if (c == QLatin1Char('"')) {
            const qsizetype open = i++;
            while (i < n && t[i] != QLatin1Char('"')) {
                if (t[i] == QLatin1Char('\\') && i + 1 < n) {
                    const QChar e = t[i + 1];
                    if (e == QLatin1Char('\n')) {
                        i += 2;
                        continue;
                    }
                    if (e == QLatin1Char('$') || e == QLatin1Char('`') || e == QLatin1Char('"')
                        || e == QLatin1Char('\\')) {
                        cur += e;
                        i += 2;
                        continue;
                    }
                }
                if (t[i] == QLatin1Char('$') || t[i] == QLatin1Char('`'))
                    sawExpansion = true;
                cur += t[i++];
            }
            if (i >= n)
                return parseError(
                    QStringLiteral("unterminated double quote at %1").arg(position(t, open)));
            inWord = true;
            ++i;
        } else if (c == QLatin1Char('#') && !inWord) {
            while (i < n && t[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char(';') || c == QLatin1Char('|') || c == QLatin1Char('&')
                   || c == QLatin1Char('<') || c == QLatin1Char('>')) {
            endWord();
            noteRest(t, i, QStringLiteral("'%1'").arg(c), report);
            break;
        } else {
            if (c == QLatin1Char('$') || c == QLatin1Char('`'))
                sawExpansion = true;
            cur += c;
            inWord = true;
            ++i;
        }
    }
    endWord();
    if (sawExpansion && report)
        report->warning(QString(),
                        QStringLiteral("shell variables and command substitutions ($...) "
                                       "were kept as written, not expanded"));
    return words;
}

// The MS C runtime's rules for splitting a command line into argv.
QStringList splitMsvcrt(const QString &s)
{
    QStringList words;
    QString cur;
    bool inWord = false, inQuotes = false;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = s[i];
        if (!inQuotes && (c == QLatin1Char(' ') || c == QLatin1Char('\t'))) {
            if (inWord)
                words.append(cur);
            cur.clear();
            inWord = false;
            ++i;
        } else if (c == QLatin1Char('\\')) {
            qsizetype count = 0;
            while (i < n && s[i] == QLatin1Char('\\')) {
                ++count;
                ++i;
            }
            if (i < n && s[i] == QLatin1Char('"')) {
                cur += QString(count / 2, QLatin1Char('\\'));
                if (count % 2) {
                    cur += QLatin1Char('"');
                    ++i;
                }
            } else {
                cur += QString(count, QLatin1Char('\\'));
            }
            inWord = true;
        } else if (c == QLatin1Char('"')) {
            if (inQuotes && i + 1 < n && s[i + 1] == QLatin1Char('"')) {
                cur += QLatin1Char('"');
                i += 2;
            } else {
                inQuotes = !inQuotes;
                ++i;
            }
            inWord = true;
        } else {
            cur += c;
            inWord = true;
            ++i;
        }
    }
    if (inWord)
        words.append(cur);
    return words;
}

Result<QStringList> splitCmd(QStringView t, ImportReport *report)
{
    // cmd.exe first: ^ escapes the next character (^ + newline continues the line, a second
    // newline after it is a literal one), a bare " switches cmd's own quoting off and on.
    QString line;
    bool cmdQuoted = false;
    const qsizetype n = t.size();
    qsizetype i = 0;
    qsizetype quoteStart = 0;
    while (i < n) {
        const QChar c = t[i];
        if (!cmdQuoted && c == QLatin1Char('^')) {
            qsizetype j = i + 1;
            if (j < n && t[j] == QLatin1Char('\r'))
                ++j;
            if (j < n && t[j] == QLatin1Char('\n')) {
                i = j + 1;
                qsizetype k = i;
                if (k < n && t[k] == QLatin1Char('\r'))
                    ++k;
                if (k < n && t[k] == QLatin1Char('\n')) {
                    line += QLatin1Char('\n');
                    i = k + 1;
                }
            } else if (i + 1 < n) {
                line += t[i + 1];
                i += 2;
            } else {
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            cmdQuoted = !cmdQuoted;
            quoteStart = i;
        }
        if (!cmdQuoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (!line.trimmed().isEmpty()) {
                noteRest(t, i, QStringLiteral("the end of the line"), report);
                break;
            }
            ++i;
            continue;
        }
        if (!cmdQuoted
            && (c == QLatin1Char('&') || c == QLatin1Char('|') || c == QLatin1Char('<')
                || c == QLatin1Char('>'))) {
            noteRest(t, i, QStringLiteral("'%1'").arg(c), report);
            break;
        }
        line += c;
        ++i;
    }
    if (cmdQuoted)
        return parseError(
            QStringLiteral("unterminated double quote at %1").arg(position(t, quoteStart)));
    return splitMsvcrt(line);
}

} // namespace

Result<QStringList> splitShellWords(QStringView text, bool windowsCmd, ImportReport *report)
{
    return windowsCmd ? splitCmd(text, report) : splitBash(text, report);
}

} // namespace wirescope::interop
