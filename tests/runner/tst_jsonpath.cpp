#include "core/runner/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope;

class tst_JsonPath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void select_data();
    void select();
    void refused_data();
    void refused();
};

namespace {

const char s_doc[] = R"({
  "data": {"items": [{"id": 7, "name": "first"}, {"id": 8, "name": "second"}], "total": 2},
  "a.b": {"c d": true},
  "empty": [],
  "nothing": null
})";

QJsonValue document()
{
    return QJsonDocument::fromJson(s_doc).object();
}

QString render(const QList<QJsonValue> &values)
{
    QJsonArray array;
    for (const QJsonValue &v : values)
        array.append(v);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

void tst_JsonPath::select_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // the selected values as a compact JSON array

    QTest::newRow("root member") << "$.data.total"
                                 << R"([2])";
    QTest::newRow("index") << "$.data.items[0].id"
                           << R"([7])";
    QTest::newRow("negative index") << "$.data.items[-1].name"
                                    << R"(["second"])";
    QTest::newRow("bracket name") << "$['a.b']['c d']"
                                  << R"([true])";
    QTest::newRow("double-quoted name") << R"($["data"]["total"])"
                                        << R"([2])";
    QTest::newRow("wildcard array") << "$.data.items[*].id"
                                    << R"([7,8])";
    QTest::newRow("dot wildcard") << "$.data.items.*.name"
                                  << R"(["first","second"])";
    QTest::newRow("null is a value") << "$.nothing"
                                     << R"([null])";
    QTest::newRow("missing member") << "$.data.missing"
                                    << R"([])";
    QTest::newRow("index past the end") << "$.data.items[5]"
                                        << R"([])";
    QTest::newRow("index on an object") << "$.data[0]"
                                        << R"([])";
    QTest::newRow("member of an array") << "$.empty.x"
                                        << R"([])";
    QTest::newRow("root")
        << "$"
        << QString::fromUtf8(
               "[" + QJsonDocument(document().toObject()).toJson(QJsonDocument::Compact) + "]");
}

void tst_JsonPath::select()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const Result<JsonPath> parsed = JsonPath::parse(path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(render(parsed->select(document())), expected);
}

void tst_JsonPath::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << ""
                           << "starts with $";
    QTest::newRow("no dollar") << "data.id"
                               << "starts with $";
    QTest::newRow("recursive descent") << "$..id"
                                       << "recursive descent";
    QTest::newRow("filter") << "$.items[?(@.id==1)]"
                            << "filters and slices";
    QTest::newRow("slice") << "$.items[0:2]"
                           << "expected ]";
    QTest::newRow("unclosed bracket") << "$.items[0"
                                      << "expected ]";
    QTest::newRow("unclosed quote") << "$['abc"
                                    << "not closed";
    QTest::newRow("trailing dot") << "$.data."
                                  << "member name is missing";
    QTest::newRow("garbage") << "$x"
                             << "unexpected 'x'";
}

void tst_JsonPath::refused()
{
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    const Result<JsonPath> parsed = JsonPath::parse(path);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::Parse);
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(tst_JsonPath)
#include "tst_jsonpath.moc"
