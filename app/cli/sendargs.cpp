#include "app/cli/sendargs.h"

#include "app/cli/argvalues.h"
#include "app/cli/commandline.h"
#include "core/http/graphqlpayload.h"

#include <limits>

namespace wirescope::cli {

namespace {

/// send's own options; the shared ones (-H, -X, -u, --bearer, TLS, proxy, -m, --var,
/// --json) come from the shared table.
enum class SendOpt {
    Head = 1,
    Data,
    DataRaw,
    DataBinary,
    JsonBody,
    Form,
    Digest,
    Location,
    MaxRedirs,
    Http11,
    Http2,
    Http2Prior,
    InactivityTimeout,
    MaxFilesize,
    Output,
    GraphQL,
    GraphQLVariables,
    GraphQLOperation,
    GraphQLGet,
    Fail,
    IncludeBody,
    Url,
    Saved,
    Ignored
};

OptionTable sendOptionTable()
{
    using S = SharedOption;
    using O = SendOpt;
    return sharedOptionSpecs({S::Help,   S::Method,   S::Header,     S::User,
                              S::Bearer, S::AwsSigV4, S::CaCert,     S::Cert,
                              S::Key,    S::Pass,     S::Insecure,   S::AcceptTlsError,
                              S::Proxy,  S::NoProxy,  S::MaxTime,    S::Var,
                              S::Json,   S::Env,      S::NoKeychain, S::AllowFilesOutside})
           + OptionTable{
               {"head", 'I', nullptr, int(O::Head)},
               {"data", 'd', "TEXT", int(O::Data)},
               {"data-ascii", 0, "TEXT", int(O::Data)},
               {"data-raw", 0, "TEXT", int(O::DataRaw)},
               {"data-binary", 0, "@FILE", int(O::DataBinary)},
               {"json-body", 0, "TEXT", int(O::JsonBody)},
               {"form", 'F', "name=value", int(O::Form)},
               {"digest", 0, nullptr, int(O::Digest)},
               {"location", 'L', nullptr, int(O::Location)},
               {"max-redirs", 0, "N", int(O::MaxRedirs)},
               {"http1.1", 0, nullptr, int(O::Http11)},
               {"http2", 0, nullptr, int(O::Http2)},
               {"http2-prior-knowledge", 0, nullptr, int(O::Http2Prior)},
               {"inactivity-timeout", 0, "SECONDS", int(O::InactivityTimeout)},
               {"max-filesize", 0, "BYTES", int(O::MaxFilesize)},
               {"output", 'o', "FILE", int(O::Output)},
               {"graphql", 0, "QUERY", int(O::GraphQL)},
               {"graphql-variables", 0, "JSON", int(O::GraphQLVariables)},
               {"graphql-operation", 0, "NAME", int(O::GraphQLOperation)},
               {"graphql-get", 0, nullptr, int(O::GraphQLGet)},
               {"fail", 'f', nullptr, int(O::Fail)},
               {"include-body", 0, nullptr, int(O::IncludeBody)},
               {"url", 0, "URL", int(O::Url)},
               {"saved", 0, "FILE", int(O::Saved)},
               // Accepted for curl muscle memory: headers are always shown, progress never is.
               {"include", 'i', nullptr, int(O::Ignored)},
               {"silent", 's', nullptr, int(O::Ignored)},
               {"verbose", 'v', nullptr, int(O::Ignored)},
               {"show-error", 'S', nullptr, int(O::Ignored)}};
}

Result<QString> parseOutputFile(const QString &option, const QString &text)
{
    if (text == QLatin1String("-"))
        return usageError(QStringLiteral("-o - is not supported: leave -o out to see the body"));
    return parseFileName(option, text);
}

/// "@FILE" -> the file's text (@- is standard input); anything else as given.
Result<QString> textOrFile(const OptionToken &token)
{
    if (!token.value.startsWith(u'@'))
        return token.value;
    return readTextArgument(token.spelled, token.value.mid(1));
}

/// Collects send's own options as they come, then checks how they combine and builds the
/// Request from them and the shared options.
class SendParser final
{
public:
    Result<SendOptions> parse(const QStringList &args);

private:
    Result<void> apply(SendOptions &out, const OptionToken &token);
    Result<void> applyBody(const OptionToken &token);
    Result<void> applyGraphQL(const OptionToken &token);
    Result<void> applyTransport(RequestSettings &settings, const OptionToken &token);
    Result<void> finish(SendOptions &out, const CommandLine &line);
    Result<void> checkCombinations(const SendOptions &out) const;
    Result<void> finishSaved(SendOptions &out, const CommandLine &line) const;
    void buildBody(Request &request);

    QStringList m_urls;
    QStringList m_data;   ///< -d / --data-raw / --data-binary text pieces, joined with '&'
    QStringList m_json;   ///< --json-body pieces, concatenated
    QString m_binaryFile; ///< --data-binary @FILE
    int m_binaryCount = 0;
    QList<MultipartPart> m_parts;
    bool m_head = false;
    bool m_digest = false;
    bool m_follow = false;
    bool m_maxRedirectsSet = false;
    bool m_graphqlSet = false;
    bool m_shapesRequest = false; ///< an option that makes or changes the request was given
    QStringList m_graphqlOnly;    ///< --graphql-* options given, for "needs --graphql"
    GraphQLBody m_graphql;
};

Result<SendOptions> SendParser::parse(const QStringList &args)
{
    return parseCommand(CommandSyntax<SendOptions>{
                            .name = QStringLiteral("send"),
                            .table = sendOptionTable(),
                            .apply = [this](SendOptions &out, const OptionToken &token,
                                            CommandLine &) { return apply(out, token); },
                            .finish = [this](SendOptions &out,
                                             const CommandLine &line) { return finish(out, line); },
                            .flags = {{int(SendOpt::Fail), &SendOptions::fail},
                                      {int(SendOpt::IncludeBody), &SendOptions::includeBody}}},
                        args);
}

Result<void> SendParser::apply(SendOptions &out, const OptionToken &token)
{
    const SendOpt id = SendOpt(token.id);
    m_shapesRequest = m_shapesRequest
                      || (id != SendOpt::Output && id != SendOpt::Saved && id != SendOpt::Ignored);
    switch (id) {
    case SendOpt::Head:
        m_head = true;
        break;
    case SendOpt::Digest:
        m_digest = true;
        break;
    case SendOpt::Location:
        m_follow = true;
        break;
    case SendOpt::Output:
        return assignTo(parseOutputFile(token.spelled, token.value), out.outputFile);
    case SendOpt::Url:
        m_urls.append(token.value);
        break;
    case SendOpt::Saved:
        return assignTo(parseFileName(token.spelled, token.value), out.savedFile);
    case SendOpt::Ignored:
        break;
    case SendOpt::GraphQL:
    case SendOpt::GraphQLVariables:
    case SendOpt::GraphQLOperation:
    case SendOpt::GraphQLGet:
        return applyGraphQL(token);
    case SendOpt::MaxRedirs:
    case SendOpt::Http11:
    case SendOpt::Http2:
    case SendOpt::Http2Prior:
    case SendOpt::InactivityTimeout:
    case SendOpt::MaxFilesize:
        return applyTransport(out.request.settings, token);
    default:
        return applyBody(token);
    }
    return {};
}

Result<void> SendParser::applyBody(const OptionToken &token)
{
    const QString &value = token.value;
    switch (SendOpt(token.id)) {
    case SendOpt::Data: {
        auto text = textOrFile(token);
        if (!text)
            return text.error();
        QString piece = *text; // curl -d @file drops CR and LF; --data-binary keeps them
        if (value.startsWith(u'@'))
            piece.remove(u'\r').remove(u'\n');
        m_data.append(piece);
        break;
    }
    case SendOpt::DataBinary:
        if (!value.startsWith(u'@')) {
            m_data.append(value);
            break;
        }
        m_binaryFile = value.mid(1);
        ++m_binaryCount;
        if (m_binaryFile.isEmpty())
            return usageError(QStringLiteral("--data-binary @: no file name after @"));
        break;
    case SendOpt::JsonBody:
        return appendTo(textOrFile(token), m_json);
    case SendOpt::Form:
        return appendTo(parseFormPart(value), m_parts);
    default: // --data-raw
        m_data.append(value);
        break;
    }
    return {};
}

Result<void> SendParser::applyGraphQL(const OptionToken &token)
{
    if (token.id == int(SendOpt::GraphQLGet)) {
        m_graphql.transport = GraphQLTransport::Get;
        m_graphqlOnly.append(token.spelled);
        return {};
    }
    if (token.id == int(SendOpt::GraphQLOperation)) {
        if (token.value.trimmed().isEmpty())
            return usageError(QStringLiteral("--graphql-operation needs an operation name"));
        m_graphql.operationName = token.value.trimmed();
        m_graphqlOnly.append(token.spelled);
        return {};
    }
    auto text = textOrFile(token);
    if (!text)
        return text.error();
    if (token.id == int(SendOpt::GraphQL)) {
        if (text->trimmed().isEmpty())
            return usageError(QStringLiteral("--graphql needs a query (QUERY or @FILE)"));
        m_graphql.query = *text;
        m_graphqlSet = true;
        return {};
    }
    // {{variables}} in a number position make the text JSON only once resolved: the engine
    // checks it then, with the same message.
    if (!text->contains(QLatin1String("{{"))) {
        if (const auto problem = graphql::variablesError(*text))
            return usageError(QStringLiteral("--graphql-variables: ") + *problem);
    }
    m_graphql.variables = *text;
    m_graphqlOnly.append(token.spelled);
    return {};
}

Result<void> SendParser::applyTransport(RequestSettings &settings, const OptionToken &token)
{
    switch (SendOpt(token.id)) {
    case SendOpt::MaxRedirs: {
        bool ok = false;
        const int n = token.value.trimmed().toInt(&ok);
        if (!ok || n < -1)
            return usageError(QStringLiteral("--max-redirs needs a number (-1 for no limit), not "
                                             "\"%1\"")
                                  .arg(token.value));
        settings.maxRedirects = n < 0 ? std::numeric_limits<int>::max() : n;
        m_maxRedirectsSet = true;
        break;
    }
    case SendOpt::Http11:
        settings.httpVersion = HttpVersionPolicy::Http1Only;
        break;
    case SendOpt::Http2:
        settings.httpVersion = HttpVersionPolicy::Auto;
        break;
    case SendOpt::Http2Prior:
        settings.httpVersion = HttpVersionPolicy::Http2PriorKnowledge;
        break;
    case SendOpt::InactivityTimeout:
        return assignTo(parseSeconds(token.spelled, token.value), settings.inactivityTimeoutMs);
    default: // --max-filesize
        return assignTo(parseBytes(token.spelled, token.value), settings.maxResponseBytes);
    }
    return {};
}

Result<void> SendParser::checkCombinations(const SendOptions &out) const
{
    const bool hasData = !m_data.isEmpty();
    const bool hasJson = !m_json.isEmpty();
    const bool hasBinary = m_binaryCount > 0;
    const bool hasBody = hasData || hasJson || hasBinary || !m_parts.isEmpty();
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
    if (m_digest && out.request.auth.kind != AuthKind::Basic)
        return usageError(QStringLiteral("--digest needs -u user:password"));
    if (out.includeBody && !out.jsonOutput)
        return usageError(QStringLiteral("--include-body only applies to --json output"));
    if (m_head && (hasBody || m_graphqlSet))
        return usageError(QStringLiteral("-I (HEAD) cannot send a body"));
    if (!m_graphqlSet && !m_graphqlOnly.isEmpty())
        return usageError(QStringLiteral("%1 needs --graphql QUERY").arg(m_graphqlOnly.first()));
    if (m_graphqlSet && hasBody)
        return usageError(QStringLiteral("--graphql sends the operation as the body and cannot be "
                                         "combined with -d, --data-binary, --json-body or -F"));
    return {};
}

void SendParser::buildBody(Request &request)
{
    const QString formType = QStringLiteral("application/x-www-form-urlencoded");
    KeyValueList &headers = request.headers;
    Body &body = request.body;
    if (m_graphqlSet) {
        body.kind = BodyKind::GraphQL; // the engine builds the JSON body or the GET parameters
        body.graphql = m_graphql;
    } else if (!m_parts.isEmpty()) {
        body.kind = BodyKind::Multipart;
        body.multipart = m_parts;
    } else if (m_binaryCount > 0) {
        body.kind = BodyKind::Binary;
        body.binaryFilePath = m_binaryFile;
        body.binaryContentType = formType; // curl's default for --data-binary; -H overrides
    } else if (!m_data.isEmpty()) {
        body.kind = BodyKind::Raw;
        body.language = RawLanguage::Text;
        body.raw = m_data.join(u'&');
        if (!containsName(headers, u"Content-Type"))
            headers.append(KeyValue{QStringLiteral("Content-Type"), formType, true, {}});
    } else if (!m_json.isEmpty()) {
        body.kind = BodyKind::Raw;
        body.language = RawLanguage::Json; // the engine adds Content-Type: application/json
        body.raw = m_json.join(QString());
        if (!containsName(headers, u"Accept"))
            headers.append(
                KeyValue{QStringLiteral("Accept"), QStringLiteral("application/json"), true, {}});
    }
}

Result<void> SendParser::finishSaved(SendOptions &out, const CommandLine &line) const
{
    const SharedOptions &shared = line.shared;
    const TlsSettings &tls = shared.tls;
    const bool reshaped = m_shapesRequest || !m_urls.isEmpty() || !line.positional.isEmpty()
                          || !shared.headers.isEmpty() || shared.method
                          || shared.auth.kind != AuthKind::None || shared.proxy
                          || !tls.caCertificateFiles.isEmpty()
                          || !tls.clientCertificateFile.isEmpty() || !tls.ignoredErrors.isEmpty();
    if (reshaped) {
        return usageError(QStringLiteral(
            "--saved sends the request as it is saved: a URL, -X, -H, -u, --bearer, body, "
            "redirect, protocol, proxy and certificate options cannot be combined with it (edit "
            "the request, or send without --saved)"));
    }
    out.request.settings.tls.insecure = tls.insecure;
    out.timeoutMs = shared.timeoutMs;
    out.variables = shared.variables;
    out.jsonOutput = shared.jsonOutput;
    out.environment = shared.environment;
    out.noKeychain = shared.noKeychain;
    out.allowFilesOutside = shared.allowFilesOutside;
    if (out.includeBody && !out.jsonOutput)
        return usageError(QStringLiteral("--include-body only applies to --json output"));
    return {};
}

Result<void> SendParser::finish(SendOptions &out, const CommandLine &line)
{
    if (!out.savedFile.isEmpty())
        return finishSaved(out, line);
    if (!line.shared.environment.isEmpty() || line.shared.noKeychain
        || line.shared.allowFilesOutside)
        return usageError(QStringLiteral("-e, --no-keychain and --allow-files-outside need --saved "
                                         "FILE: a loose request has no collection to take them "
                                         "from"));
    Request &request = out.request;
    m_urls = line.positional + m_urls;
    if (m_urls.isEmpty())
        return usageError(QStringLiteral("no URL given (usage: wirescope-cli send [options] URL)"));
    if (m_urls.size() > 1) {
        return usageError(
            QStringLiteral("only one URL can be sent at a time, got \"%1\" and \"%2\"")
                .arg(m_urls.at(0), m_urls.at(1)));
    }
    const SharedOptions &shared = line.shared;
    shared.applyTo(request);
    request.url = m_urls.first();
    request.settings.followRedirects = m_follow; // curl: only with -L
    if (!m_maxRedirectsSet)
        request.settings.maxRedirects = 50; // curl's default limit
    if (shared.timeoutMs)
        request.settings.timeoutMs = *shared.timeoutMs;
    out.variables = shared.variables;
    out.jsonOutput = shared.jsonOutput;
    if (const Result<void> checked = checkCombinations(out); !checked)
        return checked.error();
    buildBody(request);
    if (m_digest)
        request.auth.kind = AuthKind::Digest;

    if (shared.method)
        request.method = *shared.method;
    else if (m_graphqlSet) // the transport's method (the engine insists on it)
        request.method = m_graphql.transport == GraphQLTransport::Get ? QStringLiteral("GET")
                                                                      : QStringLiteral("POST");
    else
        request.method = m_head                                ? QStringLiteral("HEAD")
                         : request.body.kind != BodyKind::None ? QStringLiteral("POST")
                                                               : QStringLiteral("GET");
    return {};
}

} // namespace

Result<SendOptions> parseSendArgs(const QStringList &args)
{
    return SendParser().parse(args);
}

} // namespace wirescope::cli
