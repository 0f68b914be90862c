#include "core/model/exchange.h"
#include "core/model/responsebody.h"
#include "core/scripting/scriptengine.h"
#include "tests/scripting/scripttesthelpers.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

namespace {

/// Runs @p sources as the test scripts of one job, one after another on @p engine, with a
/// 200 response whose body is @p json (none when empty).
ScriptRunResult
runScripts(ScriptEngine &engine, const QStringList &sources, const QByteArray &json = {})
{
    ScriptJob job;
    job.event = QStringLiteral("test");
    if (!json.isEmpty()) {
        Exchange e;
        Response r;
        r.status = 200;
        r.reason = QStringLiteral("OK");
        r.headers = {
            KeyValue{QStringLiteral("Content-Type"), QStringLiteral("application/json"), true, {}}};
        r.body = ResponseBody::fromBytes(json);
        r.contentType = QStringLiteral("application/json");
        e.response = r;
        job.exchange = e;
    }
    for (const QString &source : sources)
        job.scripts.append(ScriptSource{QStringLiteral("request"), source});
    job.request.url = QStringLiteral("http://127.0.0.1:9/get");
    job.requestName = QStringLiteral("libraries");
    QSignalSpy spy(&engine, &ScriptEngine::finished);
    if (!engine.start(job))
        qFatal("engine busy");
    if (!spy.wait(30000))
        qFatal("script did not finish");
    return spy.takeFirst().at(0).value<ScriptRunResult>();
}

} // namespace

/// The libraries of Postman's sandbox: require() and the legacy globals, checked against
/// published vectors and fixed inputs, and what a script cannot require.
class tst_ScriptLibraries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As the applications do: QJSEngine's compiler lints the bundled libraries.
        QLoggingCategory::setFilterRules(QStringLiteral("qt.qml.compiler.warning=false"));
    }

    void library_data()
    {
        QTest::addColumn<QString>("assertion");
        const auto row = [](const char *tag, const char *assertion) {
            QTest::newRow(tag) << QString::fromUtf8(assertion);
        };
        // RFC 4231 test cases 2 and 6 (HMAC-SHA-256).
        row("CryptoJS HMAC-SHA256 hex",
            "pm.expect(CryptoJS.HmacSHA256('what do ya want for nothing?', 'Jefe')"
            ".toString(CryptoJS.enc.Hex)).to.equal("
            "'5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')");
        row("CryptoJS HMAC-SHA256 base64",
            "pm.expect(CryptoJS.HmacSHA256('what do ya want for nothing?', 'Jefe')"
            ".toString(CryptoJS.enc.Base64)).to.equal('W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM="
            "')");
        row("require('crypto-js') HMAC with a long key",
            "var C = require('crypto-js'); pm.expect(C.HmacSHA256("
            "'Test Using Larger Than Block-Size Key - Hash Key First', "
            "C.enc.Hex.parse('aa'.repeat(131)))"
            ".toString()).to.equal('"
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54')");
        row("CryptoJS is require('crypto-js')",
            "pm.expect(require('crypto-js')).to.equal(CryptoJS)");
        row("CryptoJS SHA-1 and Base64 of UTF-8",
            "pm.expect(CryptoJS.SHA1('abc').toString()).to.equal("
            "'a9993e364706816aba3e25717850c26c9cd0d89d');"
            "pm.expect(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse('ü'))).to.equal('w7w='"
            ")");
        row("lodash get and map",
            "var l = require('lodash');"
            "pm.expect(l.get({a: {b: [{c: 3}]}}, 'a.b[0].c')).to.equal(3);"
            "pm.expect(l.get({}, 'a.b', 'none')).to.equal('none');"
            "pm.expect(l.map([1, 2, 3], function (n) { return n * 2; })).to.eql([2, 4, 6]);"
            "pm.expect(l.map({x: {n: 1}, y: {n: 2}}, 'n')).to.eql([1, 2])");
        row("lodash is 4.17.21", "pm.expect(require('lodash').VERSION).to.equal('4.17.21')");
        // Postman's legacy `_` is lodash 3 (postman-legacy-interface.js: lodash3.noConflict()).
        row("legacy _ is lodash 3.10.2",
            "pm.expect(_.VERSION).to.equal('3.10.2');"
            "pm.expect(_.get({a: [{b: 'x'}]}, 'a[0].b')).to.equal('x');"
            "pm.expect(_.map([1, 2], function (n) { return n + 1; })).to.eql([2, 3])");
        row("var _ = require('lodash') replaces the legacy _",
            "var _ = require('lodash'); pm.expect(_.VERSION).to.equal('4.17.21')");
        row("moment formats a fixed date",
            "var moment = require('moment');"
            "pm.expect(moment.utc('2024-02-29T13:45:10Z').format('YYYY-MM-DD HH:mm:ss dddd'))"
            ".to.equal('2024-02-29 13:45:10 Thursday');"
            "pm.expect(moment.utc(0).add(1, "
            "'day').toISOString()).to.equal('1970-01-02T00:00:00.000Z');"
            "pm.expect(moment.version).to.equal('2.30.1')");
        row("moment is not a global", "pm.expect(typeof moment).to.equal('undefined')");
        row("uuid v4 format",
            "var uuid = require('uuid'); var re = "
            "/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;"
            "var a = uuid.v4(); var b = uuid();"
            "pm.expect(a).to.match(re); pm.expect(b).to.match(re); pm.expect(a).to.not.equal(b)");
        row("tv4 validate true and false",
            "var schema = {type: 'object', required: ['id'], properties: {id: {type: 'integer'}}};"
            "pm.expect(tv4.validate({id: 3}, schema)).to.equal(true);"
            "pm.expect(tv4.validate({id: 'x'}, schema)).to.equal(false);"
            "pm.expect(tv4.error.message).to.equal('Invalid type: string (expected integer)');"
            "pm.expect(require('tv4')).to.equal(tv4)");
        row("require atob and btoa",
            "pm.expect(require('btoa')('user:pw')).to.equal('dXNlcjpwdw==');"
            "pm.expect(require('atob')('dXNlcjpwdw==')).to.equal('user:pw')");
    }

    void library()
    {
        QFETCH(QString, assertion);
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runScripts(
            engine, {QStringLiteral("pm.test('library', function () { %1; });").arg(assertion)});
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 1);
        QVERIFY(r.tests.at(0).passed);
    }

    void unknownModule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("node builtin") << QStringLiteral("fs");
        QTest::newRow("not bundled") << QStringLiteral("left-pad");
        QTest::newRow("internal name of legacy _") << QStringLiteral("lodash3");
    }

    void unknownModule()
    {
        QFETCH(QString, name);
        ScriptEngine engine(nullptr);
        const ScriptRunResult r =
            runScripts(engine, {QStringLiteral("var a = 1;\nrequire('%1');").arg(name)});
        QCOMPARE(r.errors.size(), 1);
        const ScriptError &e = r.errors.at(0);
        QVERIFY2(e.message.startsWith(QStringLiteral("Error: Cannot find module '%1'").arg(name)),
                 qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral(
                     "not in Wirescope's bundled list (ajv, atob, btoa, crypto-js, lodash, moment, "
                     "tv4, uuid)")),
                 qPrintable(e.message));
        QCOMPARE(e.line, 2);
    }

    /// pm.response.to.have.jsonSchema validates with the bundled ajv, with chai-postman's
    /// messages (Ajv 6's errorsText, allErrors on).
    void jsonSchema_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message"); // empty = passes
        QTest::newRow("valid") << QByteArray(R"({"id": 3, "tags": ["a"]})") << QString();
        QTest::newRow("wrong type") << QByteArray(R"({"id": "3", "tags": ["a"]})")
                                    << QStringLiteral("expected data to satisfy schema but found "
                                                      "following errors: \ndata.id should be "
                                                      "integer");
        QTest::newRow("two errors")
            << QByteArray(R"({"tags": [1]})")
            << QStringLiteral("expected data to satisfy schema but found following errors: \ndata "
                              "should have required property 'id', data.tags[0] should be string");
    }

    void jsonSchema()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runScripts(
            engine,
            {QStringLiteral(
                "pm.test('schema', function () { pm.response.to.have.jsonSchema({type: 'object', "
                "required: ['id'], properties: {id: {type: 'integer'}, tags: {type: 'array', "
                "items: {type: 'string'}}}}); });")},
            body);
        QVERIFY2(r.errors.isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 1);
        QCOMPARE(r.tests.at(0).passed, message.isEmpty());
        QCOMPARE(r.tests.at(0).message, message);
    }

    void requireAjv()
    {
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runScripts(
            engine, {QStringLiteral("var Ajv = require('ajv'); var ajv = new Ajv();"
                                    "pm.test('ajv', function () {"
                                    "pm.expect(ajv.validate({type: 'string'}, 'x')).to.equal(true);"
                                    "pm.expect(ajv.validate({type: 'string'}, 1)).to.equal(false);"
                                    "pm.expect(ajv.errorsText()).to.equal('data should be string');"
                                    "});")});
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 1);
    }

    /// The legacy library globals are the script's parameters, as in Postman's sandbox: a
    /// lexical declaration of one at the top of a script is a SyntaxError there too (newman:
    /// "Identifier '_' has already been declared").
    void lexicalRedeclarationIsASyntaxError()
    {
        ScriptEngine engine(nullptr);
        const ScriptRunResult r =
            runScripts(engine, {QStringLiteral("const CryptoJS = require('crypto-js');")});
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.at(0).message.contains(QStringLiteral("SyntaxError")),
                 qPrintable(r.errors.at(0).message));
        QVERIFY2(r.errors.at(0).message.contains(QStringLiteral("CryptoJS")),
                 qPrintable(r.errors.at(0).message));
    }

    /// One script's assignment to a legacy library global does not reach the next script;
    /// the library itself is shared, as in Postman's sandbox.
    void legacyGlobalsPerScript()
    {
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runScripts(
            engine,
            {QStringLiteral("_ = 5; CryptoJS = null; tv4 = 'x'; require('lodash').mark = 1;"
                            "pm.test('assigned', function () { pm.expect(_).to.equal(5); });"),
             QStringLiteral("pm.test('restored', function () {"
                            "pm.expect(_.VERSION).to.equal('3.10.2');"
                            "pm.expect(CryptoJS.MD5('').toString()).to.equal("
                            "'d41d8cd98f00b204e9800998ecf8427e');"
                            "pm.expect(typeof tv4.validate).to.equal('function');"
                            "pm.expect(require('lodash').mark).to.equal(1); });")});
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 2);
    }

    /// A library does not leave names on the global object (they would survive into every
    /// later script only until the reset, and Postman has none of them).
    void librariesLeaveNoGlobals()
    {
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runScripts(
            engine,
            {QStringLiteral("var before = Object.getOwnPropertyNames(this).sort().join();"
                            "['lodash', 'crypto-js', 'moment', 'tv4', 'uuid'].forEach(require);"
                            "_.noop(); pm.test('same globals', function () {"
                            "pm.expect(Object.getOwnPropertyNames(this).sort().join())"
                            ".to.equal(before); });")});
        QVERIFY2(failures(r).isEmpty(), qPrintable(failures(r)));
        QCOMPARE(r.tests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ScriptLibraries)
#include "tst_scriptlibraries.moc"
