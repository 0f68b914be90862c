#include "core/http/httpclient.h"
#include "core/secrets/secretstore.h"
#include "tests/support/testenv.h"
#include "tests/ui/scripteddialogs.h"
#include "ui/collections/collectiondocument.h"
#include "ui/response/responseview.h"
#include "ui/runner/assertionseditor.h"
#include "ui/runner/assertionsmodel.h"
#include "ui/runner/capturesmodel.h"
#include "ui/runner/runnerpane.h"
#include "ui/runner/runresultsview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
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
    void scriptVariablesPersistAndConsoleShows();
    void environmentBoxFollowsTheActiveEnvironment();

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
    QAbstractItemModelTester t1(assertions->model(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(captures->model(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
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
    AssertionResult fail{editor.assertions()[0], false, QStringLiteral("\"x\""),
                         QStringLiteral("is a string, expected number")};
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

    // Selecting a result shows its response and its checks beside the list (issue 26, 5).
    pane.resize(1000, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Home);
    QTest::keyClick(results, Qt::Key_Down);
    QCOMPARE(results->currentItem(), results->topLevelItem(1));
    const std::optional<Exchange> &shown = pane.results()->response()->exchange();
    QVERIFY(shown && shown->response);
    QCOMPARE(shown->response->status, 503);
    const QString checks = pane.results()->checks()->toPlainText();
    QVERIFY2(checks.contains(QStringLiteral("✗ status eq 200")), qPrintable(checks));
    // The pane stays low: the Runner dock never pushes the window past the screen.
    QVERIFY2(pane.minimumSizeHint().height() <= 320,
             qPrintable(QString::number(pane.minimumSizeHint().height())));

    // Export: JSON, JUnit and HTML, each read back.
    ScriptedDialogs dialogs;
    pane.setDialogs(&dialogs);
    QTemporaryDir out;
    auto *exportButton = pane.findChild<QPushButton *>(QStringLiteral("runnerExport"));
    QVERIFY(exportButton->isEnabled());
    const QList<QAction *> formats = exportButton->menu()->actions();
    QCOMPARE(formats.size(), 3);
    const QStringList names{QStringLiteral("run.json"), QStringLiteral("run.xml"),
                            QStringLiteral("run.html")};
    for (int i = 0; i < 3; ++i) {
        dialogs.answerFile(out.filePath(names[i]));
        formats[i]->trigger();
        QFile file(out.filePath(names[i]));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(names[i]));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("broken"), qPrintable(names[i]));
    }
    QVERIFY(dialogs.unanswered().isEmpty());
    QFile json(out.filePath(names[0]));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll())
                 .object()
                 .value(QStringLiteral("summary"))
                 .toObject()
                 .value(QStringLiteral("requestsFailed"))
                 .toInt(),
             1);
    QFile html(out.filePath(names[2]));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("<tr class=\"fail\"><td>fail</td>"));

    QTest::mouseClick(rerun, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("broken"));
    QCOMPARE(pane.lastSummary().requests, 1);
}

void tst_RunnerPane::scriptVariablesPersistAndConsoleShows()
{
    // As Postman's runner: what the scripts set lands in the collection and in the chosen
    // environment (a secret stays secret, so saving puts it in the keychain, not the files);
    // console lines show in the Console tab; failed script tests show in the results.
    QTemporaryDir dir;
    SecretStore secrets(SecretStore::Backend::SessionOnly);
    const QString path = dir.filePath(QStringLiteral("c"));
    CollectionDocument document(path, &secrets);
    document.createNew(QStringLiteral("Scripted run"));
    const QString base = m_servers.httpbin.toString(QUrl::StripTrailingSlash);
    Environment dev{QStringLiteral("dev"),
                    {Variable{QStringLiteral("apiKey"), QStringLiteral("old-key"), true, true, {}},
                     Variable{QStringLiteral("gone"), QStringLiteral("x"), true, false, {}}}};
    Environment other{QStringLiteral("other"), {}};
    document.setEnvironments({dev, other});
    document.setVariables({Variable{QStringLiteral("base"), base, true, false, {}}});
    HttpItem login;
    login.request.id = newItemId();
    login.request.name = QStringLiteral("login");
    login.request.method = QStringLiteral("POST");
    login.request.url = QStringLiteral("{{base}}/post");
    login.request.body.kind = BodyKind::Raw;
    login.request.body.language = RawLanguage::Json;
    login.request.body.raw = QStringLiteral("{\"key\": \"rotated-key-9\"}");
    login.scripts = {ImportedScript{QStringLiteral("test"), QStringLiteral(R"(
var key = pm.response.json().json.key;
pm.environment.set('apiKey', key + '-' + pm.response.code);
pm.environment.unset('gone');
pm.collectionVariables.set('loggedIn', 'yes');
pm.globals.set('runGlobal', 'g1');
console.log('rotated to', pm.environment.get('apiKey'));
console.warn('careful');
)")}};
    HttpItem use;
    use.request.id = newItemId();
    use.request.name = QStringLiteral("use");
    use.request.url = QStringLiteral("{{base}}/headers");
    use.request.headers = {
        KeyValue{QStringLiteral("X-Key"), QStringLiteral("{{apiKey}}"), true, {}}};
    use.scripts = {ImportedScript{QStringLiteral("test"), QStringLiteral(R"(
pm.test('key from the first request', function () {
    pm.expect(pm.response.json().headers['X-Key']).to.equal('rotated-key-9' + '-' + 200);
});
pm.test('deliberately failing', function () { pm.expect(1).to.equal(2); });
)")}};
    QVERIFY(document.insertItem({}, 99, CollectionItem{login}, QStringLiteral("add")));
    QVERIFY(document.insertItem({}, 99, CollectionItem{use}, QStringLiteral("add")));
    QVERIFY(document.save().ok());
    QVERIFY(!document.isModified());

    HttpClient client;
    RunnerPane pane(&client);
    pane.setDocuments({&document});
    auto *environment = pane.findChild<QComboBox *>(QStringLiteral("runnerEnvironment"));
    QVERIFY(environment);
    environment->setCurrentIndex(environment->findData(QStringLiteral("dev")));
    QSignalSpy finished(&pane, &RunnerPane::runFinished);
    QSignalSpy changed(&pane, &RunnerPane::scriptVariablesChanged);
    QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("runnerRun")), Qt::LeftButton);
    QVERIFY(finished.wait(20000));

    auto *results = pane.findChild<QTreeWidget *>(QStringLiteral("runnerResults"));
    QCOMPARE(results->topLevelItemCount(), 2);
    QCOMPARE(results->topLevelItem(1)->text(0), QStringLiteral("✗ fail"));
    QVERIFY2(results->topLevelItem(1)->text(6).contains(
                 QStringLiteral("deliberately failing: expected 1 to equal 2")),
             qPrintable(results->topLevelItem(1)->text(6)));
    QVERIFY2(
        !results->topLevelItem(1)->text(6).contains(QStringLiteral("key from the first request")),
        qPrintable(results->topLevelItem(1)->text(6)));

    const QString summary = pane.findChild<QLabel *>(QStringLiteral("runnerSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("; 2 script tests, 1 failed, 0 script errors;")),
             qPrintable(summary));
    auto *console = pane.findChild<QPlainTextEdit *>(QStringLiteral("runnerConsole"));
    QVERIFY(console);
    QCOMPARE(
        console->toPlainText(),
        QStringLiteral("login \u203a rotated to rotated-key-9-200\nlogin \u203a warn: careful"));
    auto *tabs = pane.findChild<QTabWidget *>(QStringLiteral("runnerTabs"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Console (2)"));

    // Written into the document, as an unsaved edit.
    QVERIFY(document.isModified());
    const Collection &c = document.collection();
    const auto find = [](const VariableList &list, const QString &name) -> const Variable * {
        for (const Variable &v : list) {
            if (v.name == name)
                return &v;
        }
        return nullptr;
    };
    const Environment *devAfter = nullptr;
    for (const Environment &e : c.environments) {
        if (e.name == u"dev")
            devAfter = &e;
    }
    QVERIFY(devAfter);
    const Variable *key = find(devAfter->variables, QStringLiteral("apiKey"));
    QVERIFY(key);
    QCOMPARE(key->value, QStringLiteral("rotated-key-9-200"));
    QVERIFY(key->secret);
    QVERIFY(!find(devAfter->variables, QStringLiteral("gone")));
    QVERIFY(c.environments.value(1).variables.isEmpty()); // the other environment is untouched
    const Variable *loggedIn = find(c.variables, QStringLiteral("loggedIn"));
    QVERIFY(loggedIn);
    QCOMPARE(loggedIn->value, QStringLiteral("yes"));
    // Globals are the window's to keep: the pane hands them on.
    QVERIFY(!changed.isEmpty());
    const ScriptVariables after = changed.last().at(1).value<ScriptVariables>();
    QCOMPARE(after.value(ScriptScope::Global, QStringLiteral("runGlobal")),
             QJsonValue(QStringLiteral("g1")));

    // Saving keeps the rotated secret out of the files and in the secret store.
    QVERIFY(document.save().ok());
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("rotated-key-9-200"), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 3);
    CollectionDocument reloaded(path, &secrets);
    QSignalSpy secretsLoaded(&reloaded, &CollectionDocument::secretsLoaded);
    QVERIFY(reloaded.load().ok());
    QVERIFY(secretsLoaded.wait(5000));
    const Variable *reloadedKey = nullptr;
    for (const Environment &e : reloaded.collection().environments) {
        if (e.name == u"dev")
            reloadedKey = find(e.variables, QStringLiteral("apiKey"));
    }
    QVERIFY(reloadedKey);
    QCOMPARE(reloadedKey->value, QStringLiteral("rotated-key-9-200"));
}

void tst_RunnerPane::environmentBoxFollowsTheActiveEnvironment()
{
    // As Postman's runner: the box starts at the window's active environment and follows it.
    QTemporaryDir dir;
    CollectionDocument document(dir.filePath(QStringLiteral("c")), nullptr);
    document.createNew(QStringLiteral("Environments"));
    document.setEnvironments(
        {Environment{QStringLiteral("dev"), {}}, Environment{QStringLiteral("staging"), {}}});
    HttpClient client;
    RunnerPane pane(&client);
    QString active = QStringLiteral("staging");
    pane.setActiveEnvironmentSource(
        [&](const CollectionDocument *d) { return d == &document ? active : QString(); });
    pane.setDocuments({&document});
    auto *box = pane.findChild<QComboBox *>(QStringLiteral("runnerEnvironment"));
    QVERIFY(box);
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->currentData().toString(), QStringLiteral("staging"));

    active = QStringLiteral("dev");
    pane.activeEnvironmentChanged(&document);
    QCOMPARE(box->currentData().toString(), QStringLiteral("dev"));
    active.clear(); // "No environment" in the window
    pane.activeEnvironmentChanged(&document);
    QCOMPARE(box->currentIndex(), 0);
    active = QStringLiteral("gone"); // a name the collection does not have
    pane.activeEnvironmentChanged(&document);
    QCOMPARE(box->currentIndex(), 0);
}

QTEST_MAIN(tst_RunnerPane)
#include "tst_runnerpane.moc"
