#include "core/model/collectionwalk.h"
#include "ui/collections/collectiondocument.h"
#include "ui/workspace/workspacecontroller.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;

class tst_WorkspaceController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunOpensTheSampleOnce();
    void createAdoptCloseAndEnvironment();
    void demoServerVariables();
};

void tst_WorkspaceController::firstRunOpensTheSampleOnce()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    const QString collections = dir.filePath(QStringLiteral("collections"));
    {
        WorkspaceController controller(config, collections, nullptr);
        QCOMPARE(controller.load(), QStringList());
        QCOMPARE(controller.documents().size(), 1);
        const CollectionDocument *sample = controller.documents().first();
        QCOMPARE(sample->collection().name, QStringLiteral("Getting started"));
        QCOMPARE(countRequests(sample->collection().items), 20);
        QVERIFY(QFileInfo(sample->directory()).isWritable());
        QVERIFY(sample->directory().startsWith(collections));
    }
    // The second start reopens it and does not copy another sample.
    WorkspaceController again(config, collections, nullptr);
    QCOMPARE(again.load(), QStringList());
    QCOMPARE(again.documents().size(), 1);
    QVERIFY(!QFileInfo::exists(collections + QStringLiteral("/Getting started 2")));
}

void tst_WorkspaceController::createAdoptCloseAndEnvironment()
{
    QTemporaryDir dir;
    WorkspaceController controller(dir.filePath(QStringLiteral("config")), dir.filePath(QStringLiteral("c")), nullptr);
    controller.load();
    const auto created = controller.create(dir.filePath(QStringLiteral("mine")), QStringLiteral("Mine"));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("mine/collection.json"))));
    QVERIFY(!controller.create(dir.filePath(QStringLiteral("mine")), QStringLiteral("Again")).ok());

    Collection imported;
    imported.name = QStringLiteral("Imported");
    Environment env;
    env.name = QStringLiteral("staging");
    env.variables = {Variable{QStringLiteral("base"), QStringLiteral("https://staging.example"), true, false, {}}};
    imported.environments = {env};
    const auto adopted = controller.adopt(dir.filePath(QStringLiteral("imported")), imported);
    QVERIFY(adopted.ok());
    QCOMPARE(controller.documents().size(), 3);

    controller.setActiveEnvironment(*adopted, QStringLiteral("staging"));
    QCOMPARE(controller.variablesFor(*adopted).lookup(QStringLiteral("base"))->value, QStringLiteral("https://staging.example"));
    controller.close(*created);
    QCOMPARE(controller.documents().size(), 2);

    WorkspaceController reloaded(dir.filePath(QStringLiteral("config")), dir.filePath(QStringLiteral("c")), nullptr);
    reloaded.load();
    QCOMPARE(reloaded.documents().size(), 2);
    QCOMPARE(reloaded.activeEnvironment(reloaded.documents().last()), QStringLiteral("staging"));
}

void tst_WorkspaceController::demoServerVariables()
{
    QTemporaryDir dir;
    WorkspaceController controller(dir.filePath(QStringLiteral("config")), dir.filePath(QStringLiteral("c")), nullptr);
    controller.load();
    QVERIFY(!controller.variablesFor(nullptr).lookup(QStringLiteral("demo")));
    QString error;
    QVERIFY2(controller.startDemoServer(&error), qPrintable(error));
    QVERIFY(controller.demoServerRunning());
    const auto demo = controller.variablesFor(controller.documents().first()).lookup(QStringLiteral("demo"));
    QVERIFY(demo);
    QVERIFY(demo->value.startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(demo->value, controller.demoServerUrl());
    controller.stopDemoServer();
    QVERIFY(!controller.variablesFor(nullptr).lookup(QStringLiteral("demo")));
}

QTEST_MAIN(tst_WorkspaceController)
#include "tst_workspacecontroller.moc"
