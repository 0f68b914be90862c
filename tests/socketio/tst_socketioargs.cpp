// wirescope-cli socketio's option parser as a table: --emit pairs with the JSON array after
// it wherever the URL stands, and every bad value is a usage error naming it.

#include "app/cli/socketioargs.h"
#include "tests/support/arglist.h"

#include <QJsonDocument>
#include <QTest>

using namespace wirescope;
using namespace wirescope::cli;

namespace {

// "name=[args]; name=[args]" for a compact comparison.
QString emitsText(const QList<SocketIoEmit> &emits)
{
    QStringList out;
    for (const SocketIoEmit &e : emits)
        out.append(e.name + u'='
                   + QString::fromUtf8(QJsonDocument(e.args).toJson(QJsonDocument::Compact)));
    return out.join(QStringLiteral("; "));
}

} // namespace

class tst_SocketIoArgs final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void errors_data();
    void errors();
};

void tst_SocketIoArgs::parses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("nsp");
    QTest::addColumn<QString>("auth"); // compact JSON, empty = none
    QTest::addColumn<QString>("emits");
    QTest::addColumn<bool>("ack");
    QTest::addColumn<int>("expect");
    QTest::newRow("url only") << A({"socketio", "http://h:1"}) << QStringLiteral("http://h:1")
                              << QStringLiteral("/") << QString() << QString() << false << 0;
    QTest::newRow("emits before url")
        << A({"socketio", "--emit", "a", "[1]", "--emit", "b", "[]", "http://h:1"})
        << QStringLiteral("http://h:1") << QStringLiteral("/") << QString()
        << QStringLiteral("a=[1]; b=[]") << false << 0;
    QTest::newRow("url between emits")
        << A({"socketio", "--emit", "a", "[\"x\"]", "https://h/p", "--emit", "b", "[{\"k\":2}]",
              "--ack", "--expect", "3"})
        << QStringLiteral("https://h/p") << QStringLiteral("/") << QString()
        << QStringLiteral("a=[\"x\"]; b=[{\"k\":2}]") << true << 3;
    QTest::newRow("namespace and auth")
        << A({"socketio", "http://h:1", "--namespace", "/admin", "--auth", "{\"token\":\"t\"}"})
        << QStringLiteral("http://h:1") << QStringLiteral("/admin")
        << QStringLiteral("{\"token\":\"t\"}") << QString() << false << 0;
}

void tst_SocketIoArgs::parses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, url);
    QFETCH(QString, nsp);
    QFETCH(QString, auth);
    QFETCH(QString, emits);
    QFETCH(bool, ack);
    QFETCH(int, expect);
    const auto parsed = parseSocketIoArgs(args.mid(1));
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->request.url, url);
    QCOMPARE(parsed->nsp, nsp);
    QCOMPARE(parsed->hasAuth, !auth.isEmpty());
    if (!auth.isEmpty())
        QCOMPARE(QString::fromUtf8(QJsonDocument(parsed->auth).toJson(QJsonDocument::Compact)),
                 auth);
    QCOMPARE(emitsText(parsed->emits), emits);
    QCOMPARE(parsed->ack, ack);
    QCOMPARE(parsed->expect, expect);
}

void tst_SocketIoArgs::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two urls") << A({"http://a:1", "http://b:1"}) << QStringLiteral("one URL only");
    QTest::newRow("emit last") << A({"http://a:1", "--emit", "x"})
                               << QStringLiteral("--emit x needs a JSON array");
    QTest::newRow("emit takes url") << A({"--emit", "x", "http://a:1"})
                                    << QStringLiteral("must be a JSON array (got http://a:1)");
    QTest::newRow("emit string") << A({"--emit", "x", "\"s\"", "http://a:1"})
                                 << QStringLiteral("must be a JSON array");
    QTest::newRow("reserved") << A({"--emit", "disconnect", "[]", "http://a:1"})
                              << QStringLiteral("reserved");
    QTest::newRow("auth string") << A({"--auth", "\"t\"", "http://a:1"})
                                 << QStringLiteral("--auth");
    QTest::newRow("namespace comma")
        << A({"--namespace", "/a,b", "http://a:1"}) << QStringLiteral("cannot contain ','");
    QTest::newRow("ack timeout") << A({"--ack-timeout", "soon", "http://a:1"})
                                 << QStringLiteral("--ack-timeout");
    QTest::newRow("unknown") << A({"--send", "x", "http://a:1"}) << QStringLiteral("--send");
}

void tst_SocketIoArgs::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const auto parsed = parseSocketIoArgs(args);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::InvalidRequest);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

QTEST_APPLESS_MAIN(tst_SocketIoArgs)
#include "tst_socketioargs.moc"
