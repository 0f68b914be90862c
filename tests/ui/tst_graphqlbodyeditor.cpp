// The GraphQL page of the body editor, offscreen: a GraphQL body survives the editor both
// ways, typing fills the body, and the variables are checked live with line and column.
#include "core/graphql/graphqlschema.h"
#include "tests/support/testenv.h"
#include "ui/request/bodyeditor.h"
#include "ui/request/graphqlbodyeditor.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

using namespace wirescope;

class tst_GraphQLBodyEditor : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        BodyEditor editor(nullptr);
        Body b;
        b.kind = BodyKind::GraphQL;
        b.graphql.query = QStringLiteral("query B($id: ID!) { book(id: $id) { title } }");
        b.graphql.variables = QStringLiteral("{\"id\": \"{{bookId}}\"}");
        b.graphql.operationName = QStringLiteral("B");
        b.graphql.transport = GraphQLTransport::Get;
        editor.setBody(b);
        QVERIFY(editor.findChild<QRadioButton *>(QStringLiteral("bodyGraphQL"))->isChecked());
        QCOMPARE(editor.body(), b);
    }

    void typingAndLiveCheck()
    {
        BodyEditor editor(nullptr);
        editor.show();
        QSignalSpy changed(&editor, &BodyEditor::changed);
        auto *radio = editor.findChild<QRadioButton *>(QStringLiteral("bodyGraphQL"));
        QVERIFY(radio);
        QTest::mouseClick(radio, Qt::LeftButton);
        QCOMPARE(editor.body().kind, BodyKind::GraphQL);
        auto *query = editor.findChild<QPlainTextEdit *>(QStringLiteral("graphqlQueryEdit"));
        auto *variables =
            editor.findChild<QPlainTextEdit *>(QStringLiteral("graphqlVariablesEdit"));
        auto *status = editor.findChild<QLabel *>(QStringLiteral("graphqlVariablesStatus"));
        auto *operation = editor.findChild<QLineEdit *>(QStringLiteral("graphqlOperationName"));
        QVERIFY(query && variables && status && operation);
        QVERIFY(query->font().fixedPitch() || query->font().styleHint() == QFont::Monospace
                || query->font().family().contains(QLatin1String("Mono"), Qt::CaseInsensitive));
        QTest::keyClicks(query, QStringLiteral("{ books { title } }"));
        QTest::keyClicks(operation, QStringLiteral("All"));
        QTest::keyClicks(variables, QStringLiteral("{\"a\": }"));
        QVERIFY2(status->text().startsWith(
                     QStringLiteral("the GraphQL variables are not valid JSON (line 1, column")),
                 qPrintable(status->text()));
        variables->clear();
        QTest::keyClicks(variables, QStringLiteral("[1]"));
        QVERIFY2(status->text().contains(QStringLiteral("must be a JSON object")),
                 qPrintable(status->text()));
        variables->setPlainText(QStringLiteral("{\"a\": 1}"));
        QCOMPARE(status->text(), QStringLiteral("Valid JSON object"));
        const Body b = editor.body();
        QCOMPARE(b.graphql.query, QStringLiteral("{ books { title } }"));
        QCOMPARE(b.graphql.operationName, QStringLiteral("All"));
        QCOMPARE(b.graphql.variables, QStringLiteral("{\"a\": 1}"));
        QCOMPARE(b.graphql.transport, GraphQLTransport::Post);
        QVERIFY(changed.size() > 3);
    }

    void completionFromTheSchema()
    {
        QFile f(test::sourceDataDir() + QStringLiteral("/graphql/library-introspection.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto schema = graphql::parseIntrospection(f.readAll());
        QVERIFY(schema);
        GraphQLBodyEditor editor;
        editor.resize(640, 360);
        editor.move(0, 0);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setSchema(*schema);
        auto *query = editor.findChild<QPlainTextEdit *>(QStringLiteral("graphqlQueryEdit"));
        auto *completer = editor.findChild<QCompleter *>(QStringLiteral("graphqlCompleter"));
        QVERIFY(query && completer);
        query->setFocus();
        QTest::keyClicks(query, QStringLiteral("{ books { ti"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionModel()->rowCount(), 1);
        // A picture for people (tools/screenshots.sh runs this under Xvfb with the variable set).
        if (const QString dir = qEnvironmentVariable("WIRESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(200);
            QGuiApplication::primaryScreen()->grabWindow(0).save(
                dir + QStringLiteral("/graphql-editor.png"));
        }
        QCOMPARE(completer->currentCompletion(), QStringLiteral("title"));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(query->toPlainText(), QStringLiteral("{ books { title"));
        QVERIFY(!completer->popup()->isVisible());

        // Ctrl+Space inside the parentheses: the field's arguments.
        QTest::keyClicks(query, QStringLiteral(" } authors(")); // no arguments: nothing shown
        QTest::qWait(50);
        QVERIFY(!completer->popup()->isVisible());
        query->setPlainText(QStringLiteral("{ books("));
        QTextCursor end = query->textCursor();
        end.movePosition(QTextCursor::End);
        query->setTextCursor(end);
        QTest::keyClick(query, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionModel()->rowCount(), 2); // genre, first
    }
};

QTEST_MAIN(tst_GraphQLBodyEditor)
#include "tst_graphqlbodyeditor.moc"
