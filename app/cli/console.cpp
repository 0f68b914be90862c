#include "app/cli/console.h"

#include "app/cli/terminaltext.h"

#include <cstdio>

#include <unistd.h>

namespace wirescope::cli {

namespace {

void writeStderrLine(const QString &prefix, const QString &message)
{
    // One line per message, whatever the message holds: a server's words may carry line breaks,
    // escape sequences or bidi overrides, shown escaped.
    const QByteArray bytes =
        (QStringLiteral("wirescope-cli: ") + prefix + terminalSafe(message) + u'\n').toUtf8();
    std::fflush(stdout);
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void writeStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    writeStderrLine(QStringLiteral("error: "), message);
}

void printWarning(const QString &message)
{
    writeStderrLine(QStringLiteral("warning: "), message);
}

void printNote(const QString &message)
{
    writeStderrLine(QString(), message);
}

bool stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

bool stdoutWantsColor()
{
    if (!stdoutIsTerminal() || qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
    return qEnvironmentVariable("TERM") != QLatin1String("dumb");
}

} // namespace wirescope::cli
