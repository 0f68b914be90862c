#include "core/model/collection.h"
#include "core/server/mockresponder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope;
using namespace wirescope::server;

/// Mock mode's matching of requests to a collection's saved examples, on an in-memory
/// collection.
class tst_MockResponder : public QObject
{
    Q_OBJECT

private:
    static CollectionItem
    item(const QString &method, const QString &url, QList<ExampleResponse> examples)
    {
        HttpItem http;
        http.request.method = method;
        http.request.url = url;
        http.request.name = method + u' ' + url;
        http.examples = std::move(examples);
        return CollectionItem{http};
    }
    static ExampleResponse
    example(const QString &name, int status, const QByteArray &body, KeyValueList headers = {})
    {
        ExampleResponse e;
        e.name = name;
        e.status = status;
        e.body = body;
        e.headers = std::move(headers);
        return e;
    }
    static KeyValue kv(const char *name, const char *value, bool enabled = true)
    {
        KeyValue k;
        k.name = QString::fromLatin1(name);
        k.value = QString::fromLatin1(value);
        k.enabled = enabled;
        return k;
    }
    static QStringList sl(std::initializer_list<const char *> items)
    {
        QStringList out;
        for (const char *i : items)
            out.append(QString::fromUtf8(i));
        return out;
    }
    static Collection collection()
    {
        Collection c;
        c.name = QStringLiteral("Mock");
        c.items.push_back(
            item(QStringLiteral("GET"), QStringLiteral("{{baseUrl}}/users/:id"),
                 {example(QStringLiteral("found"), 200, R"({"id":"any"})",
                          {kv("Content-Type", "application/json"), kv("Content-Length", "999"),
                           kv("X-Off", "1", false)}),
                  example(QStringLiteral("missing"), 404, R"({"error":"no user"})")}));
        c.items.push_back(item(QStringLiteral("GET"),
                               QStringLiteral("https://api.example.com/users/me?x=1"),
                               {example(QStringLiteral("me"), 200, "me")}));
        Folder folder;
        folder.name = QStringLiteral("Orders");
        folder.children.push_back(item(QStringLiteral("post"),
                                       QStringLiteral("localhost:3000/orders"),
                                       {example(QStringLiteral("created"), 201, "created")}));
        folder.children.push_back(item(QStringLiteral("GET"),
                                       QStringLiteral("{{host}}/orders/{{orderId}}/items"),
                                       {example(QStringLiteral("items"), 0, "[]")}));
        folder.children.push_back(
            item(QStringLiteral("DELETE"), QStringLiteral("/orders/:id"), {}));
        c.items.push_back(CollectionItem{folder});
        return c;
    }
    static ServerRequest req(const QString &method,
                             const QString &target,
                             QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        ServerRequest r;
        r.method = method;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:9/") + target.mid(1));
        r.headers = std::move(headers);
        return r;
    }
    static QByteArray header(const ServerResponse &r, const QByteArray &name)
    {
        for (const auto &h : r.headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }

private slots:
    void templateSegments_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("segments");
        QTest::newRow("baseUrl var") << "{{baseUrl}}/users/:id" << sl({"users", ":id"});
        QTest::newRow("origin") << "https://api.example.com:8443/a/b?x=1#f" << sl({"a", "b"});
        QTest::newRow("host without scheme") << "localhost:3000/orders" << sl({"orders"});
        QTest::newRow("path only") << "/orders/:id/" << sl({"orders", ":id"});
        QTest::newRow("root") << "{{baseUrl}}" << sl({});
        QTest::newRow("var segment") << "{{h}}/o/{{id}}/items" << sl({"o", "{{id}}", "items"});
        QTest::newRow("encoded") << "/a%20b" << sl({"a b"});
    }
    void templateSegments()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, segments);
        QCOMPARE(MockResponder::templateSegments(url), segments);
    }

    void matching_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow(":id matches") << "GET"
                                     << "/users/42" << 200 << QByteArray(R"({"id":"any"})");
        QTest::newRow("literal beats :id") << "GET"
                                           << "/users/me" << 200 << QByteArray("me");
        QTest::newRow("query ignored") << "GET"
                                       << "/users/me?y=2" << 200 << QByteArray("me");
        QTest::newRow("HEAD as GET") << "HEAD"
                                     << "/users/7" << 200 << QByteArray(R"({"id":"any"})");
        QTest::newRow("method case") << "POST"
                                     << "/orders" << 201 << QByteArray("created");
        QTest::newRow("{{var}} segment") << "GET"
                                         << "/orders/9/items" << 200 << QByteArray("[]");
        QTest::newRow("wrong method") << "PUT"
                                      << "/orders" << 404 << QByteArray();
        QTest::newRow("too many segments") << "GET"
                                           << "/users/1/x" << 404 << QByteArray();
        QTest::newRow("no examples, no route") << "DELETE"
                                               << "/orders/1" << 404 << QByteArray();
        QTest::newRow("root") << "GET"
                              << "/" << 404 << QByteArray();
    }
    void matching()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const MockResponder mock(collection());
        QCOMPARE(mock.routeCount(), 4);
        const ServerRequest r = req(method, target);
        const ServerResponse response = mock.respond(r);
        QCOMPARE(response.status, status);
        QCOMPARE(mock.matches(r), status != 404);
        if (status == 404) {
            const QString error = QJsonDocument::fromJson(response.body)
                                      .object()
                                      .value(QStringLiteral("error"))
                                      .toString();
            QVERIFY2(error.contains(QStringLiteral("no saved example matches %1 ").arg(method)),
                     qPrintable(error));
        } else {
            QCOMPARE(response.body, body);
        }
    }

    void exampleSelection()
    {
        const MockResponder mock(collection());
        const ServerResponse byName =
            mock.respond(req(QStringLiteral("GET"), QStringLiteral("/users/1"),
                             {{"X-Mock-Response-Name", "missing"}}));
        QCOMPARE(byName.status, 404);
        QCOMPARE(byName.body, QByteArray(R"({"error":"no user"})"));
        const ServerResponse byCode = mock.respond(req(
            QStringLiteral("GET"), QStringLiteral("/users/1"), {{"x-mock-response-code", "404"}}));
        QCOMPARE(byCode.body, QByteArray(R"({"error":"no user"})"));
        const ServerResponse unknownName = mock.respond(req(
            QStringLiteral("GET"), QStringLiteral("/users/1"), {{"x-mock-response-name", "nope"}}));
        QCOMPARE(unknownName.status, 200); // falls back to the first example
    }

    void savedHeaders()
    {
        const MockResponder mock(collection());
        const ServerResponse r =
            mock.respond(req(QStringLiteral("GET"), QStringLiteral("/users/1")));
        QCOMPARE(header(r, "content-type"), QByteArray("application/json"));
        QVERIFY(header(r, "content-length").isNull()); // framing is the server's, not the example's
        QVERIFY(header(r, "x-off").isNull());          // disabled rows are not sent
    }

    void emptyCollection()
    {
        const MockResponder mock{Collection{}};
        QCOMPARE(mock.routeCount(), 0);
        const ServerResponse r = mock.respond(req(QStringLiteral("GET"), QStringLiteral("/x")));
        QCOMPARE(r.status, 404);
        QVERIFY(QJsonDocument::fromJson(r.body)
                    .object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("0 saved requests")));
    }
};

QTEST_GUILESS_MAIN(tst_MockResponder)
#include "tst_mockresponder.moc"
