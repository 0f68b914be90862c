// The "Getting started" collection shipped in resources/ runs green against the embedded demo
// server: what a new user clicks through on a machine with no network.

#include "core/http/httpclient.h"
#include "core/runner/collectionrunner.h"
#include "core/server/demoserver.h"
#include "core/store/collectionfiles.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace wirescope;
using wirescope::server::DemoServer;
using wirescope::server::DemoServerOptions;

class tst_SampleCollection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsWithoutProblems();
    void runsGreenAgainstTheDemoServer();
};

namespace {

QString sampleDir()
{
    return QStringLiteral(WIRESCOPE_SOURCE_DIR "/resources/sample/getting-started");
}

} // namespace

void tst_SampleCollection::loadsWithoutProblems()
{
    const auto loaded = store::loadCollectionDirectory(sampleDir());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY2(loaded->problems.isEmpty(), qPrintable(loaded->problems.value(0).toString()));
    QCOMPARE(loaded->collection.name, QStringLiteral("Getting started"));
    QCOMPARE(countRequests(loaded->collection.items), 22);
    QCOMPARE(loaded->collection.environments.size(), 1);
    // Every feature the tour promises is in there.
    QSet<BodyKind> bodies;
    QSet<AuthKind> auths;
    int ws = 0, captures = 0, pathVars = 0, scripts = 0;
    std::function<void(const std::vector<CollectionItem> &)> walk =
        [&](const std::vector<CollectionItem> &items) {
            for (const CollectionItem &item : items) {
                if (const auto *f = std::get_if<Folder>(&item.node)) {
                    walk(f->children);
                } else if (const auto *h = std::get_if<HttpItem>(&item.node)) {
                    bodies.insert(h->request.body.kind);
                    auths.insert(h->request.auth.kind);
                    captures += int(h->captures.size());
                    pathVars += int(h->request.pathVariables.size());
                    scripts += int(h->scripts.size());
                } else {
                    ws += int(std::get<WebSocketItem>(item.node).request.savedMessages.size() > 0);
                }
            }
        };
    walk(loaded->collection.items);
    QVERIFY(bodies.contains(BodyKind::Raw) && bodies.contains(BodyKind::FormUrlEncoded)
            && bodies.contains(BodyKind::Multipart));
    QVERIFY(auths.contains(AuthKind::Basic) && auths.contains(AuthKind::Bearer));
    QCOMPARE(ws, 2);
    QVERIFY(captures >= 1);
    QVERIFY(pathVars >= 1);
    QCOMPARE(scripts, 3); // the scripted login: a test script, then a pre-request and a test script
}

void tst_SampleCollection::runsGreenAgainstTheDemoServer()
{
    DemoServer server;
    DemoServerOptions options; // 127.0.0.1, any free port
    const auto listening = server.listen(options);
    QVERIFY2(listening.ok(), qPrintable(listening.ok() ? QString() : listening.error().message));

    const auto loaded = store::loadCollectionDirectory(sampleDir());
    QVERIFY(loaded.ok());
    RunOptions run;
    run.variables.set(VariableScope::Global, QStringLiteral("demo"),
                      server.httpUrl().toString(QUrl::StripTrailingSlash));
    run.variables.set(VariableScope::Global, QStringLiteral("demoWs"),
                      server.webSocketUrl().toString(QUrl::StripTrailingSlash));
    for (const Variable &v : loaded->collection.variables)
        run.variables.set(VariableScope::Collection, v.name, v.value);

    HttpClient client;
    CollectionRunner runner(&client);
    QStringList failures;
    connect(&runner, &CollectionRunner::requestFinished, this, [&](const RequestOutcome &o) {
        if (!o.passed()) {
            QString why = o.error ? o.error->message : QString();
            for (const AssertionResult &r : o.assertions)
                if (!r.passed)
                    why += r.assertion.describe() + QStringLiteral(": ") + r.message
                           + QStringLiteral("; ");
            for (const ScriptTestResult &t : o.scriptTests)
                if (!t.passed)
                    why += t.name + QStringLiteral(": ") + t.message + QStringLiteral("; ");
            for (const ScriptError &e : o.scriptErrors)
                why += e.describe() + QStringLiteral("; ");
            failures.append(o.name + QStringLiteral(" -> ") + why);
        }
    });
    QSignalSpy finished(&runner, &CollectionRunner::finished);
    QVERIFY(runner.start(loaded->collection, run).ok());
    QVERIFY(finished.wait(30000));
    const auto summary = finished.first().first().value<RunSummary>();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(summary.requests, 20);
    QCOMPARE(summary.scriptTests, 3);
    QCOMPARE(summary.scriptTestsFailed, 0);
    QCOMPARE(summary.skipped, 2);
    QVERIFY(summary.assertions >= 20);
    QVERIFY(summary.passed());
}

QTEST_GUILESS_MAIN(tst_SampleCollection)
#include "tst_samplecollection.moc"
