#include "app/cli/subcommands.h"

#include "app/cli/commandprologue.h"
#include "app/cli/runcommand.h"
#include "app/cli/runusage.h"
#include "app/cli/sendcommand.h"
#include "app/cli/socketiocommand.h"
#include "app/cli/socketiousage.h"
#include "app/cli/ssecommand.h"
#include "app/cli/sseusage.h"
#include "app/cli/usage.h"
#include "app/cli/wscommand.h"
#include "app/cli/wsusage.h"

#include <QLatin1String>

#include <array>

namespace wirescope::cli {

namespace {

const char s_preferOptIns[] = " Prefer --cacert FILE or --accept-tls-error CODE@SHA256.";

/// The one way the event-loop subcommands begin and run: parse, prologue, then the work.
template<typename Command, typename Options>
int runToEnd(Result<Options> parsed, const CommandInfo &info)
{
    if (const std::optional<int> stop = commandPrologue(parsed, info))
        return *stop;
    Command command(std::move(parsed).value());
    return command.exec();
}

int runSend(const QStringList &args)
{
    return runToEnd<SendCommand>(parseSendArgs(args), {&sendUsage, "this request", s_preferOptIns});
}

int runWs(const QStringList &args)
{
    return runToEnd<WsCommand>(parseWsArgs(args), {&wsUsage, "this connection", s_preferOptIns});
}

int runSse(const QStringList &args)
{
    return runToEnd<SseCommand>(parseSseArgs(args), {&sseUsage, "this stream", s_preferOptIns});
}

int runSocketIo(const QStringList &args)
{
    return runToEnd<SocketIoCommand>(parseSocketIoArgs(args),
                                     {&socketIoUsage, "this connection", s_preferOptIns});
}

int runRun(const QStringList &args)
{
    return runToEnd<RunCommand>(parseRunArgs(args), {&runUsage, "every request of this run", ""});
}

const std::array<Subcommand, 9> s_subcommands{{
    {"send", &runSend},
    {"ws", &runWs},
    {"sse", &runSse},
    {"socketio", &runSocketIo},
    {"run", &runRun},
    {"import", &runImportCommand},
    {"export", &runExportCommand},
    {"codegen", &runCodegenCommand},
    {"serve", &runServeCommand},
}};

} // namespace

const Subcommand *findSubcommand(QStringView name)
{
    for (const Subcommand &command : s_subcommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace wirescope::cli
