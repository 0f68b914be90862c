// wirescope-cli socketio end to end: the real binary against the npm socket.io peer
// (tests/support/node/socketio-server.js), checking output and exit codes.

#include "tests/integration/clirunner.h"
#include "tests/support/arglist.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope::test;

namespace {

// Arguments as typed on a command line (QT_NO_CAST_FROM_ASCII: no implicit const char*).

QList<QJsonObject> jsonLines(const CliResult &result, const QString &event)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : result.out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("event")).toString() == event)
            out.append(o);
    }
    return out;
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_CliSocketIo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emitEchoAndAckText();
    void jsonEventsWithAuth();
    void refusedAuthExits8();
    void wrongPathExits3();
    void ackTimeoutExits5();
    void expectNotReachedExits10();
    void usageErrors_data();
    void usageErrors();

private:
    QString m_url;
};

void tst_CliSocketIo::initTestCase()
{
    QString error;
    const auto servers = loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_url = servers->socketio.toString();
}

void tst_CliSocketIo::emitEchoAndAckText()
{
    const CliResult r = runCli(A({"socketio", m_url, "--emit", "echo", "[1,\"two\",{\"x\":null}]",
                                  "--emit", "echo-ack", "[\"a\"]", "--ack", "--expect", "3"}));
    CHECK_EXIT(r, 0);
    const QString out = r.outText();
    QVERIFY2(out.contains(QLatin1String("* connected to namespace / (socket id ")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("> echo [1,\"two\",{\"x\":null}] (ack 0)")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("< welcome [{\"auth\":{},\"sid\":\"")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("< echo [1,\"two\",{\"x\":null}]\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("< ack 1 [\"a\"]\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("* closed: closed by the client")), qPrintable(out));
}

void tst_CliSocketIo::jsonEventsWithAuth()
{
    const CliResult r =
        runCli(A({"socketio", m_url, "--namespace", "/admin", "--auth", "{\"token\":\"s3cret\"}",
                  "--emit", "echo-ack", "[42,\"x\"]", "--ack", "--json"}));
    CHECK_EXIT(r, 0);
    const QList<QJsonObject> connects = jsonLines(r, QStringLiteral("connect"));
    QCOMPARE(connects.size(), 1);
    QCOMPARE(connects.first().value(QLatin1String("namespace")).toString(),
             QStringLiteral("/admin"));
    QCOMPARE(connects.first().value(QLatin1String("pingInterval")).toInt(), 300);
    QVERIFY(!connects.first().value(QLatin1String("sid")).toString().isEmpty());
    const QList<QJsonObject> acks = jsonLines(r, QStringLiteral("ack"));
    QCOMPARE(acks.size(), 1);
    QCOMPARE(compact(acks.first().value(QLatin1String("args"))), QStringLiteral("[42,\"x\"]"));
    const QList<QJsonObject> closes = jsonLines(r, QStringLiteral("close"));
    QCOMPARE(closes.size(), 1);
    QVERIFY(jsonLines(r, QStringLiteral("error")).isEmpty());
}

void tst_CliSocketIo::refusedAuthExits8()
{
    const CliResult r = runCli(A(
        {"socketio", m_url, "--namespace", "/admin", "--auth", "{\"token\":\"nope\"}", "--json"}));
    CHECK_EXIT(r, 8);
    const QList<QJsonObject> errors = jsonLines(r, QStringLiteral("error"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().value(QLatin1String("message")).toString(),
             QStringLiteral("the server refused namespace /admin: not authorized"));
    QVERIFY2(r.errText().contains(QLatin1String("not authorized")), qPrintable(r.errText()));
}

void tst_CliSocketIo::wrongPathExits3()
{
    const CliResult r = runCli(A({"socketio", m_url + QStringLiteral("/nothing-here/")}));
    CHECK_EXIT(r, 3);
    QVERIFY2(r.errText().contains(QLatin1String("Is the path right")), qPrintable(r.errText()));
}

void tst_CliSocketIo::ackTimeoutExits5()
{
    const CliResult r = runCli(
        A({"socketio", m_url, "--emit", "nobody-listens", "[]", "--ack", "--ack-timeout", "0.3"}));
    CHECK_EXIT(r, 5);
    QVERIFY2(
        r.errText().contains(QLatin1String("no acknowledgement for \"nobody-listens\" (ack 0)")),
        qPrintable(r.errText()));
}

void tst_CliSocketIo::expectNotReachedExits10()
{
    // "bye" makes the server disconnect us after the welcome: 1 of 5 events.
    const CliResult r = runCli(A({"socketio", m_url, "--emit", "bye", "[]", "--expect", "5"}));
    CHECK_EXIT(r, 10);
    QVERIFY2(r.errText().contains(QLatin1String("after 1 of 5 expected events")),
             qPrintable(r.errText()));
}

void tst_CliSocketIo::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no url") << A({"socketio"}) << QStringLiteral("no URL given");
    QTest::newRow("emit without array") << A({"socketio", "http://127.0.0.1:1", "--emit", "x"})
                                        << QStringLiteral("--emit x needs a JSON array");
    QTest::newRow("emit not array") << A({"socketio", "--emit", "x", "{}", "http://127.0.0.1:1"})
                                    << QStringLiteral("the arguments must be a JSON array");
    QTest::newRow("emit bad json") << A({"socketio", "--emit", "x", "[1,", "http://127.0.0.1:1"})
                                   << QStringLiteral("not valid JSON");
    QTest::newRow("reserved") << A({"socketio", "--emit", "connect", "[]", "http://127.0.0.1:1"})
                              << QStringLiteral("reserved Socket.IO event name");
    QTest::newRow("auth array") << A({"socketio", "--auth", "[1]", "http://127.0.0.1:1"})
                                << QStringLiteral("--auth needs a JSON object");
    QTest::newRow("namespace") << A({"socketio", "--namespace", "admin", "http://127.0.0.1:1"})
                               << QStringLiteral("starts with '/'");
    QTest::newRow("scheme") << A({"socketio", "ftp://127.0.0.1:1"})
                            << QStringLiteral("starts with http://");
}

void tst_CliSocketIo::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliResult r = runCli(args);
    CHECK_EXIT(r, 2);
    QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliSocketIo)
#include "tst_cli_socketio.moc"
