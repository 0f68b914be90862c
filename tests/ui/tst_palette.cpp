// Issue 26, problem 8: Ctrl+P opens a quick-open popup over the requests of the open
// collections, their environments and recent history; Ctrl+Shift+P lists the window's actions.
// The real MainWindow and WorkspaceBinder on a scratch profile (the Getting started sample),
// driven with keys.

#include "core/history/historystore.h"
#include "core/model/exchange.h"
#include "tests/ui/scripteddialogs.h"
#include "tests/ui/workspacewindow.h"
#include "ui/collections/collectiondocument.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypane.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/windowstatus.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/palette/fuzzymatch.h"
#include "ui/palette/palettebinder.h"
#include "ui/palette/palettepopup.h"
#include "ui/request/requesteditor.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;

class tst_Palette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fuzzyScore_data();
    void fuzzyScore();
    void rankingPutsPrefixAndWordMatchesFirst();
    void ctrlPOpensARequest();
    void ctrlPActivatesAnEnvironment();
    void ctrlPReopensHistory();
    void escapeCloses();
    void ctrlShiftPTriggersAnAction();

private:
    PalettePopup *popup() const;
    /// Types @p text into the open popup's filter.
    void type(const QString &text) const;

    MainWindow *window() const { return m_app->window(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceWindow> m_app;
};

void tst_Palette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Palette::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_app = std::make_unique<WorkspaceWindow>(m_dir->path());
    QVERIFY(m_app->start());
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
}

void tst_Palette::cleanup()
{
    QVERIFY2(m_app->dialogs()->unanswered().isEmpty(),
             qPrintable(m_app->dialogs()->unanswered().join(u'\n')));
    m_app.reset();
}

PalettePopup *tst_Palette::popup() const
{
    return window()->findChild<PalettePopup *>(QStringLiteral("palettePopup"));
}

void tst_Palette::type(const QString &text) const
{
    QTest::keyClicks(popup()->filterEdit(), text);
}

void tst_Palette::fuzzyScore_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("prefix") << "post"
                            << "POST a JSON body" << true;
    QTest::newRow("in order, scattered") << "pjb"
                                         << "POST a JSON body" << true;
    QTest::newRow("case-insensitive") << "JSON"
                                      << "post a json body" << true;
    QTest::newRow("out of order") << "bj"
                                  << "JSON" << false;
    QTest::newRow("missing character") << "posz"
                                       << "POST a JSON body" << false;
    QTest::newRow("empty pattern") << ""
                                   << "anything" << true;
}

void tst_Palette::fuzzyScore()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(palette::fuzzyScore(pattern, text) >= 0, matches);
}

void tst_Palette::rankingPutsPrefixAndWordMatchesFirst()
{
    const QString typed = QStringLiteral("log");
    const int prefix = palette::fuzzyScore(typed, QStringLiteral("Log in and keep the token"));
    const int word = palette::fuzzyScore(typed, QStringLiteral("Who am I (logged in)"));
    const int substring = palette::fuzzyScore(typed, QStringLiteral("Catalog"));
    const int scattered = palette::fuzzyScore(typed, QStringLiteral("List of groups"));
    QVERIFY(prefix > word);
    QVERIFY(word > substring);
    QVERIFY(substring > scattered);
    QVERIFY(scattered >= 0);
}

void tst_Palette::ctrlPOpensARequest()
{
    QVERIFY(!popup() || !popup()->isVisible());
    QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(popup());
    QVERIFY(popup()->isVisible());
    QCOMPARE(QApplication::focusWidget(), popup()->filterEdit());
    QVERIFY(!popup()->filterEdit()->accessibleName().isEmpty());
    QVERIFY(!popup()->list()->accessibleName().isEmpty());
    // Every request of the sample is listed before anything is typed.
    QVERIFY(popup()->shownTitles().contains(QStringLiteral("Redirect chain")));

    // Found in the URL too (below name matches), but not by letters scattered over it.
    type(QStringLiteral("basic-auth"));
    QCOMPARE(popup()->shownTitles(), QStringList{QStringLiteral("Basic auth")});
    popup()->filterEdit()->clear();
    type(QStringLiteral("json body"));
    QCOMPARE(popup()->shownTitles().value(0), QStringLiteral("POST a JSON body"));
    QTest::keyClick(popup()->filterEdit(), Qt::Key_Return);
    QVERIFY(!popup()->isVisible());
    RequestTab *tab = window()->currentTab();
    QVERIFY(tab);
    QVERIFY(tab->document());
    QCOMPARE(tab->title(), QStringLiteral("POST a JSON body"));
    QCOMPARE(tab->editor()->request().method, QStringLiteral("POST"));

    // Down chooses the next match.
    QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier);
    type(QStringLiteral("who am i"));
    const QStringList shown = popup()->shownTitles();
    QVERIFY2(shown.size() >= 2, qPrintable(shown.join(u',')));
    QTest::keyClick(popup()->filterEdit(), Qt::Key_Down);
    QTest::keyClick(popup()->filterEdit(), Qt::Key_Return);
    QCOMPARE(window()->currentTab()->title(), shown.at(1));
}

void tst_Palette::ctrlPActivatesAnEnvironment()
{
    CollectionDocument *document = m_app->workspace()->documents().value(0);
    QVERIFY(document);
    window()->windowStatus()->setCurrentEnvironment({});
    QCOMPARE(m_app->workspace()->activeEnvironment(document), QString());
    QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier);
    type(QStringLiteral("local demo"));
    QCOMPARE(popup()->shownTitles().value(0), QStringLiteral("Local demo"));
    QTest::keyClick(popup()->filterEdit(), Qt::Key_Enter);
    QCOMPARE(m_app->workspace()->activeEnvironment(document), QStringLiteral("Local demo"));
}

void tst_Palette::ctrlPReopensHistory()
{
    Exchange x;
    x.request.method = QStringLiteral("DELETE");
    x.request.url = QStringLiteral("http://127.0.0.1:9/palette-history");
    x.sent.method = x.request.method;
    x.sent.url = x.request.url;
    x.startedAt = QDateTime::currentDateTimeUtc();
    Response response;
    response.status = 204;
    x.response = response;
    m_app->history()->record(x);
    auto *pane = m_app->binder()->historyPane();
    QTRY_COMPARE(pane->model()->rowCount(), 1);

    QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier);
    type(QStringLiteral("palette-history"));
    QCOMPARE(popup()->shownTitles(),
             QStringList{QStringLiteral("DELETE http://127.0.0.1:9/palette-history")});
    const int tabs = window()->tabCount();
    QTest::keyClick(popup()->filterEdit(), Qt::Key_Return);
    QCOMPARE(window()->tabCount(), tabs + 1);
    QCOMPARE(window()->currentTab()->editor()->request().url, x.request.url);
    QCOMPARE(window()->currentTab()->editor()->request().method, QStringLiteral("DELETE"));
}

void tst_Palette::escapeCloses()
{
    const int tabs = window()->tabCount();
    QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(popup()->isVisible());
    QTest::keyClick(popup()->filterEdit(), Qt::Key_Escape);
    QVERIFY(!popup()->isVisible());
    QCOMPARE(window()->tabCount(), tabs);
}

void tst_Palette::ctrlShiftPTriggersAnAction()
{
    QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(popup()->isVisible());
    const QStringList all = popup()->shownTitles();
    // The window's actions, from every menu, and not the palette's own.
    for (const char *title : {"New Tab", "Save Request", "Keyboard Shortcuts", "Runner"})
        QVERIFY2(all.contains(QLatin1String(title)), title);
    QVERIFY(!all.contains(QStringLiteral("Command Palette")));
    type(QStringLiteral("new websocket"));
    QCOMPARE(popup()->shownTitles().value(0), QStringLiteral("New WebSocket Tab"));
    QSignalSpy opened(window(), &MainWindow::webSocketTabOpened);
    QTest::keyClick(popup()->filterEdit(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    // Both are in a menu and in the F1 list.
    auto *quickOpen = window()->findChild<QAction *>(QStringLiteral("actionQuickOpen"));
    QVERIFY(quickOpen);
    QVERIFY(!quickOpen->associatedObjects().isEmpty());
}

QTEST_MAIN(tst_Palette)
#include "tst_palette.moc"
