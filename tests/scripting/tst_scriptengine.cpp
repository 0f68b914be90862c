#include "core/scripting/scriptengine.h"

#include <QSignalSpy>
#include <QTest>

using namespace wirescope;

namespace {

/// Runs @p source as one script of @p event and waits for the result.
ScriptRunResult runScript(ScriptEngine &engine, const QString &source, const QString &event = QStringLiteral("test"),
                          const std::optional<Exchange> &exchange = std::nullopt, ScriptVariables variables = {},
                          Request request = {})
{
    ScriptJob job;
    job.event = event;
    job.scripts = {ScriptSource{QStringLiteral("request"), source}};
    job.exchange = exchange;
    job.variables = variables;
    if (request.url.isEmpty())
        request.url = QStringLiteral("http://127.0.0.1:9/get?a=1");
    job.request = request;
    job.requestName = QStringLiteral("Get thing");
    job.requestId = QStringLiteral("r1");
    QSignalSpy spy(&engine, &ScriptEngine::finished);
    if (!engine.start(job))
        qFatal("engine busy");
    if (!spy.wait(30000))
        qFatal("script did not finish");
    return spy.takeFirst().at(0).value<ScriptRunResult>();
}

[[maybe_unused]] Exchange jsonExchange(int status, const QByteArray &body, const QString &contentType = QStringLiteral("application/json"))
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

} // namespace

class tst_ScriptEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smoke()
    {
        ScriptEngine engine(nullptr);
        const ScriptRunResult r = runScript(engine, QStringLiteral("pm.test('one', function () { pm.expect(404).to.equal(200); });"));
        QCOMPARE(r.errors.size(), 0);
        QCOMPARE(r.tests.size(), 1);
        QCOMPARE(r.tests.at(0).passed, false);
        QCOMPARE(r.tests.at(0).message, QStringLiteral("expected 404 to equal 200"));
    }
};

QTEST_GUILESS_MAIN(tst_ScriptEngine)
#include "tst_scriptengine.moc"
