// Script engine benchmark, without the network: one ScriptEngine runs N test-event jobs for a
// recorded-looking exchange (GET /get, 200, eight headers, a 400-byte JSON body), the way the
// runner does, and prints the median and mean time per job for
//   - a bare QJSEngine calling a compiled one-line function (the reference: the floor any
//     QJSEngine-based sandbox pays per call),
//   - an empty script (";": the sandbox's fixed cost per script),
//   - the benchmark's one-line status check (pm.test + pm.response.to.have.status),
//   - a typical chained test (pm.response.json(), pm.expect(...).to.have.property, env set).
//
// Usage: [WIRESCOPE_BENCH_EVICT_MB=4] bench_script_engine [jobs=5000] [script...]

#include "core/model/exchange.h"
#include "core/model/responsebody.h"
#include "core/scripting/scriptengine.h"
#include "core/scripting/scriptjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJSEngine>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wirescope;

namespace {

KeyValue header(const char *name, const char *value)
{
    KeyValue kv;
    kv.name = QString::fromLatin1(name);
    kv.value = QString::fromLatin1(value);
    return kv;
}

Exchange sampleExchange()
{
    Exchange e;
    e.request.method = QStringLiteral("GET");
    e.request.url = QStringLiteral("http://127.0.0.1:8642/get?i=1");
    e.request.headers = {header("Accept", "application/json")};
    Response r;
    r.status = 200;
    r.reason = QStringLiteral("OK");
    r.httpVersion = QStringLiteral("1.1");
    r.headers = {header("Content-Type", "application/json"),
                 header("Content-Length", "400"),
                 header("Date", "Thu, 03 Dec 2026 17:00:00 GMT"),
                 header("Server", "wirescope-demo"),
                 header("Connection", "keep-alive"),
                 header("Cache-Control", "no-store"),
                 header("X-Request-Id", "3f2a9c"),
                 header("Vary", "Accept-Encoding")};
    QByteArray body =
        R"({"args":{"i":"1"},"headers":{"Accept":"application/json","Host":"127.0.0.1:8642",)"
        R"("User-Agent":"wirescope"},"origin":"127.0.0.1","url":"http://127.0.0.1:8642/get?i=1",)"
        R"("token":"abc123","user":{"id":7,"name":"Ada","roles":["admin","dev"]}})";
    r.body = ResponseBody::fromBytes(body);
    r.contentType = QStringLiteral("application/json");
    e.response = r;
    return e;
}

struct Figures
{
    double medianUs = 0;
    double meanUs = 0;
};

Figures summarize(QList<double> us)
{
    std::sort(us.begin(), us.end());
    double sum = 0;
    for (double v : us)
        sum += v;
    return {us.at(us.size() / 2), sum / double(us.size())};
}

Figures runJobs(ScriptEngine &engine, const QString &source, int jobs, int *failures)
{
    const Exchange exchange = sampleExchange();
    ScriptJob job;
    job.event = QStringLiteral("test");
    job.scripts = {ScriptSource{QStringLiteral("request"), source}};
    job.request = exchange.request;
    job.exchange = exchange;
    job.requestName = QStringLiteral("r00001");
    job.requestId = QStringLiteral("id-1");
    QList<double> us;
    us.reserve(jobs);
    QEventLoop loop;
    ScriptRunResult last;
    const auto connection = QObject::connect(&engine, &ScriptEngine::finished, &loop,
                                             [&](const ScriptRunResult &result) {
                                                 last = result;
                                                 loop.quit();
                                             });
    // In a collection run the network code runs between two scripts and the engine's data is
    // no longer in the caches; WIRESCOPE_BENCH_EVICT_MB=N writes N MiB between jobs to get
    // that (4 gives figures close to the per-request overhead bench-scripts.sh measures).
    static std::vector<char> evict(size_t(qEnvironmentVariableIntValue("WIRESCOPE_BENCH_EVICT_MB"))
                                   << 20);
    for (int i = 0; i < jobs; ++i) {
        for (size_t k = 0; k < evict.size(); k += 64)
            ++evict[k];
        QElapsedTimer t;
        t.start();
        engine.start(job);
        loop.exec();
        us.append(double(t.nsecsElapsed()) / 1e3);
        bool passed = last.errors.isEmpty();
        for (const ScriptTestResult &test : last.tests)
            passed = passed && test.passed;
        if (!passed)
            ++*failures;
    }
    QObject::disconnect(connection);
    return summarize(us);
}

void print(const char *what, const Figures &f, int failures = 0)
{
    std::printf("%-52s median %8.1f us   mean %8.1f us%s\n", what, f.medianUs, f.meanUs,
                failures ? "   (FAILED jobs!)" : "");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int jobs = argc > 1 ? std::max(1, atoi(argv[1])) : 5000;

    {
        QJSEngine js;
        QJSValue fn = js.evaluate(QStringLiteral("(function (x) { return x.code === 200; })"));
        QJSValue arg = js.newObject();
        arg.setProperty(QStringLiteral("code"), 200);
        QList<double> us;
        for (int i = 0; i < jobs; ++i) {
            QElapsedTimer t;
            t.start();
            fn.call({arg});
            us.append(double(t.nsecsElapsed()) / 1e3);
        }
        print("reference: bare QJSEngine, one compiled call", summarize(us));
    }

    ScriptEngine engine(nullptr);
    int failures = 0;
    // Warm up: the prelude (chai, the sandbox) loads on the first script.
    runJobs(engine, QStringLiteral(";"), 50, &failures);
    print("empty script (sandbox cost per script)",
          runJobs(engine, QStringLiteral(";"), jobs, &failures), failures);
    failures = 0;
    print(
        "pm.test + pm.response.to.have.status(200)",
        runJobs(engine,
                QStringLiteral(
                    "pm.test('status is 200', function () { pm.response.to.have.status(200); });"),
                jobs, &failures),
        failures);
    failures = 0;
    print("chained: json(), expect().to.have.property, env set",
          runJobs(engine,
                  QStringLiteral("const body = pm.response.json();\n"
                                 "pm.test('has a token', function () {\n"
                                 "  pm.expect(body).to.have.property('token');\n"
                                 "  pm.expect(body.user.roles).to.include('admin');\n"
                                 "});\n"
                                 "pm.environment.set('token', body.token);\n"),
                  jobs, &failures),
          failures);
    // Any further arguments are scripts to time the same way (for finding where time goes).
    for (int i = 2; i < argc; ++i) {
        failures = 0;
        const QString source = QString::fromLocal8Bit(argv[i]);
        print(source.left(52).toLocal8Bit().constData(), runJobs(engine, source, jobs, &failures),
              failures);
    }
    return 0;
}
