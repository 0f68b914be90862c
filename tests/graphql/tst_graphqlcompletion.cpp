// Completion candidates for a cursor in a GraphQL document, over the library schema recorded
// from the graphql-yoga peer. '|' in each document marks the cursor.
#include "core/graphql/graphqlcompletion.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QTest>

using namespace wirescope;
using namespace wirescope::graphql;

class tst_GraphQLCompletion : public QObject
{
    Q_OBJECT

    Schema m_schema;

private slots:
    void initTestCase()
    {
        QFile f(test::sourceDataDir() + QStringLiteral("/graphql/library-introspection.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Result<Schema> s = parseIntrospection(f.readAll());
        QVERIFY(s);
        m_schema = *s;
    }

    void candidates_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QStringList>("texts");
        const QStringList queryFields{u"book"_qs, u"books"_qs, u"authors"_qs, u"closedShelf"_qs,
                                      u"__typename"_qs};
        const QStringList bookFields{u"id"_qs,   u"title"_qs,  u"genre"_qs,
                                     u"year"_qs, u"author"_qs, u"__typename"_qs};
        QTest::newRow("empty document")
            << u"|"_qs << u"operations"_qs
            << QStringList{u"query"_qs, u"mutation"_qs, u"subscription"_qs, u"fragment"_qs};
        QTest::newRow("anonymous query") << u"{ | }"_qs << u"fields of Query"_qs << queryFields;
        QTest::newRow("prefix") << u"{ bo| }"_qs << u"fields of Query"_qs
                                << QStringList{u"book"_qs, u"books"_qs};
        QTest::newRow("prefix is case-insensitive")
            << u"{ AU|"_qs << u"fields of Query"_qs << QStringList{u"authors"_qs};
        QTest::newRow("nested selection")
            << u"query { books { | } }"_qs << u"fields of Book"_qs << bookFields;
        QTest::newRow("two levels") << u"{ books { author { n| } } }"_qs << u"fields of Author"_qs
                                    << QStringList{u"name"_qs};
        QTest::newRow("after a closed sibling")
            << u"{ books { author { name } | } }"_qs << u"fields of Book"_qs << bookFields;
        QTest::newRow("alias") << u"{ first: book(id: \"b1\") { t| } }"_qs << u"fields of Book"_qs
                               << QStringList{u"title"_qs};
        QTest::newRow("mutation root") << u"mutation { | }"_qs << u"fields of Mutation"_qs
                                       << QStringList{u"addBook"_qs, u"__typename"_qs};
        QTest::newRow("mutation result")
            << u"mutation Add($in: BookInput!) { addBook(input: $in) { a| } }"_qs
            << u"fields of Book"_qs << QStringList{u"author"_qs};
        QTest::newRow("arguments") << u"{ books(|) }"_qs << u"arguments of books"_qs
                                   << QStringList{u"genre"_qs, u"first"_qs};
        QTest::newRow("second argument") << u"{ books(genre: FICTION, f|) }"_qs
                                         << u"arguments of books"_qs << QStringList{u"first"_qs};
        QTest::newRow("enum value") << u"{ books(genre: |) }"_qs << u"values of Genre"_qs
                                    << QStringList{u"FICTION"_qs, u"SCIENCE"_qs, u"HISTORY"_qs};
        QTest::newRow("enum value prefix") << u"{ books(first: 2, genre: S|) }"_qs
                                           << u"values of Genre"_qs << QStringList{u"SCIENCE"_qs};
        QTest::newRow("scalar argument value")
            << u"{ book(id: |) }"_qs << QString() << QStringList{};
        QTest::newRow("object value is not a selection")
            << u"mutation { addBook(input: {title: \"x\", |}) }"_qs << QString() << QStringList{};
        QTest::newRow("variable type") << u"query Q($g: |) { books }"_qs << u"input types"_qs
                                       << QStringList{u"Genre"_qs,  u"BookInput"_qs, u"ID"_qs,
                                                      u"String"_qs, u"Int"_qs,       u"Boolean"_qs};
        QTest::newRow("variable type prefix")
            << u"query Q($g: [G|"_qs << u"input types"_qs << QStringList{u"Genre"_qs};
        QTest::newRow("inline fragment type")
            << u"{ books { ... on |"_qs << u"composite types"_qs
            << QStringList{u"Author"_qs, u"Book"_qs, u"Query"_qs, u"Mutation"_qs};
        QTest::newRow("inside an inline fragment")
            << u"{ books { ... on Book { ye| } } }"_qs << u"fields of Book"_qs
            << QStringList{u"year"_qs};
        QTest::newRow("fragment definition")
            << u"fragment F on Author { | }"_qs << u"fields of Author"_qs
            << QStringList{u"id"_qs, u"name"_qs, u"books"_qs, u"__typename"_qs};
        QTest::newRow("braces in a string do not count")
            << u"{ book(id: \"{ {\") { ti| } }"_qs << u"fields of Book"_qs
            << QStringList{u"title"_qs};
        QTest::newRow("braces in a comment do not count")
            << u"{ books { # }}} {\n  ge| } }"_qs << u"fields of Book"_qs
            << QStringList{u"genre"_qs};
        QTest::newRow("directive arguments")
            << u"query Q($x: Boolean!) { books @include(if: $x) { | } }"_qs << u"fields of Book"_qs
            << bookFields;
        QTest::newRow("unknown field") << u"{ nope { | } }"_qs << QString() << QStringList{};
        QTest::newRow("variables of the operation")
            << u"query Q($id: ID!, $g: [Genre!]) { book(id: $|) }"_qs << u"variables"_qs
            << QStringList{u"id"_qs, u"g"_qs};
        QTest::newRow("variable prefix") << u"query Q($id: ID!, $g: Genre) { books(genre: $g|) }"_qs
                                         << u"variables"_qs << QStringList{u"g"_qs};
        QTest::newRow("variable in a directive")
            << u"query Q($x: Boolean!) { books @include(if: $|) { id } }"_qs << u"variables"_qs
            << QStringList{u"x"_qs};
        QTest::newRow("no variables in their own definitions")
            << u"query Q($id: ID!, $|"_qs << QString() << QStringList{};
        QTest::newRow("variables of the previous operation are out of scope")
            << u"query A($a: Int) { books(first: $a) { id } } query B($b: Int) { books(first: $|) }"_qs
            << u"variables"_qs << QStringList{u"b"_qs};
        QTest::newRow("anonymous operation after a named one")
            << u"query A($a: Int) { books { id } } { books(first: $|) }"_qs << u"variables"_qs
            << QStringList{};
        QTest::newRow("fragment spread")
            << u"{ books { ...| } } fragment BookParts on Book { id } fragment AuthorParts on Author { id }"_qs
            << u"fragments"_qs << QStringList{u"BookParts"_qs, u"AuthorParts"_qs, u"on"_qs};
        QTest::newRow("fragment spread prefix")
            << u"fragment BookParts on Book { id }\n{ books { ...Bo| } }"_qs << u"fragments"_qs
            << QStringList{u"BookParts"_qs};
        QTest::newRow("directives") << u"{ books @| { id } }"_qs << u"directives"_qs
                                    << QStringList{u"include"_qs, u"skip"_qs};
        QTest::newRow("directive prefix") << u"query Q($s: Boolean!) { books @sk|"_qs
                                          << u"directives"_qs << QStringList{u"skip"_qs};
        QTest::newRow("after the operation")
            << u"{ books { id } } |"_qs << u"operations"_qs
            << QStringList{u"query"_qs, u"mutation"_qs, u"subscription"_qs, u"fragment"_qs};
    }

    void candidates()
    {
        QFETCH(QString, document);
        QFETCH(QString, context);
        QFETCH(QStringList, texts);
        const qsizetype cursor = document.indexOf(u'|');
        QVERIFY(cursor >= 0);
        document.remove(cursor, 1);
        const Completion c = complete(m_schema, document, cursor);
        QStringList got;
        for (const CompletionCandidate &candidate : c.candidates)
            got << candidate.text;
        QCOMPARE(c.context, context);
        if (context == u"input types"_qs || context == u"composite types"_qs) {
            // The service's type order is its own: compare as sets.
            got.sort();
            texts.sort();
        }
        QCOMPARE(got, texts);
    }

    void candidatesCarryTypes()
    {
        const QString doc = u"{ books(g"_qs;
        const Completion c = complete(m_schema, doc, doc.size());
        QCOMPARE(c.prefix, u"g"_qs);
        QCOMPARE(c.candidates.size(), 1);
        QCOMPARE(c.candidates.first().detail, u"Genre"_qs);
        QCOMPARE(c.candidates.first().kind, CompletionCandidate::Kind::Argument);
        const Completion f = complete(m_schema, u"{ "_qs, 2);
        QCOMPARE(f.candidates.at(1).detail, u"[Book!]!"_qs);
        const QString vars = u"query Q($ids: [ID!]!) { book(id: $"_qs;
        const Completion v = complete(m_schema, vars, vars.size());
        QCOMPARE(v.candidates.size(), 1);
        QCOMPARE(v.candidates.first().detail, u"[ID!]!"_qs);
        QCOMPARE(v.candidates.first().kind, CompletionCandidate::Kind::Variable);
    }
};

QTEST_GUILESS_MAIN(tst_GraphQLCompletion)
#include "tst_graphqlcompletion.moc"
