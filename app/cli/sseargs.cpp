#include "app/cli/sseargs.h"

#include "app/cli/argvalues.h"
#include "app/cli/commandline.h"

namespace wirescope::cli {

namespace {

/// sse's own options; -H, -X, --bearer, --var, the TLS trust options, -m, --json and
/// --expect come from the shared table.
enum class SseOpt { Data = 1, Reconnect, AnyType, MaxEventSize };

/// -d (POST unless -X names a method) and --max-event-size.
Result<void> applySseOption(SseOptions &out, const OptionToken &token, CommandLine &)
{
    if (token.id == int(SseOpt::MaxEventSize))
        return assignTo(parseBytes(token.spelled, token.value), out.maxEventBytes);
    out.request.body = Body{};
    out.request.body.kind = BodyKind::Raw;
    out.request.body.raw = token.value;
    return {};
}

Result<void> finishSse(SseOptions &out, const CommandLine &line)
{
    const Result<void> taken = takeStreamOptions(out, out.request, line,
                                                 QStringLiteral("wirescope-cli sse [options] URL"));
    if (!taken)
        return taken;
    if (line.shared.method)
        out.request.method = *line.shared.method;
    else if (out.request.body.kind == BodyKind::Raw)
        out.request.method = QStringLiteral("POST"); // as curl -d does
    return {};
}

CommandSyntax<SseOptions> sseSyntax()
{
    using S = SharedOption;
    return {QStringLiteral("sse"),
            sharedOptionSpecs({S::Help, S::Header, S::Method, S::Bearer, S::Var, S::CaCert,
                               S::Insecure, S::AcceptTlsError, S::MaxTime, S::Json, S::Expect})
                + OptionTable{{"timeout", 0, "SECONDS", int(S::MaxTime)},
                              {"data", 'd', "TEXT", int(SseOpt::Data)},
                              {"reconnect", 0, nullptr, int(SseOpt::Reconnect)},
                              {"any-type", 0, nullptr, int(SseOpt::AnyType)},
                              {"max-event-size", 0, "BYTES", int(SseOpt::MaxEventSize)}},
            &applySseOption,
            &finishSse,
            {{int(SseOpt::Reconnect), &SseOptions::reconnect},
             {int(SseOpt::AnyType), &SseOptions::anyType}}};
}

} // namespace

Result<SseOptions> parseSseArgs(const QStringList &args)
{
    return parseCommand(sseSyntax(), args);
}

} // namespace wirescope::cli
