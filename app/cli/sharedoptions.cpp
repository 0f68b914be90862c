#include "app/cli/sharedoptions.h"

#include "app/cli/argvalues.h"
#include "core/model/request.h"
#include "core/model/websocketrequest.h"
#include "core/vars/variablecontext.h"

#include <array>

namespace wirescope::cli {

namespace {

using S = SharedOption;

// The one table. Descriptions are written for every command that takes the option; a
// command's own wording (-H's notes, --json's formats, --expect's unit) stays in its usage.
const std::array<OptionSpec, 17> s_sharedOptions{{
    {"help", 'h', nullptr, int(S::Help), "show this help"},
    {"header", 'H', "'Name: value'", int(S::Header),
     "add a header (repeatable); 'Name;' sends an empty value"},
    {"var", 0, "name=value", int(S::Var), "set a variable for {{name}} (repeatable)"},
    {"request", 'X', "METHOD", int(S::Method), "method (default GET, or POST when a body is given)"},
    {"user", 'u', "USER:PASSWORD", int(S::User), "Basic authentication"},
    {"bearer", 0, "TOKEN", int(S::Bearer), "Authorization: Bearer TOKEN"},
    {"cacert", 0, "FILE", int(S::CaCert),
     "also trust the CA certificates in FILE (PEM; repeatable)"},
    {"cert", 'E', "FILE", int(S::Cert),
     "client certificate: PEM (with --key), or .p12/.pfx (--pass)"},
    {"key", 0, "FILE", int(S::Key), "the client certificate's PEM private key"},
    {"pass", 0, "PASSPHRASE", int(S::Pass), "passphrase of the key or the PKCS#12 bundle"},
    {"accept-tls-error", 0, "CODE[@SHA256]", int(S::AcceptTlsError),
     "accept one certificate verification error, only here\n"
     "(repeatable). A refused certificate prints the exact option\n"
     "to use; CODE is a number or a name such as HostNameMismatch,\n"
     "SHA256 pins the certificate it applies to"},
    {"insecure", 'k', nullptr, int(S::Insecure),
     "accept EVERY certificate error (loudly reported; prefer\n--accept-tls-error)"},
    {"proxy", 'x', "URL", int(S::Proxy),
     "http://[user:pass@]host:port or socks5://[user:pass@]host:port"},
    {"noproxy", 0, nullptr, int(S::NoProxy),
     "use no proxy at all (curl's `--noproxy '*'` is accepted)", "*"},
    {"max-time", 'm', "SECONDS", int(S::MaxTime), "total time limit (decimal, e.g. 0.5)"},
    {"json", 0, nullptr, int(S::Json), "JSON output (each command's --help shows its form)"},
    {"expect", 0, "N", int(S::Expect), "exit 0 after N received messages or events"},
}};

const OptionSpec *sharedSpec(SharedOption id)
{
    for (const OptionSpec &spec : s_sharedOptions) {
        if (spec.id == int(id))
            return &spec;
    }
    return nullptr;
}

Result<void> applyAuth(SharedOptions &o, const OptionToken &token)
{
    if (token.id == int(S::Bearer)) {
        if (token.value.isEmpty())
            return usageError(QStringLiteral("--bearer needs a token"));
        if (o.auth.kind == AuthKind::None) // with -u too: check() refuses the pair
            o.auth.kind = AuthKind::Bearer;
        o.auth.token = token.value;
        return {};
    }
    const qsizetype colon = token.value.indexOf(u':');
    if (colon <= 0) {
        return usageError(QStringLiteral("%1 needs user:password (prompting for a password is "
                                         "not supported)")
                              .arg(token.spelled));
    }
    o.auth.kind = AuthKind::Basic;
    o.auth.username = token.value.left(colon);
    o.auth.password = token.value.mid(colon + 1);
    return {};
}

Result<void> applyTls(TlsSettings &tls, const OptionToken &token)
{
    const bool isFile = token.id == int(S::CaCert) || token.id == int(S::Cert)
                        || token.id == int(S::Key);
    if (isFile && token.value.isEmpty())
        return usageError(QStringLiteral("option %1 needs a file name").arg(token.spelled));
    switch (SharedOption(token.id)) {
    case S::CaCert:
        tls.caCertificateFiles.append(token.value);
        break;
    case S::Cert:
        tls.clientCertificateFile = token.value;
        break;
    case S::Key:
        tls.clientKeyFile = token.value;
        break;
    case S::Pass:
        tls.clientKeyPassphrase = token.value;
        break;
    case S::Insecure:
        tls.insecure = true;
        break;
    default: {
        auto accepted = parseAcceptedTlsError(token.value);
        if (!accepted)
            return accepted.error();
        tls.ignoredErrors.append(*accepted);
        break;
    }
    }
    return {};
}

Result<void> applyRequestPart(SharedOptions &o, const OptionToken &token)
{
    switch (SharedOption(token.id)) {
    case S::Header: {
        auto header = parseHeader(token.value);
        if (!header)
            return header.error();
        o.headers.append(*header);
        return {};
    }
    case S::Var: {
        auto variable = parseVariable(token.value);
        if (!variable)
            return variable.error();
        o.variables.append(*variable);
        return {};
    }
    case S::Method:
        if (token.value.trimmed().isEmpty())
            return usageError(
                QStringLiteral("%1 needs a method such as GET or POST").arg(token.spelled));
        o.method = token.value.trimmed();
        return {};
    case S::Proxy: {
        auto proxy = parseProxy(token.value);
        if (!proxy)
            return proxy.error();
        o.proxy = *proxy;
        return {};
    }
    default:
        o.proxy = ProxySettings{};
        o.proxy->mode = ProxyMode::None;
        return {};
    }
}

Result<void> applyRun(SharedOptions &o, const OptionToken &token)
{
    if (token.id == int(S::Json)) {
        o.jsonOutput = true;
        return {};
    }
    if (token.id == int(S::MaxTime)) {
        auto ms = parseSeconds(token.spelled, token.value);
        if (!ms)
            return ms.error();
        o.timeoutMs = *ms;
        return {};
    }
    bool ok = false;
    const int n = token.value.trimmed().toInt(&ok);
    if (!ok || n <= 0)
        return usageError(
            QStringLiteral("--expect needs a positive number, not \"%1\"").arg(token.value));
    o.expect = n;
    return {};
}

template<typename R>
void applyToRequest(const SharedOptions &o, R &request)
{
    request.headers = o.headers;
    if (o.auth.kind != AuthKind::None)
        request.auth = o.auth;
    request.settings.tls = o.tls;
    if (o.proxy)
        request.settings.proxy = *o.proxy;
}

} // namespace

Result<bool> SharedOptions::apply(const OptionToken &token)
{
    Result<void> applied;
    switch (SharedOption(token.id)) {
    case S::Help:
        return true;
    case S::User:
    case S::Bearer:
        applied = applyAuth(*this, token);
        break;
    case S::Key:
    case S::Pass:
        keyOrPassGiven = true;
        [[fallthrough]];
    case S::CaCert:
    case S::Cert:
    case S::AcceptTlsError:
    case S::Insecure:
        applied = applyTls(tls, token);
        break;
    case S::Header:
    case S::Var:
    case S::Method:
    case S::Proxy:
    case S::NoProxy:
        applied = applyRequestPart(*this, token);
        break;
    case S::MaxTime:
    case S::Json:
    case S::Expect:
        applied = applyRun(*this, token);
        break;
    default:
        return false;
    }
    if (!applied)
        return applied.error();
    return true;
}

Result<void> SharedOptions::check() const
{
    if (auth.kind == AuthKind::Basic && !auth.token.isEmpty())
        return usageError(QStringLiteral("-u and --bearer cannot be combined: choose one"));
    if (keyOrPassGiven && tls.clientCertificateFile.isEmpty())
        return usageError(QStringLiteral("--key and --pass need --cert"));
    return {};
}

void SharedOptions::applyTo(Request &request) const
{
    applyToRequest(*this, request);
}

void SharedOptions::applyTo(WebSocketRequest &request) const
{
    applyToRequest(*this, request);
}

OptionTable sharedOptionSpecs(std::initializer_list<SharedOption> ids)
{
    OptionTable table;
    for (SharedOption id : ids) {
        if (const OptionSpec *spec = sharedSpec(id))
            table.append(*spec);
    }
    return table;
}

QString withSharedOptionHelp(const QString &usage)
{
    const OptionTable table(s_sharedOptions.cbegin(), s_sharedOptions.cend());
    QString out;
    for (const QStringView line : QStringView(usage).split(u'\n')) {
        const OptionSpec *spec = nullptr;
        if (line.startsWith(u"<--") && line.endsWith(u'>'))
            spec = findLongOption(table, line.mid(3, line.size() - 4));
        if (spec)
            out += formatOptionHelp(*spec);
        else
            out += line + u'\n';
    }
    out.chop(1); // the split made one line more than there were line breaks
    return out;
}

VariableContext localVariables(const KeyValueList &variables)
{
    VariableContext context;
    for (const KeyValue &v : variables)
        context.set(VariableScope::Local, v.name, v.value);
    return context;
}

} // namespace wirescope::cli
