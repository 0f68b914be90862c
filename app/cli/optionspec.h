#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace wirescope::cli {

/// One option a subcommand accepts: `--long-name`, its optional `-s` short form, whether it
/// takes a value, what it does (@ref id) and its line in `--help`. A command's table is a
/// list of these: its own options plus the shared ones it accepts (see sharedoptions.h).
struct OptionSpec
{
    const char *longName;            ///< without the dashes
    char shortName = 0;              ///< 0 when there is none
    const char *valueName = nullptr; ///< nullptr for a flag; else the value in --help ("FILE")
    int id = 0;                      ///< a command's own enum value, or a SharedOption
    const char *help = nullptr;      ///< the --help description, lines separated by '\n'
    /// A flag that also consumes the next argument when it is exactly this text: curl's
    /// `--noproxy '*'`.
    const char *swallows = nullptr;

    bool takesValue() const { return valueName != nullptr; }
};

using OptionTable = QList<OptionSpec>;

/// The option of @p table spelled `--NAME` (@p name without the dashes), or nullptr.
const OptionSpec *findLongOption(const OptionTable &table, QStringView name);

/// The option of @p table spelled `-C`, or nullptr.
const OptionSpec *findShortOption(const OptionTable &table, QChar c);

/// @p spec's lines in --help: "  -k, --insecure" or "      --cacert FILE", the description
/// from column 29 (on the next line when the names are longer), continuation lines indented.
QString formatOptionHelp(const OptionSpec &spec);

} // namespace wirescope::cli
