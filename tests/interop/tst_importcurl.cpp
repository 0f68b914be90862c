// The curl command-line parser: shell quoting (bash and cmd), options, bodies, auth, settings.

#include "core/interop/curlparser.h"
#include "core/interop/importer.h"

#include <QTest>

using namespace wirescope;
using namespace wirescope::interop;

namespace {

QStringList headerLines(const KeyValueList &headers)
{
    QStringList out;
    for (const KeyValue &h : headers)
        out.append(h.name + u": "_qs + h.value);
    return out;
}

// One line per body kind: "raw:<text>", "binary:<file>", "multipart:a=1|f=@path(type)".
QString bodySummary(const Body &b)
{
    switch (b.kind) {
    case BodyKind::None:
        return u"none"_qs;
    case BodyKind::Raw:
        return u"raw:"_qs + b.raw;
    case BodyKind::Binary:
        return u"binary:"_qs + b.binaryFilePath;
    case BodyKind::FormUrlEncoded:
        return u"form"_qs;
    case BodyKind::Multipart: {
        QStringList parts;
        for (const MultipartPart &p : b.multipart) {
            QString s = p.name + u'=' + (p.isFile ? u'@' + p.filePath : p.value);
            if (!p.contentType.isEmpty())
                s += u'(' + p.contentType + u')';
            parts.append(s);
        }
        return u"multipart:"_qs + parts.join(u'|');
    }
    case BodyKind::GraphQL: // the curl parser never makes one
        return u"graphql:"_qs + b.graphql.query;
    }
    return {};
}

QString authSummary(const Auth &a)
{
    switch (a.kind) {
    case AuthKind::Basic:
        return u"basic:"_qs + a.username + u':' + a.password;
    case AuthKind::Digest:
        return u"digest:"_qs + a.username + u':' + a.password;
    case AuthKind::Bearer:
        return u"bearer:"_qs + a.token;
    default:
        break;
    }
    return u"none"_qs;
}

} // namespace

class tst_ImportCurl : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void errors_data();
    void errors();
    void settings();
    void windowsCmdWithEscapes();
    void importThroughImportData();
};

void tst_ImportCurl::commands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("note"); // a report note must contain this; empty = no notes at all

    const QString form = u"Content-Type: application/x-www-form-urlencoded"_qs;
    QTest::newRow("plain get") << u"curl https://example.com/"_qs << u"GET"_qs
                               << u"https://example.com/"_qs << QStringList() << u"none"_qs
                               << u"none"_qs << QString();
    QTest::newRow("prompt prefix")
        << u"$ curl https://example.com/a"_qs << u"GET"_qs << u"https://example.com/a"_qs
        << QStringList() << u"none"_qs << u"none"_qs << QString();
    QTest::newRow("data joined, POST inferred")
        << u"curl -X POST -d 'a=1' -d 'b=2' https://e.com/p"_qs << u"POST"_qs
        << u"https://e.com/p"_qs << QStringList{form} << u"raw:a=1&b=2"_qs << u"none"_qs
        << QString();
    QTest::newRow("data-raw json, chrome style")
        << u"curl 'https://e.com/api' -H 'content-type: application/json' --data-raw '{\"x\":1}'"_qs
        << u"POST"_qs << u"https://e.com/api"_qs
        << QStringList{u"content-type: application/json"_qs} << u"raw:{\"x\":1}"_qs << u"none"_qs
        << QString();
    QTest::newRow("double quote escapes")
        << u"curl \"https://e.com/q?a=1&b=2\" -H \"X-Quote: say \\\"hi\\\" \\$HOME\""_qs
        << u"GET"_qs << u"https://e.com/q?a=1&b=2"_qs
        << QStringList{u"X-Quote: say \"hi\" $HOME"_qs} << u"none"_qs << u"none"_qs << QString();
    QTest::newRow("ansi-c quoting")
        << u"curl $'https://e.com/' --data-binary $'line1\\nline2\\x21\\u00e9\\''"_qs << u"POST"_qs
        << u"https://e.com/"_qs << QStringList{form} << u"raw:line1\nline2!\u00e9'"_qs << u"none"_qs
        << QString();
    QTest::newRow("backslash-newline continuation")
        << u"curl 'https://e.com' \\\n  -H 'A: b' \\\r\n  --compressed"_qs << u"GET"_qs
        << u"https://e.com"_qs << QStringList{u"A: b"_qs} << u"none"_qs << u"none"_qs << QString();
    QTest::newRow("-G puts data in the query")
        << u"curl -G https://e.com/s -d q=test -d page=2"_qs << u"GET"_qs
        << u"https://e.com/s?q=test&page=2"_qs << QStringList() << u"none"_qs << u"none"_qs
        << QString();
    QTest::newRow("basic auth") << u"curl -u alice:s3cr:et https://e.com"_qs << u"GET"_qs
                                << u"https://e.com"_qs << QStringList() << u"none"_qs
                                << u"basic:alice:s3cr:et"_qs << QString();
    QTest::newRow("digest auth") << u"curl --digest --user bob:pw https://e.com"_qs << u"GET"_qs
                                 << u"https://e.com"_qs << QStringList() << u"none"_qs
                                 << u"digest:bob:pw"_qs << QString();
    QTest::newRow("user without password")
        << u"curl -u carol https://e.com"_qs << u"GET"_qs << u"https://e.com"_qs << QStringList()
        << u"none"_qs << u"basic:carol:"_qs << u"no password"_qs;
    QTest::newRow("bearer") << u"curl --oauth2-bearer tok123 https://e.com"_qs << u"GET"_qs
                            << u"https://e.com"_qs << QStringList() << u"none"_qs
                            << u"bearer:tok123"_qs << QString();
    QTest::newRow("multipart form")
        << u"curl -F 'name=John' -F 'avatar=@/tmp/me.png;type=image/png' https://e.com/up"_qs
        << u"POST"_qs << u"https://e.com/up"_qs << QStringList()
        << u"multipart:name=John|avatar=@/tmp/me.png(image/png)"_qs << u"none"_qs
        << u"reads the file '/tmp/me.png'"_qs;
    QTest::newRow("data from file")
        << u"curl --data-binary @payload.bin https://e.com/u"_qs << u"POST"_qs
        << u"https://e.com/u"_qs << QStringList{form} << u"binary:payload.bin"_qs << u"none"_qs
        << u"the file 'payload.bin'"_qs;
    QTest::newRow("insecure") << u"curl -k https://self-signed.test/"_qs << u"GET"_qs
                              << u"https://self-signed.test/"_qs << QStringList() << u"none"_qs
                              << u"none"_qs << u"verification is off"_qs;
    QTest::newRow("head") << u"curl -I https://e.com"_qs << u"HEAD"_qs << u"https://e.com"_qs
                          << QStringList() << u"none"_qs << u"none"_qs << QString();
    QTest::newRow("cookie, agent, referer")
        << u"curl -b 'a=1; b=2' -A 'UA/1.0' -e https://r.com/ https://e.com"_qs << u"GET"_qs
        << u"https://e.com"_qs
        << QStringList{u"Cookie: a=1; b=2"_qs, u"User-Agent: UA/1.0"_qs,
                       u"Referer: https://r.com/"_qs}
        << u"none"_qs << u"none"_qs << QString();
    QTest::newRow("--url and attached -X")
        << u"curl --url https://e.com/x -XPUT"_qs << u"PUT"_qs << u"https://e.com/x"_qs
        << QStringList() << u"none"_qs << u"none"_qs << QString();
    QTest::newRow("empty header with ;")
        << u"curl -H 'X-Empty;' -XPATCH https://e.com"_qs << u"PATCH"_qs << u"https://e.com"_qs
        << QStringList{u"X-Empty: "_qs} << u"none"_qs << u"none"_qs << QString();
    QTest::newRow("unknown option")
        << u"curl --frobnicate https://e.com"_qs << u"GET"_qs << u"https://e.com"_qs
        << QStringList() << u"none"_qs << u"none"_qs << u"--frobnicate"_qs;
    QTest::newRow("no scheme") << u"curl example.com/path"_qs << u"GET"_qs
                               << u"http://example.com/path"_qs << QStringList() << u"none"_qs
                               << u"none"_qs << u"http:// assumed"_qs;
    QTest::newRow("data-urlencode")
        << u"curl --data-urlencode 'q=hello world' --data-urlencode 'x&y' https://e.com"_qs
        << u"POST"_qs << u"https://e.com"_qs << QStringList{form} << u"raw:q=hello%20world&x%26y"_qs
        << u"none"_qs << QString();
    QTest::newRow("--json") << u"curl --json '{\"a\":1}' https://e.com"_qs << u"POST"_qs
                            << u"https://e.com"_qs
                            << QStringList{u"Content-Type: application/json"_qs,
                                           u"Accept: application/json"_qs}
                            << u"raw:{\"a\":1}"_qs << u"none"_qs << QString();
    QTest::newRow("cmd style (Chrome)")
        << u"curl ^\"https://e.com/a?b=1^&c=2^\" ^\n  -H ^\"accept: text/html^\" ^\n  --compressed"_qs
        << u"GET"_qs << u"https://e.com/a?b=1&c=2"_qs << QStringList{u"accept: text/html"_qs}
        << u"none"_qs << u"none"_qs << QString();
    QTest::newRow("upload file") << u"curl -T report.csv https://e.com/files/"_qs << u"PUT"_qs
                                 << u"https://e.com/files/"_qs << QStringList()
                                 << u"binary:report.csv"_qs << u"none"_qs << u"report.csv"_qs;
    QTest::newRow("pipe ignored") << u"curl -s https://e.com/j | jq ."_qs << u"GET"_qs
                                  << u"https://e.com/j"_qs << QStringList() << u"none"_qs
                                  << u"none"_qs << u"after '|' was ignored"_qs;
    QTest::newRow("variables not expanded")
        << u"curl -sSL -H \"Authorization: Bearer $TOKEN\" https://e.com"_qs << u"GET"_qs
        << u"https://e.com"_qs << QStringList{u"Authorization: Bearer $TOKEN"_qs} << u"none"_qs
        << u"none"_qs << u"not expanded"_qs;
    QTest::newRow("comment line first")
        << u"# fetch it\ncurl https://e.com/c"_qs << u"GET"_qs << u"https://e.com/c"_qs
        << QStringList() << u"none"_qs << u"none"_qs << QString();
    QTest::newRow("second command ignored")
        << u"curl https://e.com/1 ;\ncurl https://e.com/2"_qs << u"GET"_qs << u"https://e.com/1"_qs
        << QStringList() << u"none"_qs << u"none"_qs << u"only the first command"_qs;
}

void tst_ImportCurl::commands()
{
    QFETCH(QString, command);
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QStringList, headers);
    QFETCH(QString, body);
    QFETCH(QString, auth);
    QFETCH(QString, note);

    auto parsed = parseCurlCommand(command);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    const Request &r = parsed->request;
    QCOMPARE(r.method, method);
    QCOMPARE(r.url, url);
    QCOMPARE(headerLines(r.headers), headers);
    QCOMPARE(bodySummary(r.body), body);
    QCOMPARE(authSummary(r.auth), auth);
    if (note.isEmpty())
        QVERIFY2(parsed->report.isEmpty(), qPrintable(parsed->report.toText()));
    else
        QVERIFY2(parsed->report.toText().contains(note), qPrintable(parsed->report.toText()));
}

void tst_ImportCurl::errors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"   "_qs << u"empty"_qs;
    QTest::newRow("not curl") << u"wget https://e.com"_qs
                              << u"not a curl command: it starts with 'wget'"_qs;
    QTest::newRow("single quote") << u"curl 'https://e.com"_qs
                                  << u"unterminated single quote at line 1, column 6"_qs;
    QTest::newRow("double quote") << u"curl \\\n -H \"A: b"_qs
                                  << u"unterminated double quote at line 2, column 5"_qs;
    QTest::newRow("ansi-c") << u"curl $'abc"_qs << u"unterminated $'...' quote"_qs;
    QTest::newRow("no url") << u"curl -H 'A: b' -X POST"_qs << u"names no URL"_qs;
    QTest::newRow("cmd quote") << u"curl \"https://e.com ^\n"_qs << u"unterminated double quote"_qs;
}

void tst_ImportCurl::errors()
{
    QFETCH(QString, command);
    QFETCH(QString, message);
    auto parsed = parseCurlCommand(command);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, Error::Kind::Parse);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void tst_ImportCurl::settings()
{
    auto parsed = parseCurlCommand(
        u"curl -L --max-redirs 3 -m 2.5 -x socks5h://u:p%40ss@proxy.local:1081 --http1.1 "
        "--cacert ca.pem -E client.pem:pw --connect-timeout 4 https://e.com"_qs);
    QVERIFY(parsed);
    const RequestSettings &s = parsed->request.settings;
    QVERIFY(s.followRedirects);
    QCOMPARE(s.maxRedirects, 3);
    QCOMPARE(s.timeoutMs, 2500);
    QCOMPARE(s.proxy.mode, ProxyMode::Socks5);
    QCOMPARE(s.proxy.host, u"proxy.local"_qs);
    QCOMPARE(s.proxy.port, quint16(1081));
    QCOMPARE(s.proxy.username, u"u"_qs);
    QCOMPARE(s.proxy.password, u"p@ss"_qs);
    QCOMPARE(s.httpVersion, HttpVersionPolicy::Http1Only);
    QCOMPARE(s.tls.caCertificateFiles, QStringList{u"ca.pem"_qs});
    QCOMPARE(s.tls.clientCertificateFile, u"client.pem"_qs);
    QCOMPARE(s.tls.clientKeyPassphrase, u"pw"_qs);
    QVERIFY(parsed->report.toText().contains(u"--connect-timeout"_qs));

    auto http =
        parseCurlCommand(u"curl -x proxy.example:3128 --http2-prior-knowledge http://e.com"_qs);
    QVERIFY(http);
    QCOMPARE(http->request.settings.proxy.mode, ProxyMode::Http);
    QCOMPARE(http->request.settings.proxy.port, quint16(3128));
    QCOMPARE(http->request.settings.httpVersion, HttpVersionPolicy::Http2PriorKnowledge);
}

void tst_ImportCurl::windowsCmdWithEscapes()
{
    // Chrome's "Copy as cURL (cmd)": ^ escapes for cmd.exe, \" for the C runtime inside ^"...^".
    const QString cmd = u"curl ^\"https://e.com/api^\" ^\n"
                        "  -H ^\"content-type: application/json^\" ^\n"
                        "  --data-raw ^\"^{^\\^\"name^\\^\":^\\^\"50^%^ off^\\^\"^}^\" ^\n"
                        "  --compressed"_qs;
    auto parsed = parseCurlCommand(cmd);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->request.method, u"POST"_qs);
    QCOMPARE(parsed->request.url, u"https://e.com/api"_qs);
    QCOMPARE(parsed->request.body.raw, u"{\"name\":\"50% off\"}"_qs);
    QCOMPARE(parsed->request.body.language, RawLanguage::Json);
}

void tst_ImportCurl::importThroughImportData()
{
    auto r = importData("curl -X DELETE 'https://e.com/items/7?force=1'", ImportFormat::Auto,
                        u"/tmp/snippet.sh"_qs);
    QVERIFY(r);
    QCOMPARE(r->format, ImportFormat::Curl);
    QCOMPARE(r->collection.name, u"snippet"_qs);
    QCOMPARE(r->collection.items.size(), size_t(1));
    const Request &req = std::get<HttpItem>(r->collection.items.front().node).request;
    QCOMPARE(req.method, u"DELETE"_qs);
    QCOMPARE(req.name, u"https://e.com/items/7"_qs);
    QCOMPARE(req.queryParams, (KeyValueList{{u"force"_qs, u"1"_qs, true, QString()}}));
    QVERIFY(!req.id.isEmpty());

    // Only a known file extension is taken off the source name (callers may pass a base name).
    auto named = importData("curl http://e.com", ImportFormat::Curl, u"my.api.v2"_qs);
    QVERIFY(named);
    QCOMPARE(named->collection.name, u"my.api.v2"_qs);
}

QTEST_GUILESS_MAIN(tst_ImportCurl)
#include "tst_importcurl.moc"
