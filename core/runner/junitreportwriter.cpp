#include "core/runner/junitreportwriter.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QXmlStreamWriter>

namespace wirescope {

namespace {

QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 3);
}

} // namespace

JunitReportWriter::JunitReportWriter(const QString &path, const QString &collectionName)
    : m_path(path)
    , m_collectionName(collectionName)
{}

JunitReportWriter::~JunitReportWriter() = default;

bool JunitReportWriter::open(QString *error)
{
    m_scratch = std::make_unique<QTemporaryFile>();
    if (!m_scratch->open()) {
        *error = QStringLiteral("cannot create a scratch file for the JUnit report: %1")
                     .arg(m_scratch->errorString());
        return false;
    }
    return true;
}

void JunitReportWriter::add(const RequestOutcome &outcome)
{
    if (!m_scratch)
        return;
    QXmlStreamWriter xml(m_scratch.get());
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    QStringList classParts{m_collectionName};
    classParts += outcome.folderPath;
    QString name = outcome.name;
    if (outcome.iteration > 0)
        name += QStringLiteral(" [iteration %1]").arg(outcome.iteration + 1);

    ++m_tests;
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("classname"), classParts.join(u'.'));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("time"), seconds(outcome.timeMs));
    QStringList scriptErrors;
    for (const ScriptError &e : outcome.scriptErrors)
        scriptErrors.append(e.describe());
    if (!outcome.skipped.isEmpty() && scriptErrors.isEmpty()) {
        ++m_skipped;
        xml.writeStartElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"), outcome.skipped);
        xml.writeEndElement();
    } else if (outcome.error || !scriptErrors.isEmpty()) {
        ++m_errors;
        const QString message = outcome.error ? outcome.error->message : scriptErrors.constFirst();
        xml.writeStartElement(QStringLiteral("error"));
        xml.writeAttribute(QStringLiteral("type"), outcome.error
                                                       ? Error::kindName(outcome.error->kind)
                                                       : QStringLiteral("script"));
        xml.writeAttribute(QStringLiteral("message"), message);
        QStringList lines{QStringLiteral("%1 %2").arg(outcome.method, outcome.url)};
        if (outcome.error)
            lines.append(outcome.error->message);
        lines += scriptErrors;
        xml.writeCharacters(lines.join(u'\n'));
        xml.writeEndElement();
    } else if (outcome.failedAssertions() > 0) {
        ++m_failures;
        QStringList lines;
        QString first;
        for (const AssertionResult &r : outcome.assertions) {
            if (r.passed)
                continue;
            const QString line = QStringLiteral("%1: %2 (actual %3)")
                                     .arg(r.assertion.describe(), r.message, r.actual);
            if (first.isEmpty())
                first = line;
            lines.append(line);
        }
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("AssertionFailure"));
        xml.writeAttribute(QStringLiteral("message"), first);
        xml.writeCharacters(
            QStringLiteral("%1 %2 -> %3\n").arg(outcome.method, outcome.url).arg(outcome.status)
            + lines.join(u'\n'));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // testcase

    // One testcase per pm.test, inside the request's class, as newman's JUnit reporter does.
    classParts.append(outcome.name);
    for (const ScriptTestResult &t : outcome.scriptTests) {
        ++m_tests;
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), classParts.join(u'.'));
        xml.writeAttribute(QStringLiteral("name"),
                           outcome.iteration > 0
                               ? t.name
                                     + QStringLiteral(" [iteration %1]").arg(outcome.iteration + 1)
                               : t.name);
        xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0.000"));
        if (t.skipped) {
            ++m_skipped;
            xml.writeStartElement(QStringLiteral("skipped"));
            xml.writeEndElement();
        } else if (!t.passed) {
            ++m_failures;
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("AssertionError"));
            xml.writeAttribute(QStringLiteral("message"), t.message);
            xml.writeCharacters(t.message);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // testcase
    }
    m_scratch->write("\n");
}

bool JunitReportWriter::finish(const RunSummary &summary, QString *error)
{
    if (!m_scratch) {
        *error = QStringLiteral("the JUnit report was not opened");
        return false;
    }
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, out.errorString());
        return false;
    }
    const QString head = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                        "<testsuites name=\"%1\" tests=\"%2\" failures=\"%3\" "
                                        "errors=\"%4\" skipped=\"%5\" time=\"%6\">\n"
                                        "<testsuite name=\"%1\" tests=\"%2\" failures=\"%3\" "
                                        "errors=\"%4\" skipped=\"%5\" time=\"%6\" "
                                        "timestamp=\"%7\">\n");
    QString escapedName = m_collectionName.toHtmlEscaped();
    out.write(head.arg(escapedName)
                  .arg(m_tests)
                  .arg(m_failures)
                  .arg(m_errors)
                  .arg(m_skipped)
                  .arg(seconds(summary.durationMs))
                  .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                  .toUtf8());
    m_scratch->seek(0);
    while (!m_scratch->atEnd())
        out.write(m_scratch->read(1 << 16));
    out.write("</testsuite>\n</testsuites>\n");
    if (!out.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, out.errorString());
        return false;
    }
    return true;
}

} // namespace wirescope
