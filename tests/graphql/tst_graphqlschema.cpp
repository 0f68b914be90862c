// The introspection parser (on an answer recorded from the graphql-yoga peer with graphql-js's
// standard query), GraphQL response errors, and the per-collection schema cache.
#include "core/graphql/graphqlerrors.h"
#include "core/graphql/graphqlschema.h"
#include "core/graphql/schemacache.h"
#include "core/graphql/schemafetcher.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;
using namespace wirescope::graphql;

namespace {

QByteArray fixture()
{
    QFile f(test::sourceDataDir() + QStringLiteral("/graphql/library-introspection.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the introspection fixture");
    return f.readAll();
}

} // namespace

class tst_GraphQLSchema : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheRecordedSchema()
    {
        const Result<Schema> r = parseIntrospection(fixture());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const Schema &s = *r;
        QCOMPARE(s.queryType, QStringLiteral("Query"));
        QCOMPARE(s.mutationType, QStringLiteral("Mutation"));
        QVERIFY(s.subscriptionType.isEmpty());

        const Type *query = s.type(u"Query");
        QVERIFY(query);
        QCOMPARE(query->kind, TypeKind::Object);
        const Field *books = query->field(u"books");
        QVERIFY(books);
        QCOMPARE(books->type, QStringLiteral("[Book!]!"));
        QCOMPARE(books->typeName, QStringLiteral("Book"));
        QCOMPARE(books->args.size(), 2);
        QCOMPARE(books->args.at(0).name, QStringLiteral("genre"));
        QCOMPARE(books->args.at(0).type, QStringLiteral("Genre"));
        QCOMPARE(books->args.at(1).defaultValue, QStringLiteral("10"));
        QCOMPARE(query->field(u"book")->args.at(0).type, QStringLiteral("ID!"));
        QCOMPARE(query->field(u"book")->description,
                 QStringLiteral("One book by id; null when there is none"));

        const Type *genre = s.type(u"Genre");
        QCOMPARE(genre->kind, TypeKind::Enum);
        QCOMPARE(genre->enumValueNames(),
                 (QStringList{QStringLiteral("FICTION"), QStringLiteral("SCIENCE"),
                              QStringLiteral("HISTORY")}));
        const Type *input = s.type(u"BookInput");
        QCOMPARE(input->kind, TypeKind::InputObject);
        QCOMPARE(input->inputFields.size(), 4);
        QCOMPARE(input->inputFields.at(0).type, QStringLiteral("String!"));
        QCOMPARE(s.type(u"Author")->field(u"books")->type, QStringLiteral("[Book!]!"));
        QCOMPARE(s.type(u"Mutation")->field(u"addBook")->args.at(0).type,
                 QStringLiteral("BookInput!"));
        QVERIFY(s.type(u"__Type")); // introspection types are listed too
    }

    void refusesWhatIsNotASchema_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray(
            "<html>") << QStringLiteral("the introspection answer is not a JSON object (line 1");
        QTest::newRow("introspection disabled")
            << QByteArray(R"({"errors":[{"message":"GraphQL introspection is not allowed"}]})")
            << QStringLiteral("the service refused the introspection query: GraphQL introspection "
                              "is not allowed");
        QTest::newRow("no __schema") << QByteArray(R"({"data":{"a":1}})")
                                     << QStringLiteral("the answer has no __schema object");
        QTest::newRow("no query type")
            << QByteArray(R"({"__schema":{"queryType":{"name":"Q"},"types":[]}})")
            << QStringLiteral("the schema names no query type it defines");
        // Found by fuzz_graphql: a nameless field was kept and offered as an empty completion.
        QTest::newRow("nameless field") << QByteArray(
            R"({"__schema":{"queryType":{"name":"Q"},"types":[{"kind":"OBJECT","name":"Q","fields":[{"name":"a","type":{"kind":"SCALAR","name":"S"}},{"iame":"deep","args":[],"type":{"kind":"SCALAR","name":"S"}}]}]}})")
                                        << QStringLiteral(
                                               "__schema.types[0].fields[1] has no name");
        QTest::newRow("nameless argument") << QByteArray(
            R"({"__schema":{"queryType":{"name":"Q"},"types":[{"kind":"SCALAR","name":"S"},{"kind":"OBJECT","name":"Q","fields":[{"name":"a","args":[{"type":{"kind":"SCALAR","name":"S"}}],"type":{"kind":"SCALAR","name":"S"}}]}]}})")
                                           << QStringLiteral("__schema.types[1].fields[0].args[0] "
                                                             "has no name");
        QTest::newRow("nameless input field") << QByteArray(
            R"({"__schema":{"queryType":{"name":"Q"},"types":[{"kind":"INPUT_OBJECT","name":"I","inputFields":[{"name":""}]}]}})")
                                              << QStringLiteral("__schema.types[0].inputFields[0] "
                                                                "has no name");
        QTest::newRow("nameless enum value") << QByteArray(
            R"({"__schema":{"queryType":{"name":"Q"},"types":[{"kind":"ENUM","name":"E","enumValues":[{"name":"A"},{}]}]}})")
                                             << QStringLiteral(
                                                    "__schema.types[0].enumValues[1] has no name");
        QTest::newRow("unknown kind") << QByteArray(
            R"({"__schema":{"queryType":{"name":"Q"},"types":[{"kind":"THING","name":"Q"}]}})")
                                      << QStringLiteral(
                                             "__schema.types[0] has no name or an unknown kind");
    }

    void refusesWhatIsNotASchema()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<Schema> r = parseIntrospection(json);
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(error), qPrintable(r.error().message));
    }

    void responseErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("isGraphQL");
        QTest::addColumn<bool>("hasData");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("code");
        // graphql-yoga's answer for a failing resolver (tests/support/node/graphql-server.js)
        QTest::newRow("resolver error, partial data") << QByteArray(
            R"({"errors":[{"message":"the closed shelf cannot be read","locations":[{"line":1,"column":62}],"path":["closedShelf"],"extensions":{"code":"SHELF_CLOSED"}}],"data":{"book":{"title":"The Dispossessed"},"closedShelf":null}})")
                                                      << true << true
                                                      << QStringList{QStringLiteral(
                                                             "line 1, column 62: the closed shelf "
                                                             "cannot be read (at closedShelf)")}
                                                      << QStringLiteral("SHELF_CLOSED");
        QTest::newRow("validation error, no data")
            << QByteArray("{\"errors\":[{\"message\":\"Cannot query field \\\"nope\\\" on type "
                          "\\\"Query\\\".\",\"locations\":[{\"line\":1,\"column\":3}]}]}")
            << true << false
            << QStringList{QStringLiteral(
                   "line 1, column 3: Cannot query field \"nope\" on type \"Query\".")}
            << QString();
        QTest::newRow("list index in path") << QByteArray(
            R"({"data":null,"errors":[{"message":"m","path":["books",2,"author","name"]},{"message":""}]})")
                                            << true << false
                                            << QStringList{QStringLiteral(
                                                               "m (at books[2].author.name)"),
                                                           QStringLiteral(
                                                               "(an error without a message)")}
                                            << QString();
        QTest::newRow("plain json")
            << QByteArray(R"({"data":{"a":1}})") << false << false << QStringList{} << QString();
        QTest::newRow("errors not an array")
            << QByteArray(R"({"errors":"x"})") << false << false << QStringList{} << QString();
        QTest::newRow("not json") << QByteArray("oops") << false << false << QStringList{}
                                  << QString();
    }

    void responseErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, isGraphQL);
        QFETCH(bool, hasData);
        QFETCH(QStringList, texts);
        QFETCH(QString, code);
        const auto parsed = parseResponseErrors(body);
        QCOMPARE(parsed.has_value(), isGraphQL);
        if (!parsed)
            return;
        QCOMPARE(parsed->hasData, hasData);
        QStringList got;
        for (const ResponseError &e : parsed->errors)
            got << e.toText();
        QCOMPARE(got, texts);
        QCOMPARE(parsed->errors.first().code, code);
    }

    void cacheRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = SchemaCache::pathForCollection(dir.path());
        QVERIFY(path.endsWith(QLatin1String("/.wirescope/graphql-schemas.json")));
        const QJsonObject answer = QJsonDocument::fromJson(fixture()).object();
        const QDateTime when =
            QDateTime::fromString(QStringLiteral("2026-12-03T09:00:00.123Z"), Qt::ISODateWithMs);
        {
            SchemaCache cache(path);
            QVERIFY(cache.load()); // no file yet: empty, not an error
            QVERIFY(!cache.schema(QStringLiteral("http://a/graphql")));
            QVERIFY(cache.store(QStringLiteral("http://a/graphql"), answer, when));
            QVERIFY(!cache.store(QStringLiteral("http://b/graphql"),
                                 QJsonObject{{QStringLiteral("data"), QJsonObject{}}}, when));
        }
        SchemaCache again(path);
        QVERIFY(again.load());
        QCOMPARE(again.urls(), QStringList{QStringLiteral("http://a/graphql")});
        QCOMPARE(again.fetchedAt(QStringLiteral("http://a/graphql")), when);
        const auto schema = again.schema(QStringLiteral("http://a/graphql"));
        QVERIFY(schema);
        QCOMPARE(*schema, *parseIntrospection(answer));

        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"schemas\": {\n  \"x\": }");
        f.close();
        SchemaCache corrupt(path);
        const Result<void> loaded = corrupt.load();
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(QStringLiteral("line 2, column")),
                 qPrintable(loaded.error().message));
        QVERIFY(corrupt.urls().isEmpty());
    }

    void deprecation()
    {
        const QByteArray json = R"({"__schema":{"queryType":{"name":"Q"},"types":[
            {"kind":"OBJECT","name":"Q","fields":[
              {"name":"old","type":{"kind":"SCALAR","name":"String"},"args":[],"isDeprecated":true,"deprecationReason":"use new"},
              {"name":"gone","type":{"kind":"SCALAR","name":"String"},"args":[],"isDeprecated":true,"deprecationReason":null},
              {"name":"new","type":{"kind":"NON_NULL","ofType":{"kind":"LIST","ofType":{"kind":"NON_NULL","ofType":{"kind":"SCALAR","name":"String"}}}},"args":[],"isDeprecated":false}]},
            {"kind":"ENUM","name":"E","enumValues":[{"name":"A","description":"first","isDeprecated":false},{"name":"B","isDeprecated":true,"deprecationReason":"no B"}]},
            {"kind":"SCALAR","name":"String"}]}})";
        const Result<Schema> r = parseIntrospection(json);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const Type *q = r->type(u"Q");
        QVERIFY(q->field(u"old")->deprecated);
        QCOMPARE(q->field(u"old")->deprecationReason, u"use new"_qs);
        QVERIFY(q->field(u"gone")->deprecated);
        QVERIFY(q->field(u"gone")->deprecationReason.isEmpty());
        QVERIFY(!q->field(u"new")->deprecated);
        QCOMPARE(q->field(u"new")->type, u"[String!]!"_qs);
        const Type *e = r->type(u"E");
        QCOMPARE(e->enumValueNames(), (QStringList{u"A"_qs, u"B"_qs}));
        QCOMPARE(e->enumValues.at(0).description, u"first"_qs);
        QVERIFY(!e->enumValues.at(0).deprecated);
        QVERIFY(e->enumValues.at(1).deprecated);
        QCOMPARE(e->enumValues.at(1).deprecationReason, u"no B"_qs);
        // The query asks for what is parsed here.
        QVERIFY(introspectionQuery().contains(u"isDeprecated deprecationReason"_qs));
        QVERIFY(introspectionQuery().contains(
            u"enumValues(includeDeprecated: true) { name description isDeprecated"_qs));
    }

    void readAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // empty: a schema is read
        QTest::newRow("schema") << 200 << u"application/json"_qs << fixture() << QString();
        QTest::newRow("HTML page")
            << 200 << u"text/html"_qs << QByteArray("<!DOCTYPE html><p>hello")
            << u"the answer to the introspection query is not JSON (HTTP 200 OK, text/html): is this URL a GraphQL endpoint?"_qs;
        QTest::newRow("no content type")
            << 200 << QString() << QByteArray("hello")
            << u"the answer to the introspection query is not JSON (HTTP 200 OK, no Content-Type)"_qs;
        QTest::newRow("404 empty")
            << 404 << QString() << QByteArray()
            << u"the server answered the introspection query with HTTP 404 Not Found and a body that is not GraphQL JSON"_qs;
        QTest::newRow("401 JSON")
            << 401 << u"application/json"_qs << QByteArray(R"({"message":"token needed"})")
            << u"the server answered the introspection query with HTTP 401 Not Found"_qs;
        // graphql-yoga with NoSchemaIntrospectionCustomRule (tests/support/node/graphql-server.js
        // /closed)
        QTest::newRow("introspection disabled")
            << 200
            << u"application/json"_qs
            // (not a raw string: moc 6.4 loses track of a raw string holding \")
            << QByteArray(
                   "{\"errors\":[{\"message\":\"GraphQL introspection has been disabled, but the "
                   "requested query contained the field \\\"__schema\\\".\",\"extensions\":"
                   "{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}")
            << u"the service refused the introspection query (HTTP 200 OK; introspection may be disabled): GraphQL introspection has been disabled, but the requested query contained the field \"__schema\"."_qs;
        QTest::newRow("refused with 400")
            << 400 << u"application/graphql-response+json"_qs
            << QByteArray(R"({"errors":[{"message":"no"}]})")
            << u"the service refused the introspection query (HTTP 400 Not Found; introspection may be disabled): no"_qs;
        QTest::newRow("JSON without schema")
            << 200 << u"application/json"_qs << QByteArray(R"({"data":{"books":[]}})")
            << u"the answer (HTTP 200 OK) is JSON without data.__schema: is this URL a GraphQL endpoint?"_qs;
        QTest::newRow("JSON array") << 200 << u"application/json"_qs << QByteArray("[1]")
                                    << u"the answer to the introspection query is not JSON"_qs;
        QTest::newRow("bad schema")
            << 200 << u"application/json"_qs
            << QByteArray(R"({"data":{"__schema":{"queryType":{"name":"Q"},"types":[]}}})")
            << u"the introspection answer (HTTP 200 OK) cannot be read: the schema names no query type it defines"_qs;
    }

    void readAnswer()
    {
        QFETCH(int, status);
        QFETCH(QString, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        // The reason phrase is passed through as given (the server's own words).
        const QString reason = status == 200 ? u"OK"_qs : u"Not Found"_qs;
        const auto answer = SchemaFetcher::readAnswer(status, reason, contentType, body);
        if (error.isEmpty()) {
            QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message));
            QCOMPARE(answer->schema.queryType, u"Query"_qs);
            QVERIFY(answer->introspection.contains(u"__schema"_qs));
            return;
        }
        QVERIFY(!answer);
        QVERIFY2(answer.error().message.startsWith(error), qPrintable(answer.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_GraphQLSchema)
#include "tst_graphqlschema.moc"
