#pragma once

#include "app/cli/optionspec.h"
#include "core/model/error.h"

#include <QString>
#include <QStringList>

namespace wirescope::cli {

/// One argument as the tokenizer understood it: an option with its value, or a positional
/// argument (id 0).
struct OptionToken
{
    int id = 0;      ///< the OptionSpec::id; 0 for a positional argument
    QString spelled; ///< the option as written ("--max-time" or "-m"), for messages
    QString value;   ///< the option's value, or the positional argument

    bool isPositional() const { return id == 0; }
    friend bool operator==(const OptionToken &, const OptionToken &) = default;
};

/// Splits a subcommand's arguments into OptionTokens by its table, the one way every
/// subcommand reads options: `--name value`, `--name=value`, `-n value`, `-nvalue`,
/// clustered flags (`-sSL`, the last may take a value: `-sXPOST`), repeatable options (each
/// occurrence is a token), `--` ends the options, and a lone `-` is positional (stdin).
/// Stops after the first -h/--help (the last token then is SharedOption::Help), so help wins
/// over whatever follows it.
class OptionTokenizer final
{
public:
    /// @p command names the subcommand in messages ("see wirescope-cli send --help").
    OptionTokenizer(QString command, OptionTable table);

    /// The noun of the unknown-option message: "unknown option --x" by default; serve's
    /// message has always read "unknown serve option --x".
    void setUnknownOptionNoun(QString noun) { m_unknownNoun = std::move(noun); }

    /// The tokens of @p args. Errors (Error::Kind::InvalidRequest, one line naming the
    /// option): an unknown option, a missing value, a value given to a flag.
    Result<QList<OptionToken>> tokenize(const QStringList &args) const;

    const OptionTable &table() const { return m_table; }

private:
    Result<void> readLong(const QStringList &args, qsizetype &i, QList<OptionToken> &out) const;
    Result<void> readShort(const QStringList &args, qsizetype &i, QList<OptionToken> &out) const;
    Error unknown(const QString &spelled) const;

    QString m_command;
    OptionTable m_table;
    QString m_unknownNoun = QStringLiteral("option");
};

} // namespace wirescope::cli
