#include "core/runner/datafile.h"

#include <QTest>

using namespace wirescope;

class tst_DataFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data();
    void csv();
    void csvErrors_data();
    void csvErrors();
    void json();
    void jsonErrors_data();
    void jsonErrors();
};

namespace {

QString render(const QList<DataRow> &rows)
{
    QStringList out;
    for (const DataRow &row : rows) {
        QStringList cells;
        for (const auto &[name, value] : row)
            cells.append(name + u'=' + value);
        out.append(cells.join(u'|'));
    }
    return out.join(u';');
}

} // namespace

void tst_DataFile::csv_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple") << QByteArray("user,id\nada,1\ngrace,2\n")
                            << "user=ada|id=1;user=grace|id=2";
    QTest::newRow("crlf, no final newline") << QByteArray("a,b\r\n1,2\r\n3,4") << "a=1|b=2;a=3|b=4";
    QTest::newRow("quoted comma and quote")
        << QByteArray("q,n\n\"x, \"\"y\"\"\",2\n") << "q=x, \"y\"|n=2";
    QTest::newRow("quoted newline") << QByteArray("t\n\"line1\nline2\"\n") << "t=line1\nline2";
    QTest::newRow("bom and trimmed header")
        << QByteArray("\xEF\xBB\xBF name ,v\nx,y\n") << "name=x|v=y";
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n1\n\n2\n") << "a=1;a=2";
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << "a=|b=|c=";
    QTest::newRow("header only") << QByteArray("a,b\n") << "";
    QTest::newRow("utf-8") << QByteArray("name\nJos\xC3\xA9\n") << QStringLiteral("name=José");
}

void tst_DataFile::csv()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const auto rows = parseCsvData(input);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
    QCOMPARE(render(*rows), expected);
}

void tst_DataFile::csvErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray("") << "empty";
    QTest::newRow("ragged row") << QByteArray("a,b\n1,2\n3\n")
                                << "CSV line 3: 1 fields, but the header has 2";
    QTest::newRow("unclosed quote") << QByteArray("a\n\"open\n") << "never closed";
    QTest::newRow("unnamed column") << QByteArray("a,,c\n1,2,3\n") << "column 2";
}

void tst_DataFile::csvErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, messagePart);
    const auto rows = parseCsvData(input);
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().kind, Error::Kind::Parse);
    QVERIFY2(rows.error().message.contains(messagePart), qPrintable(rows.error().message));
}

void tst_DataFile::json()
{
    const auto rows =
        parseJsonData(R"([{"user":"ada","id":1,"admin":true,"x":null},{"user":"grace"}])");
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).size(), 4);
    // Member order in QJsonObject is by key.
    QCOMPARE(render(*rows), QStringLiteral("admin=true|id=1|user=ada|x=null;user=grace"));
}

void tst_DataFile::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("syntax") << QByteArray("[{\"a\":}]") << "offset";
    QTest::newRow("object, not array") << QByteArray("{\"a\":1}") << "array of objects";
    QTest::newRow("element not object") << QByteArray("[{\"a\":1}, 3]") << "element 1";
}

void tst_DataFile::jsonErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, messagePart);
    const auto rows = parseJsonData(input);
    QVERIFY(!rows.ok());
    QVERIFY2(rows.error().message.contains(messagePart), qPrintable(rows.error().message));
}

QTEST_GUILESS_MAIN(tst_DataFile)
#include "tst_datafile.moc"
