#include "app/cli/commandline.h"

#include "app/cli/runargs.h"
#include "app/cli/sendargs.h"
#include "app/cli/serveargs.h"
#include "app/cli/socketioargs.h"
#include "app/cli/sseargs.h"
#include "app/cli/wsargs.h"

namespace wirescope::cli {

Result<CommandLine> parseCommandLine(const OptionTokenizer &tokenizer,
                                     const QStringList &args,
                                     const OwnOptionHandler &own)
{
    const Result<QList<OptionToken>> tokens = tokenizer.tokenize(args);
    if (!tokens)
        return tokens.error();
    CommandLine line;
    if (!tokens->isEmpty() && tokens->last().id == int(SharedOption::Help)) {
        line.help = true;
        return line;
    }
    for (const OptionToken &token : *tokens) {
        if (token.isPositional()) {
            line.positional.append(token.value);
            continue;
        }
        const Result<void> applied =
            isSharedOption(token.id) ? line.shared.apply(token) : own(token, line);
        if (!applied)
            return applied.error();
    }
    if (const Result<void> checked = line.shared.check(); !checked)
        return checked.error();
    return line;
}

template<typename Options>
Result<Options> parseCommand(const CommandSyntax<Options> &syntax, const QStringList &args)
{
    OptionTokenizer tokenizer(syntax.name, syntax.table);
    tokenizer.setUnknownOptionNoun(syntax.unknownOptionNoun);
    Options out;
    const auto own = [&](const OptionToken &token, CommandLine &l) -> Result<void> {
        for (const auto &[id, flag] : syntax.flags) {
            if (id == token.id) {
                out.*flag = true;
                return {};
            }
        }
        for (const auto &[id, text] : syntax.texts) {
            if (id == token.id) {
                out.*text = token.value;
                return {};
            }
        }
        return syntax.apply(out, token, l);
    };
    const Result<CommandLine> line = parseCommandLine(tokenizer, args, own);
    if (!line)
        return line.error();
    out.help = line->help;
    if (!out.help) {
        if (const Result<void> finished = syntax.finish(out, *line); !finished)
            return finished.error();
    }
    return out;
}

template Result<SendOptions> parseCommand(const CommandSyntax<SendOptions> &, const QStringList &);
template Result<WsOptions> parseCommand(const CommandSyntax<WsOptions> &, const QStringList &);
template Result<SocketIoCliOptions> parseCommand(const CommandSyntax<SocketIoCliOptions> &,
                                                 const QStringList &);
template Result<SseOptions> parseCommand(const CommandSyntax<SseOptions> &, const QStringList &);
template Result<RunArgs> parseCommand(const CommandSyntax<RunArgs> &, const QStringList &);
template Result<ServeOptions> parseCommand(const CommandSyntax<ServeOptions> &,
                                           const QStringList &);

} // namespace wirescope::cli
