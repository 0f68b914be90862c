#pragma once

#include <QString>

namespace wirescope::cli {

/// Whether line breaks may stay in the text shown on a terminal.
enum class TerminalLines {
    Single, ///< a field on one line: CR, LF and TAB are escaped too
    Multi,  ///< a message of several lines: LF and TAB stay, CR is escaped
};

/// @p text (a server's or a file's words) made safe to print on a terminal, as curl and git
/// do: C0 controls and DEL become `\xNN` (`\r`, `\n`, `\t` by name), C1 controls and the bidi
/// overrides and isolates (U+202A..U+202E, U+2066..U+2069) become `\uNNNN`. Everything else,
/// backslashes included, is left as it is.
QString terminalSafe(const QString &text, TerminalLines lines = TerminalLines::Single);

} // namespace wirescope::cli
