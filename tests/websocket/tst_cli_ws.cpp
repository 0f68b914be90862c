// wirescope-cli ws end to end: the real binary against the node peers (ws echo, wss echo
// with a self-signed certificate, websocket chat), checking output and exit codes.

#include "tests/integration/clirunner.h"
#include "tests/support/arglist.h"
#include "tests/support/testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace wirescope::test;

namespace {
// Arguments as typed on a command line (QT_NO_CAST_FROM_ASCII: no implicit const char*).
} // namespace

namespace {

QList<QJsonObject> jsonLines(const CliResult &result)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

QList<QJsonObject> frames(const QList<QJsonObject> &events, const QString &direction)
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : events) {
        if (o.value(QLatin1String("event")).toString() == QLatin1String("frame")
            && o.value(QLatin1String("direction")).toString() == direction
            && o.value(QLatin1String("type")).toString() != QLatin1String("close"))
            out.append(o);
    }
    return out;
}

} // namespace

class tst_CliWs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendExpectText();
    void jsonEvents();
    void binaryAndSubprotocol();
    void variables();
    void interactiveStdin();
    void chatSeesOwnBroadcast();
    void exitCodes_data();
    void exitCodes();
    void tlsRefusedThenAccepted();
    void timeout();

private:
    QString echo(const QString &path = {}) const
    {
        return m_servers.wsEcho.toString(QUrl::RemovePath) + path;
    }
    TestServers m_servers;
};

void tst_CliWs::initTestCase()
{
    QString error;
    const auto servers = loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
}

void tst_CliWs::sendExpectText()
{
    const CliResult r =
        runCli(A({"ws", "--send", "hello", "--send", "world", "--expect", "2", echo()}));
    CHECK_EXIT(r, 0);
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.filter(QStringLiteral(" < hello")).size() == 1, qPrintable(describe(r)));
    QVERIFY(lines.filter(QStringLiteral(" < world")).size() == 1);
    QVERIFY(lines.filter(QStringLiteral(" > hello")).size() == 1);
    QVERIFY(lines.filter(QStringLiteral("closed: 1000")).size() == 1);
    // Each frame line starts with a HH:MM:SS.mmmuuu timestamp.
    const QString first = lines.filter(QStringLiteral(" < hello")).first();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{6} < hello$"))
                 .match(first)
                 .hasMatch(),
             qPrintable(first));
}

void tst_CliWs::jsonEvents()
{
    const CliResult r =
        runCli(A({"ws", "--json", "--send", "a", "--send", "b", "--expect", "2", echo()}));
    CHECK_EXIT(r, 0);
    const auto events = jsonLines(r);
    QVERIFY(events.size() >= 5);
    QCOMPARE(events.first().value(QLatin1String("event")).toString(), QStringLiteral("open"));
    QCOMPARE(events.first().value(QLatin1String("status")).toInt(), 101);
    // Through the CLI's relay: TCP connect and the upgrade measured (no DNS for an address).
    const QJsonObject timings = events.first().value(QLatin1String("timings")).toObject();
    QVERIFY(timings.value(QLatin1String("connect")).toDouble(-1) >= 0);
    QVERIFY(timings.value(QLatin1String("handshake")).toDouble(-1) > 0);
    QVERIFY(timings.value(QLatin1String("total")).toDouble(-1) > 0);
    QVERIFY(timings.value(QLatin1String("dns")).isNull());
    QCOMPARE(timings.value(QLatin1String("tlsInHandshake")).toBool(true), false);
    const auto in = frames(events, QStringLiteral("incoming"));
    QCOMPARE(in.size(), 2);
    QCOMPARE(in.at(0).value(QLatin1String("text")).toString(), QStringLiteral("a"));
    QCOMPARE(in.at(1).value(QLatin1String("text")).toString(), QStringLiteral("b"));
    QVERIFY(in.at(0).value(QLatin1String("timestampUs")).toDouble() > 1.5e15);
    QCOMPARE(frames(events, QStringLiteral("outgoing")).size(), 2);
    const QJsonObject close = events.last();
    QCOMPARE(close.value(QLatin1String("event")).toString(), QStringLiteral("close"));
    QCOMPARE(close.value(QLatin1String("code")).toInt(), 1000);
    QCOMPARE(close.value(QLatin1String("received")).toInt(), 2);
}

void tst_CliWs::binaryAndSubprotocol()
{
    const CliResult r =
        runCli(A({"ws", "--json", "--subprotocol", "nope,chat.v2", "--send-binary", "hex:00ff10",
                  "--send-binary", "base64:3q2+7w==", "--expect", "2", echo()}));
    CHECK_EXIT(r, 0);
    const auto events = jsonLines(r);
    QCOMPARE(events.first().value(QLatin1String("subprotocol")).toString(),
             QStringLiteral("chat.v2"));
    const auto in = frames(events, QStringLiteral("incoming"));
    QCOMPARE(in.size(), 2);
    QCOMPARE(in.at(0).value(QLatin1String("type")).toString(), QStringLiteral("binary"));
    QCOMPARE(QByteArray::fromBase64(in.at(0).value(QLatin1String("base64")).toString().toLatin1()),
             QByteArray("\x00\xff\x10", 3));
    QCOMPARE(QByteArray::fromBase64(in.at(1).value(QLatin1String("base64")).toString().toLatin1()),
             QByteArray("\xde\xad\xbe\xef"));
}

void tst_CliWs::variables()
{
    const CliResult r = runCli(A({"ws", "--json", "--var", "who=world", "--var", "path=vars", "-H",
                                  "X-Who: {{who}}", "--send", "headers", "--send", "hi {{who}}",
                                  "--expect", "2", echo(QStringLiteral("/{{path}}"))}));
    CHECK_EXIT(r, 0);
    const auto in = frames(jsonLines(r), QStringLiteral("incoming"));
    QCOMPARE(in.size(), 2);
    const QJsonObject echoed =
        QJsonDocument::fromJson(in.at(0).value(QLatin1String("text")).toString().toUtf8()).object();
    QCOMPARE(echoed.value(QLatin1String("url")).toString(), QStringLiteral("/vars"));
    QCOMPARE(
        echoed.value(QLatin1String("headers")).toObject().value(QLatin1String("x-who")).toString(),
        QStringLiteral("world"));
    QCOMPARE(in.at(1).value(QLatin1String("text")).toString(), QStringLiteral("hi world"));
}

void tst_CliWs::interactiveStdin()
{
    // Lines of standard input become text frames; end of input closes with 1000.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WIRESCOPE_CLI_PATH),
                  {QStringLiteral("ws"), QStringLiteral("--json"), echo()});
    QVERIFY(process.waitForStarted(10000));
    process.write("first line\nsecond ✓\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    CliResult r;
    r.out = process.readAllStandardOutput();
    const auto events = jsonLines(r);
    const auto out = frames(events, QStringLiteral("outgoing"));
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(1).value(QLatin1String("text")).toString(), QStringLiteral("second ✓"));
    const auto in = frames(events, QStringLiteral("incoming"));
    QCOMPARE(in.size(), 2); // the echoes arrived before the close
    QCOMPARE(events.last().value(QLatin1String("code")).toInt(), 1000);
    QCOMPARE(events.last().value(QLatin1String("byPeer")).toBool(), false);
}

void tst_CliWs::chatSeesOwnBroadcast()
{
    const CliResult r =
        runCli(A({"ws", "--send", "hello room", "--expect", "2", m_servers.wsChat.toString()}));
    CHECK_EXIT(r, 0);
    QVERIFY2(r.outText().contains(QRegularExpression(QStringLiteral("< join: peer \\d+"))),
             qPrintable(describe(r)));
    QVERIFY(r.outText().contains(QRegularExpression(QStringLiteral("< peer \\d+: hello room"))));
}

void tst_CliWs::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("usage: scheme") << A({"http://127.0.0.1/"}) << 2 << "did you mean ws://";
    QTest::newRow("usage: subprotocol")
        << A({"--subprotocol", "a b", "ECHO"}) << 2 << "subprotocol \"a b\"";
    QTest::newRow("usage: header CRLF") << A({"-H", "X-A: 1\r\nX-B: 2", "ECHO"}) << 2 << "";
    QTest::newRow("handshake refused") << A({"--expect", "1", "ECHO/reject"}) << 8 << "403";
    QTest::newRow("abnormal close")
        << A({"--send", "drop", "--expect", "1", "ECHO"}) << 9 << "1006";
    QTest::newRow("custom close") << A({"--send", "close:4001:nope", "--expect", "1", "ECHO"}) << 10
                                  << "4001";
    QTest::newRow("closed before expect")
        << A({"--send", "close:1000:bye", "--expect", "3", "ECHO"}) << 10 << "0 of 3 expected";
    QTest::newRow("too large") << A(
        {"--max-message-size", "1K", "--send", "big:5000", "--expect", "1", "ECHO"})
                               << 6 << "1024 bytes";
    QTest::newRow("file") << A({"--send-binary", "@/nonexistent/file.bin", "ECHO"}) << 7
                          << "/nonexistent/file.bin";
}

void tst_CliWs::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stderrPart);
    for (QString &a : args)
        a.replace(QLatin1String("ECHO"), echo());
    const CliResult r = runCli(A({QStringLiteral("ws")}) + args);
    CHECK_EXIT(r, code);
    QVERIFY2(r.errText().contains(stderrPart), qPrintable(describe(r)));
    if (code == 2)
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
}

void tst_CliWs::tlsRefusedThenAccepted()
{
    const QString url = m_servers.wssSelfSignedEcho.toString();
    const CliResult refused = runCli(A({"ws", "--send", "x", "--expect", "1", url}));
    CHECK_EXIT(refused, 4);
    // The refusal names the exact option that accepts this certificate's error.
    const QRegularExpression hint(QStringLiteral("add: (--accept-tls-error \\S+)"));
    const auto m = hint.match(refused.errText());
    QVERIFY2(m.hasMatch(), qPrintable(describe(refused)));
    const QString option = m.captured(1);
    const CliResult accepted =
        runCli(A({"ws", "--json", QStringLiteral("--accept-tls-error"), option.section(u' ', 1),
                  "--send", "over tls", "--expect", "1", url}));
    CHECK_EXIT(accepted, 0);
    const auto events = jsonLines(accepted);
    const QJsonObject tls = events.first().value(QLatin1String("tls")).toObject();
    QCOMPARE(tls.value(QLatin1String("verified")).toBool(), false);
    QCOMPARE(tls.value(QLatin1String("acceptedErrors")).toInt(), 1);
    QCOMPARE(
        frames(events, QStringLiteral("incoming")).first().value(QLatin1String("text")).toString(),
        QStringLiteral("over tls"));
    // --cacert with the certificate verifies it outright.
    const CliResult trusted = runCli(
        A({"ws", "--cacert", m_servers.selfSignedCertFile, "--send", "t", "--expect", "1", url}));
    CHECK_EXIT(trusted, 0);
}

void tst_CliWs::timeout()
{
    // A server that accepts TCP but never answers the upgrade.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort());
    // runCli blocks this thread, so the QTcpServer never accepts: the kernel's backlog holds
    // the connection, which is exactly a handshake that never comes.
    const CliResult r = runCli(A({"ws", "--connect-timeout", "0.5", "--expect", "1", url}));
    CHECK_EXIT(r, 5);
    QVERIFY2(r.errText().contains(QLatin1String("connect timeout")), qPrintable(describe(r)));
    // --timeout while open, messages never reaching --expect.
    const CliResult r2 =
        runCli(A({"ws", "--timeout", "0.5", "--send", "one", "--expect", "5", echo()}));
    CHECK_EXIT(r2, 5);
    QVERIFY2(r2.errText().contains(QLatin1String("1 of 5 expected")), qPrintable(describe(r2)));
}

QTEST_GUILESS_MAIN(tst_CliWs)
#include "tst_cli_ws.moc"
