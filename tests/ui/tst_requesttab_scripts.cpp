// The Scripts page of a request tab against httpbin: the pre-request script changes the
// request before it leaves, the test script's results and console output show after the
// send, a syntax error is marked at its line, and a runaway script does not block the window.

#include "core/http/httpclient.h"
#include "core/vars/variablecontext.h"
#include "tests/support/testenv.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/request/scriptspage.h"
#include "ui/response/responseview.h"
#include "ui/widgets/codeeditor.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace wirescope;

class tst_RequestTabScripts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_base = servers->httpbin.toString(QUrl::StripTrailingSlash);
    }

    void scriptsRunAroundTheSend()
    {
        HttpClient client;
        VariableContext context;
        context.set(VariableScope::Environment, QStringLiteral("who"), QStringLiteral("ann"));
        RequestTab tab(&client, &context);
        HttpItem item;
        item.request.name = QStringLiteral("Headers");
        item.request.url = m_base + QStringLiteral("/headers");
        item.scripts = {
            ImportedScript{
                QStringLiteral("prerequest"),
                QStringLiteral(
                    "pm.request.headers.add({key: 'X-Who', value: pm.environment.get('who')});\n"
                    "console.log('adding X-Who for', pm.environment.get('who'));")},
            ImportedScript{QStringLiteral("test"), QStringLiteral(R"(
pm.test('status is 200', function () { pm.response.to.have.status(200); });
pm.test('header from the pre-request script', function () {
    pm.expect(pm.response.json().headers['X-Who']).to.equal('ann');
});
pm.test('deliberately failing', function () { pm.expect(1).to.equal(2); });
pm.environment.set('seen', 'yes');
)")}};
        tab.setHttpItem(item);
        QCOMPARE(tab.httpItem().scripts, item.scripts);
        QVERIFY(!tab.isDirty());

        QSignalSpy finished(&tab, &RequestTab::scriptsFinished);
        QSignalSpy variables(&tab, &RequestTab::scriptVariablesChanged);
        tab.send();
        QVERIFY(tab.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(tab.responseView()->exchange().has_value());
        QCOMPARE(tab.responseView()->exchange()->response->status, 200);

        auto *results = tab.findChild<QListWidget *>(QStringLiteral("scriptResults"));
        QVERIFY(results);
        QCOMPARE(results->count(), 3);
        QVERIFY(results->item(0)->text().contains(QStringLiteral("✓  status is 200")));
        QVERIFY(results->item(1)->text().contains(
            QStringLiteral("header from the pre-request script")));
        QVERIFY(results->item(2)->text().contains(
            QStringLiteral("✗  deliberately failing: expected 1 to equal 2")));
        auto *console = tab.findChild<QPlainTextEdit *>(QStringLiteral("scriptConsole"));
        QVERIFY(console);
        QCOMPARE(console->toPlainText(), QStringLiteral("adding X-Who for ann"));
        QCOMPARE(variables.size(), 1);
        const ScriptVariables after = variables.first().at(1).value<ScriptVariables>();
        QCOMPARE(after.value(ScriptScope::Environment, QStringLiteral("seen")),
                 QJsonValue(QStringLiteral("yes")));
        // The editor's request is unchanged: the script edits what is sent, not the document.
        QVERIFY(!tab.isDirty());
    }

    void preRequestSendRequestSetsAVariableTheRequestUses()
    {
        // pm.sendRequest from the window's script thread goes through this client (on the
        // window's thread); the variable it sets is used by the request that follows.
        HttpClient client;
        VariableContext context;
        context.set(VariableScope::Collection, QStringLiteral("base"), m_base);
        RequestTab tab(&client, &context);
        HttpItem item;
        item.request.name = QStringLiteral("Token from a login");
        item.request.url = m_base + QStringLiteral("/headers");
        item.request.headers = {
            KeyValue{QStringLiteral("X-Token"), QStringLiteral("{{token}}"), true, {}}};
        item.scripts = {ImportedScript{QStringLiteral("prerequest"), QStringLiteral(R"(
pm.sendRequest({url: pm.variables.get('base') + '/post', method: 'POST', header: {'Content-Type': 'application/json'},
                body: {mode: 'raw', raw: JSON.stringify({token: 'tok-' + 6 * 7})}},
    function (err, res) {
        pm.environment.set('token', res.json().json.token);
        console.log('logged in with status', res.code);
    });
)")}};
        tab.setHttpItem(item);
        QSignalSpy finished(&tab, &RequestTab::scriptsFinished);
        QSignalSpy exchanges(&tab, &RequestTab::exchangeFinished);
        QSignalSpy variables(&tab, &RequestTab::scriptVariablesChanged);
        tab.send();
        QVERIFY(exchanges.wait(20000));
        const Exchange exchange = exchanges.first().at(0).value<Exchange>();
        QVERIFY(exchange.response);
        QCOMPARE(exchange.response->status, 200);
        const QJsonObject headers = QJsonDocument::fromJson(exchange.response->body.read())
                                        .object()
                                        .value(QStringLiteral("headers"))
                                        .toObject();
        QCOMPARE(headers.value(QStringLiteral("X-Token")).toString(), QStringLiteral("tok-42"));
        auto *console = tab.findChild<QPlainTextEdit *>(QStringLiteral("scriptConsole"));
        QVERIFY(console);
        QCOMPARE(console->toPlainText(), QStringLiteral("logged in with status 200"));
        QCOMPARE(variables.size(), 1);
        const ScriptVariables after = variables.first().at(1).value<ScriptVariables>();
        QCOMPARE(after.value(ScriptScope::Environment, QStringLiteral("token")),
                 QJsonValue(QStringLiteral("tok-42")));
    }

    void syntaxErrorIsShownAtItsLine()
    {
        HttpClient client;
        VariableContext context;
        RequestTab tab(&client, &context);
        HttpItem item;
        item.request.url = m_base + QStringLiteral("/get");
        item.scripts = {ImportedScript{QStringLiteral("test"),
                                       QStringLiteral("var ok = 1;\nvar broken = ;\n")}};
        tab.setHttpItem(item);
        QSignalSpy finished(&tab, &RequestTab::scriptsFinished);
        tab.send();
        QVERIFY(finished.wait(20000));
        auto *editor = tab.findChild<CodeEditor *>(QStringLiteral("testScript"));
        QVERIFY(editor);
        QCOMPARE(editor->errorLine(), 2);
        QVERIFY(editor->errorMessage().contains(QStringLiteral("SyntaxError")));
        auto *error = tab.findChild<QLabel *>(QStringLiteral("scriptError"));
        QVERIFY(error && error->text().contains(QStringLiteral("line 2, column 14")));
    }

    void runawayScriptDoesNotBlockTheWindow()
    {
        HttpClient client;
        VariableContext context;
        RequestTab tab(&client, &context);
        HttpItem item;
        item.request.url = m_base + QStringLiteral("/get");
        item.scripts = {
            ImportedScript{QStringLiteral("prerequest"), QStringLiteral("while (true) {}")}};
        tab.setHttpItem(item);
        QSignalSpy finished(&tab, &RequestTab::scriptsFinished);
        // A timer on the window's thread keeps ticking while the script spins on the worker.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
        sinceTick.start();
        ticker.start();
        tab.send();
        QVERIFY(finished.wait(30000));
        ticker.stop();
        // The 5 s limit stopped the script; a blocked thread would show a gap that long.
        QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
        auto *error = tab.findChild<QLabel *>(QStringLiteral("scriptError"));
        QVERIFY(error && error->text().contains(QStringLiteral("ran for more than 5 s")));
        // The request was still sent afterwards, as in Postman.
        QTRY_VERIFY_WITH_TIMEOUT(tab.responseView()->exchange().has_value(), 20000);
    }

    void editingAScriptMakesTheTabDirty()
    {
        HttpClient client;
        VariableContext context;
        RequestTab tab(&client, &context);
        HttpItem item;
        item.request.url = m_base + QStringLiteral("/get");
        tab.setHttpItem(item);
        QVERIFY(!tab.isDirty());
        auto *editor = tab.findChild<CodeEditor *>(QStringLiteral("preRequestScript"));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("pm.variables.set('a', 1);"));
        QVERIFY(tab.isDirty());
        QCOMPARE(tab.httpItem().scripts.size(), 1);
        QCOMPARE(tab.httpItem().scripts.first().event, QStringLiteral("prerequest"));
    }

private:
    QString m_base;
};

QTEST_MAIN(tst_RequestTabScripts)
#include "tst_requesttab_scripts.moc"
