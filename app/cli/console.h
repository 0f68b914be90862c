#pragma once

#include <QByteArray>
#include <QString>

namespace wirescope::cli {

/// Writes raw bytes to standard output (unbuffered by Qt; flushed at once).
void writeStdout(const QByteArray &bytes);

/// Prints "wirescope-cli: error: MESSAGE" on standard error, on one line.
void printError(const QString &message);

/// Prints "wirescope-cli: warning: MESSAGE" on standard error, on one line.
void printWarning(const QString &message);

/// Prints "wirescope-cli: MESSAGE" on standard error, on one line.
void printNote(const QString &message);

/// True when standard output is a terminal that should get ANSI colours (no NO_COLOR,
/// TERM is not "dumb").
bool stdoutWantsColor();

/// True when standard output is a terminal.
bool stdoutIsTerminal();

} // namespace wirescope::cli
