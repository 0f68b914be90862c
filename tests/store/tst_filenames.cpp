// File names derived from item names: safe on every platform, no traversal, deterministic.
#include "core/store/filenames.h"

#include <QtTest>

using namespace wirescope;
using namespace wirescope::store;

class tst_FileNames : public QObject
{
    Q_OBJECT

private slots:
    void safeStem_data();
    void safeStem();
    void longNames();
    void collisions();
};

void tst_FileNames::safeStem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stem");
    QTest::newRow("plain") << QStringLiteral("Get users") << QStringLiteral("Get users");
    QTest::newRow("unicode kept") << QStringLiteral("Grüße ✓") << QStringLiteral("Grüße ✓");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a_b");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a_b");
    QTest::newRow("traversal") << QStringLiteral("../../etc/passwd")
                               << QStringLiteral("___.._etc_passwd");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("_");
    QTest::newRow("dotdot") << QStringLiteral("..") << QStringLiteral("__");
    QTest::newRow("hidden") << QStringLiteral(".git") << QStringLiteral("_git");
    QTest::newRow("windows chars")
        << QStringLiteral("a:b*c?d\"e<f>g|h") << QStringLiteral("a_b_c_d_e_f_g_h");
    QTest::newRow("control chars") << QStringLiteral("a\nb\tc\x01") << QStringLiteral("a_b_c_");
    QTest::newRow("nul char") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                              << QStringLiteral("a_b");
    QTest::newRow("trailing dots and spaces")
        << QStringLiteral("name. . ") << QStringLiteral("name");
    QTest::newRow("empty") << QString() << QStringLiteral("Untitled");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("Untitled");
    QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("CON_");
    QTest::newRow("con lower") << QStringLiteral("con") << QStringLiteral("con_");
    QTest::newRow("NUL with ext") << QStringLiteral("nul.txt") << QStringLiteral("nul_.txt");
    QTest::newRow("COM1") << QStringLiteral("COM1") << QStringLiteral("COM1_");
    QTest::newRow("LPT9") << QStringLiteral("lpt9") << QStringLiteral("lpt9_");
    QTest::newRow("COM0 allowed") << QStringLiteral("COM0") << QStringLiteral("COM0");
    QTest::newRow("CONSOLE allowed") << QStringLiteral("CONSOLE") << QStringLiteral("CONSOLE");
}

void tst_FileNames::safeStem()
{
    QFETCH(QString, name);
    QFETCH(QString, stem);
    QCOMPARE(safeFileStem(name), stem);
}

void tst_FileNames::longNames()
{
    const QString longName(500, u'x');
    QCOMPARE(safeFileStem(longName).size(), kMaxStemLength);
    // A surrogate pair straddling the limit is dropped whole, never split.
    QString emoji = QString(kMaxStemLength - 1, u'a') + QStringLiteral("😀😀");
    const QString stem = safeFileStem(emoji);
    QCOMPARE(stem, QString(kMaxStemLength - 1, u'a'));
    QVERIFY(!stem.back().isHighSurrogate());
    QVERIFY(safeFileStem(QString::fromUtf8("😀").repeated(200)).toUtf8().size() <= 255 - 20);
}

void tst_FileNames::collisions()
{
    FileNameAllocator names({QStringLiteral("collection.json"), QStringLiteral("environments")});
    QCOMPARE(names.allocate(QStringLiteral("Users"), QStringLiteral(".request.json")),
             QStringLiteral("Users.request.json"));
    QCOMPARE(names.allocate(QStringLiteral("Users"), QStringLiteral(".request.json")),
             QStringLiteral("Users 2.request.json"));
    // Case-insensitive: "users" collides with "Users" on macOS/Windows checkouts.
    QCOMPARE(names.allocate(QStringLiteral("users"), QStringLiteral(".request.json")),
             QStringLiteral("users 3.request.json"));
    // Names that sanitise to the same stem collide too.
    QCOMPARE(names.allocate(QStringLiteral("a/b"), QStringLiteral(".ws.json")),
             QStringLiteral("a_b.ws.json"));
    QCOMPARE(names.allocate(QStringLiteral("a:b"), QStringLiteral(".ws.json")),
             QStringLiteral("a_b 2.ws.json"));
    // A folder and a request of the same name do not collide (different file names).
    QCOMPARE(names.allocate(QStringLiteral("Users"), QString()), QStringLiteral("Users"));
    // Reserved names are never handed out.
    QCOMPARE(names.allocate(QStringLiteral("environments"), QString()),
             QStringLiteral("environments 2"));
    QCOMPARE(names.allocate(QStringLiteral("Collection.json"), QString()),
             QStringLiteral("Collection.json 2"));

    // Deterministic: the same sequence gives the same names.
    FileNameAllocator again({QStringLiteral("collection.json"), QStringLiteral("environments")});
    QCOMPARE(again.allocate(QStringLiteral("Users"), QStringLiteral(".request.json")),
             QStringLiteral("Users.request.json"));
    QCOMPARE(again.allocate(QStringLiteral("Users"), QStringLiteral(".request.json")),
             QStringLiteral("Users 2.request.json"));
}

QTEST_GUILESS_MAIN(tst_FileNames)
#include "tst_filenames.moc"
