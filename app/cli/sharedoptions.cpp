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
const std::array<OptionSpec, 21> s_sharedOptions{{
    {"help", 'h', nullptr, int(S::Help), "show this help"},
    {"header", 'H', "'Name: value'", int(S::Header),
     "add a header (repeatable); 'Name;' sends an empty value"},
    {"var", 0, "name=value", int(S::Var), "set a variable for {{name}} (repeatable)"},
    {"request", 'X', "METHOD", int(S::Method),
     "method (default GET, or POST when a body is given)"},
    {"user", 'u', "USER:PASSWORD", int(S::User), "Basic authentication"},
    {"bearer", 0, "TOKEN", int(S::Bearer), "Authorization: Bearer TOKEN"},
    {"aws-sigv4", 0, "aws:amz:REGION:SERVICE", int(S::AwsSigV4),
     "sign with AWS Signature v4 (as curl does): -u gives\nACCESS_KEY:SECRET_KEY, a session token "
     "goes in\n"
     "-H 'X-Amz-Security-Token: TOKEN'"},
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
    {"env", 'e', "NAME", int(S::Env), "use the collection's environment NAME"},
    {"no-keychain", 0, nullptr, int(S::NoKeychain),
     "do not read secret variables from the OS keychain"},
    {"allow-files-outside", 0, nullptr, int(S::AllowFilesOutside),
     "let bodies send files from outside the collection folder"},
}};

const OptionSpec *sharedSpec(SharedOption id)
{
    for (const OptionSpec &spec : s_sharedOptions) {
        if (spec.id == int(id))
            return &spec;
    }
    return nullptr;
}

Result<void> applyUser(Auth &auth, const OptionToken &token)
{
    const qsizetype colon = token.value.indexOf(u':');
    if (colon <= 0) {
        return usageError(QStringLiteral("%1 needs user:password (prompting for a password is "
                                         "not supported)")
                              .arg(token.spelled));
    }
    auth.kind = AuthKind::Basic;
    auth.username = token.value.left(colon);
    auth.password = token.value.mid(colon + 1);
    return {};
}

Result<void> applyBearer(Auth &auth, const QString &token)
{
    if (token.isEmpty())
        return usageError(QStringLiteral("--bearer needs a token"));
    if (auth.kind == AuthKind::None) // with -u too: check() refuses the pair
        auth.kind = AuthKind::Bearer;
    auth.token = token;
    return {};
}

/// curl's form: PROVIDER1[:PROVIDER2[:REGION[:SERVICE]]]; only AWS's own "aws:amz" is signed
/// here, and the region and service are required (curl guesses them from the host name).
Result<void> applyAwsSigV4(Auth &auth, const QString &value)
{
    const QStringList parts = value.split(u':');
    if (parts.size() != 4 || parts.at(0).compare(QLatin1String("aws"), Qt::CaseInsensitive) != 0
        || parts.at(1).compare(QLatin1String("amz"), Qt::CaseInsensitive) != 0
        || parts.at(2).isEmpty() || parts.at(3).isEmpty())
        return usageError(QStringLiteral("--aws-sigv4 needs aws:amz:REGION:SERVICE, for example "
                                         "aws:amz:eu-west-3:execute-api (got \"%1\")")
                              .arg(value));
    auth.aws.region = parts.at(2);
    auth.aws.service = parts.at(3);
    return {};
}

/// The options that name files or opt in to what verification refuses.
Result<void> applyTls(TlsSettings &tls, const OptionToken &token)
{
    const QString &v = token.value;
    switch (SharedOption(token.id)) {
    case S::CaCert:
        return appendTo(parseFileName(token.spelled, v), tls.caCertificateFiles);
    case S::Cert:
        return assignTo(parseFileName(token.spelled, v), tls.clientCertificateFile);
    case S::Key:
        return assignTo(parseFileName(token.spelled, v), tls.clientKeyFile);
    case S::Pass:
        tls.clientKeyPassphrase = v;
        return {};
    case S::Insecure:
        tls.insecure = true;
        return {};
    default:
        return appendTo(parseAcceptedTlsError(v), tls.ignoredErrors);
    }
}

template<typename R>
void applyToRequest(const SharedOptions &o, R &request)
{
    request.headers = o.headers;
    if (o.auth.kind != AuthKind::None)
        request.auth = o.auth;
    if (!o.auth.aws.service.isEmpty()) { // --aws-sigv4: -u gave the keys
        request.auth = Auth{};
        request.auth.kind = AuthKind::AwsSigV4;
        request.auth.aws = o.auth.aws;
        request.auth.aws.accessKey = o.auth.username;
        request.auth.aws.secretKey = o.auth.password;
    }
    request.settings.tls = o.tls;
    if (o.proxy)
        request.settings.proxy = *o.proxy;
}

} // namespace

bool isSharedOption(int id)
{
    return id >= int(SharedOption::Help);
}

Result<void> SharedOptions::apply(const OptionToken &token)
{
    const QString &v = token.value;
    switch (SharedOption(token.id)) {
    case S::Header:
        return appendTo(parseHeader(v), headers);
    case S::Var:
        return appendTo(parseVariable(v), variables);
    case S::Method:
        return assignTo(parseMethod(token.spelled, v), method);
    case S::User:
        return applyUser(auth, token);
    case S::Bearer:
        return applyBearer(auth, v);
    case S::AwsSigV4:
        return applyAwsSigV4(auth, v);
    case S::Proxy:
        return assignTo(parseProxy(v), proxy);
    case S::NoProxy:
        proxy = ProxySettings{ProxyMode::None, {}, 0, {}, {}};
        return {};
    case S::MaxTime:
        return assignTo(parseSeconds(token.spelled, v), timeoutMs);
    case S::Expect:
        return assignTo(parseCount(token.spelled, v), expect);
    case S::Json:
        jsonOutput = true;
        return {};
    case S::Env:
        environment = v;
        return {};
    case S::NoKeychain:
        noKeychain = true;
        return {};
    case S::AllowFilesOutside:
        allowFilesOutside = true;
        return {};
    case S::Key:
    case S::Pass:
        keyOrPassGiven = true;
        return applyTls(tls, token);
    case S::Help:
        return {};
    default:
        return applyTls(tls, token);
    }
}

Result<void> SharedOptions::check() const
{
    if (auth.kind == AuthKind::Basic && !auth.token.isEmpty())
        return usageError(QStringLiteral("-u and --bearer cannot be combined: choose one"));
    if (!auth.aws.service.isEmpty() && (auth.kind != AuthKind::Basic || !auth.token.isEmpty()))
        return usageError(QStringLiteral("--aws-sigv4 needs -u ACCESS_KEY:SECRET_KEY (and no "
                                         "--bearer)"));
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
        QString lines;
        if (line.startsWith(u"<--") && line.endsWith(u'>')) {
            for (const QStringView name : line.mid(1, line.size() - 2).split(u' ')) {
                const OptionSpec *spec =
                    name.startsWith(u"--") ? findLongOption(table, name.mid(2)) : nullptr;
                if (!spec) {
                    lines.clear();
                    break;
                }
                lines += formatOptionHelp(*spec);
            }
        }
        out += lines.isEmpty() ? line + u'\n' : lines;
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
