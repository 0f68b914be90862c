#include "tests/core/exchangewaiter.h"

#include "core/server/demoserver.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;
using wirescope::server::DemoServer;
using wirescope::test::TestServers;

/// The demo server (in-process, port 0) against python3-httpbin: the same request through
/// the same HttpClient to both, and the answers compared (statuses, JSON keys and values
/// modulo host and port, redirect chains, cookies, auth). Known, intended differences are
/// asserted as such (see the README's demo server section).
class tst_DemoServer : public QObject
{
    Q_OBJECT

private:
    TestServers m_s;
    DemoServer *m_demo = nullptr;
    QTemporaryDir m_dir;

    struct Both
    {
        Exchange bin, demo;
    };

    static Request request(const QUrl &base, const QString &method, const QString &target)
    {
        Request r;
        r.method = method;
        r.url = base.toString() + target;
        return r;
    }
    static QJsonObject json(const Exchange &ex)
    {
        return QJsonDocument::fromJson(ex.response->body.read()).object();
    }
    static QString header(const Exchange &ex, const char *name)
    {
        return firstValue(ex.response->headers, QString::fromLatin1(name));
    }

    /// Sends @p templ (its url is a target like "/get?a=1") to httpbin and the demo server.
    Both both(Request templ, HttpClient *binClient = nullptr, HttpClient *demoClient = nullptr)
    {
        HttpClient ownBin, ownDemo;
        const QString target = templ.url;
        Request b = templ;
        b.url = m_s.httpbin.toString() + target;
        Request d = templ;
        d.url = m_demo->httpUrl().toString() + target;
        Both out;
        out.bin = sendAndWait(binClient ? *binClient : ownBin, b);
        out.demo = sendAndWait(demoClient ? *demoClient : ownDemo, d);
        return out;
    }

    /// "http://127.0.0.1:PORT/x" -> "ORIGIN/x", so URLs from both servers compare.
    static QString neutral(QString url)
    {
        static const QRegularExpression origin(QStringLiteral("^https?://[^/]+"));
        return url.replace(origin, QStringLiteral("ORIGIN"));
    }

    /// httpbin's echo and ours: same keys; same values except the origin in "url" and the
    /// Host header (and a multipart body's random boundary).
    static void compareEcho(QJsonObject bin, QJsonObject demo, bool multipart = false)
    {
        QCOMPARE(demo.keys(), bin.keys());
        if (bin.contains(QStringLiteral("url"))) {
            QCOMPARE(neutral(demo.take(QStringLiteral("url")).toString()),
                     neutral(bin.take(QStringLiteral("url")).toString()));
        }
        if (!bin.contains(QStringLiteral("headers"))) {
            QCOMPARE(demo, bin);
            return;
        }
        QJsonObject bh = bin.take(QStringLiteral("headers")).toObject();
        QJsonObject dh = demo.take(QStringLiteral("headers")).toObject();
        QVERIFY(dh.contains(QStringLiteral("Host")));
        bh.remove(QStringLiteral("Host"));
        dh.remove(QStringLiteral("Host"));
        if (multipart) {
            for (QJsonObject *h : {&bh, &dh}) {
                QVERIFY(h->take(QStringLiteral("Content-Type"))
                            .toString()
                            .startsWith(QStringLiteral("multipart/form-data; boundary=")));
                h->remove(QStringLiteral("Content-Length"));
            }
        }
        QCOMPARE(QJsonDocument(dh).toJson(QJsonDocument::Compact),
                 QJsonDocument(bh).toJson(QJsonDocument::Compact));
        QCOMPARE(QJsonDocument(demo).toJson(QJsonDocument::Compact),
                 QJsonDocument(bin).toJson(QJsonDocument::Compact));
    }

private slots:
    void initTestCase()
    {
        QString error;
        const auto servers = wirescope::test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
        QVERIFY(m_dir.isValid());
        m_demo = new DemoServer(this);
        const auto listening = m_demo->listen({});
        QVERIFY2(listening, qPrintable(listening ? QString() : listening.error().message));
        QVERIFY(m_demo->port() > 0);
        QCOMPARE(m_demo->httpUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1").arg(m_demo->port()));
        QCOMPARE(m_demo->webSocketUrl().toString(),
                 QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_demo->port()));
    }

    void echoes_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("body"); // none, json, text, form, multipart, binary
        QTest::newRow("GET /get repeated args") << "GET"
                                                << "/get?a=1&a=2&b=x%20y"
                                                << "none";
        QTest::newRow("POST /post form") << "POST"
                                         << "/post?q=1"
                                         << "form";
        QTest::newRow("POST /post multipart") << "POST"
                                              << "/post"
                                              << "multipart";
        QTest::newRow("POST /post binary") << "POST"
                                           << "/post"
                                           << "binary";
        QTest::newRow("PUT /put json") << "PUT"
                                       << "/put"
                                       << "json";
        QTest::newRow("PATCH /patch text") << "PATCH"
                                           << "/patch"
                                           << "text";
        QTest::newRow("DELETE /delete") << "DELETE"
                                        << "/delete"
                                        << "none";
        QTest::newRow("POST /anything/x/y json") << "POST"
                                                 << "/anything/x/y?z=%C3%A9"
                                                 << "json";
        QTest::newRow("GET /anything") << "GET"
                                       << "/anything"
                                       << "none";
        QTest::newRow("PUT /anything form") << "PUT"
                                            << "/anything"
                                            << "form";
        QTest::newRow("GET /headers") << "GET"
                                      << "/headers"
                                      << "none";
        QTest::newRow("GET /ip") << "GET"
                                 << "/ip"
                                 << "none";
        QTest::newRow("GET /user-agent") << "GET"
                                         << "/user-agent"
                                         << "none";
        QTest::newRow("GET /cookies (none)") << "GET"
                                             << "/cookies"
                                             << "none";
        QTest::newRow("GET /delay/0") << "GET"
                                      << "/delay/0"
                                      << "none";
        QTest::newRow("GET /gzip") << "GET"
                                   << "/gzip"
                                   << "none";
    }
    void echoes()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(QString, body);
        Request r;
        r.method = method;
        r.url = target;
        r.headers = {{QStringLiteral("X-Wirescope-Test"), QStringLiteral("one two"), true, {}},
                     {QStringLiteral("x-lower-case"), QStringLiteral("v"), true, {}}};
        if (body == QLatin1String("json")) {
            r.body.kind = BodyKind::Raw;
            r.body.language = RawLanguage::Json;
            r.body.raw = QStringLiteral(R"({"k":[1,2,{"n":null}],"s":"é"})");
        } else if (body == QLatin1String("text")) {
            r.body.kind = BodyKind::Raw;
            r.body.raw = QStringLiteral("plain text\nline 2");
        } else if (body == QLatin1String("form")) {
            r.body.kind = BodyKind::FormUrlEncoded;
            r.body.form = {{QStringLiteral("a"), QStringLiteral("1"), true, {}},
                           {QStringLiteral("a"), QStringLiteral("2"), true, {}},
                           {QStringLiteral("c"), QStringLiteral("x y&z"), true, {}}};
        } else if (body == QLatin1String("multipart")) {
            const QString path = m_dir.filePath(QStringLiteral("upload.txt"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("file content\n");
            f.close();
            MultipartPart text;
            text.name = QStringLiteral("field");
            text.value = QStringLiteral("value");
            MultipartPart file;
            file.name = QStringLiteral("upload");
            file.isFile = true;
            file.filePath = path;
            r.body.kind = BodyKind::Multipart;
            r.body.multipart = {text, file};
        } else if (body == QLatin1String("binary")) {
            const QString path = m_dir.filePath(QStringLiteral("blob.bin"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\xff\xfe\x00\x01", 4));
            f.close();
            r.body.kind = BodyKind::Binary;
            r.body.binaryFilePath = path;
        }
        const Both got = both(r);
        VERIFY_OK(got.bin);
        VERIFY_OK(got.demo);
        QCOMPARE(got.demo.response->status, got.bin.response->status);
        QCOMPARE(got.demo.response->status, 200);
        QCOMPARE(got.demo.response->contentType, got.bin.response->contentType);
        compareEcho(json(got.bin), json(got.demo), body == QLatin1String("multipart"));
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("binStatus"); // httpbin's, where it differs (-1: the same)
        QTest::newRow("status 418") << "GET"
                                    << "/status/418"
                                    << "" << 418 << -1;
        QTest::newRow("status 201") << "GET"
                                    << "/status/201"
                                    << "" << 201 << -1;
        QTest::newRow("PUT status 404") << "PUT"
                                        << "/status/404"
                                        << "" << 404 << -1;
        QTest::newRow("status 500") << "GET"
                                    << "/status/500"
                                    << "" << 500 << -1;
        QTest::newRow("status abc") << "GET"
                                    << "/status/abc"
                                    << "" << 400 << -1;
        QTest::newRow("POST /delay/0") << "POST"
                                       << "/delay/0"
                                       << "" << 405 << -1;
        QTest::newRow("unknown path") << "GET"
                                      << "/no/such/thing"
                                      << "" << 404 << -1;
        QTest::newRow("POST /get") << "POST"
                                   << "/get"
                                   << "" << 405 << -1;
        QTest::newRow("GET /post") << "GET"
                                   << "/post"
                                   << "" << 405 << -1;
        QTest::newRow("GET /delete") << "GET"
                                     << "/delete"
                                     << "" << 405 << -1;
        QTest::newRow("basic-auth none") << "GET"
                                         << "/basic-auth/u/p"
                                         << "" << 401 << -1;
        QTest::newRow("basic-auth ok") << "GET"
                                       << "/basic-auth/u/p"
                                       << "Basic dTpw" << 200 << -1;
        QTest::newRow("basic-auth wrong") << "GET"
                                          << "/basic-auth/u/p"
                                          << "Basic dTp4" << 401 << -1;
        QTest::newRow("bearer none") << "GET"
                                     << "/bearer"
                                     << "" << 401 << -1;
        QTest::newRow("bearer ok") << "GET"
                                   << "/bearer"
                                   << "Bearer tok3n" << 200 << -1;
        QTest::newRow("bearer wrong scheme")
            << "GET"
            << "/bearer"
            << "Basic dTpw" << 401 << 200; // httpbin strips any prefix
    }
    void statuses()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(QString, authorization);
        QFETCH(int, status);
        QFETCH(int, binStatus);
        Request r;
        r.method = method;
        r.url = target;
        r.settings.followRedirects = false;
        if (!authorization.isEmpty())
            r.headers = {{QStringLiteral("Authorization"), authorization, true, {}}};
        const Both got = both(r);
        VERIFY_OK(got.bin);
        VERIFY_OK(got.demo);
        QCOMPARE(got.bin.response->status, binStatus < 0 ? status : binStatus);
        QCOMPARE(got.demo.response->status, status);
        if (binStatus >= 0)
            return;
        QCOMPARE(header(got.demo, "WWW-Authenticate"), header(got.bin, "WWW-Authenticate"));
        QCOMPARE(header(got.demo, "Allow").isEmpty(), header(got.bin, "Allow").isEmpty());
        if (status == 200)
            QCOMPARE(json(got.demo), json(got.bin));
        if (status == 418)
            QCOMPARE(got.demo.response->body.read(), got.bin.response->body.read());
        if ((status == 400 || status == 404 || status == 405)
            && !target.startsWith(QLatin1String("/status/4"))) {
            // httpbin answers these in HTML (or plain text); ours are JSON errors naming the
            // problem.
            const QJsonObject error = json(got.demo);
            QCOMPARE(error.value(QStringLiteral("status")).toInt(), status);
            QVERIFY(!error.value(QStringLiteral("error")).toString().isEmpty());
        }
    }

    void redirects_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("hops");
        QTest::newRow("redirect/3") << "/redirect/3" << 3;
        QTest::newRow("redirect/2 absolute") << "/redirect/2?absolute=true" << 2;
        QTest::newRow("relative-redirect/2") << "/relative-redirect/2" << 2;
        QTest::newRow("absolute-redirect/3") << "/absolute-redirect/3" << 3;
        QTest::newRow("redirect-to") << "/redirect-to?url=%2Fheaders" << 1;
        QTest::newRow("redirect-to 307") << "/redirect-to?url=%2Fget&status_code=307" << 1;
        QTest::newRow("status/302") << "/status/302" << 2;
    }
    void redirects()
    {
        QFETCH(QString, target);
        QFETCH(int, hops);
        Request r;
        r.url = target;
        const Both got = both(r);
        VERIFY_OK(got.bin);
        VERIFY_OK(got.demo);
        QCOMPARE(got.bin.redirects.size(), hops);
        QCOMPARE(got.demo.redirects.size(), hops);
        for (int i = 0; i < hops; ++i) {
            QCOMPARE(got.demo.redirects.at(i).status, got.bin.redirects.at(i).status);
            QCOMPARE(neutral(got.demo.redirects.at(i).url), neutral(got.bin.redirects.at(i).url));
            QCOMPARE(neutral(got.demo.redirects.at(i).location),
                     neutral(got.bin.redirects.at(i).location));
        }
        QCOMPARE(neutral(got.demo.finalUrl), neutral(got.bin.finalUrl));
        QCOMPARE(got.demo.response->status, 200);
        compareEcho(json(got.bin), json(got.demo));
    }

    void cookies()
    {
        HttpClient binClient, demoClient;
        const auto step = [&](const QString &target) {
            Request r;
            r.url = target;
            const Both got = both(r, &binClient, &demoClient);
            if (!got.bin.ok() || !got.demo.ok())
                return std::pair{QJsonObject(), QJsonObject()};
            return std::pair{json(got.bin), json(got.demo)};
        };
        auto [bin, demo] = step(QStringLiteral("/cookies/set?a=1&b=2"));
        QCOMPARE(demo, bin);
        QCOMPARE(demo.value(QStringLiteral("cookies")).toObject(),
                 (QJsonObject{{QStringLiteral("a"), QStringLiteral("1")},
                              {QStringLiteral("b"), QStringLiteral("2")}}));
        std::tie(bin, demo) = step(QStringLiteral("/cookies/set/c/3"));
        QCOMPARE(demo, bin);
        QCOMPARE(demo.value(QStringLiteral("cookies")).toObject().size(), 3);
        std::tie(bin, demo) = step(QStringLiteral("/cookies/delete?a"));
        QCOMPARE(demo, bin);
        QCOMPARE(demo.value(QStringLiteral("cookies")).toObject(),
                 (QJsonObject{{QStringLiteral("b"), QStringLiteral("2")},
                              {QStringLiteral("c"), QStringLiteral("3")}}));
    }

    void stream()
    {
        Request r;
        r.url = QStringLiteral("/stream/3?x=1");
        const Both got = both(r);
        VERIFY_OK(got.bin);
        VERIFY_OK(got.demo);
        QCOMPARE(header(got.demo, "Transfer-Encoding"), header(got.bin, "Transfer-Encoding"));
        const QList<QByteArray> binLines = got.bin.response->body.read().trimmed().split('\n');
        const QList<QByteArray> demoLines = got.demo.response->body.read().trimmed().split('\n');
        QCOMPARE(binLines.size(), 3);
        QCOMPARE(demoLines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject b = QJsonDocument::fromJson(binLines.at(i)).object();
            const QJsonObject d = QJsonDocument::fromJson(demoLines.at(i)).object();
            QCOMPARE(d.value(QStringLiteral("id")).toInt(-1), i);
            compareEcho(b, d);
        }
    }

    void fixedBodies()
    {
        for (const char *target : {"/xml", "/html", "/image/png"}) {
            Request r;
            r.url = QString::fromLatin1(target);
            const Both got = both(r);
            VERIFY_OK(got.bin);
            VERIFY_OK(got.demo);
            QCOMPARE(got.demo.response->status, got.bin.response->status);
            QCOMPARE(got.demo.response->contentType, got.bin.response->contentType);
            if (qstrcmp(target, "/xml") == 0)
                QCOMPARE(got.demo.response->body.read(), got.bin.response->body.read());
            if (qstrcmp(target, "/image/png") == 0)
                QVERIFY(got.demo.response->body.read().startsWith("\x89PNG\r\n\x1a\n"));
            if (qstrcmp(target, "/html") == 0)
                QVERIFY(got.demo.response->body.read().contains(
                    "<h1>Herman Melville - Moby-Dick</h1>"));
        }
        // Debian's python3-httpbin has no /json; ours sends upstream httpbin's sample.
        HttpClient client;
        const Exchange ex = sendAndWait(
            client, request(m_demo->httpUrl(), QStringLiteral("GET"), QStringLiteral("/json")));
        VERIFY_OK(ex);
        QCOMPARE(json(ex)
                     .value(QStringLiteral("slideshow"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Sample Slide Show"));
    }

    void headAndOptions()
    {
        Request head;
        head.method = QStringLiteral("HEAD");
        head.url = QStringLiteral("/get");
        Both got = both(head);
        VERIFY_OK(got.bin);
        VERIFY_OK(got.demo);
        QCOMPARE(got.demo.response->status, 200);
        QVERIFY(got.demo.response->body.isEmpty());
        QVERIFY(header(got.demo, "Content-Length").toInt() > 0);
        QCOMPARE(got.demo.response->contentType, got.bin.response->contentType);

        Request options;
        options.method = QStringLiteral("OPTIONS");
        options.url = QStringLiteral("/get");
        got = both(options);
        VERIFY_OK(got.bin);
        VERIFY_OK(got.demo);
        QCOMPARE(got.demo.response->status, got.bin.response->status);
        QCOMPARE(header(got.demo, "Access-Control-Allow-Methods"),
                 header(got.bin, "Access-Control-Allow-Methods"));
        QCOMPARE(header(got.demo, "Access-Control-Allow-Origin"),
                 header(got.bin, "Access-Control-Allow-Origin"));
        QVERIFY(!header(got.demo, "Allow").isEmpty());
    }

    void bytes()
    {
        Request r;
        r.url = QStringLiteral("/bytes/1024?seed=7");
        const Both got = both(r);
        VERIFY_OK(got.bin);
        VERIFY_OK(got.demo);
        QCOMPARE(got.bin.response->body.size(), 1024);
        QCOMPARE(got.demo.response->body.size(), 1024);
        QCOMPARE(got.demo.response->contentType, got.bin.response->contentType);

        // Same seed, same bytes; another seed, other bytes (Python's generator can't be matched).
        HttpClient client;
        const QUrl base = m_demo->httpUrl();
        const Exchange again = sendAndWait(
            client, request(base, QStringLiteral("GET"), QStringLiteral("/bytes/1024?seed=7")));
        const Exchange other = sendAndWait(
            client, request(base, QStringLiteral("GET"), QStringLiteral("/bytes/1024?seed=8")));
        QCOMPARE(again.response->body.read(), got.demo.response->body.read());
        QVERIFY(other.response->body.read() != got.demo.response->body.read());

        // httpbin caps /bytes at 100 KiB; ours at 100 MiB, streamed as the socket drains.
        r.url = QStringLiteral("/bytes/200000");
        const Both big = both(r);
        QCOMPARE(big.bin.response->body.size(), 102400);
        QCOMPARE(big.demo.response->body.size(), 200000);
        const Exchange large = sendAndWait(
            client, request(base, QStringLiteral("GET"), QStringLiteral("/bytes/31457280")), {},
            60000);
        VERIFY_OK(large);
        QCOMPARE(large.response->body.size(), 31457280);

        const Exchange bad =
            sendAndWait(client, request(base, QStringLiteral("GET"), QStringLiteral("/bytes/-1")));
        QCOMPARE(bad.response->status, 400); // httpbin: 404 (its route takes no negative number)
    }

    void delayAnswersLaterWithoutBlocking()
    {
        HttpClient client;
        const QUrl base = m_demo->httpUrl();
        QElapsedTimer timer;
        timer.start();
        RequestRun *delayed =
            client.send(request(base, QStringLiteral("GET"), QStringLiteral("/delay/2")));
        QSignalSpy delayedSpy(delayed, &RequestRun::finished);
        // While /delay/2 waits, other requests are answered: the server never blocks.
        const Exchange quick =
            sendAndWait(client, request(base, QStringLiteral("GET"), QStringLiteral("/get")));
        VERIFY_OK(quick);
        QCOMPARE(delayedSpy.count(), 0);
        QVERIFY(delayedSpy.wait(15000));
        QVERIFY(timer.elapsed() >= 1900);
        const Exchange ex = delayedSpy.first().first().value<Exchange>();
        VERIFY_OK(ex);
        QCOMPARE(ex.response->status, 200);
        delayed->deleteLater();

        // A client that gives up before the answer leaves no harm behind.
        Request impatient = request(base, QStringLiteral("GET"), QStringLiteral("/delay/3"));
        impatient.settings.timeoutMs = 200;
        const Exchange timedOut = sendAndWait(client, impatient);
        QVERIFY(timedOut.error);
        QCOMPARE(timedOut.error->kind, Error::Kind::Timeout);
        QTest::qWait(3200); // the server's timer fires for a closed connection
        const Exchange after =
            sendAndWait(client, request(base, QStringLiteral("GET"), QStringLiteral("/get")));
        VERIFY_OK(after);
    }

    void pipelinedAnswersKeepRequestOrder()
    {
        // Raw bytes: HttpClient never pipelines. The /delay answer must come first.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_demo->port());
        QVERIFY(socket.waitForConnected(10000));
        socket.write("GET /delay/0.3 HTTP/1.1\r\nHost: a\r\n\r\n"
                     "GET /bytes/300000?seed=1 HTTP/1.1\r\nHost: a\r\n\r\n"
                     "GET /get?third HTTP/1.1\r\nHost: a\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("/get?third"), 15000);
        const qsizetype delay = received.indexOf("\"url\":\"http://a/delay/0.3\"");
        const qsizetype bytes = received.indexOf("Content-Length: 300000");
        const qsizetype third = received.indexOf("\"url\":\"http://a/get?third\"");
        QVERIFY2(delay > 0 && bytes > delay && third > bytes + 300000,
                 received.left(400).constData());

        // A malformed request closes its connection; the server keeps serving others.
        QTcpSocket bad;
        bad.connectToHost(QHostAddress::LocalHost, m_demo->port());
        QVERIFY(bad.waitForConnected(10000));
        bad.write("garbage\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(bad.state(), QAbstractSocket::UnconnectedState, 10000);
        HttpClient client;
        VERIFY_OK(sendAndWait(
            client, request(m_demo->httpUrl(), QStringLiteral("GET"), QStringLiteral("/get"))));
    }

    void requestsAreLogged()
    {
        QSignalSpy spy(m_demo, &DemoServer::requestServed);
        HttpClient client;
        const Exchange ex = sendAndWait(client, request(m_demo->httpUrl(), QStringLiteral("GET"),
                                                        QStringLiteral("/status/503?x=1")));
        VERIFY_OK(ex);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("GET"));
        QCOMPARE(spy.first().at(1).toString(), QStringLiteral("/status/503?x=1"));
        QCOMPARE(spy.first().at(2).toInt(), 503);
        QVERIFY(spy.first().at(3).toDouble() >= 0);
    }

    void portInUseIsReported()
    {
        DemoServer second;
        server::DemoServerOptions options;
        options.port = m_demo->port();
        const auto result = second.listen(options);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(
                     QStringLiteral("cannot listen on 127.0.0.1 port %1").arg(m_demo->port())),
                 qPrintable(result.error().message));
        QVERIFY(!second.isListening());

        options.port = 0;
        options.certificateFile = m_dir.filePath(QStringLiteral("missing.pem"));
        options.keyFile = m_dir.filePath(QStringLiteral("missing.key"));
        const auto tls = second.listen(options);
        QVERIFY(!tls);
        QCOMPARE(tls.error().kind, Error::Kind::File);
        QVERIFY2(tls.error().message.contains(QStringLiteral("missing.pem")),
                 qPrintable(tls.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_DemoServer)
#include "tst_demoserver.moc"
