#pragma once

#include "core/store/formatmigration.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wirescope {

/// A file of a collection (or workspace) that could not be read. The rest still loads.
/// line/column are 1-based; 0 when the problem has no position (an I/O error, a wrong type
/// found after parsing: then the message names the JSON path).
struct LoadProblem
{
    QString path;
    int line = 0;
    int column = 0;
    QString message;
    bool newerFormat = false; ///< the file was written by a newer Wirescope

    /// "path:line:column: message" (or "path: message" without a position).
    QString toString() const;
};

namespace store {

/// Largest store file read (a bigger one is a problem, not an attempt to allocate it).
constexpr qint64 kMaxStoreFileBytes = 64LL * 1024 * 1024;

/// 1-based line and column (in characters) of byte @p offset of UTF-8 @p data.
std::pair<int, int> lineColumnAt(const QByteArray &data, qsizetype offset);

/// Parses @p data as a JSON object and migrates it to the current format.
/// On failure returns nullopt and fills @p problem (path = @p path, with line and column for
/// syntax errors).
std::optional<QJsonObject> parseStoreFile(const QByteArray &data,
                                          const QString &path,
                                          StoreFileKind kind,
                                          LoadProblem *problem);

/// Reads @p path (refusing files over kMaxStoreFileBytes) and parses it as parseStoreFile().
std::optional<QJsonObject> readStoreFile(const QString &path,
                                         StoreFileKind kind,
                                         LoadProblem *problem,
                                         QByteArray *bytes = nullptr);

/// The bytes the store writes for @p object: `"format"` added, pretty-printed with 4-space
/// indentation and keys in alphabetical order (QJsonDocument's order: stable across saves),
/// ending in a newline.
QByteArray storeFileBytes(QJsonObject object);

/// Writes @p data to @p path atomically (QSaveFile: readers see the old or the new file,
/// never half of one). Returns an error message, empty on success.
QString writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace store
} // namespace wirescope
