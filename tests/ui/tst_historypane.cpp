// HistoryPane and HistoryModel over a real SQLite history in a temporary directory: the pane
// lists entries, the filter line and combos narrow them, Enter opens the right request, the
// model pages through large histories. Every model is under QAbstractItemModelTester.

#include "core/history/historystore.h"
#include "core/model/exchange.h"
#include "tests/ui/scripteddialogs.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypane.h"
#include "ui/response/responsesummary.h"
#include "ui/widgets/displayformat.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace wirescope;

class tst_HistoryPane final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEntriesNewestFirst();
    void typingFilters();
    void methodAndStatusCombos();
    void enterOpensTheRequest();
    void newRecordingsAppear();
    void deleteEntry();
    void modelPagesThroughLargeHistory();
    void exportsTheFilteredEntriesAsHar();
    void clearAsksFirstAndExportAsksWhere();

private:
    qint64 record(const QString &method, const QString &url, int status);

    QTemporaryDir *m_dir = nullptr;
    HistoryStore *m_store = nullptr;
    int m_minute = 0;
};

void tst_HistoryPane::init()
{
    m_dir = new QTemporaryDir;
    m_store = new HistoryStore;
    m_minute = 0;
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("h.db"))).ok());
}

void tst_HistoryPane::cleanup()
{
    delete m_store;
    delete m_dir;
}

qint64 tst_HistoryPane::record(const QString &method, const QString &url, int status)
{
    Exchange x;
    x.request.method = method;
    x.request.url = url;
    x.request.name = url;
    x.sent.method = method;
    x.sent.url = url;
    x.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 + 60 * m_minute++);
    x.timings.total = 42;
    if (status > 0) {
        Response r;
        r.status = status;
        x.response = r;
    } else {
        x.error = Error{Error::Kind::Dns, QStringLiteral("no such host")};
    }
    QSignalSpy spy(m_store, &HistoryStore::entryRecorded);
    m_store->record(x);
    if (!spy.wait(5000))
        return -1;
    return spy.at(0).at(0).toLongLong();
}

void tst_HistoryPane::showsEntriesNewestFirst()
{
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/users"), 200);
    record(QStringLiteral("POST"), QStringLiteral("https://a.test/login"), 404);
    record(QStringLiteral("GET"), QStringLiteral("https://nowhere.invalid/"), 0);
    ScriptedDialogs dialogs;
    HistoryPane pane(m_store, &dialogs);
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = pane.findChild<QTreeView *>(QStringLiteral("historyView"));
    QVERIFY(view);
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, HistoryModel::UrlColumn).data().toString(),
             QStringLiteral("https://nowhere.invalid/"));
    // A failure reads in words, not as the stored identifier ("dns").
    QCOMPARE(model->index(0, HistoryModel::StatusColumn).data().toString(),
             QStringLiteral("Host name not found (DNS)"));
    QCOMPARE(model->index(1, HistoryModel::MethodColumn).data().toString(), QStringLiteral("POST"));
    // Methods in their colours, as in the sidebar (issue 26, problem 12).
    QCOMPARE(model->index(1, HistoryModel::MethodColumn).data(Qt::ForegroundRole).value<QColor>(),
             display::methodColor(QStringLiteral("POST")));
    QVERIFY(display::methodColor(QStringLiteral("POST"))
            != display::methodColor(QStringLiteral("GET")));
    QCOMPARE(model->index(1, HistoryModel::StatusColumn).data().toString(), QStringLiteral("404"));
    QCOMPARE(model->index(1, HistoryModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
             ResponseSummary::statusColor(404));
    QCOMPARE(model->index(2, HistoryModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
             ResponseSummary::statusColor(200));
    QCOMPARE(model->index(2, HistoryModel::DurationColumn).data().toString(),
             QStringLiteral("42 ms"));
    QVERIFY(!model->index(2, HistoryModel::TimeColumn).data().toString().isEmpty());
}

void tst_HistoryPane::typingFilters()
{
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/users/1"), 200);
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/orders/2"), 200);
    record(QStringLiteral("GET"), QStringLiteral("https://b.test/USERS/3"), 200);
    ScriptedDialogs dialogs;
    HistoryPane pane(m_store, &dialogs);
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *search = pane.findChild<QLineEdit *>(QStringLiteral("historySearch"));
    QVERIFY(search);
    QCOMPARE(pane.model()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("users"));
    QTRY_COMPARE(pane.model()->rowCount(), 2);
    QCOMPARE(pane.model()->summaryAt(0).url, QStringLiteral("https://b.test/USERS/3"));
    QCOMPARE(pane.model()->summaryAt(1).url, QStringLiteral("https://a.test/users/1"));
    QTest::keyClicks(search, QStringLiteral("/1"));
    QTRY_COMPARE(pane.model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(pane.model()->rowCount(), 3);
}

void tst_HistoryPane::exportsTheFilteredEntriesAsHar()
{
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/users/1"), 200);
    record(QStringLiteral("POST"), QStringLiteral("https://a.test/orders"), 201);
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/users/2"), 0);
    ScriptedDialogs dialogs;
    HistoryPane pane(m_store, &dialogs);
    auto *search = pane.findChild<QLineEdit *>(QStringLiteral("historySearch"));
    QTest::keyClicks(search, QStringLiteral("users"));
    QTRY_COMPARE(pane.model()->rowCount(), 2);
    const QString path = m_dir->filePath(QStringLiteral("out.har"));
    const Result<int> exported = pane.exportHar(path);
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
    QCOMPARE(*exported, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject log =
        QJsonDocument::fromJson(file.readAll()).object().value(u"log").toObject();
    QCOMPARE(log.value(u"version").toString(), QStringLiteral("1.2"));
    const QJsonArray entries = log.value(u"entries").toArray();
    QCOMPARE(entries.size(), 2);
    // Oldest first; the failed exchange has status 0.
    QCOMPARE(entries[0].toObject().value(u"request").toObject().value(u"url").toString(),
             QStringLiteral("https://a.test/users/1"));
    QCOMPARE(entries[0].toObject().value(u"response").toObject().value(u"status").toInt(), 200);
    QCOMPARE(entries[1].toObject().value(u"response").toObject().value(u"status").toInt(), 0);
    QCOMPARE(entries[0].toObject().value(u"time").toDouble(), 42.0);
    QVERIFY(!pane.exportHar(QStringLiteral("/nonexistent-dir/x.har")).ok());
}

void tst_HistoryPane::clearAsksFirstAndExportAsksWhere()
{
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/kept"), 200);
    ScriptedDialogs dialogs;
    HistoryPane pane(m_store, &dialogs);
    QTRY_COMPARE(pane.model()->rowCount(), 1);

    // The context menu's Export as HAR asks where through the seam and writes there.
    const QString path = m_dir->filePath(QStringLiteral("chosen.har"));
    dialogs.answerFile(path);
    auto *exportHar = pane.findChild<QAction *>(QStringLiteral("historyExportHar"));
    QVERIFY(exportHar);
    exportHar->trigger();
    QCOMPARE(dialogs.messages(QStringLiteral("save")).size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("https://a.test/kept"));

    // Clear history asks first: Cancel keeps every entry, Yes deletes them.
    dialogs.answerButton(QMessageBox::Cancel);
    pane.clearAction()->trigger();
    QCOMPARE(dialogs.messages(QStringLiteral("question")).size(), 1);
    QCOMPARE(dialogs.messages(QStringLiteral("question")).first().title,
             QStringLiteral("Clear History"));
    QCOMPARE(pane.model()->rowCount(), 1);
    dialogs.answerButton(QMessageBox::Yes);
    pane.clearAction()->trigger();
    QTRY_COMPARE(pane.model()->rowCount(), 0);
    QVERIFY(dialogs.unanswered().isEmpty());
    QCOMPARE(dialogs.pendingAnswers(), 0);
}

void tst_HistoryPane::methodAndStatusCombos()
{
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/1"), 200);
    record(QStringLiteral("POST"), QStringLiteral("https://a.test/2"), 201);
    record(QStringLiteral("POST"), QStringLiteral("https://a.test/3"), 422);
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/4"), 0);
    ScriptedDialogs dialogs;
    HistoryPane pane(m_store, &dialogs);
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *method = pane.findChild<QComboBox *>(QStringLiteral("historyMethod"));
    auto *status = pane.findChild<QComboBox *>(QStringLiteral("historyStatus"));
    QVERIFY(method && status);
    method->setCurrentIndex(method->findText(QStringLiteral("POST")));
    QCOMPARE(pane.model()->rowCount(), 2);
    status->setCurrentIndex(status->findText(QStringLiteral("4xx")));
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->summaryAt(0).url, QStringLiteral("https://a.test/3"));
    method->setCurrentIndex(0);
    status->setCurrentIndex(status->findText(QStringLiteral("Failed")));
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->summaryAt(0).url, QStringLiteral("https://a.test/4"));
}

void tst_HistoryPane::enterOpensTheRequest()
{
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/first"), 200);
    record(QStringLiteral("DELETE"), QStringLiteral("https://a.test/second"), 204);
    ScriptedDialogs dialogs;
    HistoryPane pane(m_store, &dialogs);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *view = pane.findChild<QTreeView *>(QStringLiteral("historyView"));
    QSignalSpy open(&pane, &HistoryPane::openRequested);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    Request r = open.at(0).at(0).value<Request>();
    QCOMPARE(r.method, QStringLiteral("GET"));
    QCOMPARE(r.url, QStringLiteral("https://a.test/first"));
    QCOMPARE(r.name, QStringLiteral("https://a.test/first"));
    // With what the history kept of its response.
    const auto kept = open.at(0).at(1).value<Exchange>();
    QVERIFY(kept.response);
    QCOMPARE(kept.response->status, 200);

    view->setCurrentIndex(view->model()->index(0, 2));
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1).at(0).value<Request>().method, QStringLiteral("DELETE"));
}

void tst_HistoryPane::newRecordingsAppear()
{
    ScriptedDialogs dialogs;
    HistoryPane pane(m_store, &dialogs);
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(pane.model()->rowCount(), 0);
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/new"), 200);
    QTRY_COMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->summaryAt(0).url, QStringLiteral("https://a.test/new"));
}

void tst_HistoryPane::deleteEntry()
{
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/keep"), 200);
    record(QStringLiteral("GET"), QStringLiteral("https://a.test/drop"), 200);
    ScriptedDialogs dialogs;
    HistoryPane pane(m_store, &dialogs);
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = pane.findChild<QTreeView *>(QStringLiteral("historyView"));
    view->setCurrentIndex(view->model()->index(0, 0));
    QAction *remove = nullptr;
    for (QAction *a : view->actions()) {
        if (a->text() == QLatin1String("Delete Entry"))
            remove = a;
    }
    QVERIFY(remove);
    QVERIFY(remove->isEnabled());
    remove->trigger();
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->summaryAt(0).url, QStringLiteral("https://a.test/keep"));
    QCOMPARE(*m_store->count(), 1);
}

void tst_HistoryPane::modelPagesThroughLargeHistory()
{
    const int total = HistoryModel::PageSize * 2 + 50;
    {
        // Recorded through the store, one after another, as the GUI does.
        for (int i = 0; i < total; ++i)
            m_store->record([&] {
                Exchange x;
                x.sent.method = QStringLiteral("GET");
                x.sent.url = QStringLiteral("https://a.test/item/%1").arg(i);
                x.startedAt = QDateTime::currentDateTimeUtc().addSecs(i - total);
                return x;
            }());
        QTRY_COMPARE_WITH_TIMEOUT(*m_store->count(), qint64(total), 30000);
    }
    // Under the tester (which also calls fetchMore() itself): every page insertion is checked.
    HistoryModel tested(m_store);
    QAbstractItemModelTester tester(&tested,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    tested.setQuery({});
    while (tested.canFetchMore({}))
        tested.fetchMore({});
    QCOMPARE(tested.rowCount(), total);
    QVERIFY(!tested.canFetchMore({}));

    // Page by page, as a view scrolling down asks for them.
    HistoryModel model(m_store);
    QVERIFY(!model.canFetchMore({})); // nothing until a query is set
    model.setQuery({});
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), HistoryModel::PageSize * 2);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.summaryAt(0).url, QStringLiteral("https://a.test/item/%1").arg(total - 1));
    QCOMPARE(model.summaryAt(total - 1).url, QStringLiteral("https://a.test/item/0"));
    for (int row = 1; row < total; ++row)
        QVERIFY(model.summaryAt(row - 1).startedAt >= model.summaryAt(row).startedAt);
    model.refresh(); // keeps everything loaded
    QCOMPARE(model.rowCount(), total);
}

QTEST_MAIN(tst_HistoryPane)
#include "tst_historypane.moc"
