// The desktop executable starts, paints its window, then attaches what it defers past the
// first paint (history file, workspace, the sample collection on a first run), and quits
// cleanly in its benchmark mode. Runs the real binary on the offscreen platform with scratch
// XDG directories.

#include "clirunner.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope::test;

class tst_AppStartup final : public QObject
{
    Q_OBJECT

private slots:
    void firstPaintThenWorkspace();
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

QTEST_GUILESS_MAIN(tst_AppStartup)
#include "tst_app_startup.moc"
