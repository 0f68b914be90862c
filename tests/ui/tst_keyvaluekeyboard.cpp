// Every key/value table takes the keyboard the same way: in the "add" row, type a name, Tab,
// type the value, Enter, and ONE row holds both (params, headers, form fields, variables,
// assertions). Driven with keys on the real views; Qt's "closeEditor called with an editor
// that does not belong to this view" fails the test.

#include "core/model/assertion.h"
#include "core/vars/variablecontext.h"
#include "tests/ui/scripteddialogs.h"
#include "ui/environments/environmenteditor.h"
#include "ui/environments/variablesmodel.h"
#include "ui/models/keyvaluemodel.h"
#include "ui/request/requesteditor.h"
#include "ui/runner/assertionseditor.h"
#include "ui/runner/assertionsmodel.h"
#include "ui/widgets/keyvaluetable.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace wirescope;

class tst_KeyValueKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void paramsNameTabValueEnterFillsOneRowAndTheUrl();
    void headersNameTabValueEnterFillsOneRow();
    void secondRowAfterTheFirst();
    void formFieldsNameTabValueEnterFillsOneRow();
    void variablesNameTabValueEnterFillsOneRow();
    void assertionsTargetTabPropertyEnterFillsOneRow();

private:
    static void typeText(const QString &text);
    static void press(Qt::Key key);
    static void startInPlaceholder(QTableView *view, int column);
    static void commitWithReturn(QTableView *view);
    /// In the "add" row: the name (or first cell), Tab, the value, Return.
    static void fillNewRow(QTableView *view, int column, const QString &name, const QString &value);
};

void tst_KeyValueKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_KeyValueKeyboard::init()
{
    // Qt warns this when a view is asked to close an editor it already dropped: the sign of
    // a model change under an open editor. It must never happen.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("closeEditor")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to this view")));
}

// Keys go where a keyboard sends them: to the widget with the focus (the cell editor).
void tst_KeyValueKeyboard::typeText(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, c.toLatin1());
    }
}

void tst_KeyValueKeyboard::press(Qt::Key key)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key);
}

void tst_KeyValueKeyboard::startInPlaceholder(QTableView *view, int column)
{
    // The offscreen platform leaves the window inactive after a completer's popup closed.
    QApplication::setActiveWindow(view->window());
    view->setFocus();
    const QModelIndex placeholder = view->model()->index(view->model()->rowCount() - 1, column);
    view->setCurrentIndex(placeholder);
    QVERIFY(view->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == view);
}

// The delegate commits a cell on Return from the event loop, as it does for a user.
void tst_KeyValueKeyboard::commitWithReturn(QTableView *view)
{
    press(Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(view->currentIndex())); // the cell editor closed
}

void tst_KeyValueKeyboard::fillNewRow(QTableView *view,
                                      int column,
                                      const QString &name,
                                      const QString &value)
{
    startInPlaceholder(view, column);
    typeText(name);
    press(Qt::Key_Tab);
    typeText(value);
    commitWithReturn(view);
}

namespace {

struct EditorWindow
{
    VariableContext context;
    RequestEditor editor{&context};

    EditorWindow()
    {
        editor.resize(900, 600);
        editor.show();
        QApplication::setActiveWindow(&editor);
    }
    KeyValueTable *table(const QString &name) const
    {
        return editor.findChild<KeyValueTable *>(name);
    }
    void showPage(QWidget *page)
    {
        auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("requestTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(page) || tabs->widget(i) == page)
                tabs->setCurrentIndex(i);
        }
    }
};

} // namespace

void tst_KeyValueKeyboard::paramsNameTabValueEnterFillsOneRowAndTheUrl()
{
    EditorWindow w;
    QVERIFY(QTest::qWaitForWindowActive(&w.editor));
    auto *url = w.editor.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    url->setFocus();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1/get"));
    KeyValueTable *params = w.table(QStringLiteral("paramsTable"));
    QAbstractItemModelTester tester(params->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillNewRow(params, KeyValueModel::NameColumn, QStringLiteral("alpha"), QStringLiteral("one"));

    const KeyValueList rows = params->keyValueModel()->rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).name, QStringLiteral("alpha"));
    QCOMPARE(rows.at(0).value, QStringLiteral("one"));
    QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1/get?alpha=one"));
    QCOMPARE(w.editor.request().url, QStringLiteral("http://127.0.0.1/get?alpha=one"));
    QCOMPARE(params->model()->rowCount(), 2); // the row and a fresh "Add parameter" row
}

void tst_KeyValueKeyboard::headersNameTabValueEnterFillsOneRow()
{
    EditorWindow w;
    KeyValueTable *headers = w.table(QStringLiteral("headersTable"));
    w.showPage(headers);
    QVERIFY(QTest::qWaitForWindowActive(&w.editor));
    QAbstractItemModelTester tester(headers->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillNewRow(headers, KeyValueModel::NameColumn, QStringLiteral("X-Trace"),
               QStringLiteral("abc"));

    const KeyValueList rows = headers->keyValueModel()->rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).name, QStringLiteral("X-Trace"));
    QCOMPARE(rows.at(0).value, QStringLiteral("abc"));
    QCOMPARE(w.editor.request().headers, rows);
}

void tst_KeyValueKeyboard::secondRowAfterTheFirst()
{
    // Right after the first row, the new "Add header" row takes the next one the same way.
    EditorWindow w;
    KeyValueTable *headers = w.table(QStringLiteral("headersTable"));
    w.showPage(headers);
    QVERIFY(QTest::qWaitForWindowActive(&w.editor));
    for (const auto &[name, value] : {std::pair{QStringLiteral("X-One"), QStringLiteral("1")},
                                      std::pair{QStringLiteral("X-Two"), QStringLiteral("2")}}) {
        fillNewRow(headers, KeyValueModel::NameColumn, name, value);
    }
    const KeyValueList rows = headers->keyValueModel()->rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).name, QStringLiteral("X-One"));
    QCOMPARE(rows.at(0).value, QStringLiteral("1"));
    QCOMPARE(rows.at(1).name, QStringLiteral("X-Two"));
    QCOMPARE(rows.at(1).value, QStringLiteral("2"));
}

void tst_KeyValueKeyboard::formFieldsNameTabValueEnterFillsOneRow()
{
    EditorWindow w;
    auto *formKind = w.editor.findChild<QRadioButton *>(QStringLiteral("bodyForm"));
    w.showPage(formKind);
    QVERIFY(QTest::qWaitForWindowActive(&w.editor));
    QTest::mouseClick(formKind, Qt::LeftButton);
    KeyValueTable *form = w.table(QStringLiteral("bodyFormTable"));
    QTRY_VERIFY(form->isVisible());
    fillNewRow(form, KeyValueModel::NameColumn, QStringLiteral("user"), QStringLiteral("ann"));

    const KeyValueList rows = form->keyValueModel()->rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).name, QStringLiteral("user"));
    QCOMPARE(rows.at(0).value, QStringLiteral("ann"));
    QCOMPARE(w.editor.request().body.form, rows);
}

void tst_KeyValueKeyboard::variablesNameTabValueEnterFillsOneRow()
{
    ScriptedDialogs dialogs;
    EnvironmentEditor editor({}, {}, &dialogs);
    editor.show();
    QApplication::setActiveWindow(&editor);
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *table = editor.findChild<QTableView *>(QStringLiteral("variablesTable"));
    QVERIFY(table);
    fillNewRow(table, VariablesModel::NameColumn, QStringLiteral("host"), QStringLiteral("local"));

    const auto *model = qobject_cast<VariablesModel *>(table->model());
    QVERIFY(model);
    QCOMPARE(model->variables().size(), 1);
    QCOMPARE(model->variables().at(0).name, QStringLiteral("host"));
    QCOMPARE(model->variables().at(0).value, QStringLiteral("local"));
}

void tst_KeyValueKeyboard::assertionsTargetTabPropertyEnterFillsOneRow()
{
    AssertionsEditor editor;
    editor.resize(800, 400);
    editor.show();
    QApplication::setActiveWindow(&editor);
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *table = editor.findChild<QTableView *>(QStringLiteral("assertionsTable"));
    QVERIFY(table);
    startInPlaceholder(table, AssertionsModel::TargetColumn);
    // The target's list opens on the current cell (or with F2); "h" picks "header"; Tab goes
    // on to the header's name.
    if (QApplication::focusWidget() == table)
        QTest::keyClick(table, Qt::Key_F2);
    typeText(QStringLiteral("h"));
    press(Qt::Key_Tab);
    typeText(QStringLiteral("Content-Type"));
    commitWithReturn(table);

    const AssertionList assertions = editor.assertions();
    QCOMPARE(assertions.size(), 1);
    QCOMPARE(assertions.at(0).target, Assertion::Target::Header);
    QCOMPARE(assertions.at(0).property, QStringLiteral("Content-Type"));
}

QTEST_MAIN(tst_KeyValueKeyboard)
#include "tst_keyvaluekeyboard.moc"
