#include "app/cli/runargs.h"
#include "app/cli/runconsole.h"

#include <QTest>

using namespace wirescope;
using namespace wirescope::cli;

class tst_RunArgs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses();
    void refuses_data();
    void refuses();
    void envFile();
    void consoleLines();
};

void tst_RunArgs::parses()
{
    const auto r =
        parseRunArgs({QStringLiteral("dir"),        QStringLiteral("--env"),
                      QStringLiteral("staging"),    QStringLiteral("--folder=Users/Admin"),
                      QStringLiteral("-n"),         QStringLiteral("3"),
                      QStringLiteral("--data"),     QStringLiteral("d.csv"),
                      QStringLiteral("--delay"),    QStringLiteral("20"),
                      QStringLiteral("--bail"),     QStringLiteral("-k"),
                      QStringLiteral("--timeout"),  QStringLiteral("1500"),
                      QStringLiteral("--var"),      QStringLiteral("a=b=c"),
                      QStringLiteral("-r"),         QStringLiteral("cli"),
                      QStringLiteral("-r"),         QStringLiteral("junit"),
                      QStringLiteral("--reporter"), QStringLiteral("json:out.json")});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->directory, QStringLiteral("dir"));
    QCOMPARE(r->environment, QStringLiteral("staging"));
    QCOMPARE(r->folder, QStringLiteral("Users/Admin"));
    QCOMPARE(r->iterations, 3);
    QVERIFY(r->iterationsGiven);
    QCOMPARE(r->dataFile, QStringLiteral("d.csv"));
    QCOMPARE(r->delayMs, 20);
    QVERIFY(r->bail);
    QVERIFY(r->insecure);
    QCOMPARE(r->timeoutMs, 1500);
    QCOMPARE(r->variables.size(), 1);
    QCOMPARE(r->variables[0].name, QStringLiteral("a"));
    QCOMPARE(r->variables[0].value, QStringLiteral("b=c"));
    QCOMPARE(r->reporters.size(), 3);
    QCOMPARE(r->reporters[1],
             (RunReporter{RunReporter::Kind::Junit, QStringLiteral("wirescope-junit.xml")}));
    QCOMPARE(r->reporters[2], (RunReporter{RunReporter::Kind::Json, QStringLiteral("out.json")}));

    const auto defaults = parseRunArgs({QStringLiteral("dir")});
    QVERIFY(defaults.ok());
    QCOMPARE(defaults->reporters, QList<RunReporter>{RunReporter{}});
    QCOMPARE(defaults->iterations, 1);
    QVERIFY(!defaults->iterationsGiven);
    QVERIFY(!defaults->noScripts); // scripts run by default
    QCOMPARE(defaults->scriptTimeoutMs, 5000);

    const auto scripts = parseRunArgs({QStringLiteral("dir"), QStringLiteral("--no-scripts"),
                                       QStringLiteral("--script-timeout"), QStringLiteral("250")});
    QVERIFY(scripts.ok());
    QVERIFY(scripts->noScripts);
    QCOMPARE(scripts->scriptTimeoutMs, 250);
}

void tst_RunArgs::refuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no dir") << QStringList{} << "no collection directory";
    QTest::newRow("two dirs") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                              << "\"b\" is a second one";
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("a"), QStringLiteral("--frobnicate")}
        << "unknown option --frobnicate";
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("a"), QStringLiteral("--env")} << "--env needs a value";
    QTest::newRow("zero iterations")
        << QStringList{QStringLiteral("a"), QStringLiteral("-n"), QStringLiteral("0")}
        << "at least 1";
    QTest::newRow("negative delay")
        << QStringList{QStringLiteral("a"), QStringLiteral("--delay"), QStringLiteral("-5")}
        << "--delay needs";
    QTest::newRow("flag with value")
        << QStringList{QStringLiteral("a"), QStringLiteral("--bail=yes")}
        << "--bail takes no value";
    QTest::newRow("bad var") << QStringList{QStringLiteral("a"), QStringLiteral("--var"),
                                            QStringLiteral("novalue")}
                             << "--var needs name=value";
    QTest::newRow("two to stdout")
        << QStringList{QStringLiteral("a"), QStringLiteral("-r"), QStringLiteral("cli"),
                       QStringLiteral("-r"), QStringLiteral("json")}
        << "only one reporter";
    QTest::newRow("no-scripts with value")
        << QStringList{QStringLiteral("a"), QStringLiteral("--no-scripts=1")}
        << "--no-scripts takes no value";
    QTest::newRow("zero script timeout")
        << QStringList{QStringLiteral("a"), QStringLiteral("--script-timeout"), QStringLiteral("0")}
        << "at least 1";
    QTest::newRow("cli with file")
        << QStringList{QStringLiteral("a"), QStringLiteral("-r"), QStringLiteral("cli:x")}
        << "takes no file";
}

void tst_RunArgs::refuses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = parseRunArgs(args);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::InvalidRequest);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void tst_RunArgs::envFile()
{
    const auto vars =
        parseEnvFile("# comment\n\nexport TOKEN=\"abc def\"\r\nKEY='x'\nPLAIN=a=b\nEMPTY=\n");
    QVERIFY(vars.ok());
    QCOMPARE(vars->size(), 4);
    QCOMPARE(vars->at(0).name, QStringLiteral("TOKEN"));
    QCOMPARE(vars->at(0).value, QStringLiteral("abc def"));
    QCOMPARE(vars->at(1).value, QStringLiteral("x"));
    QCOMPARE(vars->at(2).value, QStringLiteral("a=b"));
    QCOMPARE(vars->at(3).value, QString());
    const auto bad = parseEnvFile("A=1\nnot a pair\n");
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("line 2")));
}

void tst_RunArgs::consoleLines()
{
    RequestOutcome o;
    o.name = QStringLiteral("get user");
    o.folderPath = {QStringLiteral("Users")};
    o.method = QStringLiteral("GET");
    o.url = QStringLiteral("http://127.0.0.1/u/1");
    o.status = 404;
    o.timeMs = 12.34;
    AssertionResult r;
    r.assertion.expected = QStringLiteral("200");
    r.actual = QStringLiteral("404");
    r.message = QStringLiteral("expected 200");
    o.assertions = {r};
    QCOMPARE(formatOutcome(o, false),
             QStringLiteral("  ✗ Users/get user\n      GET http://127.0.0.1/u/1  404  12.3 ms\n"
                            "      ✗ status eq 200: expected 200 (actual 404)\n"));
    QVERIFY(formatOutcome(o, true).contains(QStringLiteral("\x1b[31m")));

    RunSummary s;
    s.iterations = 1;
    s.requests = 1;
    s.requestsFailed = 1;
    s.assertions = 1;
    s.assertionsFailed = 1;
    const QString summary = formatSummary(s, false);
    QVERIFY(summary.contains(QStringLiteral("│ requests            │         1 │       1 │")));
    QVERIFY(summary.endsWith(QStringLiteral("FAILED\n")));
    // Every table line has the same width.
    const QStringList lines = summary.split(u'\n');
    for (int i = 1; i <= 7; ++i)
        QCOMPARE(lines[i].size(), lines[1].size());
    QCOMPARE(formatIterationHeading(0, 1), QString());
    QCOMPARE(formatIterationHeading(1, 3), QStringLiteral("\nIteration 2/3\n"));
}

QTEST_GUILESS_MAIN(tst_RunArgs)
#include "tst_runargs.moc"
