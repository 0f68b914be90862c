// The raw JSON body editor: errors in plain words with line and column, a marker at the spot
// (the line's background and a wavy underline under the character), gone when fixed.

#include "core/model/body.h"
#include "ui/request/bodyeditor.h"
#include "ui/widgets/codeeditor.h"

#include <QLabel>
#include <QTest>
#include <QTextBlock>

using namespace wirescope;

class tst_JsonErrorMarker final : public QObject
{
    Q_OBJECT

private slots:
    void trailingCommaIsNamedAndMarked();
    void markerFollowsTheLanguage();
};

namespace {

Body rawJson(const QString &text)
{
    Body body;
    body.kind = BodyKind::Raw;
    body.language = RawLanguage::Json;
    body.raw = text;
    return body;
}

/// The underlined stretch of @p editor's extra selections, or an empty string.
QString underlined(const CodeEditor &editor, int *line)
{
    for (const QTextEdit::ExtraSelection &s : editor.extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
            *line = s.cursor.block().blockNumber() + 1;
            return s.cursor.selectedText();
        }
    }
    return {};
}

} // namespace

void tst_JsonErrorMarker::trailingCommaIsNamedAndMarked()
{
    BodyEditor editor(nullptr);
    editor.show();
    auto *raw = editor.findChild<CodeEditor *>(QStringLiteral("bodyRawEdit"));
    auto *status = editor.findChild<QLabel *>(QStringLiteral("jsonStatusLabel"));
    QVERIFY(raw && status);
    editor.setBody(rawJson(QStringLiteral("{\n  \"a\": 1,\n  \"b\": [1, 2],\n}")));
    QCOMPARE(raw->syntax(), SyntaxLanguage::Json);
    QTRY_COMPARE(status->text(),
                 QStringLiteral("Invalid JSON: line 3, column 14: a trailing comma before }"));
    QCOMPARE(raw->errorLine(), 3);
    QCOMPARE(raw->errorColumn(), 14);
    QCOMPARE(raw->errorMessage(), QStringLiteral("a trailing comma before }"));
    int line = 0;
    QCOMPARE(underlined(*raw, &line), QStringLiteral(","));
    QCOMPARE(line, 3);

    // A missing comma, typed: the marker moves to it.
    editor.setBody(rawJson(QStringLiteral("[\n  1\n  2\n]")));
    QTRY_COMPARE(status->text(),
                 QStringLiteral("Invalid JSON: line 3, column 3: a missing comma between values"));
    QCOMPARE(underlined(*raw, &line), QStringLiteral("2"));
    QCOMPARE(line, 3);

    // Fixed: the status says so and the marker is gone.
    QTextCursor cursor(raw->document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(","));
    QTRY_COMPARE(status->text(), QStringLiteral("Valid JSON"));
    QCOMPARE(raw->errorLine(), 0);
    QVERIFY(raw->extraSelections().isEmpty());
}

void tst_JsonErrorMarker::markerFollowsTheLanguage()
{
    BodyEditor editor(nullptr);
    auto *raw = editor.findChild<CodeEditor *>(QStringLiteral("bodyRawEdit"));
    editor.setBody(rawJson(QStringLiteral("{\"a\": \"x}")));
    QTRY_COMPARE(raw->errorLine(), 1);
    QCOMPARE(raw->errorColumn(), 7); // the opening quote of the unterminated string

    // Not JSON any more: no JSON marker, and the colours follow the language.
    Body xml = rawJson(QStringLiteral("<a>{</a>"));
    xml.language = RawLanguage::Xml;
    editor.setBody(xml);
    QCOMPARE(raw->syntax(), SyntaxLanguage::Xml);
    QCOMPARE(raw->errorLine(), 0);
    QVERIFY(raw->extraSelections().isEmpty());
}

QTEST_MAIN(tst_JsonErrorMarker)
#include "tst_jsonerrormarker.moc"
