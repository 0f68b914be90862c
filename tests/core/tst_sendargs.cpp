#include "app/cli/exitcodes.h"
#include "app/cli/sendargs.h"
#include "core/model/exchange.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wirescope;
using namespace wirescope::cli;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QStringList headerLines(const KeyValueList &headers)
{
    QStringList out;
    for (const KeyValue &h : headers)
        out << h.name + u": "_s + h.value;
    return out;
}

SendOptions parseOk(const QStringList &a)
{
    auto r = parseSendArgs(a);
    if (!r)
        qWarning("unexpected error: %s", qPrintable(r.error().message));
    return r ? *r : SendOptions{};
}

} // namespace

class tst_SendArgs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(u"form.txt"_s, "a=1\r\n&b=2\n");
        writeFile(u"body.json"_s, "{\"k\":\n [1]}\n");
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        const int usage = int(Error::Kind::InvalidRequest);
        const int file = int(Error::Kind::File);
        QTest::newRow("no url") << args({"-X", "POST"}) << usage << "no URL given";
        QTest::newRow("no arguments") << QStringList() << usage << "no URL given";
        QTest::newRow("two urls") << args({"http://a/", "http://b/"}) << usage << "only one URL";
        QTest::newRow("unknown long option")
            << args({"--frobnicate", "http://h/"}) << usage << "unknown option --frobnicate";
        QTest::newRow("unknown short option")
            << args({"-q", "http://h/"}) << usage << "unknown option -q";
        QTest::newRow("unknown in a cluster")
            << args({"-sLq", "http://h/"}) << usage << "unknown option -q";
        QTest::newRow("-H missing value")
            << args({"http://h/", "-H"}) << usage << "option -H needs a value";
        QTest::newRow("-X missing value")
            << args({"http://h/", "-X"}) << usage << "option -X needs a value";
        QTest::newRow("--max-time missing value")
            << args({"http://h/", "--max-time"}) << usage << "option --max-time needs a value";
        QTest::newRow("--cacert missing value")
            << args({"http://h/", "--cacert"}) << usage << "option --cacert needs a value";
        QTest::newRow("-H without colon")
            << args({"-H", "NoColonHere", "http://h/"}) << usage << "has no colon";
        QTest::newRow("-H empty") << args({"-H", "", "http://h/"}) << usage << "has no colon";
        QTest::newRow("-H empty name")
            << args({"-H", ": v", "http://h/"}) << usage << "the header name is empty";
        QTest::newRow("-H CR LF injection")
            << args({"-H", "X-A: 1\r\nInjected: yes", "http://h/"}) << usage
            << "header \"X-A\" contains a carriage return (CR) in its value; refused (header "
               "injection)";
        QTest::newRow("-H LF injection") << args({"-H", "X-A: 1\nInjected: yes", "http://h/"})
                                         << usage << "header \"X-A\" contains a line feed (LF)";
        QTest::newRow("-H NUL") << QStringList{u"-H"_s, u"X: a"_s + QChar(0) + u'b', u"http://h/"_s}
                                << usage << "header injection";
        QTest::newRow("-H CR in name")
            << args({"-H", "X\r\nY: 1", "http://h/"}) << usage
            << "contains a carriage return (CR), which is not allowed in a header name";
        QTest::newRow("-H space in name")
            << args({"-H", "Bad Name: 1", "http://h/"}) << usage << "contains a space";
        QTest::newRow("-H bad char in name")
            << args({"-H", "X(y): 1", "http://h/"}) << usage << "contains \"(\"";
        QTest::newRow("bad --max-time") << args({"--max-time", "abc", "http://h/"}) << usage
                                        << "--max-time needs a number of seconds";
        QTest::newRow("negative --max-time")
            << args({"--max-time", "-1", "http://h/"}) << usage << "not \"-1\"";
        QTest::newRow("comma --max-time")
            << args({"--max-time", "1,5", "http://h/"}) << usage << "not \"1,5\"";
        QTest::newRow("infinite --max-time")
            << args({"--max-time", "inf", "http://h/"}) << usage << "needs a number";
        QTest::newRow("huge --max-time")
            << args({"--max-time", "1e12", "http://h/"}) << usage << "needs a number";
        QTest::newRow("bad --inactivity-timeout")
            << args({"--inactivity-timeout", "soon", "http://h/"}) << usage
            << "--inactivity-timeout needs";
        QTest::newRow("zero --max-filesize")
            << args({"--max-filesize", "0", "http://h/"}) << usage << "positive number of bytes";
        QTest::newRow("bad --max-filesize unit")
            << args({"--max-filesize", "10Q", "http://h/"}) << usage << "not \"10Q\"";
        QTest::newRow("bad --max-redirs") << args({"--max-redirs", "many", "http://h/"}) << usage
                                          << "--max-redirs needs a number";
        QTest::newRow("-F without =")
            << args({"-F", "field", "http://h/"}) << usage << "-F needs name=value";
        QTest::newRow("-F empty name")
            << args({"-F", "=v", "http://h/"}) << usage << "-F needs name=value";
        QTest::newRow("-F @ without file")
            << args({"-F", "f=@", "http://h/"}) << usage << "no file name after @";
        QTest::newRow("-F with -d")
            << args({"-F", "a=b", "-d", "x", "http://h/"}) << usage << "-F cannot be combined";
        QTest::newRow("--data-binary file with -d")
            << args({"--data-binary", "@f", "-d", "x", "http://h/"}) << usage
            << "cannot be combined with other data";
        QTest::newRow("two --data-binary files")
            << args({"--data-binary", "@f", "--data-binary", "@g", "http://h/"}) << usage
            << "cannot be combined";
        QTest::newRow("--json-body with -d") << args({"--json-body", "{}", "-d", "x", "http://h/"})
                                             << usage << "--json-body cannot be combined";
        QTest::newRow("--var without =")
            << args({"--var", "token", "http://h/"}) << usage << "--var needs name=value";
        QTest::newRow("--var empty name")
            << args({"--var", "=x", "http://h/"}) << usage << "--var needs name=value";
        QTest::newRow("-u without password")
            << args({"-u", "alice", "http://h/"}) << usage << "-u needs user:password";
        QTest::newRow("--digest without -u")
            << args({"--digest", "http://h/"}) << usage << "--digest needs -u";
        QTest::newRow("-u and --bearer")
            << args({"-u", "a:b", "--bearer", "t", "http://h/"}) << usage << "cannot be combined";
        QTest::newRow("empty --bearer")
            << args({"--bearer", "", "http://h/"}) << usage << "--bearer needs a token";
        QTest::newRow("--aws-sigv4 without -u")
            << args({"--aws-sigv4", "aws:amz:eu-west-3:s3", "http://h/"}) << usage
            << "--aws-sigv4 needs -u ACCESS_KEY:SECRET_KEY";
        QTest::newRow("--aws-sigv4 without a service")
            << args({"--aws-sigv4", "aws:amz:eu-west-3", "-u", "a:b", "http://h/"}) << usage
            << "--aws-sigv4 needs aws:amz:REGION:SERVICE";
        QTest::newRow("--key without --cert")
            << args({"--key", "k.pem", "http://h/"}) << usage << "--key and --pass need --cert";
        QTest::newRow("--include-body without --json")
            << args({"--include-body", "http://h/"}) << usage << "only applies to --json";
        QTest::newRow("--proxy ftp") << args({"--proxy", "ftp://p:21", "http://h/"}) << usage
                                     << "only http:// and socks5://";
        QTest::newRow("--proxy no host")
            << args({"--proxy", "http://", "http://h/"}) << usage << "--proxy needs";
        QTest::newRow("--accept-tls-error word")
            << args({"--accept-tls-error", "please", "http://h/"}) << usage
            << "--accept-tls-error needs CODE";
        QTest::newRow("--accept-tls-error unknown code")
            << args({"--accept-tls-error", "9999", "http://h/"}) << usage
            << "--accept-tls-error needs CODE";
        QTest::newRow("--accept-tls-error bad sha")
            << args({"--accept-tls-error", "6@xyz", "http://h/"}) << usage << "64 hex digits";
        QTest::newRow("flag with a value")
            << args({"--fail=1", "http://h/"}) << usage << "--fail takes no value";
        QTest::newRow("-o -") << args({"-o", "-", "http://h/"}) << usage << "-o - is not supported";
        QTest::newRow("empty -X") << args({"-X", "", "http://h/"}) << usage << "-X needs a method";
        QTest::newRow("--saved with a URL") << args({"--saved", "r.request.json", "http://h/"})
                                            << usage << "--saved sends the request as it is saved";
        QTest::newRow("--saved with -H") << args({"--saved", "r.request.json", "-H", "X: 1"})
                                         << usage << "--saved sends the request as it is saved";
        QTest::newRow("--saved with a body") << args({"--saved", "r.request.json", "-d", "x"})
                                             << usage << "--saved sends the request as it is saved";
        QTest::newRow("--saved with -L") << args({"--saved", "r.request.json", "-L"}) << usage
                                         << "--saved sends the request as it is saved";
        QTest::newRow("-e without --saved")
            << args({"-e", "Staging", "http://h/"}) << usage
            << "-e, --no-keychain and --allow-files-outside need --saved";
        QTest::newRow("--no-keychain without --saved")
            << args({"--no-keychain", "http://h/"}) << usage << "need --saved";
        QTest::newRow("-I with a body")
            << args({"-I", "-d", "x", "http://h/"}) << usage << "cannot send a body";
        QTest::newRow("-d missing file")
            << args({"-d", "@/nonexistent/wirescope-body", "http://h/"}) << file
            << "-d @/nonexistent/wirescope-body: cannot read the file";
        QTest::newRow("--json-body missing file")
            << args({"--json-body", "@/nonexistent/x.json", "http://h/"}) << file
            << "cannot read the file";
        QTest::newRow("--graphql missing file")
            << args({"--graphql", "@/nonexistent/q.graphql", "http://h/"}) << file
            << "--graphql @/nonexistent/q.graphql: cannot read the file";
        QTest::newRow("--graphql empty")
            << args({"--graphql", "  ", "http://h/"}) << usage << "--graphql needs a query";
        QTest::newRow("--graphql-variables not JSON")
            << args({"--graphql", "{a}", "--graphql-variables", "{\"a\": }", "http://h/"}) << usage
            << "--graphql-variables: the GraphQL variables are not valid JSON (line 1, column";
        QTest::newRow("--graphql-variables not an object")
            << args({"--graphql", "{a}", "--graphql-variables", "[1]", "http://h/"}) << usage
            << "must be a JSON object";
        QTest::newRow("--graphql-variables without --graphql")
            << args({"--graphql-variables", "{}", "http://h/"}) << usage
            << "--graphql-variables needs --graphql QUERY";
        QTest::newRow("--graphql-get without --graphql")
            << args({"--graphql-get", "http://h/"}) << usage
            << "--graphql-get needs --graphql QUERY";
        QTest::newRow("--graphql-operation empty")
            << args({"--graphql", "{a}", "--graphql-operation", "", "http://h/"}) << usage
            << "--graphql-operation needs an operation name";
        QTest::newRow("--graphql with -d")
            << args({"--graphql", "{a}", "-d", "x", "http://h/"}) << usage
            << "--graphql sends the operation as the body and cannot be combined";
        QTest::newRow("--graphql with -I")
            << args({"-I", "--graphql", "{a}", "http://h/"}) << usage << "cannot send a body";
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        const auto r = parseSendArgs(arguments);
        QVERIFY2(!r, "parsing should have failed");
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        QVERIFY2(!r.error().message.contains(u'\n') && !r.error().message.contains(u'\r'),
                 "an error is one line");
    }

    void method_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("method");
        QTest::newRow("default GET") << args({"http://h/"}) << "GET";
        QTest::newRow("body makes POST") << args({"-d", "x", "http://h/"}) << "POST";
        QTest::newRow("json body makes POST") << args({"--json-body", "{}", "http://h/"}) << "POST";
        QTest::newRow("form makes POST") << args({"-F", "a=b", "http://h/"}) << "POST";
        QTest::newRow("binary makes POST") << args({"--data-binary", "@f", "http://h/"}) << "POST";
        QTest::newRow("-X wins") << args({"-X", "PUT", "-d", "x", "http://h/"}) << "PUT";
        QTest::newRow("attached -XPATCH") << args({"-XPATCH", "http://h/"}) << "PATCH";
        QTest::newRow("long --request=") << args({"--request=DELETE", "http://h/"}) << "DELETE";
        QTest::newRow("custom token") << args({"-X", "PURGE", "http://h/"}) << "PURGE";
        QTest::newRow("-I is HEAD") << args({"-I", "http://h/"}) << "HEAD";
        QTest::newRow("--graphql makes POST") << args({"--graphql", "{a}", "http://h/"}) << "POST";
        QTest::newRow("--graphql-get makes GET")
            << args({"--graphql", "{a}", "--graphql-get", "http://h/"}) << "GET";
        QTest::newRow("-X kept with --graphql") // the engine warns and uses POST
            << args({"-X", "PUT", "--graphql", "{a}", "http://h/"}) << "PUT";
    }
    void method()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, method);
        QCOMPARE(parseOk(arguments).request.method, method);
    }

    void body_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QStringList>("headers");
        const int raw = int(BodyKind::Raw);
        const QString form = u"Content-Type: application/x-www-form-urlencoded"_s;
        QTest::newRow("none") << args({"http://h/"}) << int(BodyKind::None) << "" << QStringList();
        QTest::newRow("-d sets form type")
            << args({"-d", "a=1", "http://h/"}) << raw << "a=1" << QStringList{form};
        QTest::newRow("several -d joined with &")
            << args({"-d", "a=1", "--data", "b=2", "--data-raw", "@c", "http://h/"}) << raw
            << "a=1&b=2&@c" << QStringList{form};
        QTest::newRow("-H Content-Type wins")
            << args({"-d", "x", "-H", "content-type: text/plain", "http://h/"}) << raw << "x"
            << QStringList{u"content-type: text/plain"_s};
        QTest::newRow("--data-binary text")
            << args({"--data-binary", "a b", "http://h/"}) << raw << "a b" << QStringList{form};
        QTest::newRow("--json-body") << args({"--json-body", "{\"a\":1}", "http://h/"}) << raw
                                     << "{\"a\":1}" << QStringList{u"Accept: application/json"_s};
        QTest::newRow("--json-body pieces concatenated")
            << args({"--json-body", "[1,", "--json-body", "2]", "http://h/"}) << raw << "[1,2]"
            << QStringList{u"Accept: application/json"_s};
        QTest::newRow("--json-body keeps -H Accept")
            << args({"-H", "Accept: text/x", "--json-body", "1", "http://h/"}) << raw << "1"
            << QStringList{u"Accept: text/x"_s};
    }
    void body()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, kind);
        QFETCH(QString, raw);
        QFETCH(QStringList, headers);
        const SendOptions o = parseOk(arguments);
        QCOMPARE(int(o.request.body.kind), kind);
        QCOMPARE(o.request.body.raw, raw);
        QCOMPARE(headerLines(o.request.headers), headers);
    }

    void jsonBodyLanguage()
    {
        const SendOptions o = parseOk(args({"--json-body", "{}", "http://h/"}));
        QCOMPARE(o.request.body.language,
                 RawLanguage::Json); // the engine adds the JSON Content-Type
        QCOMPARE(parseOk(args({"-d", "{}", "http://h/"})).request.body.language, RawLanguage::Text);
    }

    void bodyFiles()
    {
        const QString formFile = m_dir.filePath(u"form.txt"_s);
        SendOptions o = parseOk(QStringList{u"-d"_s, u'@' + formFile, u"http://h/"_s});
        QCOMPARE(o.request.body.raw, u"a=1&b=2"_s); // curl -d @file drops CR and LF

        o = parseOk(
            QStringList{u"--json-body"_s, u'@' + m_dir.filePath(u"body.json"_s), u"http://h/"_s});
        QCOMPARE(o.request.body.raw, u"{\"k\":\n [1]}\n"_s); // JSON kept as is

        o = parseOk(QStringList{u"--data-binary"_s, u'@' + formFile, u"http://h/"_s});
        QCOMPARE(o.request.body.kind, BodyKind::Binary);
        QCOMPARE(o.request.body.binaryFilePath, formFile);
        QCOMPARE(o.request.body.binaryContentType, u"application/x-www-form-urlencoded"_s);
        QVERIFY(o.request.headers.isEmpty());
    }

    void graphqlBody()
    {
        SendOptions o = parseOk(args({"--graphql", "query B($id: ID!) { book(id: $id) { title } }",
                                      "--graphql-variables", "{\"id\": \"{{bookId}}\"}",
                                      "--graphql-operation", "B", "http://h/graphql"}));
        QCOMPARE(o.request.body.kind, BodyKind::GraphQL);
        QCOMPARE(o.request.body.graphql.query, u"query B($id: ID!) { book(id: $id) { title } }"_s);
        QCOMPARE(o.request.body.graphql.variables, u"{\"id\": \"{{bookId}}\"}"_s);
        QCOMPARE(o.request.body.graphql.operationName, u"B"_s);
        QCOMPARE(o.request.body.graphql.transport, GraphQLTransport::Post);
        QVERIFY(o.request.headers.isEmpty());

        // @FILE for both; {{n}} in a number position is left to the engine (checked resolved).
        writeFile(u"q.graphql"_s, "{ books(first: $n) { title } }\n");
        writeFile(u"v.json"_s, "{\"n\": {{n}}}");
        o = parseOk(QStringList{u"--graphql"_s, u'@' + m_dir.filePath(u"q.graphql"_s),
                                u"--graphql-variables"_s, u'@' + m_dir.filePath(u"v.json"_s),
                                u"--graphql-get"_s, u"http://h/"_s});
        QCOMPARE(o.request.body.graphql.query, u"{ books(first: $n) { title } }\n"_s);
        QCOMPARE(o.request.body.graphql.variables, u"{\"n\": {{n}}}"_s);
        QCOMPARE(o.request.body.graphql.transport, GraphQLTransport::Get);
    }

    void headers_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("order kept, duplicates kept")
            << args({"-H", "X-A: 1", "-H", "X-B:2", "-H", "X-A:   3  ", "http://h/"})
            << QStringList{u"X-A: 1"_s, u"X-B: 2"_s, u"X-A: 3"_s};
        QTest::newRow("colon in value") << args({"-H", "Referer: http://x/y", "http://h/"})
                                        << QStringList{u"Referer: http://x/y"_s};
        QTest::newRow("curl empty value")
            << args({"-H", "X-Empty;", "http://h/"}) << QStringList{u"X-Empty: "_s};
        QTest::newRow("variable name allowed")
            << args({"-H", "{{hdr}}: v", "http://h/"}) << QStringList{u"{{hdr}}: v"_s};
        QTest::newRow("attached -H") << args({"-HX-T: 1", "http://h/"}) << QStringList{u"X-T: 1"_s};
    }
    void headers()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        QCOMPARE(headerLines(parseOk(arguments).request.headers), expected);
    }

    void auth()
    {
        SendOptions o = parseOk(args({"-u", "alice:s3:cret", "http://h/"}));
        QCOMPARE(o.request.auth.kind, AuthKind::Basic);
        QCOMPARE(o.request.auth.username, u"alice"_s);
        QCOMPARE(o.request.auth.password, u"s3:cret"_s);
        o = parseOk(args({"--digest", "-u", "bob:pw", "http://h/"}));
        QCOMPARE(o.request.auth.kind, AuthKind::Digest);
        o = parseOk(args({"--bearer", "tok", "http://h/"}));
        QCOMPARE(o.request.auth.kind, AuthKind::Bearer);
        QCOMPARE(o.request.auth.token, u"tok"_s);
        QCOMPARE(parseOk(args({"http://h/"})).request.auth.kind, AuthKind::None);
        o = parseOk(args(
            {"-u", "AKID:se:cret", "--aws-sigv4", "aws:amz:eu-west-3:execute-api", "http://h/"}));
        QCOMPARE(o.request.auth.kind, AuthKind::AwsSigV4);
        QCOMPARE(o.request.auth.aws.accessKey, u"AKID"_s);
        QCOMPARE(o.request.auth.aws.secretKey, u"se:cret"_s);
        QCOMPARE(o.request.auth.aws.region, u"eu-west-3"_s);
        QCOMPARE(o.request.auth.aws.service, u"execute-api"_s);
        QVERIFY(o.request.auth.username.isEmpty()); // the keys are not Basic credentials too
    }

    void connection()
    {
        SendOptions o = parseOk(args({"http://h/"}));
        QCOMPARE(o.request.settings.followRedirects, false); // curl: only with -L
        QCOMPARE(o.request.settings.httpVersion, HttpVersionPolicy::Auto);
        QCOMPARE(o.request.settings.proxy.mode, ProxyMode::System);
        o = parseOk(args({"-L", "--max-redirs", "3", "--http1.1", "http://h/"}));
        QCOMPARE(o.request.settings.followRedirects, true);
        QCOMPARE(o.request.settings.maxRedirects, 3);
        QCOMPARE(o.request.settings.httpVersion, HttpVersionPolicy::Http1Only);
        QCOMPARE(parseOk(args({"--http2-prior-knowledge", "u"})).request.settings.httpVersion,
                 HttpVersionPolicy::Http2PriorKnowledge);
        QCOMPARE(parseOk(args({"--http1.1", "--http2", "u"})).request.settings.httpVersion,
                 HttpVersionPolicy::Auto);
        QCOMPARE(parseOk(args({"--noproxy", "u"})).request.settings.proxy.mode, ProxyMode::None);
        o = parseOk(args({"--noproxy", "*", "u"})); // curl's form: "*" is consumed, u is the URL
        QCOMPARE(o.request.settings.proxy.mode, ProxyMode::None);
        QCOMPARE(o.request.url, u"u"_s);
    }

    void valuesReachTheRequest()
    {
        // The value parsers have their own tables (tst_argvalues); this checks the wiring.
        const SendOptions o = parseOk(args(
            {"--max-time", "1.5", "--inactivity-timeout", "2", "--max-filesize", "1K", "--proxy",
             "socks5://p:9", "--accept-tls-error", "6", "-F", "f=@/x;type=a/b", "u"}));
        const RequestSettings &s = o.request.settings;
        QCOMPARE(s.timeoutMs, 1500);
        QCOMPARE(s.inactivityTimeoutMs, 2000);
        QCOMPARE(s.maxResponseBytes, 1024);
        QCOMPARE(s.proxy.mode, ProxyMode::Socks5);
        QCOMPARE(s.proxy.host, u"p"_s);
        QCOMPARE(s.tls.ignoredErrors.size(), 1);
        QCOMPARE(s.tls.ignoredErrors.first().error, 6);
        QCOMPARE(o.request.body.kind, BodyKind::Multipart);
        QCOMPARE(o.request.body.multipart.first().filePath, u"/x"_s);
        QCOMPARE(o.request.body.multipart.first().contentType, u"a/b"_s);
        QVERIFY(o.request.headers.isEmpty()); // the engine sets multipart/form-data; boundary=
    }

    void tlsFiles()
    {
        const TlsSettings t = parseOk(args({"--cacert", "a.pem", "--cacert", "b.pem", "--cert",
                                            "c.p12", "--pass", "pw", "-k", "u"}))
                                  .request.settings.tls;
        QCOMPARE(t.caCertificateFiles, (QStringList{u"a.pem"_s, u"b.pem"_s}));
        QCOMPARE(t.clientCertificateFile, u"c.p12"_s);
        QCOMPARE(t.clientKeyPassphrase, u"pw"_s);
        QCOMPARE(t.insecure, true);
        const TlsSettings pem =
            parseOk(args({"-E", "c.pem", "--key", "k.pem", "u"})).request.settings.tls;
        QCOMPARE(pem.clientKeyFile, u"k.pem"_s);
    }

    void output()
    {
        SendOptions o =
            parseOk(args({"--json", "--include-body", "-o", "out.bin", "--fail", "-sSiv", "u"}));
        QVERIFY(o.jsonOutput);
        QVERIFY(o.includeBody);
        QVERIFY(o.fail);
        QCOMPARE(o.outputFile, u"out.bin"_s);
        o = parseOk(args({"u"}));
        QVERIFY(!o.jsonOutput && !o.includeBody && !o.fail && o.outputFile.isEmpty() && !o.help);
    }

    void variables()
    {
        const SendOptions o = parseOk(
            args({"--var", "id=42", "--var", " host =a=b", "--url", "http://{{host}}/{{id}}"}));
        QCOMPARE(o.request.url, u"http://{{host}}/{{id}}"_s);
        QCOMPARE(o.variables.size(), 2);
        QCOMPARE(o.variables.at(0).name, u"id"_s);
        QCOMPARE(o.variables.at(0).value, u"42"_s);
        QCOMPARE(o.variables.at(1).name, u"host"_s);
        QCOMPARE(o.variables.at(1).value, u"a=b"_s);
    }

    void savedTakesOnlyWhatKeepsTheRequest()
    {
        const auto parsed = parseSendArgs(
            args({"--saved", "dir/r.request.json", "-e", "Staging", "--var", "a=1", "-k", "-m",
                  "2.5", "--json", "--include-body", "-o", "out.bin", "--fail", "--no-keychain"}));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->savedFile, u"dir/r.request.json"_s);
        QCOMPARE(parsed->environment, u"Staging"_s);
        QVERIFY(parsed->noKeychain);
        QCOMPARE(parsed->variables.size(), 1);
        QVERIFY(parsed->request.settings.tls.insecure);
        QCOMPARE(parsed->timeoutMs, std::optional<int>(2500));
        QVERIFY(parsed->jsonOutput && parsed->includeBody && parsed->fail);
        QCOMPARE(parsed->outputFile, u"out.bin"_s);
        QVERIFY(parsed->request.url.isEmpty()); // the saved request's URL is the one sent
    }

    void helpAndSeparator()
    {
        QVERIFY(parseOk(args({"--help"})).help);
        QVERIFY(parseOk(args({"-X", "GET", "-h", "--bogus"})).help); // help wins over later errors
        const SendOptions o = parseOk(args({"-L", "--", "-weird-url"}));
        QCOMPARE(o.request.url, u"-weird-url"_s);
        QVERIFY(o.request.settings.followRedirects);
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("invalid request") << int(Error::Kind::InvalidRequest) << 2;
        QTest::newRow("dns") << int(Error::Kind::Dns) << 3;
        QTest::newRow("refused") << int(Error::Kind::ConnectionRefused) << 3;
        QTest::newRow("reset") << int(Error::Kind::ConnectionReset) << 3;
        QTest::newRow("protocol") << int(Error::Kind::Protocol) << 3;
        QTest::newRow("proxy") << int(Error::Kind::Proxy) << 3;
        QTest::newRow("redirects") << int(Error::Kind::TooManyRedirects) << 3;
        QTest::newRow("tls") << int(Error::Kind::Tls) << 4;
        QTest::newRow("timeout") << int(Error::Kind::Timeout) << 5;
        QTest::newRow("inactivity") << int(Error::Kind::InactivityTimeout) << 5;
        QTest::newRow("too large") << int(Error::Kind::TooLarge) << 6;
        QTest::newRow("file") << int(Error::Kind::File) << 7;
        QTest::newRow("parse") << int(Error::Kind::Parse) << 2;
    }
    void exitCodes()
    {
        QFETCH(int, kind);
        QFETCH(int, code);
        QCOMPARE(int(exitCodeFor(Error::Kind(kind))), code);
    }

    void exitCodeForExchange()
    {
        Exchange e;
        e.response = Response{};
        e.response->status = 404;
        QCOMPARE(exitCodeFor(e, false), ExitCode::Ok);
        QCOMPARE(exitCodeFor(e, true), ExitCode::HttpError);
        e.response->status = 399;
        QCOMPARE(exitCodeFor(e, true), ExitCode::Ok);
        e.error = Error{Error::Kind::Timeout, u"t"_s};
        QCOMPARE(exitCodeFor(e, true), ExitCode::Timeout); // the error wins over --fail
    }

private:
    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_SendArgs)
#include "tst_sendargs.moc"
