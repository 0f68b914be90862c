#include "app/cli/sseargs.h"

#include "app/cli/argvalues.h"
#include "app/cli/commandline.h"

namespace wirescope::cli {

namespace {

/// sse's own options; -H, -X, --bearer, --var, the TLS trust options, -m, --json and
/// --expect come from the shared table.
enum class SseOpt {
    Data = 1,
    Reconnect,
    AnyType,
    MaxEventSize,
};

OptionTable sseOptionTable()
{
    using S = SharedOption;
    OptionTable table =
        sharedOptionSpecs({S::Help, S::Header, S::Method, S::Bearer, S::Var, S::CaCert,
                           S::Insecure, S::AcceptTlsError, S::MaxTime, S::Json, S::Expect});
    table.append({
        OptionSpec{"timeout", 0, "SECONDS", int(S::MaxTime)},
        OptionSpec{"data", 'd', "TEXT", int(SseOpt::Data)},
        OptionSpec{"reconnect", 0, nullptr, int(SseOpt::Reconnect)},
        OptionSpec{"any-type", 0, nullptr, int(SseOpt::AnyType)},
        OptionSpec{"max-event-size", 0, "BYTES", int(SseOpt::MaxEventSize)},
    });
    return table;
}

Result<void> applySseOption(SseOptions &out, const OptionToken &token)
{
    switch (SseOpt(token.id)) {
    case SseOpt::Data:
        out.request.body = Body{};
        out.request.body.kind = BodyKind::Raw;
        out.request.body.raw = token.value; // POST unless -X names a method
        break;
    case SseOpt::Reconnect:
        out.reconnect = true;
        break;
    case SseOpt::AnyType:
        out.anyType = true;
        break;
    case SseOpt::MaxEventSize: {
        auto bytes = parseBytes(token.spelled, token.value);
        if (!bytes)
            return bytes.error();
        out.maxEventBytes = *bytes;
        break;
    }
    }
    return {};
}

Result<void> finishSse(SseOptions &out, const CommandLine &line)
{
    const Result<QString> url =
        takeStreamOptions(out, line, QStringLiteral("wirescope-cli sse [options] URL"));
    if (!url)
        return url.error();
    line.shared.applyTo(out.request);
    out.request.url = *url;
    if (line.shared.method)
        out.request.method = *line.shared.method;
    else if (out.request.body.kind == BodyKind::Raw)
        out.request.method = QStringLiteral("POST"); // as curl -d does
    return {};
}

} // namespace

Result<SseOptions> parseSseArgs(const QStringList &args)
{
    const auto apply = [](SseOptions &out, const OptionToken &token, CommandLine &) {
        return applySseOption(out, token);
    };
    return parseCommand(
        CommandSyntax<SseOptions>{QStringLiteral("sse"), sseOptionTable(), apply, &finishSse},
        args);
}

} // namespace wirescope::cli
