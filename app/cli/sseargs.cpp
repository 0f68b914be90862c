#include "app/cli/sseargs.h"

#include "app/cli/argvalues.h"

namespace wirescope::cli {

namespace {

enum class SseOpt {
    Header,
    Method,
    Data,
    Expect,
    Timeout,
    Json,
    Reconnect,
    AnyType,
    MaxEventSize,
    CaCert,
    Insecure,
    AcceptTlsError,
    Var,
    Bearer,
    Help,
};

struct SseOptSpec
{
    const char *longName;
    char shortName; // 0 = none
    SseOpt id;
    bool takesValue;
};

constexpr SseOptSpec s_options[] = {
    {"header", 'H', SseOpt::Header, true},
    {"request", 'X', SseOpt::Method, true},
    {"data", 'd', SseOpt::Data, true},
    {"expect", 0, SseOpt::Expect, true},
    {"timeout", 0, SseOpt::Timeout, true},
    {"max-time", 'm', SseOpt::Timeout, true},
    {"json", 0, SseOpt::Json, false},
    {"reconnect", 0, SseOpt::Reconnect, false},
    {"any-type", 0, SseOpt::AnyType, false},
    {"max-event-size", 0, SseOpt::MaxEventSize, true},
    {"cacert", 0, SseOpt::CaCert, true},
    {"insecure", 'k', SseOpt::Insecure, false},
    {"accept-tls-error", 0, SseOpt::AcceptTlsError, true},
    {"var", 0, SseOpt::Var, true},
    {"bearer", 0, SseOpt::Bearer, true},
    {"help", 'h', SseOpt::Help, false},
};

const SseOptSpec *findOption(QStringView longName, QChar shortName)
{
    for (const SseOptSpec &spec : s_options) {
        if (!longName.isEmpty() && longName == QLatin1String(spec.longName))
            return &spec;
        if (longName.isEmpty() && spec.shortName && shortName == QLatin1Char(spec.shortName))
            return &spec;
    }
    return nullptr;
}

Result<void> apply(SseOptions &out, SseOpt id, const QString &name, const QString &value)
{
    Request &request = out.request;
    switch (id) {
    case SseOpt::Header: {
        auto h = parseHeader(value);
        if (!h)
            return h.error();
        request.headers.append(*h);
        break;
    }
    case SseOpt::Method:
        if (value.isEmpty())
            return usageError(QStringLiteral("-X needs a method"));
        request.method = value;
        break;
    case SseOpt::Data:
        request.body = Body{};
        request.body.kind = BodyKind::Raw;
        request.body.raw = value; // POST unless -X names a method (see parseSseArgs)
        break;
    case SseOpt::Expect: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n <= 0)
            return usageError(
                QStringLiteral("--expect needs a positive number of events (got \"%1\")").arg(value));
        out.expect = n;
        break;
    }
    case SseOpt::Timeout: {
        auto ms = parseSeconds(name, value);
        if (!ms)
            return ms.error();
        out.timeoutMs = *ms;
        break;
    }
    case SseOpt::Json:
        out.jsonOutput = true;
        break;
    case SseOpt::Reconnect:
        out.reconnect = true;
        break;
    case SseOpt::AnyType:
        out.anyType = true;
        break;
    case SseOpt::MaxEventSize: {
        auto bytes = parseBytes(name, value);
        if (!bytes)
            return bytes.error();
        out.maxEventBytes = *bytes;
        break;
    }
    case SseOpt::CaCert:
        request.settings.tls.caCertificateFiles.append(value);
        break;
    case SseOpt::Insecure:
        request.settings.tls.insecure = true;
        break;
    case SseOpt::AcceptTlsError: {
        auto e = parseAcceptedTlsError(value);
        if (!e)
            return e.error();
        request.settings.tls.ignoredErrors.append(*e);
        break;
    }
    case SseOpt::Var: {
        const qsizetype eq = value.indexOf(u'=');
        if (eq <= 0)
            return usageError(QStringLiteral("--var needs name=value (got \"%1\")").arg(value));
        out.variables.append(KeyValue{value.left(eq).trimmed(), value.mid(eq + 1), true, {}});
        break;
    }
    case SseOpt::Bearer:
        request.auth = Auth{};
        request.auth.kind = AuthKind::Bearer;
        request.auth.token = value;
        break;
    case SseOpt::Help:
        break;
    }
    return {};
}

} // namespace

Result<SseOptions> parseSseArgs(const QStringList &args)
{
    SseOptions out;
    QStringList urls;
    bool methodGiven = false;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(u'-') || arg == QLatin1String("-")) {
            urls.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name;
        QString value;
        bool inlineValue = false;
        const SseOptSpec *spec = nullptr;
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(u'=');
            name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            spec = findOption(name, QChar());
            if (eq >= 0) {
                value = arg.mid(eq + 1);
                inlineValue = true;
            }
            name = QStringLiteral("--") + name;
        } else {
            spec = findOption({}, arg.at(1));
            name = arg.left(2);
            if (arg.size() > 2) {
                value = arg.mid(2);
                inlineValue = true;
            }
        }
        if (!spec)
            return usageError(
                QStringLiteral("unknown option %1 (see wirescope-cli sse --help)").arg(name));
        if (spec->id == SseOpt::Help) {
            out.help = true;
            return out;
        }
        if (!spec->takesValue && inlineValue)
            return usageError(QStringLiteral("option %1 takes no value").arg(name));
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("option %1 needs a value").arg(name));
            value = args.at(++i);
        }
        if (auto r = apply(out, spec->id, name, value); !r)
            return r.error();
        methodGiven = methodGiven || spec->id == SseOpt::Method;
    }
    if (out.request.body.kind == BodyKind::Raw && !methodGiven)
        out.request.method = QStringLiteral("POST"); // as curl -d does
    if (urls.isEmpty())
        return usageError(QStringLiteral("no URL given (wirescope-cli sse [options] URL)"));
    if (urls.size() > 1)
        return usageError(
            QStringLiteral("one URL only (got \"%1\" and \"%2\")").arg(urls.at(0), urls.at(1)));
    out.request.url = urls.first();
    return out;
}

} // namespace wirescope::cli
