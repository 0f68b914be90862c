#include "app/cli/wsargs.h"

#include "app/cli/argvalues.h"
#include "app/cli/commandline.h"
#include "core/websocket/wspayload.h"

namespace wirescope::cli {

namespace {

/// ws's own options; -H, -u, --bearer, --var, TLS, proxy, -m, --json and --expect come from
/// the shared table.
enum class WsOpt {
    Origin = 1,
    Subprotocol,
    Send,
    SendBinary,
    ConnectTimeout,
    MaxMessageSize,
    PingInterval
};

Result<QByteArray> binaryArgument(const QString &value)
{
    if (value.startsWith(u'@')) {
        const QString path = value.mid(1);
        if (path.isEmpty())
            return usageError(QStringLiteral("--send-binary @FILE needs a file name"));
        return bytesFromFile(path);
    }
    const bool hex = value.startsWith(QLatin1String("hex:"));
    if (!hex && !value.startsWith(QLatin1String("base64:"))) {
        return usageError(QStringLiteral("--send-binary needs @FILE, hex:HEX or base64:BASE64 "
                                         "(got \"%1\")")
                              .arg(value.left(40)));
    }
    auto bytes =
        hex ? bytesFromHex(QStringView(value).mid(4)) : bytesFromBase64(QStringView(value).mid(7));
    if (!bytes)
        return usageError(QStringLiteral("--send-binary %1").arg(bytes.error().message));
    return bytes;
}

Result<WsOutgoingMessage> binaryMessage(const QString &value)
{
    auto bytes = binaryArgument(value);
    if (!bytes)
        return bytes.error();
    return WsOutgoingMessage{WsPayloadKind::Binary, *bytes};
}

Result<void> applyWsOption(WsOptions &out, const OptionToken &token, CommandLine &line)
{
    const QString &value = token.value;
    WebSocketSettings &settings = out.request.settings;
    switch (WsOpt(token.id)) {
    case WsOpt::Origin:
        if (value.contains(u'\r') || value.contains(u'\n'))
            return usageError(QStringLiteral("--origin contains a line break"));
        // Among the -H headers, in the order given.
        line.shared.headers.append(KeyValue{QStringLiteral("Origin"), value, true, {}});
        return {};
    case WsOpt::Subprotocol:
        if (value.trimmed().isEmpty())
            return usageError(QStringLiteral("--subprotocol needs a name"));
        for (const QString &p : value.split(u',', Qt::SkipEmptyParts))
            out.request.subprotocols.append(p.trimmed());
        return {};
    case WsOpt::Send:
        out.messages.append(WsOutgoingMessage{WsPayloadKind::Text, value.toUtf8()});
        return {};
    case WsOpt::SendBinary:
        return appendTo(binaryMessage(value), out.messages);
    case WsOpt::MaxMessageSize:
        return assignTo(parseBytes(token.spelled, value), settings.maxMessageBytes);
    case WsOpt::ConnectTimeout:
        return assignTo(parseSeconds(token.spelled, value), settings.connectTimeoutMs);
    case WsOpt::PingInterval:
        break;
    }
    return assignTo(parseSeconds(token.spelled, value), settings.pingIntervalMs);
}

Result<void> finishWs(WsOptions &out, const CommandLine &line)
{
    out.interactive = out.messages.isEmpty() && line.shared.expect == 0;
    return takeStreamOptions(out, out.request, line,
                             QStringLiteral("wirescope-cli ws [options] ws://HOST/PATH"));
}

CommandSyntax<WsOptions> wsSyntax()
{
    using S = SharedOption;
    return {QStringLiteral("ws"),
            sharedOptionSpecs({S::Help, S::Header, S::User, S::Bearer, S::Var, S::CaCert, S::Cert,
                               S::Key, S::Pass, S::Insecure, S::AcceptTlsError, S::Proxy,
                               S::NoProxy, S::MaxTime, S::Json, S::Expect})
                + OptionTable{{"timeout", 0, "SECONDS", int(S::MaxTime)},
                              {"origin", 0, "ORIGIN", int(WsOpt::Origin)},
                              {"subprotocol", 0, "NAME", int(WsOpt::Subprotocol)},
                              {"send", 0, "TEXT", int(WsOpt::Send)},
                              {"send-binary", 0, "@FILE", int(WsOpt::SendBinary)},
                              {"connect-timeout", 0, "SECONDS", int(WsOpt::ConnectTimeout)},
                              {"max-message-size", 0, "BYTES", int(WsOpt::MaxMessageSize)},
                              {"ping-interval", 0, "SECONDS", int(WsOpt::PingInterval)}},
            &applyWsOption, &finishWs};
}

} // namespace

Result<WsOptions> parseWsArgs(const QStringList &args)
{
    return parseCommand(wsSyntax(), args);
}

} // namespace wirescope::cli
