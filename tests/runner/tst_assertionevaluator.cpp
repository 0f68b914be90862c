#include "core/runner/assertionevaluator.h"

#include <QTest>

using namespace wirescope;

Q_DECLARE_METATYPE(wirescope::Assertion)

class tst_AssertionEvaluator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void disabledAreSkipped();
    void noResponse();
    void bodyNotJson();
    void captures();
};

namespace {

Exchange sampleExchange()
{
    Exchange exchange;
    Response response;
    response.status = 201;
    response.reason = QStringLiteral("Created");
    response.headers = {
        KeyValue{QStringLiteral("Content-Type"),
                 QStringLiteral("application/json; charset=utf-8"),
                 true,
                 {}},
        KeyValue{QStringLiteral("X-Request-Id"), QStringLiteral("abc-123"), true, {}}};
    response.body = ResponseBody::fromBytes(
        R"({"token":"s3cr3t","user":{"id":42,"name":"Ada","zip":"01234","admin":false,"tags":["a","b","c"]},)"
        R"("items":[{"price":1.5},{"price":2}],"note":null})");
    exchange.response = response;
    exchange.timings.total = 123.4;
    return exchange;
}

Assertion make(Assertion::Target target,
               const QString &property,
               Assertion::Op op,
               const QString &expected = {},
               const QString &expected2 = {})
{
    Assertion a;
    a.target = target;
    a.property = property;
    a.op = op;
    a.expected = expected;
    a.expected2 = expected2;
    return a;
}

} // namespace

void tst_AssertionEvaluator::evaluate_data()
{
    using T = Assertion::Target;
    using O = Assertion::Op;
    QTest::addColumn<Assertion>("assertion");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QString>("actual");
    // Long actual values are cut at 80 characters with an ellipsis.
    const QString bodyShown =
        QStringLiteral(
            R"({"token":"s3cr3t","user":{"id":42,"name":"Ada","zip":"01234","admin":false,"tags)")
        + QStringLiteral("…");

    QTest::newRow("status eq") << make(T::Status, {}, O::Equals, QStringLiteral("201")) << true
                               << "201";
    QTest::newRow("status eq wrong")
        << make(T::Status, {}, O::Equals, QStringLiteral("200")) << false << "201";
    QTest::newRow("status range") << make(T::Status, {}, O::InRange, QStringLiteral("200"),
                                          QStringLiteral("299"))
                                  << true << "201";
    QTest::newRow("status range miss")
        << make(T::Status, {}, O::InRange, QStringLiteral("400"), QStringLiteral("499")) << false
        << "201";
    QTest::newRow("header exists, any case")
        << make(T::Header, QStringLiteral("x-request-id"), O::Exists) << true << "abc-123";
    QTest::newRow("header absent")
        << make(T::Header, QStringLiteral("ETag"), O::Exists) << false << "absent";
    QTest::newRow("header notexists")
        << make(T::Header, QStringLiteral("ETag"), O::NotExists) << true << "absent";
    QTest::newRow("header eq") << make(T::Header, QStringLiteral("X-Request-Id"), O::Equals,
                                       QStringLiteral("abc-123"))
                               << true << "abc-123";
    QTest::newRow("header matches") << make(T::Header, QStringLiteral("Content-Type"), O::Matches,
                                            QStringLiteral("^application/json"))
                                    << true << "application/json; charset=utf-8";
    QTest::newRow("header bad regex")
        << make(T::Header, QStringLiteral("Content-Type"), O::Matches, QStringLiteral("(")) << false
        << "application/json; charset=utf-8";
    QTest::newRow("body contains")
        << make(T::Body, {}, O::Contains, QStringLiteral("\"Ada\"")) << true << bodyShown;
    QTest::newRow("body not contains")
        << make(T::Body, {}, O::Contains, QStringLiteral("Grace")) << false << bodyShown;
    QTest::newRow("json number eq")
        << make(T::JsonPath, QStringLiteral("$.user.id"), O::Equals, QStringLiteral("42")) << true
        << "42";
    QTest::newRow("json number eq 42.0")
        << make(T::JsonPath, QStringLiteral("$.user.id"), O::Equals, QStringLiteral("42.0")) << true
        << "42";
    QTest::newRow("json string unquoted")
        << make(T::JsonPath, QStringLiteral("$.user.name"), O::Equals, QStringLiteral("Ada"))
        << true << "\"Ada\"";
    QTest::newRow("json string quoted")
        << make(T::JsonPath, QStringLiteral("$.user.name"), O::Equals, QStringLiteral("\"Ada\""))
        << true << "\"Ada\"";
    QTest::newRow("json string is not a number")
        << make(T::JsonPath, QStringLiteral("$.user.id"), O::Equals, QStringLiteral("\"42\""))
        << false << "42";
    QTest::newRow("json string of digits, unquoted")
        << make(T::JsonPath, QStringLiteral("$.user.zip"), O::Equals, QStringLiteral("01234"))
        << true << "\"01234\"";
    QTest::newRow("json string vs other number")
        << make(T::JsonPath, QStringLiteral("$.user.zip"), O::Equals, QStringLiteral("1234"))
        << false << "\"01234\"";
    QTest::newRow("json neq") << make(T::JsonPath, QStringLiteral("$.user.id"), O::NotEquals,
                                      QStringLiteral("42"))
                              << false << "42";
    QTest::newRow("json neq other")
        << make(T::JsonPath, QStringLiteral("$.user.id"), O::NotEquals, QStringLiteral("43"))
        << true << "42";
    QTest::newRow("json bool") << make(T::JsonPath, QStringLiteral("$.user.admin"), O::Equals,
                                       QStringLiteral("false"))
                               << true << "false";
    QTest::newRow("json null exists")
        << make(T::JsonPath, QStringLiteral("$.note"), O::Exists) << true << "null";
    QTest::newRow("json missing") << make(T::JsonPath, QStringLiteral("$.missing"), O::Exists)
                                  << false << "absent";
    QTest::newRow("json missing eq")
        << make(T::JsonPath, QStringLiteral("$.missing"), O::Equals, QStringLiteral("1")) << false
        << "absent";
    QTest::newRow("json type array")
        << make(T::JsonPath, QStringLiteral("$.user.tags"), O::IsType, QStringLiteral("array"))
        << true << "[3 items]";
    QTest::newRow("json type wrong")
        << make(T::JsonPath, QStringLiteral("$.user.tags"), O::IsType, QStringLiteral("object"))
        << false << "[3 items]";
    QTest::newRow("json length") << make(T::JsonPath, QStringLiteral("$.user.tags"),
                                         O::LengthEquals, QStringLiteral("3"))
                                 << true << "[3 items]";
    QTest::newRow("json length wrong")
        << make(T::JsonPath, QStringLiteral("$.user.tags"), O::LengthEquals, QStringLiteral("2"))
        << false << "[3 items]";
    QTest::newRow("json wildcard all pass")
        << make(T::JsonPath, QStringLiteral("$.items[*].price"), O::LessThan, QStringLiteral("3"))
        << true << "1.5";
    QTest::newRow("json wildcard one fails")
        << make(T::JsonPath, QStringLiteral("$.items[*].price"), O::LessThan, QStringLiteral("2"))
        << false << "2";
    QTest::newRow("json bad path")
        << make(T::JsonPath, QStringLiteral("$..id"), O::Exists) << false << "n/a";
    QTest::newRow("time below") << make(T::ResponseTime, {}, O::LessThan, QStringLiteral("500"))
                                << true << "123.4";
    QTest::newRow("time above limit")
        << make(T::ResponseTime, {}, O::LessThan, QStringLiteral("100")) << false << "123.4";
    QTest::newRow("size gt") << make(T::BodySize, {}, O::GreaterThan, QStringLiteral("10")) << true
                             << "145";
    QTest::newRow("limit not a number")
        << make(T::BodySize, {}, O::GreaterThan, QStringLiteral("ten")) << false << "145";
}

void tst_AssertionEvaluator::evaluate()
{
    QFETCH(Assertion, assertion);
    QFETCH(bool, passed);
    QFETCH(QString, actual);
    const Exchange exchange = sampleExchange();
    AssertionEvaluator evaluator(exchange);
    const AssertionResult result = evaluator.evaluate(assertion);
    QCOMPARE(result.passed, passed);
    QCOMPARE(result.actual, actual);
    // A failure always says why; a pass never carries a message.
    QCOMPARE(result.message.isEmpty(), passed);
}

void tst_AssertionEvaluator::disabledAreSkipped()
{
    const Exchange exchange = sampleExchange();
    Assertion off =
        make(Assertion::Target::Status, {}, Assertion::Op::Equals, QStringLiteral("500"));
    off.enabled = false;
    const Assertion on =
        make(Assertion::Target::Status, {}, Assertion::Op::Equals, QStringLiteral("201"));
    AssertionEvaluator evaluator(exchange);
    const QList<AssertionResult> results = evaluator.evaluate(AssertionList{off, on});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().assertion, on);
    QVERIFY(results.first().passed);
}

void tst_AssertionEvaluator::noResponse()
{
    Exchange exchange;
    exchange.error =
        Error{Error::Kind::ConnectionRefused, QStringLiteral("Connection refused by 127.0.0.1:1")};
    AssertionEvaluator evaluator(exchange);
    const AssertionResult result = evaluator.evaluate(
        make(Assertion::Target::Status, {}, Assertion::Op::Equals, QStringLiteral("200")));
    QVERIFY(!result.passed);
    QCOMPARE(result.actual, QStringLiteral("no response"));
    QVERIFY(result.message.contains(QStringLiteral("refused")));
}

void tst_AssertionEvaluator::bodyNotJson()
{
    Exchange exchange = sampleExchange();
    exchange.response->body = ResponseBody::fromBytes("<html>not json</html>");
    AssertionEvaluator evaluator(exchange);
    const AssertionResult result = evaluator.evaluate(
        make(Assertion::Target::JsonPath, QStringLiteral("$.id"), Assertion::Op::Exists));
    QVERIFY(!result.passed);
    QVERIFY2(result.message.contains(QStringLiteral("not JSON")), qPrintable(result.message));
}

void tst_AssertionEvaluator::captures()
{
    const Exchange exchange = sampleExchange();
    auto capture = [](const QString &var, Capture::Source source, const QString &expr) {
        Capture c;
        c.variable = var;
        c.source = source;
        c.expression = expr;
        return c;
    };
    Capture disabled = capture(QStringLiteral("off"), Capture::Source::Status, {});
    disabled.enabled = false;
    AssertionEvaluator evaluator(exchange);
    const QList<CapturedValue> values = evaluator.capture(
        {capture(QStringLiteral("token"), Capture::Source::JsonPath, QStringLiteral("$.token")),
         capture(QStringLiteral("userId"), Capture::Source::JsonPath, QStringLiteral("$.user.id")),
         capture(QStringLiteral("reqId"), Capture::Source::Header, QStringLiteral("x-request-id")),
         capture(QStringLiteral("code"), Capture::Source::Status, {}), disabled,
         capture(QStringLiteral("missing"), Capture::Source::JsonPath, QStringLiteral("$.nope"))});
    QCOMPARE(values.size(), 5);
    QCOMPARE(values[0].value, QStringLiteral("s3cr3t"));
    QVERIFY(values[0].found);
    QCOMPARE(values[1].value, QStringLiteral("42"));
    QCOMPARE(values[2].value, QStringLiteral("abc-123"));
    QCOMPARE(values[3].value, QStringLiteral("201"));
    QCOMPARE(values[4].variable, QStringLiteral("missing"));
    QVERIFY(!values[4].found);
    QVERIFY(values[4].message.contains(QStringLiteral("matched nothing")));
}

QTEST_GUILESS_MAIN(tst_AssertionEvaluator)
#include "tst_assertionevaluator.moc"
