// The whole desktop workflow over the real services: the Getting started collection against
// the embedded demo server, saving, Save As, chaining, curl paste, environments, history.

#include "core/history/historystore.h"
#include "core/http/httpclient.h"
#include "core/model/collectiontree.h"
#include "core/secrets/secretstore.h"
#include "core/socketio/socketiorequest.h"
#include "core/store/collectionfiles.h"
#include "core/stream/messagelog.h"
#include "core/stream/streammessagejson.h"
#include "core/websocket/websocketsession.h"
#include "ui/collections/collectiondocument.h"
#include "ui/collections/collectionspane.h"
#include "ui/environments/environmentspane.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/windowstatus.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/request/requesteditor.h"
#include "ui/response/responseview.h"
#include "ui/runner/runnerpane.h"
#include "ui/socketio/socketiotab.h"
#include "ui/websocket/websockettab.h"
#include "ui/workspace/workspacecontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace wirescope;

class tst_WorkspaceBinder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openSendAndSaveAnItem();
    void saveAsPutsANewTabIntoTheCollection();
    void capturedTokenFeedsTheNextRequest();
    void scriptVariablesGoIntoTheDocument();
    void scriptSetsASecretInTheActiveEnvironment();
    void runnerScriptGlobalsReachTheWindow();
    void pastedCurlBecomesTheRequest();
    void environmentPickerSetsVariables();
    void variableWarningsFollowTheScope();
    void historyReopensWithItsResponse();
    void webSocketSessionIsInHistory();
    void singleClickPreviewsAndEditingKeeps();
    void socketIoSessionReopensFromHistory();
    void dockLayoutSurvivesARestart();

private:
    Exchange sendCurrent();
    QString findId(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpClient> m_client;
    VariableContext m_context;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WorkspaceController> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    WorkspaceBinder *m_binder = nullptr;
};

void tst_WorkspaceBinder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_WorkspaceBinder::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_client = std::make_unique<HttpClient>();
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir->filePath(QStringLiteral("history.sqlite"))).ok());
    m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::SessionOnly);
    m_workspace = std::make_unique<WorkspaceController>(
        m_dir->filePath(QStringLiteral("config")), m_dir->filePath(QStringLiteral("collections")),
        m_secrets.get());
    QCOMPARE(m_workspace->load(), QStringList());
    QString error;
    QVERIFY2(m_workspace->startDemoServer(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context);
    m_binder = new WorkspaceBinder(m_window.get(), m_workspace.get(), m_history.get(),
                                   m_client.get(), &m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_WorkspaceBinder::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_history.reset();
    m_secrets.reset();
    m_client.reset();
}

QString tst_WorkspaceBinder::findId(const QString &name) const
{
    std::function<QString(const std::vector<CollectionItem> &)> walk =
        [&](const std::vector<CollectionItem> &items) {
            for (const CollectionItem &item : items) {
                if (item.name() == name)
                    return item.id();
                if (const auto *f = std::get_if<Folder>(&item.node)) {
                    const QString id = walk(f->children);
                    if (!id.isEmpty())
                        return id;
                }
            }
            return QString();
        };
    return walk(m_workspace->documents().first()->collection().items);
}

Exchange tst_WorkspaceBinder::sendCurrent()
{
    RequestTab *tab = m_window->currentTab();
    QSignalSpy finished(tab, &RequestTab::exchangeFinished);
    tab->send();
    if (!finished.wait(15000))
        return {};
    return finished.first().first().value<Exchange>();
}

void tst_WorkspaceBinder::openSendAndSaveAnItem()
{
    CollectionDocument *document = m_workspace->documents().first();
    RequestTab *tab = m_binder->openItem(document, findId(QStringLiteral("POST a JSON body")));
    QVERIFY(tab);
    QCOMPARE(m_window->currentTab(), tab);
    QCOMPARE(tab->editor()->request().method, QStringLiteral("POST"));
    QVERIFY(!tab->isDirty());
    QCOMPARE(tab->httpItem().assertions.size(), 3);
    QCOMPARE(tab->title(), QStringLiteral("POST a JSON body")); // a saved request's name

    const Exchange exchange = sendCurrent();
    QVERIFY(exchange.response);
    QCOMPARE(exchange.response->status, 200);
    // The sent URL used the demo server ({{demo}}) and the history kept the exchange.
    QVERIFY2(exchange.sent.url.startsWith(m_workspace->demoServerUrl()),
             qPrintable(exchange.sent.url));
    m_history->flush();
    const auto entries = m_history->search(HistoryQuery{});
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);

    // Edit and save: the file on disk has the change, the tab is clean again.
    Request edited = tab->editor()->request();
    edited.url = QStringLiteral("{{demo}}/anything/saved");
    tab->editor()->setRequest(edited);
    QVERIFY(tab->isDirty() || tab->editor()->request() != edited); // editor normal form
    QVERIFY(m_binder->saveTab(tab));
    QVERIFY(!tab->isDirty());
    const auto reloaded = store::loadCollectionDirectory(document->directory());
    QVERIFY(reloaded.ok());
    const auto path = tree::findById(reloaded->collection, tab->itemId());
    QVERIFY(path);
    QCOMPARE(std::get<HttpItem>(tree::itemAt(reloaded->collection, *path)->node).request.url,
             QStringLiteral("{{demo}}/anything/saved"));

    // Opening the same item again brings its tab forward instead of a second one.
    const int tabs = m_window->tabCount();
    m_window->newTab();
    QCOMPARE(m_binder->openItem(document, tab->itemId()), tab);
    QCOMPARE(m_window->tabCount(), tabs + 1);
}

void tst_WorkspaceBinder::saveAsPutsANewTabIntoTheCollection()
{
    CollectionDocument *document = m_workspace->documents().first();
    m_binder->collectionsPane()->setCurrentDocument(document);
    RequestTab *tab = m_window->newTab();
    Request request;
    request.url = QStringLiteral("{{demo}}/status/201");
    tab->editor()->setRequest(request);
    const int before = countRequests(document->collection().items);
    QVERIFY(m_binder->saveTabAs(tab, QStringLiteral("Created")));
    QCOMPARE(countRequests(document->collection().items), before + 1);
    QCOMPARE(tab->document(), document);
    QVERIFY(!tab->isDirty());
    QVERIFY(QFile::exists(document->directory() + QStringLiteral("/Created.request.json")));
    QVERIFY(!document->isModified());
}

void tst_WorkspaceBinder::capturedTokenFeedsTheNextRequest()
{
    CollectionDocument *document = m_workspace->documents().first();
    m_binder->openItem(document, findId(QStringLiteral("Log in and keep the token")));
    QCOMPARE(sendCurrent().response->status, 200);
    QCOMPARE(m_context.lookup(QStringLiteral("token"))->value, QStringLiteral("demo-token-42"));

    RequestTab *whoami =
        m_binder->openItem(document, findId(QStringLiteral("Who am I (bearer token)")));
    QVERIFY(whoami);
    const Exchange exchange = sendCurrent();
    QCOMPARE(exchange.response->status, 200);
    // Both assertions of the item passed: the Tests page title says so.
    const QStringList tabs = [&] {
        QStringList out;
        for (QTabWidget *t : whoami->editor()->findChildren<QTabWidget *>())
            for (int i = 0; i < t->count(); ++i)
                out.append(t->tabText(i));
        return out;
    }();
    QVERIFY2(tabs.contains(QStringLiteral("Tests ✓ 2 of 2 passed")), qPrintable(tabs.join(u'|')));
}

void tst_WorkspaceBinder::scriptVariablesGoIntoTheDocument()
{
    CollectionDocument *document = m_workspace->documents().first();
    m_binder->collectionsPane()->setCurrentDocument(document);
    QVERIFY(!document->isModified());
    RequestTab *login =
        m_binder->openItem(document, findId(QStringLiteral("Log in with a script")));
    QVERIFY(login);
    QSignalSpy loginScripts(login, &RequestTab::scriptsFinished);
    login->send();
    QVERIFY(loginScripts.wait(20000));
    // pm.collectionVariables.set went into the collection document (unsaved, like an edit).
    const VariableList &variables = document->collection().variables;
    const auto token = std::find_if(variables.cbegin(), variables.cend(),
                                    [](const Variable &v) { return v.name == u"scriptToken"; });
    QVERIFY(token != variables.cend());
    QCOMPARE(token->value, QStringLiteral("script-token-7"));
    QVERIFY(document->isModified());
    QCOMPARE(m_context.lookup(QStringLiteral("scriptToken"))->value,
             QStringLiteral("script-token-7"));

    RequestTab *whoami =
        m_binder->openItem(document, findId(QStringLiteral("Who am I (token from a script)")));
    QSignalSpy whoamiScripts(whoami, &RequestTab::scriptsFinished);
    whoami->send();
    QVERIFY(whoamiScripts.wait(20000));
    QCOMPARE(whoami->responseView()->exchange()->response->status, 200);
    const QStringList tabs = [&] {
        QStringList out;
        for (QTabWidget *t : whoami->editor()->findChildren<QTabWidget *>())
            for (int i = 0; i < t->count(); ++i)
                out.append(t->tabText(i));
        return out;
    }();
    QVERIFY2(tabs.contains(QStringLiteral("Scripts ✓ 1/1 passed")), qPrintable(tabs.join(u'|')));
}

void tst_WorkspaceBinder::scriptSetsASecretInTheActiveEnvironment()
{
    // A single send's test script changes a secret of the active environment: the document
    // takes the new value with the secret flag kept, and saving puts it in the secret store,
    // never in the files. A new name goes into the same environment.
    CollectionDocument *document = m_workspace->documents().first();
    m_binder->collectionsPane()->setCurrentDocument(document);
    QList<Environment> environments = document->collection().environments;
    QVERIFY(!environments.isEmpty());
    const QString envName = environments.first().name;
    environments.first().variables.append(
        Variable{QStringLiteral("apiSecret"), QStringLiteral("before"), true, true, {}});
    document->setEnvironments(environments);
    QVERIFY(document->save().ok());
    m_workspace->setActiveEnvironment(document, envName);
    m_window->windowStatus()->setCurrentEnvironment(envName);

    RequestTab *tab = m_window->newTab();
    HttpItem item;
    item.request.url = QStringLiteral("{{demo}}/anything/rotate?next=rotated-secret-5");
    item.scripts = {ImportedScript{
        QStringLiteral("test"),
        QStringLiteral("pm.test('saw the old secret', function () { "
                       "pm.expect(pm.environment.get('apiSecret')).to.equal('before'); });\n"
                       "pm.environment.set('apiSecret', pm.response.json().args.next);\n"
                       "pm.environment.set('addedByScript', 'plain');")}};
    tab->setHttpItem(item);
    QSignalSpy done(tab, &RequestTab::scriptsFinished);
    tab->send();
    QVERIFY(done.wait(20000));
    QCOMPARE(tab->responseView()->exchange()->response->status, 200);

    const Environment &env = document->collection().environments.first();
    QCOMPARE(env.name, envName);
    const auto find = [&](const QString &name) -> const Variable * {
        for (const Variable &v : env.variables) {
            if (v.name == name)
                return &v;
        }
        return nullptr;
    };
    QVERIFY(find(QStringLiteral("apiSecret")));
    QCOMPARE(find(QStringLiteral("apiSecret"))->value, QStringLiteral("rotated-secret-5"));
    QVERIFY(find(QStringLiteral("apiSecret"))->secret);
    QVERIFY(find(QStringLiteral("addedByScript")));
    QVERIFY(!find(QStringLiteral("addedByScript"))->secret);
    QVERIFY(document->isModified());
    QCOMPARE(m_context.lookup(QStringLiteral("apiSecret"))->value,
             QStringLiteral("rotated-secret-5"));

    QVERIFY(document->save().ok());
    QDirIterator it(document->directory(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("rotated-secret-5"), qPrintable(f.fileName()));
        files += bytes.contains("addedByScript") ? 1 : 0;
    }
    QCOMPARE(files, 1); // the environment file has the new plain variable
    CollectionDocument reloaded(document->directory(), m_secrets.get());
    QSignalSpy secretsLoaded(&reloaded, &CollectionDocument::secretsLoaded);
    QVERIFY(reloaded.load().ok());
    QVERIFY(secretsLoaded.wait(5000));
    bool found = false;
    for (const Variable &v : reloaded.collection().environments.first().variables) {
        if (v.name == u"apiSecret") {
            QCOMPARE(v.value, QStringLiteral("rotated-secret-5"));
            found = true;
        }
    }
    QVERIFY(found);
}

void tst_WorkspaceBinder::runnerScriptGlobalsReachTheWindow()
{
    // A Runner script's pm.globals.set reaches the window's variables (for this session).
    const Result<CollectionDocument *> created = m_workspace->create(
        m_dir->filePath(QStringLiteral("runner-only")), QStringLiteral("Runner only"));
    QVERIFY(created);
    CollectionDocument *document = *created;
    RunnerPane *runner = m_binder->runnerPane();
    QVERIFY(runner);
    HttpItem h;
    h.request.id = newItemId();
    h.request.name = QStringLiteral("Sets a global");
    h.request.url = m_workspace->demoServerUrl() + QStringLiteral("/get");
    h.scripts = {
        ImportedScript{QStringLiteral("test"),
                       QStringLiteral("pm.globals.set('fromRunner', 'g-' + pm.response.code);")}};
    QVERIFY(document->insertItem({}, 0, CollectionItem{h}, QStringLiteral("add")));
    QTRY_VERIFY(runner->findChild<QComboBox *>(QStringLiteral("runnerCollection"))
                    ->findText(QStringLiteral("Runner only"))
                >= 0);
    runner->selectDocument(document);
    QVERIFY(!m_context.lookup(QStringLiteral("fromRunner")));
    QSignalSpy finished(runner, &RunnerPane::runFinished);
    QSignalSpy changed(runner, &RunnerPane::scriptVariablesChanged);
    runner->run();
    QVERIFY(finished.wait(60000));
    QVERIFY(!changed.isEmpty());
    QVERIFY(m_context.lookup(QStringLiteral("fromRunner")));
    QCOMPARE(m_context.lookup(QStringLiteral("fromRunner"))->value, QStringLiteral("g-200"));

    // Issue 26, problem 10: the Runner's request is in History like a send from a tab.
    m_history->flush();
    const auto recorded = m_history->search(HistoryQuery{});
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(recorded->first().url, h.request.url);
    QCOMPARE(recorded->first().status, 200);
}

void tst_WorkspaceBinder::pastedCurlBecomesTheRequest()
{
    RequestTab *tab = m_window->newTab();
    auto *url = tab->editor()->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QVERIFY(url);
    url->setFocus();
    // Typing "curl" is just typing a URL...
    QTest::keyClicks(url, QStringLiteral("curl x"));
    QCOMPARE(tab->editor()->request().url, QStringLiteral("curl x"));
    url->clear();
    // ...pasting a command turns it into the request.
    QApplication::clipboard()->setText(
        QStringLiteral("curl 'http://127.0.0.1:9/api' -H 'X-Test: 1' --data-raw '{\"a\":1}'"));
    QTest::keyClick(url, Qt::Key_V, Qt::ControlModifier);
    const Request request = tab->editor()->request();
    QCOMPARE(request.method, QStringLiteral("POST"));
    QCOMPARE(request.url, QStringLiteral("http://127.0.0.1:9/api"));
    QCOMPARE(firstValue(request.headers, u"X-Test"), QStringLiteral("1"));
    QCOMPARE(request.body.raw, QStringLiteral("{\"a\":1}"));
    QVERIFY(tab->isDirty());
}

void tst_WorkspaceBinder::environmentPickerSetsVariables()
{
    CollectionDocument *document = m_workspace->documents().first();
    m_binder->collectionsPane()->setCurrentDocument(document);
    QCOMPARE(m_context.lookup(QStringLiteral("greeting"))->value,
             QStringLiteral("Hello, Wirescope"));
    m_window->windowStatus()->setCurrentEnvironment(QStringLiteral("Local demo"));
    QCOMPARE(m_context.lookup(QStringLiteral("greeting"))->value,
             QStringLiteral("Hello from the Local demo environment"));
    QCOMPARE(m_workspace->activeEnvironment(document), QStringLiteral("Local demo"));
    // The sidebar's Environments tab shows it, and choosing there goes back to none.
    EnvironmentsPane *pane = m_binder->environmentsPane();
    QCOMPARE(pane->activeEnvironment(), QStringLiteral("Local demo"));
    auto *list = pane->findChild<QListWidget *>(QStringLiteral("environmentsList"));
    QCOMPARE(list->count(), 2);
    emit list->itemClicked(list->item(0));
    QCOMPARE(m_workspace->activeEnvironment(document), QString());
    QCOMPARE(m_window->windowStatus()->currentEnvironment(), QString());
    QCOMPARE(m_context.lookup(QStringLiteral("greeting"))->value,
             QStringLiteral("Hello, Wirescope"));
}

// Issue 26, problem 4: the undefined-variable line under the URL follows every change of
// scope, not only edits of the URL: the demo server stopping and starting, an environment.
void tst_WorkspaceBinder::variableWarningsFollowTheScope()
{
    m_workspace->stopDemoServer();
    RequestTab *tab = m_window->newTab();
    auto *url = tab->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QVERIFY(url);
    url->setFocus();
    QTest::keyClicks(url, QStringLiteral("{{demo}}/get"));
    auto *problem = tab->findChild<QLabel *>(QStringLiteral("urlErrorLabel"));
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("{{demo}} is not defined")),
             qPrintable(problem->text()));

    QString error;
    QVERIFY2(m_workspace->startDemoServer(&error), qPrintable(error));
    QTRY_VERIFY2(!problem->isVisible(), qPrintable(problem->text()));

    m_workspace->stopDemoServer();
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("no environment is active")),
             qPrintable(problem->text()));
    // Picking an environment changes what the line says about where it looked.
    CollectionDocument *document = m_workspace->documents().first();
    m_binder->collectionsPane()->setCurrentDocument(document);
    m_window->windowStatus()->setCurrentEnvironment(QStringLiteral("Local demo"));
    QTRY_VERIFY2(problem->text().contains(QStringLiteral("environment is &quot;Local demo&quot;")),
                 qPrintable(problem->text()));
}

// Issue 26, problem 10: History gives back what it kept, the response too.
void tst_WorkspaceBinder::historyReopensWithItsResponse()
{
    CollectionDocument *document = m_workspace->documents().first();
    QVERIFY(m_binder->openItem(document, findId(QStringLiteral("POST a JSON body"))));
    const Exchange sent = sendCurrent();
    QVERIFY(sent.response);
    m_history->flush();
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("historyView"));
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const int tabs = m_window->tabCount();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->tabCount(), tabs + 1);
    RequestTab *reopened = m_window->currentTab();
    QCOMPARE(reopened->editor()->request().method, QStringLiteral("POST"));
    const std::optional<Exchange> &shown = reopened->responseView()->exchange();
    QVERIFY(shown && shown->response);
    QCOMPARE(shown->response->status, sent.response->status);
    QCOMPARE(shown->response->body.read(1 << 20), sent.response->body.read(1 << 20));
}

// Issue 26, problem 10: a WebSocket session is recorded (handshake, transcript) and reopens
// as a closed tab with its URL and messages.
void tst_WorkspaceBinder::webSocketSessionIsInHistory()
{
    const QString echo =
        m_workspace->demoServerUrl().replace(QStringLiteral("http://"), QStringLiteral("ws://"))
        + QStringLiteral("/ws/echo");
    WebSocketTab *tab = m_window->newWebSocketTab();
    WebSocketRequest request;
    request.url = echo;
    tab->setRequest(request);
    tab->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketSession::State::Open, 10000);
    QVERIFY(tab->session()->sendText(QStringLiteral("kept in history")));
    QTRY_VERIFY(tab->session()->log()->counters().incoming >= 1);
    tab->disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketSession::State::Closed, 10000);
    m_history->flush();

    const auto recorded = m_history->search(HistoryQuery{});
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(recorded->first().method, QStringLiteral("WS"));
    QCOMPARE(recorded->first().status, 101);
    QCOMPARE(recorded->first().url, echo);
    const Result<HistoryEntry> entry = m_history->entry(recorded->first().id);
    QVERIFY(entry && entry->isSession());
    QVERIFY2(entry->responseBody.contains("\"text\":\"kept in history\""),
             entry->responseBody.constData());
    QVERIFY(!entry->responseBodyTruncated);

    // Reopened from the History pane: a new closed tab with the URL and both messages.
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("historyView"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const int tabs = m_window->tabCount();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->tabCount(), tabs + 1);
    auto *reopened = qobject_cast<WebSocketTab *>(
        m_window->findChild<QTabWidget *>(QStringLiteral("requestTabWidget"))->currentWidget());
    QVERIFY(reopened && reopened != tab);
    QCOMPARE(reopened->request().url, echo);
    QCOMPARE(reopened->session()->state(), WebSocketSession::State::Closed);
    int found = 0;
    const MessageLog *log = reopened->session()->log();
    for (int i = 0; i < log->size(); ++i) {
        if (log->at(i).payload == "kept in history")
            ++found;
    }
    QCOMPARE(found, 2); // sent and echoed

    // Closing a tab while connected records that session too.
    reopened->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(reopened->session()->state(), WebSocketSession::State::Open, 10000);
    auto *tabWidget = m_window->findChild<QTabWidget *>(QStringLiteral("requestTabWidget"));
    QVERIFY(m_window->closeTab(tabWidget->indexOf(reopened)));
    m_history->flush();
    const auto after = m_history->search(HistoryQuery{});
    QVERIFY(after);
    QCOMPARE(after->size(), 2);
}

// Issue 26, problem 12: a single click in the sidebar opens a preview tab (greyed) that the
// next single click reuses; an edit, or Enter/double click, keeps it as an ordinary tab.
void tst_WorkspaceBinder::singleClickPreviewsAndEditingKeeps()
{
    QTreeView *tree = m_binder->collectionsPane()->treeView();
    const auto click = [tree](const QString &name) {
        const QModelIndexList found =
            tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                 Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            return QModelIndex();
        tree->scrollTo(found.first());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(found.first()).center());
        return found.first();
    };
    const int before = m_window->tabCount();
    QVERIFY(click(QStringLiteral("GET with query parameters")).isValid());
    QCOMPARE(m_window->tabCount(), before + 1);
    RequestTab *preview = m_window->currentTab();
    QCOMPARE(preview->itemId(), findId(QStringLiteral("GET with query parameters")));
    QVERIFY(m_window->isTabPreview(preview));

    // The next single click reuses it.
    QVERIFY(click(QStringLiteral("POST a JSON body")).isValid());
    QCOMPARE(m_window->tabCount(), before + 1);
    QCOMPARE(m_window->currentTab(), preview);
    QCOMPARE(preview->itemId(), findId(QStringLiteral("POST a JSON body")));
    QCOMPARE(preview->editor()->request().method, QStringLiteral("POST"));

    // An edit keeps it; the next click opens a new preview.
    QTest::keyClicks(preview->findChild<QLineEdit *>(QStringLiteral("urlEdit")),
                     QStringLiteral("?edited"));
    QVERIFY(preview->isDirty());
    QVERIFY(!m_window->isTabPreview(preview));
    const QModelIndex del = click(QStringLiteral("DELETE"));
    QVERIFY(del.isValid());
    QCOMPARE(m_window->tabCount(), before + 2);
    RequestTab *second = m_window->currentTab();
    QVERIFY(second != preview);
    QVERIFY(m_window->isTabPreview(second));

    // Enter on the previewed item keeps it, without another tab.
    tree->setCurrentIndex(del);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(m_window->tabCount(), before + 2);
    QCOMPARE(m_window->currentTab(), second);
    QVERIFY(!m_window->isTabPreview(second));
}

// Issue 29: a Socket.IO session kept in the History (method "SIO") reopens as a closed
// Socket.IO tab with its URL, namespace and messages. (Its recording against a real peer is
// tst_socketiotab's sessionRecordedInHistory.)
void tst_WorkspaceBinder::socketIoSessionReopensFromHistory()
{
    const SocketIoRequest request{QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("/chat"),
                                  QStringLiteral("{\"token\": \"{{sioToken}}\"}")};
    SessionRecord session;
    session.method = QStringLiteral("SIO");
    session.url = QStringLiteral("ws://127.0.0.1:9/socket.io/?EIO=4&transport=websocket");
    session.status = 101;
    session.request = toJson(request);
    for (const QByteArray &payload :
         {QByteArrayLiteral("42/chat,[\"hello\"]"), QByteArrayLiteral("42/chat,[\"world\"]")}) {
        StreamMessage m;
        m.direction = MessageDirection::Incoming;
        m.type = MessageKind::Text;
        m.payload = payload;
        session.transcript.append(
            QJsonDocument(streamMessageToJson(m)).toJson(QJsonDocument::Compact));
    }
    m_history->recordSession(session, {});
    m_history->flush();
    const auto recorded = m_history->search(HistoryQuery{});
    QVERIFY(recorded && recorded->size() == 1);
    QCOMPARE(recorded->first().method, QStringLiteral("SIO"));

    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("historyView"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    auto *tabWidget = m_window->findChild<QTabWidget *>(QStringLiteral("requestTabWidget"));
    const int tabs = tabWidget->count();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(tabWidget->count(), tabs + 1);
    auto *reopened = qobject_cast<SocketIoTab *>(tabWidget->currentWidget());
    QVERIFY(reopened);
    QCOMPARE(reopened->request(), request);
    QCOMPARE(reopened->client()->state(), SocketIoClient::State::Closed);
    const MessageLog *log = reopened->client()->log();
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(0).payload, QByteArrayLiteral("42/chat,[\"hello\"]"));
    QCOMPARE(log->at(1).payload, QByteArrayLiteral("42/chat,[\"world\"]"));
}

void tst_WorkspaceBinder::dockLayoutSurvivesARestart()
{
    auto *sidebar = m_window->findChild<QDockWidget *>(QStringLiteral("sidebarDock"));
    auto *runner = m_window->findChild<QDockWidget *>(QStringLiteral("runnerDock"));
    QVERIFY(sidebar && runner);
    QVERIFY(sidebar->isVisible());
    QVERIFY(!runner->isVisible());
    // The user hides the sidebar and opens the runner, then quits.
    sidebar->hide();
    runner->show();
    m_window->close();
    m_window = std::make_unique<MainWindow>(m_client.get(), &m_context);
    m_window->show();
    m_binder = new WorkspaceBinder(m_window.get(), m_workspace.get(), m_history.get(),
                                   m_client.get(), &m_context);
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("sidebarDock"))->isVisible());
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("runnerDock"))->isVisible());
}

QTEST_MAIN(tst_WorkspaceBinder)
#include "tst_workspacebinder.moc"
