#pragma once

#include "app/cli/optiontokenizer.h"
#include "app/cli/sharedoptions.h"
#include "core/model/error.h"

#include <QStringList>

#include <functional>
#include <utility>

namespace wirescope::cli {

/// A subcommand's arguments after the one option layer has read them: --help, the shared
/// options (already applied and checked) and the positional arguments in order. The
/// command's own options went to its handler as they came.
struct CommandLine
{
    bool help = false;      ///< -h/--help was given (nothing after it was read)
    SharedOptions shared;   ///< the shared options, see SharedOption
    QStringList positional; ///< the arguments that are not options, in order
};

/// Handles one of a command's own options. It may read or add to @p line (ws's --origin
/// adds a header among the -H ones).
using OwnOptionHandler = std::function<Result<void>(const OptionToken &token, CommandLine &line)>;

/// Reads @p args with @p tokenizer: shared options go to CommandLine::shared, the others to
/// @p own, in the order given; then the shared options' combinations are checked. With
/// --help, returns at once with help set (help wins over what follows it).
Result<CommandLine> parseCommandLine(const OptionTokenizer &tokenizer,
                                     const QStringList &args,
                                     const OwnOptionHandler &own);

/// How one subcommand reads its arguments into its @p Options (which has a `help` member):
/// its name and table, where its own options go, and what it makes of the rest.
template<typename Options>
struct CommandSyntax
{
    QString name;      ///< the subcommand, for messages ("see wirescope-cli NAME --help")
    OptionTable table; ///< its own options and the shared ones it takes
    /// One of its own options, as it comes (the shared ones go to CommandLine::shared).
    std::function<Result<void>(Options &, const OptionToken &, CommandLine &)> apply;
    /// Once every option is read (not after --help): positional arguments, the shared
    /// options it takes over, its checks of how options combine.
    std::function<Result<void>(Options &, const CommandLine &)> finish;
    /// Own flags that only set a member, and own options whose value only goes into one
    /// (the last one given wins); the others go to apply.
    QList<std::pair<int, bool Options::*>> flags = {};
    QList<std::pair<int, QString Options::*>> texts = {};
    QString unknownOptionNoun = QStringLiteral("option"); ///< see OptionTokenizer
};

/// Reads @p args by @p syntax into an @p Options: --help sets `help` and nothing else.
/// Instantiated for SendOptions, WsOptions, SseOptions, RunArgs and ServeOptions.
template<typename Options>
Result<Options> parseCommand(const CommandSyntax<Options> &syntax, const QStringList &args);

} // namespace wirescope::cli
