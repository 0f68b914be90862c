#include "core/runner/htmlreportwriter.h"

#include <QSaveFile>

namespace wirescope {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// The reasons @p o failed, one per line (escaped).
QString problems(const RequestOutcome &o)
{
    QStringList lines;
    if (o.error)
        lines.append(esc(o.error->message));
    if (!o.skipped.isEmpty())
        lines.append(esc(o.skipped));
    for (const ScriptError &e : o.scriptErrors)
        lines.append(esc(e.describe()));
    for (const ScriptTestResult &t : o.scriptTests) {
        if (!t.passed && !t.skipped)
            lines.append(esc(t.name + QStringLiteral(": ") + t.message));
    }
    for (const AssertionResult &r : o.assertions) {
        if (!r.passed)
            lines.append(esc(r.assertion.describe() + QStringLiteral(": ") + r.message));
    }
    return lines.join(QStringLiteral("<br>"));
}

QString row(const RequestOutcome &o)
{
    const bool skipped = !o.skipped.isEmpty();
    const QString verdict = skipped      ? QStringLiteral("skipped")
                            : o.passed() ? QStringLiteral("pass")
                                         : QStringLiteral("fail");
    QStringList path = o.folderPath;
    path.append(o.name);
    return QStringLiteral("<tr class=\"%1\"><td>%1</td><td>%2</td><td>%3</td><td>%4 %5</td>"
                          "<td>%6</td><td>%7 ms</td><td>%8</td></tr>\n")
        .arg(verdict, QString::number(o.iteration + 1), esc(path.join(u'/')), esc(o.method),
             esc(o.url), o.status ? QString::number(o.status) : QStringLiteral("&mdash;"),
             QString::number(o.timeMs, 'f', 1), problems(o));
}

} // namespace

QString HtmlReportWriter::page(const QString &collectionName,
                               const QList<RequestOutcome> &outcomes,
                               const RunSummary &s)
{
    QString rows;
    for (const RequestOutcome &o : outcomes)
        rows += row(o);
    const QString verdict = s.passed()    ? QStringLiteral("PASSED")
                            : s.cancelled ? QStringLiteral("STOPPED")
                                          : QStringLiteral("FAILED");
    return QStringLiteral(
               "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
               "<title>%1 &mdash; Wirescope run</title><style>"
               "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
               "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
               "tr.fail td:first-child{color:#c62828;font-weight:bold}"
               "tr.pass td:first-child{color:#2e7d32}</style></head><body>\n"
               "<h1>%1</h1>\n<p><b>%2</b>: %3 requests, %4 failed, %5 skipped; %6 assertions, "
               "%7 failed; %8 script tests, %9 failed; %10 script errors; %11 ms</p>\n"
               "<table><tr><th>Result</th><th>Iteration</th><th>Request</th><th>Sent</th>"
               "<th>Status</th><th>Time</th><th>Problems</th></tr>\n%12</table>\n"
               "</body></html>\n")
        // One multi-arg call: text from the run never goes through a second substitution.
        .arg(esc(collectionName), verdict, QString::number(s.requests),
             QString::number(s.requestsFailed), QString::number(s.skipped),
             QString::number(s.assertions), QString::number(s.assertionsFailed),
             QString::number(s.scriptTests), QString::number(s.scriptTestsFailed),
             QString::number(s.scriptErrors), QString::number(s.durationMs, 'f', 0), rows);
}

bool HtmlReportWriter::write(const QString &path,
                             const QString &collectionName,
                             const QList<RequestOutcome> &outcomes,
                             const RunSummary &summary,
                             QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(page(collectionName, outcomes, summary).toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace wirescope
