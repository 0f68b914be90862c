// `wirescope-cli ws` argument parsing, table-tested.

#include "app/cli/wsargs.h"
#include "tests/support/arglist.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;
using namespace wirescope::cli;

namespace {
// Arguments as typed on a command line (QT_NO_CAST_FROM_ASCII: no implicit const char*).
} // namespace

class tst_WsArgs final : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void scripted();
    void interactiveByDefault();
    void tlsAndConnection();
    void binaryFromFile();
};

void tst_WsArgs::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const int usage = int(Error::Kind::InvalidRequest);
    QTest::newRow("no url") << A({}) << usage << "no URL given";
    QTest::newRow("two urls") << A({"ws://a/", "ws://b/"}) << usage << "one URL only";
    QTest::newRow("unknown long") << A({"--frobnicate", "ws://a/"}) << usage
                                  << "unknown option --frobnicate";
    QTest::newRow("unknown short") << A({"-Z", "ws://a/"}) << usage << "unknown option -Z";
    QTest::newRow("missing value")
        << A({"ws://a/", "--send"}) << usage << "option --send needs a value";
    QTest::newRow("flag with value") << A({"--json=1", "ws://a/"}) << usage << "takes no value";
    QTest::newRow("expect zero") << A({"--expect", "0", "ws://a/"}) << usage << "positive number";
    QTest::newRow("expect text") << A({"--expect", "many", "ws://a/"}) << usage
                                 << "positive number";
    QTest::newRow("bad timeout") << A({"--timeout", "soon", "ws://a/"}) << usage
                                 << "number of seconds";
    QTest::newRow("header no colon") << A({"-H", "NoColon", "ws://a/"}) << usage << "";
    QTest::newRow("header CRLF") << A({"-H", "X-A: 1\r\nX-B: 2", "ws://a/"}) << usage << "";
    QTest::newRow("binary bad form")
        << A({"--send-binary", "dead", "ws://a/"}) << usage << "@FILE, hex:HEX or base64:BASE64";
    QTest::newRow("binary bad hex")
        << A({"--send-binary", "hex:xyz", "ws://a/"}) << usage << "not a hex digit";
    QTest::newRow("binary bad base64")
        << A({"--send-binary", "base64:a*", "ws://a/"}) << usage << "not a base64 character";
    QTest::newRow("binary missing file") << A({"--send-binary", "@/nonexistent/x.bin", "ws://a/"})
                                         << int(Error::Kind::File) << "/nonexistent/x.bin";
    QTest::newRow("var without =") << A({"--var", "x", "ws://a/"}) << usage << "name=value";
    QTest::newRow("empty subprotocol")
        << A({"--subprotocol", " ", "ws://a/"}) << usage << "needs a name";
    QTest::newRow("key without cert") << A({"--key", "k.pem", "ws://a/"}) << usage << "need --cert";
    QTest::newRow("bad tls error")
        << A({"--accept-tls-error", "NoSuchError", "ws://a/"}) << usage << "";
}

void tst_WsArgs::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const auto r = parseWsArgs(args);
    QVERIFY(!r);
    QCOMPARE(int(r.error().kind), kind);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QVERIFY(!r.error().message.isEmpty());
}

void tst_WsArgs::scripted()
{
    const auto r = parseWsArgs(A({"--send",
                                  "hello {{name}}",
                                  "--send-binary",
                                  "hex:de ad",
                                  "--send-binary",
                                  "base64:AAE=",
                                  "--expect",
                                  "3",
                                  "--json",
                                  "-H",
                                  "X-A: 1",
                                  "--origin",
                                  "http://o.example",
                                  "--subprotocol",
                                  "chat.v2, chat.v1",
                                  "--subprotocol",
                                  "echo",
                                  "--var",
                                  "name=world",
                                  "--timeout",
                                  "2.5",
                                  "ws://h:1/p"}));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    const WsOptions &o = *r;
    QCOMPARE(o.request.url, QStringLiteral("ws://h:1/p"));
    QCOMPARE(o.messages.size(), 3);
    QCOMPARE(o.messages.at(0), (WsOutgoingMessage{WsPayloadKind::Text, "hello {{name}}"}));
    QCOMPARE(o.messages.at(1), (WsOutgoingMessage{WsPayloadKind::Binary, "\xde\xad"}));
    QCOMPARE(o.messages.at(2),
             (WsOutgoingMessage{WsPayloadKind::Binary, QByteArray("\x00\x01", 2)}));
    QCOMPARE(o.expect, 3);
    QVERIFY(o.jsonOutput);
    QVERIFY(!o.interactive);
    QCOMPARE(o.timeoutMs, 2500);
    QCOMPARE(o.request.subprotocols,
             (A({QStringLiteral("chat.v2"), QStringLiteral("chat.v1"), QStringLiteral("echo")})));
    QCOMPARE(firstValue(o.request.headers, u"X-A"), QStringLiteral("1"));
    QCOMPARE(firstValue(o.request.headers, u"Origin"), QStringLiteral("http://o.example"));
    QCOMPARE(o.variables.size(), 1);
    QCOMPARE(o.variables.first().name, QStringLiteral("name"));
    QCOMPARE(o.variables.first().value, QStringLiteral("world"));
}

void tst_WsArgs::interactiveByDefault()
{
    auto r = parseWsArgs(A({"ws://h/"}));
    QVERIFY(r);
    QVERIFY(r->interactive);
    QCOMPARE(r->expect, 0);
    r = parseWsArgs(A({"--expect", "1", "ws://h/"}));
    QVERIFY(r);
    QVERIFY(!r->interactive);
    r = parseWsArgs(A({"--help"}));
    QVERIFY(r);
    QVERIFY(r->help);
}

void tst_WsArgs::tlsAndConnection()
{
    const auto r =
        parseWsArgs(A({"--cacert", "a.pem", "--cacert", "b.pem", "-k", "--accept-tls-error", "9",
                       "--connect-timeout", "3", "--max-message-size", "1M", "--ping-interval",
                       "0.5", "--bearer", "tok", "wss://h/"}));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    const WebSocketSettings &s = r->request.settings;
    QCOMPARE(s.tls.caCertificateFiles, (A({QStringLiteral("a.pem"), QStringLiteral("b.pem")})));
    QVERIFY(s.tls.insecure);
    QCOMPARE(s.tls.ignoredErrors.size(), 1);
    QCOMPARE(s.tls.ignoredErrors.first().error, 9);
    QCOMPARE(s.connectTimeoutMs, 3000);
    QCOMPARE(s.maxMessageBytes, 1024 * 1024);
    QCOMPARE(s.pingIntervalMs, 500);
    QCOMPARE(r->request.auth.kind, AuthKind::Bearer);
    QCOMPARE(r->request.auth.token, QStringLiteral("tok"));
}

void tst_WsArgs::binaryFromFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x00\xff\x10", 3));
    f.close();
    const auto r =
        parseWsArgs(A({QStringLiteral("--send-binary"), u'@' + path, QStringLiteral("ws://h/")}));
    QVERIFY(r);
    QCOMPARE(r->messages.size(), 1);
    QCOMPARE(r->messages.first().kind, WsPayloadKind::Binary);
    QCOMPARE(r->messages.first().payload, QByteArray("\x00\xff\x10", 3));
}

QTEST_GUILESS_MAIN(tst_WsArgs)
#include "tst_wsargs.moc"
