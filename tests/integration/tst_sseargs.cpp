// `wirescope-cli sse` argument parsing, table-tested (no network).

#include "app/cli/sseargs.h"
#include "tests/support/arglist.h"

#include <QTest>

using namespace wirescope;
using namespace wirescope::cli;

class tst_SseArgs final : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void options();
};

void tst_SseArgs::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no url") << A({}) << "no URL given";
    QTest::newRow("two urls") << A({"http://a/", "http://b/"}) << "one URL only";
    QTest::newRow("unknown") << A({"--frob", "http://a/"}) << "unknown option --frob";
    QTest::newRow("missing value") << A({"http://a/", "--expect"}) << "needs a value";
    QTest::newRow("flag with value") << A({"--json=1", "http://a/"}) << "takes no value";
    QTest::newRow("expect zero") << A({"--expect", "0", "http://a/"}) << "positive number";
    QTest::newRow("bad timeout") << A({"--timeout", "soon", "http://a/"}) << "number of seconds";
    QTest::newRow("bad size") << A({"--max-event-size", "big", "http://a/"}) << "";
    QTest::newRow("header no colon") << A({"-H", "NoColon", "http://a/"}) << "";
    QTest::newRow("var without =") << A({"--var", "x", "http://a/"}) << "name=value";
}

void tst_SseArgs::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto parsed = parseSseArgs(args);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, Error::Kind::InvalidRequest);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void tst_SseArgs::options()
{
    const auto parsed = parseSseArgs(A(
        {"-H", "X-A: 1", "--json", "--expect", "3", "--timeout", "2.5", "--reconnect", "--any-type",
         "--max-event-size", "64K", "-d", "q=1", "--var", "n=v", "-k", "http://a/{{n}}"}));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    const SseOptions &o = *parsed;
    QCOMPARE(o.request.url, QStringLiteral("http://a/{{n}}"));
    QCOMPARE(o.request.method, QStringLiteral("POST")); // -d without -X
    QCOMPARE(o.request.body.raw, QStringLiteral("q=1"));
    QCOMPARE(o.request.headers.size(), 1);
    QCOMPARE(o.request.headers.at(0).name, QStringLiteral("X-A"));
    QVERIFY(o.jsonOutput && o.reconnect && o.anyType && o.request.settings.tls.insecure);
    QCOMPARE(o.expect, 3);
    QCOMPARE(o.timeoutMs, 2500);
    QCOMPARE(o.maxEventBytes, 64 * 1024);
    QCOMPARE(o.variables.size(), 1);

    const auto plain = parseSseArgs(A({"-X", "GET", "-d", "x", "http://a/"}));
    QVERIFY(plain);
    QCOMPARE(plain->request.method, QStringLiteral("GET")); // an explicit -X stays
    QCOMPARE(parseSseArgs(A({"-d", "x", "-X", "PUT", "http://a/"}))->request.method,
             QStringLiteral("PUT"));
    QVERIFY(parseSseArgs(A({"--help"}))->help);
}

QTEST_APPLESS_MAIN(tst_SseArgs)
#include "tst_sseargs.moc"
