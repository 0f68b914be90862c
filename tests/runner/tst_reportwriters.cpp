#include "core/runner/jsonreportwriter.h"
#include "core/runner/junitreportwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace wirescope;

class tst_ReportWriters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void junitStructure();
    void junitUnwritablePath();
    void jsonReport();

private:
    QList<RequestOutcome> outcomes() const;
    RunSummary summary() const;
};

QList<RequestOutcome> tst_ReportWriters::outcomes() const
{
    RequestOutcome ok;
    ok.name = QStringLiteral("list <users> & \"friends\"");
    ok.folderPath = {QStringLiteral("Users")};
    ok.method = QStringLiteral("GET");
    ok.url = QStringLiteral("http://127.0.0.1/users?a=1&b=2");
    ok.status = 200;
    ok.timeMs = 12.5;
    AssertionResult pass;
    pass.assertion.expected = QStringLiteral("200");
    pass.passed = true;
    pass.actual = QStringLiteral("200");
    ok.assertions = {pass};

    RequestOutcome failed = ok;
    failed.name = QStringLiteral("create user");
    failed.iteration = 1;
    failed.status = 500;
    AssertionResult fail = pass;
    fail.passed = false;
    fail.actual = QStringLiteral("500");
    fail.message = QStringLiteral("expected 200");
    failed.assertions = {pass, fail};

    RequestOutcome broken;
    broken.name = QStringLiteral("unreachable");
    broken.method = QStringLiteral("GET");
    broken.url = QStringLiteral("http://127.0.0.1:1/");
    broken.error = Error{Error::Kind::ConnectionRefused, QStringLiteral("Connection refused")};

    RequestOutcome skipped;
    skipped.name = QStringLiteral("chat");
    skipped.skipped = QStringLiteral("WebSocket requests are not run");
    return {ok, failed, broken, skipped};
}

RunSummary tst_ReportWriters::summary() const
{
    RunSummary s;
    s.iterations = 2;
    s.requests = 3;
    s.requestsFailed = 2;
    s.skipped = 1;
    s.assertions = 3;
    s.assertionsFailed = 1;
    s.durationMs = 1500;
    return s;
}

void tst_ReportWriters::junitStructure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junit.xml"));
    JunitReportWriter writer(path, QStringLiteral("My <API>"));
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    for (const RequestOutcome &o : outcomes())
        writer.add(o);
    QVERIFY2(writer.finish(summary(), &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList path_;
    int testcases = 0, failures = 0, errors = 0, skips = 0;
    QStringList classnames, names;
    QString failureMessage;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QString parent = path_.isEmpty() ? QString() : path_.last();
            if (name == u"testsuites") {
                QVERIFY(parent.isEmpty());
                QCOMPARE(xml.attributes().value(QLatin1String("tests")).toString(),
                         QStringLiteral("4"));
            } else if (name == u"testsuite") {
                QCOMPARE(parent, QStringLiteral("testsuites"));
                QCOMPARE(xml.attributes().value(QLatin1String("name")).toString(),
                         QStringLiteral("My <API>"));
                QCOMPARE(xml.attributes().value(QLatin1String("tests")).toString(),
                         QStringLiteral("4"));
                QCOMPARE(xml.attributes().value(QLatin1String("failures")).toString(),
                         QStringLiteral("1"));
                QCOMPARE(xml.attributes().value(QLatin1String("errors")).toString(),
                         QStringLiteral("1"));
                QCOMPARE(xml.attributes().value(QLatin1String("skipped")).toString(),
                         QStringLiteral("1"));
                QCOMPARE(xml.attributes().value(QLatin1String("time")).toString(),
                         QStringLiteral("1.500"));
            } else if (name == u"testcase") {
                QCOMPARE(parent, QStringLiteral("testsuite"));
                ++testcases;
                classnames.append(xml.attributes().value(QLatin1String("classname")).toString());
                names.append(xml.attributes().value(QLatin1String("name")).toString());
                bool ok = false;
                const double time = xml.attributes().value(QLatin1String("time")).toDouble(&ok);
                QVERIFY(ok && time >= 0);
            } else if (name == u"failure") {
                QCOMPARE(parent, QStringLiteral("testcase"));
                ++failures;
                failureMessage = xml.attributes().value(QLatin1String("message")).toString();
            } else if (name == u"error") {
                QCOMPARE(parent, QStringLiteral("testcase"));
                ++errors;
                QCOMPARE(xml.attributes().value(QLatin1String("type")).toString(),
                         Error::kindName(Error::Kind::ConnectionRefused));
            } else if (name == u"skipped") {
                ++skips;
            } else {
                QFAIL(qPrintable(QStringLiteral("unexpected element <%1>").arg(name)));
            }
            path_.append(name);
        } else if (xml.isEndElement()) {
            path_.removeLast();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(testcases, 4);
    QCOMPARE(failures, 1);
    QCOMPARE(errors, 1);
    QCOMPARE(skips, 1);
    QCOMPARE(classnames.first(), QStringLiteral("My <API>.Users"));
    QCOMPARE(names.first(), QStringLiteral("list <users> & \"friends\""));
    QCOMPARE(names.at(1), QStringLiteral("create user [iteration 2]"));
    QVERIFY2(failureMessage.contains(QStringLiteral("expected 200")), qPrintable(failureMessage));
}

void tst_ReportWriters::junitUnwritablePath()
{
    JunitReportWriter writer(QStringLiteral("/nonexistent-dir/junit.xml"), QStringLiteral("c"));
    QString error;
    QVERIFY(writer.open(&error));
    QVERIFY(!writer.finish(summary(), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/junit.xml")), qPrintable(error));
}

void tst_ReportWriters::jsonReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    JsonReportWriter writer(path, QStringLiteral("My API"));
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    for (const RequestOutcome &o : outcomes())
        writer.add(o);
    QVERIFY2(writer.finish(summary(), &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(u"collection").toString(), QStringLiteral("My API"));
    const QJsonArray results = root.value(u"results").toArray();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results[0].toObject().value(u"status").toInt(), 200);
    QCOMPARE(results[0].toObject().value(u"passed").toBool(), true);
    QCOMPARE(results[1].toObject().value(u"passed").toBool(), false);
    QCOMPARE(results[1].toObject().value(u"iteration").toInt(), 2);
    QCOMPARE(results[2].toObject().value(u"error").toObject().value(u"kind").toString(),
             Error::kindName(Error::Kind::ConnectionRefused));
    QVERIFY(results[2].toObject().value(u"status").isNull());
    QCOMPARE(results[3].toObject().value(u"skipped").toString(),
             QStringLiteral("WebSocket requests are not run"));
    const QJsonObject s = root.value(u"summary").toObject();
    QCOMPARE(s.value(u"requests").toInt(), 3);
    QCOMPARE(s.value(u"requestsFailed").toInt(), 2);
    QCOMPARE(s.value(u"passed").toBool(), false);
}

QTEST_GUILESS_MAIN(tst_ReportWriters)
#include "tst_reportwriters.moc"
