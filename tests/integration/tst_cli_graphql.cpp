// wirescope-cli run and send with GraphQL requests saved in a collection, against the
// graphql-yoga peer: the CLI goes through the same request builder as the window.

#include "clirunner.h"
#include "core/store/collectionfiles.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

namespace {

Assertion check(Assertion::Target target, const QString &property, const QString &expected)
{
    Assertion a;
    a.target = target;
    a.property = property;
    a.op = Assertion::Op::Equals;
    a.expected = expected;
    return a;
}

CollectionItem graphql(const QString &name,
                       const QString &query,
                       const QString &variables,
                       GraphQLTransport transport,
                       AssertionList assertions)
{
    HttpItem item;
    item.request.id = newItemId();
    item.request.name = name;
    item.request.method =
        transport == GraphQLTransport::Get ? QStringLiteral("GET") : QStringLiteral("POST");
    item.request.url = QStringLiteral("{{gql}}");
    item.request.body.kind = BodyKind::GraphQL;
    item.request.body.graphql.query = query;
    item.request.body.graphql.variables = variables;
    item.request.body.graphql.transport = transport;
    item.assertions = std::move(assertions);
    return CollectionItem{item};
}

} // namespace

class tst_CliGraphQL final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto servers = loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_url = servers->graphql.toString();
    }

    void runCollection()
    {
        Collection c;
        c.id = newItemId();
        c.name = QStringLiteral("GraphQL");
        c.variables = {Variable{QStringLiteral("gql"), m_url, true, false, {}}};
        c.items.push_back(
            graphql(QStringLiteral("book by id"),
                    QStringLiteral("query B($id: ID!) { book(id: $id) { title } }"),
                    QStringLiteral("{\"id\": \"{{bookId}}\"}"), GraphQLTransport::Post,
                    {check(Assertion::Target::Status, {}, QStringLiteral("200")),
                     check(Assertion::Target::JsonPath, QStringLiteral("$.data.book.title"),
                           QStringLiteral("Cosmos"))}));
        c.items.push_back(
            graphql(QStringLiteral("books by GET"), QStringLiteral("{ books(first: 1) { id } }"),
                    {}, GraphQLTransport::Get,
                    {check(Assertion::Target::JsonPath, QStringLiteral("$.data.books[0].id"),
                           QStringLiteral("b1"))}));
        c.items.push_back(
            graphql(QStringLiteral("closed shelf"), QStringLiteral("{ closedShelf { id } }"), {},
                    GraphQLTransport::Post,
                    {check(Assertion::Target::JsonPath, QStringLiteral("$.errors[0].message"),
                           QStringLiteral("the closed shelf cannot be read"))}));
        const QString dir = m_dir.filePath(QStringLiteral("collection"));
        const auto saved = store::saveCollectionDirectory(dir, c, {});
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));

        const CliResult r = runCli({QStringLiteral("run"), dir, QStringLiteral("--no-keychain"),
                                    QStringLiteral("--var"), QStringLiteral("bookId=b2"),
                                    QStringLiteral("-r"), QStringLiteral("json")});
        CHECK_EXIT(r, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(QJsonDocument::fromJson(lines[i]).object().value(u"status").toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(lines[3])
                     .object()
                     .value(u"summary")
                     .toObject()
                     .value(u"passed")
                     .toBool(),
                 true);

        // A wrong expectation fails the run: the assertions above have teeth.
        const CliResult wrong = runCli({QStringLiteral("run"), dir, QStringLiteral("--no-keychain"),
                                        QStringLiteral("--var"), QStringLiteral("bookId=b1"),
                                        QStringLiteral("-r"), QStringLiteral("json")});
        CHECK_EXIT(wrong, 1);
    }

    void sendQueryWithVariables_data()
    {
        QTest::addColumn<bool>("get");
        QTest::newRow("POST") << false;
        QTest::newRow("GET") << true;
    }

    void sendQueryWithVariables()
    {
        QFETCH(bool, get);
        QStringList args{QStringLiteral("send"),
                         QStringLiteral("--graphql"),
                         QStringLiteral("query B($id: ID!, $g: Genre) { book(id: $id) { title } "
                                        "books(genre: $g) { id } }"),
                         QStringLiteral("--graphql-variables"),
                         QStringLiteral("{\"id\": \"{{bookId}}\", \"g\": \"FICTION\"}"),
                         QStringLiteral("--graphql-operation"),
                         QStringLiteral("B"),
                         QStringLiteral("--var"),
                         QStringLiteral("bookId=b2"),
                         QStringLiteral("--json"),
                         QStringLiteral("--include-body"),
                         QStringLiteral("--fail")};
        if (get)
            args << QStringLiteral("--graphql-get");
        args << m_url;
        const CliResult r = runCli(args);
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"request").toObject().value(u"method").toString(),
                 get ? u"GET"_qs : u"POST"_qs);
        const QJsonObject body =
            QJsonDocument::fromJson(r.json.value(u"body").toString().toUtf8()).object();
        const QJsonObject data = body.value(u"data").toObject();
        QCOMPARE(data.value(u"book").toObject().value(u"title").toString(), u"Cosmos"_qs);
        QCOMPARE(data.value(u"books").toArray().size(), 2); // the two FICTION books
        QCOMPARE(r.json.value(u"graphql").toObject().value(u"errors").toArray().size(), 0);
        QVERIFY2(!r.errText().contains(u"GraphQL error"_qs), qPrintable(r.errText()));
    }

    void sendReportsGraphQLErrors()
    {
        const QStringList args{QStringLiteral("send"), QStringLiteral("--graphql"),
                               QStringLiteral("{ book(id: \"b1\") { title } closedShelf { id } }"),
                               m_url};
        const CliResult r = runCli(args);
        CHECK_EXIT(r, 0); // an HTTP exchange that completed: errors are reported, not fatal
        QVERIFY2(r.errText().contains(
                     u"wirescope-cli: GraphQL error: line 1, column 28: the closed shelf cannot be "
                     "read (at closedShelf) [SHELF_CLOSED]"_qs),
                 qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"the GraphQL answer has 1 error(s) and partial data"_qs),
                 qPrintable(r.errText()));
        QVERIFY2(r.outText().contains(u"The Dispossessed"_qs), qPrintable(r.outText()));

        // --fail makes them exit 11; a validation error has no data at all.
        const CliResult failed =
            runCli({QStringLiteral("send"), QStringLiteral("--graphql"), QStringLiteral("{ nope }"),
                    QStringLiteral("--fail"), QStringLiteral("--json"), m_url});
        CHECK_EXIT(failed, 11);
        const QJsonObject gql = failed.json.value(u"graphql").toObject();
        QCOMPARE(gql.value(u"hasData").toBool(), false);
        QVERIFY2(gql.value(u"errors")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"message")
                     .toString()
                     .contains(u"Cannot query field \"nope\""_qs),
                 qPrintable(failed.outText()));
        QVERIFY2(failed.errText().contains(u"no data (--fail: exit 11)"_qs),
                 qPrintable(failed.errText()));

        // Bad variables are refused before anything is sent.
        const CliResult bad =
            runCli({QStringLiteral("send"), QStringLiteral("--graphql"),
                    QStringLiteral("{ books { id } }"), QStringLiteral("--graphql-variables"),
                    QStringLiteral("{\"a\":"), m_url});
        CHECK_EXIT(bad, 2);
        QVERIFY2(bad.errText().contains(
                     u"--graphql-variables: the GraphQL variables are not valid JSON"_qs),
                 qPrintable(bad.errText()));
    }
};

QTEST_GUILESS_MAIN(tst_CliGraphQL)
#include "tst_cli_graphql.moc"
