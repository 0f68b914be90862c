// Terminal safety (issue 27): wirescope-cli against a hostile peer
// (tests/support/hostile/hostile_peer.py) whose reason phrases, header values, SSE event
// types/ids/data, WebSocket messages and close reasons and certificate subject carry escape
// sequences, C1 controls and bidi overrides. The human output must show them escaped; the JSON
// output must keep them (as JSON escapes).

#include "tests/integration/clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope::test;

namespace {

/// A python peer on 127.0.0.1; stopped (killed by its pid) when the object goes.
class HostilePeer final
{
public:
    bool start(const QStringList &extraArgs, QString *error)
    {
        m_process.start(QStringLiteral(WIRESCOPE_TEST_PYTHON),
                        QStringList{QStringLiteral(WIRESCOPE_HOSTILE_PEER)} + extraArgs);
        bool ready = m_process.waitForStarted(10000);
        while (ready && !m_process.canReadLine())
            ready = m_process.waitForReadyRead(10000);
        if (!ready) {
            *error = QStringLiteral("the hostile peer did not start: ")
                     + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        const QByteArray line = m_process.readLine().trimmed();
        m_port = line.startsWith("PORT ") ? line.mid(5).toInt() : 0;
        if (m_port == 0)
            *error = QStringLiteral("the hostile peer said: ") + QString::fromUtf8(line);
        return m_port != 0;
    }
    ~HostilePeer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url(const char *scheme, const char *path) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3")
            .arg(QLatin1String(scheme))
            .arg(m_port)
            .arg(QLatin1String(path));
    }

private:
    QProcess m_process;
    int m_port = 0;
};

/// Bytes a terminal would act on: ESC, BEL, the C1 CSI (UTF-8 C2 9B), U+202E (E2 80 AE).
QString rawControls(const QByteArray &bytes)
{
    QStringList found;
    if (bytes.contains('\x1b'))
        found << QStringLiteral("ESC");
    if (bytes.contains('\x07'))
        found << QStringLiteral("BEL");
    if (bytes.contains("\xc2\x9b"))
        found << QStringLiteral("C1 CSI");
    if (bytes.contains("\xe2\x80\xae"))
        found << QStringLiteral("U+202E");
    return found.join(u',');
}

/// The peer's HOSTILE string as the human output must show it.
QString escapedHostile()
{
    return QStringLiteral("\\x1b[31mRED\\u202etxt\\x1b]0;pwned\\x07\\u009b2J");
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

#define CHECK_TERMINAL_SAFE(bytes)                                                                 \
    QVERIFY2(rawControls(bytes).isEmpty(),                                                         \
             qPrintable(rawControls(bytes) + QStringLiteral(" reached the terminal in:\n")         \
                        + QString::fromUtf8(bytes)))

} // namespace

class tst_CliHostile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reasonAndHeadersEscaped();
    void failLineEscaped();
    void jsonKeepsTheServersWords();
    void sseFieldsEscaped();
    void webSocketCloseReasonEscaped();
    void webSocketCloseCodeNamed_data();
    void webSocketCloseCodeNamed();
    void certificateSubjectEscaped();
    void decompressionFailureInWords_data();
    void decompressionFailureInWords();
    void importRefusesAPlantedSymlink();
    void runRefusesFilesOutsideTheCollection();

private:
    HostilePeer m_peer;
};

void tst_CliHostile::initTestCase()
{
    QString error;
    QVERIFY2(m_peer.start({}, &error), qPrintable(error));
}

void tst_CliHostile::reasonAndHeadersEscaped()
{
    const CliResult r = runCli({QStringLiteral("send"), m_peer.url("http", "/reason")});
    CHECK_EXIT(r, 0);
    CHECK_TERMINAL_SAFE(r.out);
    CHECK_TERMINAL_SAFE(r.err);
    const QString out = r.outText();
    QVERIFY2(out.startsWith(QLatin1String("HTTP/1.1 200 OK\\x1b[31mRED")), qPrintable(out));
    QVERIFY2(out.contains(
                 QLatin1String("\nX-Evil: v\\x1b[31mRED\\u202etxt\\x1b]0;pwned\\x07\\u009b2J\n")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("\nok\n")), qPrintable(out)); // the body as sent
}

void tst_CliHostile::failLineEscaped()
{
    const CliResult r =
        runCli({QStringLiteral("send"), QStringLiteral("--fail"), m_peer.url("http", "/fail")});
    CHECK_EXIT(r, 22);
    CHECK_TERMINAL_SAFE(r.err);
    QVERIFY2(r.errText().contains(QLatin1String("the server answered 500 Oops\\x1b[31mRED")),
             qPrintable(describe(r)));
    QCOMPARE(r.err.count('\n'), 1); // one line, whatever the reason phrase holds
}

void tst_CliHostile::jsonKeepsTheServersWords()
{
    const CliResult r =
        runCli({QStringLiteral("send"), QStringLiteral("--json"), m_peer.url("http", "/reason")});
    CHECK_EXIT(r, 0);
    QVERIFY2(!r.json.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(!r.out.contains('\x1b'), "JSON escapes control characters itself");
    bool found = false;
    const QJsonArray headers = r.json.value(QLatin1String("headers")).toArray();
    for (const QJsonValue &h : headers) {
        const QJsonArray pair = h.toArray();
        if (pair.at(0).toString() == QLatin1String("X-Evil")) {
            found = true;
            QVERIFY(pair.at(1).toString().startsWith(QStringLiteral("v\x1b[31mRED\u202etxt")));
        }
    }
    QVERIFY2(found, qPrintable(describe(r)));
}

void tst_CliHostile::sseFieldsEscaped()
{
    const CliResult r = runCli({QStringLiteral("sse"), m_peer.url("http", "/sse")});
    CHECK_EXIT(r, 0);
    CHECK_TERMINAL_SAFE(r.out);
    CHECK_TERMINAL_SAFE(r.err);
    const QString hostile = escapedHostile();
    QVERIFY2(r.outText().contains(QStringLiteral("< tick") + hostile + QStringLiteral(" id=id")
                                  + hostile + QStringLiteral(" data") + hostile + u'\n'),
             qPrintable(describe(r)));
}

void tst_CliHostile::webSocketCloseReasonEscaped()
{
    const CliResult r = runCli({QStringLiteral("ws"), m_peer.url("ws", "/ws")});
    CHECK_EXIT(r, 10); // the server closed with 4000
    CHECK_TERMINAL_SAFE(r.out);
    CHECK_TERMINAL_SAFE(r.err);
    const QString hostile = escapedHostile();
    QVERIFY2(r.outText().contains(QStringLiteral("< hello") + hostile + u'\n'),
             qPrintable(describe(r)));
    QVERIFY2(r.outText().contains(QStringLiteral("[close 4000] bye") + hostile + u'\n'),
             qPrintable(describe(r)));
    QVERIFY2(r.errText().contains(QStringLiteral("with 4000")
                                  + QStringLiteral(" (application-defined code (4000-4999)): bye")
                                  + hostile),
             qPrintable(describe(r)));
}

void tst_CliHostile::webSocketCloseCodeNamed_data()
{
    QTest::addColumn<QString>("code"); // codes a server must not send in a close frame
    for (const char *code : {"999", "1005", "1015", "5000"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void tst_CliHostile::webSocketCloseCodeNamed()
{
    // Qt 6.4 words each of these "Invalid close code 1002": the error names the code received.
    QFETCH(QString, code);
    const CliResult r = runCli({QStringLiteral("ws"), m_peer.url("ws", "/ws/") + code});
    QVERIFY2(r.exitCode > 0, qPrintable(describe(r)));
    QVERIFY2(r.errText().contains(QStringLiteral("the server sent the close code ") + code
                                  + QStringLiteral(", which is not allowed")),
             qPrintable(describe(r)));
    QVERIFY2(!r.errText().contains(QLatin1String("Invalid close code 1002")),
             qPrintable(describe(r)));
}

void tst_CliHostile::certificateSubjectEscaped()
{
    // A certificate whose subject forges a second line with a /CN= and a bidi override.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-utf8"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert, QStringLiteral("-subj"),
                   QStringLiteral("/CN=good\n/CN=evil\u202e\x1b[31mx")});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

    HostilePeer tls;
    QString error;
    QVERIFY2(tls.start({QStringLiteral("--cert"), cert, QStringLiteral("--key"), key}, &error),
             qPrintable(error));
    const CliResult r =
        runCli({QStringLiteral("send"), QStringLiteral("--insecure"), tls.url("https", "/reason")});
    CHECK_EXIT(r, 0);
    CHECK_TERMINAL_SAFE(r.out);
    CHECK_TERMINAL_SAFE(r.err);
    const QString subject = QStringLiteral("CN=evil\\u202e\\x1b[31mx, CN=good\\n");
    QVERIFY2(r.outText().contains(QStringLiteral("    #0 ") + subject + u'\n'),
             qPrintable(describe(r)));
    QVERIFY2(r.outText().contains(QStringLiteral("issuer    ") + subject + u'\n'),
             qPrintable(describe(r)));
}

void tst_CliHostile::decompressionFailureInWords_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("compression bomb") << QStringLiteral("/gzip/bomb");
    QTest::newRow("not gzip") << QStringLiteral("/gzip/garbage");
}

void tst_CliHostile::decompressionFailureInWords()
{
    // Qt 6.4 says only "Decompression failed: " for both; the error says what it may be.
    QFETCH(QString, path);
    const CliResult r = runCli({QStringLiteral("send"), m_peer.url("http", "") + path});
    CHECK_EXIT(r, 3);
    QVERIFY2(r.errText().contains(QLatin1String(
                 "error: decompressing the body (Content-Encoding: gzip) failed: either it is not "
                 "valid gzip data, or its decompressed size exceeded 10485760 bytes")),
             qPrintable(describe(r)));
}

void tst_CliHostile::importRefusesAPlantedSymlink()
{
    // A target folder with a link where the import writes a request file: the import must
    // not write through it (the file it points to stays as it was).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    QVERIFY(writeBytes(victim, "precious\n"));
    const QString source = dir.filePath(QStringLiteral("in.postman_collection.json"));
    QVERIFY(writeBytes(source, R"({"info": {"name": "Shared", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "Get", "request": {"method": "GET", "url": "http://127.0.0.1:1/"}}]})"));
    const QString target = dir.filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));
    const QString link = target + QStringLiteral("/Get.request.json");
    QVERIFY(QFile::link(victim, link));

    const CliResult r = runCli({QStringLiteral("import"), source, QStringLiteral("--to"), target});
    CHECK_EXIT(r, 7);
    QVERIFY2(r.errText().contains(QStringLiteral("refusing to write ") + link),
             qPrintable(describe(r)));
    QCOMPARE(readFile(victim), QByteArray("precious\n"));
}

void tst_CliHostile::runRefusesFilesOutsideTheCollection()
{
    // A shared collection whose bodies read a file beside it (a form file part by absolute
    // path, a binary body by ..): listed at import, refused by run without the flag.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString secret = dir.filePath(QStringLiteral("outside/secret.txt"));
    QVERIFY(writeBytes(secret, "top secret\n"));
    const QString source = dir.filePath(QStringLiteral("shared/in.postman_collection.json"));
    const QString url = m_peer.url("http", "/echo");
    QVERIFY(writeBytes(source, QStringLiteral(R"({"info": {"name": "Shared", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
          {"name": "Upload", "request": {"method": "POST", "url": "%1", "body": {"mode":
            "formdata", "formdata": [{"key": "f", "type": "file", "src": "%2"}]}}},
          {"name": "Binary", "request": {"method": "POST", "url": "%1", "body": {"mode": "file",
            "file": {"src": "../outside/secret.txt"}}}}]})")
                                   .arg(url, secret)
                                   .toUtf8()));
    const QString target = dir.filePath(QStringLiteral("collection"));

    const CliResult imported =
        runCli({QStringLiteral("import"), source, QStringLiteral("--to"), target});
    CHECK_EXIT(imported, 0);
    QVERIFY2(imported.outText().contains(QStringLiteral("warning: Upload: the multipart field "
                                                        "\"f\" reads the file \"")
                                         + secret + QStringLiteral("\", outside")),
             qPrintable(describe(imported)));
    QVERIFY2(imported.outText().contains(QStringLiteral(
                 "warning: Binary: the binary body reads the file \"../outside/secret.txt\"")),
             qPrintable(describe(imported)));

    const CliResult refused =
        runCli({QStringLiteral("run"), target, QStringLiteral("--no-keychain")});
    CHECK_EXIT(refused, 1);
    QVERIFY2(refused.outText().contains(
                 QStringLiteral("the multipart field \"f\" reads the file \"") + secret
                 + QStringLiteral("\", outside the collection "
                                  "folder ")
                 + target),
             qPrintable(describe(refused)));
    QVERIFY2(refused.outText().contains(QLatin1String("pass --allow-files-outside to send it")),
             qPrintable(describe(refused)));
    QVERIFY2(!refused.outText().contains(QLatin1String("  200  ")), qPrintable(describe(refused)));

    // Allowed: the form file is sent. (The binary body's ".." is read from the current folder,
    // as every relative body file is, so it is not checked here.)
    const CliResult allowed =
        runCli({QStringLiteral("run"), target, QStringLiteral("--no-keychain"),
                QStringLiteral("--allow-files-outside")});
    QVERIFY2(allowed.outText().contains(QLatin1String("POST ") + url + QLatin1String("  200  ")),
             qPrintable(describe(allowed)));
    QVERIFY2(!allowed.outText().contains(QLatin1String("--allow-files-outside")),
             qPrintable(describe(allowed)));

    // send --saved is held to the same rule.
    const QString upload = target + QStringLiteral("/Upload.request.json");
    QVERIFY2(QFileInfo::exists(upload), qPrintable(QDir(target).entryList().join(u',')));
    const CliResult sendRefused = runCli({QStringLiteral("send"), QStringLiteral("--saved"), upload,
                                          QStringLiteral("--no-keychain")});
    QVERIFY2(sendRefused.exitCode != 0, qPrintable(describe(sendRefused)));
    QVERIFY2(sendRefused.errText().contains(QLatin1String("pass --allow-files-outside to send it")),
             qPrintable(describe(sendRefused)));
    QVERIFY2(sendRefused.errText().contains(secret), qPrintable(describe(sendRefused)));
    const CliResult sendAllowed =
        runCli({QStringLiteral("send"), QStringLiteral("--saved"), upload,
                QStringLiteral("--no-keychain"), QStringLiteral("--allow-files-outside")});
    CHECK_EXIT(sendAllowed, 0);
    QVERIFY2(!sendAllowed.errText().contains(QLatin1String("--allow-files-outside")),
             qPrintable(describe(sendAllowed)));
}

QTEST_GUILESS_MAIN(tst_CliHostile)
#include "tst_cli_hostile.moc"
