#include "core/model/collectionwalk.h"
#include "core/secrets/secretstore.h"
#include "ui/collections/collectiondocument.h"
#include "ui/workspace/workspacecontroller.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;

class tst_WorkspaceController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunOpensTheSampleOnce();
    void createAdoptCloseAndEnvironment();
    void adoptedSecretsGoToTheKeychain();
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
        QCOMPARE(countRequests(sample->collection().items), 22);
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
    WorkspaceController controller(dir.filePath(QStringLiteral("config")),
                                   dir.filePath(QStringLiteral("c")), nullptr);
    controller.load();
    const auto created =
        controller.create(dir.filePath(QStringLiteral("mine")), QStringLiteral("Mine"));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("mine/collection.json"))));
    QVERIFY(!controller.create(dir.filePath(QStringLiteral("mine")), QStringLiteral("Again")).ok());

    Collection imported;
    imported.name = QStringLiteral("Imported");
    Environment env;
    env.name = QStringLiteral("staging");
    env.variables = {Variable{
        QStringLiteral("base"), QStringLiteral("https://staging.example"), true, false, {}}};
    imported.environments = {env};
    const auto adopted = controller.adopt(dir.filePath(QStringLiteral("imported")), imported);
    QVERIFY(adopted.ok());
    QCOMPARE(controller.documents().size(), 3);

    controller.setActiveEnvironment(*adopted, QStringLiteral("staging"));
    QCOMPARE(controller.variablesFor(*adopted).lookup(QStringLiteral("base"))->value,
             QStringLiteral("https://staging.example"));
    controller.close(*created);
    QCOMPARE(controller.documents().size(), 2);

    WorkspaceController reloaded(dir.filePath(QStringLiteral("config")),
                                 dir.filePath(QStringLiteral("c")), nullptr);
    reloaded.load();
    QCOMPARE(reloaded.documents().size(), 2);
    QCOMPARE(reloaded.activeEnvironment(reloaded.documents().last()), QStringLiteral("staging"));
}

void tst_WorkspaceController::adoptedSecretsGoToTheKeychain()
{
    // An import with a typed password and a secret environment value: adopting it writes
    // neither into the files, keeps both in memory, and a restart gets them back.
    QTemporaryDir dir;
    SecretStore secrets(SecretStore::Backend::SessionOnly); // the keychain's stand-in
    const QString config = dir.filePath(QStringLiteral("config"));
    const QString collections = dir.filePath(QStringLiteral("c"));
    const QString password = QStringLiteral("typed-password-7f3a");
    const QString token = QStringLiteral("secret-token-7f3a");
    Collection imported;
    imported.name = QStringLiteral("Imported");
    HttpItem login;
    login.request.id = QStringLiteral("login");
    login.request.name = QStringLiteral("Login");
    login.request.url = QStringLiteral("https://example.test/login");
    login.request.auth = Auth{};
    login.request.auth.kind = AuthKind::Basic;
    login.request.auth.username = QStringLiteral("ada");
    login.request.auth.password = password;
    imported.items.push_back(CollectionItem{login});
    Environment env;
    env.name = QStringLiteral("prod");
    env.variables = {Variable{QStringLiteral("token"), token, true, true, {}}};
    imported.environments = {env};
    {
        WorkspaceController controller(config, collections, &secrets);
        controller.load();
        const auto adopted = controller.adopt(dir.filePath(QStringLiteral("imported")), imported);
        QVERIFY2(adopted.ok(), qPrintable(adopted.ok() ? QString() : adopted.error().message));
        const Collection &kept = (*adopted)->collection();
        QCOMPARE(std::get<HttpItem>(kept.items.front().node).request.auth.password, password);
        QCOMPARE(kept.environments.first().variables.first().value, token);
    }
    QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("7f3a"), qPrintable(file.fileName()));
        ++count;
    }
    QVERIFY(count >= 3);

    WorkspaceController restarted(config, collections, &secrets);
    restarted.load();
    CollectionDocument *document = nullptr;
    for (CollectionDocument *d : restarted.documents()) {
        if (d->collection().name == QStringLiteral("Imported"))
            document = d;
    }
    QVERIFY(document);
    QSignalSpy loaded(document, &CollectionDocument::secretsLoaded);
    QTRY_COMPARE(
        std::get<HttpItem>(document->collection().items.front().node).request.auth.password,
        password);
    QCOMPARE(document->collection().environments.first().variables.first().value, token);
}

void tst_WorkspaceController::demoServerVariables()
{
    QTemporaryDir dir;
    WorkspaceController controller(dir.filePath(QStringLiteral("config")),
                                   dir.filePath(QStringLiteral("c")), nullptr);
    controller.load();
    QVERIFY(!controller.variablesFor(nullptr).lookup(QStringLiteral("demo")));
    QString error;
    QVERIFY2(controller.startDemoServer(&error), qPrintable(error));
    QVERIFY(controller.demoServerRunning());
    const auto demo =
        controller.variablesFor(controller.documents().first()).lookup(QStringLiteral("demo"));
    QVERIFY(demo);
    QVERIFY(demo->value.startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(demo->value, controller.demoServerUrl());
    controller.stopDemoServer();
    QVERIFY(!controller.variablesFor(nullptr).lookup(QStringLiteral("demo")));
}

QTEST_MAIN(tst_WorkspaceController)
#include "tst_workspacecontroller.moc"
