#include "tests/ui/scripteddialogs.h"
#include "ui/dialogs/codesnippetdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace wirescope;

class tst_CodeSnippetDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageAndVariables();
};

void tst_CodeSnippetDialog::everyLanguageAndVariables()
{
    Request request;
    request.method = QStringLiteral("POST");
    request.url = QStringLiteral("{{base}}/post");
    request.body.kind = BodyKind::Raw;
    request.body.language = RawLanguage::Json;
    request.body.raw = QStringLiteral(R"({"a":1})");
    VariableContext vars;
    vars.set(VariableScope::Environment, QStringLiteral("base"),
             QStringLiteral("http://127.0.0.1:8080"));

    ScriptedDialogs dialogs;
    CodeSnippetDialog dialog(request, vars, &dialogs);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("codeLanguage"));
    auto *resolve = dialog.findChild<QCheckBox *>(QStringLiteral("resolveVariables"));
    QVERIFY(language && resolve);
    QCOMPARE(language->count(), 7);
    for (int i = 0; i < language->count(); ++i) {
        language->setCurrentIndex(i);
        QVERIFY2(dialog.code().contains(QStringLiteral("http://127.0.0.1:8080/post")),
                 qPrintable(language->currentText() + u'\n' + dialog.code()));
    }
    dialog.selectLanguage(QStringLiteral("curl"));
    QVERIFY(dialog.code().startsWith(QStringLiteral("curl")));
    resolve->setChecked(false);
    QVERIFY2(dialog.code().contains(QStringLiteral("{{base}}/post")), qPrintable(dialog.code()));
}

QTEST_MAIN(tst_CodeSnippetDialog)
#include "tst_codesnippetdialog.moc"
