#include "app/cli/socketioargs.h"

#include "app/cli/argvalues.h"
#include "app/cli/commandline.h"
#include "core/socketio/socketiopacket.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace wirescope::cli {

namespace {

/// socketio's own options; -H, TLS, proxy, -m, --json and --expect come from the shared table.
enum class SioOpt { Namespace = 1, Auth, Emit, Ack, AckTimeout, ConnectTimeout };

Result<QJsonDocument> jsonArgument(const QString &option, const QString &text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError) {
        return usageError(QStringLiteral("%1: not valid JSON (%2 at offset %3): %4")
                              .arg(option, e.errorString())
                              .arg(e.offset)
                              .arg(text.left(60)));
    }
    return doc;
}

Result<void>
applySocketIoOption(SocketIoCliOptions &out, const OptionToken &token, CommandLine &line)
{
    const QString &value = token.value;
    switch (SioOpt(token.id)) {
    case SioOpt::Namespace:
        if (const Result<void> ok = checkSocketIoNamespace(value); !ok)
            return usageError(QStringLiteral("--namespace: ") + ok.error().message);
        out.nsp = value;
        return {};
    case SioOpt::Auth: {
        auto doc = jsonArgument(QStringLiteral("--auth"), value);
        if (!doc)
            return doc.error();
        if (!doc->isObject())
            return usageError(
                QStringLiteral("--auth needs a JSON object, e.g. '{\"token\":\"...\"}'"));
        out.auth = doc->object();
        out.hasAuth = true;
        return {};
    }
    case SioOpt::Emit:
        if (value.isEmpty())
            return usageError(QStringLiteral("--emit needs an event name"));
        if (isReservedSocketIoEvent(value))
            return usageError(
                QStringLiteral("--emit: \"%1\" is a reserved Socket.IO event name").arg(value));
        // The JSON array is the next positional argument: remember where it will be.
        out.emits.append(SocketIoEmit{value, {}});
        out.emitArgIndexes.append(line.positional.size());
        return {};
    case SioOpt::AckTimeout:
        return assignTo(parseSeconds(token.spelled, value), out.ackTimeoutMs);
    case SioOpt::ConnectTimeout:
        return assignTo(parseSeconds(token.spelled, value), out.request.settings.connectTimeoutMs);
    case SioOpt::Ack:
        break;
    }
    return {};
}

// Each --emit takes the positional argument that followed it; the one left is the URL.
Result<void> finishSocketIo(SocketIoCliOptions &out, const CommandLine &line)
{
    CommandLine rest = line;
    QList<bool> taken(line.positional.size(), false);
    for (qsizetype i = 0; i < out.emits.size(); ++i) {
        SocketIoEmit &item = out.emits[i];
        const qsizetype index = out.emitArgIndexes.at(i);
        if (index >= line.positional.size() || taken.at(index)) {
            return usageError(QStringLiteral("--emit %1 needs a JSON array of arguments after the "
                                             "event name (e.g. --emit %1 '[1, \"two\"]')")
                                  .arg(item.name));
        }
        taken[index] = true;
        const QString &text = line.positional.at(index);
        // Qt parses only arrays and objects: say "array" for a scalar, not "invalid JSON".
        auto doc = text.trimmed().startsWith(u'[')
                       ? jsonArgument(QStringLiteral("--emit ") + item.name, text)
                       : Result<QJsonDocument>(QJsonDocument());
        if (!doc)
            return doc.error();
        if (!doc->isArray())
            return usageError(
                QStringLiteral("--emit %1: the arguments must be a JSON array (got %2)")
                    .arg(item.name, line.positional.at(index).left(60)));
        item.args = doc->array();
    }
    rest.positional.clear();
    for (qsizetype i = 0; i < line.positional.size(); ++i) {
        if (!taken.at(i))
            rest.positional.append(line.positional.at(i));
    }
    return takeStreamOptions(out, out.request, rest,
                             QStringLiteral("wirescope-cli socketio [options] http://HOST:PORT"));
}

CommandSyntax<SocketIoCliOptions> socketIoSyntax()
{
    using S = SharedOption;
    return {
        QStringLiteral("socketio"),
        sharedOptionSpecs({S::Help, S::Header, S::CaCert, S::Cert, S::Key, S::Pass, S::Insecure,
                           S::AcceptTlsError, S::Proxy, S::NoProxy, S::MaxTime, S::Json, S::Expect})
            + OptionTable{{"timeout", 0, "SECONDS", int(S::MaxTime)},
                          {"namespace", 0, "NS", int(SioOpt::Namespace)},
                          {"auth", 0, "JSON", int(SioOpt::Auth)},
                          {"emit", 0, "EVENT", int(SioOpt::Emit)},
                          {"ack", 0, nullptr, int(SioOpt::Ack)},
                          {"ack-timeout", 0, "SECONDS", int(SioOpt::AckTimeout)},
                          {"connect-timeout", 0, "SECONDS", int(SioOpt::ConnectTimeout)}},
        &applySocketIoOption,
        &finishSocketIo,
        {{int(SioOpt::Ack), &SocketIoCliOptions::ack}}};
}

} // namespace

Result<SocketIoCliOptions> parseSocketIoArgs(const QStringList &args)
{
    return parseCommand(socketIoSyntax(), args);
}

} // namespace wirescope::cli
