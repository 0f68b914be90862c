#include "tests/integration/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace wirescope::test {

CliResult runCliAt(const QString &cli, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    // Sanitizer builds: OpenSSL's per-thread state races process exit (see the file).
    QString lsan = env.value(QStringLiteral("LSAN_OPTIONS"));
    if (!lsan.contains(QLatin1String("suppressions="))) {
        lsan += (lsan.isEmpty() ? QString() : QStringLiteral(":"))
                + QStringLiteral("suppressions=" WIRESCOPE_LSAN_SUPPRESSIONS);
        env.insert(QStringLiteral("LSAN_OPTIONS"), lsan);
    }
    process.setProcessEnvironment(env);
    process.start(cli, args);
    CliResult r;
    if (!process.waitForStarted(10000)) {
        r.err = "could not start " + cli.toUtf8() + ": " + process.errorString().toUtf8();
        return r;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        r.err = "wirescope-cli did not finish within 60 s";
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    if (doc.isObject())
        r.json = doc.object();
    return r;
}

CliResult runCli(const QStringList &args)
{
    return runCliAt(QStringLiteral(WIRESCOPE_CLI_PATH), args);
}

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(4000)), QString::fromUtf8(r.err));
}

QString url(const QUrl &base, const QString &path)
{
    return base.toString(QUrl::RemovePath) + path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject echoed(const CliResult &result)
{
    const QString body = result.json.value(QStringLiteral("body")).toString();
    return QJsonDocument::fromJson(body.toUtf8()).object();
}

QJsonObject leaf(const CliResult &result)
{
    return result.json.value(QStringLiteral("tls"))
        .toObject()
        .value(QStringLiteral("chain"))
        .toArray()
        .at(0)
        .toObject();
}

} // namespace wirescope::test
