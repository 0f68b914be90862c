#include "app/cli/wsargs.h"

#include "app/cli/argvalues.h"
#include "core/websocket/wspayload.h"

namespace wirescope::cli {

namespace {

enum class WsOpt {
    Header,
    Origin,
    Subprotocol,
    Send,
    SendBinary,
    Expect,
    Timeout,
    ConnectTimeout,
    Json,
    CaCert,
    Cert,
    Key,
    Pass,
    Insecure,
    AcceptTlsError,
    Var,
    MaxMessageSize,
    PingInterval,
    Proxy,
    NoProxy,
    Bearer,
    User,
    Help,
};

struct WsOptSpec
{
    const char *longName;
    char shortName; // 0 = none
    WsOpt id;
    bool takesValue;
};

constexpr WsOptSpec s_options[] = {
    {"header", 'H', WsOpt::Header, true},
    {"origin", 0, WsOpt::Origin, true},
    {"subprotocol", 0, WsOpt::Subprotocol, true},
    {"send", 0, WsOpt::Send, true},
    {"send-binary", 0, WsOpt::SendBinary, true},
    {"expect", 0, WsOpt::Expect, true},
    {"timeout", 0, WsOpt::Timeout, true},
    {"max-time", 'm', WsOpt::Timeout, true},
    {"connect-timeout", 0, WsOpt::ConnectTimeout, true},
    {"json", 0, WsOpt::Json, false},
    {"cacert", 0, WsOpt::CaCert, true},
    {"cert", 'E', WsOpt::Cert, true},
    {"key", 0, WsOpt::Key, true},
    {"pass", 0, WsOpt::Pass, true},
    {"insecure", 'k', WsOpt::Insecure, false},
    {"accept-tls-error", 0, WsOpt::AcceptTlsError, true},
    {"var", 0, WsOpt::Var, true},
    {"max-message-size", 0, WsOpt::MaxMessageSize, true},
    {"ping-interval", 0, WsOpt::PingInterval, true},
    {"proxy", 'x', WsOpt::Proxy, true},
    {"noproxy", 0, WsOpt::NoProxy, false},
    {"bearer", 0, WsOpt::Bearer, true},
    {"user", 'u', WsOpt::User, true},
    {"help", 'h', WsOpt::Help, false},
};

const WsOptSpec *findOption(QStringView longName, QChar shortName)
{
    for (const WsOptSpec &spec : s_options) {
        if (!longName.isEmpty() && longName == QLatin1String(spec.longName))
            return &spec;
        if (longName.isEmpty() && spec.shortName && shortName == QLatin1Char(spec.shortName))
            return &spec;
    }
    return nullptr;
}

Result<QByteArray> binaryArgument(const QString &value)
{
    if (value.startsWith(u'@')) {
        const QString path = value.mid(1);
        if (path.isEmpty())
            return usageError(QStringLiteral("--send-binary @FILE needs a file name"));
        return bytesFromFile(path);
    }
    if (value.startsWith(QLatin1String("hex:"))) {
        auto r = bytesFromHex(QStringView(value).mid(4));
        if (!r)
            return usageError(QStringLiteral("--send-binary %1").arg(r.error().message));
        return r;
    }
    if (value.startsWith(QLatin1String("base64:"))) {
        auto r = bytesFromBase64(QStringView(value).mid(7));
        if (!r)
            return usageError(QStringLiteral("--send-binary %1").arg(r.error().message));
        return r;
    }
    return usageError(QStringLiteral("--send-binary needs @FILE, hex:HEX or base64:BASE64 "
                                     "(got \"%1\")")
                          .arg(value.left(40)));
}

class WsParser final
{
public:
    Result<WsOptions> parse(const QStringList &args);

private:
    Result<void> apply(WsOpt id, const QString &name, const QString &value);

    WsOptions m_out;
    QStringList m_urls;
    bool m_keySet = false;
    bool m_passSet = false;
};

Result<WsOptions> WsParser::parse(const QStringList &args)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(u'-') || arg == QLatin1String("-")) {
            m_urls.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const bool isLong = arg.startsWith(QLatin1String("--"));
        QString name;
        QString value;
        bool inlineValue = false;
        const WsOptSpec *spec = nullptr;
        if (isLong) {
            const qsizetype eq = arg.indexOf(u'=');
            name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            spec = findOption(name, QChar());
            if (eq >= 0) {
                value = arg.mid(eq + 1);
                inlineValue = true;
            }
            name = QStringLiteral("--") + name;
        } else {
            if (arg.size() < 2)
                return usageError(QStringLiteral("unknown option %1").arg(arg));
            spec = findOption({}, arg.at(1));
            name = arg.left(2);
            if (arg.size() > 2) {
                value = arg.mid(2);
                inlineValue = true;
            }
        }
        if (!spec)
            return usageError(
                QStringLiteral("unknown option %1 (see wirescope-cli ws --help)").arg(name));
        if (spec->id == WsOpt::Help) {
            m_out.help = true;
            return m_out;
        }
        if (!spec->takesValue && inlineValue)
            return usageError(QStringLiteral("option %1 takes no value").arg(name));
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("option %1 needs a value").arg(name));
            value = args.at(++i);
        }
        if (auto r = apply(spec->id, name, value); !r)
            return r.error();
    }
    if (m_urls.isEmpty())
        return usageError(QStringLiteral("no URL given (wirescope-cli ws [options] "
                                         "ws://HOST/PATH)"));
    if (m_urls.size() > 1)
        return usageError(
            QStringLiteral("one URL only (got \"%1\" and \"%2\")").arg(m_urls.at(0), m_urls.at(1)));
    m_out.request.url = m_urls.first();
    TlsSettings &tls = m_out.request.settings.tls;
    if ((m_keySet || m_passSet) && tls.clientCertificateFile.isEmpty())
        return usageError(QStringLiteral("--key and --pass need --cert"));
    m_out.interactive = m_out.messages.isEmpty() && m_out.expect == 0;
    return m_out;
}

Result<void> WsParser::apply(WsOpt id, const QString &name, const QString &value)
{
    WebSocketRequest &request = m_out.request;
    WebSocketSettings &settings = request.settings;
    switch (id) {
    case WsOpt::Header: {
        auto h = parseHeader(value);
        if (!h)
            return h.error();
        request.headers.append(*h);
        break;
    }
    case WsOpt::Origin:
        if (value.contains(u'\r') || value.contains(u'\n'))
            return usageError(QStringLiteral("--origin contains a line break"));
        request.headers.append(KeyValue{QStringLiteral("Origin"), value, true, {}});
        break;
    case WsOpt::Subprotocol:
        if (value.trimmed().isEmpty())
            return usageError(QStringLiteral("--subprotocol needs a name"));
        for (const QString &p : value.split(u',', Qt::SkipEmptyParts))
            request.subprotocols.append(p.trimmed());
        break;
    case WsOpt::Send:
        m_out.messages.append(WsOutgoingMessage{WsPayloadKind::Text, value.toUtf8()});
        break;
    case WsOpt::SendBinary: {
        auto bytes = binaryArgument(value);
        if (!bytes)
            return bytes.error();
        m_out.messages.append(WsOutgoingMessage{WsPayloadKind::Binary, *bytes});
        break;
    }
    case WsOpt::Expect: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n <= 0)
            return usageError(QStringLiteral("--expect needs a positive number of messages "
                                             "(got \"%1\")")
                                  .arg(value));
        m_out.expect = n;
        break;
    }
    case WsOpt::Timeout: {
        auto ms = parseSeconds(name, value);
        if (!ms)
            return ms.error();
        m_out.timeoutMs = *ms;
        break;
    }
    case WsOpt::ConnectTimeout: {
        auto ms = parseSeconds(name, value);
        if (!ms)
            return ms.error();
        settings.connectTimeoutMs = *ms;
        break;
    }
    case WsOpt::PingInterval: {
        auto ms = parseSeconds(name, value);
        if (!ms)
            return ms.error();
        settings.pingIntervalMs = *ms;
        break;
    }
    case WsOpt::Json:
        m_out.jsonOutput = true;
        break;
    case WsOpt::CaCert:
        settings.tls.caCertificateFiles.append(value);
        break;
    case WsOpt::Cert:
        settings.tls.clientCertificateFile = value;
        break;
    case WsOpt::Key:
        settings.tls.clientKeyFile = value;
        m_keySet = true;
        break;
    case WsOpt::Pass:
        settings.tls.clientKeyPassphrase = value;
        m_passSet = true;
        break;
    case WsOpt::Insecure:
        settings.tls.insecure = true;
        break;
    case WsOpt::AcceptTlsError: {
        auto e = parseAcceptedTlsError(value);
        if (!e)
            return e.error();
        settings.tls.ignoredErrors.append(*e);
        break;
    }
    case WsOpt::Var: {
        const qsizetype eq = value.indexOf(u'=');
        if (eq <= 0)
            return usageError(QStringLiteral("--var needs name=value (got \"%1\")").arg(value));
        m_out.variables.append(KeyValue{value.left(eq).trimmed(), value.mid(eq + 1), true, {}});
        break;
    }
    case WsOpt::MaxMessageSize: {
        auto bytes = parseBytes(name, value);
        if (!bytes)
            return bytes.error();
        settings.maxMessageBytes = *bytes;
        break;
    }
    case WsOpt::Proxy: {
        auto proxy = parseProxy(value);
        if (!proxy)
            return proxy.error();
        settings.proxy = *proxy;
        break;
    }
    case WsOpt::NoProxy:
        settings.proxy = ProxySettings{};
        settings.proxy.mode = ProxyMode::None;
        break;
    case WsOpt::Bearer:
        request.auth = Auth{};
        request.auth.kind = AuthKind::Bearer;
        request.auth.token = value;
        break;
    case WsOpt::User: {
        const qsizetype colon = value.indexOf(u':');
        if (colon < 0)
            return usageError(QStringLiteral("%1 needs user:password").arg(name));
        request.auth = Auth{};
        request.auth.kind = AuthKind::Basic;
        request.auth.username = value.left(colon);
        request.auth.password = value.mid(colon + 1);
        break;
    }
    case WsOpt::Help:
        break;
    }
    return {};
}

} // namespace

Result<WsOptions> parseWsArgs(const QStringList &args)
{
    return WsParser().parse(args);
}

} // namespace wirescope::cli
