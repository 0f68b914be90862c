#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace wirescope::test {

/// What one run of wirescope-cli produced.
struct CliResult
{
    int exitCode = -1; ///< -1: did not start or did not finish; -2: crashed
    QByteArray out;
    QByteArray err;
    QJsonObject json; ///< stdout parsed, when it is a JSON object

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

/// Runs @p cli with @p args (stdin closed, NO_COLOR set, no proxy variables from the
/// environment) and waits up to 60 s for it to finish; a hang is killed and reported in err.
CliResult runCliAt(const QString &cli, const QStringList &args);

/// runCliAt() with the wirescope-cli this test was built with (WIRESCOPE_CLI_PATH).
CliResult runCli(const QStringList &args);

/// Exit code, stdout (first 4000 bytes) and stderr, for a failure message.
QString describe(const CliResult &result);

/// @p base (a server URL from servers.env) with its path replaced by @p path.
QString url(const QUrl &base, const QString &path);

/// The whole content of @p path; empty when unreadable.
QByteArray readFile(const QString &path);

/// The "body" of a --json --include-body result parsed as a JSON object (httpbin's echo).
QJsonObject echoed(const CliResult &result);

/// The first certificate of the result's "tls.chain".
QJsonObject leaf(const CliResult &result);

} // namespace wirescope::test

/// Fails the test with the run's exit code, stdout and stderr unless it exited with @p code.
#define CHECK_EXIT(result, code)                                                                   \
    QVERIFY2((result).exitCode == (code), qPrintable(wirescope::test::describe(result)))
