// Validation and variable resolution of WebSocket requests (before any socket opens).

#include "core/websocket/wsrequestbuilder.h"

#include <QTest>

using namespace wirescope;

class tst_WsRequestBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void validation_data();
    void validation();
    void originAndSubprotocolHeaders();
    void auth();
    void variables();
};

void tst_WsRequestBuilder::validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<KeyValueList>("headers");
    QTest::addColumn<QStringList>("subprotocols");
    QTest::addColumn<QString>("error"); // empty = valid
    const KeyValueList none;
    const QStringList noProtos;
    QTest::newRow("ws") << "ws://127.0.0.1:9/chat?x=1" << none << noProtos << QString();
    QTest::newRow("wss upper") << "WSS://localhost/" << none << noProtos << QString();
    QTest::newRow("http") << "http://h/" << none << noProtos << "did you mean ws://";
    QTest::newRow("https") << "https://h/" << none << noProtos << "did you mean wss://";
    QTest::newRow("ftp") << "ftp://h/" << none << noProtos << "unsupported URL scheme \"ftp\"";
    QTest::newRow("no scheme") << "localhost:80" << none << noProtos << "has no scheme";
    QTest::newRow("empty") << "" << none << noProtos << "the URL is empty";
    QTest::newRow("space") << "ws://a b/" << none << noProtos << "a space at position 7";
    QTest::newRow("no host") << "ws:///path" << none << noProtos << "has no host";
    QTest::newRow("good header")
        << "ws://h/" << KeyValueList{{QStringLiteral("X-A"), QStringLiteral("1"), true, {}}}
        << noProtos << QString();
    QTest::newRow("CR in value")
        << "ws://h/" << KeyValueList{{QStringLiteral("X-A"), QStringLiteral("1\rX"), true, {}}}
        << noProtos << "carriage return (CR)";
    QTest::newRow("LF in value")
        << "ws://h/" << KeyValueList{{QStringLiteral("X-A"), QStringLiteral("1\nX: y"), true, {}}}
        << noProtos << "line feed (LF)";
    QTest::newRow("bad name")
        << "ws://h/" << KeyValueList{{QStringLiteral("X A"), QStringLiteral("1"), true, {}}}
        << noProtos << "header name \"X A\" contains a space";
    QTest::newRow("disabled bad header ignored")
        << "ws://h/" << KeyValueList{{QStringLiteral("X A"), QStringLiteral("\r"), false, {}}}
        << noProtos << QString();
    QTest::newRow("subprotocols") << "ws://h/" << none
                                  << QStringList{QStringLiteral("chat.v1"), QStringLiteral("x-y_z")}
                                  << QString();
    QTest::newRow("subprotocol space")
        << "ws://h/" << none << QStringList{QStringLiteral("chat v1")}
        << "subprotocol \"chat v1\" contains a space";
    QTest::newRow("subprotocol comma")
        << "ws://h/" << none << QStringList{QStringLiteral("a,b")} << "contains ','";
    QTest::newRow("subprotocol empty")
        << "ws://h/" << none << QStringList{QStringLiteral(" ")} << "a subprotocol is empty";
    QTest::newRow("subprotocol twice")
        << "ws://h/" << none << QStringList{QStringLiteral("a"), QStringLiteral("a")}
        << "offered twice";
}

void tst_WsRequestBuilder::validation()
{
    QFETCH(QString, url);
    QFETCH(KeyValueList, headers);
    QFETCH(QStringList, subprotocols);
    QFETCH(QString, error);
    WebSocketRequest r;
    r.url = url;
    r.headers = headers;
    r.subprotocols = subprotocols;
    const auto p = prepareWebSocketRequest(r);
    if (error.isEmpty()) {
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QVERIFY(p->url.scheme() == QLatin1String("ws") || p->url.scheme() == QLatin1String("wss"));
        QCOMPARE(p->subprotocols, subprotocols);
    } else {
        QVERIFY(!p);
        QCOMPARE(p.error().kind, Error::Kind::InvalidRequest);
        QVERIFY2(p.error().message.contains(error), qPrintable(p.error().message));
    }
}

void tst_WsRequestBuilder::originAndSubprotocolHeaders()
{
    WebSocketRequest r;
    r.url = QStringLiteral("ws://h/");
    r.headers = {{QStringLiteral("origin"), QStringLiteral("https://app.example"), true, {}},
                 {QStringLiteral("Sec-WebSocket-Protocol"), QStringLiteral("a, b"), true, {}},
                 {QStringLiteral("X-Other"), QStringLiteral("v"), true, {}}};
    r.subprotocols = {QStringLiteral("c")};
    const auto p = prepareWebSocketRequest(r);
    QVERIFY(p);
    QCOMPARE(p->origin, QStringLiteral("https://app.example"));
    QCOMPARE(p->subprotocols,
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(p->headers.size(), 1);
    QCOMPARE(p->headers.first().name, QStringLiteral("X-Other"));
}

void tst_WsRequestBuilder::auth()
{
    WebSocketRequest r;
    r.url = QStringLiteral("ws://h/p?a=1");
    r.auth.kind = AuthKind::Basic;
    r.auth.username = QStringLiteral("u");
    r.auth.password = QStringLiteral("p");
    auto p = prepareWebSocketRequest(r);
    QVERIFY(p);
    QCOMPARE(firstValue(p->headers, u"Authorization"), QStringLiteral("Basic dTpw"));

    r.auth = {};
    r.auth.kind = AuthKind::ApiKey;
    r.auth.apiKeyName = QStringLiteral("key");
    r.auth.apiKeyValue = QStringLiteral("a b");
    r.auth.apiKeyLocation = ApiKeyLocation::Query;
    p = prepareWebSocketRequest(r);
    QVERIFY(p);
    QCOMPARE(p->url.toString(QUrl::FullyEncoded), QStringLiteral("ws://h/p?a=1&key=a%20b"));

    r.auth.kind = AuthKind::Digest;
    p = prepareWebSocketRequest(r);
    QVERIFY(!p);
    QVERIFY(p.error().message.contains(QLatin1String("Digest")));
}

void tst_WsRequestBuilder::variables()
{
    WebSocketRequest r;
    r.url = QStringLiteral("ws://{{host}}/{{room}}");
    r.headers = {{QStringLiteral("X-{{h}}"), QStringLiteral("{{v}}"), true, {}}};
    r.subprotocols = {QStringLiteral("{{proto}}")};
    VariableContext context;
    context.set(VariableScope::Environment, QStringLiteral("host"), QStringLiteral("example.test"));
    context.set(VariableScope::Local, QStringLiteral("h"), QStringLiteral("Name"));
    context.set(VariableScope::Local, QStringLiteral("v"), QStringLiteral("value"));
    context.set(VariableScope::Local, QStringLiteral("proto"), QStringLiteral("chat.v1"));
    QStringList unresolved;
    const WebSocketRequest resolved =
        resolveWebSocketRequest(r, context, DynamicVariables::system(), &unresolved);
    QCOMPARE(resolved.url, QStringLiteral("ws://example.test/{{room}}"));
    QCOMPARE(unresolved, QStringList{QStringLiteral("room")});
    QCOMPARE(resolved.headers.first().name, QStringLiteral("X-Name"));
    QCOMPARE(resolved.headers.first().value, QStringLiteral("value"));
    QCOMPARE(resolved.subprotocols, QStringList{QStringLiteral("chat.v1")});
    // A variable whose value holds CR/LF cannot smuggle a header in.
    context.set(VariableScope::Local, QStringLiteral("room"), QStringLiteral("lobby"));
    QVERIFY(prepareWebSocketRequest(
        resolveWebSocketRequest(r, context, DynamicVariables::system(), nullptr)));
    context.set(VariableScope::Local, QStringLiteral("v"), QStringLiteral("x\r\nEvil: 1"));
    const auto p = prepareWebSocketRequest(
        resolveWebSocketRequest(r, context, DynamicVariables::system(), nullptr));
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(QLatin1String("header injection")),
             qPrintable(p.error().message));
}

QTEST_GUILESS_MAIN(tst_WsRequestBuilder)
#include "tst_wsrequestbuilder.moc"
