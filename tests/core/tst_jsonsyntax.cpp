// JSON syntax errors in plain words, placed at the character the user has to fix.

#include "core/http/jsonsyntax.h"

#include <QTest>

using namespace wirescope;

class tst_JsonSyntax final : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void validIsNoProblem();
};

void tst_JsonSyntax::problems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");

    // The comma itself is marked, not the brace after it.
    QTest::newRow("trailing comma in object")
        << QByteArray("{\n  \"a\": 1,\n}") << 2 << 9 << u"a trailing comma before }"_qs;
    QTest::newRow("trailing comma in array")
        << QByteArray("[1, 2, ]") << 1 << 6 << u"a trailing comma before ]"_qs;
    QTest::newRow("missing comma in array")
        << QByteArray("[1 2]") << 1 << 4 << u"a missing comma between values"_qs;
    QTest::newRow("missing comma across lines")
        << QByteArray("[\n  1\n  2\n]") << 3 << 3 << u"a missing comma between values"_qs;
    QTest::newRow("missing comma in object")
        << QByteArray("{\"a\": 1\n \"b\": 2}") << 2 << 2
        << u"a missing comma between values (or a missing })"_qs;
    QTest::newRow("missing colon")
        << QByteArray("{\"a\" 1}") << 1 << 6 << u"a missing colon after a key"_qs;
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << 1 << 2
                                  << u"a key that is not in double quotes"_qs;
    QTest::newRow("unterminated string")
        << QByteArray("{\"a\": \"x\n}") << 1 << 7
        << u"an unterminated string (the closing \" is missing)"_qs;
    QTest::newRow("unclosed object") << QByteArray("{\"a\": \"x\"\n") << 1 << 9
                                     << u"an object that is never closed (a } is missing)"_qs;
    QTest::newRow("bad value") << QByteArray("{\"a\": tru}") << 1 << 7
                               << u"a value JSON does not know (text needs double quotes; true, "
                                  u"false and null are lower case)"_qs;
    QTest::newRow("garbage after")
        << QByteArray("{}\n x") << 2 << 2 << u"more text after the end of the JSON value"_qs;
    QTest::newRow("empty") << QByteArray("  ") << 1 << 1 << u"an empty document (no JSON value)"_qs;
    QTest::newRow("column counts characters, not bytes")
        << QByteArray("[\"\xc3\xa9\xc3\xa9\" 2]") << 1 << 7 << u"a missing comma between values"_qs;
}

void tst_JsonSyntax::problems()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, reason);
    const auto problem = findJsonSyntaxProblem(json);
    QVERIFY(problem);
    QCOMPARE(problem->reason, reason);
    QCOMPARE(problem->line, line);
    QCOMPARE(problem->column, column);
    QCOMPARE(problem->text(), u"line %1, column %2: %3"_qs.arg(line).arg(column).arg(reason));
}

void tst_JsonSyntax::validIsNoProblem()
{
    QVERIFY(!findJsonSyntaxProblem("{\"a\": [1, 2, {\"b\": null}]}"));
}

QTEST_GUILESS_MAIN(tst_JsonSyntax)
#include "tst_jsonsyntax.moc"
