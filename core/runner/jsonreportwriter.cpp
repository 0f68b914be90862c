#include "core/runner/jsonreportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace wirescope {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray quoted(const QString &text)
{
    // A JSON string literal: the compact array ["text"] without its brackets.
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

} // namespace

JsonReportWriter::JsonReportWriter(const QString &path, const QString &collectionName)
    : m_path(path)
    , m_collectionName(collectionName)
{}

JsonReportWriter::~JsonReportWriter() = default;

QJsonObject JsonReportWriter::toJson(const RequestOutcome &o)
{
    QJsonObject json{{QStringLiteral("iteration"), o.iteration + 1},
                     {QStringLiteral("name"), o.name},
                     {QStringLiteral("folder"), o.folderPath.join(u'/')},
                     {QStringLiteral("method"), o.method},
                     {QStringLiteral("url"), o.url},
                     {QStringLiteral("passed"), o.passed()}};
    QJsonArray tests;
    for (const ScriptTestResult &t : o.scriptTests) {
        QJsonObject tj{{QStringLiteral("name"), t.name},
                       {QStringLiteral("passed"), t.passed},
                       {QStringLiteral("event"), t.event}};
        if (t.skipped)
            tj.insert(QStringLiteral("skipped"), true);
        if (!t.passed)
            tj.insert(QStringLiteral("message"), t.message);
        tests.append(tj);
    }
    if (!tests.isEmpty())
        json.insert(QStringLiteral("tests"), tests);
    QJsonArray scriptErrors;
    for (const ScriptError &e : o.scriptErrors) {
        QJsonObject ej{{QStringLiteral("event"), e.event},
                       {QStringLiteral("origin"), e.origin},
                       {QStringLiteral("message"), e.message}};
        if (e.line > 0)
            ej.insert(QStringLiteral("line"), e.line);
        if (e.column > 0)
            ej.insert(QStringLiteral("column"), e.column);
        scriptErrors.append(ej);
    }
    if (!scriptErrors.isEmpty())
        json.insert(QStringLiteral("scriptErrors"), scriptErrors);
    QJsonArray console;
    for (const ScriptConsoleLine &line : o.console)
        console.append(
            QJsonObject{{QStringLiteral("level"), ScriptConsoleLine::levelName(line.level)},
                        {QStringLiteral("text"), line.text}});
    if (!console.isEmpty())
        json.insert(QStringLiteral("console"), console);
    if (!o.skipped.isEmpty()) {
        json.insert(QStringLiteral("skipped"), o.skipped);
        return json;
    }
    json.insert(QStringLiteral("status"), o.status ? QJsonValue(o.status) : QJsonValue());
    json.insert(QStringLiteral("timeMs"), o.timeMs);
    json.insert(QStringLiteral("bodySize"), o.bodySize);
    if (o.error) {
        json.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("kind"), Error::kindName(o.error->kind)},
                                {QStringLiteral("message"), o.error->message}});
    }
    QJsonArray assertions;
    for (const AssertionResult &r : o.assertions) {
        QJsonObject a{{QStringLiteral("assertion"), r.assertion.describe()},
                      {QStringLiteral("passed"), r.passed},
                      {QStringLiteral("actual"), r.actual}};
        if (!r.passed)
            a.insert(QStringLiteral("message"), r.message);
        assertions.append(a);
    }
    json.insert(QStringLiteral("assertions"), assertions);
    QJsonArray captures;
    for (const CapturedValue &c : o.captures) {
        // The value itself is not written: captured tokens are often secrets.
        QJsonObject cj{{QStringLiteral("variable"), c.variable},
                       {QStringLiteral("found"), c.found}};
        if (!c.found)
            cj.insert(QStringLiteral("message"), c.message);
        captures.append(cj);
    }
    if (!captures.isEmpty())
        json.insert(QStringLiteral("captures"), captures);
    return json;
}

QJsonObject JsonReportWriter::toJson(const RunSummary &s)
{
    return QJsonObject{{QStringLiteral("passed"), s.passed()},
                       {QStringLiteral("iterations"), s.iterations},
                       {QStringLiteral("requests"), s.requests},
                       {QStringLiteral("requestsFailed"), s.requestsFailed},
                       {QStringLiteral("skipped"), s.skipped},
                       {QStringLiteral("assertions"), s.assertions},
                       {QStringLiteral("assertionsFailed"), s.assertionsFailed},
                       {QStringLiteral("scriptTests"), s.scriptTests},
                       {QStringLiteral("scriptTestsFailed"), s.scriptTestsFailed},
                       {QStringLiteral("scriptErrors"), s.scriptErrors},
                       {QStringLiteral("durationMs"), s.durationMs},
                       {QStringLiteral("responseTimeAverageMs"), s.averageResponseMs()},
                       {QStringLiteral("responseTimeMinMs"), s.responseTimeMinMs},
                       {QStringLiteral("responseTimeMaxMs"), s.responseTimeMaxMs},
                       {QStringLiteral("bailed"), s.bailed},
                       {QStringLiteral("cancelled"), s.cancelled}};
}

bool JsonReportWriter::open(QString *error)
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file->write("{\"collection\":" + quoted(m_collectionName) + ",\n\"results\":[\n");
    return true;
}

void JsonReportWriter::add(const RequestOutcome &outcome)
{
    if (!m_file)
        return;
    if (!m_first)
        m_file->write(",\n");
    m_first = false;
    m_file->write(compact(toJson(outcome)));
}

bool JsonReportWriter::finish(const RunSummary &summary, QString *error)
{
    if (!m_file) {
        *error = QStringLiteral("the JSON report was not opened");
        return false;
    }
    m_file->write("\n],\n\"summary\":" + compact(toJson(summary)) + "}\n");
    if (!m_file->commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, m_file->errorString());
        return false;
    }
    return true;
}

} // namespace wirescope
