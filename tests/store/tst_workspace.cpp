// Workspace persistence (open collections, active environment per collection, globals) and
// the variable scopes built from globals + collection + active environment + local.
#include "core/store/variablescopes.h"
#include "core/store/workspace.h"
#include "samplecollection.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wirescope;

class tst_Workspace : public QObject
{
    Q_OBJECT

private slots:
    void persistsAcrossInstances();
    void missingFilesAreAnEmptyWorkspace();
    void corruptFileIsAnErrorWithPosition();
    void secretGlobalsAreNotWritten();
    void variableScopes();
};

void tst_Workspace::persistsAcrossInstances()
{
    QTemporaryDir config;
    QTemporaryDir a, b;
    {
        Workspace ws(config.filePath(QStringLiteral("sub/dir")));
        ws.addCollection(a.path());
        ws.addCollection(b.path());
        ws.addCollection(a.path() + QStringLiteral("/")); // same collection: not added twice
        ws.setActiveEnvironment(b.path(), QStringLiteral("Staging"));
        ws.setGlobals(
            {Variable{QStringLiteral("g"), QStringLiteral("1"), true, false, QStringLiteral("d")},
             Variable{QStringLiteral("off"), QStringLiteral("2"), false, false, {}}});
        QVERIFY(ws.save().ok());
    }
    Workspace restored(config.filePath(QStringLiteral("sub/dir")));
    QVERIFY(restored.load().ok());
    QCOMPARE(restored.collectionPaths(),
             (QStringList{QDir(a.path()).absolutePath(), QDir(b.path()).absolutePath()}));
    QCOMPARE(restored.activeEnvironment(b.path()), QStringLiteral("Staging"));
    QCOMPARE(restored.activeEnvironment(a.path()), QString());
    QCOMPARE(restored.globals().size(), 2);
    QCOMPARE(restored.globals().at(0).description, QStringLiteral("d"));
    QVERIFY(!restored.globals().at(1).enabled);

    restored.removeCollection(a.path());
    restored.setActiveEnvironment(b.path(), QString());
    QVERIFY(restored.save().ok());
    Workspace again(config.filePath(QStringLiteral("sub/dir")));
    QVERIFY(again.load().ok());
    QCOMPARE(again.collectionPaths(), QStringList{QDir(b.path()).absolutePath()});
    QCOMPARE(again.activeEnvironment(b.path()), QString());
}

void tst_Workspace::missingFilesAreAnEmptyWorkspace()
{
    QTemporaryDir config;
    Workspace ws(config.path());
    QVERIFY(ws.load().ok());
    QVERIFY(ws.collectionPaths().isEmpty());
    QVERIFY(ws.globals().isEmpty());
}

void tst_Workspace::corruptFileIsAnErrorWithPosition()
{
    QTemporaryDir config;
    Workspace ws(config.path());
    ws.addCollection(config.path());
    QVERIFY(ws.save().ok());
    QFile f(ws.workspaceFilePath());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\n  \"format\": 1,\n  \"collections\": [}\n");
    f.close();
    Workspace broken(config.path());
    const Result<void> r = broken.load();
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(ws.workspaceFilePath() + QStringLiteral(":3:")),
             qPrintable(r.error().message));
}

void tst_Workspace::secretGlobalsAreNotWritten()
{
    QTemporaryDir config;
    Workspace ws(config.path());
    ws.setGlobals(
        {Variable{QStringLiteral("apiKey"), QStringLiteral("top-secret-global"), true, true, {}}});
    QVERIFY(ws.save().ok());
    QFile f(ws.globalsFilePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("\"apiKey\""));
    QVERIFY(!bytes.contains("top-secret-global"));
}

void tst_Workspace::variableScopes()
{
    Collection c = test::sampleCollection();
    const VariableList globals{
        Variable{QStringLiteral("base"), QStringLiteral("global-base"), true, false, {}},
        Variable{QStringLiteral("onlyGlobal"), QStringLiteral("g"), true, false, {}},
        Variable{QStringLiteral("disabledGlobal"), QStringLiteral("x"), false, false, {}}};
    const VariableList local{
        Variable{QStringLiteral("onlyLocal"), QStringLiteral("l"), true, false, {}}};

    // No environment: the collection's "base" beats the global one.
    VariableContext ctx = buildVariableContext(globals, c, QString(), local);
    QCOMPARE(ctx.lookup(QStringLiteral("base"))->value, QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(ctx.lookup(QStringLiteral("base"))->scope, VariableScope::Collection);
    QCOMPARE(ctx.lookup(QStringLiteral("onlyGlobal"))->scope, VariableScope::Global);
    QCOMPARE(ctx.lookup(QStringLiteral("onlyLocal"))->scope, VariableScope::Local);
    QVERIFY(!ctx.lookup(QStringLiteral("disabledGlobal")));
    QVERIFY(!ctx.lookup(QStringLiteral("off"))); // disabled collection variable

    // Staging active: its "base" wins; its secret token keeps the secret flag.
    c.environments[0].variables[1].value = QStringLiteral("tok");
    ctx = buildVariableContext(globals, c, QStringLiteral("Staging"), local);
    QCOMPARE(ctx.lookup(QStringLiteral("base"))->value, QStringLiteral("https://staging"));
    QCOMPARE(ctx.lookup(QStringLiteral("base"))->scope, VariableScope::Environment);
    QCOMPARE(ctx.lookup(QStringLiteral("token"))->scope, VariableScope::Environment);
    QVERIFY(ctx.lookup(QStringLiteral("token"))->secret);

    // The resolved view lists every name once with the scope it came from.
    const auto view = ctx.resolvedView();
    QStringList rows;
    for (const auto &[name, resolved] : view)
        rows.append(name + u'=' + resolved.value + u'@'
                    + VariableContext::scopeName(resolved.scope));
    QCOMPARE(rows, (QStringList{QStringLiteral("base=https://staging@environment"),
                                QStringLiteral("onlyGlobal=g@global"),
                                QStringLiteral("onlyLocal=l@local"),
                                QStringLiteral("token=tok@environment")}));

    // An unknown environment name is no environment.
    ctx = buildVariableContext(globals, c, QStringLiteral("Nope"));
    QCOMPARE(ctx.lookup(QStringLiteral("base"))->scope, VariableScope::Collection);
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
