#pragma once

#include <QSet>
#include <QString>

namespace wirescope::store {

/// Longest file name stem derived from a name, in UTF-16 code units (the suffix such as
/// ".request.json" and a collision number come on top; the total stays far below the usual
/// 255-byte limit even for 4-byte UTF-8 characters).
constexpr qsizetype kMaxStemLength = 60;

/// A file name stem derived from a user-given @p name that is safe on Linux, macOS and Windows
/// and inside a git checkout: no path separators (`/`, `\`), no characters Windows refuses
/// (`:*?"<>|`), no control characters, no leading dot (so no `.`, `..` or hidden files), no
/// trailing dot or space, not a reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, also
/// with an extension), at most kMaxStemLength long (never splitting a surrogate pair), never
/// empty ("Untitled"). Each refused character becomes `_`. The real name stays inside the file.
QString safeFileStem(const QString &name);

/// Hands out unique file names within one directory: the first of "stem" + suffix,
/// "stem 2" + suffix, "stem 3" + suffix, ... not yet taken, comparing case-insensitively (the
/// checkout may live on a case-insensitive file system). Deterministic: the same sequence of
/// names gives the same file names.
class FileNameAllocator final
{
public:
    /// @p reserved: names that are never handed out (e.g. "collection.json", "environments").
    explicit FileNameAllocator(const QStringList &reserved = {});

    /// A unique file name for @p name followed by @p suffix (".request.json", or "" for a folder).
    QString allocate(const QString &name, const QString &suffix);

private:
    QSet<QString> m_taken; ///< case-folded
};

} // namespace wirescope::store
