// Syntax colouring: the formats QSyntaxHighlighter leaves in each block's layout for JSON,
// JavaScript, XML and GraphQL samples, colours that read on light and dark bases, and no
// colouring for documents too big to colour up front (editors and the Pretty response view).

#include "core/model/responsebody.h"
#include "ui/request/graphqlbodyeditor.h"
#include "ui/request/scriptspage.h"
#include "ui/response/bodyview.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/syntaxhighlighter.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace wirescope;

namespace {

/// The foreground the layout of @p block gives the character at @p column; invalid if none.
QColor colourAt(const QTextBlock &block, qsizetype column)
{
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (column >= range.start && column < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

/// Column of @p needle in block @p line of @p editor's document.
QColor colourOf(const QPlainTextEdit &editor, int line, const QString &needle, qsizetype skip = 0)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line);
    const qsizetype column = block.text().indexOf(needle) + skip;
    return column < skip ? QColor() : colourAt(block, column);
}

QString bigJson(int lines)
{
    QString text = QStringLiteral("[\n");
    for (int i = 0; i < lines; ++i)
        text += QStringLiteral("  {\"id\": %1},\n").arg(i);
    return text + QStringLiteral("  {}\n]\n");
}

} // namespace

class tst_SyntaxHighlighter final : public QObject
{
    Q_OBJECT

private slots:
    void json();
    void javaScript();
    void xml();
    void graphQl();
    void coloursReadOnLightAndDark();
    void editorsAreColoured();
    void bigDocumentIsNotColoured();
    void prettyResponseIsColouredUnlessBig();

private:
    /// An editor coloured as @p language holding @p text, highlighted.
    static std::unique_ptr<CodeEditor> editorWith(SyntaxLanguage language, const QString &text);
    static QColor expected(SyntaxToken token, const QPalette &palette = QPalette());
};

std::unique_ptr<CodeEditor> tst_SyntaxHighlighter::editorWith(SyntaxLanguage language,
                                                              const QString &text)
{
    auto editor = std::make_unique<CodeEditor>();
    editor->setPalette(QPalette());
    editor->setSyntax(language);
    editor->setPlainText(text);
    QCoreApplication::processEvents(); // the highlighter's first pass is queued
    return editor;
}

QColor tst_SyntaxHighlighter::expected(SyntaxToken token, const QPalette &palette)
{
    SyntaxHighlighter highlighter;
    QTextDocument document;
    highlighter.highlight(&document, SyntaxLanguage::Json, palette);
    return highlighter.format(token).foreground().color();
}

void tst_SyntaxHighlighter::json()
{
    const auto editor = editorWith(SyntaxLanguage::Json,
                                   QStringLiteral("{\"name\": \"x12\",\n \"n\": -12.5e3, \"ok\": "
                                                  "true, \"none\": null}"));
    QVERIFY(editor->isHighlighting());
    QCOMPARE(colourOf(*editor, 0, u"\"name\""_qs), expected(SyntaxToken::Key));
    QCOMPARE(colourOf(*editor, 0, u"\"x12\""_qs), expected(SyntaxToken::String));
    // A number inside a string stays a string.
    QCOMPARE(colourOf(*editor, 0, u"12"_qs), expected(SyntaxToken::String));
    QCOMPARE(colourOf(*editor, 0, u"{"_qs), expected(SyntaxToken::Punctuation));
    QCOMPARE(colourOf(*editor, 1, u"-12.5e3"_qs, 3), expected(SyntaxToken::Number));
    QCOMPARE(colourOf(*editor, 1, u"true"_qs), expected(SyntaxToken::Keyword));
    QCOMPARE(colourOf(*editor, 1, u"null"_qs), expected(SyntaxToken::Keyword));
    QCOMPARE(colourOf(*editor, 1, u"\"none\""_qs), expected(SyntaxToken::Key));
    QVERIFY(expected(SyntaxToken::Key) != expected(SyntaxToken::String));
}

void tst_SyntaxHighlighter::javaScript()
{
    const auto editor = editorWith(
        SyntaxLanguage::JavaScript,
        QStringLiteral(
            "// check it\nconst n = 42; /* a\n still */ let s = \"if\";\npm.test('x');"));
    QCOMPARE(colourOf(*editor, 0, u"check"_qs), expected(SyntaxToken::Comment));
    QCOMPARE(colourOf(*editor, 1, u"const"_qs), expected(SyntaxToken::Keyword));
    QCOMPARE(colourOf(*editor, 1, u"42"_qs), expected(SyntaxToken::Number));
    QCOMPARE(colourOf(*editor, 1, u"a"_qs, 0), expected(SyntaxToken::Comment));
    // The block comment carries over to the next line, and ends there.
    QCOMPARE(colourOf(*editor, 2, u"still"_qs), expected(SyntaxToken::Comment));
    QCOMPARE(colourOf(*editor, 2, u"let"_qs), expected(SyntaxToken::Keyword));
    QCOMPARE(colourOf(*editor, 2, u"\"if\""_qs, 1), expected(SyntaxToken::String));
    QCOMPARE(colourOf(*editor, 3, u"'x'"_qs), expected(SyntaxToken::String));
    QVERIFY(!colourOf(*editor, 1, u"n ="_qs).isValid()); // a plain name stays plain
}

void tst_SyntaxHighlighter::xml()
{
    const auto editor =
        editorWith(SyntaxLanguage::Xml, QStringLiteral("<!-- a\n note -->\n<root id=\"1\"\n"
                                                       " lang='en'>a = b</root>"));
    QCOMPARE(colourOf(*editor, 0, u"a"_qs), expected(SyntaxToken::Comment));
    QCOMPARE(colourOf(*editor, 1, u"note"_qs), expected(SyntaxToken::Comment));
    QCOMPARE(colourOf(*editor, 2, u"root"_qs), expected(SyntaxToken::Tag));
    QCOMPARE(colourOf(*editor, 2, u"id"_qs), expected(SyntaxToken::Attribute));
    QCOMPARE(colourOf(*editor, 2, u"\"1\""_qs), expected(SyntaxToken::String));
    // The tag goes on over the line break; text between tags stays plain.
    QCOMPARE(colourOf(*editor, 3, u"lang"_qs), expected(SyntaxToken::Attribute));
    QCOMPARE(colourOf(*editor, 3, u"'en'"_qs), expected(SyntaxToken::String));
    QVERIFY(!colourOf(*editor, 3, u"a = b"_qs).isValid());
    QCOMPARE(colourOf(*editor, 3, u"</root"_qs), expected(SyntaxToken::Tag));
}

void tst_SyntaxHighlighter::graphQl()
{
    const auto editor = editorWith(
        SyntaxLanguage::GraphQL,
        QStringLiteral("query Book($id: ID!) {\n  book(id: $id) @include(if: true) { title }"
                       " # why\n}"));
    QCOMPARE(colourOf(*editor, 0, u"query"_qs), expected(SyntaxToken::Keyword));
    QCOMPARE(colourOf(*editor, 0, u"$id"_qs), expected(SyntaxToken::Variable));
    QCOMPARE(colourOf(*editor, 1, u"@include"_qs), expected(SyntaxToken::Variable));
    QCOMPARE(colourOf(*editor, 1, u"true"_qs), expected(SyntaxToken::Keyword));
    QCOMPARE(colourOf(*editor, 1, u"# why"_qs), expected(SyntaxToken::Comment));
    QVERIFY(!colourOf(*editor, 1, u"title"_qs).isValid());
}

void tst_SyntaxHighlighter::editorsAreColoured()
{
    ScriptsPage scripts;
    for (const char *name : {"preRequestScript", "testScript"}) {
        auto *editor = scripts.findChild<CodeEditor *>(QLatin1String(name));
        QVERIFY(editor);
        QCOMPARE(editor->syntax(), SyntaxLanguage::JavaScript);
        editor->setPlainText(QStringLiteral("const x = 1;"));
        QTRY_COMPARE(colourOf(*editor, 0, u"const"_qs), expected(SyntaxToken::Keyword));
    }
    GraphQLBodyEditor graphql;
    auto *query = graphql.findChild<CodeEditor *>(QStringLiteral("graphqlQueryEdit"));
    QVERIFY(query);
    query->setPlainText(QStringLiteral("query { a }"));
    QTRY_COMPARE(colourOf(*query, 0, u"query"_qs), expected(SyntaxToken::Keyword));
    auto *variables = graphql.findChild<CodeEditor *>(QStringLiteral("graphqlVariablesEdit"));
    QVERIFY(variables);
    QCOMPARE(variables->syntax(), SyntaxLanguage::Json);
}

void tst_SyntaxHighlighter::coloursReadOnLightAndDark()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    // An editor switched to a dark palette recolours its text with the dark set.
    const auto editor = editorWith(SyntaxLanguage::Json, QStringLiteral("{\"k\": 1}"));
    QCOMPARE(colourOf(*editor, 0, u"\"k\""_qs), expected(SyntaxToken::Key, QPalette()));
    editor->setPalette(dark);
    QTRY_COMPARE(colourOf(*editor, 0, u"\"k\""_qs), expected(SyntaxToken::Key, dark));
    QVERIFY(expected(SyntaxToken::Key, dark) != expected(SyntaxToken::Key, light));

    for (int t = 0; t <= int(SyntaxToken::Variable); ++t) {
        for (const QPalette &palette : {light, dark}) {
            const QColor base = palette.color(QPalette::Base);
            const QColor colour = expected(SyntaxToken(t), palette);
            QVERIFY2(qAbs(colour.lightness() - base.lightness()) >= 90,
                     qPrintable(u"token %1 %2 on %3"_qs.arg(t).arg(colour.name(), base.name())));
        }
    }
}

void tst_SyntaxHighlighter::bigDocumentIsNotColoured()
{
    CodeEditor editor;
    editor.setSyntax(SyntaxLanguage::Json);
    editor.setPlainText(bigJson(60000));
    QCoreApplication::processEvents();
    QVERIFY(!editor.isHighlighting());
    QVERIFY(editor.document()->findBlockByNumber(1).layout()->formats().isEmpty());

    // Back to a small text: coloured again.
    editor.setPlainText(bigJson(3));
    QCoreApplication::processEvents();
    QVERIFY(editor.isHighlighting());
    QCOMPARE(colourOf(editor, 1, u"\"id\""_qs), expected(SyntaxToken::Key));

    // A paste that makes it big switches colouring off before formatting it.
    editor.moveCursor(QTextCursor::End);
    editor.insertPlainText(bigJson(60000));
    QCoreApplication::processEvents();
    QVERIFY(!editor.isHighlighting());
    QVERIFY(editor.document()->findBlockByNumber(40000).layout()->formats().isEmpty());
}

void tst_SyntaxHighlighter::prettyResponseIsColouredUnlessBig()
{
    BodyView view;
    view.resize(600, 400);
    view.show();
    auto *text = view.findChild<QPlainTextEdit *>(QStringLiteral("bodyText"));
    QVERIFY(text);

    view.setBody(ResponseBody::fromBytes(R"({"title":"Dune","year":1965})"),
                 QStringLiteral("application/json"));
    QTRY_VERIFY(!view.isBusy());
    QVERIFY(view.isHighlighting());
    QTRY_COMPARE(colourOf(*text, 1, u"\"title\""_qs), expected(SyntaxToken::Key));
    QCOMPARE(colourOf(*text, 2, u"1965"_qs), expected(SyntaxToken::Number));

    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    view.setPalette(dark);
    QTRY_COMPARE(colourOf(*text, 1, u"\"title\""_qs), expected(SyntaxToken::Key, dark));

    view.setMode(bodyrender::Mode::Raw); // Raw stays as received, uncoloured
    QTRY_VERIFY(!view.isBusy());
    QVERIFY(!view.isHighlighting());
    QVERIFY(!colourOf(*text, 0, u"\"title\""_qs).isValid());

    // 60,000 objects: the first 2 MB pretty-printed is far more than 50,000 lines.
    view.setMode(bodyrender::Mode::Pretty);
    view.setBody(ResponseBody::fromBytes(bigJson(60000).toUtf8()),
                 QStringLiteral("application/json"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
    QVERIFY(text->document()->blockCount() > 50000);
    QVERIFY(!view.isHighlighting());
    QVERIFY(text->document()->findBlockByNumber(2).layout()->formats().isEmpty());
}

QTEST_MAIN(tst_SyntaxHighlighter)
#include "tst_syntaxhighlighter.moc"
