#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/interop/codegen.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;

Q_DECLARE_METATYPE(wirescope::CodeLanguage)

/// Runs the generated code (curl through bash, Node.js http and fetch, Python requests and
/// HTTPie when installed) against the local python3-httpbin and checks that the server received
/// the same request as when Wirescope's own HttpClient sends it: method, query, the headers the
/// request sets, body / form fields / files, as httpbin's /anything echoes them.
class tst_CodegenRun : public QObject
{
    Q_OBJECT

private:
    test::TestServers m_s;
    QTemporaryDir m_dir;
    QString m_textFile;
    QString m_binaryFile;

    static KeyValue kv(const QString &name, const QString &value)
    {
        return KeyValue{name, value, true, {}};
    }

    Request base(const QString &method, const QString &path) const
    {
        Request r;
        r.method = method;
        r.url = m_s.httpbin.toString() + path;
        return r;
    }

    Request sample(const QString &name) const
    {
        if (name == QLatin1String("get")) {
            Request r =
                base(QStringLiteral("GET"), QStringLiteral("/anything/get?q=1&e=a%20b&u=%C3%BC"));
            r.headers = {
                kv(QStringLiteral("X-Test"), QStringLiteral("it's \"quoted\" \\ $HOME `x`")),
                KeyValue{QStringLiteral("X-Off"), QStringLiteral("no"), false, {}}};
            return r;
        }
        if (name == QLatin1String("json")) {
            Request r = base(QStringLiteral("POST"), QStringLiteral("/anything/json"));
            r.body.kind = BodyKind::Raw;
            r.body.language = RawLanguage::Json;
            r.body.raw = QString::fromUtf8(
                "{\n  \"name\": \"Zoë 😀\",\n  \"note\": \"it's \\\"x\\\" \\\\ $HOME\"\n}");
            r.auth.kind = AuthKind::Bearer;
            r.auth.token = QStringLiteral("tok-123");
            return r;
        }
        if (name == QLatin1String("graphql") || name == QLatin1String("graphql-get")) {
            // The method typed is not the one sent: the GraphQL transport decides.
            Request r = base(QStringLiteral("PUT"), QStringLiteral("/anything/graphql?x=1"));
            r.body.kind = BodyKind::GraphQL;
            r.body.graphql.query = QString::fromUtf8(
                "query Book($id: ID!) {\n  book(id: $id) { title note(s: \"it's ü\") }\n}");
            r.body.graphql.variables = QStringLiteral("{\n  \"id\": \"b-1\", \"n\": [1, 2.5]\n}");
            r.body.graphql.operationName = QStringLiteral("Book");
            if (name == QLatin1String("graphql-get"))
                r.body.graphql.transport = GraphQLTransport::Get;
            return r;
        }
        if (name == QLatin1String("text")) {
            Request r = base(QStringLiteral("PUT"), QStringLiteral("/anything/text"));
            r.body.kind = BodyKind::Raw;
            r.body.raw = QStringLiteral("line 1\nline 2 'single' \"double\"\n\ttab\n");
            r.headers = {kv(QStringLiteral("X-Empty"), QString())};
            return r;
        }
        if (name == QLatin1String("form")) {
            Request r = base(QStringLiteral("POST"), QStringLiteral("/anything/form"));
            r.body.kind = BodyKind::FormUrlEncoded;
            r.body.form = {kv(QStringLiteral("a b"), QStringLiteral("x&y=z+1")),
                           kv(QStringLiteral("c"), QString::fromUtf8("ü 'q'")),
                           KeyValue{QStringLiteral("off"), QStringLiteral("1"), false, {}}};
            r.auth.kind = AuthKind::Basic;
            r.auth.username = QStringLiteral("user");
            r.auth.password = QStringLiteral("p'w:d");
            return r;
        }
        if (name == QLatin1String("multipart")) {
            Request r = base(QStringLiteral("POST"), QStringLiteral("/anything/upload"));
            r.body.kind = BodyKind::Multipart;
            MultipartPart text;
            text.name = QStringLiteral("t");
            text.value = QStringLiteral("hi 'there'");
            MultipartPart file;
            file.name = QStringLiteral("f");
            file.isFile = true;
            file.filePath = m_textFile;
            r.body.multipart = {text, file};
            r.auth.kind = AuthKind::ApiKey;
            r.auth.apiKeyName = QStringLiteral("key");
            r.auth.apiKeyValue = QStringLiteral("k&1");
            r.auth.apiKeyLocation = ApiKeyLocation::Query;
            return r;
        }
        if (name == QLatin1String("binary")) {
            Request r = base(QStringLiteral("PATCH"), QStringLiteral("/anything/bin"));
            r.body.kind = BodyKind::Binary;
            r.body.binaryFilePath = m_binaryFile;
            r.auth.kind = AuthKind::ApiKey;
            r.auth.apiKeyName = QStringLiteral("X-Api-Key");
            r.auth.apiKeyValue = QStringLiteral("secret");
            return r;
        }
        if (name == QLatin1String("digest")) {
            // Digest plus transport options that must not change the outcome here.
            Request r = base(QStringLiteral("GET"), QStringLiteral("/digest-auth/auth/user/pa55"));
            r.auth.kind = AuthKind::Digest;
            r.auth.username = QStringLiteral("user");
            r.auth.password = QStringLiteral("pa55");
            r.settings.timeoutMs = 20000;
            r.settings.inactivityTimeoutMs = 15000;
            r.settings.tls.insecure = true;
            r.settings.proxy.mode = ProxyMode::None;
            r.settings.httpVersion = HttpVersionPolicy::Http1Only;
            return r;
        }
        Request r = base(QStringLiteral("DELETE"), QStringLiteral("/anything/item/:id"));
        r.pathVariables = {kv(QStringLiteral("id"), QStringLiteral("42"))};
        return r;
    }

    /// Names of the headers the request itself decides (so every client must send them alike).
    static QStringList decidedHeaders(const Request &r)
    {
        QStringList names;
        for (const KeyValue &h : r.headers) {
            if (h.enabled)
                names << h.name;
        }
        if (r.auth.kind == AuthKind::Basic || r.auth.kind == AuthKind::Bearer)
            names << QStringLiteral("Authorization");
        if (r.auth.kind == AuthKind::ApiKey && r.auth.apiKeyLocation == ApiKeyLocation::Header)
            names << r.auth.apiKeyName;
        if (r.body.kind != BodyKind::None)
            names << QStringLiteral("Content-Type");
        // Sizes differ legitimately for multipart (the boundary) and urlencoded forms (curl and
        // URLSearchParams write a space as '+', Wirescope as %20): httpbin's decoded form is
        // compared instead.
        if (r.body.kind == BodyKind::Raw || r.body.kind == BodyKind::Binary)
            names << QStringLiteral("Content-Length");
        return names;
    }

    static QString header(const QJsonObject &echo, const QString &name)
    {
        const QJsonObject headers = echo.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
                QString value = it.value().toString();
                if (value.startsWith(QLatin1String("multipart/form-data; boundary=")))
                    value = QStringLiteral("multipart/form-data; boundary=<boundary>");
                return value;
            }
        }
        return QStringLiteral("<absent>");
    }

    QByteArray sendWithWirescope(const Request &r)
    {
        HttpClient client;
        RequestRun *run = client.send(r);
        QSignalSpy spy(run, &RequestRun::finished);
        if (!spy.wait(20000))
            return {};
        const auto ex = spy.first().first().value<Exchange>();
        run->deleteLater();
        if (!ex.ok())
            return {};
        return ex.response->body.read();
    }

    /// Runs @p program with @p arguments; stdout on success, else fails the test.
    static QByteArray run(const QString &program, const QStringList &arguments, QString *failure)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            *failure = QStringLiteral("%1 did not finish").arg(program);
            return {};
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *failure = QStringLiteral("%1 exited with %2: %3")
                           .arg(program)
                           .arg(p.exitCode())
                           .arg(QString::fromUtf8(p.readAllStandardError()));
            return {};
        }
        return p.readAllStandardOutput();
    }

    /// The body that httpbin returned to the generated code.
    QByteArray runGenerated(CodeLanguage language, const QString &code, QString *failure)
    {
        const QString file =
            m_dir.filePath(QStringLiteral("generated.") + codeLanguageFileSuffix(language));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *failure = f.errorString();
            return {};
        }
        f.write(code.toUtf8());
        f.close();
        QByteArray out;
        switch (language) {
        case CodeLanguage::Curl:
            // -sS keeps the progress meter out; the command itself is run as generated.
            return run(QStringLiteral("bash"),
                       {QStringLiteral("-c"),
                        QStringLiteral("curl() { command curl -sS \"$@\"; }; . ") + file},
                       failure);
        case CodeLanguage::HttPie:
            return run(QStringLiteral("bash"),
                       {QStringLiteral("-c"),
                        QStringLiteral("http() { command http --ignore-stdin --body \"$@\"; }; . ")
                            + file},
                       failure);
        case CodeLanguage::PythonRequests:
            out = run(QStringLiteral("/usr/bin/python3"), {file}, failure);
            break;
        case CodeLanguage::JavaScriptFetch:
        case CodeLanguage::NodeHttps:
        case CodeLanguage::JavaScriptAxios:
            out = run(QStringLiteral("node"), {file}, failure);
            break;
        case CodeLanguage::CppQt: {
            // Compiled as a user would, with the system Qt found through pkg-config.
            const QString binary = m_dir.filePath(QStringLiteral("generated-qt"));
            run(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 QStringLiteral(
                     "c++ -std=c++17 -fPIC -o '%1' '%2' $(pkg-config --cflags --libs Qt6Network)")
                     .arg(binary, file)},
                failure);
            if (!failure->isEmpty())
                return {};
            out = run(binary, {}, failure);
            break;
        }
        }
        // These print the status on the first line, then the body.
        const qsizetype newline = out.indexOf('\n');
        if (newline < 0 || out.left(newline) != "200") {
            *failure =
                QStringLiteral("unexpected output: %1").arg(QString::fromUtf8(out.left(300)));
            return {};
        }
        return out.mid(newline + 1);
    }

    static bool available(CodeLanguage language)
    {
        switch (language) {
        case CodeLanguage::PythonRequests:
            return QProcess::execute(QStringLiteral("/usr/bin/python3"),
                                     {QStringLiteral("-c"), QStringLiteral("import requests")})
                   == 0;
        case CodeLanguage::HttPie:
            return !QStandardPaths::findExecutable(QStringLiteral("http")).isEmpty();
        default:
            return true;
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
        QVERIFY(m_dir.isValid());
        m_textFile = m_dir.filePath(QStringLiteral("notes 'v1'.txt"));
        QFile text(m_textFile);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello from a file\nsecond line\n");
        text.close();
        m_binaryFile = m_dir.filePath(QStringLiteral("blob.bin"));
        QFile binary(m_binaryFile);
        QVERIFY(binary.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(static_cast<char>(i));
        binary.write(bytes);
        binary.close();
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty());
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty());
    }

    void sameAsWirescope_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<CodeLanguage>("language");
        const QList<CodeLanguage> languages{CodeLanguage::Curl, CodeLanguage::NodeHttps,
                                            CodeLanguage::JavaScriptFetch,
                                            CodeLanguage::PythonRequests, CodeLanguage::HttPie};
        for (const char *sample : {"get", "json", "text", "form", "multipart", "binary", "delete",
                                   "digest", "graphql", "graphql-get"}) {
            for (CodeLanguage language : languages) {
                // Neither has Digest authentication (the generators say so in a note).
                if (qstrcmp(sample, "digest") == 0
                    && (language == CodeLanguage::NodeHttps
                        || language == CodeLanguage::JavaScriptFetch))
                    continue;
                QTest::addRow("%s %s", qPrintable(codeLanguageId(language)), sample)
                    << QString::fromLatin1(sample) << language;
            }
        }
    }
    void sameAsWirescope()
    {
        QFETCH(QString, sample);
        QFETCH(CodeLanguage, language);
        if (!available(language))
            QSKIP("not installed on this machine (python3-requests / httpie)");
        const Request request =
            sample == QLatin1String("delete") ? this->sample(QString()) : this->sample(sample);

        const QByteArray expectedBody = sendWithWirescope(request);
        QVERIFY2(!expectedBody.isEmpty(), "Wirescope's own request failed");
        const QJsonObject expected = QJsonDocument::fromJson(expectedBody).object();
        QVERIFY(!expected.isEmpty());

        QStringList notes;
        const auto code = generateCode(request, language, {}, &notes);
        QVERIFY2(code, qPrintable(code ? QString() : code.error().message));
        QString failure;
        const QByteArray body = runGenerated(language, *code, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure + QStringLiteral("\n---\n") + *code));
        const QJsonObject actual = QJsonDocument::fromJson(body).object();
        QVERIFY2(!actual.isEmpty(), body.constData());

        for (const char *field :
             {"method", "url", "args", "data", "form", "files", "json", "authenticated", "user"}) {
            const QJsonValue a = actual.value(QLatin1String(field));
            const QJsonValue e = expected.value(QLatin1String(field));
            QVERIFY2(
                a == e,
                qPrintable(
                    QStringLiteral(
                        "%1 differs:\n  generated code: %2\n  Wirescope:      %3\n---\n%4")
                        .arg(QLatin1String(field),
                             QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), a}})
                                                   .toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), e}})
                                                   .toJson(QJsonDocument::Compact)),
                             *code)));
        }
        for (const QString &name : decidedHeaders(request)) {
            QCOMPARE(header(actual, name), header(expected, name));
        }
        // A sanity check that the comparison has teeth: the samples carry their data.
        if (sample == QLatin1String("digest"))
            QCOMPARE(expected.value(QLatin1String("authenticated")).toBool(), true);
        else
            QVERIFY(!expected.value(QLatin1String("method")).toString().isEmpty());
    }

    /// The C++ output is a complete program: compile it and compare what it sends.
    void qtProgram_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("multipart") << QStringLiteral("multipart");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("digest") << QStringLiteral("digest");
        QTest::newRow("binary") << QStringLiteral("binary");
        QTest::newRow("form") << QStringLiteral("form");
    }
    void qtProgram()
    {
        QFETCH(QString, sample);
        if (QStandardPaths::findExecutable(QStringLiteral("c++")).isEmpty()
            || QProcess::execute(QStringLiteral("pkg-config"),
                                 {QStringLiteral("--exists"), QStringLiteral("Qt6Network")})
                   != 0)
            QSKIP("no C++ compiler or Qt6Network pkg-config file");
        const Request request = this->sample(sample);
        const QJsonObject expected = QJsonDocument::fromJson(sendWithWirescope(request)).object();
        QVERIFY(!expected.isEmpty());
        const auto code = generateCode(request, CodeLanguage::CppQt);
        QVERIFY(code);
        QString failure;
        const QByteArray body = runGenerated(CodeLanguage::CppQt, *code, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure + QStringLiteral("\n---\n") + *code));
        const QJsonObject actual = QJsonDocument::fromJson(body).object();
        for (const char *field :
             {"method", "url", "args", "data", "form", "files", "json", "authenticated", "user"})
            QCOMPARE(actual.value(QLatin1String(field)), expected.value(QLatin1String(field)));
        for (const QString &name : decidedHeaders(request))
            QCOMPARE(header(actual, name), header(expected, name));
    }

    void digestWithCurl()
    {
        Request r;
        r.url = m_s.httpbin.toString() + QStringLiteral("/digest-auth/auth/user/pa55");
        r.auth.kind = AuthKind::Digest;
        r.auth.username = QStringLiteral("user");
        r.auth.password = QStringLiteral("pa55");
        const auto code = generateCode(r, CodeLanguage::Curl);
        QVERIFY(code);
        QString failure;
        const QByteArray body = runGenerated(CodeLanguage::Curl, *code, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QJsonObject echo = QJsonDocument::fromJson(body).object();
        QCOMPARE(echo.value(QLatin1String("authenticated")).toBool(), true);
        QCOMPARE(echo.value(QLatin1String("user")).toString(), QStringLiteral("user"));
    }
};

QTEST_GUILESS_MAIN(tst_CodegenRun)
#include "tst_codegen_run.moc"
