// RequestEditor: URL <-> params sync both ways, URL validation shown under the URL bar, and
// the request value type round trip.

#include "core/vars/variablecontext.h"
#include "tests/ui/scripteddialogs.h"
#include "ui/models/keyvaluemodel.h"
#include "ui/request/headerdelegate.h"
#include "ui/request/multiparteditor.h"
#include "ui/request/requesteditor.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/keyvaluetable.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
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
    void unresolvedUrlVariableWarnsThenBlocksSendWithFixes();
    void emptyUrlBlocksSend();
    void sendButtonAndReturnEmitSend();
    void busyButtonCancels();
    void jsonBodyValidatedLive();
    void requestRoundTrip();
    void oauth2SettingsSurviveTheEditor();
    void ignoredTlsErrorGoesIntoSettings();
    void headerNameAndValueCompletion();
    void proxyAndTlsFilesEditedInSettings();
    void multipartPartsTable();
    void graphqlBodyMakesGetAPost();
    void jwtPageEditsTheAuth();
    void awsPageEditsTheAuth();
    void oauth1PageEditsTheAuth();
    void hawkPageEditsTheAuth();
    void fileChoosersAskThroughTheSeam();

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

void tst_RequestEditor::unresolvedUrlVariableWarnsThenBlocksSendWithFixes()
{
    // While typing: a warning that names the variable in the user's spelling.
    typeUrl(QStringLiteral("{{base}}/get"));
    QVERIFY(errorLabel()->isVisible());
    QVERIFY(m_editor->urlError().isEmpty());
    QCOMPARE(m_editor->unresolvedUrlVariables(), QStringList{QStringLiteral("base")});
    QVERIFY2(errorLabel()->text().contains(QStringLiteral("{{base}} is not defined in any scope")),
             qPrintable(errorLabel()->text()));

    // On Send: an error, nothing sent, and never Qt's parser text about "%7B".
    QVERIFY(!m_editor->validateForSend());
    const QString error = m_editor->urlError();
    QVERIFY2(error.startsWith(QStringLiteral(
                 "{{base}} is not defined in any scope (no environment is active).")),
             qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("%7B")));
    QVERIFY(!error.contains(QStringLiteral("source was")));

    // The links under it do the fix.
    QSignalSpy fixes(m_editor, &RequestEditor::fixRequested);
    emit errorLabel()->linkActivated(QStringLiteral("fix:variables"));
    emit errorLabel()->linkActivated(QStringLiteral("fix:environment"));
    QCOMPARE(fixes.count(), 2);
    QCOMPARE(fixes.at(0).first().value<RequestEditor::Fix>(), RequestEditor::Fix::EditVariables);
    QCOMPARE(fixes.at(1).first().value<RequestEditor::Fix>(), RequestEditor::Fix::PickEnvironment);
    QVERIFY(errorLabel()->text().contains(QStringLiteral("href=\"fix:variables\"")));

    // A defined variable is filled in before validating.
    typeUrl(QStringLiteral("https://{{host}}/get"));
    QVERIFY(errorLabel()->isHidden());
    QVERIFY(m_editor->validateForSend());
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

void tst_RequestEditor::oauth2SettingsSurviveTheEditor()
{
    // Every OAuth 2.0 setting goes into a field of the Auth tab's OAuth 2.0 page and comes
    // back unchanged; fields the grant does not use are hidden.
    Request r;
    r.url = QStringLiteral("https://api.test/me");
    r.auth.kind = AuthKind::OAuth2;
    r.auth.oauth2.grant = OAuthGrant::ClientCredentials;
    r.auth.oauth2.tokenUrl = QStringLiteral("https://id.test/token");
    r.auth.oauth2.authUrl = QStringLiteral("https://id.test/authorize");
    r.auth.oauth2.discoveryUrl = QStringLiteral("https://id.test");
    r.auth.oauth2.clientId = QStringLiteral("cid");
    r.auth.oauth2.clientSecret = QStringLiteral("{{secret}}");
    r.auth.oauth2.scope = QStringLiteral("api");
    r.auth.oauth2.audience = QStringLiteral("aud");
    r.auth.oauth2.resource = QStringLiteral("https://api.test");
    r.auth.oauth2.redirectUrl = QStringLiteral("http://127.0.0.1:8765/cb");
    r.auth.oauth2.pkce = false;
    r.auth.oauth2.clientAuth = OAuthClientAuth::Body;
    r.auth.oauth2.extraParams = {
        KeyValue{QStringLiteral("tenant"), QStringLiteral("t1"), true, {}}};
    m_editor->setRequest(r);
    QCOMPARE(m_editor->request().auth, r.auth);
    auto *kind = m_editor->findChild<QComboBox *>(QStringLiteral("authTypeCombo"));
    QVERIFY(kind);
    QCOMPARE(AuthKind(kind->currentData().toInt()), AuthKind::OAuth2);
    auto *clientId = m_editor->findChild<QLineEdit *>(QStringLiteral("oauth2ClientId"));
    auto *secret = m_editor->findChild<QLineEdit *>(QStringLiteral("oauth2ClientSecret"));
    auto *authUrl = m_editor->findChild<QLineEdit *>(QStringLiteral("oauth2AuthUrl"));
    auto *username = m_editor->findChild<QLineEdit *>(QStringLiteral("oauth2Username"));
    auto *grant = m_editor->findChild<QComboBox *>(QStringLiteral("oauth2Grant"));
    QVERIFY(clientId && secret && authUrl && username && grant);
    QCOMPARE(clientId->text(), QStringLiteral("cid"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(authUrl->isHidden()); // client credentials has no browser step
    QVERIFY(username->isHidden());

    // Edits through the fields reach the request.
    clientId->selectAll();
    QTest::keyClicks(clientId, QStringLiteral("other"));
    QCOMPARE(m_editor->request().auth.oauth2.clientId, QStringLiteral("other"));
    grant->setCurrentIndex(grant->findData(int(OAuthGrant::Password)));
    QVERIFY(!username->isHidden());
    QVERIFY(authUrl->isHidden());
    QTest::keyClicks(username, QStringLiteral("ada"));
    QCOMPARE(m_editor->request().auth.username, QStringLiteral("ada"));
    QCOMPARE(m_editor->request().auth.oauth2.grant, OAuthGrant::Password);
    grant->setCurrentIndex(grant->findData(int(OAuthGrant::AuthorizationCode)));
    QVERIFY(!authUrl->isHidden());
    QVERIFY(username->isHidden());

    // A new request can choose OAuth 2.0; its PKCE is on by default.
    m_editor->setRequest(Request{});
    const int oauth = kind->findData(int(AuthKind::OAuth2));
    QVERIFY(oauth >= 0);
    kind->setCurrentIndex(oauth);
    QCOMPARE(m_editor->request().auth.kind, AuthKind::OAuth2);
    QVERIFY(m_editor->request().auth.oauth2.pkce);
    auto *pkce = m_editor->findChild<QCheckBox *>(QStringLiteral("oauth2Pkce"));
    QVERIFY(pkce && pkce->isChecked());
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
    // Where a typed credential will be saved is said for kinds that have one.
    auto *note = m_editor->findChild<QLabel *>(QStringLiteral("authKeychainNote"));
    QVERIFY(note);
    QVERIFY(!note->isHidden());
    Request none = r;
    none.auth = Auth{};
    m_editor->setRequest(none);
    QVERIFY(note->isHidden());
    m_editor->setRequest(r);
    auto *method = m_editor->findChild<QComboBox *>(QStringLiteral("methodCombo"));
    QCOMPARE(method->currentText(), QStringLiteral("PROPFIND"));
    QCOMPARE(url()->text(), r.url);
    // The method box shows each method in its colour, the list and the chosen one alike.
    method->setCurrentText(QStringLiteral("DELETE"));
    QCOMPARE(method->lineEdit()->palette().color(QPalette::Text),
             display::methodColor(QStringLiteral("DELETE")));
    QCOMPARE(method->itemData(method->findText(QStringLiteral("POST")), Qt::ForegroundRole)
                 .value<QColor>(),
             display::methodColor(QStringLiteral("POST")));
}

void tst_RequestEditor::ignoredTlsErrorGoesIntoSettings()
{
    const IgnoredTlsError e{11, QStringLiteral("AB:CD")};
    m_editor->addIgnoredTlsError(e);
    m_editor->addIgnoredTlsError(e); // once only
    QCOMPARE(m_editor->request().settings.tls.ignoredErrors, QList<IgnoredTlsError>{e});
}

void tst_RequestEditor::headerNameAndValueCompletion()
{
    auto *headers = m_editor->findChild<KeyValueTable *>(QStringLiteral("headersTable"));
    auto *tabs = m_editor->findChild<QTabWidget *>(QStringLiteral("requestTabs"));
    tabs->setCurrentWidget(headers);
    QVERIFY(QTest::qWaitForWindowExposed(headers));

    // The name cell of the "Add header" row: typing "content-t" offers Content-Type.
    headers->edit(headers->model()->index(0, KeyValueModel::NameColumn));
    auto *nameEditor = headers->findChild<QLineEdit *>(QStringLiteral("headerNameEditor"));
    QVERIFY(nameEditor);
    QVERIFY(nameEditor->completer());
    QTest::keyClicks(nameEditor, QStringLiteral("content-t"));
    QCompleter *names = nameEditor->completer();
    QTRY_VERIFY(names->popup()->isVisible());
    QCOMPARE(names->completionCount(), 1);
    QCOMPARE(names->currentCompletion(), QStringLiteral("Content-Type"));
    // Choosing it from the popup fills the cell.
    QTest::keyClick(names->popup(), Qt::Key_Down);
    QTest::keyClick(names->popup(), Qt::Key_Return);
    QCOMPARE(nameEditor->text(), QStringLiteral("Content-Type"));
    QTest::keyClick(nameEditor, Qt::Key_Return); // commits the cell
    QTRY_COMPARE(headers->keyValueModel()->rows().value(0).name, QStringLiteral("Content-Type"));

    // Its value cell offers media types; "json" matches anywhere in them.
    headers->edit(headers->model()->index(0, KeyValueModel::ValueColumn));
    auto *valueEditor = headers->findChild<QLineEdit *>(QStringLiteral("headerValueEditor"));
    QVERIFY(valueEditor);
    QVERIFY(valueEditor->completer());
    QTest::keyClicks(valueEditor, QStringLiteral("json"));
    QCompleter *values = valueEditor->completer();
    QVERIFY(values->completionCount() >= 3);
    QStringList offered;
    for (int i = 0; values->setCurrentRow(i); ++i)
        offered.append(values->currentCompletion());
    QVERIFY2(offered.contains(QStringLiteral("application/json")), qPrintable(offered.join(u',')));
    QVERIFY(!offered.contains(QStringLiteral("text/html")));

    // A header without a vocabulary gets no value completer.
    QCOMPARE(HeaderDelegate::valuesFor(QStringLiteral("X-Custom")), QStringList());
    QVERIFY(HeaderDelegate::valuesFor(QStringLiteral("accept-encoding"))
                .contains(QStringLiteral("gzip")));
    QVERIFY(HeaderDelegate::valuesFor(QStringLiteral("Cache-Control"))
                .contains(QStringLiteral("no-cache")));
    QVERIFY(HeaderDelegate::valuesFor(QStringLiteral("AUTHORIZATION"))
                .contains(QStringLiteral("Basic ")));
}

void tst_RequestEditor::proxyAndTlsFilesEditedInSettings()
{
    auto *tabs = m_editor->findChild<QTabWidget *>(QStringLiteral("requestTabs"));
    tabs->setCurrentIndex(4); // Settings
    auto *mode = m_editor->findChild<QComboBox *>(QStringLiteral("proxyModeCombo"));
    auto *host = m_editor->findChild<QLineEdit *>(QStringLiteral("proxyHostEdit"));
    auto *port = m_editor->findChild<QSpinBox *>(QStringLiteral("proxyPortSpin"));
    auto *user = m_editor->findChild<QLineEdit *>(QStringLiteral("proxyUserEdit"));
    auto *password = m_editor->findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit"));
    QVERIFY(mode && host && port && user && password);
    QCOMPARE(mode->currentText(), QStringLiteral("System settings"));
    QVERIFY(!host->isEnabled()); // only an explicit proxy has an address

    QSignalSpy changed(m_editor, &RequestEditor::requestChanged);
    mode->setCurrentIndex(mode->findData(int(ProxyMode::Socks5)));
    QVERIFY(host->isEnabled());
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    port->setValue(1080);
    QTest::keyClicks(user, QStringLiteral("u"));
    QTest::keyClicks(password, QStringLiteral("p"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(changed.count() >= 5);

    auto *ca = m_editor->findChild<QLineEdit *>(QStringLiteral("caFilesEdit"));
    auto *cert = m_editor->findChild<QLineEdit *>(QStringLiteral("clientCertEdit"));
    auto *key = m_editor->findChild<QLineEdit *>(QStringLiteral("clientKeyEdit"));
    auto *passphrase = m_editor->findChild<QLineEdit *>(QStringLiteral("clientPassphraseEdit"));
    QVERIFY(ca && cert && key && passphrase);
    QVERIFY(m_editor->findChild<QPushButton *>(QStringLiteral("clientCertEditBrowse")));
    QTest::keyClicks(ca, QStringLiteral("/a.pem; /b.pem"));
    QTest::keyClicks(cert, QStringLiteral("/c.pem"));
    QTest::keyClicks(key, QStringLiteral("/k.pem"));
    QTest::keyClicks(passphrase, QStringLiteral("pp"));

    const RequestSettings s = m_editor->request().settings;
    QCOMPARE(s.proxy, (ProxySettings{ProxyMode::Socks5, QStringLiteral("127.0.0.1"), 1080,
                                     QStringLiteral("u"), QStringLiteral("p")}));
    QCOMPARE(s.tls.caCertificateFiles,
             (QStringList{QStringLiteral("/a.pem"), QStringLiteral("/b.pem")}));
    QCOMPARE(s.tls.clientCertificateFile, QStringLiteral("/c.pem"));
    QCOMPARE(s.tls.clientKeyFile, QStringLiteral("/k.pem"));
    QCOMPARE(s.tls.clientKeyPassphrase, QStringLiteral("pp"));

    // Insecure is loud: a banner appears with the checkbox.
    auto *insecure = m_editor->findChild<QCheckBox *>(QStringLiteral("tlsInsecureCheck"));
    auto *banner = m_editor->findChild<QLabel *>(QStringLiteral("tlsInsecureBanner"));
    QVERIFY(banner->isHidden());
    insecure->click();
    QVERIFY(banner->isVisible());
    QVERIFY(m_editor->request().settings.tls.insecure);

    // And back into the widgets from a request.
    Request r;
    r.settings.proxy = ProxySettings{ProxyMode::Http, QStringLiteral("proxy.test"), 3128, {}, {}};
    r.settings.tls.caCertificateFiles = {QStringLiteral("/x.pem")};
    m_editor->setRequest(r);
    QCOMPARE(mode->currentData().toInt(), int(ProxyMode::Http));
    QCOMPARE(host->text(), QStringLiteral("proxy.test"));
    QCOMPARE(port->value(), 3128);
    QVERIFY(password->text().isEmpty());
    QCOMPARE(ca->text(), QStringLiteral("/x.pem"));
    QVERIFY(banner->isHidden());
    QCOMPARE(m_editor->request().settings, r.settings);
}

void tst_RequestEditor::multipartPartsTable()
{
    auto *radio = m_editor->findChild<QRadioButton *>(QStringLiteral("bodyMultipart"));
    auto *tabs = m_editor->findChild<QTabWidget *>(QStringLiteral("requestTabs"));
    tabs->setCurrentIndex(2);    // Body
    QVERIFY(radio->isVisible()); // offered for new bodies too
    radio->click();
    auto *editor = m_editor->findChild<MultipartEditor *>(QStringLiteral("multipartEditor"));
    QVERIFY(editor->isVisible());
    auto *table = editor->findChild<QTableWidget *>(QStringLiteral("multipartTable"));
    QSignalSpy changed(m_editor, &RequestEditor::requestChanged);

    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addTextPartButton")),
                      Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    table->item(0, MultipartEditor::NameColumn)->setText(QStringLiteral("title"));
    table->item(0, MultipartEditor::ValueColumn)->setText(QStringLiteral("hello"));
    editor->addFilePart(QStringLiteral("/tmp/photo.png"));
    table->item(1, MultipartEditor::ContentTypeColumn)->setText(QStringLiteral("image/png"));
    QVERIFY(changed.count() >= 4);

    Body body = m_editor->request().body;
    QCOMPARE(body.kind, BodyKind::Multipart);
    QCOMPARE(body.multipart.size(), 2);
    QCOMPARE(
        body.multipart.at(0),
        (MultipartPart{QStringLiteral("title"), QStringLiteral("hello"), false, {}, {}, true}));
    QCOMPARE(body.multipart.at(1), (MultipartPart{QStringLiteral("photo"),
                                                  {},
                                                  true,
                                                  QStringLiteral("/tmp/photo.png"),
                                                  QStringLiteral("image/png"),
                                                  true}));

    // Kind toggles text <-> file; the check box disables a part; Remove drops it.
    auto *kind = qobject_cast<QComboBox *>(table->cellWidget(0, MultipartEditor::KindColumn));
    QVERIFY(kind);
    kind->setCurrentIndex(1);
    QCOMPARE(m_editor->request().body.multipart.at(0).filePath, QStringLiteral("hello"));
    QVERIFY(m_editor->request().body.multipart.at(0).isFile);
    table->item(1, MultipartEditor::NameColumn)->setCheckState(Qt::Unchecked);
    QVERIFY(!m_editor->request().body.multipart.at(1).enabled);
    table->selectRow(0);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("removePartButton")),
                      Qt::LeftButton);
    QCOMPARE(m_editor->request().body.multipart.size(), 1);
    QCOMPARE(m_editor->request().body.multipart.at(0).name, QStringLiteral("photo"));

    // setRequest shows the parts of a request.
    Request r;
    r.body.kind = BodyKind::Multipart;
    r.body.multipart = {
        MultipartPart{QStringLiteral("a"), QStringLiteral("1"), false, {}, {}, false}};
    m_editor->setRequest(r);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(m_editor->request().body, r.body);
}

void tst_RequestEditor::jwtPageEditsTheAuth()
{
    Request r;
    r.url = QStringLiteral("https://api.test/me");
    r.auth.kind = AuthKind::Jwt;
    r.auth.jwt.algorithm = QStringLiteral("HS384");
    r.auth.jwt.key = QStringLiteral("{{secret}}");
    r.auth.jwt.payload = QStringLiteral(R"({"sub": "ada"})");
    r.auth.jwt.inQuery = true;
    r.auth.jwt.queryParam = QStringLiteral("jwt");
    m_editor->setRequest(r);
    QCOMPARE(m_editor->request().auth, r.auth);
    auto *kind = m_editor->findChild<QComboBox *>(QStringLiteral("authTypeCombo"));
    auto *algorithm = m_editor->findChild<QComboBox *>(QStringLiteral("jwtAlgorithm"));
    auto *key = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("jwtKey"));
    auto *payload = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("jwtPayload"));
    auto *addTo = m_editor->findChild<QComboBox *>(QStringLiteral("jwtAddTo"));
    auto *prefix = m_editor->findChild<QLineEdit *>(QStringLiteral("jwtHeaderPrefix"));
    QVERIFY(kind && algorithm && key && payload && addTo && prefix);
    QCOMPARE(AuthKind(kind->currentData().toInt()), AuthKind::Jwt);
    QCOMPARE(algorithm->currentText(), QStringLiteral("HS384"));
    QVERIFY(!prefix->isEnabled()); // the token goes in the query
    for (QWidget *w : std::initializer_list<QWidget *>{algorithm, key, payload, addTo, prefix})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

    // Edits through the fields reach the request.
    algorithm->setCurrentIndex(algorithm->findText(QStringLiteral("RS256")));
    addTo->setCurrentIndex(0);
    QVERIFY(prefix->isEnabled());
    key->clear();
    QTest::keyClicks(key, QStringLiteral("{{pem}}"));
    prefix->selectAll();
    QTest::keyClicks(prefix, QStringLiteral("JWT"));
    const JwtSettings edited = m_editor->request().auth.jwt;
    QCOMPARE(edited.algorithm, QStringLiteral("RS256"));
    QCOMPARE(edited.key, QStringLiteral("{{pem}}"));
    QCOMPARE(edited.inQuery, false);
    QCOMPARE(edited.headerPrefix, QStringLiteral("JWT"));
    QCOMPARE(edited.payload, r.auth.jwt.payload);

    if (const QString shots = qEnvironmentVariable("WIRESCOPE_SCREENSHOT_DIR"); !shots.isEmpty()) {
        for (QTabWidget *tabs : m_editor->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).remove(u'&') == QLatin1String("Auth"))
                    tabs->setCurrentIndex(i);
            }
        }
        key->setPlainText(QStringLiteral("{{jwtSecret}}"));
        algorithm->setCurrentIndex(algorithm->findText(QStringLiteral("HS256")));
        payload->setPlainText(
            QStringLiteral("{\n  \"sub\": \"{{user}}\",\n  \"exp\": 1900000000\n}"));
        QTest::qWait(100);
        QVERIFY(m_editor->grab().save(shots + QStringLiteral("/auth-jwt.png")));
    }
}

void tst_RequestEditor::awsPageEditsTheAuth()
{
    Request r;
    r.url = QStringLiteral("https://abc.execute-api.eu-west-3.amazonaws.com/prod");
    r.auth.kind = AuthKind::AwsSigV4;
    r.auth.aws.accessKey = QStringLiteral("AKIDEXAMPLE");
    r.auth.aws.secretKey = QStringLiteral("{{awsSecret}}");
    r.auth.aws.region = QStringLiteral("eu-west-3");
    r.auth.aws.service = QStringLiteral("execute-api");
    r.auth.aws.inQuery = true;
    m_editor->setRequest(r);
    QCOMPARE(m_editor->request().auth, r.auth);
    auto *kind = m_editor->findChild<QComboBox *>(QStringLiteral("authTypeCombo"));
    auto *secret = m_editor->findChild<QLineEdit *>(QStringLiteral("awsSecretKey"));
    auto *token = m_editor->findChild<QLineEdit *>(QStringLiteral("awsSessionToken"));
    auto *service = m_editor->findChild<QLineEdit *>(QStringLiteral("awsService"));
    auto *addTo = m_editor->findChild<QComboBox *>(QStringLiteral("awsAddTo"));
    auto *show = m_editor->findChild<QCheckBox *>(QStringLiteral("awsShowSecrets"));
    auto *unsignedPayload = m_editor->findChild<QCheckBox *>(QStringLiteral("awsUnsignedPayload"));
    QVERIFY(kind && secret && token && service && addTo && show && unsignedPayload);
    QCOMPARE(AuthKind(kind->currentData().toInt()), AuthKind::AwsSigV4);
    QCOMPARE(addTo->currentIndex(), 1);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    for (QWidget *w : m_editor->findChild<QWidget *>(QStringLiteral("awsSigV4Editor"))
                          ->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }

    // Edits through the fields reach the request.
    QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(4, show->height() / 2));
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QTest::keyClicks(token, QStringLiteral("{{awsSession}}"));
    service->selectAll();
    QTest::keyClicks(service, QStringLiteral("s3"));
    addTo->setCurrentIndex(0);
    QTest::mouseClick(unsignedPayload, Qt::LeftButton, {},
                      QPoint(4, unsignedPayload->height() / 2));
    const AwsSigV4Settings edited = m_editor->request().auth.aws;
    QCOMPARE(edited.sessionToken, QStringLiteral("{{awsSession}}"));
    QCOMPARE(edited.service, QStringLiteral("s3"));
    QCOMPARE(edited.inQuery, false);
    QCOMPARE(edited.unsignedPayload, true);
    QCOMPARE(edited.secretKey, r.auth.aws.secretKey);

    if (const QString shots = qEnvironmentVariable("WIRESCOPE_SCREENSHOT_DIR"); !shots.isEmpty()) {
        for (QTabWidget *tabs : m_editor->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).remove(u'&') == QLatin1String("Auth"))
                    tabs->setCurrentIndex(i);
            }
        }
        QTest::qWait(100);
        QVERIFY(m_editor->grab().save(shots + QStringLiteral("/auth-aws.png")));
    }
}

void tst_RequestEditor::oauth1PageEditsTheAuth()
{
    Request r;
    r.url = QStringLiteral("https://api.test/1.1/statuses");
    r.auth.kind = AuthKind::OAuth1;
    r.auth.oauth1.signatureMethod = QStringLiteral("HMAC-SHA256");
    r.auth.oauth1.consumerKey = QStringLiteral("ck");
    r.auth.oauth1.consumerSecret = QStringLiteral("{{consumerSecret}}");
    r.auth.oauth1.placement = OAuth1Placement::Query;
    r.auth.oauth1.realm = QStringLiteral("Photos");
    m_editor->setRequest(r);
    QCOMPARE(m_editor->request().auth, r.auth);
    auto *page = m_editor->findChild<QWidget *>(QStringLiteral("oauth1Editor"));
    auto *method = m_editor->findChild<QComboBox *>(QStringLiteral("oauth1SignatureMethod"));
    auto *secret = m_editor->findChild<QLineEdit *>(QStringLiteral("oauth1ConsumerSecret"));
    auto *token = m_editor->findChild<QLineEdit *>(QStringLiteral("oauth1Token"));
    auto *key = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("oauth1PrivateKey"));
    auto *addTo = m_editor->findChild<QComboBox *>(QStringLiteral("oauth1AddTo"));
    auto *bodyHash = m_editor->findChild<QCheckBox *>(QStringLiteral("oauth1BodyHash"));
    QVERIFY(page && method && secret && token && key && addTo && bodyHash);
    QCOMPARE(method->currentText(), QStringLiteral("HMAC-SHA256"));
    QCOMPARE(addTo->currentIndex(), 1);
    QVERIFY(!key->isEnabled()); // HMAC: the private key is not used
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QPlainTextEdit *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }

    // Edits through the fields reach the request.
    method->setCurrentIndex(method->findText(QStringLiteral("RSA-SHA1")));
    QVERIFY(key->isEnabled());
    QVERIFY(!secret->isEnabled());
    QTest::keyClicks(key, QStringLiteral("{{pem}}"));
    QTest::keyClicks(token, QStringLiteral("tok"));
    addTo->setCurrentIndex(0);
    QTest::mouseClick(bodyHash, Qt::LeftButton, {}, QPoint(4, bodyHash->height() / 2));
    const OAuth1Settings edited = m_editor->request().auth.oauth1;
    QCOMPARE(edited.signatureMethod, QStringLiteral("RSA-SHA1"));
    QCOMPARE(edited.privateKey, QStringLiteral("{{pem}}"));
    QCOMPARE(edited.token, QStringLiteral("tok"));
    QCOMPARE(edited.placement, OAuth1Placement::Header);
    QCOMPARE(edited.includeBodyHash, true);
    QCOMPARE(edited.realm, QStringLiteral("Photos"));
}

void tst_RequestEditor::hawkPageEditsTheAuth()
{
    Request r;
    r.url = QStringLiteral("https://api.test/resource");
    r.auth.kind = AuthKind::Hawk;
    r.auth.hawk.id = QStringLiteral("dh37fgj492je");
    r.auth.hawk.key = QStringLiteral("{{hawkKey}}");
    r.auth.hawk.algorithm = QStringLiteral("sha1");
    m_editor->setRequest(r);
    QCOMPARE(m_editor->request().auth, r.auth);
    auto *page = m_editor->findChild<QWidget *>(QStringLiteral("hawkEditor"));
    auto *algorithm = m_editor->findChild<QComboBox *>(QStringLiteral("hawkAlgorithm"));
    auto *ext = m_editor->findChild<QLineEdit *>(QStringLiteral("hawkExt"));
    auto *payload = m_editor->findChild<QCheckBox *>(QStringLiteral("hawkPayloadHash"));
    QVERIFY(page && algorithm && ext && payload);
    QCOMPARE(algorithm->currentText(), QStringLiteral("sha1"));
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    algorithm->setCurrentIndex(algorithm->findText(QStringLiteral("sha256")));
    QTest::keyClicks(ext, QStringLiteral("app-data"));
    QTest::mouseClick(payload, Qt::LeftButton, {}, QPoint(4, payload->height() / 2));
    const HawkSettings edited = m_editor->request().auth.hawk;
    QCOMPARE(edited.algorithm, QStringLiteral("sha256"));
    QCOMPARE(edited.ext, QStringLiteral("app-data"));
    QCOMPARE(edited.includePayloadHash, true);
    QCOMPARE(edited.key, r.auth.hawk.key);
}

void tst_RequestEditor::fileChoosersAskThroughTheSeam()
{
    // The body's Browse… and the settings' client certificate chooser ask the window's
    // Dialogs, so the flow is driven here without a real file dialog.
    ScriptedDialogs dialogs;
    m_editor->setDialogs(&dialogs);
    auto *binary = m_editor->findChild<QRadioButton *>(QStringLiteral("bodyBinary"));
    auto *browse = m_editor->findChild<QPushButton *>(QStringLiteral("bodyFileBrowse"));
    QVERIFY(binary && browse);
    binary->click();
    dialogs.answerFile(QStringLiteral("/tmp/payload.bin"));
    browse->click();
    QCOMPARE(m_editor->request().body.binaryFilePath, QStringLiteral("/tmp/payload.bin"));
    QCOMPARE(dialogs.asked().size(), 1);
    QCOMPARE(dialogs.asked().first().kind, QStringLiteral("open"));
    QVERIFY2(dialogs.unanswered().isEmpty(), qPrintable(dialogs.unanswered().join(u'\n')));
}

void tst_RequestEditor::graphqlBodyMakesGetAPost()
{
    auto *method = m_editor->findChild<QComboBox *>(QStringLiteral("methodCombo"));
    auto *graphql = m_editor->findChild<QRadioButton *>(QStringLiteral("bodyGraphQL"));
    auto *raw = m_editor->findChild<QRadioButton *>(QStringLiteral("bodyRaw"));
    auto *transport = m_editor->findChild<QComboBox *>(QStringLiteral("graphqlTransportCombo"));
    auto *tabs = m_editor->findChild<QTabWidget *>();
    QVERIFY(method && graphql && raw && transport && tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).startsWith(QLatin1String("Body")))
            tabs->setCurrentIndex(i);
    }
    QVERIFY(graphql->isVisible());
    QCOMPARE(method->currentText(), QStringLiteral("GET"));
    QSignalSpy changed(m_editor, &RequestEditor::requestChanged);

    // As Insomnia: choosing GraphQL on a GET request makes it a POST.
    QTest::mouseClick(graphql, Qt::LeftButton);
    QCOMPARE(m_editor->request().body.kind, BodyKind::GraphQL);
    QCOMPARE(method->currentText(), QStringLiteral("POST"));
    QCOMPARE(m_editor->request().method, QStringLiteral("POST"));
    QVERIFY(!changed.isEmpty());

    // "GET (URL parameters)" is the one way to keep GET; back to POST follows too.
    transport->setFocus();
    QTest::keyClick(transport, Qt::Key_Down);
    QCOMPARE(m_editor->request().body.graphql.transport, GraphQLTransport::Get);
    QCOMPARE(method->currentText(), QStringLiteral("GET"));
    QTest::keyClick(transport, Qt::Key_Up);
    QCOMPARE(method->currentText(), QStringLiteral("POST"));

    // With the GET transport chosen, picking GraphQL again keeps GET.
    QTest::keyClick(transport, Qt::Key_Down);
    QTest::mouseClick(raw, Qt::LeftButton);
    QCOMPARE(method->currentText(), QStringLiteral("GET"));
    QTest::mouseClick(graphql, Qt::LeftButton);
    QCOMPARE(method->currentText(), QStringLiteral("GET"));

    // Opening a saved GraphQL GET request does not touch its method (only a user's choice does).
    Request saved;
    saved.method = QStringLiteral("GET");
    saved.body.kind = BodyKind::GraphQL;
    m_editor->setRequest(saved);
    QCOMPARE(method->currentText(), QStringLiteral("GET"));

    // Other body kinds leave the method alone.
    method->setCurrentText(QStringLiteral("GET"));
    QTest::mouseClick(raw, Qt::LeftButton);
    QCOMPARE(method->currentText(), QStringLiteral("GET"));
}

QTEST_MAIN(tst_RequestEditor)
#include "tst_requesteditor.moc"
