// GraphQL against a real peer: graphql-yoga 5 on graphql-js 16
// (tests/support/node/graphql-server.js, started by the `servers` fixture), through the one
// HttpClient: introspection and completion from the fetched schema, a query with variables
// (POST and GET), a mutation, and an error response whose `errors` are reported.
#include "core/graphql/graphqlcompletion.h"
#include "core/graphql/graphqlerrors.h"
#include "core/graphql/schemacache.h"
#include "core/graphql/schemafetcher.h"
#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/model/exchange.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;
using namespace wirescope::graphql;

class tst_GraphQLPeer : public QObject
{
    Q_OBJECT

    QString m_url;
    HttpClient m_client;

    Request graphqlRequest(const QString &query, const QString &variables = {}) const
    {
        Request r;
        r.url = m_url;
        r.method = QStringLiteral("POST");
        r.body.kind = BodyKind::GraphQL;
        r.body.graphql.query = query;
        r.body.graphql.variables = variables;
        return r;
    }

    Exchange send(const Request &r, const VariableContext &context = {})
    {
        RequestRun *run = m_client.send(r, context);
        QSignalSpy finished(run, &RequestRun::finished);
        if (!finished.wait(15000))
            qFatal("the GraphQL peer did not answer");
        run->deleteLater();
        return finished.first().first().value<Exchange>();
    }

    static QJsonObject json(const Exchange &e)
    {
        return QJsonDocument::fromJson(e.response->body.read()).object();
    }

private slots:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_url = servers->graphql.toString();
    }

    void introspectionAndCompletion()
    {
        SchemaFetcher fetcher(&m_client);
        QSignalSpy fetched(&fetcher, &SchemaFetcher::fetched);
        QSignalSpy failed(&fetcher, &SchemaFetcher::failed);
        Request r;
        r.url = m_url;
        fetcher.fetch(r);
        QVERIFY(fetcher.isFetching());
        QTRY_VERIFY_WITH_TIMEOUT(fetched.size() + failed.size() > 0, 15000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString()
                                             : failed.first().first().value<Error>().message));
        QCOMPARE(fetched.first().at(0).toString(), m_url);
        const Schema schema = fetched.first().at(1).value<Schema>();
        QCOMPARE(schema.queryType, u"Query"_qs);
        QCOMPARE(schema.mutationType, u"Mutation"_qs);
        QCOMPARE(schema.type(u"Query")->field(u"books")->type, u"[Book!]!"_qs);
        QCOMPARE(schema.type(u"Genre")->enumValues.size(), 3);
        QCOMPARE(schema.subscriptionType, u"Subscription"_qs);
        const Field *edition = schema.type(u"Book")->field(u"edition");
        QVERIFY(edition && edition->deprecated);
        QCOMPARE(edition->deprecationReason, u"not kept any more"_qs);

        // Completion from the schema the peer described.
        const QString doc = u"{ books(genre: SCIENCE) { author { "_qs;
        const Completion c = complete(schema, doc, doc.size());
        QCOMPARE(c.context, u"fields of Author"_qs);
        QCOMPARE(c.candidates.first().text, u"id"_qs);
        QCOMPARE(c.candidates.at(2).text, u"books"_qs);

        // Cached beside a collection and read back.
        QTemporaryDir dir;
        SchemaCache cache(SchemaCache::pathForCollection(dir.path()));
        QVERIFY(cache.store(m_url, fetched.first().at(2).toJsonObject(),
                            QDateTime::currentDateTimeUtc()));
        SchemaCache again(cache.filePath());
        QVERIFY(again.load());
        QCOMPARE(again.schema(m_url), std::optional<Schema>(schema));
    }

    void refusedIntrospection_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        // graphql-js's NoSchemaIntrospectionCustomRule on the peer's /closed endpoint.
        QTest::newRow("introspection disabled")
            << u"/closed"_qs
            << u"the service refused the introspection query (HTTP 200 OK; introspection may be disabled): GraphQL introspection has been disabled"_qs;
        QTest::newRow("no endpoint")
            << u"/nothing"_qs << u"the server answered the introspection query with HTTP 404"_qs;
    }

    void refusedIntrospection()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);
        SchemaFetcher fetcher(&m_client);
        QSignalSpy fetched(&fetcher, &SchemaFetcher::fetched);
        QSignalSpy failed(&fetcher, &SchemaFetcher::failed);
        Request r;
        r.url = QString(m_url).replace(u"/graphql"_qs, path);
        fetcher.fetch(r);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.size() + failed.size() > 0, 15000);
        QVERIFY(fetched.isEmpty());
        const QString message = failed.first().first().value<Error>().message;
        QVERIFY2(message.startsWith(error), qPrintable(message));
    }

    void queryWithVariables_data()
    {
        QTest::addColumn<bool>("get");
        QTest::newRow("POST") << false;
        QTest::newRow("GET") << true;
    }

    void queryWithVariables()
    {
        QFETCH(bool, get);
        Request r = graphqlRequest(
            u"query One($id: ID!, $g: Genre) {\n  book(id: $id) { title year author { name } }\n  books(genre: $g) { id }\n}"_qs,
            u"{\"id\": \"{{bookId}}\", \"g\": \"FICTION\"}"_qs);
        r.body.graphql.operationName = u"One"_qs;
        if (get)
            r.body.graphql.transport = GraphQLTransport::Get;
        VariableContext context;
        context.set(VariableScope::Environment, u"bookId"_qs, u"b2"_qs);
        const Exchange e = send(r, context);
        QVERIFY2(e.ok(), qPrintable(e.error ? e.error->message : QString()));
        QCOMPARE(e.response->status, 200);
        QCOMPARE(e.sent.method, get ? u"GET"_qs : u"POST"_qs);
        const QJsonObject data = json(e).value(u"data"_qs).toObject();
        const QJsonObject book = data.value(u"book"_qs).toObject();
        QCOMPARE(book.value(u"title"_qs).toString(), u"Cosmos"_qs);
        QCOMPARE(book.value(u"year"_qs).toInt(), 1980);
        QCOMPARE(book.value(u"author"_qs).toObject().value(u"name"_qs).toString(),
                 u"Carl Sagan"_qs);
        QCOMPARE(data.value(u"books"_qs).toArray().size(), 2); // the two FICTION books
        QVERIFY(!parseResponseErrors(e.response->body.read()));
    }

    void mutation()
    {
        const Request r = graphqlRequest(
            u"mutation Add($in: BookInput!) { addBook(input: $in) { id title genre author { id } } }"_qs,
            u"{\"in\": {\"title\": \"Pale Blue Dot\", \"genre\": \"SCIENCE\", \"authorId\": \"a2\", \"year\": 1994}}"_qs);
        const Exchange e = send(r);
        QVERIFY(e.ok());
        const QJsonObject added =
            json(e).value(u"data"_qs).toObject().value(u"addBook"_qs).toObject();
        QCOMPARE(added.value(u"title"_qs).toString(), u"Pale Blue Dot"_qs);
        QCOMPARE(added.value(u"genre"_qs).toString(), u"SCIENCE"_qs);
        QCOMPARE(added.value(u"author"_qs).toObject().value(u"id"_qs).toString(), u"a2"_qs);
        const QString id = added.value(u"id"_qs).toString();
        QVERIFY(!id.isEmpty());

        // The service keeps it: a query sees the new book.
        const Exchange q = send(graphqlRequest(u"query($id: ID!) { book(id: $id) { title } }"_qs,
                                               QStringLiteral("{\"id\": \"%1\"}").arg(id)));
        QCOMPARE(json(q)
                     .value(u"data"_qs)
                     .toObject()
                     .value(u"book"_qs)
                     .toObject()
                     .value(u"title"_qs)
                     .toString(),
                 u"Pale Blue Dot"_qs);
    }

    void errorsAreReported()
    {
        // A resolver that throws: partial data and one error with its path and location.
        Exchange e =
            send(graphqlRequest(u"{\n  book(id: \"b1\") { title }\n  closedShelf { id }\n}"_qs));
        QVERIFY(e.ok());
        auto errors = parseResponseErrors(e.response->body.read());
        QVERIFY(errors);
        QVERIFY(errors->hasData);
        QCOMPARE(errors->errors.size(), 1);
        QCOMPARE(errors->errors.first().toText(),
                 u"line 3, column 3: the closed shelf cannot be read (at closedShelf)"_qs);
        QCOMPARE(errors->errors.first().code, u"SHELF_CLOSED"_qs);

        // A validation error: no data at all.
        e = send(graphqlRequest(u"{ books { isbn } }"_qs));
        QVERIFY(e.response);
        errors = parseResponseErrors(e.response->body.read());
        QVERIFY(errors);
        QVERIFY(!errors->hasData);
        QVERIFY2(errors->errors.first().message.contains(u"isbn"_qs),
                 qPrintable(errors->errors.first().message));
        QCOMPARE(errors->errors.first().locations.first(), qMakePair(1, 11));

        // A mutation's own error (unknown author).
        e = send(graphqlRequest(
            u"mutation { addBook(input: {title: \"x\", genre: HISTORY, authorId: \"zz\"}) { id } }"_qs));
        errors = parseResponseErrors(e.response->body.read());
        QVERIFY(errors);
        QCOMPARE(errors->errors.first().message, u"no author with id zz"_qs);
        QCOMPARE(errors->errors.first().path, u"addBook"_qs);
    }

    void invalidVariablesAreNotSent()
    {
        const Exchange e = send(graphqlRequest(u"{ books { id } }"_qs, u"{\"id\": }"_qs));
        QVERIFY(e.error);
        QCOMPARE(e.error->kind, Error::Kind::InvalidRequest);
        QVERIFY2(e.error->message.startsWith(
                     u"the GraphQL variables are not valid JSON (line 1, column"_qs),
                 qPrintable(e.error->message));
        QVERIFY(!e.response);
    }
};

QTEST_GUILESS_MAIN(tst_GraphQLPeer)
#include "tst_graphqlpeer.moc"
