#pragma once

#include "core/interop/importreport.h"
#include "core/model/error.h"

#include <QStringList>
#include <QStringView>

namespace wirescope::interop {

/// Splits a shell command line into words the way a POSIX shell would for a simple command:
/// '...' literal, "..." with \\ \" \$ \` escapes, $'...' ANSI-C escapes, backslash escapes and
/// backslash-newline continuations. With @p windowsCmd, cmd.exe's ^ escapes and the MS C
/// runtime's "..." / \" rules instead (Chrome's "Copy as cURL (cmd)"). Stops at the end of the
/// first command (unquoted newline, ; | & < >) and notes the ignored rest in @p report.
/// An unterminated quote is a Kind::Parse error naming its line and column.
Result<QStringList> splitShellWords(QStringView text, bool windowsCmd, ImportReport *report);

} // namespace wirescope::interop
