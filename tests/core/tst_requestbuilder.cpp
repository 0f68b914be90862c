#include "core/http/requestbuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace wirescope;

namespace {
Request get(const QString &url)
{
    Request r;
    r.url = url;
    return r;
}
KeyValue header(const QString &n, const QString &v)
{
    return KeyValue{n, v, true, {}};
}
} // namespace

class tst_RequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void urls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // encoded URL, or empty when an error is expected
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("plain") << "http://127.0.0.1:8080/a?b=c"
                               << "http://127.0.0.1:8080/a?b=c"
                               << "";
        QTest::newRow("no scheme gets http") << "localhost:8080/x"
                                             << "http://localhost:8080/x"
                                             << "";
        QTest::newRow("https upper") << "HTTPS://Example.com/"
                                     << "https://example.com/"
                                     << "";
        QTest::newRow("space encoded") << "http://h/a b"
                                       << "http://h/a%20b"
                                       << "";
        QTest::newRow("ipv6") << "http://[::1]:9/"
                              << "http://[::1]:9/"
                              << "";
        QTest::newRow("ftp refused") << "ftp://h/x"
                                     << ""
                                     << "unsupported URL scheme \"ftp\"";
        QTest::newRow("ws refused") << "ws://h/x"
                                    << ""
                                    << "unsupported URL scheme \"ws\"";
        QTest::newRow("empty") << "   "
                               << ""
                               << "the URL is empty";
        QTest::newRow("newline") << "http://h/a\nb"
                                 << ""
                                 << "a line feed (LF) at position 11";
        QTest::newRow("tab") << "http://h/\tb"
                             << ""
                             << "a tab at position 10";
        QTest::newRow("no host") << "http:///path"
                                 << ""
                                 << "no host";
        QTest::newRow("port out of range") << "http://h:99999/"
                                           << ""
                                           << "the port 99999 is out of range";
        QTest::newRow("port not a number")
            << "http://h:8o8/"
            << ""
            << "the port \"8o8\" after the host name \"h\" is not a number";
        QTest::newRow("unresolved variable as host") << "{{demo}}/get"
                                                     << ""
                                                     << "the host name \"{{demo}}\" contains \"{\"";
        QTest::newRow("space in host") << "http://exa mple.com/"
                                       << ""
                                       << "the host name \"exa mple.com\" contains a space";
        QTest::newRow("percent in host") << "http://a%41b/"
                                         << ""
                                         << "the host name \"a%41b\" contains \"%\"";
        QTest::newRow("double dot") << "http://a..b/"
                                    << ""
                                    << "empty label";
        QTest::newRow("user info kept apart") << "http://u:p@h:81/"
                                              << "http://u:p@h:81/"
                                              << "";
        QTest::newRow("idn host") << QString::fromUtf8("http://b\u00fccher.example/")
                                  << "http://xn--bcher-kva.example/"
                                  << "";
    }
    void urls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, errorPart);
        const auto url = parseHttpUrl(text);
        if (expected.isEmpty()) {
            QVERIFY(!url);
            QCOMPARE(url.error().kind, Error::Kind::InvalidRequest);
            QVERIFY2(url.error().message.contains(errorPart), qPrintable(url.error().message));
            // Named in the user's spelling, never through Qt's encoded copy of the URL.
            QVERIFY2(!url.error().message.contains(QLatin1String("%7B")),
                     qPrintable(url.error().message));
            QVERIFY2(!url.error().message.contains(QLatin1String("source was")),
                     qPrintable(url.error().message));
        } else {
            QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
            QCOMPARE(url->toString(QUrl::FullyEncoded), expected);
        }
    }

    void headerValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("ok") << "X-Trace"
                            << "abc"
                            << "";
        QTest::newRow("space in name") << "X Trace"
                                       << "a"
                                       << "header name \"X Trace\" contains a space";
        QTest::newRow("colon in name") << "X:Y"
                                       << "a"
                                       << "contains \":\"";
        QTest::newRow("CRLF injection") << "X-A"
                                        << "v\r\nEvil: 1"
                                        << "header \"X-A\" contains a carriage return";
        QTest::newRow("LF injection") << "X-A"
                                      << "v\nEvil: 1"
                                      << "line feed (LF) in its value; refused (header injection)";
        QTest::newRow("NUL") << "X-A" << QString(QChar(0)) << "NUL";
        QTest::newRow("unicode name") << QString::fromUtf8("X-Ü") << "a"
                                      << "not allowed in a header name";
    }
    void headerValidation()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, errorPart);
        Request r = get(QStringLiteral("http://h/"));
        r.headers.append(header(name, value));
        const auto p = prepareRequest(r);
        if (errorPart.isEmpty()) {
            QVERIFY(p);
            QCOMPARE(p->headers.first().name, name);
        } else {
            QVERIFY(!p);
            QVERIFY2(p.error().message.contains(errorPart), qPrintable(p.error().message));
        }
    }

    void methods_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("valid");
        for (const char *m : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE",
                              "PURGE", "PROPFIND"})
            QTest::newRow(m) << QString::fromLatin1(m) << true;
        QTest::newRow("space") << "GET X" << false;
        QTest::newRow("paren") << "GE(T" << false;
    }
    void methods()
    {
        QFETCH(QString, method);
        QFETCH(bool, valid);
        Request r = get(QStringLiteral("http://h/"));
        r.method = method;
        const auto p = prepareRequest(r);
        QCOMPARE(bool(p), valid);
        if (valid)
            QCOMPARE(p->method, method);
    }

    void defaultsAndAuth()
    {
        Request r = get(QStringLiteral("http://h/x"));
        r.auth.kind = AuthKind::Basic;
        r.auth.username = QStringLiteral("user");
        r.auth.password = QStringLiteral("päss");
        auto p = prepareRequest(r);
        QVERIFY(p);
        QCOMPARE(firstValue(p->headers, u"authorization"),
                 QStringLiteral("Basic dXNlcjpww6Rzcw=="));
        QCOMPARE(firstValue(p->headers, u"user-agent"), defaultUserAgent());
        QCOMPARE(firstValue(p->headers, u"accept"), QStringLiteral("*/*"));
        QVERIFY(p->addedByWirescope.contains(QStringLiteral("authorization")));

        // the user's own header wins over auth and defaults
        r.headers = {header(QStringLiteral("Authorization"), QStringLiteral("Custom x")),
                     header(QStringLiteral("User-Agent"), QStringLiteral("mine"))};
        p = prepareRequest(r);
        QCOMPARE(firstValue(p->headers, u"authorization"), QStringLiteral("Custom x"));
        QCOMPARE(firstValue(p->headers, u"user-agent"), QStringLiteral("mine"));
        QVERIFY(!p->addedByWirescope.contains(QStringLiteral("authorization")));

        r.headers.clear();
        r.auth = Auth{};
        r.auth.kind = AuthKind::Bearer;
        r.auth.token = QStringLiteral("tok");
        QCOMPARE(firstValue(prepareRequest(r)->headers, u"Authorization"),
                 QStringLiteral("Bearer tok"));

        r.auth = Auth{};
        r.auth.kind = AuthKind::ApiKey;
        r.auth.apiKeyName = QStringLiteral("api key");
        r.auth.apiKeyValue = QStringLiteral("a&b");
        r.auth.apiKeyLocation = ApiKeyLocation::Query;
        QCOMPARE(prepareRequest(r)->url.toString(QUrl::FullyEncoded),
                 QStringLiteral("http://h/x?api%20key=a%26b"));
        r.auth.apiKeyName = QStringLiteral("X-Api-Key");
        r.auth.apiKeyLocation = ApiKeyLocation::Header;
        QCOMPARE(firstValue(prepareRequest(r)->headers, u"x-api-key"), QStringLiteral("a&b"));

        r.auth = Auth{};
        r.auth.kind = AuthKind::Digest;
        r.auth.username = QStringLiteral("u");
        r.auth.password = QStringLiteral("p");
        p = prepareRequest(r);
        QVERIFY(p->digest);
        QVERIFY(!containsName(p->headers, u"Authorization"));
    }

    void bodies()
    {
        Request r = get(QStringLiteral("http://h/"));
        r.method = QStringLiteral("POST");
        r.body.kind = BodyKind::Raw;
        r.body.language = RawLanguage::Json;
        r.body.raw = QStringLiteral("{\n  \"a\": 1,\n  \"b\": }");
        auto p = prepareRequest(r);
        QVERIFY(p);
        QCOMPARE(firstValue(p->headers, u"content-type"), QStringLiteral("application/json"));
        QCOMPARE(p->warnings.size(), 1);
        QVERIFY2(p->warnings.first().contains(QStringLiteral("line 3, column")),
                 qPrintable(p->warnings.first()));
        QCOMPARE(p->body, r.body.raw.toUtf8());

        r.headers = {
            header(QStringLiteral("content-type"), QStringLiteral("application/vnd.x+json"))};
        r.body.raw = QStringLiteral("{\"ok\":true}");
        p = prepareRequest(r);
        QCOMPARE(firstValue(p->headers, u"Content-Type"), QStringLiteral("application/vnd.x+json"));
        QVERIFY(p->warnings.isEmpty());

        r.headers.clear();
        r.body.kind = BodyKind::FormUrlEncoded;
        r.body.form = {header(QStringLiteral("a b"), QStringLiteral("1&2=3")),
                       header(QStringLiteral("c"), QStringLiteral("ü"))};
        p = prepareRequest(r);
        QCOMPARE(p->body, QByteArray("a%20b=1%262%3D3&c=%C3%BC"));
        QCOMPARE(firstValue(p->headers, u"Content-Type"),
                 QStringLiteral("application/x-www-form-urlencoded"));
    }

    void multipartAndFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"x\":1}");
        f.close();

        Request r = get(QStringLiteral("http://h/"));
        r.method = QStringLiteral("POST");
        r.body.kind = BodyKind::Multipart;
        MultipartPart text;
        text.name = QStringLiteral("field");
        text.value = QStringLiteral("hello");
        MultipartPart file;
        file.name = QStringLiteral("upload");
        file.isFile = true;
        file.filePath = path;
        r.body.multipart = {text, file};
        auto p = prepareRequest(r);
        QVERIFY(p);
        const QString type = firstValue(p->headers, u"Content-Type");
        QVERIFY(type.startsWith(QStringLiteral("multipart/form-data; boundary=")));
        const QByteArray boundary = type.mid(type.indexOf(u'=') + 1).toLatin1();
        QVERIFY(p->body.startsWith(
            QByteArray("--" + boundary
                       + "\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nhello\r\n")));
        QVERIFY(p->body.contains("name=\"upload\"; filename=\"data.json\"\r\nContent-Type: "
                                 "application/json\r\n\r\n{\"x\":1}\r\n"));
        QVERIFY(p->body.endsWith(QByteArray("--" + boundary + "--\r\n")));

        r.body.multipart[1].filePath = dir.filePath(QStringLiteral("missing.bin"));
        p = prepareRequest(r);
        QVERIFY(!p);
        QCOMPARE(p.error().kind, Error::Kind::File);
        QVERIFY(p.error().message.contains(QStringLiteral("missing.bin")));

        r.body.kind = BodyKind::Binary;
        r.body.binaryFilePath = path;
        p = prepareRequest(r);
        QVERIFY(p);
        QCOMPARE(p->bodySize, 7);
        QCOMPARE(p->bodyFile, QFileInfo(path).absoluteFilePath());
        QCOMPARE(firstValue(p->headers, u"Content-Type"),
                 QStringLiteral("application/octet-stream"));
        r.body.binaryFilePath = dir.filePath(QStringLiteral("nope"));
        p = prepareRequest(r);
        QVERIFY(!p);
        QVERIFY(p.error().message.contains(QStringLiteral("does not exist")));
    }

    void pathVariablesAndWarnings()
    {
        Request r = get(QStringLiteral("http://h/users/:id/:missing"));
        r.pathVariables = {header(QStringLiteral("id"), QStringLiteral("7")),
                           header(QStringLiteral("missing"), QString())};
        const auto p = prepareRequest(r);
        QVERIFY(p);
        QCOMPARE(p->url.path(), QStringLiteral("/users/7/:missing"));
        QCOMPARE(p->warnings, QStringList{QStringLiteral("path variable :missing has no value")});
    }

    void graphqlPost_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("variables");
        QTest::addColumn<QString>("operationName");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("query only")
            << QStringLiteral("{ books { title } }") << QString() << QString()
            << QByteArray(R"({"query":"{ books { title } }"})");
        QTest::newRow("variables kept as typed")
            << QStringLiteral("query B($id: ID!) {\n  book(id: $id) { title }\n}")
            << QStringLiteral("  {\"id\": \"1\", \"n\": 1.50}\n") << QStringLiteral("B")
            << QByteArray(
                   R"({"query":"query B($id: ID!) {\n  book(id: $id) { title }\n}","variables":{"id": "1", "n": 1.50},"operationName":"B"})");
        QTest::newRow("blank variables left out")
            << QStringLiteral("{ a }") << QStringLiteral(" \n ") << QString()
            << QByteArray(R"({"query":"{ a }"})");
        QTest::newRow("quotes and unicode escaped")
            << QStringLiteral("{ a(s: \"\u00fc\") }") << QString() << QString()
            << QByteArray("{\"query\":\"{ a(s: \\\"\xc3\xbc\\\") }\"}"); // moc trips on \" in R"()"
    }

    void graphqlPost()
    {
        QFETCH(QString, query);
        QFETCH(QString, variables);
        QFETCH(QString, operationName);
        QFETCH(QByteArray, body);
        Request r = get(QStringLiteral("http://h/graphql"));
        r.method = QStringLiteral("POST");
        r.body.kind = BodyKind::GraphQL;
        r.body.graphql.query = query;
        r.body.graphql.variables = variables;
        r.body.graphql.operationName = operationName;
        const auto p = prepareRequest(r);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->method, QStringLiteral("POST"));
        QCOMPARE(p->body, body);
        QVERIFY(QJsonDocument::fromJson(p->body).isObject());
        QCOMPARE(QJsonDocument::fromJson(p->body).object().value(QLatin1String("query")).toString(),
                 query);
        QCOMPARE(firstValue(p->headers, u"Content-Type"), QStringLiteral("application/json"));
        QVERIFY(p->warnings.isEmpty());
    }

    void graphqlGet()
    {
        Request r = get(QStringLiteral("http://h/graphql?x=1"));
        r.body.kind = BodyKind::GraphQL;
        r.body.graphql.transport = GraphQLTransport::Get;
        r.body.graphql.query = QStringLiteral("query B($id: ID!) { book(id: $id) { title } }");
        r.body.graphql.variables = QStringLiteral("{\n  \"id\": \"a&b\"\n}");
        r.body.graphql.operationName = QStringLiteral("B");
        auto p = prepareRequest(r);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->method, QStringLiteral("GET"));
        QVERIFY(!p->hasBody);
        QVERIFY(!containsName(p->headers, u"Content-Type"));
        const QUrlQuery q(p->url);
        QCOMPARE(q.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
                 r.body.graphql.query);
        QCOMPARE(q.queryItemValue(QStringLiteral("variables"), QUrl::FullyDecoded),
                 QStringLiteral("{\"id\":\"a&b\"}"));
        QCOMPARE(q.queryItemValue(QStringLiteral("operationName")), QStringLiteral("B"));
        QVERIFY(p->warnings.isEmpty());

        // The transport decides the method, and says so when the request's method differs.
        r.method = QStringLiteral("POST");
        p = prepareRequest(r);
        QCOMPARE(p->method, QStringLiteral("GET"));
        QCOMPARE(p->warnings.size(), 1);
        QVERIFY2(p->warnings.first().contains(QStringLiteral("the method POST is not used")),
                 qPrintable(p->warnings.first()));
    }

    void graphqlBadVariables_data()
    {
        QTest::addColumn<QString>("variables");
        QTest::addColumn<bool>("useGet");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax, post")
            << QStringLiteral("{\n  \"id\": ,\n}") << false
            << QStringLiteral("the GraphQL variables are not valid JSON (line 2, column");
        QTest::newRow("syntax, get")
            << QStringLiteral("{\"id\" 1}") << true
            << QStringLiteral("the GraphQL variables are not valid JSON (line 1, column");
        QTest::newRow("array") << QStringLiteral("[1, 2]") << false
                               << QStringLiteral("the GraphQL variables must be a JSON object");
        QTest::newRow("string") << QStringLiteral("\"x\"") << true
                                << QStringLiteral("the GraphQL variables must be a JSON object");
    }

    void graphqlBadVariables()
    {
        QFETCH(QString, variables);
        QFETCH(bool, useGet);
        QFETCH(QString, error);
        Request r = get(QStringLiteral("http://h/graphql"));
        r.body.kind = BodyKind::GraphQL;
        r.body.graphql.query = QStringLiteral("{ a }");
        r.body.graphql.variables = variables;
        r.body.graphql.transport = useGet ? GraphQLTransport::Get : GraphQLTransport::Post;
        const auto p = prepareRequest(r);
        QVERIFY(!p);
        QCOMPARE(p.error().kind, Error::Kind::InvalidRequest);
        QVERIFY2(p.error().message.startsWith(error), qPrintable(p.error().message));
    }

    void jsonErrorPosition()
    {
        QCOMPARE(jsonSyntaxError("{\"a\":1}"), std::nullopt);
        const auto e = jsonSyntaxError("{\n\"ä\": tru}");
        QVERIFY(e);
        QVERIFY2(e->startsWith(QStringLiteral("line 2, column")), qPrintable(*e));
    }
};

QTEST_GUILESS_MAIN(tst_RequestBuilder)
#include "tst_requestbuilder.moc"
