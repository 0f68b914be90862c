// The GraphQL schema in the window, offscreen, against the graphql-yoga peer
// (tests/support/node/graphql-server.js): "Fetch schema" in a request tab sends the
// introspection query with the request's URL ({{variables}} resolved), writes the collection's
// schema cache, and completion and the schema browser use the real schema; a second tab on the
// same request loads it from the cache; each kind of failure names its step.
#include "core/graphql/schemacache.h"
#include "core/http/httpclient.h"
#include "core/model/collection.h"
#include "core/vars/variablecontext.h"
#include "tests/support/testenv.h"
#include "ui/collections/collectiondocument.h"
#include "ui/graphql/graphqlschemacontroller.h"
#include "ui/graphql/schemabrowser.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/request/graphqlbodyeditor.h"
#include "ui/request/requesteditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace wirescope;

namespace {

HttpItem graphqlItem(const QString &url)
{
    HttpItem item;
    item.request.id = newItemId();
    item.request.name = QStringLiteral("Books");
    item.request.method = QStringLiteral("POST");
    item.request.url = url;
    item.request.body.kind = BodyKind::GraphQL;
    item.request.body.graphql.query = QStringLiteral("{ books { title } }");
    return item;
}

} // namespace

class tst_GraphQLSchemaUi final : public QObject
{
    Q_OBJECT

    QString m_url;
    test::TestServers m_servers;
    HttpClient *m_client = nullptr;
    VariableContext m_context;

    /// Brings the Body page of @p tab's editor to the front (where the GraphQL editor is).
    static void showBody(RequestTab &tab)
    {
        auto *tabs = tab.editor()->findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (tabs->tabText(i).startsWith(QLatin1String("Body")))
                tabs->setCurrentIndex(i);
        }
    }

    /// Clicks Fetch schema in @p tab and waits for the outcome; true when it was fetched.
    static bool fetch(RequestTab &tab, QString *message)
    {
        GraphQLSchemaController *controller = tab.schemaController();
        QSignalSpy fetched(controller, &GraphQLSchemaController::schemaFetched);
        QSignalSpy failed(controller, &GraphQLSchemaController::fetchFailed);
        auto *button = tab.findChild<QPushButton *>(QStringLiteral("graphqlFetchSchemaButton"));
        if (!button || !button->isVisible()) {
            *message = QStringLiteral("no visible Fetch schema button");
            return false;
        }
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return fetched.size() + failed.size() > 0; }, 15000)) {
            *message = QStringLiteral("the fetch did not finish");
            return false;
        }
        *message = failed.isEmpty() ? fetched.first().first().toString()
                                    : failed.first().first().toString();
        return failed.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_servers = *servers;
        m_url = m_servers.graphql.toString();
        m_client = new HttpClient(this);
        m_context.set(VariableScope::Environment, QStringLiteral("gql"), m_url);
    }

    void fetchCachesAndFeedsCompletionAndBrowser()
    {
        QTemporaryDir dir;
        CollectionDocument document(dir.path(), nullptr);
        document.createNew(QStringLiteral("Library"));
        const HttpItem item = graphqlItem(QStringLiteral("{{gql}}"));
        QVERIFY(document.insertItem({}, 0, CollectionItem{item}, QStringLiteral("add")));

        RequestTab tab(m_client, &m_context);
        tab.resize(1300, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setHttpItem(item);
        tab.setOrigin(&document, item.request.id);
        showBody(tab);
        GraphQLBodyEditor *editor = tab.editor()->graphqlEditor();
        SchemaBrowser *browser = editor->schemaBrowser();
        QVERIFY(editor->schema().isEmpty()); // nothing cached yet
        QVERIFY(!editor->isSchemaBrowserVisible());
        editor->setSchemaBrowserVisible(true);
        QVERIFY2(browser->statusText().startsWith(QStringLiteral("No schema yet: click")),
                 qPrintable(browser->statusText()));
        QVERIFY(browser->listedTypes().isEmpty());

        QString message;
        QVERIFY2(fetch(tab, &message), qPrintable(message));
        QCOMPARE(message, m_url); // {{gql}} resolved
        const QString cacheFile = graphql::SchemaCache::pathForCollection(dir.path());
        QCOMPARE(tab.schemaController()->cacheFile(), cacheFile);
        QVERIFY(QFile::exists(cacheFile));
        QFile f(cacheFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject cached = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(cached.value(QStringLiteral("schemas")).toObject().contains(m_url));
        QVERIFY2(editor->schemaStatusText().contains(QStringLiteral("fetched and cached in")),
                 qPrintable(editor->schemaStatusText()));

        // Completion offers the real schema's fields (the deprecated edition is the peer's own).
        auto *query = editor->findChild<QPlainTextEdit *>(QStringLiteral("graphqlQueryEdit"));
        auto *completer = editor->findChild<QCompleter *>(QStringLiteral("graphqlCompleter"));
        query->setPlainText(QStringLiteral("{ books { "));
        QTextCursor end = query->textCursor();
        end.movePosition(QTextCursor::End);
        query->setTextCursor(end);
        query->setFocus();
        QTest::keyClick(query, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int i = 0; i < completer->completionModel()->rowCount(); ++i)
            offered << completer->completionModel()->index(i, 0).data().toString();
        QVERIFY2(offered.contains(QStringLiteral("edition"))
                     && offered.contains(QStringLiteral("genre")),
                 qPrintable(offered.join(u',')));
        QTest::keyClick(completer->popup(), Qt::Key_Escape);

        // The browser: roots first, then every type; a field with its arguments as in SDL.
        QVERIFY(editor->isSchemaBrowserVisible());
        QVERIFY(browser->isVisible());
        QVERIFY2(browser->statusText().startsWith(QStringLiteral("Schema fetched at ")),
                 qPrintable(browser->statusText()));
        QVERIFY2(browser->statusText().endsWith(QStringLiteral(", 11 types")),
                 qPrintable(browser->statusText()));
        const QStringList listed = browser->listedTypes();
        QCOMPARE(listed.mid(0, 3), (QStringList{QStringLiteral("Query"), QStringLiteral("Mutation"),
                                                QStringLiteral("Subscription")}));
        QVERIFY(listed.contains(QStringLiteral("BookInput")));
        QVERIFY(!listed.contains(QStringLiteral("__Type")));
        QCOMPARE(browser->currentType(), QStringLiteral("Query"));
        const QString queryText = browser->detailText();
        QVERIFY2(
            queryText.contains(QStringLiteral("books(genre: Genre, first: Int = 10): [Book!]!")),
            qPrintable(queryText));
        QVERIFY2(queryText.contains(QStringLiteral("book(id: ID!): Book")), qPrintable(queryText));
        QVERIFY(queryText.contains(QStringLiteral("One book by id; null when there is none")));

        // A type name in a field's type is a link to it; deprecation is shown.
        auto *detail = browser->findChild<QTextBrowser *>(QStringLiteral("schemaBrowserDetail"));
        QVERIFY(detail->toHtml().contains(QStringLiteral("href=\"type:Book\"")));
        emit detail->anchorClicked(QUrl(QStringLiteral("type:Book")));
        QCOMPARE(browser->currentType(), QStringLiteral("Book"));
        QVERIFY2(browser->detailText().contains(QStringLiteral("deprecated: not kept any more")),
                 qPrintable(browser->detailText()));

        // "insert" puts the field's name at the query's cursor.
        query->setPlainText(QStringLiteral("{ books { "));
        QTextCursor atEnd = query->textCursor();
        atEnd.movePosition(QTextCursor::End);
        query->setTextCursor(atEnd);
        emit detail->anchorClicked(QUrl(QStringLiteral("insert:year")));
        QCOMPARE(query->toPlainText(), QStringLiteral("{ books { year"));

        // The filter keeps types whose name or a field's name matches.
        auto *filter = browser->findChild<QLineEdit *>(QStringLiteral("schemaBrowserFilter"));
        QTest::keyClicks(filter, QStringLiteral("genre"));
        QCOMPARE(browser->listedTypes(),
                 (QStringList{QStringLiteral("Book"), QStringLiteral("BookInput"),
                              QStringLiteral("Genre")}));
        filter->clear();

        if (const QString shots = qEnvironmentVariable("WIRESCOPE_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            browser->showType(QStringLiteral("Query"));
            query->setPlainText(QStringLiteral("query Book($id: ID!) {\n  book(id: $id) {\n    "
                                               "title\n    genre\n    author { name }\n  }\n}"));
            editor->findChild<QPlainTextEdit *>(QStringLiteral("graphqlVariablesEdit"))
                ->setPlainText(QStringLiteral("{\"id\": \"b1\"}"));
            tab.splitter()->setSizes({650, 250}); // the editor is what the picture is about
            QTest::qWait(200);
            tab.grab().save(shots + QStringLiteral("/graphql-schema-browser.png"));
        }

        // Another tab on the same request finds the schema in the collection's cache.
        RequestTab second(m_client, &m_context);
        QSignalSpy looked(second.schemaController(), &GraphQLSchemaController::cacheLookupFinished);
        second.setHttpItem(item);
        second.setOrigin(&document, item.request.id);
        GraphQLBodyEditor *secondEditor = second.editor()->graphqlEditor();
        QTRY_COMPARE(looked.size(), 1); // read on a worker thread
        QCOMPARE(looked.first().first().toString(), m_url);
        QVERIFY(!secondEditor->schema().isEmpty());
        QVERIFY(secondEditor->schema().type(u"Book")->field(u"edition"));
        QVERIFY2(secondEditor->schemaStatusText().contains(
                     QStringLiteral("from the collection's cache")),
                 qPrintable(secondEditor->schemaStatusText()));
        QCOMPARE(secondEditor->schemaBrowser()->listedTypes(), listed);
    }

    void failuresNameTheStep_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("introspection disabled")
            << QStringLiteral("{{gql}}/../closed")
            << QStringLiteral(
                   "introspection may be disabled): GraphQL introspection has been disabled");
        QTest::newRow("HTTP error")
            << QStringLiteral("{{gql}}/../nothing")
            << QStringLiteral("answered the introspection query with HTTP 404");
        // httpbin echoes the POST as JSON (its /html page refuses POST with 405).
        QTest::newRow("not GraphQL")
            << QStringLiteral("HTTPBIN/anything")
            << QStringLiteral("is JSON without data.__schema: is this URL a GraphQL endpoint?");
        QTest::newRow("not a GraphQL method")
            << QStringLiteral("HTTPBIN/html")
            << QStringLiteral("answered the introspection query with HTTP 405");
        QTest::newRow("network") << QStringLiteral("http://127.0.0.1:1/graphql")
                                 << QStringLiteral("sending the introspection query failed:");
        QTest::newRow("undefined variable")
            << QStringLiteral("{{nowhere}}/graphql")
            << QStringLiteral("sending the introspection query failed:");
    }

    void failuresNameTheStep()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        url.replace(QStringLiteral("HTTPBIN"),
                    m_servers.httpbin.toString(QUrl::StripTrailingSlash));
        url.replace(QStringLiteral("{{gql}}/../"),
                    QString(m_url).remove(QStringLiteral("graphql")));
        RequestTab tab(m_client, &m_context);
        tab.show();
        tab.setHttpItem(graphqlItem(url));
        showBody(tab);
        QString message;
        QVERIFY(!fetch(tab, &message));
        QVERIFY2(message.startsWith(QStringLiteral("Fetch schema from ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        GraphQLBodyEditor *editor = tab.editor()->graphqlEditor();
        QCOMPARE(editor->schemaStatusText(), message);
        auto *status = editor->findChild<QLabel *>(QStringLiteral("graphqlSchemaStatus"));
        QVERIFY(status->isVisibleTo(editor));
        QVERIFY(editor->schema().isEmpty());
        QVERIFY(editor->findChild<QPushButton *>(QStringLiteral("graphqlFetchSchemaButton"))
                    ->isEnabled());
    }

    void corruptCacheIsReported()
    {
        QTemporaryDir dir;
        const QString path = graphql::SchemaCache::pathForCollection(dir.path());
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schemas\": {\n  \"x\": }");
        f.close();
        CollectionDocument document(dir.path(), nullptr);
        document.createNew(QStringLiteral("Library"));
        const HttpItem item = graphqlItem(m_url);
        QVERIFY(document.insertItem({}, 0, CollectionItem{item}, QStringLiteral("add")));
        RequestTab tab(m_client, &m_context);
        QSignalSpy looked(tab.schemaController(), &GraphQLSchemaController::cacheLookupFinished);
        tab.setHttpItem(item);
        tab.setOrigin(&document, item.request.id);
        QTRY_COMPARE(looked.size(), 1);
        const QString status = tab.editor()->graphqlEditor()->schemaStatusText();
        QVERIFY2(
            status.startsWith(QStringLiteral("The schema cache cannot be used: the schema cache ")),
            qPrintable(status));
        QVERIFY2(status.contains(path) && status.contains(QStringLiteral("line 2, column")),
                 qPrintable(status));
        QVERIFY(tab.editor()->graphqlEditor()->schema().isEmpty());
    }

    void outsideACollectionTheSchemaStaysInMemory()
    {
        RequestTab tab(m_client, &m_context);
        tab.show();
        tab.setHttpItem(graphqlItem(m_url));
        showBody(tab);
        QString message;
        QVERIFY2(fetch(tab, &message), qPrintable(message));
        GraphQLBodyEditor *editor = tab.editor()->graphqlEditor();
        QVERIFY(!editor->schema().isEmpty());
        QVERIFY2(editor->schemaStatusText().contains(QStringLiteral("not saved in a collection")),
                 qPrintable(editor->schemaStatusText()));
        QVERIFY(tab.schemaController()->cacheFile().isEmpty());
    }
};

QTEST_MAIN(tst_GraphQLSchemaUi)
#include "tst_graphqlschemaui.moc"
