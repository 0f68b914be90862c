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

} // namespace

Result<SseOptions> parseSseArgs(const QStringList &args)
{
    SseOptions out;
    const OptionTokenizer tokenizer(QStringLiteral("sse"), sseOptionTable());
    const Result<CommandLine> line = parseCommandLine(
        tokenizer, args,
        [&out](const OptionToken &token, CommandLine &) { return applySseOption(out, token); });
    if (!line)
        return line.error();
    if (line->help) {
        out.help = true;
        return out;
    }
    const QStringList &urls = line->positional;
    if (urls.isEmpty())
        return usageError(QStringLiteral("no URL given (wirescope-cli sse [options] URL)"));
    if (urls.size() > 1)
        return usageError(
            QStringLiteral("one URL only (got \"%1\" and \"%2\")").arg(urls.at(0), urls.at(1)));
    const SharedOptions &shared = line->shared;
    shared.applyTo(out.request);
    out.request.url = urls.first();
    if (shared.method)
        out.request.method = *shared.method;
    else if (out.request.body.kind == BodyKind::Raw)
        out.request.method = QStringLiteral("POST"); // as curl -d does
    out.variables = shared.variables;
    out.timeoutMs = shared.timeoutMs.value_or(0);
    out.jsonOutput = shared.jsonOutput;
    out.expect = shared.expect;
    return out;
}

} // namespace wirescope::cli
