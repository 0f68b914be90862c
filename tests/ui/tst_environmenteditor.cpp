#include "tests/ui/scripteddialogs.h"
#include "ui/environments/environmenteditor.h"
#include "ui/environments/variablesmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace wirescope;

class tst_EnvironmentEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variablesModelEditsAndMasks();
    void environmentsAddRenameDuplicateRemove();
    void renameAsksForTheName();
};

void tst_EnvironmentEditor::variablesModelEditsAndMasks()
{
    VariablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVariables(
        {Variable{QStringLiteral("base"), QStringLiteral("http://127.0.0.1"), true, false, {}}});
    QCOMPARE(model.rowCount(), 2); // + placeholder

    // Typing a name into the placeholder appends a variable.
    QVERIFY(model.setData(model.index(1, VariablesModel::NameColumn), QStringLiteral("token")));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.setData(model.index(1, VariablesModel::ValueColumn), QStringLiteral("s3cr3t")));
    QCOMPARE(model.index(1, VariablesModel::ValueColumn).data().toString(),
             QStringLiteral("s3cr3t"));

    // Marked secret: masked on display, clear for editing, revealed on request.
    QVERIFY(model.setData(model.index(1, VariablesModel::SecretColumn), Qt::Checked,
                          Qt::CheckStateRole));
    QCOMPARE(model.index(1, VariablesModel::ValueColumn).data().toString(),
             QString(8, QChar(0x2022)));
    QCOMPARE(model.index(1, VariablesModel::ValueColumn).data(Qt::EditRole).toString(),
             QStringLiteral("s3cr3t"));
    model.setRevealSecrets(true);
    QCOMPARE(model.index(1, VariablesModel::ValueColumn).data().toString(),
             QStringLiteral("s3cr3t"));

    QVERIFY(model.setData(model.index(0, VariablesModel::EnabledColumn), Qt::Unchecked,
                          Qt::CheckStateRole));
    QVERIFY(!model.variables().at(0).enabled);
    QVERIFY(!model.setData(model.index(0, VariablesModel::NameColumn), QStringLiteral("  ")));
    QVERIFY(model.variables().at(1).secret);
    QVERIFY(model.removeVariable(0));
    QCOMPARE(model.variables().size(), 1);
    QCOMPARE(model.variables().at(0).name, QStringLiteral("token"));
}

void tst_EnvironmentEditor::environmentsAddRenameDuplicateRemove()
{
    Environment staging;
    staging.name = QStringLiteral("staging");
    staging.variables = {
        Variable{QStringLiteral("base"), QStringLiteral("https://staging"), true, false, {}}};
    ScriptedDialogs dialogs;
    EnvironmentEditor editor({Variable{QStringLiteral("v"), QStringLiteral("1"), true, false, {}}},
                             {staging}, &dialogs);
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("environmentList"));
    auto *table = editor.findChild<QTableView *>(QStringLiteral("variablesTable"));
    QVERIFY(list && table);
    QCOMPARE(list->count(), 2);

    editor.selectEnvironment(QStringLiteral("staging"));
    QCOMPARE(table->model()->index(0, VariablesModel::ValueColumn).data().toString(),
             QStringLiteral("https://staging"));
    // Edit staging, switch away and back: the edit is kept.
    table->model()->setData(table->model()->index(0, VariablesModel::ValueColumn),
                            QStringLiteral("https://stage2"));
    list->setCurrentRow(0);
    QCOMPARE(table->model()->index(0, VariablesModel::NameColumn).data().toString(),
             QStringLiteral("v"));
    editor.selectEnvironment(QStringLiteral("staging"));
    QCOMPARE(table->model()->index(0, VariablesModel::ValueColumn).data().toString(),
             QStringLiteral("https://stage2"));

    editor.duplicateCurrent();
    QCOMPARE(editor.environments().size(), 2);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("staging copy"));
    QVERIFY(editor.renameCurrent(QStringLiteral("prod")));
    QVERIFY(!editor.renameCurrent(QStringLiteral("staging"))); // taken
    editor.addEnvironment(QStringLiteral("prod"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("prod 2"));
    editor.removeCurrent();
    editor.accept();

    const QList<Environment> result = editor.environments();
    QCOMPARE(result.size(), 2);
    QCOMPARE(result[0].name, QStringLiteral("staging"));
    QCOMPARE(result[0].variables[0].value, QStringLiteral("https://stage2"));
    QCOMPARE(result[1].name, QStringLiteral("prod"));
    QCOMPARE(result[1].variables[0].value, QStringLiteral("https://stage2"));
    QCOMPARE(editor.collectionVariables().size(), 1);
}

void tst_EnvironmentEditor::renameAsksForTheName()
{
    Environment staging;
    staging.name = QStringLiteral("staging");
    ScriptedDialogs dialogs;
    EnvironmentEditor editor({}, {staging}, &dialogs);
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("environmentList"));
    auto *rename = editor.findChild<QPushButton *>(QStringLiteral("renameEnvironment"));
    QVERIFY(list && rename);
    editor.selectEnvironment(QStringLiteral("staging"));

    dialogs.answerText(std::nullopt); // Cancel
    QTest::mouseClick(rename, Qt::LeftButton);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("staging"));
    dialogs.answerText(QStringLiteral("qa"));
    QTest::mouseClick(rename, Qt::LeftButton);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("qa"));
    const QList<ScriptedDialogs::Asked> asked = dialogs.messages(QStringLiteral("text"));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.last().title, QStringLiteral("Rename Environment"));
    QCOMPARE(asked.last().text, QStringLiteral("Name: [staging]")); // offered the current name
    QCOMPARE(editor.environments().first().name, QStringLiteral("qa"));
    QVERIFY(dialogs.unanswered().isEmpty());
}

QTEST_MAIN(tst_EnvironmentEditor)
#include "tst_environmenteditor.moc"
