#pragma once

#include "core/model/error.h"

#include <QList>
#include <QString>

namespace wirescope::interop {

/// One `key: value` line of a dictionary block, or one entry of a list block.
struct BruPair
{
    QString key;
    QString value;
    QString contentType; ///< a trailing `@contentType(...)` annotation (multipart parts)
    bool enabled = true; ///< false when the key was written with a leading `~`
    int line = 0;        ///< 1-based line of the key in the file
};

/// One top-level block of a `.bru` file: `name { key: value }` (dictionary), `name {` followed
/// by text indented two spaces (text: body:json, script:*, tests, docs...) or `name [ a, b ]`
/// (list: vars:secret).
struct BruBlock
{
    enum class Kind { Dictionary, Text, List };

    QString name;
    Kind kind = Kind::Dictionary;
    QList<BruPair> pairs; ///< Dictionary and List (list entries have an empty value)
    QString text;         ///< Text, with the two-space indent removed
    int line = 0;
};

/// A parsed `.bru` file: its blocks in file order.
struct BruDocument
{
    QList<BruBlock> blocks;

    /// The first block named @p name, or nullptr.
    const BruBlock *block(QStringView name) const;
    /// The value of @p key in the first dictionary block named @p blockName (empty if absent).
    QString value(QStringView blockName, QStringView key) const;
};

/// Largest `.bru` file the parser reads, and most blocks / lines in one block.
constexpr qsizetype kMaxBruFileBytes = 4 * 1024 * 1024;
constexpr int kMaxBruBlocks = 1000;

/// Parses @p text, the content of the file @p fileName. Errors are Kind::Parse and read
/// "<fileName>:<line>: <problem>".
Result<BruDocument> parseBru(const QString &text, const QString &fileName);

} // namespace wirescope::interop
