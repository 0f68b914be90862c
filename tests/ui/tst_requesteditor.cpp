// RequestEditor: URL <-> params sync both ways, URL validation shown under the URL bar, and
// the request value type round trip.

#include "core/vars/variablecontext.h"
#include "ui/models/keyvaluemodel.h"
#include "ui/request/requesteditor.h"
#include "ui/widgets/keyvaluetable.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace wirescope;

class tst_RequestEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typedUrlFillsParamsTable();
    void editingParamCellUpdatesUrl();
    void typingNewParamRowAddsItToUrl();
    void uncheckingParamRemovesItFromUrl();
    void disabledParamSurvivesUrlEdits();
    void pathVariablesFollowUrl();
    void badUrlShowsErrorNamingProblem_data();
    void badUrlShowsErrorNamingProblem();
    void unresolvedVariableIsAWarningNotAnError();
    void emptyUrlBlocksSend();
    void sendButtonAndReturnEmitSend();
    void busyButtonCancels();
    void jsonBodyValidatedLive();
    void requestRoundTrip();
    void ignoredTlsErrorGoesIntoSettings();

private:
    QLineEdit *url() const { return m_editor->findChild<QLineEdit *>(QStringLiteral("urlEdit")); }
    KeyValueTable *params() const
    {
        return m_editor->findChild<KeyValueTable *>(QStringLiteral("paramsTable"));
    }
    QLabel *errorLabel() const
    {
        return m_editor->findChild<QLabel *>(QStringLiteral("urlErrorLabel"));
    }
    void typeUrl(const QString &text);

    VariableContext m_context;
    RequestEditor *m_editor = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_RequestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_context.set(VariableScope::Environment, QStringLiteral("host"),
                  QStringLiteral("example.com"));
}

void tst_RequestEditor::init()
{
    m_editor = new RequestEditor(&m_context);
    m_editor->resize(900, 600);
    m_editor->show();
    QApplication::setActiveWindow(m_editor);
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
    QVERIFY(url());
    QVERIFY(params());
    QVERIFY(errorLabel());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        params()->keyValueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_RequestEditor::cleanup()
{
    m_tester.reset();
    delete m_editor;
    m_editor = nullptr;
}

void tst_RequestEditor::typeUrl(const QString &text)
{
    url()->setFocus();
    url()->selectAll();
    QTest::keyClicks(url(), text);
    QCOMPARE(url()->text(), text);
}

void tst_RequestEditor::typedUrlFillsParamsTable()
{
    typeUrl(QStringLiteral("http://example.com/get?x=1&name=two&flag"));
    const KeyValueList rows = params()->keyValueModel()->rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).name, QStringLiteral("x"));
    QCOMPARE(rows.at(0).value, QStringLiteral("1"));
    QCOMPARE(rows.at(1).name, QStringLiteral("name"));
    QCOMPARE(rows.at(1).value, QStringLiteral("two"));
    QCOMPARE(rows.at(2).name, QStringLiteral("flag"));
    QCOMPARE(rows.at(2).value, QString());
    // What the table shows, not only what the model holds.
    QCOMPARE(params()->model()->index(1, KeyValueModel::ValueColumn).data().toString(),
             QStringLiteral("two"));
    QCOMPARE(m_editor->request().queryParams, rows);
    QVERIFY(errorLabel()->isHidden());

    // Deleting the query again empties the table.
    for (int i = 0; i < 18; ++i)
        QTest::keyClick(url(), Qt::Key_Backspace);
    QCOMPARE(url()->text(), QStringLiteral("http://example.com/get"));
    QVERIFY(params()->keyValueModel()->rows().isEmpty());
}

void tst_RequestEditor::editingParamCellUpdatesUrl()
{
    typeUrl(QStringLiteral("http://example.com/get?x=1&y=2"));
    KeyValueTable *table = params();
    const QModelIndex cell = table->model()->index(0, KeyValueModel::ValueColumn);
    table->setFocus();
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cellEditor);
    cellEditor->selectAll();
    QTest::keyClicks(cellEditor, QStringLiteral("42"));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QTRY_COMPARE(url()->text(), QStringLiteral("http://example.com/get?x=42&y=2"));

    // The name column too.
    const QModelIndex name = table->model()->index(1, KeyValueModel::NameColumn);
    table->setCurrentIndex(name);
    table->edit(name);
    cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cellEditor);
    cellEditor->selectAll();
    QTest::keyClicks(cellEditor, QStringLiteral("why"));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QTRY_COMPARE(url()->text(), QStringLiteral("http://example.com/get?x=42&why=2"));
}

void tst_RequestEditor::typingNewParamRowAddsItToUrl()
{
    typeUrl(QStringLiteral("http://example.com/get"));
    KeyValueTable *table = params();
    QCOMPARE(table->model()->rowCount(), 1); // only the "Add parameter" row
    const QModelIndex placeholder = table->model()->index(0, KeyValueModel::NameColumn);
    table->setFocus();
    table->setCurrentIndex(placeholder);
    table->edit(placeholder);
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cellEditor);
    QTest::keyClicks(cellEditor, QStringLiteral("page"));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QTRY_COMPARE(url()->text(), QStringLiteral("http://example.com/get?page"));
    QVERIFY(params()->keyValueModel()->setData(table->model()->index(0, KeyValueModel::ValueColumn),
                                               QStringLiteral("3")));
    QCOMPARE(url()->text(), QStringLiteral("http://example.com/get?page=3"));
}

void tst_RequestEditor::uncheckingParamRemovesItFromUrl()
{
    typeUrl(QStringLiteral("http://example.com/get?x=1&y=2"));
    KeyValueModel *model = params()->keyValueModel();
    QVERIFY(model->setData(model->index(0, KeyValueModel::NameColumn), Qt::Unchecked,
                           Qt::CheckStateRole));
    QCOMPARE(url()->text(), QStringLiteral("http://example.com/get?y=2"));
    QCOMPARE(model->rows().size(), 2); // the disabled row stays in the table
    QVERIFY(!model->rows().at(0).enabled);
    QVERIFY(model->setData(model->index(0, KeyValueModel::NameColumn), Qt::Checked,
                           Qt::CheckStateRole));
    QCOMPARE(url()->text(), QStringLiteral("http://example.com/get?x=1&y=2"));
}

void tst_RequestEditor::disabledParamSurvivesUrlEdits()
{
    typeUrl(QStringLiteral("http://example.com/get?x=1&y=2"));
    KeyValueModel *model = params()->keyValueModel();
    QVERIFY(model->setData(model->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    url()->end(false);
    QTest::keyClicks(url(), QStringLiteral("&z=3"));
    QCOMPARE(url()->text(), QStringLiteral("http://example.com/get?y=2&z=3"));
    const KeyValueList rows = model->rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).name, QStringLiteral("x"));
    QVERIFY(!rows.at(0).enabled);
    QCOMPARE(rows.at(2).name, QStringLiteral("z"));
}

void tst_RequestEditor::pathVariablesFollowUrl()
{
    auto *path = m_editor->findChild<KeyValueTable *>(QStringLiteral("pathVariablesTable"));
    QVERIFY(path);
    QVERIFY(path->isHidden());
    typeUrl(QStringLiteral("http://example.com/users/:id/posts/:post"));
    QCOMPARE(path->keyValueModel()->rows().size(), 2);
    QCOMPARE(path->keyValueModel()->rows().at(1).name, QStringLiteral("post"));
    QVERIFY(path->isVisible());
    QVERIFY(path->keyValueModel()->setData(path->model()->index(0, KeyValueModel::ValueColumn),
                                           QStringLiteral("7")));
    QCOMPARE(m_editor->request().pathVariables.at(0).value, QStringLiteral("7"));
}

void tst_RequestEditor::badUrlShowsErrorNamingProblem_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("scheme") << QStringLiteral("ftp://example.com/file")
                            << QStringLiteral("\"ftp\"");
    QTest::newRow("no host") << QStringLiteral("http:///path") << QStringLiteral("host");
    QTest::newRow("bad port") << QStringLiteral("http://example.com:99999/")
                              << QStringLiteral("port");
}

void tst_RequestEditor::badUrlShowsErrorNamingProblem()
{
    QFETCH(QString, typed);
    QFETCH(QString, mentions);
    typeUrl(typed);
    QVERIFY(errorLabel()->isVisible());
    QVERIFY2(errorLabel()->text().contains(mentions, Qt::CaseInsensitive),
             qPrintable(errorLabel()->text()));
    QCOMPARE(m_editor->urlError(), errorLabel()->text());
    QVERIFY(!m_editor->validateForSend());

    // Fixing the URL clears the message.
    typeUrl(QStringLiteral("https://example.com/"));
    QVERIFY(errorLabel()->isHidden());
    QVERIFY(m_editor->urlError().isEmpty());
    QVERIFY(m_editor->validateForSend());
}

void tst_RequestEditor::unresolvedVariableIsAWarningNotAnError()
{
    typeUrl(QStringLiteral("{{base}}/get"));
    QVERIFY(errorLabel()->isVisible());
    QVERIFY(errorLabel()->text().contains(QStringLiteral("base")));
    QVERIFY(m_editor->urlError().isEmpty());
    QVERIFY(m_editor->validateForSend());

    // A defined variable is filled in before validating.
    typeUrl(QStringLiteral("https://{{host}}/get"));
    QVERIFY(errorLabel()->isHidden());
}

void tst_RequestEditor::emptyUrlBlocksSend()
{
    QVERIFY(errorLabel()->isHidden()); // nothing to complain about before the user acts
    QVERIFY(!m_editor->validateForSend());
    QVERIFY(errorLabel()->isVisible());
    QVERIFY(!m_editor->urlError().isEmpty());
}

void tst_RequestEditor::sendButtonAndReturnEmitSend()
{
    QSignalSpy send(m_editor, &RequestEditor::sendRequested);
    typeUrl(QStringLiteral("http://example.com/"));
    QTest::keyClick(url(), Qt::Key_Return);
    QCOMPARE(send.count(), 1);
    auto *button = m_editor->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Send"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(send.count(), 2);
}

void tst_RequestEditor::busyButtonCancels()
{
    QSignalSpy send(m_editor, &RequestEditor::sendRequested);
    QSignalSpy cancel(m_editor, &RequestEditor::cancelRequested);
    m_editor->setBusy(true);
    auto *button = m_editor->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QCOMPARE(button->text(), QStringLiteral("Cancel"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);
    QCOMPARE(send.count(), 0);
    m_editor->setBusy(false);
    QCOMPARE(button->text(), QStringLiteral("Send"));
}

void tst_RequestEditor::jsonBodyValidatedLive()
{
    auto *tabs = m_editor->findChild<QTabWidget *>(QStringLiteral("requestTabs"));
    tabs->setCurrentIndex(2);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Body"));
    auto *raw = m_editor->findChild<QRadioButton *>(QStringLiteral("bodyRaw"));
    QTest::mouseClick(raw, Qt::LeftButton);
    QVERIFY(raw->isChecked());
    auto *language = m_editor->findChild<QComboBox *>(QStringLiteral("bodyLanguageCombo"));
    language->setCurrentIndex(language->findText(QStringLiteral("JSON")));
    auto *edit = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyRawEdit"));
    QVERIFY(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("{\"a\": }"));
    auto *status = m_editor->findChild<QLabel *>(QStringLiteral("jsonStatusLabel"));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Invalid JSON: line 1, column")),
                 qPrintable(status->text()));

    // Variables are filled in before checking, as when sending.
    m_context.set(VariableScope::Local, QStringLiteral("n"), QStringLiteral("5"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("{\"a\": {{n}}}"));
    QTRY_COMPARE(status->text(), QStringLiteral("Valid JSON"));
    m_context.remove(VariableScope::Local, QStringLiteral("n"));

    const Request r = m_editor->request();
    QCOMPARE(r.body.kind, BodyKind::Raw);
    QCOMPARE(r.body.language, RawLanguage::Json);
    QCOMPARE(r.body.raw, QStringLiteral("{\"a\": {{n}}}"));

    // Beautify keeps key order.
    edit->setPlainText(QStringLiteral("{\"z\":1,\"a\":[]}"));
    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("beautifyButton")),
                      Qt::LeftButton);
    QCOMPARE(edit->toPlainText(), QStringLiteral("{\n  \"z\": 1,\n  \"a\": []\n}"));
}

void tst_RequestEditor::requestRoundTrip()
{
    Request r;
    r.id = QStringLiteral("id-1");
    r.name = QStringLiteral("Named");
    r.method = QStringLiteral("PROPFIND");
    r.url = QStringLiteral("https://example.com/items/:id?q=1");
    r.queryParams = {KeyValue{QStringLiteral("q"), QStringLiteral("1"), true, {}},
                     KeyValue{QStringLiteral("off"), QStringLiteral("x"), false, {}}};
    r.pathVariables = {KeyValue{QStringLiteral("id"), QStringLiteral("5"), true, {}}};
    r.headers = {KeyValue{QStringLiteral("X-A"), QStringLiteral("1"), true, {}},
                 KeyValue{QStringLiteral("X-B"), QStringLiteral("2"), false, {}}};
    r.body.kind = BodyKind::Raw;
    r.body.language = RawLanguage::Json;
    r.body.raw = QStringLiteral("{\"a\": 1}");
    r.body.form = {KeyValue{QStringLiteral("f"), QStringLiteral("v"), true, {}}};
    r.auth.kind = AuthKind::ApiKey;
    r.auth.apiKeyName = QStringLiteral("X-Key");
    r.auth.apiKeyValue = QStringLiteral("{{secret}}");
    r.auth.apiKeyLocation = ApiKeyLocation::Query;
    r.settings.timeoutMs = 1500;
    r.settings.followRedirects = false;
    r.settings.maxRedirects = 3;
    r.settings.httpVersion = HttpVersionPolicy::Http1Only;
    r.settings.tls.insecure = true;
    r.settings.proxy.mode = ProxyMode::None; // not shown, must survive
    r.settings.maxResponseBytes = 5 * 1024 * 1024;
    r.description = QStringLiteral("kept");

    m_editor->setRequest(r);
    QCOMPARE(m_editor->request(), r);
    auto *method = m_editor->findChild<QComboBox *>(QStringLiteral("methodCombo"));
    QCOMPARE(method->currentText(), QStringLiteral("PROPFIND"));
    QCOMPARE(url()->text(), r.url);
}

void tst_RequestEditor::ignoredTlsErrorGoesIntoSettings()
{
    const IgnoredTlsError e{11, QStringLiteral("AB:CD")};
    m_editor->addIgnoredTlsError(e);
    m_editor->addIgnoredTlsError(e); // once only
    QCOMPARE(m_editor->request().settings.tls.ignoredErrors, QList<IgnoredTlsError>{e});
}

QTEST_MAIN(tst_RequestEditor)
#include "tst_requesteditor.moc"
