// bodyrender: the pure functions the body view runs on a worker thread.

#include "core/model/responsebody.h"
#include "ui/response/bodyrenderer.h"

#include <QTest>

namespace bodyrender = wirescope::bodyrender;
using wirescope::ResponseBody;

class tst_BodyRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void prettyJson_data();
    void prettyJson();
    void looksLikeJson_data();
    void looksLikeJson();
    void looksBinary_data();
    void looksBinary();
    void hexDump();
    void breakLongLines();
    void decodeText();
    void renderSmallJson();
    void renderInvalidJsonShowsItAsReceived();
    void renderLargeBodyShowsPrefixAndSaysSo();
    void renderBinary();
    void renderEmpty();
    void prettyXml_data();
    void prettyXml();
    void renderXmlPrettyAndMalformed();
};

void tst_BodyRenderer::prettyJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,null]})")
                            << QStringLiteral(
                                   "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}");
    QTest::newRow("key order kept")
        << QByteArray(R"({"z":1,"a":2})") << QStringLiteral("{\n  \"z\": 1,\n  \"a\": 2\n}");
    QTest::newRow("empty containers")
        << QByteArray(R"({"a":{},"b":[ ]})") << QStringLiteral("{\n  \"a\": {},\n  \"b\": []\n}");
    QTest::newRow("strings untouched") << QByteArray(R"({"s":"a,b:{c}\"[d]\\"})")
                                       << QStringLiteral("{\n  \"s\": \"a,b:{c}\\\"[d]\\\\\"\n}");
    QTest::newRow("number spelling kept")
        << QByteArray("[1.50,1e400,12345678901234567890]")
        << QStringLiteral("[\n  1.50,\n  1e400,\n  12345678901234567890\n]");
    QTest::newRow("whitespace normalised")
        << QByteArray("{\n\t\"a\" :\r\n 1 }") << QStringLiteral("{\n  \"a\": 1\n}");
    QTest::newRow("truncated prefix")
        << QByteArray(R"({"a":[1,2)") << QStringLiteral("{\n  \"a\": [\n    1,\n    2");
    QTest::newRow("utf-8") << QByteArray("{\"k\":\"h\xc3\xa9\"}")
                           << QStringLiteral("{\n  \"k\": \"h\u00e9\"\n}");
    QTest::newRow("scalar") << QByteArray("42") << QStringLiteral("42");
}

void tst_BodyRenderer::prettyJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(bodyrender::prettyJson(input), expected);
}

void tst_BodyRenderer::looksLikeJson_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("json");
    QTest::newRow("application/json")
        << QStringLiteral("application/json; charset=utf-8") << QByteArray("x") << true;
    QTest::newRow("+json") << QStringLiteral("application/problem+json") << QByteArray("{") << true;
    QTest::newRow("html") << QStringLiteral("text/html") << QByteArray("{") << false;
    QTest::newRow("untyped object") << QString() << QByteArray("  {\"a\":1}") << true;
    QTest::newRow("text/plain array") << QStringLiteral("text/plain") << QByteArray("[1]") << true;
    QTest::newRow("untyped text") << QString() << QByteArray("hello") << false;
}

void tst_BodyRenderer::looksLikeJson()
{
    QFETCH(QString, contentType);
    QFETCH(QByteArray, head);
    QFETCH(bool, json);
    QCOMPARE(bodyrender::looksLikeJson(contentType, head), json);
}

void tst_BodyRenderer::looksBinary_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("binary");
    QTest::newRow("png type") << QStringLiteral("image/png") << QByteArray("abc") << true;
    QTest::newRow("nul byte") << QString() << QByteArray("ab\0cd", 5) << true;
    QTest::newRow("text") << QStringLiteral("text/plain") << QByteArray("hello\n\tworld") << false;
    QTest::newRow("control soup") << QString() << QByteArray("\x01\x02\x03\x04 a", 6) << true;
    QTest::newRow("empty") << QString() << QByteArray() << false;
}

void tst_BodyRenderer::looksBinary()
{
    QFETCH(QString, contentType);
    QFETCH(QByteArray, head);
    QFETCH(bool, binary);
    QCOMPARE(bodyrender::looksBinary(contentType, head), binary);
}

void tst_BodyRenderer::hexDump()
{
    const QByteArray bytes("0123456789abcdef\x00\xff", 18);
    const QString dump = bodyrender::hexDump(bytes);
    const QStringList lines = dump.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  "
                            "|0123456789abcdef|"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("00000010  00 ff ")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("|..|")));
}

void tst_BodyRenderer::breakLongLines()
{
    bool broke = true;
    QCOMPARE(bodyrender::breakLongLines(QStringLiteral("ab\ncd"), 4, &broke),
             QStringLiteral("ab\ncd"));
    QVERIFY(!broke);
    QCOMPARE(bodyrender::breakLongLines(QStringLiteral("abcdefghij\nxy"), 4, &broke),
             QStringLiteral("abcd\nefgh\nij\nxy"));
    QVERIFY(broke);
}

void tst_BodyRenderer::decodeText()
{
    QCOMPARE(bodyrender::decodeText("caf\xe9", QStringLiteral("text/plain; charset=ISO-8859-1")),
             QStringLiteral("caf\u00e9"));
    QCOMPARE(bodyrender::decodeText("caf\xc3\xa9", QStringLiteral("text/plain")),
             QStringLiteral("caf\u00e9"));
}

void tst_BodyRenderer::renderSmallJson()
{
    const auto body = ResponseBody::fromBytes(R"({"x":"1"})");
    const auto pretty =
        bodyrender::render(body, QStringLiteral("application/json"), bodyrender::Mode::Pretty);
    QVERIFY(pretty.json);
    QCOMPARE(pretty.text, QStringLiteral("{\n  \"x\": \"1\"\n}"));
    QVERIFY(pretty.note.isEmpty());
    const auto raw =
        bodyrender::render(body, QStringLiteral("application/json"), bodyrender::Mode::Raw);
    QCOMPARE(raw.text, QStringLiteral(R"({"x":"1"})"));
}

void tst_BodyRenderer::renderInvalidJsonShowsItAsReceived()
{
    const auto body = ResponseBody::fromBytes("{\"x\": }");
    const auto r =
        bodyrender::render(body, QStringLiteral("application/json"), bodyrender::Mode::Pretty);
    QVERIFY(r.noteIsError);
    QVERIFY2(r.note.contains(QStringLiteral("line 1")), qPrintable(r.note));
    QCOMPARE(r.text, QStringLiteral("{\"x\": }"));
}

void tst_BodyRenderer::renderLargeBodyShowsPrefixAndSaysSo()
{
    QByteArray json = "[";
    while (json.size() < 3 * 1024 * 1024)
        json += R"({"id":12345,"name":"wirescope"},)";
    json += "{}]";
    const auto body = ResponseBody::fromBytes(json);
    const auto r =
        bodyrender::render(body, QStringLiteral("application/json"), bodyrender::Mode::Pretty);
    QVERIFY(r.text.startsWith(QStringLiteral("[\n  {\n    \"id\": 12345,")));
    QVERIFY2(r.note.contains(QStringLiteral("first 2.00 MB")), qPrintable(r.note));
    QVERIFY(!r.noteIsError);
    const auto hex = bodyrender::render(body, {}, bodyrender::Mode::Hex);
    QCOMPARE(hex.text.count(u'\n'), bodyrender::s_hexLimit / 16);
    QVERIFY(hex.note.contains(QStringLiteral("256")));
}

void tst_BodyRenderer::renderBinary()
{
    const auto body = ResponseBody::fromBytes(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    const auto r = bodyrender::render(body, QStringLiteral("image/png"), bodyrender::Mode::Pretty);
    QVERIFY(r.text.isEmpty());
    QVERIFY(r.note.contains(QStringLiteral("Binary")));
}

void tst_BodyRenderer::renderEmpty()
{
    const auto r = bodyrender::render(ResponseBody(), {}, bodyrender::Mode::Pretty);
    QVERIFY(r.text.isEmpty());
    QVERIFY(r.note.contains(QStringLiteral("no body")));
}

void tst_BodyRenderer::prettyXml_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");
    QTest::newRow("nested") << QByteArray("<a><b x=\"1\">t</b><c/></a>")
                            << QStringLiteral("<a>\n  <b x=\"1\">t</b>\n  <c/>\n</a>\n")
                            << QString();
    QTest::newRow("old indentation replaced") << QByteArray("<a>\n        <b/>\n</a>")
                                              << QStringLiteral("<a>\n  <b/>\n</a>\n") << QString();
    QTest::newRow("declaration kept")
        << QByteArray("<?xml version=\"1.0\"?><a/>")
        << QStringLiteral("<?xml version=\"1.0\"?>\n<a/>\n") << QString();
    QTest::newRow("mismatched tag")
        << QByteArray("<a>\n<b></a>") << QString() << QStringLiteral("line 2, column 7");
    QTest::newRow("unclosed") << QByteArray("<a>") << QString() << QStringLiteral("line 1");
}

void tst_BodyRenderer::prettyXml()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    QString actualError;
    const QString out = bodyrender::prettyXml(input, &actualError);
    if (error.isEmpty()) {
        QVERIFY2(actualError.isEmpty(), qPrintable(actualError));
        QCOMPARE(out, expected);
    } else {
        QVERIFY(out.isNull());
        QVERIFY2(actualError.startsWith(error), qPrintable(actualError));
    }
}

void tst_BodyRenderer::renderXmlPrettyAndMalformed()
{
    const auto good =
        bodyrender::render(ResponseBody::fromBytes("<r><i>1</i></r>"),
                           QStringLiteral("application/atom+xml"), bodyrender::Mode::Pretty);
    QVERIFY(good.xml);
    QCOMPARE(good.text, QStringLiteral("<r>\n  <i>1</i>\n</r>\n"));
    QVERIFY(!good.noteIsError);
    const auto bad = bodyrender::render(ResponseBody::fromBytes("<r><i>1</r>"),
                                        QStringLiteral("text/xml"), bodyrender::Mode::Pretty);
    QVERIFY(bad.noteIsError);
    QVERIFY2(bad.note.contains(QStringLiteral("Not well-formed XML")), qPrintable(bad.note));
    QCOMPARE(bad.text, QStringLiteral("<r><i>1</r>"));
    const auto raw = bodyrender::render(ResponseBody::fromBytes("<r><i>1</i></r>"),
                                        QStringLiteral("text/xml"), bodyrender::Mode::Raw);
    QCOMPARE(raw.text, QStringLiteral("<r><i>1</i></r>"));
}

QTEST_MAIN(tst_BodyRenderer)
#include "tst_bodyrenderer.moc"
