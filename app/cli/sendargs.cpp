#include "app/cli/sendargs.h"

#include "app/cli/argvalues.h"
#include "app/cli/sendoptiontable.h"
#include "core/http/graphqlpayload.h"

#include <limits>

namespace wirescope::cli {

namespace {

/// Collects the options in one pass, then checks how they combine and builds the Request.
class SendParser final
{
public:
    Result<SendOptions> parse(const QStringList &args);

private:
    /// @p spelled is the option as the user wrote it ("--max-time" or "-m"), for messages.
    Result<void> apply(const OptionSpec &spec, const QString &spelled, const QString &value);
    Result<SendOptions> finish();

    SendOptions m_out;
    QStringList m_urls;
    QStringList m_data;   ///< -d / --data-raw / --data-binary text pieces, joined with '&'
    QStringList m_json;   ///< --json-body pieces, concatenated
    QString m_binaryFile; ///< --data-binary @FILE
    int m_binaryCount = 0;
    QList<MultipartPart> m_parts;
    KeyValueList m_headers;
    bool m_methodSet = false;
    bool m_head = false;
    bool m_userSet = false;
    bool m_digest = false;
    bool m_bearerSet = false;
    bool m_followSet = false;
    bool m_keySet = false;
    bool m_passSet = false;
    bool m_graphqlSet = false;
    QStringList m_graphqlOnly; ///< --graphql-* options given, for "needs --graphql"
    GraphQLBody m_graphql;
};

Result<SendOptions> SendParser::parse(const QStringList &args)
{
    m_out.request.settings.followRedirects = false; // curl: only with -L
    m_out.request.settings.maxRedirects = 50;       // curl's default limit
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const auto takeValue = [&](const QString &spelled) -> Result<QString> {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("option %1 needs a value").arg(spelled));
            return args.at(++i);
        };
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(u'-')) {
            m_urls.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(u'=');
            const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            const OptionSpec *spec = findLongOption(name);
            if (!spec) {
                return usageError(QStringLiteral("unknown option --%1 (see wirescope-cli send "
                                                 "--help)")
                                      .arg(name));
            }
            if (!spec->takesValue && eq >= 0)
                return usageError(QStringLiteral("option --%1 takes no value").arg(name));
            QString value;
            if (spec->takesValue) {
                if (eq >= 0) {
                    value = arg.mid(eq + 1);
                } else {
                    auto v = takeValue(QStringLiteral("--") + name);
                    if (!v)
                        return v.error();
                    value = *v;
                }
            }
            if (spec->id == Opt::Help) {
                m_out.help = true;
                return m_out;
            }
            // curl's --noproxy takes a host list; "*" (every host) is the one we support.
            if (spec->id == Opt::NoProxy && i + 1 < args.size()
                && args.at(i + 1) == QLatin1String("*"))
                ++i;
            if (auto r = apply(*spec, QStringLiteral("--") + name, value); !r)
                return r.error();
            continue;
        }
        // Short options, possibly clustered (-sSL) or with the value attached (-XPOST).
        for (qsizetype k = 1; k < arg.size(); ++k) {
            const OptionSpec *spec = findShortOption(arg.at(k));
            if (!spec) {
                return usageError(QStringLiteral("unknown option -%1 (see wirescope-cli send "
                                                 "--help)")
                                      .arg(arg.at(k)));
            }
            if (spec->id == Opt::Help) {
                m_out.help = true;
                return m_out;
            }
            const QString spelled = QStringLiteral("-") + arg.at(k);
            QString value;
            if (spec->takesValue) {
                if (k + 1 < arg.size()) {
                    value = arg.mid(k + 1);
                } else {
                    auto v = takeValue(spelled);
                    if (!v)
                        return v.error();
                    value = *v;
                }
            }
            if (auto r = apply(*spec, spelled, value); !r)
                return r.error();
            if (spec->takesValue)
                break;
        }
    }
    return finish();
}

Result<void> SendParser::apply(const OptionSpec &spec, const QString &name, const QString &value)
{
    Request &request = m_out.request;
    RequestSettings &settings = request.settings;
    switch (spec.id) {
    case Opt::Method:
        if (value.trimmed().isEmpty())
            return usageError(QStringLiteral("%1 needs a method such as GET or POST").arg(name));
        request.method = value.trimmed();
        m_methodSet = true;
        break;
    case Opt::Head:
        m_head = true;
        break;
    case Opt::Header: {
        auto header = parseHeader(value);
        if (!header)
            return header.error();
        m_headers.append(*header);
        break;
    }
    case Opt::Data:
        if (value.startsWith(u'@')) {
            auto text = readTextArgument(name, value.mid(1));
            if (!text)
                return text.error();
            QString stripped = *text; // curl -d @file drops CR and LF; --data-binary keeps them
            stripped.remove(u'\r').remove(u'\n');
            m_data.append(stripped);
        } else {
            m_data.append(value);
        }
        break;
    case Opt::DataRaw:
        m_data.append(value);
        break;
    case Opt::DataBinary:
        if (value.startsWith(u'@')) {
            m_binaryFile = value.mid(1);
            ++m_binaryCount;
            if (m_binaryFile.isEmpty())
                return usageError(QStringLiteral("--data-binary @: no file name after @"));
        } else {
            m_data.append(value);
        }
        break;
    case Opt::JsonBody:
        if (value.startsWith(u'@')) {
            auto text = readTextArgument(name, value.mid(1));
            if (!text)
                return text.error();
            m_json.append(*text);
        } else {
            m_json.append(value);
        }
        break;
    case Opt::Form: {
        auto part = parseFormPart(value);
        if (!part)
            return part.error();
        m_parts.append(*part);
        break;
    }
    case Opt::User: {
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0) {
            return usageError(QStringLiteral("%1 needs user:password (prompting for a password "
                                             "is not supported)")
                                  .arg(name));
        }
        request.auth.username = value.left(colon);
        request.auth.password = value.mid(colon + 1);
        m_userSet = true;
        break;
    }
    case Opt::Digest:
        m_digest = true;
        break;
    case Opt::Bearer:
        if (value.isEmpty())
            return usageError(QStringLiteral("--bearer needs a token"));
        request.auth.token = value;
        m_bearerSet = true;
        break;
    case Opt::Location:
        m_followSet = true;
        break;
    case Opt::MaxRedirs: {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        if (!ok || n < -1)
            return usageError(QStringLiteral("--max-redirs needs a number (-1 for no limit), not "
                                             "\"%1\"")
                                  .arg(value));
        settings.maxRedirects = n < 0 ? std::numeric_limits<int>::max() : n;
        break;
    }
    case Opt::Http11:
        settings.httpVersion = HttpVersionPolicy::Http1Only;
        break;
    case Opt::Http2:
        settings.httpVersion = HttpVersionPolicy::Auto;
        break;
    case Opt::Http2Prior:
        settings.httpVersion = HttpVersionPolicy::Http2PriorKnowledge;
        break;
    case Opt::CaCert:
    case Opt::Cert:
    case Opt::Key:
    case Opt::Output:
        if (value.isEmpty())
            return usageError(QStringLiteral("option %1 needs a file name").arg(name));
        if (spec.id == Opt::CaCert) {
            settings.tls.caCertificateFiles.append(value);
        } else if (spec.id == Opt::Cert) {
            settings.tls.clientCertificateFile = value;
        } else if (spec.id == Opt::Key) {
            settings.tls.clientKeyFile = value;
            m_keySet = true;
        } else if (value == QLatin1String("-")) {
            return usageError(
                QStringLiteral("-o - is not supported: leave -o out to see the body"));
        } else {
            m_out.outputFile = value;
        }
        break;
    case Opt::Pass:
        settings.tls.clientKeyPassphrase = value;
        m_passSet = true;
        break;
    case Opt::Insecure:
        settings.tls.insecure = true;
        break;
    case Opt::AcceptTlsError: {
        auto accepted = parseAcceptedTlsError(value);
        if (!accepted)
            return accepted.error();
        settings.tls.ignoredErrors.append(*accepted);
        break;
    }
    case Opt::Proxy: {
        auto proxy = parseProxy(value);
        if (!proxy)
            return proxy.error();
        settings.proxy = *proxy;
        break;
    }
    case Opt::NoProxy:
        settings.proxy = ProxySettings{};
        settings.proxy.mode = ProxyMode::None;
        break;
    case Opt::MaxTime:
    case Opt::InactivityTimeout: {
        auto ms = parseSeconds(name, value);
        if (!ms)
            return ms.error();
        (spec.id == Opt::MaxTime ? settings.timeoutMs : settings.inactivityTimeoutMs) = *ms;
        break;
    }
    case Opt::MaxFilesize: {
        auto bytes = parseBytes(name, value);
        if (!bytes)
            return bytes.error();
        settings.maxResponseBytes = *bytes;
        break;
    }
    case Opt::Var: {
        const qsizetype eq = value.indexOf(u'=');
        const QString varName = eq < 0 ? QString() : value.left(eq).trimmed();
        if (varName.isEmpty())
            return usageError(QStringLiteral("--var needs name=value, not \"%1\"").arg(value));
        m_out.variables.append(KeyValue{varName, value.mid(eq + 1), true, {}});
        break;
    }
    case Opt::GraphQL:
    case Opt::GraphQLVariables: {
        QString text = value;
        if (value.startsWith(u'@')) {
            auto read = readTextArgument(name, value.mid(1));
            if (!read)
                return read.error();
            text = *read;
        }
        if (spec.id == Opt::GraphQL) {
            if (text.trimmed().isEmpty())
                return usageError(QStringLiteral("--graphql needs a query (QUERY or @FILE)"));
            m_graphql.query = text;
            m_graphqlSet = true;
            break;
        }
        // {{variables}} in a number position make the text JSON only once resolved: the
        // engine checks it then, with the same message.
        if (!text.contains(QLatin1String("{{"))) {
            if (const auto problem = graphql::variablesError(text))
                return usageError(QStringLiteral("--graphql-variables: ") + *problem);
        }
        m_graphql.variables = text;
        m_graphqlOnly.append(name);
        break;
    }
    case Opt::GraphQLOperation:
        if (value.trimmed().isEmpty())
            return usageError(QStringLiteral("--graphql-operation needs an operation name"));
        m_graphql.operationName = value.trimmed();
        m_graphqlOnly.append(name);
        break;
    case Opt::GraphQLGet:
        m_graphql.transport = GraphQLTransport::Get;
        m_graphqlOnly.append(name);
        break;
    case Opt::Fail:
        m_out.fail = true;
        break;
    case Opt::Json:
        m_out.jsonOutput = true;
        break;
    case Opt::IncludeBody:
        m_out.includeBody = true;
        break;
    case Opt::Url:
        m_urls.append(value);
        break;
    case Opt::Help:
    case Opt::Ignored:
        break;
    }
    return {};
}

Result<SendOptions> SendParser::finish()
{
    Request &request = m_out.request;
    if (m_urls.isEmpty())
        return usageError(QStringLiteral("no URL given (usage: wirescope-cli send [options] URL)"));
    if (m_urls.size() > 1) {
        return usageError(
            QStringLiteral("only one URL can be sent at a time, got \"%1\" and \"%2\"")
                .arg(m_urls.at(0), m_urls.at(1)));
    }
    request.url = m_urls.first();
    request.settings.followRedirects = m_followSet;

    const bool hasData = !m_data.isEmpty();
    const bool hasJson = !m_json.isEmpty();
    const bool hasBinary = m_binaryCount > 0;
    if (!m_parts.isEmpty() && (hasData || hasJson || hasBinary))
        return usageError(
            QStringLiteral("-F cannot be combined with -d, --data-binary or --json-body"));
    if (hasBinary && (m_binaryCount > 1 || hasData || hasJson)) {
        return usageError(QStringLiteral("--data-binary @FILE sends the file as the whole body and "
                                         "cannot be combined with other data options"));
    }
    if (hasJson && hasData)
        return usageError(
            QStringLiteral("--json-body cannot be combined with -d or --data-binary"));
    if (m_userSet && m_bearerSet)
        return usageError(QStringLiteral("-u and --bearer cannot be combined: choose one"));
    if (m_digest && !m_userSet)
        return usageError(QStringLiteral("--digest needs -u user:password"));
    const TlsSettings &tls = request.settings.tls;
    if ((m_keySet || m_passSet) && tls.clientCertificateFile.isEmpty())
        return usageError(QStringLiteral("--key and --pass need --cert"));
    if (m_out.includeBody && !m_out.jsonOutput)
        return usageError(QStringLiteral("--include-body only applies to --json output"));
    if (m_head && (hasData || hasJson || hasBinary || !m_parts.isEmpty() || m_graphqlSet))
        return usageError(QStringLiteral("-I (HEAD) cannot send a body"));
    if (!m_graphqlSet && !m_graphqlOnly.isEmpty())
        return usageError(QStringLiteral("%1 needs --graphql QUERY").arg(m_graphqlOnly.first()));
    if (m_graphqlSet && (hasData || hasJson || hasBinary || !m_parts.isEmpty()))
        return usageError(QStringLiteral("--graphql sends the operation as the body and cannot be "
                                         "combined with -d, --data-binary, --json-body or -F"));

    const QString formType = QStringLiteral("application/x-www-form-urlencoded");
    Body &body = request.body;
    if (m_graphqlSet) {
        body.kind = BodyKind::GraphQL; // the engine builds the JSON body or the GET parameters
        body.graphql = m_graphql;
    } else if (!m_parts.isEmpty()) {
        body.kind = BodyKind::Multipart;
        body.multipart = m_parts;
    } else if (hasBinary) {
        body.kind = BodyKind::Binary;
        body.binaryFilePath = m_binaryFile;
        body.binaryContentType = formType; // curl's default for --data-binary; -H overrides
    } else if (hasData) {
        body.kind = BodyKind::Raw;
        body.language = RawLanguage::Text;
        body.raw = m_data.join(u'&');
        if (!containsName(m_headers, u"Content-Type"))
            m_headers.append(KeyValue{QStringLiteral("Content-Type"), formType, true, {}});
    } else if (hasJson) {
        body.kind = BodyKind::Raw;
        body.language = RawLanguage::Json; // the engine adds Content-Type: application/json
        body.raw = m_json.join(QString());
        if (!containsName(m_headers, u"Accept"))
            m_headers.append(
                KeyValue{QStringLiteral("Accept"), QStringLiteral("application/json"), true, {}});
    }
    request.headers = m_headers;

    if (m_userSet)
        request.auth.kind = m_digest ? AuthKind::Digest : AuthKind::Basic;
    else if (m_bearerSet)
        request.auth.kind = AuthKind::Bearer;

    if (!m_methodSet && m_graphqlSet) // the transport's method (the engine insists on it)
        request.method = m_graphql.transport == GraphQLTransport::Get ? QStringLiteral("GET")
                                                                       : QStringLiteral("POST");
    else if (!m_methodSet)
        request.method = m_head                        ? QStringLiteral("HEAD")
                         : body.kind != BodyKind::None ? QStringLiteral("POST")
                                                       : QStringLiteral("GET");
    return m_out;
}

} // namespace

Result<SendOptions> parseSendArgs(const QStringList &args)
{
    return SendParser().parse(args);
}

} // namespace wirescope::cli
