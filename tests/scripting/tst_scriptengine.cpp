#include "core/scripting/scriptengine.h"
#include "tests/scripting/scripttesthelpers.h"

#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

namespace {

struct Run
{
    QString event = QStringLiteral("test");
    QList<ScriptSource> scripts;
    std::optional<Exchange> exchange;
    ScriptVariables variables;
    Request request;
};

ScriptRunResult run(ScriptEngine &engine, Run r)
{
    ScriptJob job;
    job.event = r.event;
    job.scripts = r.scripts;
    job.exchange = r.exchange;
    job.variables = r.variables;
    if (r.request.url.isEmpty())
        r.request.url = QStringLiteral("http://127.0.0.1:9/get?a=1");
    job.request = r.request;
    job.requestName = QStringLiteral("Get thing");
    job.requestId = QStringLiteral("r1");
    job.iteration = 2;
    job.iterationCount = 5;
    QSignalSpy spy(&engine, &ScriptEngine::finished);
    if (!engine.start(job))
        qFatal("engine busy");
    if (!spy.wait(30000))
        qFatal("script did not finish");
    return spy.takeFirst().at(0).value<ScriptRunResult>();
}

ScriptRunResult runOne(ScriptEngine &engine,
                       const QString &source,
                       const QString &event = QStringLiteral("test"),
                       const std::optional<Exchange> &exchange = std::nullopt,
                       const ScriptVariables &variables = {})
{
    Run r;
    r.event = event;
    r.scripts = {ScriptSource{QStringLiteral("request"), source}};
    r.exchange = exchange;
    r.variables = variables;
    return run(engine, r);
}

Exchange exchange(int status,
                  const QByteArray &body,
                  const QString &contentType = QStringLiteral("application/json"))
{
    Exchange e;
    Response r;
    r.status = status;
    r.reason = status == 200 ? QStringLiteral("OK") : QStringLiteral("Not Found");
    r.headers = {KeyValue{QStringLiteral("Content-Type"), contentType, true, {}},
                 KeyValue{QStringLiteral("X-Trace"), QStringLiteral("abc"), true, {}}};
    r.body = ResponseBody::fromBytes(body);
    r.contentType = contentType;
    e.response = r;
    e.timings.total = 12.4;
    return e;
}

const QByteArray kUserJson =
    R"({"user":{"email":"a@b.c","username":"ann","token":"t0k","bio":null,"tags":["x","y"],"age":41}})";

} // namespace

class tst_ScriptEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chaiMessages_data()
    {
        QTest::addColumn<QString>("assertion");
        QTest::addColumn<QString>("message"); // empty = passes
        const auto row = [](const char *a, const char *m) {
            QTest::newRow(a) << QString::fromUtf8(a) << QString::fromUtf8(m);
        };
        row("pm.expect(404).to.equal(200)", "expected 404 to equal 200");
        row("pm.expect(200).to.equal(200)", "");
        row("pm.expect({a: 1}).to.eql({a: 1})", "");
        row("pm.expect({a: 1, b: [1, 2]}).to.eql({a: 1, b: [1, 3]})",
            "expected { a: 1, b: [ 1, 2 ] } to deeply equal { a: 1, b: [ 1, 3 ] }");
        row("pm.expect({a: 1}).to.deep.equal({a: 2})",
            "expected { a: 1 } to deeply equal { a: 2 }");
        row("pm.expect('hello').to.include('x')", "expected 'hello' to include 'x'");
        row("pm.expect([1, 2]).to.include(2)", "");
        row("pm.expect({a: 1}).to.have.property('b')", "expected { a: 1 } to have property 'b'");
        row("pm.expect({a: 1}).to.have.property('a', 1)", "");
        row("pm.expect('x').to.be.a('number')", "expected 'x' to be a number");
        row("pm.expect([]).to.be.an('array')", "");
        row("pm.expect([]).to.be.an('array').that.is.not.empty", "expected [] not to be empty");
        row("pm.expect(5).to.be.above(3).and.below(10)", "");
        row("pm.expect(5).to.be.above(7)", "expected 5 to be above 7");
        row("pm.expect(5).to.be.below(2)", "expected 5 to be below 2");
        row("pm.expect([1, 2, 3]).to.have.length(3)", "");
        row("pm.expect([1, 2, 3]).to.have.lengthOf(2)",
            "expected [ 1, 2, 3 ] to have a length of 2 but got 3");
        row("pm.expect('abc').to.have.length.above(5)",
            "expected 'abc' to have a length above 5 but got 3");
        row("pm.expect('abc').to.match(/^a/)", "");
        row("pm.expect('abc').to.match(/x/)", "expected 'abc' to match /x/");
        row("pm.expect(true).to.be.true", "");
        row("pm.expect(null).to.be.true", "expected null to be true");
        row("pm.expect(1).to.be.false", "expected 1 to be false");
        row("pm.expect(null).to.be.null", "");
        row("pm.expect(0).to.be.null", "expected +0 to be null");
        row("pm.expect(undefined).to.be.undefined", "");
        row("pm.expect('').to.be.empty", "");
        row("pm.expect({a: 1}).to.be.empty", "expected { a: 1 } to be empty");
        row("pm.expect(2).to.not.equal(2)", "expected 2 to not equal 2");
        row("pm.expect(1).to.be.oneOf([2, 3])", "expected 1 to be one of [ 2, 3 ]");
        row("pm.expect('b').to.be.oneOf(['a', 'b'])", "");
        row("pm.expect({a: {b: 1}}).to.have.deep.property('a', {b: 1})", "");
        row("pm.expect([1, 2]).to.have.same.members([2, 1])", "");
        row("pm.expect(1).is.at.least(1).and.at.most(2)", "");
        row("pm.expect({a: 1}).which.has.property('a').that.is.a('number')", "");
        row("pm.expect('x').to.be.bogus", "Invalid Chai property: bogus");
    }

    void chaiMessages()
    {
        QFETCH(QString, assertion);
        QFETCH(QString, message);
        ScriptEngine engine(nullptr);
        const ScriptRunResult r =
            runOne(engine, QStringLiteral("pm.test('t', function () { %1; });").arg(assertion));
        QCOMPARE(r.errors.size(), 0);
        QCOMPARE(r.tests.size(), 1);
        QCOMPARE(r.tests.at(0).name, QStringLiteral("t"));
        QCOMPARE(r.tests.at(0).passed, message.isEmpty());
        if (!message.isEmpty())
            QVERIFY2(r.tests.at(0).message.startsWith(message), qPrintable(r.tests.at(0).message));
    }

    void response_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("assertion");
        QTest::addColumn<QString>("message"); // empty = passes
        const auto row = [](const char *tag, int status, const char *a, const char *m) {
            QTest::newRow(tag) << status << QString::fromUtf8(a) << QString::fromUtf8(m);
        };
        row("status ok", 200, "pm.response.to.have.status(200)", "");
        row("status wrong", 404, "pm.response.to.have.status(200)",
            "expected response to have status code 200 but got 404");
        row("status reason", 200, "pm.response.to.have.status('OK')", "");
        row("status reason wrong", 200, "pm.response.to.have.status('Created')",
            "expected response to have status reason 'Created' but got 'OK'");
        row("status negated", 200, "pm.response.to.not.have.status(200)",
            "expected response to not have status code 200");
        row("status negated passes", 404, "pm.response.to.not.have.status(200)", "");
        row("status through expect", 404, "pm.expect(pm.response).to.have.status(200)",
            "expected response to have status code 200 but got 404");
        row("status of a plain object", 200, "pm.expect({code: 200}).to.have.status(200)",
            "expecting a postman response object but got { code: 200 }");
        row("status of a sendRequest-style object", 200,
            "pm.expect({code: '200'}).to.not.have.status(201)",
            "expecting a postman response object");
        row("be.ok", 200, "pm.response.to.be.ok", "");
        row("be.ok fails", 404, "pm.response.to.be.ok",
            "expected response to have status reason 'OK' but got 'NOT FOUND'");
        row("be.success", 200, "pm.response.to.be.success", "");
        row("be.success fails", 404, "pm.response.to.be.success",
            "expected response code to be 2XX but found 404");
        row("be.error", 404, "pm.response.to.be.error", "");
        row("be.error fails", 200, "pm.response.to.be.error",
            "expected response code to be 4XX or 5XX but found 200");
        row("be.json", 200, "pm.response.to.be.json", "");
        row("header", 200, "pm.response.to.have.header('content-type')", "");
        row("header value", 200, "pm.response.to.have.header('X-Trace', 'abc')", "");
        row("header missing", 200, "pm.response.to.have.header('X-Nope')",
            "expected response to have header with key 'X-Nope'");
        row("body include", 200, "pm.response.to.have.body(/ann/)", "");
        row("jsonBody path", 200, "pm.response.to.have.jsonBody('user.username', 'ann')", "");
        row("jsonBody missing", 200, "pm.response.to.have.jsonBody('user.nope')",
            "expected { user: { email: 'a@b.c', …(5) } } in response to contain property "
            "'user.nope'");
        row("code", 200, "pm.expect(pm.response.code).to.equal(200)", "");
        row("status text", 200, "pm.expect(pm.response.status).to.equal('OK')", "");
        row("headers.get", 200, "pm.expect(pm.response.headers.get('x-trace')).to.equal('abc')",
            "");
        row("headers.has", 200, "pm.expect(pm.response.headers.has('X-TRACE')).to.be.true", "");
        row("headers.toObject", 200,
            "pm.expect(pm.response.headers.toObject()['X-Trace']).to.equal('abc')", "");
        row("responseTime", 200, "pm.expect(pm.response.responseTime).to.be.below(200)", "");
        row("responseSize", 200, "pm.expect(pm.response.responseSize).to.be.above(10)", "");
        row("json()", 200, "pm.expect(pm.response.json().user.tags).to.have.lengthOf(2)", "");
        row("text()", 200, "pm.expect(pm.response.text()).to.include('t0k')", "");
        row("responseTime chain", 200, "pm.response.to.have.responseTime.below(1000)", "");
    }

    void response()
    {
        QFETCH(int, status);
        QFETCH(QString, assertion);
        QFETCH(QString, message);
        ScriptEngine engine(nullptr);
        const ScriptRunResult r =
            runOne(engine, QStringLiteral("pm.test('t', function () { %1; });").arg(assertion),
                   QStringLiteral("test"), exchange(status, kUserJson));
        QVERIFY2(r.errors.isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 1);
        QVERIFY2(r.tests.at(0).passed == message.isEmpty(), qPrintable(r.tests.at(0).message));
        if (!message.isEmpty())
            QVERIFY2(r.tests.at(0).message.startsWith(message), qPrintable(r.tests.at(0).message));
    }

    void variableScopes()
    {
        ScriptVariables vars;
        vars.set(ScriptScope::Global, QStringLiteral("who"), QStringLiteral("global"));
        vars.set(ScriptScope::Collection, QStringLiteral("who"), QStringLiteral("collection"));
        vars.set(ScriptScope::Environment, QStringLiteral("who"), QStringLiteral("environment"));
        vars.set(ScriptScope::Data, QStringLiteral("who"), QStringLiteral("data"));
        vars.set(ScriptScope::Environment, QStringLiteral("token"), QStringLiteral("s3cret"), true);
        vars.set(ScriptScope::Global, QStringLiteral("onlyGlobal"), 1);
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runOne(engine, QStringLiteral(R"(
pm.test('data beats environment', function () { pm.expect(pm.variables.get('who')).to.equal('data'); });
pm.variables.set('who', 'local');
pm.test('local beats data', function () { pm.expect(pm.variables.get('who')).to.equal('local'); });
pm.test('each scope keeps its own', function () {
    pm.expect(pm.environment.get('who')).to.equal('environment');
    pm.expect(pm.collectionVariables.get('who')).to.equal('collection');
    pm.expect(pm.globals.get('who')).to.equal('global');
    pm.expect(pm.iterationData.get('who')).to.equal('data');
});
pm.test('has and unset', function () {
    pm.expect(pm.globals.has('onlyGlobal')).to.be.true;
    pm.expect(pm.variables.has('onlyGlobal')).to.be.true;
    pm.globals.unset('onlyGlobal');
    pm.expect(pm.globals.has('onlyGlobal')).to.be.false;
    pm.expect(pm.variables.get('onlyGlobal')).to.be.undefined;
});
pm.environment.set('count', 41);
pm.environment.set('count', pm.environment.get('count') + 1);
pm.collectionVariables.set('obj', {a: [1, 2]});
pm.test('types survive', function () {
    pm.expect(pm.environment.get('count')).to.equal(42);
    pm.expect(pm.collectionVariables.get('obj')).to.eql({a: [1, 2]});
});
pm.test('toObject', function () {
    pm.expect(pm.environment.toObject()).to.eql({who: 'environment', token: 's3cret', count: 42});
    pm.expect(pm.variables.toObject().who).to.equal('local');
});
pm.test('replaceIn', function () {
    pm.expect(pm.variables.replaceIn('hi {{who}} {{count}}')).to.equal('hi local 42');
});
pm.environment.set('token', 'n3w');
)"),
                                         QStringLiteral("test"), std::nullopt, vars);
        QVERIFY2(r.errors.isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 7);
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QVERIFY(r.variablesChanged);
        QCOMPARE(r.variables.value(ScriptScope::Environment, QStringLiteral("count")),
                 QJsonValue(42));
        QCOMPARE(r.variables.value(ScriptScope::Local, QStringLiteral("who")),
                 QJsonValue(QStringLiteral("local")));
        QVERIFY(!r.variables.has(ScriptScope::Global, QStringLiteral("onlyGlobal")));
        // A secret stays secret when a script changes it.
        QCOMPARE(r.variables.value(ScriptScope::Environment, QStringLiteral("token")),
                 QJsonValue(QStringLiteral("n3w")));
        QVERIFY(r.variables.isSecret(ScriptScope::Environment, QStringLiteral("token")));
        const VariableContext context = r.variables.toContext();
        QCOMPARE(context.lookup(QStringLiteral("count"))->value, QStringLiteral("42"));
        QCOMPARE(context.lookup(QStringLiteral("obj"))->value, QStringLiteral("{\"a\":[1,2]}"));
        QCOMPARE(context.lookup(QStringLiteral("who"))->value, QStringLiteral("local"));
    }

    void localOnlyChangesAreNotPersistent()
    {
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runOne(engine, QStringLiteral("pm.variables.set('x', 1);"));
        QVERIFY(!r.variablesChanged);
        QCOMPARE(r.variables.value(ScriptScope::Local, QStringLiteral("x")), QJsonValue(1));
    }

    void requestInPreRequest()
    {
        ScriptEngine engine(nullptr);
        Run r;
        r.event = QStringLiteral("prerequest");
        r.request.method = QStringLiteral("GET");
        r.request.url = QStringLiteral("{{base}}/get?a=1");
        r.request.headers = {
            KeyValue{QStringLiteral("X-Old"), QStringLiteral("1"), true, {}},
            KeyValue{QStringLiteral("Accept"), QStringLiteral("text/plain"), true, {}}};
        r.scripts = {ScriptSource{QStringLiteral("request"), QStringLiteral(R"(
pm.test('sees the request as written', function () {
    pm.expect(pm.request.url.toString()).to.equal('{{base}}/get?a=1');
    pm.expect(pm.request.method).to.equal('GET');
    pm.expect(pm.request.headers.get('x-old')).to.equal('1');
    pm.expect(pm.request.url.query.get('a')).to.equal('1');
    pm.expect(pm.info.eventName).to.equal('prerequest');
    pm.expect(pm.info.requestName).to.equal('Get thing');
    pm.expect(pm.info.iteration).to.equal(2);
});
pm.request.method = 'post';
pm.request.url.query.add({key: 'b', value: '{{two}}'});
pm.request.url.path.push('more');
pm.request.headers.add({key: 'X-New', value: 'yes'});
pm.request.headers.upsert({key: 'accept', value: 'application/json'});
pm.request.headers.remove('X-Old');
pm.request.body.update(JSON.stringify({hello: 'world'}));
)")}};
        const ScriptRunResult result = run(engine, r);
        QVERIFY2(failures(result).isEmpty(), qPrintable(failures(result)));
        QCOMPARE(result.request.method, QStringLiteral("POST"));
        QCOMPARE(result.request.url, QStringLiteral("{{base}}/get/more?a=1&b={{two}}"));
        QCOMPARE(result.request.queryParams.size(), 2);
        QCOMPARE(result.request.queryParams.at(1).name, QStringLiteral("b"));
        QCOMPARE(result.request.headers.size(), 2);
        QCOMPARE(result.request.headers.at(0).name, QStringLiteral("Accept"));
        QCOMPARE(result.request.headers.at(0).value, QStringLiteral("application/json"));
        QCOMPARE(result.request.headers.at(1).name, QStringLiteral("X-New"));
        QCOMPARE(result.request.body.kind, BodyKind::Raw);
        QCOMPARE(result.request.body.raw, QStringLiteral("{\"hello\":\"world\"}"));
    }

    void requestUnchangedStaysIdentical()
    {
        ScriptEngine engine(nullptr);
        Run r;
        r.event = QStringLiteral("prerequest");
        r.request.url = QStringLiteral("https://user:pw@{{host}}:8443/a/b/?x=1&flag#frag");
        r.request.queryParams = {KeyValue{QStringLiteral("x"), QStringLiteral("1"), true, {}},
                                 KeyValue{QStringLiteral("flag"), {}, true, {}}};
        r.scripts = {ScriptSource{QStringLiteral("request"),
                                  QStringLiteral("var u = pm.request.url.toString();")}};
        const ScriptRunResult result = run(engine, r);
        QVERIFY2(failures(result).isEmpty(), qPrintable(failures(result)));
        QCOMPARE(result.request, r.request);
    }

    void legacyApi()
    {
        ScriptVariables vars;
        vars.set(ScriptScope::Environment, QStringLiteral("isIntegrationTest"), false);
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runOne(engine, QStringLiteral(R"(
var responseJSON = JSON.parse(responseBody);
tests['Response code is 200 OK'] = responseCode.code === 200;
tests['Response contains "user" property'] = responseJSON.hasOwnProperty('user');
tests['has no "nope"'] = responseJSON.hasOwnProperty('nope');
tests['fast'] = responseTime < 1000;
tests['header'] = responseHeaders['X-Trace'] === 'abc' && postman.getResponseHeader('x-trace') === 'abc';
tests['environment object'] = environment.isIntegrationTest === false;
postman.setEnvironmentVariable('token', responseJSON.user.token);
postman.setGlobalVariable('g', 'G');
tests['getEnvironmentVariable'] = postman.getEnvironmentVariable('token') === 't0k';
)"),
                                         QStringLiteral("test"), exchange(200, kUserJson), vars);
        QVERIFY2(r.errors.isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 7);
        for (const ScriptTestResult &t : r.tests) {
            if (t.name == u"has no \"nope\"") {
                QVERIFY(!t.passed);
                QCOMPARE(t.message, QStringLiteral("expected false to be truthy"));
            } else {
                QVERIFY2(t.passed, qPrintable(t.name));
            }
        }
        QCOMPARE(r.variables.value(ScriptScope::Environment, QStringLiteral("token")),
                 QJsonValue(QStringLiteral("t0k")));
        QCOMPARE(r.variables.value(ScriptScope::Global, QStringLiteral("g")),
                 QJsonValue(QStringLiteral("G")));
    }

    /// Every test script of the real Conduit collection (gothinkster/realworld) runs to its end
    /// against a response of the shape it expects.
    void conduitCorpusScripts()
    {
        QFile file(test::sourceDataDir()
                   + QStringLiteral("/corpus/Conduit.postman_collection.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject collection = QJsonDocument::fromJson(file.readAll()).object();
        QStringList scripts;
        std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &items) {
            for (const QJsonValue &v : items) {
                const QJsonObject item = v.toObject();
                walk(item.value(QLatin1String("item")).toArray());
                for (const QJsonValue &e : item.value(QLatin1String("event")).toArray()) {
                    QStringList lines;
                    for (const QJsonValue &l : e.toObject()
                                                   .value(QLatin1String("script"))
                                                   .toObject()
                                                   .value(QLatin1String("exec"))
                                                   .toArray())
                        lines.append(l.toString());
                    scripts.append(lines.join(u'\n'));
                }
            }
        };
        walk(collection.value(QLatin1String("item")).toArray());
        QVERIFY(scripts.size() >= 20);
        const QByteArray body =
            R"({"user":{"email":"e","username":"u","bio":"b","image":"i","token":"t"},
            "article":{"title":"t","slug":"s","body":"b","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z",
              "description":"d","tagList":[],"author":{},"favorited":false,"favoritesCount":0},
            "articles":[{"title":"t","slug":"s","body":"b","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z",
              "description":"d","tagList":[],"author":{},"favorited":false,"favoritesCount":0}],"articlesCount":1,"comments":[],"comment":{"id":1,"body":"b","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z","author":{}},
            "profile":{"username":"u","bio":"b","image":"i","following":false},"tags":[]})";
        ScriptEngine engine(nullptr);
        int tests = 0;
        for (const QString &script : std::as_const(scripts)) {
            const ScriptRunResult r =
                runOne(engine, script, QStringLiteral("test"), exchange(200, body));
            QVERIFY2(r.errors.isEmpty(), qPrintable(failures(r) + QStringLiteral("\n") + script));
            tests += int(r.tests.size());
        }
        QVERIFY(tests > 100);
    }

    void console()
    {
        ScriptEngine engine(nullptr);
        QSignalSpy lines(&engine, &ScriptEngine::consoleMessage);
        const ScriptRunResult r =
            runOne(engine, QStringLiteral("console.log('a', 1, {b: [2]}); console.warn('w'); "
                                          "console.error(new Error('boom')); console.info('i');"));
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.console.size(), 4);
        QCOMPARE(r.console.at(0).text, QStringLiteral("a 1 { b: [ 2 ] }"));
        QCOMPARE(r.console.at(0).level, ScriptConsoleLine::Level::Log);
        QCOMPARE(r.console.at(1).level, ScriptConsoleLine::Level::Warn);
        QCOMPARE(r.console.at(2).level, ScriptConsoleLine::Level::Error);
        QVERIFY(r.console.at(2).text.contains(QStringLiteral("boom")));
        QCOMPARE(r.console.at(3).level, ScriptConsoleLine::Level::Info);
        QCOMPARE(lines.size(), 4);
    }

    void asyncTests()
    {
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runOne(engine, QStringLiteral(R"(
pm.test('async passes', function (done) { setTimeout(function () { pm.expect(1).to.equal(1); done(); }, 20); });
pm.test('async fails', function (done) { setTimeout(function () { done(new Error('late failure')); }, 10); });
pm.test('sync done', function (done) { done(); });
pm.test.skip('skipped one', function () { throw new Error('never'); });
)"));
        QVERIFY2(r.errors.isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 4);
        QHash<QString, ScriptTestResult> byName;
        for (const ScriptTestResult &t : r.tests)
            byName.insert(t.name, t);
        QVERIFY(byName.value(QStringLiteral("async passes")).passed);
        QVERIFY(!byName.value(QStringLiteral("async fails")).passed);
        QCOMPARE(byName.value(QStringLiteral("async fails")).message,
                 QStringLiteral("late failure"));
        QVERIFY(byName.value(QStringLiteral("sync done")).passed);
        QVERIFY(byName.value(QStringLiteral("skipped one")).skipped);
    }

    void doneNeverCalledTimesOut()
    {
        ScriptEngine engine(nullptr);
        engine.setLimits({300, 256LL << 20, 1 << 20});
        const ScriptRunResult r =
            runOne(engine, QStringLiteral("pm.test('waits', function (done) { });"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.at(0).message.contains(QStringLiteral("pm.test waiting for done()")),
                 qPrintable(r.errors.at(0).message));
    }

    void execution()
    {
        ScriptEngine engine(nullptr);
        ScriptRunResult r = runOne(
            engine,
            QStringLiteral("pm.execution.skipRequest(); pm.execution.setNextRequest('Login');"),
            QStringLiteral("prerequest"));
        QVERIFY(r.skipRequest);
        QVERIFY(r.nextRequestSet);
        QCOMPARE(r.nextRequest, std::optional<QString>(QStringLiteral("Login")));
        r = runOne(engine, QStringLiteral("postman.setNextRequest(null);"));
        QVERIFY(r.nextRequestSet);
        QVERIFY(!r.nextRequest);
        // Postman has no skipRequest in test scripts.
        r = runOne(engine, QStringLiteral("pm.execution.skipRequest();"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(!r.skipRequest);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("syntax") << QStringLiteral("var a = 1;\nvar x = ;\n")
                                << QStringLiteral("SyntaxError") << 2 << 9;
        QTest::newRow("syntax first line") << QStringLiteral("pm.test('x', function () {")
                                           << QStringLiteral("SyntaxError") << 1 << 0;
        QTest::newRow("throw") << QStringLiteral("var a = 1;\n\nthrow new Error('boom');")
                               << QStringLiteral("Error: boom") << 3 << 0;
        QTest::newRow("throw string")
            << QStringLiteral("throw 'plain';") << QStringLiteral("plain") << 0 << 0;
        QTest::newRow("reference")
            << QStringLiteral("\nfoo.bar();")
            << QStringLiteral("ReferenceError: foo is not defined") << 2 << 0;
        QTest::newRow("missing api")
            << QStringLiteral("pm.nosuchthing();") << QStringLiteral("TypeError") << 1 << 0;
        QTest::newRow("missing nested api")
            << QStringLiteral("pm.cookies.jar();") << QStringLiteral("TypeError") << 1 << 0;
        QTest::newRow("expect outside test")
            << QStringLiteral("\npm.expect(1).to.equal(2);")
            << QStringLiteral("AssertionError: expected 1 to equal 2") << 2 << 0;
        QTest::newRow("require") << QStringLiteral("var fs = require('fs');")
                                 << QStringLiteral("Error: Cannot find module 'fs'") << 1 << 0;
        QTest::newRow("pm.require") << QStringLiteral("pm.require('npm:lodash');")
                                    << QStringLiteral("is not available") << 1 << 0;
        QTest::newRow("recursion")
            << QStringLiteral("function f() { return f() + 1; }\nf();")
            << QStringLiteral("RangeError: Maximum call stack size exceeded") << 1 << 0;
        QTest::newRow("huge repeat") << QStringLiteral("'x'.repeat(Math.pow(2, 30));")
                                     << QStringLiteral("RangeError: repeat would create") << 0 << 0;
        QTest::newRow("huge join") << QStringLiteral("new Array(Math.pow(2, 30)).join('ab');")
                                   << QStringLiteral("RangeError: join would create") << 0 << 0;
    }

    void errors()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runOne(engine, source);
        QCOMPARE(r.errors.size(), 1);
        const ScriptError &e = r.errors.at(0);
        QVERIFY2(e.message.contains(message), qPrintable(e.describe()));
        if (line > 0)
            QCOMPARE(e.line, line);
        if (column > 0)
            QCOMPARE(e.column, column);
        QCOMPARE(e.origin, QStringLiteral("request"));
        QCOMPARE(e.event, QStringLiteral("test"));
        // The engine is still usable afterwards.
        const ScriptRunResult after =
            runOne(engine, QStringLiteral("pm.test('fine', function () {});"));
        QVERIFY(after.errors.isEmpty());
        QCOMPARE(after.tests.size(), 1);
    }

    void endlessLoopIsStopped_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("while") << QStringLiteral("while (true) {}");
        QTest::newRow("inside pm.test")
            << QStringLiteral("pm.test('spin', function () { for (;;) {} });");
        QTest::newRow("in a timer")
            << QStringLiteral("setTimeout(function () { while (true) {} }, 1);");
        QTest::newRow("catch and retry")
            << QStringLiteral("while (true) { try { while (true) {} } catch (e) {} }");
    }

    void endlessLoopIsStopped()
    {
        QFETCH(QString, source);
        ScriptEngine engine(nullptr);
        engine.setLimits({400, 256LL << 20, 1 << 20});
        QElapsedTimer clock;
        clock.start();
        const ScriptRunResult r = runOne(engine, source);
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(!r.errors.isEmpty());
        QVERIFY2(r.errors.at(0).message.contains(QStringLiteral("ran for more than 400 ms")),
                 qPrintable(r.errors.at(0).message));
        const ScriptRunResult after =
            runOne(engine, QStringLiteral("pm.test('fine', function () {});"));
        QVERIFY2(after.errors.isEmpty(), qPrintable(failures(after)));
    }

    void runawayAllocationIsStopped_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("array of strings")
            << QStringLiteral("var a = []; while (true) a.push('abcdefghij' + a.length);");
        QTest::newRow("objects") << QStringLiteral(
            "var a = []; while (true) a.push({x: a.length, y: [1, 2, 3]});");
        QTest::newRow("doubling string")
            << QStringLiteral("var s = 'x'; var keep = []; while (true) { s = s + s; "
                              "keep.push(s.length > 1e6 ? s.slice(1) : s); }");
    }

    void runawayAllocationIsStopped()
    {
        QFETCH(QString, source);
        ScriptEngine engine(nullptr);
        engine.setLimits({20000, 64LL << 20, 1 << 20});
        const ScriptRunResult r = runOne(engine, source);
        QCOMPARE(r.errors.size(), 1);
        const QString m = r.errors.at(0).message;
        QVERIFY2(m.contains(QStringLiteral("more than 64 MiB of memory"))
                     || m.contains(QStringLiteral("RangeError")),
                 qPrintable(m));
    }

    void sandbox_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("no require")
            << QStringLiteral("typeof require === 'function' && (function () { try { "
                              "require('fs'); return false; } catch (e) { return true; } })()");
        QTest::newRow("no XMLHttpRequest")
            << QStringLiteral("typeof XMLHttpRequest === 'undefined'");
        QTest::newRow("no Qt") << QStringLiteral("typeof Qt === 'undefined'");
        QTest::newRow("no process") << QStringLiteral("typeof process === 'undefined'");
        QTest::newRow("no host global") << QStringLiteral("typeof host === 'undefined'");
        QTest::newRow("no import")
            << QStringLiteral("(function () { try { eval(\"import('/etc/passwd')\"); return false; "
                              "} catch (e) { return true; } })()");
        QTest::newRow("btoa/atob")
            << QStringLiteral("atob(btoa('user:pw')) === 'user:pw' && btoa('a') === 'YQ=='");
    }

    void sandbox()
    {
        QFETCH(QString, expression);
        ScriptEngine engine(nullptr);
        const ScriptRunResult r =
            runOne(engine, QStringLiteral("tests['check'] = %1;").arg(expression));
        QVERIFY2(r.errors.isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 1);
        QVERIFY2(r.tests.at(0).passed, qPrintable(expression));
    }

    /// The legacy globals are built only for a script whose text names them; every way a
    /// script can reach them without writing the name plainly still gets them.
    void legacyNamesReachedIndirectly_data()
    {
        QTest::addColumn<QString>("source");
        const auto row = [](const char *tag, const char *source) {
            QTest::newRow(tag) << QString::fromUtf8(source);
        };
        row("plain",
            "tests['t'] = responseCode.code === 200 && JSON.parse(responseBody).user.age === 41;");
        row("arguments", "var a = Array.prototype.slice.call(arguments);"
                         " tests['t'] = a.some(function (v) { return v && v.code === 200; });");
        row("direct eval", "tests['t'] = eval('respon' + 'seCode').code === 200;");
        row("spread", "var chars = [...responseBody]; tests['t'] = chars.length > 10 && "
                      "chars.join('') === pm.response.text();");
        row("unicode escape", "tests['t'] = \\u0072esponseCode.code === 200;");
        row("after a dot and a space",
            "var x = { a: 1 }. a; tests['t'] = responseCode . code === 200;");
    }

    void legacyNamesReachedIndirectly()
    {
        QFETCH(QString, source);
        ScriptEngine engine(nullptr);
        const ScriptRunResult r =
            runOne(engine, source, QStringLiteral("test"), exchange(200, kUserJson));
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 1);
    }

    /// pm.request and the legacy globals are built on demand; what a script sees does not
    /// depend on which of them an earlier script of the same job used.
    void lazyScopeMatchesEagerOne()
    {
        ScriptVariables vars;
        vars.set(ScriptScope::Environment, QStringLiteral("e"), QStringLiteral("E"));
        ScriptEngine engine(nullptr);
        Run r;
        r.event = QStringLiteral("prerequest");
        r.variables = vars;
        r.scripts = {
            ScriptSource{QStringLiteral("collection"),
                         QStringLiteral("pm.request.headers.add({key: 'X-A', value: '1'});")},
            ScriptSource{QStringLiteral("folder f"), QStringLiteral("pm.environment.set('n', 1);")},
            ScriptSource{QStringLiteral("request"), QStringLiteral(R"(
tests['header from the first script'] = pm.request.headers.get('X-A') === '1';
tests['legacy request sees it'] = request.headers['X-A'] === '1';
tests['legacy environment'] = environment.e === 'E' && environment.n === 1;
tests['pm.request assignable'] = (function () { var old = pm.request; pm.request = 5; var ok = pm.request === 5; pm.request = old; return ok; })();
tests['keys'] = Object.keys(pm).indexOf('request') >= 0 && Object.keys(pm).indexOf('response') < 0;
)")}};
        const ScriptRunResult result = run(engine, r);
        QVERIFY2(failures(result).isEmpty(), qPrintable(failures(result)));
        QCOMPARE(result.tests.size(), 5);
        QCOMPARE(firstValue(result.request.headers, u"X-A"), QStringLiteral("1"));
    }

    void scriptsDoNotShareGlobals()
    {
        ScriptEngine engine(nullptr);
        Run r;
        r.scripts = {ScriptSource{QStringLiteral("collection"),
                                  QStringLiteral("leaked = 1; var local = 2; JSON = null; Math.pi2 "
                                                 "= 6.28; function helper() {}")},
                     // The same number of global names as before: one removed, one added.
                     ScriptSource{QStringLiteral("folder f"),
                                  QStringLiteral("delete encodeURI; sneaky = 1;")},
                     ScriptSource{QStringLiteral("request"), QStringLiteral(R"(
tests['implicit global removed'] = typeof leaked === 'undefined';
tests['var stays local'] = typeof local === 'undefined';
tests['function stays local'] = typeof helper === 'undefined';
tests['JSON restored'] = typeof JSON.parse === 'function';
tests['deleted builtin restored'] = typeof encodeURI === 'function';
tests['global added beside a deletion removed'] = typeof sneaky === 'undefined';
)")}};
        const ScriptRunResult result = run(engine, r);
        QVERIFY2(failures(result).isEmpty(), qPrintable(failures(result)));
        QCOMPARE(result.tests.size(), 6);
    }

    void errorInOneScriptDoesNotStopTheNext()
    {
        ScriptEngine engine(nullptr);
        Run r;
        r.scripts = {
            ScriptSource{QStringLiteral("collection"),
                         QStringLiteral("pm.environment.set('a', 1); throw new Error('first');")},
            ScriptSource{QStringLiteral("folder Users"), QStringLiteral("syntax error here(")},
            ScriptSource{QStringLiteral("request"),
                         QStringLiteral("tests['ran'] = pm.environment.get('a') === 1;")}};
        const ScriptRunResult result = run(engine, r);
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).origin, QStringLiteral("collection"));
        QCOMPARE(result.errors.at(1).origin, QStringLiteral("folder Users"));
        QCOMPARE(result.tests.size(), 1);
        QVERIFY(result.tests.at(0).passed);
    }

    void sendRequestWithoutClientFails()
    {
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runOne(
            engine, QStringLiteral("pm.sendRequest('http://127.0.0.1:9/', function (err, res) { "
                                   "tests['got an error'] = !!err && res === undefined; });"));
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ScriptEngine)
#include "tst_scriptengine.moc"
