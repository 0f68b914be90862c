// The desktop executable starts, paints its window, then attaches what it defers past the
// first paint (history file, workspace, the sample collection on a first run), and quits
// cleanly in its benchmark mode; and a SIGTERM ends it as Quit does, leaving nothing in TMPDIR.
// Runs the real binary on the offscreen platform with scratch XDG directories.

#include "clirunner.h"
#include "core/server/demoserver.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wirescope::test;

class tst_AppStartup final : public QObject
{
    Q_OBJECT

private slots:
    void firstPaintThenWorkspace();
    void stopSignalRemovesSpilledBodies();
};

namespace {

qint64 instant(const QByteArray &out, const QByteArray &key)
{
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith(QByteArray(key + ' ')))
            return line.mid(key.size() + 1).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

void tst_AppStartup::firstPaintThenWorkspace()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("QT_QPA_PLATFORM", "offscreen");

    const CliResult run =
        runCliAt(QStringLiteral(WIRESCOPE_APP_PATH), {QStringLiteral("--exit-after-first-paint")});
    CHECK_EXIT(run, 0);
    const qint64 painted = instant(run.out, "first-paint-monotonic-ns");
    const qint64 ready = instant(run.out, "ready-monotonic-ns");
    QVERIFY2(painted > 0, qPrintable(describe(run)));
    QVERIFY2(ready > 0, qPrintable(describe(run)));
    QVERIFY2(ready >= painted, "the workspace was attached before the window painted");
    QVERIFY2(instant(run.out, "idle-vmhwm-kb") > 0, qPrintable(describe(run)));

    // What attaching the workspace leaves behind on a first run.
    const QString data = home.filePath(QStringLiteral("data/Wirescope/Wirescope"));
    const QString config = home.filePath(QStringLiteral("config/Wirescope/Wirescope"));
    QVERIFY2(QFileInfo::exists(data + QStringLiteral("/history.sqlite")), qPrintable(data));
    QVERIFY2(QFileInfo::exists(config + QStringLiteral("/workspace.json")), qPrintable(config));
    QVERIFY2(
        QFileInfo::exists(data + QStringLiteral("/collections/Getting started/collection.json")),
        qPrintable(QDir(data + QStringLiteral("/collections")).entryList().join(u',')));
}

// Issue 27: a window killed with SIGTERM used to leave its spilled response bodies (up to
// 1 GiB) in TMPDIR. Now the signal ends the event loop as Quit does: the body file goes, the
// open tabs are saved, and the exit code is 0.
void tst_AppStartup::stopSignalRemovesSpilledBodies()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString tmp = home.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(tmp));
    wirescope::server::DemoServer demo;
    QVERIFY(demo.listen({}).ok());
    const QString url = demo.httpUrl().toString() + QStringLiteral("/bytes/12000000"); // > 8 MB

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("TMPDIR"), tmp);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(WIRESCOPE_APP_PATH), {QStringLiteral("--send"), url});
    QVERIFY(app.waitForStarted(10000));

    // The whole body arrives and is kept in a file while the tab shows it.
    const auto spilled = [&tmp] {
        const QFileInfoList files =
            QDir(tmp).entryInfoList({QStringLiteral("wirescope-body-*")}, QDir::Files);
        return files.size() == 1 && files.first().size() == 12000000;
    };
    QTRY_VERIFY_WITH_TIMEOUT(spilled(), 30000);

    QCOMPARE(::kill(pid_t(app.processId()), SIGTERM), 0);
    QVERIFY2(app.waitForFinished(15000), "SIGTERM did not end the window");
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(QDir(tmp).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty(),
             qPrintable(QDir(tmp).entryList(QDir::Files).join(u',')));
    // What closing the window saves was saved: the open tab with the URL.
    QFile settings(home.filePath(QStringLiteral("config/Wirescope/Wirescope.conf")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(settings.readAll().contains("/bytes/12000000"));
}

QTEST_GUILESS_MAIN(tst_AppStartup)
#include "tst_app_startup.moc"
