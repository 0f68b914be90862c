#include "app/cli/runconsole.h"

#include "app/cli/terminaltext.h"

namespace wirescope::cli {

namespace {

QString paint(const QString &text, const char *code, bool color)
{
    if (!color)
        return text;
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
}

QString ms(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) + QStringLiteral(" ms")
                        : QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

} // namespace

QString formatIterationHeading(int iteration, int iterations)
{
    if (iterations <= 1)
        return {};
    return QStringLiteral("\nIteration %1/%2\n").arg(iteration + 1).arg(iterations);
}

// A collection's names, a script's output, the server's answers: every string here is shown
// through terminalSafe(), so that none of them reaches the terminal as an escape sequence.
QString formatOutcome(const RequestOutcome &o, bool color)
{
    const QString title =
        terminalSafe(o.folderPath.isEmpty() ? o.name : o.folderPath.join(u'/') + u'/' + o.name);
    const auto scriptLines = [&o, color]() {
        QString out;
        for (const ScriptConsoleLine &line : o.console)
            out += QStringLiteral("      │ %1%2\n")
                       .arg(line.level == ScriptConsoleLine::Level::Log
                                ? QString()
                                : ScriptConsoleLine::levelName(line.level) + QStringLiteral(": "),
                            terminalSafe(line.text));
        for (const ScriptError &e : o.scriptErrors)
            out += QStringLiteral("      %1 %2\n")
                       .arg(paint(QStringLiteral("script error:"), "31", color),
                            terminalSafe(e.describe()));
        for (const ScriptTestResult &t : o.scriptTests) {
            if (t.skipped)
                out += QStringLiteral("      - %1 (skipped)\n").arg(terminalSafe(t.name));
            else if (t.passed)
                out += QStringLiteral("      %1 %2\n")
                           .arg(paint(QStringLiteral("✓"), "32", color), terminalSafe(t.name));
            else
                out += QStringLiteral("      %1 %2: %3\n")
                           .arg(paint(QStringLiteral("✗"), "31", color), terminalSafe(t.name),
                                terminalSafe(t.message));
        }
        return out;
    };
    if (!o.skipped.isEmpty())
        return QStringLiteral("  - %1  (skipped: %2)\n").arg(title, terminalSafe(o.skipped))
               + scriptLines();

    const QString mark = o.passed() ? paint(QStringLiteral("✓"), "32", color)
                                    : paint(QStringLiteral("✗"), "31", color);
    QString out = QStringLiteral("  %1 %2\n      %3 %4")
                      .arg(mark, title, terminalSafe(o.method), terminalSafe(o.url));
    if (o.status)
        out += QStringLiteral("  %1  %2").arg(o.status).arg(ms(o.timeMs));
    out += u'\n';
    if (o.error)
        out +=
            QStringLiteral("      %1 %2\n")
                .arg(paint(QStringLiteral("error:"), "31", color), terminalSafe(o.error->message));
    out += scriptLines();
    for (const AssertionResult &r : o.assertions) {
        if (r.passed)
            out += QStringLiteral("      %1 %2\n")
                       .arg(paint(QStringLiteral("✓"), "32", color),
                            terminalSafe(r.assertion.describe()));
        else
            out += QStringLiteral("      %1 %2: %3 (actual %4)\n")
                       .arg(paint(QStringLiteral("✗"), "31", color),
                            terminalSafe(r.assertion.describe()), terminalSafe(r.message),
                            terminalSafe(r.actual));
    }
    for (const CapturedValue &c : o.captures) {
        if (!c.found)
            out += QStringLiteral("      %1 capture %2: %3\n")
                       .arg(paint(QStringLiteral("!"), "33", color), terminalSafe(c.variable),
                            terminalSafe(c.message));
    }
    return out;
}

QString formatSummary(const RunSummary &s, bool color)
{
    const auto row = [](const QString &label, const QString &executed, const QString &failed) {
        return QStringLiteral("│ %1│ %2│ %3│\n")
            .arg(label.leftJustified(20), executed.rightJustified(9) + u' ',
                 failed.rightJustified(7) + u' ');
    };
    QString out = QStringLiteral("\n┌─────────────────────┬───────────┬─────────┐\n");
    out += row(QString(), QStringLiteral("executed"), QStringLiteral("failed"));
    out += QStringLiteral("├─────────────────────┼───────────┼─────────┤\n");
    out += row(QStringLiteral("iterations"), QString::number(s.iterations), QStringLiteral("0"));
    out += row(QStringLiteral("requests"), QString::number(s.requests),
               QString::number(s.requestsFailed));
    out += row(QStringLiteral("assertions"), QString::number(s.assertions),
               QString::number(s.assertionsFailed));
    if (s.scriptTests || s.scriptErrors) {
        out += row(QStringLiteral("script tests"), QString::number(s.scriptTests),
                   QString::number(s.scriptTestsFailed));
        out += row(QStringLiteral("script errors"), QString::number(s.scriptErrors),
                   QStringLiteral("-"));
    }
    if (s.skipped)
        out += row(QStringLiteral("skipped"), QString::number(s.skipped), QStringLiteral("-"));
    out += QStringLiteral("└─────────────────────┴───────────┴─────────┘\n");
    out += QStringLiteral("total run duration: %1\n").arg(ms(s.durationMs));
    if (s.requests) {
        out +=
            QStringLiteral("response times: average %1, min %2, max %3\n")
                .arg(ms(s.averageResponseMs()), ms(s.responseTimeMinMs), ms(s.responseTimeMaxMs));
    }
    if (s.bailed)
        out += QStringLiteral("stopped early: --bail and a request failed\n");
    if (s.cancelled)
        out += QStringLiteral("cancelled\n");
    out += s.passed() ? paint(QStringLiteral("PASSED"), "32;1", color) + u'\n'
                      : paint(QStringLiteral("FAILED"), "31;1", color) + u'\n';
    return out;
}

} // namespace wirescope::cli
