#include "core/http/httpclient.h"
#include "tests/support/testenv.h"
#include "ui/collections/collectiondocument.h"
#include "ui/runner/assertionseditor.h"
#include "ui/runner/assertionsmodel.h"
#include "ui/runner/capturesmodel.h"
#include "ui/runner/runnerpane.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace wirescope;

class tst_RunnerPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void assertionsEditorModels();
    void runsAndRerunsFailed();

private:
    test::TestServers m_servers;
};

void tst_RunnerPane::initTestCase()
{
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
}

void tst_RunnerPane::assertionsEditorModels()
{
    AssertionsEditor editor;
    auto *assertions = editor.findChild<QTableView *>(QStringLiteral("assertionsTable"));
    auto *captures = editor.findChild<QTableView *>(QStringLiteral("capturesTable"));
    QVERIFY(assertions && captures);
    QAbstractItemModelTester t1(assertions->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(captures->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&editor, &AssertionsEditor::edited);

    QAbstractItemModel *a = assertions->model();
    QVERIFY(a->setData(a->index(0, AssertionsModel::TargetColumn), QStringLiteral("jsonpath")));
    QVERIFY(a->setData(a->index(0, AssertionsModel::PropertyColumn), QStringLiteral("$.id")));
    QVERIFY(a->setData(a->index(0, AssertionsModel::OpColumn), QStringLiteral("type")));
    QVERIFY(a->setData(a->index(0, AssertionsModel::ExpectedColumn), QStringLiteral("number")));
    QVERIFY(!a->setData(a->index(0, AssertionsModel::OpColumn), QStringLiteral("approximately")));
    QVERIFY(a->setData(a->index(1, AssertionsModel::TargetColumn), QStringLiteral("status")));
    QCOMPARE(editor.assertions().size(), 2);
    QCOMPARE(editor.assertions()[0].describe(), QStringLiteral("jsonpath $.id type number"));
    QCOMPARE(editor.assertions()[1].describe(), QStringLiteral("status eq 200"));

    QAbstractItemModel *c = captures->model();
    QVERIFY(c->setData(c->index(0, CapturesModel::VariableColumn), QStringLiteral("token")));
    QVERIFY(c->setData(c->index(0, CapturesModel::ExpressionColumn), QStringLiteral("$.token")));
    QVERIFY(c->setData(c->index(0, CapturesModel::SourceColumn), QStringLiteral("header")));
    QCOMPARE(editor.captures().size(), 1);
    QCOMPARE(editor.captures()[0].source, Capture::Source::Header);
    QVERIFY(edited.size() >= 8);

    AssertionResult pass{editor.assertions()[1], true, QStringLiteral("200"), {}};
    AssertionResult fail{editor.assertions()[0], false, QStringLiteral("\"x\""), QStringLiteral("is a string, expected number")};
    editor.showResults({pass, fail}, {});
    auto *results = editor.findChild<QTreeWidget *>(QStringLiteral("assertionResults"));
    QCOMPARE(results->topLevelItemCount(), 2);
    QCOMPARE(results->topLevelItem(1)->text(3), QStringLiteral("is a string, expected number"));
    QCOMPARE(AssertionsEditor::summary({pass, fail}), QStringLiteral("1 of 2 passed"));
}

void tst_RunnerPane::runsAndRerunsFailed()
{
    QTemporaryDir dir;
    CollectionDocument document(dir.filePath(QStringLiteral("c")), nullptr);
    document.createNew(QStringLiteral("Runner test"));
    const QString base = m_servers.httpbin.toString(QUrl::StripTrailingSlash);
    auto add = [&](const QString &name, const QString &path, const QString &expectedStatus) {
        HttpItem h;
        h.request.id = newItemId();
        h.request.name = name;
        h.request.url = base + path;
        Assertion a;
        a.expected = expectedStatus;
        h.assertions = {a};
        QVERIFY(document.insertItem({}, 99, CollectionItem{h}, QStringLiteral("add")));
    };
    add(QStringLiteral("ok"), QStringLiteral("/get"), QStringLiteral("200"));
    add(QStringLiteral("broken"), QStringLiteral("/status/503"), QStringLiteral("200"));

    HttpClient client;
    RunnerPane pane(&client);
    pane.setDocuments({&document});
    QSignalSpy finished(&pane, &RunnerPane::runFinished);
    auto *runButton = pane.findChild<QPushButton *>(QStringLiteral("runnerRun"));
    auto *rerun = pane.findChild<QPushButton *>(QStringLiteral("runnerRerunFailed"));
    auto *results = pane.findChild<QTreeWidget *>(QStringLiteral("runnerResults"));
    auto *summary = pane.findChild<QLabel *>(QStringLiteral("runnerSummary"));
    QVERIFY(!rerun->isEnabled());
    QTest::mouseClick(runButton, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(results->topLevelItemCount(), 2);
    QCOMPARE(results->topLevelItem(0)->text(4), QStringLiteral("200"));
    QCOMPARE(results->topLevelItem(1)->text(4), QStringLiteral("503"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("FAILED")), qPrintable(summary->text()));
    QCOMPARE(pane.lastSummary().requestsFailed, 1);
    QVERIFY(rerun->isEnabled());

    QTest::mouseClick(rerun, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("broken"));
    QCOMPARE(pane.lastSummary().requests, 1);
}

QTEST_MAIN(tst_RunnerPane)
#include "tst_runnerpane.moc"
