// `wirescope-cli send` end to end: the real binary (QProcess) against nginx, httpbin,
// tinyproxy and microsocks from the `servers` fixture.

#include "tests/integration/clirunner.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wirescope::test;

class tst_CliSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        const auto servers = wirescope::test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
        QVERIFY(QFile::exists(QStringLiteral(WIRESCOPE_CLI_PATH)));
        QVERIFY(m_tmp.isValid());
    }

    void postEchoes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("echoKey");
        QTest::addColumn<QJsonValue>("echoValue");
        QTest::newRow("-d form") << QStringList{u"-d"_s, u"a=1"_s, u"-d"_s, u"b=two"_s}
                                 << "application/x-www-form-urlencoded"
                                 << "form"
                                 << QJsonValue(QJsonObject{{u"a"_s, u"1"_s}, {u"b"_s, u"two"_s}});
        QTest::newRow("--json-body")
            << QStringList{u"--json-body"_s, u"{\"k\":[1,2],\"s\":\"\u00e9\"}"_s}
            << "application/json"
            << "json" << QJsonValue(QJsonObject{{u"k"_s, QJsonArray{1, 2}}, {u"s"_s, u"\u00e9"_s}});
        QTest::newRow("-d with -H type")
            << QStringList{u"-d"_s, u"plain words"_s, u"-H"_s, u"Content-Type: text/plain"_s}
            << "text/plain"
            << "data" << QJsonValue(u"plain words"_s);
    }
    void postEchoes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, contentType);
        QFETCH(QString, echoKey);
        QFETCH(QJsonValue, echoValue);
        const auto r = runCli(QStringList{u"send"_s, u"--json"_s, u"--include-body"_s} + args
                              + QStringList{url(m_s.httpbin, u"/post"_s)});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"status"_s).toInt(), 200);
        QCOMPARE(r.json.value(u"request"_s).toObject().value(u"method"_s).toString(), u"POST"_s);
        const QJsonObject echo = echoed(r);
        QCOMPARE(echo.value(u"headers"_s).toObject().value(u"Content-Type"_s).toString(),
                 contentType);
        QCOMPARE(echo.value(echoKey), echoValue);
        if (echoKey == QLatin1String("json")) // curl --json semantics
            QCOMPARE(echo.value(u"headers"_s).toObject().value(u"Accept"_s).toString(),
                     u"application/json"_s);
    }

    void multipartUpload()
    {
        const QString path = m_tmp.filePath(u"upload.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("file contents\n");
        f.close();
        const auto r =
            runCli({u"send"_s, u"--json"_s, u"--include-body"_s, u"-F"_s, u"field=value"_s, u"-F"_s,
                    u"doc=@"_s + path + u";type=text/plain"_s, url(m_s.httpbin, u"/post"_s)});
        CHECK_EXIT(r, 0);
        const QJsonObject echo = echoed(r);
        QCOMPARE(echo.value(u"form"_s).toObject().value(u"field"_s).toString(), u"value"_s);
        QCOMPARE(echo.value(u"files"_s).toObject().value(u"doc"_s).toString(),
                 u"file contents\n"_s);
        QVERIFY(echo.value(u"headers"_s)
                    .toObject()
                    .value(u"Content-Type"_s)
                    .toString()
                    .startsWith(u"multipart/form-data; boundary="_s));
    }

    void headerInjectionSendsNothing()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const QString target = u"http://127.0.0.1:%1/"_s.arg(listener.serverPort());
        const auto r = runCli({u"send"_s, u"-H"_s, u"X-Evil: a\r\nInjected: 1"_s, target});
        CHECK_EXIT(r, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().startsWith(u"wirescope-cli: error: "_s), r.err.constData());
        QVERIFY(r.errText().contains(u"header injection"_s));
        QVERIFY(r.errText().contains(u"\"X-Evil\""_s));
        QCOMPARE(r.err.count('\n'), 1); // one clear line
        QVERIFY(!listener.waitForNewConnection(200));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("no command") << QStringList() << 2 << "no command given";
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << 2 << "unknown command \"frobnicate\"";
        QTest::newRow("unknown option")
            << QStringList{u"send"_s, u"--nope"_s, u"http://h/"_s} << 2 << "unknown option --nope";
        QTest::newRow("bad scheme")
            << QStringList{u"send"_s, u"ftp://127.0.0.1/x"_s} << 2 << "unsupported URL scheme";
        QTest::newRow("bad max-time")
            << QStringList{u"send"_s, u"--max-time"_s, u"x"_s, u"http://h/"_s} << 2
            << "needs a number of seconds";
        QTest::newRow("missing body file")
            << QStringList{u"send"_s, u"--data-binary"_s, u"@/nonexistent/body.bin"_s,
                           u"http://127.0.0.1:9/"_s}
            << 7 << "/nonexistent/body.bin";
        QTest::newRow("missing -d file")
            << QStringList{u"send"_s, u"-d"_s, u"@/nonexistent/form.txt"_s,
                           u"http://127.0.0.1:9/"_s}
            << 7 << "cannot read the file";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stderrPart);
        const auto r = runCli(args);
        CHECK_EXIT(r, code);
        QVERIFY2(r.errText().startsWith(u"wirescope-cli: error: "_s), r.err.constData());
        QVERIFY2(r.errText().contains(stderrPart), r.err.constData());
    }

    void helpAndVersion()
    {
        auto r = runCli({u"--version"_s});
        CHECK_EXIT(r, 0);
        QVERIFY(r.outText().startsWith(u"wirescope-cli "_s));
        r = runCli({u"send"_s, u"--help"_s});
        CHECK_EXIT(r, 0);
        QVERIFY(r.outText().contains(u"--accept-tls-error"_s));
        QVERIFY(r.outText().contains(u"Exit codes:"_s));
        QVERIFY(r.outText().contains(u"22  --fail"_s));
    }

    void totalTimeout()
    {
        const auto r = runCli(
            {u"send"_s, u"--json"_s, u"--max-time"_s, u"0.5"_s, url(m_s.httpbin, u"/delay/3"_s)});
        CHECK_EXIT(r, 5);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"timeout"_s);
        QVERIFY2(r.errText().contains(u"total timeout of 500 ms"_s), r.err.constData());
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        const auto r = runCli({u"send"_s, u"http://127.0.0.1:%1/"_s.arg(port)});
        CHECK_EXIT(r, 3);
        QVERIFY(r.errText().contains(u"connection refused"_s));
    }

    void failOnHttpError()
    {
        const QString target = url(m_s.httpbin, u"/status/404"_s);
        const QString out = m_tmp.filePath(u"not-written.bin"_s);
        auto r = runCli({u"send"_s, u"--fail"_s, u"-o"_s, out, target});
        CHECK_EXIT(r, 22);
        QVERIFY(r.errText().contains(u"404"_s));
        QVERIFY(!QFile::exists(out)); // an error page is not saved under the name asked for
        QVERIFY(r.outText().contains(u", NOT written to "_s + out));
        r = runCli({u"send"_s, target});
        CHECK_EXIT(r, 0);
        QVERIFY(r.outText().startsWith(u"HTTP/1.1 404 NOT FOUND"_s));
    }

    void outputFile()
    {
        const QString out = m_tmp.filePath(u"big.bin"_s);
        const QByteArray expected = readFile(m_s.docroot + u"/big.bin"_s);
        QVERIFY(expected.size() > 1024 * 1024);
        const auto r = runCli({u"send"_s, u"-o"_s, out, url(m_s.nginxHttp, u"/big.bin"_s)});
        CHECK_EXIT(r, 0);
        QVERIFY(readFile(out) == expected);
        QVERIFY(r.outText().contains(
            u"[body: %1 bytes written to %2]"_s.arg(expected.size()).arg(out)));
        QVERIFY(r.out.size() < 10000); // the body went to the file, not to stdout

        const auto unwritable = runCli(
            {u"send"_s, u"-o"_s, u"/nonexistent-dir/x.bin"_s, url(m_s.nginxHttp, u"/small.txt"_s)});
        CHECK_EXIT(unwritable, 7);
    }

    void binaryBodyNote()
    {
        const qint64 size = QFileInfo(m_s.docroot + u"/big.bin"_s).size();
        const auto r = runCli({u"send"_s, url(m_s.nginxHttp, u"/big.bin"_s)});
        CHECK_EXIT(r, 0);
        QVERIFY2(
            r.outText().contains(
                u"[binary body, %1 bytes, content-type application/octet-stream; use -o FILE]"_s
                    .arg(size)),
            qPrintable(r.outText().left(2000)));
        QVERIFY(r.out.size() < 10000);
    }

    void maxFilesize()
    {
        const auto r =
            runCli({u"send"_s, u"--max-filesize"_s, u"1000"_s, url(m_s.nginxHttp, u"/big.bin"_s)});
        CHECK_EXIT(r, 6);
        QVERIFY(r.errText().contains(u"1000 bytes"_s));
    }

    void followRedirects()
    {
        const QString target = url(m_s.httpbin, u"/redirect/3"_s);
        auto r = runCli({u"send"_s, u"--json"_s, u"-L"_s, target});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"status"_s).toInt(), 200);
        const QJsonArray hops = r.json.value(u"redirects"_s).toArray();
        QCOMPARE(hops.size(), 3);
        QCOMPARE(hops.at(0).toObject().value(u"url"_s).toString(), target);
        for (const QJsonValue &hop : hops)
            QCOMPARE(hop.toObject().value(u"status"_s).toInt(), 302);
        QVERIFY(hops.at(2).toObject().value(u"location"_s).toString().endsWith(u"/get"_s));
        QVERIFY(
            r.json.value(u"request"_s).toObject().value(u"url"_s).toString().endsWith(u"/get"_s));

        r = runCli({u"send"_s, u"--json"_s, target}); // curl: no -L, no follow
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"status"_s).toInt(), 302);
        QCOMPARE(r.json.value(u"redirects"_s).toArray().size(), 0);

        r = runCli({u"send"_s, u"-L"_s, u"--max-redirs"_s, u"1"_s, target});
        CHECK_EXIT(r, 3);
    }

    void httpProxy()
    {
        const auto r = runCli({u"send"_s, u"--json"_s, u"--proxy"_s,
                               u"http://%1:%2"_s.arg(m_s.httpProxyHost).arg(m_s.httpProxyPort),
                               url(m_s.httpbin, u"/get"_s)});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"status"_s).toInt(), 200);
        bool via = false; // tinyproxy marks what it forwards
        for (const QJsonValue &h : r.json.value(u"headers"_s).toArray())
            via |=
                h.toArray().at(0).toString().compare(QLatin1String("Via"), Qt::CaseInsensitive) == 0
                && h.toArray().at(1).toString().contains(u"tinyproxy"_s);
        QVERIFY2(via, qPrintable(describe(r)));
    }

    void socksProxy()
    {
        const QString target = url(m_s.httpbin, u"/get"_s);
        auto r = runCli({u"send"_s, u"--json"_s, u"--proxy"_s,
                         u"socks5://%1:%2"_s.arg(m_s.socksHost).arg(m_s.socksPort), target});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"status"_s).toInt(), 200);
        // The authenticating microsocks proves the traffic goes through the proxy: refused
        // without credentials, served with them.
        r = runCli({u"send"_s, u"--proxy"_s,
                    u"socks5://%1:%2"_s.arg(m_s.socksHost).arg(m_s.socksAuthPort), target});
        CHECK_EXIT(r, 3);
        QVERIFY(r.errText().contains(u"proxy"_s));
        r = runCli({u"send"_s, u"--json"_s, u"--proxy"_s,
                    u"socks5://%1:%2@%3:%4"_s.arg(m_s.socksUser, m_s.socksPassword, m_s.socksHost)
                        .arg(m_s.socksAuthPort),
                    target});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"status"_s).toInt(), 200);
    }

    void h2cPriorKnowledge()
    {
        const auto r = runCli({u"send"_s, u"--json"_s, u"--http2-prior-knowledge"_s,
                               url(m_s.nginxH2c, u"/small.txt"_s)});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"status"_s).toInt(), 200);
        QCOMPARE(r.json.value(u"httpVersion"_s).toString(), u"2"_s);
        QVERIFY(r.json.value(u"tls"_s).isNull());
    }

    void variables()
    {
        auto r = runCli(
            {u"send"_s, u"--json"_s, u"--var"_s, u"path=get"_s, url(m_s.httpbin, u"/{{path}}"_s)});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.json.value(u"status"_s).toInt(), 200);
        QVERIFY(
            r.json.value(u"request"_s).toObject().value(u"url"_s).toString().endsWith(u"/get"_s));

        r = runCli(
            {u"send"_s, u"--json"_s, u"-H"_s, u"X-T: {{missing}}"_s, url(m_s.httpbin, u"/get"_s)});
        CHECK_EXIT(r, 0); // unresolved variables are warned about, the request is still sent
        QCOMPARE(r.json.value(u"unresolvedVariables"_s).toArray(), QJsonArray{u"missing"_s});
        QVERIFY2(r.errText().contains(u"wirescope-cli: warning: unresolved variables: missing"_s),
                 r.err.constData());
    }

    void basicAuth()
    {
        auto r = runCli({u"send"_s, u"--fail"_s, u"-u"_s, u"alice:pw"_s,
                         url(m_s.httpbin, u"/basic-auth/alice/pw"_s)});
        CHECK_EXIT(r, 0);
        r = runCli({u"send"_s, u"--fail"_s, u"-u"_s, u"alice:wrong"_s,
                    url(m_s.httpbin, u"/basic-auth/alice/pw"_s)});
        CHECK_EXIT(r, 22);
        r = runCli({u"send"_s, u"--fail"_s, u"--digest"_s, u"-u"_s, u"bob:pw"_s,
                    url(m_s.httpbin, u"/digest-auth/auth/bob/pw"_s)});
        CHECK_EXIT(r, 0);
        r = runCli(
            {u"send"_s, u"--fail"_s, u"--bearer"_s, u"tok"_s, url(m_s.httpbin, u"/bearer"_s)});
        CHECK_EXIT(r, 0);
    }

    void awsSignatureCheckedByAws4()
    {
        // curl's spelling; npm's aws4 (tests/support/node/aws-server.js) recomputes the signature.
        const QStringList sign{u"--aws-sigv4"_s, u"aws:amz:eu-west-3:execute-api"_s,
                               u"-H"_s,          u"X-Amz-Security-Token: session-1"_s,
                               u"-d"_s,          u"{}"_s};
        auto r = runCli(
            QStringList{u"send"_s, u"--fail"_s, u"-u"_s, u"AKIDWIRESCOPE:wirescope-aws-secret"_s}
            + sign + QStringList{url(m_s.aws, u"/prod/items"_s)});
        CHECK_EXIT(r, 0);
        QVERIFY2(r.out.contains("\"sessionToken\":\"session-1\""), r.out.constData());
        r = runCli(QStringList{u"send"_s, u"--fail"_s, u"-u"_s, u"AKIDWIRESCOPE:wrong"_s} + sign
                   + QStringList{url(m_s.aws, u"/prod/items"_s)});
        CHECK_EXIT(r, 22);
    }

private:
    TestServers m_s;
    QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(tst_CliSend)
#include "tst_cli_send.moc"
