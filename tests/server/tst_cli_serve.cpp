#include "tests/core/exchangewaiter.h"

#include "core/model/collection.h"
#include "core/store/collectionfiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>

using namespace wirescope;

namespace {

/// One `wirescope-cli serve` process: started, its printed URLs read, stopped by a signal.
class ServeProcess
{
public:
    explicit ServeProcess(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(WIRESCOPE_CLI_PATH),
                        QStringList{QStringLiteral("serve")} + args);
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Reads standard output until the line starting with "@p key: " arrived (or the process
    /// ended, or 30 s passed); returns its value.
    QString value(const QString &key)
    {
        QDeadlineTimer deadline(30000);
        while (true) {
            m_out += m_process.readAllStandardOutput();
            for (const QByteArray &line : m_out.split('\n')) {
                if (line.startsWith(QByteArray(key.toUtf8() + ": ")))
                    return QString::fromUtf8(line.mid(key.size() + 2)).trimmed();
            }
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                return {};
            m_process.waitForReadyRead(200);
        }
    }
    /// Waits until standard error contains @p text (30 s at most).
    bool errContains(const QString &text)
    {
        QDeadlineTimer deadline(30000);
        while (!err().contains(text)) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return err().contains(text);
            QTest::qWait(50);
        }
        return true;
    }
    /// Sends @p signal and waits (30 s) for the exit; the exit code, -1 if still running, -2
    /// crashed.
    int stop(int signal)
    {
        ::kill(pid_t(m_process.processId()), signal);
        return finish();
    }
    int finish()
    {
        if (!m_process.waitForFinished(30000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    QString err()
    {
        m_err += m_process.readAllStandardError();
        return QString::fromUtf8(m_err);
    }
    QString describe()
    {
        return QStringLiteral("stdout: %1\nstderr: %2").arg(QString::fromUtf8(m_out), err());
    }

private:
    QProcess m_process;
    QByteArray m_out, m_err;
};

QJsonObject json(const Exchange &ex)
{
    return QJsonDocument::fromJson(ex.response->body.read()).object();
}

} // namespace

/// `wirescope-cli serve` end to end: the printed URLs, the request log, SIGINT/SIGTERM,
/// usage errors, TLS with a generated certificate, and mock mode from a collection directory.
class tst_CliServe : public QObject
{
    Q_OBJECT

private slots:
    void servesLogsAndStopsOnSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void servesLogsAndStopsOnSignal()
    {
        QFETCH(int, signal);
        ServeProcess serve({QStringLiteral("--port"), QStringLiteral("0")});
        const QUrl http(serve.value(QStringLiteral("http")));
        QVERIFY2(http.isValid() && http.port() > 0, qPrintable(serve.describe()));
        QCOMPARE(http.host(), QStringLiteral("127.0.0.1"));
        const QUrl echoUrl(serve.value(QStringLiteral("ws-echo")));
        QCOMPARE(echoUrl.toString(), QStringLiteral("ws://127.0.0.1:%1/ws/echo").arg(http.port()));
        QCOMPARE(serve.value(QStringLiteral("ws-chat")),
                 QStringLiteral("ws://127.0.0.1:%1/ws/chat").arg(http.port()));

        HttpClient client;
        Request r;
        r.url = http.toString() + QStringLiteral("/get?x=1");
        const Exchange ex = sendAndWait(client, r);
        VERIFY_OK(ex);
        QCOMPARE(ex.response->status, 200);
        QCOMPARE(json(ex).value(QStringLiteral("url")).toString(), r.url);
        QVERIFY2(serve.errContains(QStringLiteral("wirescope-cli: GET /get?x=1 200 ")),
                 qPrintable(serve.describe()));

        QWebSocket ws;
        QSignalSpy got(&ws, &QWebSocket::textMessageReceived);
        QObject::connect(&ws, &QWebSocket::connected, &ws,
                         [&ws] { ws.sendTextMessage(QStringLiteral("ping")); });
        ws.open(echoUrl);
        QTRY_COMPARE_WITH_TIMEOUT(got.count(), 1, 10000);
        QCOMPARE(got.first().first().toString(), QStringLiteral("ping"));
        QVERIFY2(serve.errContains(QStringLiteral("GET /ws/echo 101")),
                 qPrintable(serve.describe()));
        QVERIFY2(serve.errContains(QStringLiteral("wirescope-cli: WebSocket /ws/echo open")),
                 qPrintable(serve.describe()));

        QCOMPARE(serve.stop(signal), 0);
        QVERIFY2(serve.err().contains(QStringLiteral("wirescope-cli: stopping")),
                 qPrintable(serve.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(ws.state(), QAbstractSocket::UnconnectedState, 10000);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *i : items)
                out << QString::fromUtf8(i);
            return out;
        };
        QTest::newRow("port too big")
            << l({"--port", "70000"}) << 2 << "--port 70000: expected a number from 0 to 65535";
        QTest::newRow("port text") << l({"--port=abc"}) << 2 << "--port abc";
        QTest::newRow("port missing") << l({"--port"}) << 2 << "--port needs a value";
        QTest::newRow("bad host") << l({"--host", "example.com"}) << 2
                                  << "--host example.com: not an IP address";
        QTest::newRow("cert without key")
            << l({"--cert", "/tmp/c.pem"}) << 2 << "--cert and --key go together";
        QTest::newRow("unknown option") << l({"--bogus"}) << 2 << "unknown serve option --bogus";
        QTest::newRow("stray argument") << l({"extra"}) << 2 << "serve takes no arguments";
        QTest::newRow("unreadable cert")
            << l({"--cert", "/nonexistent/c.pem", "--key", "/nonexistent/k.pem"}) << 7
            << "cannot read the certificate file /nonexistent/c.pem";
        QTest::newRow("no collection")
            << l({"--mock", "/nonexistent/collection"}) << 7 << "--mock /nonexistent/collection";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        ServeProcess serve(args);
        QCOMPARE(serve.finish(), exitCode);
        QVERIFY2(serve.err().contains(message), qPrintable(serve.describe()));
        QVERIFY(serve.err().startsWith(QStringLiteral("wirescope-cli: error: ")));
    }

    void help()
    {
        ServeProcess serve({QStringLiteral("--help")});
        QCOMPARE(serve.finish(), 0);
        QCOMPARE(serve.value(QStringLiteral("Usage")),
                 QStringLiteral("wirescope-cli serve [options]"));
        QVERIFY2(serve.describe().contains(QStringLiteral("--mock DIR")),
                 qPrintable(serve.describe()));
    }

    void portInUse()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        ServeProcess serve({QStringLiteral("--port"), QString::number(holder.serverPort())});
        QCOMPARE(serve.finish(), 3);
        QVERIFY2(serve.err().contains(
                     QStringLiteral("cannot listen on 127.0.0.1 port %1").arg(holder.serverPort())),
                 qPrintable(serve.describe()));
    }

    void tlsWithGeneratedCertificate()
    {
        ServeProcess serve({QStringLiteral("--tls")});
        const QUrl https(serve.value(QStringLiteral("http")));
        QVERIFY2(https.scheme() == QLatin1String("https"), qPrintable(serve.describe()));
        const QString cert = serve.value(QStringLiteral("cert"));
        QVERIFY2(QFile::exists(cert), qPrintable(serve.describe()));

        HttpClient client;
        Request r;
        r.url = https.toString() + QStringLiteral("/get");
        r.settings.tls.caCertificateFiles = {cert};
        const Exchange ex = sendAndWait(client, r);
        VERIFY_OK(ex);
        QCOMPARE(json(ex).value(QStringLiteral("url")).toString(), r.url);

        // Without trusting the certificate, the client refuses it: nothing is accepted silently.
        Request untrusted = r;
        untrusted.settings.tls.caCertificateFiles.clear();
        const Exchange refused = sendAndWait(client, untrusted);
        QVERIFY(refused.error);
        QCOMPARE(refused.error->kind, Error::Kind::Tls);

        QWebSocket ws;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(cert));
        ws.setSslConfiguration(ssl);
        QSignalSpy got(&ws, &QWebSocket::textMessageReceived);
        QObject::connect(&ws, &QWebSocket::connected, &ws,
                         [&ws] { ws.sendTextMessage(QStringLiteral("secure")); });
        const QUrl wss(serve.value(QStringLiteral("ws-echo")));
        QCOMPARE(wss.scheme(), QStringLiteral("wss"));
        ws.open(wss);
        QTRY_COMPARE_WITH_TIMEOUT(got.count(), 1, 10000);
        QCOMPARE(got.first().first().toString(), QStringLiteral("secure"));

        QCOMPARE(serve.stop(SIGTERM), 0);
        QVERIFY2(!QFile::exists(cert), "the generated certificate is removed at exit");
    }

    void mockFromCollectionDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Collection collection;
        collection.id = newItemId();
        collection.name = QStringLiteral("Mocked API");
        HttpItem user;
        user.request.id = newItemId();
        user.request.name = QStringLiteral("Get user");
        user.request.url = QStringLiteral("{{baseUrl}}/users/:id");
        ExampleResponse found;
        found.name = QStringLiteral("found");
        found.status = 200;
        found.headers = {
            {QStringLiteral("Content-Type"), QStringLiteral("application/json"), true, {}},
            {QStringLiteral("X-Mocked"), QStringLiteral("yes"), true, {}}};
        found.body = R"({"id":7,"name":"Ada"})";
        ExampleResponse gone = found;
        gone.name = QStringLiteral("gone");
        gone.status = 410;
        gone.body = R"({"error":"gone"})";
        user.examples = {found, gone};
        collection.items.push_back(CollectionItem{user});
        const auto saved = store::saveCollectionDirectory(dir.path(), collection, {});
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));

        ServeProcess serve({QStringLiteral("--mock"), dir.path()});
        const QUrl http(serve.value(QStringLiteral("http")));
        QVERIFY2(http.isValid(), qPrintable(serve.describe()));
        QVERIFY2(serve.err().contains(QStringLiteral("mock mode: 1 saved requests with examples")),
                 qPrintable(serve.describe()));

        HttpClient client;
        Request r;
        r.url = http.toString() + QStringLiteral("/users/7");
        Exchange ex = sendAndWait(client, r);
        VERIFY_OK(ex);
        QCOMPARE(ex.response->status, 200);
        QCOMPARE(ex.response->body.read(), QByteArray(R"({"id":7,"name":"Ada"})"));
        QCOMPARE(firstValue(ex.response->headers, QStringLiteral("X-Mocked")),
                 QStringLiteral("yes"));

        r.headers = {{QStringLiteral("x-mock-response-name"), QStringLiteral("gone"), true, {}}};
        ex = sendAndWait(client, r);
        VERIFY_OK(ex);
        QCOMPARE(ex.response->status, 410);

        Request other;
        other.url = http.toString() + QStringLiteral("/get");
        ex = sendAndWait(client, other);
        VERIFY_OK(ex);
        QCOMPARE(ex.response->status, 404); // mock mode answers only from the collection
        QVERIFY(json(ex)
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("no saved example matches GET /get")));
        QCOMPARE(serve.stop(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CliServe)
#include "tst_cli_serve.moc"
