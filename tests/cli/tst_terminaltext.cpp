// terminalSafe(): the one escaping of a server's or a file's words for the terminal, as a table.

#include "app/cli/terminaltext.h"

#include <QTest>

using wirescope::cli::TerminalLines;
using wirescope::cli::terminalSafe;

class tst_TerminalText final : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
};

void tst_TerminalText::escapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("multi");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &in, bool multi, const char *out) {
        QTest::newRow(name) << in << multi << QString::fromUtf8(out);
    };
    row("plain", QStringLiteral("OK"), false, "OK");
    row("unicode stays", QStringLiteral("caf\u00e9 \u65e5\u672c"), false, "café 日本");
    row("backslash stays", QStringLiteral("a\\x1b"), false, "a\\x1b");
    row("ESC", QStringLiteral("a\x1b[31mb"), false, "a\\x1b[31mb");
    row("BEL and NUL", QString::fromLatin1("a\x07\0b", 4), false, "a\\x07\\x00b");
    row("DEL", QStringLiteral("a\x7f"), false, "a\\x7f");
    row("C1 CSI", QStringLiteral("a\u009b2J"), false, "a\\u009b2J");
    row("C1 NEL", QStringLiteral("a\u0085b"), false, "a\\u0085b");
    row("RLO", QStringLiteral("a\u202eb"), false, "a\\u202eb");
    row("LRE", QStringLiteral("\u202a"), false, "\\u202a");
    row("PDF", QStringLiteral("\u202c"), false, "\\u202c");
    row("LRI..PDI", QStringLiteral("\u2066\u2067\u2068\u2069"), false,
        "\\u2066\\u2067\\u2068\\u2069");
    row("no-break space stays", QStringLiteral("a\u00a0b"), false, "a\u00a0b");
    row("single: newline", QStringLiteral("a\r\nb\tc"), false, "a\\r\\nb\\tc");
    row("multi: newline and tab stay", QStringLiteral("a\nb\tc"), true, "a\nb\tc");
    row("multi: CR escaped", QStringLiteral("a\r\nb"), true, "a\\r\nb");
    row("multi: ESC escaped", QStringLiteral("a\n\x1b]0;t\x07"), true, "a\n\\x1b]0;t\\x07");
}

void tst_TerminalText::escapes()
{
    QFETCH(QString, input);
    QFETCH(bool, multi);
    QFETCH(QString, expected);
    QCOMPARE(terminalSafe(input, multi ? TerminalLines::Multi : TerminalLines::Single), expected);
}

QTEST_GUILESS_MAIN(tst_TerminalText)
#include "tst_terminaltext.moc"
