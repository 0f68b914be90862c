#include "tests/support/testenv.h"
#include "tests/ui/scripteddialogs.h"
#include "ui/dialogs/importdialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;

class tst_ImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAFile();
    void importsPastedCurl();
    void reportsBadInput();
    void browseAsksForTheFile();
    void importsABrunoFolder();
};

void tst_ImportDialog::importsAFile()
{
    QTemporaryDir dir;
    ScriptedDialogs dialogs;
    ImportDialog dialog(dir.path(), &dialogs);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.setFile(test::sourceDataDir()
                   + QStringLiteral("/corpus/postman-complex-v2_1-input.json"));
    dialog.startImport();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(dialog.result());
    QCOMPARE(countRequests(dialog.result()->collection.items), 6);
    auto *report = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importReport"));
    // The report lists what was changed or dropped (GraphQL bodies now import as GraphQL).
    QVERIFY2(report->toPlainText().contains(QStringLiteral("body mode 'unknown' is not supported")),
             qPrintable(report->toPlainText()));
    QVERIFY(dialog.targetDirectory().startsWith(dir.path()));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importSave"))->isEnabled());
}

void tst_ImportDialog::importsPastedCurl()
{
    ScriptedDialogs dialogs;
    ImportDialog dialog(QDir::tempPath(), &dialogs);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.setText(QStringLiteral(
        "curl 'http://127.0.0.1:9/api' -H 'Accept: application/json' --data-raw '{\"a\":1}'"));
    dialog.startImport();
    QVERIFY(finished.wait(10000));
    QVERIFY(dialog.result());
    const auto &items = dialog.result()->collection.items;
    QCOMPARE(countRequests(items), 1);
    const Request &r = std::get<HttpItem>(items.front().node).request;
    QCOMPARE(r.method, QStringLiteral("POST"));
    QCOMPARE(r.url, QStringLiteral("http://127.0.0.1:9/api"));
}

void tst_ImportDialog::reportsBadInput()
{
    ScriptedDialogs dialogs;
    ImportDialog dialog(QDir::tempPath(), &dialogs);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.setText(QStringLiteral(
        "{\"info\": {\"schema\": "
        "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\", "));
    dialog.startImport();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!dialog.result());
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Could not import")),
             qPrintable(status->text()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importSave"))->isEnabled());
}

void tst_ImportDialog::browseAsksForTheFile()
{
    ScriptedDialogs dialogs;
    ImportDialog dialog(QDir::tempPath(), &dialogs);
    auto *browse = dialog.findChild<QPushButton *>(QStringLiteral("importBrowse"));
    auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("importFile"));
    QVERIFY(browse && file);
    QVERIFY(!browse->accessibleName().isEmpty());
    dialogs.answerFile(QString()); // cancelled: the field keeps what it had
    file->setText(QStringLiteral("/before.json"));
    QTest::mouseClick(browse, Qt::LeftButton);
    QCOMPARE(file->text(), QStringLiteral("/before.json"));
    const QString path = test::sourceDataDir() + QStringLiteral("/corpus/har-deep-input.json");
    dialogs.answerFile(path);
    QTest::mouseClick(browse, Qt::LeftButton);
    QCOMPARE(file->text(), path);
    const QList<ScriptedDialogs::Asked> asked = dialogs.messages(QStringLiteral("open"));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.first().title, QStringLiteral("Import File"));
    QVERIFY(asked.first().text.contains(QLatin1String("*.har")));
    QVERIFY(dialogs.unanswered().isEmpty());
}

void tst_ImportDialog::importsABrunoFolder()
{
    QTemporaryDir dir;
    ScriptedDialogs dialogs;
    ImportDialog dialog(dir.path(), &dialogs);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    const QString folder = test::sourceDataDir() + QStringLiteral("/import/bruno-apikey");
    dialogs.answerDirectory(folder);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importBrowseFolder")),
                      Qt::LeftButton);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("importFile"))->text(), folder);
    dialog.startImport();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(dialog.result());
    QCOMPARE(dialog.result()->format, ImportFormat::Bruno);
    QCOMPARE(countRequests(dialog.result()->collection.items), 2);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("bruno: 2 requests")),
             qPrintable(status->text()));
    QVERIFY(dialog.targetDirectory().endsWith(QStringLiteral("apikey-auth-mode-test")));
    QVERIFY(dialogs.unanswered().isEmpty());
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
