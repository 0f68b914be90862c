// Body files outside the collection's folder (issue 27): a Postman `src`, a Bruno `@file(...)`
// or a .http `< file` that names an absolute path elsewhere or climbs out with `..` is a
// warning in the import report; one inside the folder is not. Inputs are written at test time
// into a temporary folder beside an "outside" folder holding the file.

#include "core/interop/importer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray postman(const QByteArray &body)
{
    return R"({"info": {"name": "Shared", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "Upload", "request": {"method": "POST",
        "url": "http://127.0.0.1/echo", "body": )"
           + body + "}}]}";
}

QByteArray bru(const QByteArray &mode, const QByteArray &block)
{
    return "meta {\n  name: Upload\n  type: http\n  seq: 1\n}\n\npost {\n"
           "  url: http://127.0.0.1/echo\n  body: "
           + mode + "\n  auth: none\n}\n\n" + block;
}

} // namespace

class tst_ImportFilesOutside final : public QObject
{
    Q_OBJECT

private slots:
    void warnings_data();
    void warnings();
    void pastedTextWithoutAFolder();
};

void tst_ImportFilesOutside::warnings_data()
{
    QTest::addColumn<QString>("kind");     // postman, http, bruno
    QTest::addColumn<QByteArray>("input"); // OUT stands for the outside folder's path
    QTest::addColumn<QString>("expected"); // the path the warning names; empty: no warning

    const QByteArray formdata = R"({"mode": "formdata", "formdata": [{"key": "f", "type": "file",
        "src": "%1"}]})";
    const auto row = [](const char *name, const char *kind, const QByteArray &input,
                        const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(kind) << input << QString::fromUtf8(expected);
    };
    row("postman form file, absolute", "postman",
        postman(QByteArray(formdata).replace("%1", "OUT/secret.txt")), "OUT/secret.txt");
    row("postman form file, ..", "postman",
        postman(QByteArray(formdata).replace("%1", "../outside/secret.txt")),
        "../outside/secret.txt");
    row("postman form file, inside", "postman",
        postman(QByteArray(formdata).replace("%1", "data/inside.txt")), "");
    row("postman binary, absolute", "postman",
        postman(R"({"mode": "file", "file": {"src": "OUT/secret.txt"}})"), "OUT/secret.txt");
    row("postman binary, .. through inside", "postman",
        postman(R"({"mode": "file", "file": {"src": "data/../../outside/secret.txt"}})"),
        "data/../../outside/secret.txt");
    row("http, ..", "http", "### Upload\nPOST http://127.0.0.1/echo\n\n< ../outside/secret.txt\n",
        "../outside/secret.txt");
    row("http, absolute", "http", "### Upload\nPOST http://127.0.0.1/echo\n\n< OUT/secret.txt\n",
        "OUT/secret.txt");
    row("http, inside", "http", "### Upload\nPOST http://127.0.0.1/echo\n\n< ./data/inside.txt\n",
        "");
    row("bruno multipart, ..", "bruno",
        bru("multipartForm", "body:multipart-form {\n  f: @file(../outside/secret.txt)\n}\n"),
        "/outside/secret.txt");
    row("bruno binary, absolute", "bruno",
        bru("file", "body:file {\n  file: @file(OUT/secret.txt)\n}\n"), "OUT/secret.txt");
    row("bruno multipart, inside", "bruno",
        bru("multipartForm", "body:multipart-form {\n  f: @file(data/inside.txt)\n}\n"), "");
}

void tst_ImportFilesOutside::warnings()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outside = dir.filePath(QStringLiteral("outside"));
    const QString source = dir.filePath(QStringLiteral("source"));
    QVERIFY(writeFile(outside + QStringLiteral("/secret.txt"), "top secret\n"));
    QVERIFY(writeFile(source + QStringLiteral("/data/inside.txt"), "fine\n"));
    input.replace("OUT", outside.toUtf8());
    expected.replace(QLatin1String("OUT"), outside);

    Result<ImportResult> r = Error{};
    if (kind == u"bruno") {
        QVERIFY(writeFile(source + QStringLiteral("/bruno.json"),
                          R"({"version": "1", "name": "tmp", "type": "collection"})"));
        QVERIFY(writeFile(source + QStringLiteral("/Upload.bru"), input));
        r = importDirectory(source);
    } else {
        r = importData(input, kind == u"http" ? ImportFormat::HttpFile : ImportFormat::Postman,
                       QStringLiteral("in"), source);
    }
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QStringList warnings;
    for (const ImportNote &note : r->report.notes()) {
        if (note.message.contains(QLatin1String("outside the collection's folder")))
            warnings.append(note.message);
    }
    if (expected.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        return;
    }
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(expected), qPrintable(warnings.first()));
    QVERIFY2(warnings.first().contains(QLatin1String("--allow-files-outside")),
             qPrintable(warnings.first()));
    QVERIFY(r->report.mentions(QStringLiteral("Upload"), QStringLiteral("outside")));
    QCOMPARE(r->report.notes().at(r->report.notes().size() - 1).severity,
             ImportNote::Severity::Warning);
}

void tst_ImportFilesOutside::pastedTextWithoutAFolder()
{
    // Pasted text has no folder: an absolute path or a leading .. is outside, a plain name not.
    const Result<ImportResult> r = importData(
        QByteArray("curl -F a=@/etc/passwd -F b=@../up.txt -F c=@here.txt http://127.0.0.1/"),
        ImportFormat::Curl);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const QString text = r->report.toText();
    QVERIFY2(text.contains(QLatin1String("\"/etc/passwd\", outside")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"../up.txt\", outside")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("\"here.txt\", outside")), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_ImportFilesOutside)
#include "tst_importfilesoutside.moc"
