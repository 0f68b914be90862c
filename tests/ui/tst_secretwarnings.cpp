// Issue 26, problem 6: a secret the keychain refuses is shown where it happened (the
// Environments pane, the environment editor, the tab whose Save carried it), with its cause
// and what to do, and is kept for the session; a request sent with an empty secret (the
// keychain had nothing after a restart) says so in its tab.
//
// The keychain is SecretStore's session-only backend: it refuses every write exactly as a
// Secret Service without a default collection does (the values stay in memory, the result
// names the cause), which a real keyring will not do on demand.

#include "core/model/collection.h"
#include "core/vars/emptysecrets.h"
#include "tests/ui/scripteddialogs.h"
#include "tests/ui/workspacewindow.h"
#include "ui/collections/collectiondocument.h"
#include "ui/environments/environmentspane.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/request/requesteditor.h"
#include "ui/widgets/messagebanner.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace wirescope;

class tst_SecretWarnings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptySecrets_data();
    void emptySecrets();
    void onlyNeededCredentialsCount();
    void refusedSecretIsShownInTheEnvironmentsPaneAndKept();
    void refusedCredentialIsShownInItsTab();
    void sendingAnEmptySecretAfterARestartWarns();
    void sendingAnEmptyTokenWarns();

private:
    void startWindow();
    void stopWindow();
    CollectionDocument *sample() const;
    QAction *action(const QString &name) const;
    /// Sends @p tab to a closed port on loopback: the warning is about what was sent.
    static void sendToNowhere(RequestTab *tab);

    MainWindow *window() const { return m_app->window(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceWindow> m_app;
};

void tst_SecretWarnings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SecretWarnings::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_app = std::make_unique<WorkspaceWindow>(m_dir->path());
    startWindow();
}

void tst_SecretWarnings::startWindow()
{
    // A new keychain store each start: what it kept in memory is gone, as after a restart.
    QVERIFY(m_app->start(false));
}

void tst_SecretWarnings::stopWindow()
{
    QVERIFY2(m_app->dialogs()->unanswered().isEmpty(),
             qPrintable(m_app->dialogs()->unanswered().join(u'\n')));
    QCOMPARE(m_app->dialogs()->pendingAnswers(), 0);
    m_app->stop();
}

void tst_SecretWarnings::cleanup()
{
    stopWindow();
    m_app.reset();
}

CollectionDocument *tst_SecretWarnings::sample() const
{
    const QList<CollectionDocument *> documents = m_app->workspace()->documents();
    return documents.isEmpty() ? nullptr : documents.first();
}

QAction *tst_SecretWarnings::action(const QString &name) const
{
    auto *found = window()->findChild<QAction *>(name);
    if (!found)
        qWarning("no action %s", qPrintable(name));
    return found;
}

void tst_SecretWarnings::sendToNowhere(RequestTab *tab)
{
    auto *url = tab->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:9/secret"));
    tab->send();
}

void tst_SecretWarnings::emptySecrets_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");
    const QStringList apiKey{QStringLiteral("{{apiKey}} (a secret environment variable)")};
    QTest::newRow("empty secret") << "Key {{apiKey}}" << true << "" << apiKey;
    QTest::newRow("secret with a value") << "Key {{apiKey}}" << true << "k" << QStringList();
    QTest::newRow("empty, not secret") << "Key {{apiKey}}" << false << "" << QStringList();
    QTest::newRow("not used") << "Key" << true << "" << QStringList();
    QTest::newRow("through another variable") << "Key {{outer}}" << true << "" << apiKey;
}

void tst_SecretWarnings::emptySecrets()
{
    QFETCH(QString, header);
    QFETCH(bool, secret);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    VariableContext context;
    context.set(VariableScope::Environment, QStringLiteral("apiKey"), value, secret);
    context.set(VariableScope::Collection, QStringLiteral("outer"), QStringLiteral("{{apiKey}}"));
    Request request;
    request.url = QStringLiteral("http://127.0.0.1/");
    request.headers.append(KeyValue{QStringLiteral("Authorization"), header, true, {}});
    QCOMPARE(wirescope::emptySecrets(request, context), expected);
}

void tst_SecretWarnings::onlyNeededCredentialsCount()
{
    const VariableContext none;
    Request request;
    request.url = QStringLiteral("http://127.0.0.1/");
    request.auth.kind = AuthKind::OAuth2; // a public client has no secret
    QCOMPARE(wirescope::emptySecrets(request, none), QStringList());
    request.auth.kind = AuthKind::AwsSigV4;
    request.auth.aws.secretKey = QStringLiteral("k"); // the session token is optional
    QCOMPARE(wirescope::emptySecrets(request, none), QStringList());
    request.auth.aws.secretKey.clear();
    QCOMPARE(wirescope::emptySecrets(request, none),
             QStringList{QStringLiteral("the AWS secret access key")});
    request.auth.kind = AuthKind::ApiKey;
    QCOMPARE(wirescope::emptySecrets(request, none),
             QStringList{QStringLiteral("the Auth tab's API key value")});
}

void tst_SecretWarnings::refusedSecretIsShownInTheEnvironmentsPaneAndKept()
{
    CollectionDocument *document = sample();
    QVERIFY(document);
    auto *pane = window()->findChild<EnvironmentsPane *>();
    QVERIFY(pane);
    QVERIFY(pane->keychainProblem().isEmpty());
    // Ctrl+E, a new collection variable (the "add" row filled in), marked secret, OK.
    m_app->dialogs()->answerDialog([](QDialog *dialog) {
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("variablesTable"));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("environmentList"));
        if (!table || !list)
            return int(QDialog::Rejected);
        list->setCurrentRow(0); // the collection's own variables
        QAbstractItemModel *model = table->model();
        const int row = model->rowCount() - 1; // the "add" row
        model->setData(model->index(row, 1), QStringLiteral("apiKey"));
        model->setData(model->index(row, 2), QStringLiteral("s3cret"));
        if (!model->setData(model->index(row, 3), Qt::Checked, Qt::CheckStateRole))
            return int(QDialog::Rejected);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!buttons || !buttons->button(QDialogButtonBox::Ok))
            return int(QDialog::Rejected);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return dialog->result();
    });
    action(QStringLiteral("actionEnvironments"))->trigger();
    const auto it = std::find_if(
        document->collection().variables.cbegin(), document->collection().variables.cend(),
        [](const Variable &v) { return v.name == QLatin1String("apiKey"); });
    QVERIFY(it != document->collection().variables.cend());
    QVERIFY(it->secret);

    // The Environments pane says it, with the cause and what to do.
    QTRY_VERIFY(!pane->keychainProblem().isEmpty());
    const QString problem = pane->keychainProblem();
    QVERIFY2(problem.contains(QLatin1String("could not be saved in the system keychain")),
             qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("the keychain is turned off")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("default keyring")), qPrintable(problem));
    QCOMPARE(document->keychainProblem(), problem);
    // Kept for the session: sends resolve it.
    QCOMPARE(m_app->context().lookup(QStringLiteral("apiKey")).value_or(ResolvedVariable{}).value,
             QStringLiteral("s3cret"));

    // The editor opened again says it too, as a warning.
    QString shown;
    m_app->dialogs()->answerDialog([&shown](QDialog *dialog) {
        if (auto *status = dialog->findChild<QLabel *>(QStringLiteral("keychainStatus")))
            shown = status->text();
        return int(QDialog::Rejected);
    });
    action(QStringLiteral("actionEnvironments"))->trigger();
    QCOMPARE(shown, problem);
}

void tst_SecretWarnings::refusedCredentialIsShownInItsTab()
{
    CollectionDocument *document = sample();
    QVERIFY(document);
    QString id;
    std::function<void(const std::vector<CollectionItem> &)> walk =
        [&](const std::vector<CollectionItem> &items) {
            for (const CollectionItem &item : items) {
                if (std::holds_alternative<HttpItem>(item.node) && id.isEmpty())
                    id = item.id();
                else if (const auto *folder = std::get_if<Folder>(&item.node))
                    walk(folder->children);
            }
        };
    walk(document->collection().items);
    QVERIFY(!id.isEmpty());
    RequestTab *tab = m_app->binder()->openItem(document, id);
    QVERIFY(tab);
    auto *warning = tab->findChild<QLabel *>(QStringLiteral("secretWarningLabel"));
    QVERIFY(warning);
    QVERIFY(warning->isHidden());
    Request request = tab->editor()->request();
    request.auth.kind = AuthKind::Bearer;
    request.auth.token = QStringLiteral("literal-token");
    tab->editor()->setRequest(request);
    action(QStringLiteral("actionSaveRequest"))->trigger(); // Ctrl+S
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("could not be saved in the system keychain")),
             qPrintable(warning->text()));
    QCOMPARE(tab->editor()->request().auth.token, QStringLiteral("literal-token"));
}

void tst_SecretWarnings::sendingAnEmptySecretAfterARestartWarns()
{
    CollectionDocument *document = sample();
    QVERIFY(document);
    VariableList variables = document->collection().variables;
    variables.append(Variable{QStringLiteral("apiKey"), QStringLiteral("s3cret"), true, true, {}});
    document->setVariables(variables);
    QVERIFY(document->save().ok());
    RequestTab *tab = window()->newTab();
    auto *warning = tab->findChild<QLabel *>(QStringLiteral("secretWarningLabel"));
    Request request = tab->editor()->request();
    request.headers.append(
        KeyValue{QStringLiteral("X-Api-Key"), QStringLiteral("{{apiKey}}"), true, {}});
    tab->editor()->setRequest(request);
    sendToNowhere(tab);
    QCOMPARE(warning->isVisible(), false); // the value was there this session

    // Restart: the files hold no value and the keychain had none.
    stopWindow();
    startWindow();
    document = sample();
    QVERIFY(document);
    QTRY_VERIFY(m_app->context().lookup(QStringLiteral("apiKey")).has_value());
    QCOMPARE(m_app->context().lookup(QStringLiteral("apiKey"))->value, QString());
    tab = window()->newTab();
    warning = tab->findChild<QLabel *>(QStringLiteral("secretWarningLabel"));
    tab->editor()->setRequest(request);
    sendToNowhere(tab);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("{{apiKey}}")), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QLatin1String("empty secret")), qPrintable(warning->text()));

    // Entered again (Ctrl+E), the line goes without another send.
    VariableList refilled = document->collection().variables;
    for (Variable &v : refilled) {
        if (v.name == QLatin1String("apiKey"))
            v.value = QStringLiteral("again");
    }
    document->setVariables(refilled);
    QTRY_VERIFY(warning->isHidden());
}

void tst_SecretWarnings::sendingAnEmptyTokenWarns()
{
    RequestTab *tab = window()->newTab();
    auto *warning = tab->findChild<QLabel *>(QStringLiteral("secretWarningLabel"));
    Request request = tab->editor()->request();
    request.auth.kind = AuthKind::Bearer;
    tab->editor()->setRequest(request);
    sendToNowhere(tab);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("the Auth tab's token")),
             qPrintable(warning->text()));
    // Filled in, the next send says nothing.
    request = tab->editor()->request();
    request.auth.token = QStringLiteral("t");
    tab->editor()->setRequest(request);
    tab->send();
    QVERIFY(warning->isHidden());
}

QTEST_MAIN(tst_SecretWarnings)
#include "tst_secretwarnings.moc"
