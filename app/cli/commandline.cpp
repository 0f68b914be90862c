#include "app/cli/commandline.h"

namespace wirescope::cli {

Result<CommandLine> parseCommandLine(const OptionTokenizer &tokenizer, const QStringList &args,
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
        const Result<bool> shared = line.shared.apply(token);
        if (!shared)
            return shared.error();
        if (*shared)
            continue;
        if (const Result<void> applied = own(token, line); !applied)
            return applied.error();
    }
    if (const Result<void> checked = line.shared.check(); !checked)
        return checked.error();
    return line;
}

} // namespace wirescope::cli
