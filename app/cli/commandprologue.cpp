#include "app/cli/commandprologue.h"

#include "app/cli/commandline.h"
#include "app/cli/console.h"
#include "app/cli/exitcodes.h"
#include "app/cli/runargs.h"
#include "app/cli/sendargs.h"
#include "app/cli/serveargs.h"
#include "app/cli/socketioargs.h"
#include "app/cli/sseargs.h"
#include "app/cli/wsargs.h"

namespace wirescope::cli {

namespace {

bool isInsecure(const SendOptions &o)
{
    return o.request.settings.tls.insecure;
}
bool isInsecure(const WsOptions &o)
{
    return o.request.settings.tls.insecure;
}
bool isInsecure(const SocketIoCliOptions &o)
{
    return o.request.settings.tls.insecure;
}

bool isInsecure(const SseOptions &o)
{
    return o.request.settings.tls.insecure;
}
bool isInsecure(const RunArgs &o)
{
    return o.insecure;
}
bool isInsecure(const ServeOptions &)
{
    return false;
}
bool isInsecure(const CommandLine &line)
{
    return line.shared.tls.insecure;
}

} // namespace

int reportFailure(const Error &error)
{
    printError(error.message);
    return int(exitCodeFor(error.kind));
}

template<typename Options>
std::optional<int> commandPrologue(const Result<Options> &parsed, const CommandInfo &info)
{
    if (!parsed)
        return reportFailure(parsed.error());
    if (parsed->help) {
        writeStdout(info.usage().toUtf8());
        return int(ExitCode::Ok);
    }
    if (isInsecure(*parsed)) {
        printWarning(
            QStringLiteral("--insecure: TLS CERTIFICATE VERIFICATION IS OFF for %1. Every "
                           "certificate error is accepted, so anyone on the path can read "
                           "and change what is sent and received.%2")
                .arg(QLatin1String(info.insecureScope), QLatin1String(info.insecureAdvice)));
    }
    return std::nullopt;
}

template std::optional<int> commandPrologue(const Result<SendOptions> &, const CommandInfo &);
template std::optional<int> commandPrologue(const Result<WsOptions> &, const CommandInfo &);
template std::optional<int> commandPrologue(const Result<SseOptions> &, const CommandInfo &);
template std::optional<int> commandPrologue(const Result<SocketIoCliOptions> &,
                                            const CommandInfo &);
template std::optional<int> commandPrologue(const Result<RunArgs> &, const CommandInfo &);
template std::optional<int> commandPrologue(const Result<ServeOptions> &, const CommandInfo &);
template std::optional<int> commandPrologue(const Result<CommandLine> &, const CommandInfo &);

} // namespace wirescope::cli
